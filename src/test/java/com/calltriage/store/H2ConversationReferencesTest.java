package com.calltriage.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** The conversation references contract on H2, the default database: always runs. */
@ExtendWith(OwnDatabase.H2.class)
class H2ConversationReferencesTest extends ConversationReferencesOnDatabase {
}
