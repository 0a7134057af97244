package com.calltriage.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.Identity;
import com.calltriage.testing.DemoFixtures;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MaskingPolicyTest {
    private static final String HOME = DemoFixtures.HOME_TENANT;
    private static final Identity ALICE = DemoFixtures.identityOf("alice");
    /** The tenant id in capitals, as some clients send it: still the home tenant. */
    private static final Identity BOB = user(DemoFixtures.objectId("bob"), "Bob Stone", HOME.toUpperCase());
    private static final Identity PIERRE = DemoFixtures.identityOf("pierre");
    private static final Identity VISITOR = user("g1", "Visitor", null);
    private static final Identity PHONE = new Identity(Identity.Kind.PHONE, "+14255550123", null, null, null);

    private final MaskingPolicy policy = new MaskingPolicy(HOME);

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({
        "+15552823456, +15552823***",
        "15552823456, 15552823***",
        "+44 20 7946 0193, +44 20 7946 0***",
        "12, **",
        "+14255550123;ext=4567, +14255550***",
        "+4930555501234 x789, +4930555501***",
        "+1 425 555 0123 ext. 45, +1 425 555 0***",
        "tel:+14255550123, +14255550***",
        "TEL:+1-425-555-0123;phone-context=contoso.com, +1-425-555-0***"
    })
    void phoneNumbersLoseTheirLastThreeDigitsAndAnyExtension(String number, String shown) {
        assertThat(Masking.maskPhoneNumber(number)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\" for a specialist")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "Ms-diag 21: relay 10.1.2.3 unreachable|Ms-diag 21: the network blocked the media connection",
        "408 Request Timeout from sbc01.contoso.local|no answer in time (408)",
        "Ms-diag 52000|Ms-diag 52000",
        "gateway gw01.contoso.local refused|none"
    })
    void specialistsReadFailureReasonsInKnownWordsOnly(String reason, String shown) {
        assertThat(policy.maskFor(Set.of(Role.SPECIALIST), null).failureReason(reason)).isEqualTo(shown);
        assertThat(policy.maskFor(Set.of(Role.ENGINEER), null).failureReason(reason)).isEqualTo(reason);
    }

    @Nested
    class Specialist {
        private final Masking masking = policy.maskFor(Set.of(Role.SPECIALIST), ALICE.id());

        @Test
        void seesTheNameOfTheUserSearchedFor() {
            assertThat(masking.nameOf(ALICE)).isEqualTo("Alice Wood");
        }

        @Test
        void seesOtherPeopleOfTheTenantAsInternalUsers() {
            assertThat(masking.nameOf(BOB)).isEqualTo("Internal User");
        }

        @Test
        void seesPeopleOfOtherTenantsOrNoneAsExternalUsers() {
            assertThat(masking.nameOf(PIERRE)).isEqualTo("External User");
            assertThat(masking.nameOf(VISITOR)).isEqualTo("External User");
        }

        @Test
        void seesNeitherAdvancedNorDebugDetails() {
            assertThat(masking.showsAdvanced()).isFalse();
            assertThat(masking.showsDebug()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ENGINEER", "ADMIN"})
    void engineersAndAdminsSeeEveryNameAndEveryDetail(Role role) {
        Masking masking = policy.maskFor(Set.of(role), ALICE.id());
        assertThat(masking.nameOf(BOB)).isEqualTo("Bob Stone");
        assertThat(masking.nameOf(PIERRE)).isEqualTo("Pierre Laurent");
        assertThat(masking.showsAdvanced()).isTrue();
        assertThat(masking.showsDebug()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesPhoneNumbersWithoutTheirLastThreeDigits(Role role) {
        assertThat(policy.maskFor(Set.of(role), ALICE.id()).nameOf(PHONE)).isEqualTo("+14255550***");
    }

    @Test
    void theHighestRoleDecides() {
        Masking masking = policy.maskFor(EnumSet.of(Role.MANAGER, Role.SPECIALIST, Role.ENGINEER), ALICE.id());
        assertThat(masking.nameOf(BOB)).isEqualTo("Bob Stone");
    }

    @Test
    void managersAndPeopleWithoutARoleGetTheStrictestMasking() {
        for (Set<Role> roles : java.util.List.of(Set.of(Role.MANAGER), Set.<Role>of())) {
            Masking masking = policy.maskFor(roles, ALICE.id());
            assertThat(masking.nameOf(BOB)).isEqualTo("Internal User");
            assertThat(masking.showsAdvanced()).isFalse();
        }
    }

    @Test
    void anEngineerSeesAUserWithoutADisplayNameAsInternalOrExternal() {
        Masking masking = policy.maskFor(Set.of(Role.ENGINEER), ALICE.id());
        assertThat(masking.nameOf(user("n1", null, HOME))).isEqualTo("Internal User");
    }

    private static Identity user(String id, String name, String tenant) {
        return new Identity(Identity.Kind.USER, id, name, tenant, null);
    }
}
