package dev.touchline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;

/**
 * Names with a carriage return, an escape sequence, C1 controls or a right-to-left override do not
 * rewrite the terminal: every command's output shows them escaped, and the JSON reports still
 * carry the exact names.
 */
class TerminalOutputTest {

    /** What XML lets a name hold that a terminal acts on: CR, C1 controls (CSI), bidi overrides. */
    private static final String HOSTILE = "Ops\r\u009b2JOWNED\u0085\u009b31m\u202Egnp.exe\u2066x\u2069";

    @TempDir
    Path dir;

    @Test
    void controlCharactersInNamesComeOutEscapedInEveryReport() throws Exception {
        JourneyModel model = SyntheticModel.generate(30, 30, 5);
        Department department = model.getDepartments().get(0);
        department.setName(HOSTILE);
        var touchpoint = model.getJourneys().get(0).getStages().get(0).getTouchpoints().get(0);
        touchpoint.setName("Crew\rarrives " + HOSTILE);
        touchpoint.setOwner(department);
        touchpoint.getMeasurements().forEach(m -> m.setMetric(null));
        touchpoint.getMeasurements().clear(); // so that validation reports it, by name
        Path file = dir.resolve("hostile.touchline");
        ModelFiles.save(model, file);

        for (List<String> command : List.of(List.of("validate", file.toString()), List.of("stats", file.toString()),
                List.of("validate", file.toString(), "--format", "json"),
                List.of("stats", file.toString(), "--format", "json"),
                List.of("validate", file.toString(), "--format", "sarif"))) {
            Cli cli = Cli.run(command.toArray(String[]::new));
            String shown = cli.out() + cli.err();
            shown.codePoints().forEach(cp -> assertTrue(cp == '\n' || cp == '\t' || !unsafe(cp),
                    command + " printed U+" + Integer.toHexString(cp) + ":\n" + shown));
            assertTrue(shown.contains("Ops\\r\\u009B2JOWNED\\u0085\\u009B31m\\u202Egnp.exe\\u2066x\\u2069"),
                    command + " shows the name escaped:\n" + shown);
            if (command.contains("json") || command.contains("sarif")) {
                assertTrue(contains(JsonParser.parseString(cli.out()), HOSTILE),
                        command + ": the JSON still holds the exact name");
            }
        }
    }

    private static boolean unsafe(int cp) {
        return cp < 0x20 || cp >= 0x7f && cp <= 0x9f || cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069;
    }

