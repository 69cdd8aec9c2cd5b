package dev.touchline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;

class OtherCommandsTest {

    @TempDir
    Path dir;

    @Test
    void statsCountsElementsAndDepartments() {
        Cli cli = Cli.run("stats", Cli.SAMPLE, "--format", "json");
        assertEquals(0, cli.exit(), cli::toString);
        JsonObject root = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonObject elements = root.getAsJsonObject("elements");
        assertEquals(1, elements.get("journeys").getAsInt());
        assertEquals(6, elements.get("stages").getAsInt());
        assertEquals(30, elements.get("touchpoints").getAsInt());
        assertEquals(7, elements.get("departments").getAsInt());
        int owned = 0;
        for (JsonElement e : root.getAsJsonArray("departments")) {
            JsonObject d = e.getAsJsonObject();
            owned += d.get("owned").getAsInt();
            if (d.get("name").getAsString().equals("Field Operations")) {
                assertTrue(d.get("findings").getAsInt() >= 1, "the late crew concerns Field Operations");
                assertEquals(d.get("owned").getAsInt(), d.get("measured").getAsInt());
            }
        }
        assertEquals(29, owned, "one touchpoint of thirty has no owner");
    }

    /** import --decimal names the separator; a wrong value is a usage error that says the choices. */
    @Test
    void importTakesANamedDecimalSeparator() throws Exception {
        Path model = dir.resolve("model.touchline");
        Files.copy(Path.of(Cli.SAMPLE), model);
        Path csv = dir.resolve("polish.csv");
        Files.writeString(csv, "Measurement id,Actual\nms-reviews-nps,\"1,000\"\n");
        Cli named = Cli.run("import", model.toString(), csv.toString(), "--decimal", "comma", "--dry-run");
        assertEquals(0, named.exit(), named::toString);
        assertTrue(named.out().contains("ms-reviews-nps: actual 44.0 → 1.0"), named::toString);
        Cli decided = Cli.run("import", model.toString(), csv.toString(), "--dry-run");
        assertEquals(0, decided.exit(), decided::toString);
        assertTrue(decided.out().contains("ms-reviews-nps: actual 44.0 → 1000.0"), decided::toString);
        Cli wrong = Cli.run("import", model.toString(), csv.toString(), "--decimal", "semicolon");
        assertEquals(2, wrong.exit(), wrong::toString);
        assertTrue(wrong.err().contains("--decimal is 'comma' (1,5) or 'point' (1.5), not 'semicolon'"), wrong::toString);
    }

    @Test
    void statsAsText() {
        Cli cli = Cli.run("stats", Cli.SAMPLE);
        assertEquals(0, cli.exit());
        assertTrue(cli.out().contains("touchpoints 30"), cli::toString);
        assertTrue(cli.out().contains("Billing & Accounting"), cli::toString);
    }

    @Test
    void packWritesAZipForTheWorkshopAndLeavesTheModelAlone() throws Exception {
        byte[] before = Files.readAllBytes(Path.of(Cli.SAMPLE));
        Path zip = dir.resolve("workshop.zip");
        Cli cli = Cli.run("pack", Cli.SAMPLE, "--out", zip.toString());
        assertEquals(0, cli.exit(), cli::toString);
        assertTrue(cli.out().contains("1 poster, 7 department handouts"), cli::toString);
        try (java.util.zip.ZipFile pack = new java.util.zip.ZipFile(zip.toFile())) {
            assertTrue(pack.getEntry("index.html") != null && pack.getEntry("workshop.xlsx") != null);
        }
        assertArrayEquals(before, Files.readAllBytes(Path.of(Cli.SAMPLE)));

        Cli again = Cli.run("pack", Cli.SAMPLE, "--out", zip.toString());
        assertEquals(2, again.exit(), again::toString);
        assertTrue(again.err().contains("--force"), again::toString);
        Cli pdf = Cli.run("pack", Cli.SAMPLE, "--out", dir.resolve("pack.pdf").toString());
        assertEquals(2, pdf.exit(), pdf::toString);
        assertTrue(pdf.err().contains("must end in .zip"), pdf::toString);
        assertFalse(Files.exists(dir.resolve("pack.pdf")));
    }

    /** Hardening round three: {@code pack --out .zip} wrote a hidden file named ".zip"; so would export. */
    @Test
    void anOutputWithNothingBeforeItsEndingIsRefused() throws Exception {
        for (List<String> command : List.of(List.of("pack", Cli.SAMPLE, "--out", ".zip"),
                List.of("export", Cli.SAMPLE, "--out", ".xlsx"), List.of("export", Cli.SAMPLE, "--out", ".CSV"))) {
            String name = command.get(3);
            Path output = dir.resolve(name);
            List<String> args = new java.util.ArrayList<>(command);
            args.set(3, output.toString());
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(2, cli.exit(), cli::toString);
            assertTrue(cli.err().contains("has no name before " + name), cli::toString);
            assertFalse(Files.exists(output), "nothing written: " + cli);
        }
    }

    @Test
    void generateWritesADeterministicModel() throws Exception {
        Path a = dir.resolve("a.touchline");
        Path b = dir.resolve("b.touchline");
        assertEquals(0, Cli.run("generate", "--touchpoints", "1200", "--seed", "5", "--out", a.toString()).exit());
        assertEquals(0, Cli.run("generate", "--touchpoints=1200", "--seed=5", "--out=" + b).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        JourneyModel model = ModelFiles.load(a);
        assertEquals(1200, model.getJourneys().stream().flatMap(j -> j.getStages().stream())
                .mapToInt(s -> s.getTouchpoints().size()).sum());
    }

    @Test
    void generateDoesNotOverwriteWithoutForce() throws Exception {
        Path a = dir.resolve("a.touchline");
        Files.writeString(a, "precious");
        Cli cli = Cli.run("generate", "--touchpoints", "10", "--out", a.toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("--force"), cli::toString);
        assertEquals("precious", Files.readString(a));
        Cli forced = Cli.run("generate", "--touchpoints", "10", "--out", a.toString(), "--force");
        assertEquals(0, forced.exit());
        assertEquals("Wrote " + a + ": 10 touchpoints in 1 journey (seed 1)", forced.out().strip());
    }

    @Test
    void generateChecksItsArguments() {
        assertEquals(2, Cli.run("generate", "--out", dir.resolve("x").toString()).exit());
        assertEquals(2, Cli.run("generate", "--touchpoints", "ten", "--out", dir.resolve("x").toString()).exit());
        assertEquals(2, Cli.run("generate", "--touchpoints", "-5", "--out", dir.resolve("x").toString()).exit());
        assertEquals(2, Cli.run("generate", "--touchpoints", "5").exit());
        assertEquals(2, Cli.run("generate", "--touchpoints", "5", "--out", dir.resolve("none/x.touchline").toString()).exit());
    }

    @Test
    void helpDocumentsEveryCommand() {
        Cli overview = Cli.run("--help");
        assertEquals(0, overview.exit());
        for (String command : new String[] { "validate", "stats", "generate" }) {
            assertTrue(overview.out().contains(command), overview::toString);
            Cli help = Cli.run("help", command);
            assertEquals(0, help.exit());
            assertTrue(help.out().startsWith("Usage: touchline " + command), help::toString);
            assertEquals(help.out(), Cli.run(command, "--help").out());
        }
        assertTrue(Cli.run("help", "validate").out().contains("--fail-on"));
        assertEquals(2, Cli.run("help", "nonsense").exit());
        assertEquals(0, Cli.run().exit());
    }
}
