package dev.touchline.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.Element;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.synthetic.SyntheticModel;

/**
 * Whatever Touchline saves, it loads: generated models get arbitrary ids and names (spaces, '#',
 * ':', XML's special characters, control characters, emoji, lone surrogates); each is saved and
 * loaded again. Oracle: the save succeeds exactly when every id can be referred to and every text
 * can be written as XML, and then the loaded model equals the saved one; otherwise the save is
 * refused with a message naming the element, and the file is not written.
 */
class SaveLoadPropertyTest {

    private static final String[] PIECES = { "a", "Z", "0", "-", "_", ".", "é", "物", "😀", " ", "\t", "#", "/", "?", ":",
            "&", "<", ">", "\"", "'", "=", "\u0000", "\u0001", "\u001b", "\u0085", "\u202e", "\ud800", "\ufffe", "\n",
            "\r", "]]>", "&amp;", "x y", "%" };

    @TempDir
    Path dir;

    @Test
    void everyModelTouchlineSavesLoadsAgainUnchanged() throws Exception {
        int saved = 0;
        int refused = 0;
        for (long seed = 1; seed <= 150; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            JourneyModel model = SyntheticModel.generate(12, 6, seed);
            List<Element> elements = new ArrayList<>();
            model.eAllContents().forEachRemaining(o -> {
                if (o instanceof Element e) {
                    elements.add(e);
                }
            });
            java.util.Set<String> ids = new java.util.HashSet<>();
            elements.forEach(e -> ids.add(e.getId()));
            int changes = 1 + random.nextInt(3);
            for (int i = 0; i < changes; i++) {
                Element e = elements.get(random.nextInt(elements.size()));
                String text = text(random);
                if (random.nextBoolean()) {
                    if (ids.add(text)) { // ids stay unique: duplicates are refused elsewhere
                        ids.remove(e.getId());
                        e.setId(text);
                    }
                } else if (e instanceof dev.touchline.model.NamedElement named) {
                    named.setName(text);
                } else if (e instanceof Touchpoint t) {
                    t.setDescription(text);
                }
            }
            String expectedProblem = problem(model);
            Path file = dir.resolve("seed-" + seed + ".touchline");
            try {
                ModelFiles.save(model, file);
            } catch (ModelFileException e) {
                assertTrue(expectedProblem != null, "seed " + seed + ": refused a model the oracle finds fine: "
                        + e.getMessage());
                assertTrue(e.getMessage().contains("cannot read back"), "seed " + seed + ": " + e.getMessage());
                assertTrue(!java.nio.file.Files.exists(file), "seed " + seed + ": nothing written");
                refused++;
                continue;
            }
            if (expectedProblem != null) {
                fail("seed " + seed + ": saved a model with " + expectedProblem);
            }
            JourneyModel loaded;
            try {
                loaded = ModelFiles.load(file);
            } catch (ModelFileException e) {
                fail("seed " + seed + ": Touchline saved a file it does not load: " + e.getMessage());
                return;
            }
            assertTrue(EcoreUtil.equals(model, loaded), "seed " + seed + ": the loaded model equals the saved one");
            assertEquals(ModelFiles.toBytes(model).length, ModelFiles.toBytes(loaded).length, "seed " + seed);
            saved++;
        }
        assertTrue(saved > 20 && refused > 20, "the search met both outcomes: " + saved + " saved, " + refused
                + " refused");
    }

    private static String text(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    /** What should keep the model from being saved (the oracle, written from XML 1.0 and EMF's id rules). */
    private static String problem(JourneyModel model) {
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Element e && e.getId() != null && !e.getId().isBlank()) { // blank: a new id on save
                for (char c : e.getId().toCharArray()) {
                    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "#/?:".indexOf(c) >= 0
                            || Character.isISOControl(c)) {
                        return "id '" + e.getId() + "'";
                    }
                }
                if (!xml(e.getId())) {
                    return "id '" + e.getId() + "'";
                }
            }
            for (EAttribute a : o.eClass().getEAllAttributes()) {
                if (o.eGet(a) instanceof String text && !xml(text)) {
                    return a.getName() + " '" + text + "'";
                }
            }
        }
        return null;
    }

    /** Whether XML 1.0 can hold the text. */
    private static boolean xml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean ok = c == 0x9 || c == 0xa || c == 0xd || c >= 0x20 && c <= 0xd7ff || c >= 0xe000 && c <= 0xfffd;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
