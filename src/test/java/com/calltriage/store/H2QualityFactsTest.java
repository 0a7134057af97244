package com.calltriage.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** The summary's facts on H2, the default database: always runs. */
@ExtendWith(OwnDatabase.H2.class)
class H2QualityFactsTest extends QualityFactsOnDatabase {
}
