package com.calltriage;

import static org.assertj.core.api.Assertions.assertThat;

import com.calltriage.command.CommandCatalog;
import com.calltriage.command.CommandSyntax;
import com.calltriage.testing.CardCheck;
import com.calltriage.testing.ChatFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The Teams app package: the manifest's command menus say what the command catalog understands, the
 * manifest Maven builds into {@code target/teams-app} passes Microsoft's schema, and the icons are what
 * Teams asks for.
 */
class TeamsAppPackageTest {
    private static final Path SOURCE = Path.of("manifest", "manifest.json");
    private static final Path BUILT = Path.of("target", "teams-app", "manifest.json");
    /** Teams shows at most ten commands in a scope's command menu. */
    private static final int TEAMS_COMMANDS_PER_LIST = 10;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyScopeOffersExactlyTheCatalogsCommandsWithTheirSummaries() throws IOException {
        JsonNode bot = json.readTree(SOURCE.toFile()).path("bots").path(0);
        Map<String, String> catalog = ChatFixture.demo().catalog().syntaxes().stream()
                .collect(Collectors.toMap(CommandSyntax::name, CommandSyntax::summary, (a, b) -> a,
                        LinkedHashMap::new));
        List<String> scopesWithLists = new ArrayList<>();
        Set<String> everywhere = new HashSet<>();

        for (JsonNode list : bot.path("commandLists")) {
            String scopes = list.path("scopes").toString();
            list.path("scopes").forEach(scope -> scopesWithLists.add(scope.asText()));
            Map<String, String> offered = new LinkedHashMap<>();
            list.path("commands").forEach(c -> offered.put(c.path("title").asText(), c.path("description").asText()));

            assertThat(offered).as("commands for %s", scopes).hasSizeLessThanOrEqualTo(TEAMS_COMMANDS_PER_LIST)
                    .containsKey(CommandCatalog.HELP.name());
            // More commands than a menu holds: each menu offers a choice, in the catalog's order, as declared.
            assertThat(offered.keySet()).as("command titles for %s, against CommandCatalog", scopes)
                    .isSubsetOf(catalog.keySet())
                    .containsExactlyElementsOf(catalog.keySet().stream().filter(offered::containsKey).toList());
            offered.forEach((title, description) -> assertThat(description)
                    .as("description of %s for %s, against CommandCatalog", title, scopes)
                    .isEqualTo(catalog.get(title)));
            everywhere.addAll(offered.keySet());
        }
        assertThat(everywhere).as("commands some menu offers").contains("escalate", "escalations",
                "use this channel for escalations", "take", "resolve");
        List<String> botScopes = new ArrayList<>();
        bot.path("scopes").forEach(scope -> botScopes.add(scope.asText()));
        assertThat(botScopes).containsExactlyInAnyOrder("personal", "team", "groupChat");
        assertThat(scopesWithLists).containsExactlyInAnyOrderElementsOf(botScopes);
    }

    @Test
    void theSourceManifestLeavesTheBotIdToTheBuild() throws IOException {
        assertThat(json.readTree(SOURCE.toFile()).path("bots").path(0).path("botId").asText())
                .isEqualTo("${teams.botId}");
    }

    @Test
    void theBuiltManifestHasTheBotIdFilledIn() throws IOException {
        String botId = json.readTree(builtManifest().toFile()).path("bots").path(0).path("botId").asText();
        assertThat(botId).matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
        assertThat(Files.readString(builtManifest())).doesNotContain("${");
    }

    @Test
    void theBuiltManifestPassesMicrosoftsSchemaForItsVersion() {
        CardCheck.Run check = CardCheck.node("manifest.js", builtManifest().toString());
        assertThat(check.exitCode()).as("node tools/cardcheck/manifest.js %s said:%n%s", BUILT, check.output())
                .isZero();
    }

    @Test
    void theColourIconIsOneHundredNinetyTwoPixelsSquareAndOpaque() throws IOException {
        BufferedImage icon = ImageIO.read(Path.of("manifest", "color.png").toFile());
        assertThat(icon.getWidth()).isEqualTo(192);
        assertThat(icon.getHeight()).isEqualTo(192);
        assertThat(pixels(icon)).allMatch(argb -> argb >>> 24 == 0xFF, "opaque");
    }

    @Test
    void theOutlineIconIsThirtyTwoPixelsSquareWhiteOnTransparent() throws IOException {
        BufferedImage icon = ImageIO.read(Path.of("manifest", "outline.png").toFile());
        assertThat(icon.getWidth()).isEqualTo(32);
        assertThat(icon.getHeight()).isEqualTo(32);
        assertThat(pixels(icon)).allMatch(argb -> argb >>> 24 == 0 || (argb & 0xFFFFFF) == 0xFFFFFF,
                "white or fully transparent");
        assertThat(pixels(icon)).anyMatch(argb -> argb >>> 24 == 0).anyMatch(argb -> argb >>> 24 == 0xFF);
    }

    /** Maven's process-resources phase builds it; a test run from an IDE alone has not. */
    private static Path builtManifest() {
        assertThat(BUILT).as("%s is made by Maven's process-resources phase: run the tests with mvn", BUILT)
                .exists();
        return BUILT;
    }

    private static List<Integer> pixels(BufferedImage image) {
        List<Integer> pixels = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                pixels.add(image.getRGB(x, y));
            }
        }
        return pixels;
    }
}
