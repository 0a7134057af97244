package com.calltriage.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The people and places of the demo: the home tenant contoso.com, a partner tenant fabrikam.com and
 * a few phone numbers. Object ids are name-based UUIDs, so they are the same on every machine and
 * the README can list them. Most UPNs are a first name ({@code alice@contoso.com}); the newcomers' are
 * {@code first.last@contoso.com}, as many tenants name everyone.
 *
 * <p>For benchmarks the tenant grows to any number of home people: the ones past the demo's own are
 * {@code person0042@contoso.com} and so on, numbered on from the demo's people, with ids from
 * {@link #objectIdOf(String)} like everyone's, so a tenant of a given size is the same on every run.
 */
public final class DemoTenant {
    public static final String HOME_DOMAIN = "contoso.com";
    public static final String HOME_TENANT_ID = stableId("tenant:" + HOME_DOMAIN);
    public static final String PARTNER_DOMAIN = "fabrikam.com";
    public static final String PARTNER_TENANT_ID = stableId("tenant:" + PARTNER_DOMAIN);

    public static final List<DemoOffice> OFFICES = List.of(
            new DemoOffice("Redmond B1", "Redmond", "10.10.1.0", "redmond.contoso.com"),
            new DemoOffice("Redmond B2", "Redmond", "10.10.2.0", "redmond.contoso.com"),
            new DemoOffice("London Thames House", "London", "10.20.1.0", "london.contoso.com"),
            new DemoOffice("Berlin Spree Campus", "Berlin", "10.30.1.0", "berlin.contoso.com"));

    /** The corporate VPN hands out addresses from here; media over it is tunnelled. */
    public static final DemoOffice VPN = new DemoOffice("VPN", "Remote", "10.99.0.0", "vpn.contoso.com");

    /** The helpdesk staff of the demo, with the role each holds. */
    public static final Map<String, String> SUPPORT_ROLES = Map.of(
            "sam", "specialist",
            "erin", "engineer",
            "adam", "admin",
            "maria", "manager");

    private static final String[] HOME_NAMES = {
        "Alice Wood", "Bob Stone", "Alicia Moreno", "Carol Diaz", "Dan Park", "Eve Martin", "Frank Ortiz",
        "Grace Kim", "Henry Lopez", "Isla Novak", "Jack Brown", "Jordan Smith", "Karen White", "Liam Chen",
        "Mona Patel", "Nina Rossi", "Omar Haddad", "Paula Silva", "Quinn Baker", "Ravi Kumar", "Sara Lind",
        "Tom Becker", "Uma Singh", "Victor Hugo", "Wendy Clark", "Xavier Dubois", "Yara Nasser", "Zoe Adams",
        "Ben Carter", "Chloe Evans", "David Moore", "Ella Fischer", "Felix Wagner", "Hannah Schmidt",
        "Sam Rivera", "Erin Cho", "Adam Novak", "Maria Garcia"
    };

    /** Two people may share a display name; the second Jordan Smith shows the "choose a user" card. */
    private static final String SECOND_JORDAN = "Jordan Smith";

    /**
     * People who joined lately, with {@code first.last} UPNs. Quinn Harlow shares a first name with Quinn Baker;
     * Nora Whitfield's first name is hers alone. They call each other and phones only, so the calls of everyone
     * above are the same as before they came.
     */
    private static final String[] NEWCOMER_NAMES = {"Quinn Harlow", "Nora Whitfield"};

    private static final String[] PARTNER_NAMES = {"Pierre Laurent", "Ingrid Berg", "Kenji Sato", "Lucia Romano"};

    /** Outside numbers that people of the demo call; the NANP 555-01xx range is reserved for fiction. */
    public static final List<String> PHONE_NUMBERS = List.of(
            "+14255550123", "+14255550145", "+12065550178", "+442079460193", "+4930555501234");

    /** The demo's own home people: the named regulars and the newcomers. */
    public static final int DEMO_PEOPLE = HOME_NAMES.length + 1 + NEWCOMER_NAMES.length;

    private final List<DemoPerson> regulars;
    private final List<DemoPerson> newcomers;
    private final List<DemoPerson> partnerUsers;

    /** The demo tenant as the README describes it. */
    public DemoTenant() {
        this(DEMO_PEOPLE);
    }

    /**
     * The demo tenant grown to {@code people} home people; the extra ones call anyone, like the regulars.
     *
     * @throws IllegalArgumentException when {@code people} is fewer than {@link #DEMO_PEOPLE}
     */
    public DemoTenant(int people) {
        if (people < DEMO_PEOPLE) {
            throw new IllegalArgumentException("The demo tenant has " + DEMO_PEOPLE + " people at least, not " + people);
        }
        this.regulars = Stream.of(Stream.of(HOME_NAMES).map(this::homeUser), Stream.of(secondJordan()),
                IntStream.rangeClosed(DEMO_PEOPLE + 1, people).mapToObj(DemoTenant::numberedPerson))
                .flatMap(s -> s).toList();
        this.newcomers = Stream.of(NEWCOMER_NAMES).map(DemoTenant::newcomer).toList();
        this.partnerUsers = Stream.of(PARTNER_NAMES).map(DemoTenant::partnerUser).toList();
    }

    /** Everyone of the home tenant, the newcomers last. */
    public List<DemoPerson> homeUsers() {
        return Stream.concat(regulars.stream(), newcomers.stream()).toList();
    }

    /** The home tenant's people who call anyone, every day of the month. */
    List<DemoPerson> regulars() {
        return regulars;
    }

    /** The people with {@code first.last} UPNs, who call each other and phones only. */
    public List<DemoPerson> newcomers() {
        return newcomers;
    }

    public List<DemoPerson> partnerUsers() {
        return partnerUsers;
    }

    public DemoPerson byAlias(String alias) {
        return Stream.concat(homeUsers().stream(), partnerUsers.stream())
                .filter(p -> p.alias().equals(alias))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo user with alias " + alias));
    }

    /** The Entra object id of a demo user, for role configuration. */
    public static String objectIdOf(String alias) {
        return stableId("user:" + alias + "@" + HOME_DOMAIN);
    }

    private DemoPerson homeUser(String displayName) {
        String alias = displayName.substring(0, displayName.indexOf(' ')).toLowerCase();
        int index = List.of(HOME_NAMES).indexOf(displayName);
        DemoOffice office = OFFICES.get(index % OFFICES.size());
        return new DemoPerson(objectIdOf(alias), displayName, alias + "@" + HOME_DOMAIN, HOME_TENANT_ID,
                alias.toUpperCase() + "-LAPTOP", office);
    }

    private DemoPerson secondJordan() {
        String alias = "jordan.smith";
        return new DemoPerson(objectIdOf(alias), SECOND_JORDAN, alias + "@" + HOME_DOMAIN, HOME_TENANT_ID,
                "JSMITH-DESKTOP", OFFICES.get(2));
    }

    /** Person 42 is person0042@contoso.com, "Person 0042", on PERSON0042-LAPTOP. */
    private static DemoPerson numberedPerson(int number) {
        String alias = String.format("person%04d", number);
        return new DemoPerson(objectIdOf(alias), String.format("Person %04d", number), alias + "@" + HOME_DOMAIN,
                HOME_TENANT_ID, alias.toUpperCase() + "-LAPTOP", OFFICES.get(number % OFFICES.size()));
    }

    /** "Quinn Harlow" is quinn.harlow@contoso.com, on QHARLOW-LAPTOP. */
    private static DemoPerson newcomer(String displayName) {
        String[] names = displayName.toLowerCase().split(" ");
        String alias = names[0] + "." + names[1];
        int index = List.of(NEWCOMER_NAMES).indexOf(displayName);
        return new DemoPerson(objectIdOf(alias), displayName, alias + "@" + HOME_DOMAIN, HOME_TENANT_ID,
                (names[0].charAt(0) + names[1]).toUpperCase() + "-LAPTOP", OFFICES.get(index % OFFICES.size()));
    }

    private static DemoPerson partnerUser(String displayName) {
        String alias = displayName.substring(0, displayName.indexOf(' ')).toLowerCase();
        String upn = alias + "@" + PARTNER_DOMAIN;
        return new DemoPerson(stableId("user:" + upn), displayName, upn, PARTNER_TENANT_ID,
                alias.toUpperCase() + "-PC", null);
    }

    static String stableId(String name) {
        return UUID.nameUUIDFromBytes(("calltriage-demo:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
