package com.calltriage.testing;

import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoTenant;
import java.time.Instant;
import java.util.List;

/** The demo tenant at a fixed "now", for tests that want realistic data. */
public final class DemoFixtures {
    public static final Instant NOW = Instant.parse("2026-11-21T16:00:00Z");

    private DemoFixtures() {
    }

    public static List<DemoCall> demoCalls() {
        return new DemoCallGenerator(new DemoTenant(), DemoCallGenerator.DEFAULT_SEED, NOW).generate();
    }

    /** Loads every demo call into the store through the parser, as the importer does. */
    public static <S extends CallRecordStore> S loadDemo(S store) {
        CallRecordParser parser = new CallRecordParser();
        for (DemoCall call : demoCalls()) {
            store.upsert(parser.parse(call.json()), call.json().toString());
        }
        return store;
    }

    public static String objectId(String alias) {
        return DemoTenant.objectIdOf(alias);
    }
}
