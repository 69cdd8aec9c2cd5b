package dev.touchline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.touchline.io.ModelFiles;
import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.FindingIndex;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;
import dev.touchline.validation.ModelValidator;

/**
 * {@code touchline stats} and the workshop pack's handouts print the same department figures as
 * the workbench's views (one definition, {@link DepartmentFigures}), on the sample and on a
 * generated model with several journeys.
 */
class DepartmentFiguresAgreeTest {

    private static final Pattern TILE = Pattern.compile("<div class=\"tile\"><b>(?:<span[^>]*></span>)?([^<]*)</b>([^<]*)</div>");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "sample", "generated" })
    void statsAndHandoutsShowTheFiguresTheViewsShow(String which) throws Exception {
        Path file;
        if (which.equals("sample")) {
            file = Path.of(Cli.SAMPLE);
        } else {
            file = dir.resolve("generated.touchline");
            ModelFiles.save(SyntheticModel.generate(700, 140, 11), file);
        }
        JourneyModel model = ModelFiles.load(file);
        if (which.equals("generated")) {
            assertTrue(model.getJourneys().size() >= 5, "several journeys");
        }
        List<DepartmentFigures> expected = DepartmentFigures.all(model, DepartmentFigures.Scope.model(model),
                new FindingIndex(new ModelValidator().validateLoaded(model)));

        Cli stats = Cli.run("stats", file.toString(), "--format", "json");
        assertEquals(0, stats.exit(), stats::toString);
        JsonObject root = JsonParser.parseString(stats.out()).getAsJsonObject();
        assertEquals("all journeys", root.get("departmentScope").getAsString());
        JsonArray rows = root.getAsJsonArray("departments");
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < expected.size(); i++) {
            DepartmentFigures f = expected.get(i);
            JsonObject row = rows.get(i).getAsJsonObject();
            String who = f.department().getName();
            assertEquals(f.department().getId(), row.get("id").getAsString());
            assertEquals(f.owned().size(), row.get("owned").getAsInt(), who);
            assertEquals(f.supported().size(), row.get("supported").getAsInt(), who);
            assertEquals(f.measured(), row.get("measured").getAsInt(), who);
            assertEquals(f.offTarget(), row.get("offTarget").getAsInt(), who);
            assertEquals(f.findings().size(), row.get("findings").getAsInt(), who);
            assertEquals(f.errors(), row.get("errors").getAsInt(), who);
            assertEquals(f.health().name().toLowerCase(), row.get("health").getAsString(), who);
        }
        Cli text = Cli.run("stats", file.toString());
        assertTrue(text.out().contains("departments, over all journeys:"), text::toString);

        Path zip = dir.resolve("pack.zip");
        Cli pack = Cli.run("pack", file.toString(), "--out", zip.toString());
        assertEquals(0, pack.exit(), pack::toString);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> handouts = new ArrayList<>();
            z.stream().map(e -> e.getName()).filter(n -> n.startsWith("handouts/")).forEach(handouts::add);
            assertEquals(expected.size(), handouts.size());
            for (int i = 0; i < expected.size(); i++) {
                DepartmentFigures f = expected.get(i);
                String html = new String(z.getInputStream(z.getEntry(handouts.get(i))).readAllBytes(),
                        StandardCharsets.UTF_8);
                List<String> tiles = new ArrayList<>();
                Matcher m = TILE.matcher(html);
                while (m.find()) {
                    tiles.add(m.group(1) + "|" + m.group(2));
                }
                assertEquals(List.of(f.owned().size() + "|touchpoints owned", f.supported().size() + "|supported",
                        f.measured() + " of " + f.owned().size() + "|owned ones measured",
                        f.offTarget() + "|measurements off target", f.findings().size() + "|gaps to close",
                        f.health().label() + "|health of what you own and support"), tiles, handouts.get(i));
                assertTrue(html.contains("figures over all journeys"), handouts.get(i));
            }
        }
    }
}
