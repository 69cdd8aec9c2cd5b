package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.touchline.model.Element;

/**
 * Whether two maps are the same, the two ways {@link EditorModelTest} compares a map with its
 * oracle: as models, with EMF's {@link EcoreUtil.EqualityHelper} over every feature the file
 * stores (this does not go through the file format, which is itself code under test), and as
 * saved bytes, exactly (a trailing newline is a difference).
 */
final class SameMap {

    private SameMap() {
    }

    /** Fails, saying what differs first, unless {@code actual} equals {@code expected} as a model. */
    static void assertSameModel(EObject expected, EObject actual, String where) {
        String difference = modelDifference(expected, actual);
        if (difference != null) {
            fail(where + ": the models differ: " + difference);
        }
    }

    /**
     * Fails, showing the first line that differs, unless the bytes are equal; both files are
     * written beside the screenshots to diff.
     */
    static void assertSameBytes(byte[] expected, byte[] actual, String where) {
        String difference = byteDifference(expected, actual);
        if (difference == null) {
            return;
        }
        try {
            Path out = Files.createDirectories(Path.of(System.getProperty("touchline.screenshots", "target")));
            Files.write(out.resolve("editor-model-failure-oracle.touchline"), expected);
            Files.write(out.resolve("editor-model-failure-editor.touchline"), actual);
        } catch (java.io.IOException e) {
            // the failure below still says what differs
        }
        fail(where + ": " + difference);
    }

    /** What differs first between the two models (element, feature, both values), or {@code null}. */
    static String modelDifference(EObject expected, EObject actual) {
        Comparison comparison = new Comparison();
        if (comparison.equals(expected, actual)) {
            return null;
        }
        return comparison.first != null ? comparison.first
                : "expected " + describe(expected) + ", was " + describe(actual);
    }

    /** The first line where the bytes differ, both sides shown with their line ends, or {@code null}. */
    static String byteDifference(byte[] expected, byte[] actual) {
        int at = Arrays.mismatch(expected, actual);
        if (at < 0) {
            return null;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (expected[i] == '\n') {
                line++;
            }
        }
        return "line " + line + " differs (byte " + at + ")\n  oracle: " + lineAt(expected, at) + "\n  editor: "
                + lineAt(actual, at);
    }

    /** The line holding byte {@code at}, with its line end, and white space that is easy to miss made visible. */
    private static String lineAt(byte[] bytes, int at) {
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        end = Math.min(end + 1, bytes.length);
        String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        return line.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
                + (end == bytes.length ? " (end of file)" : "");
    }

    private static String describe(Object value) {
        if (value instanceof Element element) {
            return element.eClass().getName() + " " + element.getId();
        }
        if (value instanceof EObject object) {
            return object.eClass().getName();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SameMap::describe).toList().toString();
        }
        return value == null ? "null" : "'" + value + "'";
    }

    /**
     * EMF's comparison, remembering the first feature that differed: the innermost one in the
     * containment tree, but the reference itself (not what differs inside the element it points
     * to) for a cross-reference.
     */
    private static final class Comparison extends EcoreUtil.EqualityHelper {

        private static final long serialVersionUID = 1L;

        String first;
        /** The first difference found inside elements compared through a cross-reference. */
        private String inside;
        private int crossReferences;

        @Override
        protected boolean haveEqualFeature(EObject expected, EObject actual, EStructuralFeature feature) {
            // Transient features are the opposite ends of stored references (a department's owned
            // touchpoints, a metric's measurements): they follow from the stored ends, and their
            // order is kept by neither the file nor undo.
            if (feature.isTransient()) {
                return true;
            }
            boolean equal = super.haveEqualFeature(expected, actual, feature);
            if (!equal && first == null) {
                String was = describe(expected.eGet(feature));
                String is = describe(actual.eGet(feature));
                String difference = describe(expected) + ", " + feature.getName() + ": expected " + was + ", was " + is;
                if (crossReferences > 0) {
                    inside = inside == null ? difference : inside;
                } else {
                    first = difference + (was.equals(is) && inside != null ? " (inside: " + inside + ")" : "");
                }
            }
            return equal;
        }

        @Override
        protected boolean haveEqualReference(EObject expected, EObject actual, EReference reference) {
            if (reference.isContainment()) {
                return super.haveEqualReference(expected, actual, reference);
            }
            crossReferences++;
            try {
                return super.haveEqualReference(expected, actual, reference);
            } finally {
                crossReferences--;
            }
        }
    }
}
