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

/**
 * Any bytes given to the model loader either load, or are refused with a message; a model that
 * loads can be saved, and what is saved loads again. Anything else (an unexpected exception, a
 * stack overflow, a hang) is a finding. Differential too: the loader reads the usual files
 * directly and falls back to EMF's generic reader for the rest, so whatever it loads, the
 * generic reader must load into a model that saves the same bytes.
 */
class ModelLoaderFuzzTest {

    private static Path folder;

    @BeforeAll
    static void setUp() {
        folder = FuzzFiles.newFolder("touchline-fuzz-loader");
    }

    @AfterAll
    static void tearDown() throws Exception {
        FuzzFiles.delete(folder);
    }

    /**
     * Shapes found by hardening rounds two and three, for the fuzzer to combine (round three: the
     * XML 1.1 declaration and the control characters it lets in, NFD sequences, U+2028, NBSP).
     */
    @DictionaryEntries({ "<?xml version=\"1.1\" encoding=\"UTF-8\"?>", "version=\"1.1\"", "&#x1B;", "&#7;", "&#1;",
            "&#xB;", "Cafe\\xCC\\x81", "Caf\\xC3\\xA9", "\\xE2\\x80\\xA8", "&#x2028;", "&#xA;", "\\xC2\\xA0", "\\xEF\\xBB\\xBF",
            "<!-- -->", " href=\"other.touchline#j1\"", "<future/>", " id=\"a b\"", " id=\"a#b\"",
            " id=\"a:b\"", " owner=\"a b\"", "&#x85;", "&#x202E;", "&#13;", "emotionMin=\"-2147483648\"",
            "emotionMax=\"2147483647\"" })
    @FuzzTest(maxDuration = "60s")
    void loadsOrSaysWhy(byte[] bytes) throws Exception {
        Path file = folder.resolve("input.touchline");
        Files.write(file, bytes);
        JourneyModel model;
        try {
            model = ModelFiles.load(file);
        } catch (ModelFileException e) {
            FuzzFiles.checkMessage(e.getMessage(), file.toString());
            return;
        }
        JourneyModel generic;
        try {
            generic = ModelFiles.loadGeneric(file);
        } catch (ModelFileException e) {
            throw new AssertionError("the direct reader accepted a file the generic reader refuses: " + e.getMessage(), e);
        }
        // compared before saving: saving gives elements without an id a random one
        if (!org.eclipse.emf.ecore.util.EcoreUtil.equals(generic, model)
                || !describe(ModelFiles.unknownContent(generic)).equals(describe(ModelFiles.unknownContent(model)))) {
            throw new AssertionError("the direct and the generic reader read this file into different models");
        }
        byte[] saved = ModelFiles.toBytes(model);
        Path again = folder.resolve("saved.touchline");
        Files.write(again, saved);
        try {
            ModelFiles.load(again);
        } catch (ModelFileException e) {
            throw new AssertionError("a model that loaded was saved into a file that does not load: " + e.getMessage(), e);
        }
    }

    private static java.util.List<String> describe(java.util.List<ModelFiles.UnknownContent> unknown) {
        return unknown.stream().map(ModelFiles.UnknownContent::describe).toList();
    }
}
