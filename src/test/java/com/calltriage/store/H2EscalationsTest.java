package com.calltriage.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** The tickets' contract on H2, the default database: always runs. */
@ExtendWith(OwnDatabase.H2.class)
class H2EscalationsTest extends EscalationsOnDatabase {
}
