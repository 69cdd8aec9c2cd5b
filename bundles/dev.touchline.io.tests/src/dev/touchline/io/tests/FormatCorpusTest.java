package dev.touchline.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.TouchlinePackage;

/**
 * Every file an earlier Touchline wrote still loads: {@code corpus/format-X.Y/} holds files as each
 * file format's Touchline saved them (never edited by hand; a new format adds a folder). Each
 * loads with both readers alike, with nothing unknown, and survives a save and a load unchanged;
 * the newest folder's {@code every-feature.touchline} sets every feature of the metamodel of its
 * day, so a feature added later without a corpus file that has it fails here.
 */
class FormatCorpusTest {

    private static final Path CORPUS = Path.of("corpus");

    @TempDir
    Path folder;

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".touchline")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusFileLoadsWholeAndSurvivesASaveAndALoad(Path file) throws Exception {
        JourneyModel direct = ModelFiles.load(file);
        JourneyModel generic = ModelFiles.loadGeneric(file);

        assertTrue(ModelFiles.unknownContent(direct).isEmpty(), file + ": nothing unknown");
        assertTrue(EcoreUtil.equals(direct, generic), file + ": both readers read the same model");
        assertNull(ModelFiles.newerFormat(direct), file + " is no newer than this Touchline");
        Path saved = folder.resolve(file.getFileName());
        ModelFiles.save(direct, saved);
        JourneyModel again = ModelFiles.load(saved);
        assertEquals(ModelFiles.FORMAT_VERSION, again.getFormatVersion(), "a save says which format wrote it");
        again.setFormatVersion(generic.getFormatVersion());
        assertTrue(EcoreUtil.equals(generic, again), file + ": a save and a load change nothing");
    }

    @Test
    void theNewestCorpusSetsEveryFeatureOfItsMetamodel() throws Exception {
        Path newest;
        try (Stream<Path> formats = Files.list(CORPUS)) {
            newest = formats.sorted().reduce((a, b) -> b).orElseThrow();
        }
        JourneyModel every = ModelFiles.load(newest.resolve("every-feature.touchline"));
        List<EObject> all = new ArrayList<>();
        all.add(every);
        for (Iterator<EObject> it = every.eAllContents(); it.hasNext();) {
            all.add(it.next());
        }
        List<String> missing = new ArrayList<>();
        for (EClassifier classifier : TouchlinePackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass type) || type.isAbstract()) {
                continue;
            }
            for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()
                        || feature == TouchlinePackage.Literals.JOURNEY_MODEL__FORMAT_VERSION) {
                    continue;
                }
                boolean set = all.stream().anyMatch(e -> e.eClass() == type && e.eIsSet(feature));
                if (!set) {
                    missing.add(type.getName() + "." + feature.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "features no file of " + newest + " sets: add a corpus folder for the new"
                + " format, with an every-feature.touchline saved by it");
    }

    /** The format 1.0 every-feature file with {@code text} replaced, as a file of its own. */
    private Path everyFeatureWith(String text, String replacement) throws IOException {
        Path file = folder.resolve("changed-" + System.nanoTime() + ".touchline");
        Files.writeString(file, Files.readString(CORPUS.resolve("format-1.0/every-feature.touchline"))
                .replace(text, replacement));
        return file;
    }

    @Test
    void aFileFromANewerMinorFormatLoadsAndSaysSo() throws Exception {
        Path newer = everyFeatureWith("id=\"every-feature\"", "id=\"every-feature\" formatVersion=\"1.7\"");

        JourneyModel model = ModelFiles.load(newer);

        String note = ModelFiles.newerFormat(model);
        assertTrue(note != null && note.contains("newer Touchline (file format 1.7; this version writes "
                + ModelFiles.FORMAT_VERSION + ")"), note);
        ModelFiles.save(model, newer);
        assertEquals("1.7", ModelFiles.load(newer).getFormatVersion(), "its version stays with what it holds");
    }

    @Test
    void aFileFromANewerMajorFormatIsRefusedByName() throws Exception {
        Path newer = everyFeatureWith("http://touchline.dev/journey/1.0", "http://touchline.dev/journey/2.0");

        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.load(newer));

        assertTrue(e.getMessage().contains("was written by another version of Touchline (format"
                + " http://touchline.dev/journey/2.0)"), e.getMessage());
    }
}
