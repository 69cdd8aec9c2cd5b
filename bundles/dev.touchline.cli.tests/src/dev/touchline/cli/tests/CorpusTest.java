package dev.touchline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.synthetic.SyntheticModel;

/**
 * The corpus of bad (and strange but valid) input in {@code corpus/}: each model file, run through
 * {@code touchline validate}, and each spreadsheet, imported into a copy of the sample with
 * {@code touchline import}, gets the exit code and the message that {@code corpus/cases.tsv}
 * says, no stack trace, no partial report for a file that cannot be read, the input unchanged and,
 * when an import fails, the model unchanged.
 * docs/robustness.md lists every case.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path dir;

    static Stream<Arguments> cases() throws Exception {
        return Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                .map(f -> Arguments.of(f[0], Integer.parseInt(f[1]), f[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGetsItsExitCodeAndAClearMessageAndTheFileIsUnchanged(String name, int exit, String expected)
            throws Exception {
        Path file = CORPUS.resolve(name);
        byte[] before = Files.readAllBytes(file);
        boolean sheet = name.endsWith(".csv") || name.endsWith(".xlsx");
        // a spreadsheet case is imported into a copy of the sample
        Path model = dir.resolve("model.touchline");
        Files.copy(Path.of("../../samples/northwind-movers.touchline"), model);
        byte[] modelBefore = Files.readAllBytes(model);
        String command = sheet ? "import" : "validate";
        Cli cli = sheet ? Cli.run("import", model.toString(), file.toString()) : Cli.run("validate", file.toString());
        String all = cli.out() + cli.err();
        assertEquals(exit, cli.exit(), all);
        assertTrue(all.contains(expected), "expected «" + expected + "» in:\n" + all);
        assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace:\n" + all);
        if (exit == 2) {
            assertEquals("", cli.out(), "no partial report");
            assertTrue(cli.err().startsWith("touchline " + command + ": " + file), "says which file: " + cli.err());
            assertArrayEquals(modelBefore, Files.readAllBytes(model), "a failed import leaves the model as it was");
            assertFalse(Files.exists(ModelFiles.backupOf(model)));
        } else if (sheet) {
            assertFalse(Arrays.equals(modelBefore, Files.readAllBytes(model)), "the import was saved");
            assertArrayEquals(modelBefore, Files.readAllBytes(ModelFiles.backupOf(model)), "the old version is kept");
        }
        assertArrayEquals(before, Files.readAllBytes(file), "the input is never modified");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList());
        }
    }

    @Test
    void everyCorpusFileHasACaseAndADocumentedLine() throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.list(CORPUS)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("cases.tsv")).sorted().toList();
        }
        String table = Files.readString(CORPUS.resolve("cases.tsv"));
        String doc = Files.readString(Path.of("../../docs/robustness.md"));
        assertTrue(names.size() >= 47, names.toString());
        for (String name : names) {
            assertTrue(table.contains(name + "\t"), name + " has no line in corpus/cases.tsv");
            assertTrue(doc.contains(name), name + " is not listed in docs/robustness.md");
        }
    }

    @Test
    void aTenMegabyteAttributeSimplyWorks() throws Exception {
        var model = SyntheticModel.generate(12, 5);
        model.setDescription("x".repeat(10 * 1024 * 1024));
        Path file = dir.resolve("huge-attribute.touchline");
        ModelFiles.save(model, file);
        Cli cli = Cli.run("stats", file.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertEquals(10 * 1024 * 1024, ModelFiles.load(file).getDescription().length());
    }

    @Test
    void fiveThousandTouchpointsInOneStageSimplyWork() throws Exception {
        var model = SyntheticModel.generate(5000, 5000, 6);
        var stages = model.getJourneys().get(0).getStages();
        for (int i = 1; i < stages.size(); i++) {
            stages.get(0).getTouchpoints().addAll(stages.get(i).getTouchpoints());
        }
        assertEquals(5000, stages.get(0).getTouchpoints().size());
        Path file = dir.resolve("one-stage.touchline");
        ModelFiles.save(model, file);
        Cli cli = Cli.run("stats", file.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("touchpoints 5000"), cli.out());
    }

    @Test
    void commandLineMistakesAreUsageErrorsThatSayWhatToDo() throws Exception {
        Path existing = dir.resolve("existing.touchline");
        Files.writeString(existing, "keep");
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        Path model = dir.resolve("sample.touchline");
        Files.copy(Path.of("../../samples/northwind-movers.touchline"), model);
        Path modelNamedLikeASheet = dir.resolve("sample.xlsx");
        Files.copy(model, modelNamedLikeASheet);
        Path sheet = dir.resolve("tp.csv");
        assertEquals(0, Cli.run("export", model.toString(), "--out", sheet.toString()).exit());
        byte[] sheetBefore = Files.readAllBytes(sheet);
        byte[] modelBefore = Files.readAllBytes(model);
        for (String[] args : List.of(new String[] { "validate", dir.resolve("missing.touchline").toString() },
                new String[] { "validate", dir.toString() },
                new String[] { "validate" },
                new String[] { "validate", "--frobnicate", existing.toString() },
                new String[] { "generate", "--touchpoints", "10", "--out", existing.toString() },
                new String[] { "generate", "--touchpoints", "10", "--out", notAFolder.resolve("x.touchline").toString() },
                new String[] { "generate", "--touchpoints", "-3", "--out", dir.resolve("n.touchline").toString() },
                new String[] { "export", model.toString(), "--out", modelNamedLikeASheet.toString() },
                new String[] { "export", modelNamedLikeASheet.toString(), "--out", modelNamedLikeASheet.toString(), "--force" },
                new String[] { "export", model.toString(), "--out", notAFolder.resolve("map.xlsx").toString() },
                new String[] { "export", model.toString(), "--out", dir.resolve("map.pdf").toString() },
                new String[] { "export", model.toString(), "--out", dir.resolve("map.xlsx").toString(), "--table", "measurements" },
                new String[] { "import", model.toString(), dir.resolve("missing.csv").toString() },
                new String[] { "import", model.toString(), dir.toString() },
                new String[] { "import", model.toString(), sheet.toString(), "--out", sheet.toString(), "--force" },
                new String[] { "import", model.toString() },
                // found by the command-line fuzzer: a NUL character in a file name was an internal error
                new String[] { "validate", "model\u0000.touchline" },
                new String[] { "export", model.toString(), "--out", dir.resolve("map").toString() + "\u0000.xlsx" })) {
            Cli cli = Cli.run(args);
            assertEquals(2, cli.exit(), String.join(" ", args) + "\n" + cli.err());
            assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
            assertFalse(cli.err().isBlank());
        }
        assertEquals("keep", Files.readString(existing), "generate never overwrites without --force");
        assertEquals("x", Files.readString(notAFolder));
        assertArrayEquals(sheetBefore, Files.readAllBytes(sheet), "import never writes over its spreadsheet");
        assertArrayEquals(modelBefore, Files.readAllBytes(model));
        assertArrayEquals(modelBefore, Files.readAllBytes(modelNamedLikeASheet), "export never writes over its model");
        assertFalse(Files.exists(dir.resolve("map.xlsx")) || Files.exists(dir.resolve("map.pdf")));
    }
}
