package dev.touchline.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;

/**
 * Kills a process with SIGKILL in the middle of saving, many times over, and checks that the file
 * on disk always loads as the old or the new model (never as half of one), and so does its backup.
 */
class KillDuringSaveTest {

    private static final int KILLS = Integer.getInteger("touchline.kills", 20);

    @TempDir
    Path folder;

    @Test
    void aProcessKilledWhileSavingNeverLeavesAHalfWrittenFile() throws Exception {
        Path first = folder.resolve("first.touchline");
        Path second = folder.resolve("second.touchline");
        ModelFiles.save(SyntheticModel.generate(2000, 11), first);
        ModelFiles.save(SyntheticModel.generate(2000, 12), second);
        String firstText = Files.readString(first);
        String secondText = Files.readString(second);
        Path target = folder.resolve("journeys.touchline");
        Files.copy(first, target);

        Random random = new Random(2026);
        int killedMidWrite = 0;
        for (int round = 0; round < KILLS; round++) {
            Process process = new ProcessBuilder(javaExecutable(), "-cp", classpath(), SaveLoop.class.getName(),
                    first.toString(), second.toString(), target.toString()).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            if (!"saving".equals(line)) {
                process.destroyForcibly();
                fail("the save loop did not start: " + line + "\n" + String.join("\n", out.lines().toList()));
            }
            Thread.sleep(5 + random.nextInt(400));
            process.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
            if (hasTemporary(target)) {
                killedMidWrite++;
            }
            String onDisk = text(ModelFiles.load(target));
            assertTrue(onDisk.equals(firstText) || onDisk.equals(secondText),
                    "round " + round + ": the file is neither version");
            Path backup = ModelFiles.backupOf(target);
            if (Files.exists(backup)) {
                String backedUp = text(ModelFiles.load(backup));
                assertTrue(backedUp.equals(firstText) || backedUp.equals(secondText), "round " + round + ": backup");
            }
        }
        System.out.println("KillDuringSaveTest: " + KILLS + " kills, " + killedMidWrite
                + " of them left a temporary file behind (killed mid-write)");
        assertTrue(killedMidWrite > 0, "at least one kill must land in the middle of a write to prove anything");
        // The next save cleans up what killed saves left.
        JourneyModel model = ModelFiles.load(target);
        ModelFiles.save(model, target);
        assertEquals(List.of(), temporaries(target));
    }

    private static String text(JourneyModel model) throws java.io.IOException {
        return new String(ModelFiles.toBytes(model), StandardCharsets.UTF_8);
    }

    private static boolean hasTemporary(Path target) throws Exception {
        return !temporaries(target).isEmpty();
    }

    private static List<Path> temporaries(Path target) throws Exception {
        try (var entries = Files.list(target.getParent())) {
            return entries.filter(p -> p.getFileName().toString().startsWith("." + target.getFileName()))
                    .toList();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    }

    /** The classpath of the bundles the save loop needs, read off where their classes come from. */
    private static String classpath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(SaveLoop.class, ModelFiles.class, JourneyModel.class, EObject.class,
                URI.class, XMIResource.class)) {
            File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            File classes = new File(location, "target/classes");
            entries.add((location.isDirectory() && classes.isDirectory() ? classes : location).getPath());
        }
        List<String> list = new ArrayList<>(entries);
        return String.join(File.pathSeparator, list);
    }
}
