package com.calltriage.testing;

import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.store.CallRecordStoreContract;
import java.time.Clock;
import java.util.List;

/** The fake answers as the database does, so tests of the core that use it see what production would. */
class FakeCallRecordStoreTest extends CallRecordStoreContract {
    private FakeCallRecordStore fake;

    @Override
    protected CallRecordStore emptyStore(Clock clock) {
        fake = new FakeCallRecordStore();
        return fake;
    }

    @Override
    protected String rawJsonOf(String callId) {
        return fake.rawJson(callId);
    }

    @Override
    protected List<String> indexedKindsOf(String identityId) {
        return fake.indexedParticipants().stream().filter(identity -> identity.id().equals(identityId))
                .map(identity -> identity.kind().name()).toList();
    }

    @Override
    protected long indexedParticipants() {
        return fake.indexedParticipants().size();
    }

    @Override
    protected List<List<String>> everythingKept() {
        return fake.contents();
    }
}