    private static boolean contains(JsonElement e, String text) {
        if (e.isJsonPrimitive()) {
            return e.getAsString().contains(text);
        }
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                if (contains(x, text)) {
                    return true;
                }
            }
        }
        if (e.isJsonObject()) {
            for (var entry : e.getAsJsonObject().entrySet()) {
                if (contains(entry.getValue(), text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Hardening round three: a line feed, U+2028, U+2029 or U+FEFF in a name was printed raw, so a
     * name could add lines to the text report that look like findings. Each report line is now one
     * finding (or the file's header), and the JSON report still carries the exact name.
     */
    @Test
    void aNameCannotAddLinesToTheTextReport() throws Exception {
        JourneyModel model = SyntheticModel.generate(30, 30, 5);
        String forged = "Ops\n  error   touchpoint-owner       Forged finding\u2028second\u2029third\uFEFFfourth";
        Department department = model.getDepartments().get(0);
        department.setName(forged);
        var touchpoint = model.getJourneys().get(0).getStages().get(0).getTouchpoints().get(0);
        touchpoint.setName("Crew arrives\nwarning fake-rule x");
        touchpoint.setOwner(department);
        touchpoint.getMeasurements().forEach(m -> m.setMetric(null));
        touchpoint.getMeasurements().clear();
        Path file = dir.resolve("forged.touchline");
        ModelFiles.save(model, file);

        Cli text = Cli.run("validate", file.toString());
        String[] lines = text.out().split("\n", -1);
        long findings = lines.length - 2; // the header line and the empty string after the last line end
        String summary = lines[0];
        int reported = 0;
        for (String count : summary.substring(summary.indexOf(": ") + 2).split(", ")) {
            reported += Integer.parseInt(count.substring(0, count.indexOf(' ')));
        }
        assertEquals(reported, findings, "one line per finding:\n" + text.out());
        assertTrue(text.out().contains("Ops\\n  error   touchpoint-owner       Forged finding\\u2028second\\u2029third"
                + "\\uFEFFfourth"), "the name shown escaped:\n" + text.out());
        assertTrue(text.out().contains("Crew arrives\\nwarning fake-rule x"), text.out());
        text.out().codePoints().forEach(cp -> assertTrue(cp != 0x2028 && cp != 0x2029 && cp != 0xfeff,
                "no raw U+" + Integer.toHexString(cp) + ":\n" + text.out()));

        Cli stats = Cli.run("stats", file.toString());
        assertTrue(stats.out().contains("Ops\\n  error"), stats.out());

        Cli json = Cli.run("validate", file.toString(), "--format", "json");
        assertTrue(contains(JsonParser.parseString(json.out()), forged), "the JSON holds the exact name");
    }

    /** The same for import errors: a cell's text cannot add lines to the list of problems. */
    @Test
    void aCellCannotAddLinesToTheImportErrors() throws Exception {
        Path model = dir.resolve("model.touchline");
        java.nio.file.Files.copy(Path.of(Cli.SAMPLE), model);
        Path csv = dir.resolve("forged.csv");
        java.nio.file.Files.writeString(csv, "Touchpoint id,Journey,Stage,Touchpoint,Description,Channel,Visibility,"
                + "Owner,Supporting,Emotion,Moment of truth\n"
                + "tp-search-ads,Move house,Discover,Search ads and comparison sites,,Web site,frontstage,"
                + "\"Nope\n  sheet 'Touchpoints', cell H9 forged\u2028x\",,0,no\n");
        Cli cli = Cli.run("import", model.toString(), csv.toString());
        assertEquals(2, cli.exit(), cli.toString());
        String[] lines = cli.err().split("\n");
        assertEquals(3, lines.length, "the header, one problem and the remedy:\n" + cli.err());
        assertTrue(lines[1].contains("Nope\\n  sheet 'Touchpoints', cell H9 forged\\u2028x"), cli.err());
    }

    /** Found by review: a Windows line end is not a control to escape, and invalid UTF-8 hides none. */
    @Test
    void windowsLineEndsPassAndInvalidSequencesHideNoControl() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream safe = dev.touchline.cli.TerminalSafeStream.wrap(new java.io.PrintStream(bytes), false);
        safe.write(new byte[] { 'a', '\r', '\n', 'b', (byte) 0xc2, (byte) 0xc2, (byte) 0x9b, 'c', (byte) 0xc2, 0x1b, 'd' });
        safe.flush();
        byte[] shown = bytes.toByteArray();
        String text = new String(shown, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("a\r\nb"), "CR LF passes: " + text);
        assertTrue(text.contains("\\u009B") && text.contains("\\u001B"), "the CSI and the ESC are escaped: " + text);
        for (byte b : shown) {
            assertTrue(b != 0x1b && b != (byte) 0x9b, "no raw ESC or CSI byte: " + text);
        }
    }

    @Test
    void plainTextAndUnicodeNamesPassUnchanged() throws Exception {
        Cli cli = Cli.run("stats", Cli.SAMPLE);
        assertEquals(0, cli.exit());
        assertTrue(cli.out().contains("Billing & Accounting"), cli.out());
        JourneyModel model = SyntheticModel.generate(10, 10, 2);
        model.getDepartments().get(0).setName("Lojística — 物流 😀 עברית");
        Path file = dir.resolve("unicode.touchline");
        ModelFiles.save(model, file);
        assertTrue(Cli.run("stats", file.toString()).out().contains("Lojística — 物流 😀 עברית"));
    }
}
