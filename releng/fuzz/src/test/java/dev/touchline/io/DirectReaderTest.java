package dev.touchline.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.touchline.model.util.TouchlineResource;
import org.junit.jupiter.api.Test;

import dev.touchline.model.synthetic.SyntheticModel;

/**
 * The direct reader really is the one that reads the files Touchline writes (if it gave up on
 * them, loading would still work, only slowly, and no other test would notice), and it really
 * does give up on what it must leave to EMF's generic reader. In the fuzz module because the
 * reader is internal to its bundle: here the bundles are plain jars on the class path.
 */
class DirectReaderTest {

    private static final Path SAMPLE = Path.of("../../samples/northwind-movers.touchline");

    @Test
    void readsTheSampleAndGeneratedModels() throws Exception {
        assertNotNull(DirectReader.read(Files.newInputStream(SAMPLE), 0, new TouchlineResource(null)), "the sample");
        for (int seed = 1; seed <= 3; seed++) {
            byte[] file = ModelFiles.toBytes(SyntheticModel.generate(500 * seed, seed));
            assertNotNull(DirectReader.read(new ByteArrayInputStream(file), file.length, new TouchlineResource(null)), "a generated model, seed " + seed);
        }
    }

    @Test
    void leavesEverythingUnusualToTheGenericReader() throws Exception {
        String sample = Files.readString(SAMPLE);
        String[][] cases = {
                { "unknown attribute", "id=\"tp-reviews\"", "id=\"tp-reviews\" mood=\"calm\"" },
                { "unknown element", "<painPoints id=\"pp-callback-wait\"", "<forecast/><painPoints id=\"pp-callback-wait\"" },
                { "type annotation", "<stages id=\"st-quote\"",
                        "<stages xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"touchline:Stage\" id=\"st-quote\"" },
                { "id used twice", "id=\"tp-reviews\"", "id=\"tp-search-ads\"" },
                { "unresolved reference", "owner=\"dep-it\">", "owner=\"dep-nobody\">" },
                { "reference of the wrong type", "owner=\"dep-it\">", "owner=\"ch-web\">" },
                { "link to another document", "owner=\"dep-it\">", "owner=\"other.touchline#dep-it\">" },
                { "fragment path", "owner=\"dep-it\">", "owner=\"//@departments.0\">" },
                { "value that does not convert", "emotion=\"1\"", "emotion=\"one\"" },
                { "unknown enumeration literal", "severity=\"medium\"", "severity=\"dire\"" },
                { "not a number", "target=\"4.0\"", "target=\"NaN\"" },
                { "text inside an element", "</stages>", "stray text</stages>" },
                { "a line separator, white space to Java but not to XML", "</stages>", "\u2028</stages>" },
                { "reference listed twice", "supporters=\"dep-it\"", "supporters=\"dep-it dep-it\"" },
                { "empty reference list", "supporters=\"dep-it\"", "supporters=\"\"" },
                { "truncated", "</touchline:JourneyModel>", "" },
        };
        for (String[] c : cases) {
            String variant = sample.replaceFirst(java.util.regex.Pattern.quote(c[1]),
                    java.util.regex.Matcher.quoteReplacement(c[2]));
            if (variant.equals(sample)) {
                throw new AssertionError("the case '" + c[0] + "' changes nothing in the sample");
            }
            assertNull(DirectReader.read(new ByteArrayInputStream(variant.getBytes(StandardCharsets.UTF_8)), 0, new TouchlineResource(null)), c[0]);
        }
    }
}
