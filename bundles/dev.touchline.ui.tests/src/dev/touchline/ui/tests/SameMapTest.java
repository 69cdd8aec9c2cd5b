package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Touchpoint;

/** The comparison {@link EditorModelTest} makes of each map with its oracle reports what it should, and only that. */
class SameMapTest {

    private static JourneyModel sample() throws Exception {
        return ModelFiles.load(Path.of("../../samples/northwind-movers.touchline"));
    }

    private static Touchpoint firstTouchpoint(JourneyModel model) {
        return model.getJourneys().get(0).getStages().get(0).getTouchpoints().get(0);
    }

    @TempDir
    Path folder;

    @Test
    void aModelEqualsItsCopyAndItsSavedAndLoadedSelf() throws Exception {
        JourneyModel model = sample();
        assertNull(SameMap.modelDifference(model, EcoreUtil.copy(model)));
        Path file = folder.resolve("saved.touchline");
        ModelFiles.saveCopy(model, file);
        assertNull(SameMap.modelDifference(model, ModelFiles.load(file)));
    }

    @Test
    void oneAttributeThatDiffersIsReportedWithItsElement() throws Exception {
        JourneyModel expected = sample();
        JourneyModel actual = EcoreUtil.copy(expected);
        Touchpoint touchpoint = firstTouchpoint(actual);
        touchpoint.setName(touchpoint.getName() + " ");

        String difference = SameMap.modelDifference(expected, actual);
        assertNotNull(difference, "a name with one more space");
        assertTrue(difference.startsWith("Touchpoint " + touchpoint.getId() + ", name: "), difference);
        assertThrows(AssertionError.class, () -> SameMap.assertSameModel(expected, actual, "test"));
    }

    @Test
    void aReferenceThatDiffersIsReported() throws Exception {
        JourneyModel expected = sample();
        JourneyModel actual = EcoreUtil.copy(expected);
        Touchpoint touchpoint = firstTouchpoint(actual);
        Department other = actual.getDepartments().stream().filter(d -> d != touchpoint.getOwner()).findFirst()
                .orElseThrow();
        touchpoint.setOwner(other);

        String difference = SameMap.modelDifference(expected, actual);
        assertNotNull(difference, "another owner");
        assertTrue(difference.startsWith("Touchpoint " + touchpoint.getId() + ", owner: "), difference);
    }

    /** A backward list (a department's owned touchpoints) is not in the file; its order differs after undo. */
    @Test
    void theOrderOfABackwardListIsNoDifference() throws Exception {
        JourneyModel expected = sample();
        JourneyModel actual = EcoreUtil.copy(expected);
        Department department = actual.getDepartments().stream().filter(d -> d.getOwnedTouchpoints().size() > 1)
                .findFirst().orElseThrow();
        Touchpoint first = department.getOwnedTouchpoints().get(0);
        first.setOwner(null);
        first.setOwner(department); // now last in the department's list
        assertNotEquals(first, department.getOwnedTouchpoints().get(0), "the order really changed");

        assertNull(SameMap.modelDifference(expected, actual));
    }

    @Test
    void anElementReferredToThatDiffersInsideIsReportedAtTheReference() throws Exception {
        JourneyModel expected = sample();
        JourneyModel actual = EcoreUtil.copy(expected);
        Touchpoint touchpoint = firstTouchpoint(actual);
        touchpoint.getOwner().setColor("#000000");

        String difference = SameMap.modelDifference(expected, actual);
        assertNotNull(difference, "the owner's colour");
        assertTrue(difference.contains("color"), difference);
    }

    @Test
    void bytesThatDifferOnlyInATrailingNewlineAreReported() {
        byte[] withNewline = "<a>\n</a>\n".getBytes(StandardCharsets.UTF_8);
        byte[] without = "<a>\n</a>".getBytes(StandardCharsets.UTF_8);

        assertEquals("line 2 differs (byte 8)\n  oracle: </a>\\n (end of file)\n  editor: </a> (end of file)",
                SameMap.byteDifference(withNewline, without));
    }

    @Test
    void bytesThatDifferInALineEndAreReportedVisibly() {
        byte[] unix = "<a>\n</a>\n".getBytes(StandardCharsets.UTF_8);
        byte[] windows = "<a>\r\n</a>\r\n".getBytes(StandardCharsets.UTF_8);

        assertEquals("line 1 differs (byte 3)\n  oracle: <a>\\n\n  editor: <a>\\r\\n", SameMap.byteDifference(unix, windows));
    }

    @Test
    void equalBytesAreNoDifference() {
        byte[] bytes = "<a>\n</a>\n".getBytes(StandardCharsets.UTF_8);
        assertNull(SameMap.byteDifference(bytes, bytes.clone()));
    }
}
