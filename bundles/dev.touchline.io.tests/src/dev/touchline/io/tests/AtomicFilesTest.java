package dev.touchline.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.AtomicFiles;

/**
 * Writes that fail half-way, as on a full disk (CI runs as root on a roomy disk, so the failure is
 * raised by the content writer, at the same point where the operating system's "No space left on
 * device" would surface).
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporary() throws Exception {
        Path file = dir.resolve("map.xlsx");
        Files.writeString(file, "the old version");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[1 << 20]);
            throw new IOException("No space left on device");
        }, true));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("the old version", Files.readString(file));
        assertFalse(Files.exists(AtomicFiles.backupOf(file)), "no backup of an unchanged file");
        assertEquals(List.of("map.xlsx"), names());
    }

    @Test
    void aWriterThatClosesItsStreamStillGetsItsFileSynced() throws Exception {
        Path file = dir.resolve("table.csv");
        AtomicFiles.write(file, out -> {
            try (var w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write("a,b\n");
            }
        }, false);
        assertArrayEquals("a,b\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(List.of("table.csv"), names());
    }

    @Test
    void theReplacedVersionIsKeptAsTheBackup() throws Exception {
        Path file = dir.resolve("model.touchline");
        Files.writeString(file, "v1");
        AtomicFiles.write(file, out -> out.write("v2".getBytes(StandardCharsets.UTF_8)), true);
        assertEquals("v2", Files.readString(file));
        assertEquals("v1", Files.readString(AtomicFiles.backupOf(file)));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
