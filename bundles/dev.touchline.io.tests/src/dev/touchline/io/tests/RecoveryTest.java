package dev.touchline.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.io.Recovery;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;

class RecoveryTest {

    @TempDir
    Path work;

    @Test
    void aRecoveryCopyIsFoundRestoredBesideTheOriginalAndNeverOverIt() throws Exception {
        Path original = work.resolve("journeys.touchline");
        ModelFiles.save(SyntheticModel.generate(10, 1), original);
        byte[] before = Files.readAllBytes(original);
        Recovery recovery = new Recovery(work.resolve("recovery"));
        assertEquals(List.of(), recovery.pending(), "nothing before the first copy (and no folder needed)");

        JourneyModel unsaved = SyntheticModel.generate(20, 2);
        recovery.write(original, unsaved);
        recovery.write(original, unsaved);
        List<Recovery.Entry> pending = recovery.pending();
        assertEquals(1, pending.size(), "one copy per file, replaced by later autosaves");
        assertEquals(original, pending.get(0).original());

        Files.writeString(work.resolve("journeys (recovered).touchline"), "someone else's file");
        Path restored = recovery.restore(pending.get(0));
        assertEquals(work.resolve("journeys (recovered 2).touchline"), restored, "an existing name is not reused");
        assertArrayEquals(ModelFiles.toBytes(unsaved), Files.readAllBytes(restored));
        assertArrayEquals(before, Files.readAllBytes(original), "the original is untouched");
        assertEquals("someone else's file", Files.readString(work.resolve("journeys (recovered).touchline")));
        assertNull(recovery.find(original), "restored: the entry is gone");
    }

    @Test
    void discardRemovesTheCopyAndLeftoversThatCannotBeReadAreSkipped() throws Exception {
        Recovery recovery = new Recovery(work.resolve("recovery"));
        Path original = work.resolve("a.touchline");
        recovery.write(original, SyntheticModel.generate(5, 3));
        Files.writeString(recovery.folder().resolve("0123456789abcdef01234567.properties"), "original=/gone\n");
        assertEquals(1, recovery.pending().size(), "a description without its copy is skipped");
        recovery.discard(original);
        assertTrue(recovery.pending().isEmpty());
    }
}
