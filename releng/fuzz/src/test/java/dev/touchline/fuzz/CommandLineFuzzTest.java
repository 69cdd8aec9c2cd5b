package dev.touchline.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.touchline.cli.TouchlineCli;

/**
 * Any command line gets exit code 0, 1 or 2, and an error always has a message; "internal error"
 * (an exception the CLI did not expect) is a finding. Arguments mix the CLI's own words, files from
 * a fixed pool (a model, spreadsheets, a folder, missing and empty files) and arbitrary text;
 * whatever names an output is replaced by a file of the pool, so the fuzzer cannot write elsewhere.
 */
class CommandLineFuzzTest {

    private static final String[] WORDS = { "validate", "stats", "export", "import", "pack", "generate", "help", "--help",
            "-h", "--version", "--format", "text", "json", "sarif", "--fail-on", "error", "warning", "info",
            "--out", "--table", "touchpoints", "measurements", "--force", "--dry-run", "--touchpoints", "--seed",
            "--per-journey", "--", "-", "--rule", "--journey" };

    /** How the CLI reports an exception it did not expect (a fuzzed file name may contain the words too). */
    private static final java.util.regex.Pattern INTERNAL_ERROR = java.util.regex.Pattern
            .compile("(?m)^touchline [a-z]+: internal error \\(");

    private static Path folder;
    private static Path model;
    private static List<Path> pool;
    private static List<Path> outputs;

    @BeforeAll
    static void setUp() throws Exception {
        folder = FuzzFiles.newFolder("touchline-fuzz-cli");
        model = folder.resolve("model.touchline");
        Path empty = Files.createFile(folder.resolve("empty.touchline"));
        Path csv = folder.resolve("sheet.csv");
        Path xlsx = folder.resolve("sheet.xlsx");
        Files.copy(FuzzFiles.SAMPLE, model);
        new TouchlineCli(quiet(), quiet()).run("export", model.toString(), "--out", csv.toString());
        new TouchlineCli(quiet(), quiet()).run("export", model.toString(), "--out", xlsx.toString());
        Path sub = Files.createDirectories(folder.resolve("folder"));
        pool = List.of(model, empty, csv, xlsx, sub, folder.resolve("missing.touchline"), folder.resolve("missing.csv"));
        outputs = List.of(folder.resolve("out.touchline"), folder.resolve("out.xlsx"), folder.resolve("out.csv"),
                folder.resolve("out.pdf"), folder.resolve("out.zip"), model, csv, sub, folder.resolve("no-such-folder/out.xlsx"));
    }

    @AfterAll
    static void tearDown() throws Exception {
        FuzzFiles.delete(folder);
    }

    @FuzzTest(maxDuration = "60s")
    void everyCommandLineGetsAnAnswer(FuzzedDataProvider data) throws Exception {
        Files.copy(FuzzFiles.SAMPLE, model, StandardCopyOption.REPLACE_EXISTING);
        int n = data.consumeInt(0, 8);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String previous = args.isEmpty() ? "" : args.get(args.size() - 1);
            if (previous.equals("--out")) {
                args.add(data.pickValue(outputs).toString());
            } else if (previous.equals("--touchpoints") || previous.equals("--per-journey")) {
                args.add(data.consumeBoolean() ? Integer.toString(data.consumeInt(-5, 500)) : data.consumeString(12));
            } else {
                switch (data.consumeInt(0, 2)) {
                case 0 -> args.add(data.pickValue(WORDS));
                case 1 -> args.add(data.pickValue(pool).toString());
                default -> args.add(safe(data.consumeString(40)));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new TouchlineCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
        String errors = err.toString(StandardCharsets.UTF_8);
        if (code < 0 || code > 2) {
            throw new AssertionError("exit code " + code + " for " + args);
        }
        if (INTERNAL_ERROR.matcher(errors).find()) {
            throw new AssertionError(args + " → " + errors);
        }
        if (code == 2) {
            FuzzFiles.checkMessage(errors, "touchline");
        }
    }

    /** Arbitrary text, except what would name an output or make {@code generate} huge. */
    private static String safe(String text) {
        if (text.startsWith("--out") || text.startsWith("--touchpoints") || text.startsWith("--per-journey")) {
            return "--" + text.substring(5).replace("=", "");
        }
        return text;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
