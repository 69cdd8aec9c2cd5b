package dev.touchline.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.synthetic.SyntheticModel;

class ModelFilesTest {

    static final Path SAMPLE = Path.of("../../samples/northwind-movers.touchline");

    @TempDir
    Path dir;

    @Test
    void theSampleLoadsWithItsReferencesResolved() throws Exception {
        JourneyModel model = ModelFiles.load(SAMPLE);
        assertEquals("Northwind Movers", model.getName());
        List<Touchpoint> touchpoints = touchpoints(model);
        assertEquals(30, touchpoints.size());
        Touchpoint crew = touchpoints.stream().filter(t -> t.getId().equals("tp-crew-arrives")).findFirst().orElseThrow();
        assertEquals("Field Operations", crew.getOwner().getName());
        assertEquals("HR", crew.getSupporters().get(0).getName());
        assertEquals("On-time arrival", crew.getMeasurements().get(0).getMetric().getName());
        assertTrue(crew.getOwner().getOwnedTouchpoints().contains(crew), "inverse references are rebuilt on load");
    }

    @Test
    void theSampleIsStoredExactlyAsTouchlineSavesIt() throws Exception {
        assertArrayEquals(Files.readAllBytes(SAMPLE), ModelFiles.toBytes(ModelFiles.load(SAMPLE)),
                "loading and saving the sample changes no byte");
    }

    @Test
    void saveThenLoadGivesAnEqualModel() throws Exception {
        JourneyModel model = SyntheticModel.generate(1_500, 9);
        Path file = dir.resolve("round.touchline");
        ModelFiles.save(model, file);
        JourneyModel loaded = ModelFiles.load(file);
        assertTrue(EcoreUtil.equals(model, loaded), "the loaded model equals the saved one");
        assertArrayEquals(Files.readAllBytes(file), ModelFiles.toBytes(loaded), "saving is deterministic");
    }

    @Test
    void saveReplacesTheOldFileKeepsItAsBackupAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("model.touchline");
        ModelFiles.save(SyntheticModel.generate(10, 1), file);
        assertEquals(List.of(file), list(dir), "a first save has nothing to back up");
        byte[] first = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        JourneyModel second = SyntheticModel.generate(20, 2);
        ModelFiles.save(second, file);
        assertEquals(20, touchpoints(ModelFiles.load(file)).size());
        Path backup = ModelFiles.backupOf(file);
        assertEquals(dir.resolve("model.touchline.bak"), backup);
        assertEquals(List.of(file, backup), list(dir));
        assertArrayEquals(first, Files.readAllBytes(backup), "the previous version is kept as the backup");
        ModelFiles.save(second, file);
        assertArrayEquals(first, Files.readAllBytes(backup), "saving the same model again keeps the older backup");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "the file keeps its permissions");
    }

    @Test
    void aFailedSaveLeavesTheOldFileUntouched() throws Exception {
        Path file = dir.resolve("model.touchline");
        ModelFiles.save(SyntheticModel.generate(10, 1), file);
        byte[] before = Files.readAllBytes(file);

        JourneyModel broken = SyntheticModel.generate(10, 1);
        Department stray = TouchlineFactory.eINSTANCE.createDepartment(); // in no model: cannot be referenced
        stray.setId("dep-stray");
        touchpoints(broken).get(0).setOwner(stray);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.save(broken, file));

        assertTrue(e.problem().startsWith("could not be saved"), e.getMessage());
        // Only Touchline's own edits make such a model: it says so, and does not blame the disk.
        assertTrue(e.problem().contains("bug in Touchline")
                && e.problem().contains("not part of the model"), e.getMessage());
        assertTrue(e.remedy().contains("file on disk is unchanged"), e.getMessage());
        assertFalse(e.getMessage().contains("disk has space"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), list(dir), "no temporary file is left behind");
    }

    /** An infinite actual loaded nowhere: writing it would give a file that Touchline refuses to open. */
    @Test
    void aValueThatCouldNotBeReadBackIsNotSaved() throws Exception {
        Path file = dir.resolve("model.touchline");
        JourneyModel model = SyntheticModel.generate(10, 1);
        ModelFiles.save(model, file);
        byte[] before = Files.readAllBytes(file);
        var measurement = touchpoints(model).stream().flatMap(t -> t.getMeasurements().stream()).findFirst().get();
        measurement.setActual(Double.POSITIVE_INFINITY);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.save(model, file));
        assertTrue(e.problem().contains("the actual of"), e.getMessage());
        assertTrue(e.problem().contains("Infinity, which Touchline cannot read back"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void saveIntoAMissingFolderSaysSo() {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.save(SyntheticModel.generate(1, 1), dir.resolve("no/such/folder/m.touchline")));
        assertTrue(e.problem().contains("does not exist"), e.getMessage());
    }

    @Test
    void saveGivesNewElementsIds() throws Exception {
        JourneyModel model = SyntheticModel.generate(6, 1);
        Stage stage = model.getJourneys().get(0).getStages().get(0);
        Touchpoint fresh = TouchlineFactory.eINSTANCE.createTouchpoint();
        fresh.setName("New touchpoint");
        stage.getTouchpoints().add(fresh);
        ModelFiles.save(model, dir.resolve("ids.touchline"));
        assertNotNull(fresh.getId());
        assertTrue(fresh.getId().startsWith("tp-"), fresh.getId());
    }

    @Test
    void emojiRightToLeftAndCombiningMarksRoundTrip() throws Exception {
        JourneyModel model = SyntheticModel.generate(6, 1);
        String[] names = { "Umzug \uD83D\uDE9A\uD83D\uDCE6 geplant", "\u05D4\u05D5\u05D1\u05DC\u05D4 \u05DC\u05D1\u05D9\u05EA",
                "\u0645\u0631\u062D\u0628\u0627 123", "Cafe\u0301 \u0938\u094D\u0924\u0947", "\"quotes\" & <angles>" };
        List<Touchpoint> touchpoints = touchpoints(model);
        for (int i = 0; i < names.length; i++) {
            touchpoints.get(i).setName(names[i]);
        }
        Path file = dir.resolve("unicode.touchline");
        ModelFiles.save(model, file);
        List<Touchpoint> loaded = touchpoints(ModelFiles.load(file));
        for (int i = 0; i < names.length; i++) {
            assertEquals(names[i], loaded.get(i).getName());
        }
    }

    static List<Touchpoint> touchpoints(JourneyModel model) {
        return model.getJourneys().stream().flatMap(j -> j.getStages().stream())
                .flatMap(s -> s.getTouchpoints().stream()).toList();
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /**
     * Hardening round three: a save that the file system refuses (a read-only disk) named the
     * temporary file instead of the model. CI runs as root, which permissions do not stop; an
     * immutable folder (chattr +i, ext4) refuses even root, by the same path as a read-only disk.
     */
    @Test
    void aSaveTheFileSystemRefusesNamesTheModelNotATemporary() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("model.touchline");
        JourneyModel model = SyntheticModel.generate(5, 5, 1);
        ModelFiles.save(model, file);
        byte[] before = Files.readAllBytes(file);
        org.junit.jupiter.api.Assumptions.assumeTrue(chattr("+i", folder), "chattr +i works here (ext4, root)");
        try {
            model.setName("changed");
            ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.save(model, file));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertFalse(e.getMessage().contains(".tmp"), "no temporary named: " + e.getMessage());
            assertTrue(e.problem().contains("Operation not permitted") && e.problem().contains(file.toString()),
                    e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            chattr("-i", folder);
        }
    }

    private static boolean chattr(String flag, Path folder) {
        try {
            return new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
