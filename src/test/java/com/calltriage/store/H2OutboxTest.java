package com.calltriage.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox contract on H2, the default database: always runs. */
@ExtendWith(OwnDatabase.H2.class)
class H2OutboxTest extends OutboxOnDatabase {
}
