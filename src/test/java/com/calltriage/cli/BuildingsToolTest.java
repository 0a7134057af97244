package com.calltriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.building.Building;
import com.calltriage.demo.DemoDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code buildings FILE}: a good CQD file replaces the stored one; a file with a bad line loads nothing. */
class BuildingsToolTest extends SubCommandsFixture {
    private static final String REDMOND_B1 =
            "10.10.1.0\tRED-B1-LAN\t24\tRedmond B1\tContoso\tOffice\tHeadquarters\tRedmond\t98052\tUS\tWA\t"
                    + "North America\t1\t1\t0";
    private static final String REDMOND_B1_WIFI =
            "10.10.11.0\tRED-B1-WIFI\t24\tRedmond B1\tContoso\tOffice\tHeadquarters\tRedmond\t98052\tUS\tWA\t"
                    + "North America\t1\t1\t0";
    private static final String VPN =
            "10.99.0.0,VPN-POOL,16,VPN,Contoso,VPN,Remote access,Redmond,98052,US,WA,North America,1,0,1";

    @Test
    void goodFileReplacesTheStoredOneAndSaysWhatItLoaded() throws IOException {
        buildings.replaceAll(List.of(new Building("172.16.0.0", "OLD", 16, "Old HQ", "", "", "", "", "", "", "",
                "", true, false, false)));
        Path file = write("buildings.tsv", String.join("\n", REDMOND_B1, "", REDMOND_B1_WIFI) + "\n");

        int status = subCommands.run("buildings", file.toString());

        assertThat(status).isZero();
        assertThat(printed()).containsExactly("Loaded 2 networks in 1 building from " + file);
        assertThat(buildings.findAll()).extracting(Building::cidr).containsExactly("10.10.1.0/24", "10.10.11.0/24");
    }

    @Test
    void commaSeparatedFileLoadsToo() throws IOException {
        Path file = write("buildings.csv", VPN + "\r\n");

        int status = subCommands.run("buildings", file.toString());

        assertThat(status).isZero();
        assertThat(printed()).containsExactly("Loaded 1 network in 1 building from " + file);
        assertThat(buildings.findAll()).extracting(Building::vpn).containsExactly(true);
    }

    @Test
    void fileWithBadLinesPrintsEachAndLoadsNothing() throws IOException {
        buildings.replaceAll(List.of(new Building("172.16.0.0", "OLD", 16, "Old HQ", "", "", "", "", "", "", "",
                "", true, false, false)));
        Path file = write("buildings.tsv", String.join("\n", REDMOND_B1,
                REDMOND_B1.replace("\t24\t", "\t30\t").replace("10.10.1.0", "10.10.2.0"),
                REDMOND_B1_WIFI.replace("\t1\t1\t0", "\tyes\t1\t0"),
                REDMOND_B1));

        int status = subCommands.run("buildings", file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(printed()).containsExactly(
                "line 2: NetworkRange 30 is outside 8-28 (only VPN rows may use 32)",
                "line 3: InsideCorp 'yes' is not 0 or 1",
                "line 4: network 10.10.1.0/24 is already on line 1",
                "No buildings loaded: 3 errors in " + file);
        assertThat(buildings.findAll()).extracting(Building::buildingName).containsExactly("Old HQ");
    }

    @Test
    void missingFileExitsWithOne() {
        Path missing = folder.resolve("not-there.tsv");

        int status = subCommands.run("buildings", missing.toString());

        assertThat(status).isEqualTo(1);
        assertThat(errors()).contains("Could not read the building file " + missing + ": no such file");
    }

    @Test
    void withoutAFileExitsWithTwoAndSaysHowToUseIt() {
        int status = subCommands.run("buildings", "--calltriage.demo.enabled=false");

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("buildings FILE");
        assertThat(buildings.findAll()).isEmpty();
    }

    @Test
    void demoDataWritesABuildingFileThatLoads() {
        Path demo = folder.resolve("demo");
        subCommands.run("demo-data", demo.toString());
        out.reset();

        int status = subCommands.run("buildings", demo.resolve(DemoDataset.BUILDINGS_FILE).toString());

        assertThat(status).isZero();
        assertThat(printed()).containsExactly("Loaded 5 networks in 5 buildings from "
                + demo.resolve(DemoDataset.BUILDINGS_FILE));
        assertThat(buildings.findAll()).extracting(Building::networkIp)
                .containsExactly("10.10.1.0", "10.10.2.0", "10.20.1.0", "10.30.1.0", "10.99.0.0");
    }
}
