package dev.touchline.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.AtomicFiles;
import dev.touchline.io.FileChangedException;
import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.synthetic.SyntheticModel;

/**
 * Writers that meet: two saves of one model file, another save's temporary file, links, special
 * files, another user's file. No edit is ever lost silently.
 */
class WritersTest {

    @TempDir
    Path dir;

    /**
     * Two writers load the same model and each adds its own touchpoint, then both save at the
     * same moment, 50 rounds. Oracle: the file holds both edits only if they saved one after the
     * other; otherwise exactly one save is refused ({@link FileChangedException}) and the file
     * holds the other's edit; never both "saved" with an edit missing.
     */
    @Test
    void twoWritersNeverSilentlyLoseAnEdit() throws Exception {
        Path file = dir.resolve("shared.touchline");
        ModelFiles.save(SyntheticModel.generate(200, 7), file);
        int refused = 0;
        for (int round = 0; round < 50; round++) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<AtomicReference<Object>> outcomes = List.of(new AtomicReference<>(), new AtomicReference<>());
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                String name = "round " + round + " writer " + writer;
                writers.add(Thread.ofPlatform().start(() -> {
                    try {
                        JourneyModel model = ModelFiles.load(file);
                        add(model, name);
                        together.await();
                        ModelFiles.save(model, file);
                        outcomes.get(writer).set("saved");
                    } catch (Throwable e) {
                        outcomes.get(writer).set(e);
                    }
                }));
            }
            for (Thread t : writers) {
                t.join();
            }
            List<String> names = names(ModelFiles.load(file));
            for (int w = 0; w < 2; w++) {
                Object outcome = outcomes.get(w).get();
                String name = "round " + round + " writer " + w;
                if ("saved".equals(outcome)) {
                    assertTrue(names.contains(name), name + " said saved, so its edit is in the file");
                } else {
                    assertInstanceOf(FileChangedException.class, outcome, name);
                    assertFalse(names.contains(name));
                    refused++;
                }
            }
            assertFalse("saved".equals(outcomes.get(0).get()) && "saved".equals(outcomes.get(1).get()),
                    "round " + round + ": both loaded the same version, so one of them must be refused");
            assertEquals(List.of("shared.touchline", "shared.touchline.bak"), files(),
                    "round " + round + ": no temporary or lock file left");
        }
        assertEquals(50, refused, "one refusal per round");
    }

    @Test
    void aFileChangedSinceItWasReadIsNotOverwrittenUntilTheUserSaysSo() throws Exception {
        Path file = dir.resolve("map.touchline");
        ModelFiles.save(SyntheticModel.generate(20, 3), file);
        JourneyModel mine = ModelFiles.load(file);
        JourneyModel theirs = ModelFiles.load(file);
        add(theirs, "theirs");
        ModelFiles.save(theirs, file);
        byte[] onDisk = Files.readAllBytes(file);
        add(mine, "mine");

        ModelFileException e = assertThrows(FileChangedException.class, () -> ModelFiles.save(mine, file));

        assertTrue(e.getMessage().contains("changed on disk since Touchline read it"), e.getMessage());
        assertArrayEquals(onDisk, Files.readAllBytes(file), "nothing written");
        ModelFiles.acceptDiskVersion(mine);
        ModelFiles.save(mine, file);
        assertTrue(names(ModelFiles.load(file)).contains("mine"));
        add(mine, "mine again");
        ModelFiles.save(mine, file); // the model now matches the file it saved: no refusal
        ModelFiles.saveCopy(theirs, dir.resolve("copy.touchline")); // a copy never checks or moves
        ModelFiles.save(mine, file);
    }

    @Test
    void anotherSavesTemporaryFileIsLeftAloneAndADeadOnesIsCleanedUp() throws Exception {
        Path file = dir.resolve("map.csv");
        Path live = dir.resolve(".map.csv.p" + ProcessHandle.current().pid() + "-1234.tmp");
        Files.writeString(live, "another save still writing");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = dir.resolve(".map.csv.p" + gone.pid() + "-99.tmp");
        Files.writeString(dead, "left by a killed save");
        Path foreign = dir.resolve(".map.csv.notours.tmp");
        Files.writeString(foreign, "someone else's");

        AtomicFiles.write(file, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)), false);

        assertTrue(Files.exists(live), "a running writer's temporary stays");
        assertFalse(Files.exists(dead), "a dead writer's temporary is removed");
        assertTrue(Files.exists(foreign), "files that are not Touchline's temporaries stay");
    }

    @Test
    void aLinkIsSavedThroughAndStaysALink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("shared")).resolve("model.touchline");
        ModelFiles.save(SyntheticModel.generate(10, 1), real);
        Path link = dir.resolve("link.touchline");
        Files.createSymbolicLink(link, Path.of("shared/model.touchline"));
        JourneyModel model = ModelFiles.load(link);
        add(model, "through the link");

        ModelFiles.save(model, link);

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(names(ModelFiles.load(real)).contains("through the link"), "the real file got the edit");
        assertTrue(Files.exists(real.resolveSibling("model.touchline.bak")), "the backup is beside the real file");
    }

    @Test
    void aFifoOrADeviceIsNeverReplacedByAPlainFile() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path toDevice = dir.resolve("null.csv");
        Files.createSymbolicLink(toDevice, Path.of("/dev/null"));
        for (Path target : List.of(fifo, toDevice)) {
            var e = assertThrows(AtomicFiles.NotARegularFileException.class,
                    () -> AtomicFiles.write(target, out -> out.write('x'), false));
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        }
        assertTrue(Files.readAttributes(fifo, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(),
                "still a FIFO");
        assertTrue(Files.readAttributes(Path.of("/dev/null"), PosixFileAttributes.class).isOther(),
                "/dev/null is still a device");
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.save(SyntheticModel.generate(5, 1), fifo));
        assertTrue(e.getMessage().contains("cannot be saved: it is a FIFO, socket or device"), e.getMessage());
        assertEquals(List.of("null.csv", "pipe.csv"), files(), "no temporary left");
    }

    /**
     * The lock that holds two saves apart lives in the user's own folder (it was in a folder of
     * the temporary folder that every user could write, and Touchline made the lock files and
     * folder writable by all, following links: another user could hold saves off or plant a link
     * that made a save widen the permissions of a file of theirs). A link planted where a lock
     * file goes is not followed, and the save still goes on.
     */
    @Test
    void theLockOfTwoWritersIsPrivateAndFollowsNoLink() throws Exception {
        Path locks = dir.resolve("home").resolve("locks");
        String before = System.setProperty("touchline.locks", locks.toString());
        try {
            Path file = dir.resolve("mine.touchline");
            ModelFiles.save(SyntheticModel.generate(10, 1), file);
            JourneyModel model = ModelFiles.load(file);
            add(model, "first");
            ModelFiles.save(model, file);
            Path lock = AtomicFiles.lockFileOf(file);
            assertEquals(locks, lock.getParent());
            assertEquals("rwx------", permissions(locks), "only the user may enter the lock folder");
            assertEquals("rw-------", permissions(lock), "only the user may open a lock file");

            Path victim = dir.resolve("victim.txt");
            Files.writeString(victim, "keep");
            Files.setPosixFilePermissions(victim, java.nio.file.attribute.PosixFilePermissions.fromString("r--------"));
            Files.delete(lock);
            Files.createSymbolicLink(lock, victim);
            add(model, "second");
            ModelFiles.save(model, file);

            assertTrue(names(ModelFiles.load(file)).contains("second"), "the save went on");
            assertTrue(Files.isSymbolicLink(lock), "the planted link is left as it is");
            assertEquals("keep", Files.readString(victim));
            assertEquals("r--------", permissions(victim), "the link's target is not touched");
        } finally {
            if (before == null) {
                System.clearProperty("touchline.locks");
            } else {
                System.setProperty("touchline.locks", before);
            }
        }
    }

    private static String permissions(Path path) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    /** Runs where the tests run as root (CI): a colleague's shared file keeps its owner and group. */
    @Test
    void anotherUsersFileKeepsItsOwnerAndGroup() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to give files away");
        Path file = dir.resolve("team.touchline");
        ModelFiles.save(SyntheticModel.generate(10, 1), file);
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody = users.lookupPrincipalByName("nobody");
        GroupPrincipal group = users.lookupPrincipalByGroupName("nogroup");
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(group);
        JourneyModel model = ModelFiles.load(file);
        add(model, "edited by root");

        List<String> notes = ModelFiles.save(model, file);

        assertEquals(List.of(), notes);
        PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
        assertEquals(nobody, after.owner());
        assertEquals(group, after.group());
    }

    private static void add(JourneyModel model, String name) {
        Touchpoint tp = TouchlineFactory.eINSTANCE.createTouchpoint();
        tp.setName(name);
        Stage stage = model.getJourneys().get(0).getStages().get(0);
        stage.getTouchpoints().add(tp);
    }

    private static List<String> names(JourneyModel model) {
        List<String> names = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Touchpoint t) {
                names.add(t.getName());
            }
        });
        return names;
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
