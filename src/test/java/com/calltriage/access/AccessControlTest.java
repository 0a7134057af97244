package com.calltriage.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.testing.DemoFixtures;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessControlTest {
    private static final String HOME = DemoFixtures.HOME_TENANT;
    private static final String SAM = DemoFixtures.objectId("sam");

    private final AccessControl access = new AccessControl(HOME,
            new StaticRoleDirectory(Map.of(Role.SPECIALIST, Set.of(SAM))));

    @Test
    void aSpecialistOfTheHomeTenantIsAdmittedWithTheirRole() {
        Admission admission = access.admit(new Caller(SAM, "Sam Rivera", HOME.toUpperCase()));
        assertThat(admission).isEqualTo(new Admission.Admitted(Set.of(Role.SPECIALIST)));
    }

    @Test
    void aMessageFromAnotherTenantIsRefusedEvenForARoleHolder() {
        Admission.Refused refused = (Admission.Refused) access.admit(new Caller(SAM, "Sam Rivera", "other-tenant"));
        assertThat(refused.why()).contains("another tenant (other-tenant)");
        assertThat(refused.grantingRoles()).isEmpty();
    }

    @Test
    void aMessageWithoutATenantIsRefused() {
        assertThat(access.admit(new Caller(SAM, "Sam Rivera", null))).isInstanceOf(Admission.Refused.class);
    }

    @Test
    void someoneWithoutARoleIsRefusedAndToldWhichRolesGrantAccess() {
        Admission.Refused refused = (Admission.Refused) access.admit(new Caller("b1", "Bob", HOME));
        assertThat(refused.why()).contains("do not have a CallTriage role");
        assertThat(refused.grantingRoles()).contains(Role.SPECIALIST, Role.ENGINEER, Role.ADMIN);
    }

    @Test
    void aFailedRoleLookupRefusesAndSaysWhatHappened() {
        AccessControl failing = new AccessControl(HOME, caller -> {
            throw new RoleLookupException("Microsoft Graph did not answer in time.", null);
        });
        Admission.Refused refused = (Admission.Refused) failing.admit(new Caller(SAM, "Sam Rivera", HOME));
        assertThat(refused.why()).contains("could not check your access").contains("did not answer in time");
        assertThat(refused.grantingRoles()).contains(Role.SPECIALIST);
    }

    @Test
    void anAdmittedCallersHighestRoleDecidesTheMasking() {
        assertThat(new Admission.Admitted(Set.of(Role.MANAGER, Role.ENGINEER)).highestRole()).isEqualTo(Role.ENGINEER);
    }
}
