package com.calltriage.bot;

import static com.calltriage.testing.DemoFixtures.NOW;

import com.calltriage.callrecord.CallKind;
import com.calltriage.callrecord.CallParticipants;
import com.calltriage.callrecord.CallRecord;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.Identity;
import com.calltriage.callrecord.NetworkInfo;
import com.calltriage.demo.DemoCall;
import com.calltriage.demo.DemoPerson;
import com.calltriage.demo.DemoTenant;
import com.calltriage.demo.DemoTrouble;
import com.calltriage.testing.DemoFixtures;
import com.calltriage.testing.FakeCallRecordStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One of Alice's calls in the demo tenant, read from the records the server loads when it starts at the
 * fixtures' "now": what the cards about the call must show, cut or hide.
 */
record AliceCall(CallRecord record) {
    static final DemoPerson ALICE = new DemoTenant().byAlias("alice");
    private static final FakeCallRecordStore DEMO_CALLS = DemoFixtures.loadDemo(new FakeCallRecordStore());

    /** Her calls and meetings of the last 30 days, numbered as her call list numbers them: newest first. */
    static List<AliceCall> newestFirst() {
        return DEMO_CALLS.findCallsOfUser(ALICE.id(), NOW.minus(Duration.ofDays(30)), NOW, 200, null).calls()
                .stream().map(AliceCall::new).toList();
    }

    /** Her newest meeting that the demo made go wrong for her in this way. */
    static AliceCall newestMeetingWith(DemoTrouble trouble) {
        String id = DemoFixtures.demoCalls().stream()
                .filter(call -> ALICE.id().equals(call.troubledUser()) && call.trouble() == trouble
                        && call.kind() == CallKind.MEETING)
                .max(Comparator.comparing(DemoCall::start)).orElseThrow().id();
        return new AliceCall(DEMO_CALLS.findById(id).orElseThrow());
    }

    String id() {
        return record.id();
    }

    boolean isOneToOne() {
        return record.kind() == CallKind.ONE_TO_ONE;
    }

    boolean startedBetween(Instant from, Instant to) {
        return !record.start().isBefore(from) && record.start().isBefore(to);
    }

    int participants() {
        return CallParticipants.of(record).size();
    }

    String[] otherNames() {
        return others().filter(other -> !other.isPhone()).map(Identity::displayName).filter(Objects::nonNull)
                .toArray(String[]::new);
    }

    /** Internal User for people of the home tenant, External User for everyone else. */
    String[] othersAsSpecialistsSeeThem() {
        return others().filter(other -> !other.isPhone())
                .map(other -> other.belongsTo(DemoTenant.HOME_TENANT_ID) ? "Internal User" : "External User")
                .distinct().toArray(String[]::new);
    }

    /** Phone numbers with their last three digits hidden: +14255550***. */
    List<String> phoneNumbersAsShown() {
        return others().filter(Identity::isPhone)
                .map(phone -> phone.id().substring(0, phone.id().length() - 3) + "***").toList();
    }

    String[] alicesIpAddresses() {
        return alicesNetworks().map(NetworkInfo::ipAddress).filter(Objects::nonNull).distinct().toArray(String[]::new);
    }

    String[] alicesDnsSuffixes() {
        return alicesNetworks().map(NetworkInfo::dnsSuffix).filter(Objects::nonNull).distinct().toArray(String[]::new);
    }

    private Stream<Identity> others() {
        return CallParticipants.of(record).stream().filter(identity -> !identity.hasId(ALICE.id()));
    }

    /** Alice's side of every media line of her sessions. */
    private Stream<NetworkInfo> alicesNetworks() {
        return record.sessions().stream().flatMap(session -> session.segments().stream())
                .flatMap(segment -> segment.media().stream().map(media -> isAlice(segment.caller())
                        ? media.callerNetwork() : isAlice(segment.callee()) ? media.calleeNetwork() : null))
                .filter(Objects::nonNull);
    }

    private static boolean isAlice(Endpoint endpoint) {
        return endpoint != null && endpoint.identity() != null && endpoint.identity().hasId(ALICE.id());
    }
}
