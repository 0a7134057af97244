package com.calltriage.testing;

import com.calltriage.callrecord.json.CallRecordParser;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.Identity;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoCallGenerator;
import com.calltriage.demo.DemoPerson;
import com.calltriage.demo.DemoTenant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The demo tenant at a fixed "now", for tests that want realistic data; the one place tests take tenant ids
 * and demo people from, so every fixture speaks of the same organisation.
 */
public final class DemoFixtures {
    public static final Instant NOW = Instant.parse("2026-11-21T16:00:00Z");
    /** contoso.com, where the bot is installed and the helpdesk works. */
    public static final String HOME_TENANT = DemoTenant.HOME_TENANT_ID;
    /** fabrikam.com, a partner whose people join calls as external users. */
    public static final String PARTNER_TENANT = DemoTenant.PARTNER_TENANT_ID;

    private DemoFixtures() {
    }

    public static List<DemoCall> demoCalls() {
        return new DemoCallGenerator(new DemoTenant(), DemoCallGenerator.DEFAULT_SEED, NOW).generate();
    }

    /**
     * Writes each demo call to a file of its own in the folder, named so they sort in the calls' order (an import
     * of the folder then stores them in that order); returns the calls written.
     */
    public static List<DemoCall> demoCallsOnePerFile(Path folder) throws IOException {
        List<DemoCall> calls = demoCalls();
        for (int i = 0; i < calls.size(); i++) {
            Files.writeString(folder.resolve(String.format("%05d.json", i)), calls.get(i).json().toString());
        }
        return calls;
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

    /** A person of the demo, of the home tenant or the partner's, as a call record names them. */
    public static Identity identityOf(String alias) {
        DemoPerson person = new DemoTenant().byAlias(alias);
        return new Identity(Identity.Kind.USER, person.id(), person.displayName(), person.tenantId(), person.upn());
    }
}
