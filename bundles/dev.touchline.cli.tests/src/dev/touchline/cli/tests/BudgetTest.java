package dev.touchline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that reads a file ends within a budget on each hostile shape of hardening round
 * two (each once took minutes, hours or all the memory): the model shapes through validate,
 * stats, export (workbook and CSV) and pack; the workbook shapes through import. Each must end
 * with the exit code it would give any such file and a message, not time out. The budget (30 s)
 * is a guard against hangs far above what a run takes (well under a second each here), not a
 * measure of speed: that is {@code releng/benchmark.sh}'s job.
 */
class BudgetTest {

    private static final Duration BUDGET = Duration.ofSeconds(30);
    private static final Path SAMPLE = Path.of(Cli.SAMPLE);

    @TempDir
    static Path dir;

    /** A hostile model: its name, how to make it from the sample's text, and the exit code it gets. */
    private record Shape(String name, java.util.function.UnaryOperator<String> make, int exit) {
    }

    private static final String ROOT = "(<touchline:JourneyModel [^>]*>)";

    private static final List<Shape> MODELS = List.of(
            // EMF recorded each unknown element with a linear search: 35-49 s to load
            new Shape("160000-unknown-elements", text -> text.replaceFirst(ROOT, "$1" + "<future/>".repeat(160_000)), 2),
            // elements nested past the parser's depth limit (on JDK 21-23 they loaded, then the save died)
            new Shape("deep-nesting", text -> text.replaceFirst(ROOT, "$1" + "<x>".repeat(5_000) + "</x>".repeat(5_000)),
                    2),
            // one word of 100,000 characters in a touchpoint's and a department's name: the poster's
            // word wrap was quadratic (past 120 s)
            new Shape("100000-character-word", text -> text
                    .replaceFirst("(<touchpoints [^>]*? name=\")[^\"]*\"", "$1" + "w".repeat(100_000) + "\"")
                    .replaceFirst("(<departments [^>]*? name=\")[^\"]*\"", "$1" + "d".repeat(100_000) + "\""), -1),
            // an emotion scale of the whole int range overflowed the map's drawing
            new Shape("whole-int-emotion-scale", text -> text
                    .replaceFirst("<touchline:JourneyModel ",
                            "<touchline:JourneyModel emotionMin=\"-2147483648\" emotionMax=\"2147483647\" ")
                    .replaceFirst("emotion=\"-1\"", "emotion=\"-2147483648\"")
                    .replaceFirst("emotion=\"1\"", "emotion=\"2147483647\""), -1));

    static Stream<Arguments> modelRuns() throws Exception {
        String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        List<Arguments> runs = new ArrayList<>();
        for (Shape shape : MODELS) {
            Path file = dir.resolve(shape.name() + ".touchline");
            String text = shape.make().apply(sample);
            assertFalse(text.equals(sample), shape.name() + " changed nothing: the sample's shape moved");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            for (String command : List.of("validate", "stats", "export-xlsx", "export-csv", "pack")) {
                runs.add(Arguments.of(shape.name(), command, file, shape.exit()));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("modelRuns")
    void everyCommandEndsWithinItsBudgetOnAHostileModel(String shape, String command, Path file, int exit)
            throws Exception {
        String[] args = switch (command) {
        case "export-xlsx" -> new String[] { "export", file.toString(), "--out", out(shape, command, ".xlsx") };
        case "export-csv" -> new String[] { "export", file.toString(), "--out", out(shape, command, ".csv") };
        case "pack" -> new String[] { "pack", file.toString(), "--out", out(shape, command, ".zip") };
        default -> new String[] { command, file.toString() };
        };
        Cli cli = assertTimeoutPreemptively(BUDGET, () -> Cli.run(args), shape + " " + command + " hung");
        if (exit >= 0) {
            assertEquals(exit, cli.exit(), cli::toString);
        } else {
            assertTrue(cli.exit() == 0 || cli.exit() == 1, "the file is a model: " + cli);
        }
        assertFalse(cli.err().contains("internal error") || cli.err().contains("\tat "), cli::toString);
        if (cli.exit() == 2) {
            assertTrue(cli.err().contains(file.getFileName().toString()), "names the file: " + cli);
        }
    }

    private static String out(String shape, String command, String ending) {
        return dir.resolve(shape + "-" + command + ending).toString();
    }

    static Stream<Arguments> workbooks() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).sorted().map(Arguments::of).toList()
                    .stream();
        }
    }

    /** Every workbook of the corpus (zip bomb, column ZZZZZZ, cells far right...) through import. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void importEndsWithinItsBudgetOnEveryCorpusWorkbook(Path workbook) throws Exception {
        Path model = dir.resolve("import-" + workbook.getFileName() + ".touchline");
        Files.copy(SAMPLE, model);
        Cli cli = assertTimeoutPreemptively(BUDGET, () -> Cli.run("import", model.toString(), workbook.toString(),
                "--dry-run"), workbook + " hung");
        assertEquals(2, cli.exit(), cli::toString);
        assertTrue(cli.err().contains(workbook.getFileName().toString()), cli::toString);
    }
}
