package dev.touchline.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.sheet.SheetImport;

/**
 * Any bytes imported as a spreadsheet (a workbook when they start like a zip file, else CSV) are
 * either refused with a message, or give changes that, applied to the sample, leave a model that
 * saves and loads again. Anything else is a finding.
 */
class SheetImportFuzzTest {

    private static Path folder;
    private static JourneyModel sample;

    @BeforeAll
    static void setUp() throws Exception {
        folder = FuzzFiles.newFolder("touchline-fuzz-sheet");
        sample = ModelFiles.load(FuzzFiles.SAMPLE);
    }

    @AfterAll
    static void tearDown() throws Exception {
        FuzzFiles.delete(folder);
    }

    /** Shapes found by hardening rounds two and three (NFD and NFC spellings, U+2028, NBSP), for the fuzzer to combine. */
    @DictionaryEntries({ "Cafe\\xCC\\x81", "Caf\\xC3\\xA9", "\\xE2\\x80\\xA8", "\\xE2\\x80\\xA9", "\\xC2\\xA0", "\\xEF\\xBB\\xBF",
            "\"1,000\"", "1.000,5", "3,75", "95 %", "0.0%", "'=", "'@Home", "\"Sales; IT\"", ";",
            "<mergeCell ref=\"H2:H4\"/>", "<mergeCells count=\"1\">", " r=\"ZZZZZZ1\"", " r=\"XFD1048576\"",
            "<row r=\"2000000\">", "numFmtId=\"14\"", " r='ZZZZZZ1'", "\\x09r=\"XFD1\"", "r=\"&#90;ZZ1\"", "<x:c ",
            "r=\"$A$1\"", "<!DOCTYPE", "\\x0D\\x0A", "\\x09" }) // libFuzzer's escapes: a raw line break ends an entry
    @FuzzTest(maxDuration = "60s")
    void importsOrSaysWhy(byte[] bytes) throws Exception {
        boolean zip = bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        Path sheet = folder.resolve(zip ? "input.xlsx" : "input.csv");
        Files.write(sheet, bytes);
        SheetImport.Plan plan;
        try {
            plan = SheetImport.plan(sample, sheet);
        } catch (ModelFileException e) {
            FuzzFiles.checkMessage(e.getMessage(), sheet.toString());
            return;
        }
        if (plan.edits().isEmpty()) {
            return;
        }
        JourneyModel model = ModelFiles.load(FuzzFiles.SAMPLE);
        SheetImport.plan(model, sheet).apply();
        Path saved = folder.resolve("saved.touchline");
        ModelFiles.save(model, saved);
        try {
            ModelFiles.load(saved);
        } catch (ModelFileException e) {
            throw new AssertionError("an import gave a model that does not load after saving: " + e.getMessage(), e);
        }
    }
}
