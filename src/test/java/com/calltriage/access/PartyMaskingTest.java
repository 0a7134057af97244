package com.calltriage.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.callrecord.Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyMaskingTest {
    private static final String HOME = "dc368399-474c-4d40-900c-6265431fd81f";
    private final PartyMasking masking = new PartyMasking(HOME);

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({
        "+15552823456, +15552823***",
        "15552823456, 15552823***",
        "+44 20 7946 0193, +44 20 7946 0***",
        "12, **"
    })
    void phoneNumbersLoseTheirLastThreeDigits(String number, String shown) {
        assertThat(PartyMasking.maskPhoneNumber(number)).isEqualTo(shown);
    }

    @Test
    void theSearchedUserIsNamed() {
        Identity alice = user("a1", "Alice Wood", HOME);
        assertThat(masking.nameOf(alice, "a1")).isEqualTo("Alice Wood");
    }

    @Test
    void otherPeopleOfTheTenantAreInternalUsers() {
        assertThat(masking.nameOf(user("b1", "Bob Stone", HOME.toUpperCase()), "a1")).isEqualTo("Internal User");
    }

    @Test
    void peopleOfOtherTenantsOrNoneAreExternalUsers() {
        assertThat(masking.nameOf(user("p1", "Pierre Laurent", "other-tenant"), "a1")).isEqualTo("External User");
        assertThat(masking.nameOf(user("g1", "Visitor", null), "a1")).isEqualTo("External User");
    }

    @Test
    void phoneParticipantsShowTheirMaskedNumber() {
        Identity phone = new Identity(Identity.Kind.PHONE, "+14255550123", null, null, null);
        assertThat(masking.nameOf(phone, "a1")).isEqualTo("+14255550***");
    }

    private static Identity user(String id, String name, String tenant) {
        return new Identity(Identity.Kind.USER, id, name, tenant, null);
    }
}
