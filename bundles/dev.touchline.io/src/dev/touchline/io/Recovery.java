package dev.touchline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import dev.touchline.model.JourneyModel;

/**
 * Recovery copies of unsaved work: the editor writes one for a dirty model every few seconds, and
 * removes it when the model is saved or its changes are discarded. A copy still there when
 * Touchline starts means the last session ended without saving (a crash, a kill, a power cut),
 * and is offered back to the user. Copies live in their own folder, never next to the user's
 * files, and are written with the same atomic save as models.
 */
public final class Recovery {

    /** One recovery copy: the file it belongs to, the copy, and when it was written. */
    public record Entry(Path original, Path copy, Instant savedAt) {
    }

    private final Path folder;

    /** Recovery copies in {@code folder} (created when the first copy is written). */
    public Recovery(Path folder) {
        this.folder = folder;
    }

    /**
     * The default place: {@code ~/.touchline/recovery}, or the folder named by the system
     * property {@code touchline.recovery}.
     */
    public static Recovery standard() {
        String configured = System.getProperty("touchline.recovery");
        return new Recovery(configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".touchline", "recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Writes (or replaces) the recovery copy of the model being edited in {@code original}. */
    public void write(Path original, JourneyModel model) throws ModelFileException, IOException {
        Files.createDirectories(folder);
        String key = key(original);
        ModelFiles.saveCopy(model, folder.resolve(key + ".touchline"));
        Properties info = new Properties();
        info.setProperty("original", original.toAbsolutePath().normalize().toString());
        info.setProperty("savedAt", Instant.now().toString());
        Path temporary = Files.createTempFile(folder, "." + key, ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            info.store(out, "Touchline recovery copy");
        }
        Files.move(temporary, folder.resolve(key + ".properties"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes the recovery copy of {@code original}, if any. */
    public void discard(Path original) throws IOException {
        String key = key(original);
        Files.deleteIfExists(folder.resolve(key + ".properties"));
        Files.deleteIfExists(folder.resolve(key + ".touchline"));
        Files.deleteIfExists(folder.resolve(key + ".touchline.bak"));
    }

    /** The recovery copy of {@code original}, or {@code null}. */
    public Entry find(Path original) throws IOException {
        for (Entry entry : pending()) {
            if (entry.original().equals(original.toAbsolutePath().normalize())) {
                return entry;
            }
        }
        return null;
    }

    /** Every recovery copy left, oldest first; unreadable leftovers are skipped. */
    public List<Entry> pending() throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path info : files.filter(p -> p.getFileName().toString().endsWith(".properties")).toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(info)) {
                    properties.load(in);
                } catch (IOException e) {
                    continue;
                }
                String name = info.getFileName().toString();
                Path copy = folder.resolve(name.substring(0, name.length() - ".properties".length()) + ".touchline");
                String original = properties.getProperty("original");
                if (original != null && Files.isRegularFile(copy)) {
                    entries.add(new Entry(Path.of(original), copy, parse(properties.getProperty("savedAt"))));
                }
            }
        }
        entries.sort((a, b) -> a.savedAt().compareTo(b.savedAt()));
        return entries;
    }

    /**
     * Copies a recovery copy next to its original as {@code NAME (recovered).touchline} (with a
     * number when that exists too), never over the original, and removes the recovery entry.
     */
    public Path restore(Entry entry) throws IOException {
        Path original = entry.original();
        Path folderOfOriginal = original.getParent() != null && Files.isDirectory(original.getParent())
                ? original.getParent() : Path.of(System.getProperty("user.home"));
        String name = original.getFileName().toString();
        String stem = name.endsWith(".touchline") ? name.substring(0, name.length() - ".touchline".length()) : name;
        Path target = folderOfOriginal.resolve(stem + " (recovered).touchline");
        for (int n = 2; Files.exists(target); n++) {
            target = folderOfOriginal.resolve(stem + " (recovered " + n + ").touchline");
        }
        Files.copy(entry.copy(), target);
        discard(original);
        return target;
    }

    private static Instant parse(String value) {
        try {
            return value == null ? Instant.EPOCH : Instant.parse(value);
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    private static String key(Path original) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(original.toAbsolutePath().normalize()
                    .toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
