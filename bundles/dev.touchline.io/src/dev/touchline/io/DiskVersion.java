package dev.touchline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

import dev.touchline.model.JourneyModel;

/**
 * The file a model was read from (or last saved to) and the SHA-256 of its bytes then, kept on
 * the model's resource, so that {@link ModelFiles#save} can tell whether the file changed on disk
 * since.
 */
final class DiskVersion extends AdapterImpl {

    private final Path file;
    private byte[] sha256;
    /** XML comments in the bytes read (EMF drops them on save). */
    int comments;

    private DiskVersion(Path file, byte[] sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Records that {@code model} matches the bytes of {@code file} with this digest. */
    static DiskVersion remember(JourneyModel model, Path file, byte[] sha256) {
        Resource resource = model.eResource();
        if (resource == null) {
            return new DiskVersion(file, sha256);
        }
        Path real;
        try {
            real = AtomicFiles.resolve(file);
        } catch (IOException e) {
            real = file.toAbsolutePath().normalize();
        }
        resource.eAdapters().removeIf(DiskVersion.class::isInstance);
        DiskVersion version = new DiskVersion(real, sha256);
        resource.eAdapters().add(version);
        return version;
    }

    /** The version {@code model} was read from, or {@code null} (a model built in memory). */
    static DiskVersion of(JourneyModel model) {
        Resource resource = model.eResource();
        if (resource != null) {
            for (var adapter : resource.eAdapters()) {
                if (adapter instanceof DiskVersion version) {
                    return version;
                }
            }
        }
        return null;
    }

    /** Whether {@code real} (links followed) is the file this version is of. */
    boolean isOf(Path real) {
        return file.equals(real.toAbsolutePath().normalize());
    }

    /**
     * Whether the file's bytes differ from the version read. A file that is gone has not changed
     * in a way a save could lose (saving writes it again).
     */
    boolean changedOnDisk() throws IOException {
        byte[] now = hash(file);
        return now != null && !Arrays.equals(now, sha256);
    }

    /** Takes the file's current bytes as the version read. */
    void refresh() {
        try {
            byte[] now = hash(file);
            if (now != null) {
                sha256 = now;
            }
        } catch (IOException e) {
            // unreadable now: the next save reports it
        }
    }

    private static byte[] hash(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            return null;
        }
        return digest.digest();
    }
}
