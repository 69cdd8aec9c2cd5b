package dev.touchline.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.touchline.model.JourneyModel;
import dev.touchline.model.util.ElementIds;
import dev.touchline.model.util.ElementPaths;
import dev.touchline.model.util.ModelIntegrity;
import dev.touchline.model.util.TouchlineResourceFactory;

/**
 * The one place where Touchline models are read from and written to files. Loading uses the
 * fast, safe options of {@link TouchlineResourceFactory} and turns every failure into a
 * {@link ModelFileException} that names the file, the line and what to do. Saving is atomic: the
 * model is written to a temporary file in the same folder, flushed to disk and renamed over the
 * old file, so a failed save never leaves a half-written model and never touches the old one.
 */
public final class ModelFiles {

    /**
     * The version of the file format this Touchline writes, MAJOR.MINOR (docs/file-format.md):
     * the minor grows when the metamodel gains something (older versions load such files and keep
     * what they do not know); the major, with the namespace, when something changes meaning.
     */
    public static final String FORMAT_VERSION = "1.1";

    private ModelFiles() {
    }

    /**
     * What to tell the user when {@code model} was written by a newer Touchline (a higher minor
     * format version): what this version does not know is kept and written back, but not shown.
     *
     * @return the note, or {@code null} for a file of this format or an older one
     */
    public static String newerFormat(JourneyModel model) {
        String written = model.getFormatVersion();
        if (written == null || compareVersions(written, FORMAT_VERSION) <= 0) {
            return null;
        }
        return "was written by a newer Touchline (file format " + written + "; this version writes "
                + FORMAT_VERSION + "). What this version does not know is kept and written back when you save, but"
                + " it is not shown or checked here: open the file with the newer Touchline to see all of it";
    }

    /** Compares MAJOR.MINOR versions numerically (anything unreadable counts as 0). */
    static int compareVersions(String a, String b) {
        String[] x = a.strip().split("\\.", -1);
        String[] y = b.strip().split("\\.", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(part(x, i), part(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int i) {
        try {
            return i < parts.length ? Long.parseLong(parts[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Loads the journey model in {@code file}. Files in the shape Touchline writes are read
     * directly into the model ({@link DirectReader}); any other file, including every file with
     * an error, goes through {@link #loadGeneric}, which keeps data this version does not know
     * and reports errors with their lines.
     */
    public static JourneyModel load(Path file) throws ModelFileException {
        checkReadable(file);
        MessageDigest digest = DiskVersion.digest();
        try (CommentCounter comments = new CommentCounter(new DigestInputStream(Files.newInputStream(file), digest));
                InputStream in = new BufferedInputStream(comments, 1 << 16)) {
            JourneyModel model = DirectReader.read(notClosing(in), Files.size(file),
                    (dev.touchline.model.util.TouchlineResource) newResource(file));
            if (model != null) {
                in.transferTo(OutputStream.nullOutputStream()); // the rest of the bytes, for the digest
                DiskVersion.remember(model, file, digest.digest()).comments = comments.count();
                return model;
            }
        } catch (IOException e) {
            // the generic reader below reports it
        }
        return loadGeneric(file);
    }

    /** {@code in} for a parser that closes its input when done: the rest still goes through the digest. */
    private static InputStream notClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the caller closes the file
            }
        };
    }

    /**
     * Loads the journey model in {@code file} with EMF's generic XMI reader and Touchline's
     * options: slower than {@link #load}, which uses it for every file outside the usual shape.
     * Public for the tests and benchmarks that compare the two readers.
     */
    public static JourneyModel loadGeneric(Path file) throws ModelFileException {
        checkReadable(file);
        Resource resource = newResource(file);
        MessageDigest digest = DiskVersion.digest();
        int comments = 0;
        try (CommentCounter counter = new CommentCounter(new DigestInputStream(Files.newInputStream(file), digest));
                InputStream in = new BufferedInputStream(counter, 1 << 16)) {
            resource.load(notClosing(in), null);
            in.transferTo(OutputStream.nullOutputStream());
            comments = counter.count();
        } catch (IOException | RuntimeException e) {
            throw LoadErrors.translate(file, resource.getErrors(), e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw LoadErrors.translate(file, resource.getErrors(), null);
        }
        List<EObject> contents = resource.getContents();
        if (!contents.isEmpty() && !(contents.get(0) instanceof JourneyModel)) {
            // Unknown content is recorded rather than refused, so a file in a foreign or newer
            // namespace loads as generic XML: say what it is instead.
            String uri = contents.get(0).eClass().getEPackage().getNsURI();
            if (uri != null && !EPackage.Registry.INSTANCE.containsKey(uri)) {
                throw LoadErrors.namespaceError(file, -1, uri, null);
            }
        }
        if (contents.size() != 1 || !(contents.get(0) instanceof JourneyModel model)) {
            throw new ModelFileException(file, "does not contain one Touchline journey model (found "
                    + (contents.isEmpty() ? "nothing" : contents.get(0).eClass().getName()) + ")",
                    "Open a file that Touchline saved, or create a new model.");
        }
        checkContent(file, model);
        DiskVersion.remember(model, file, digest.digest()).comments = comments;
        return model;
    }

    /**
     * What XML and EMF accept but a journey model must not hold: two elements with one id (every
     * reference to it would be ambiguous) and numbers that are not numbers (NaN, infinity).
     */
    private static void checkContent(Path file, JourneyModel model) throws ModelFileException {
        int ids = 0;
        // proxies are not resolved: resolving a contained link would load the other document
        for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(model), false); it.hasNext();) {
            EObject element = it.next();
            if (element.eIsProxy()) {
                // found by the loader fuzzer: the model element itself can be the link (no container)
                EObject container = element.eContainer();
                String what = container == null || element.eContainingFeature() == null ? "the model itself"
                        : "the " + element.eContainingFeature().getName() + " of " + ElementPaths.path(container);
                throw new ModelFileException(file, -1, what + " is a link to another document ("
                        + ((org.eclipse.emf.ecore.InternalEObject) element).eProxyURI()
                        + "); a Touchline model is one file and Touchline does not follow such links",
                        "Put the element itself in this file instead of the link.", null);
            }
            if (element instanceof dev.touchline.model.Element e && e.getId() != null) {
                ids++;
                String problem = ElementIds.problem(e.getId());
                if (problem != null) {
                    throw new ModelFileException(file, ElementLines.of(file).lineOf(e.getId()), "the id '" + e.getId()
                            + "' of " + ElementPaths.path(element) + " " + problem + ", so nothing can refer to it",
                            "Change the id (letters, digits, '-', '_' and '.' are safe) and every reference to it.", null);
                }
            }
            checkLocalReferences(file, element);
            String text = textProblem(element);
            if (text != null) {
                throw textRefused(file, element, text);
            }
            org.eclipse.emf.ecore.EAttribute attribute = notANumber(element);
            if (attribute != null) {
                String id = element instanceof dev.touchline.model.Element e ? e.getId() : null;
                throw new ModelFileException(file, id == null ? -1 : ElementLines.of(file).lineOf(id),
                        "the " + attribute.getName() + " of " + ElementPaths.path(element) + " is "
                                + element.eGet(attribute) + ", which is not a number Touchline can compare or chart",
                        "Enter a number for " + attribute.getName() + ", or remove it if it is not known yet.", null);
            }
        }
        // EMF's id map holds every id once: as many entries as elements with an id means no id is
        // used twice (when EMF filled the map only partly, the exact search below runs anyway)
        java.util.Map<String, EObject> idMap = ((org.eclipse.emf.ecore.resource.impl.ResourceImpl) model.eResource())
                .getIntrinsicIDToEObjectMap();
        if (idMap == null || idMap.size() != ids) {
            checkDuplicateIds(file, model);
        }
        checkUnknownTexts(file, model.eResource());
    }

    private static void checkDuplicateIds(Path file, JourneyModel model) throws ModelFileException {
        java.util.Map<String, EObject> ids = new java.util.HashMap<>();
        for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(model)); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof dev.touchline.model.Element e && e.getId() != null) {
                EObject first = ids.putIfAbsent(e.getId(), element);
                if (first != null) {
                    throw new ModelFileException(file, ElementLines.of(file).lineOf(e.getId()),
                            "the id '" + e.getId() + "' is used twice, by " + ElementPaths.path(first) + " and by "
                                    + ElementPaths.path(element) + ", so references to it are ambiguous",
                            "Give one of them another id (ids are unique within a file), then check which one the"
                                    + " references should name.", null);
                }
            }
        }
    }

    /** Per class: its references to other elements (not containment), and its attributes of type double. */
    private record Shape(List<org.eclipse.emf.ecore.EReference> links, List<org.eclipse.emf.ecore.EAttribute> doubles,
            List<org.eclipse.emf.ecore.EAttribute> texts) {

        private static final java.util.Map<org.eclipse.emf.ecore.EClass, Shape> SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

        static Shape of(org.eclipse.emf.ecore.EClass eClass) {
            return SHAPES.computeIfAbsent(eClass, c -> new Shape(
                    c.getEAllReferences().stream().filter(r -> !r.isContainment() && !r.isContainer() && !r.isTransient())
                            .toList(),
                    c.getEAllAttributes().stream().filter(a -> a.getEAttributeType().getInstanceClass() == Double.class
                            || a.getEAttributeType().getInstanceClass() == double.class).toList(),
                    c.getEAllAttributes().stream().filter(a -> !a.isMany() && !a.isTransient()
                            && a.getEAttributeType().getInstanceClass() == String.class).toList()));
        }
    }

    /**
     * A model is one self-contained file: a reference written as a link to another document
     * ({@code owner="http://host/other.touchline#d"}) is refused, without following it.
     */
    private static void checkLocalReferences(Path file, EObject element) throws ModelFileException {
        for (org.eclipse.emf.ecore.EReference reference : Shape.of(element.eClass()).links()) {
            Object value = element.eGet(reference, false);
            Iterable<?> targets = reference.isMany()
                    ? ((org.eclipse.emf.ecore.util.InternalEList<?>) value).basicList()
                    : value == null ? List.of() : List.of(value);
            for (Object target : targets) {
                if (target instanceof org.eclipse.emf.ecore.InternalEObject t && t.eIsProxy()) {
                    String id = element instanceof dev.touchline.model.Element e ? e.getId() : null;
                    throw new ModelFileException(file, id == null ? -1 : ElementLines.of(file).lineOf(id),
                            "the " + reference.getName() + " of " + ElementPaths.path(element)
                                    + " is a link to another document (" + t.eProxyURI()
                                    + "); a Touchline model is one file and Touchline does not follow such links",
                            "Replace the link by the id of an element of this file.", null);
                }
            }
        }
    }

    /**
     * Data in a loaded model that this version of Touchline does not know: an element and the
     * names of its unknown attributes and child elements. It is kept with the model and written
     * back on save, so nothing is lost silently; callers warn the user about it.
     */
    public record UnknownContent(EObject element, List<String> names) {

        /** "Move house › Book › Contract signature: attribute 'mood', element 'forecast'". */
        public String describe() {
            return ElementPaths.path(element) + ": " + String.join(", ", names);
        }
    }

    /**
     * How many XML comments ({@code <!-- ... -->}) the file of a loaded model held: EMF does not
     * keep comments, so the next save drops them; callers warn before saving.
     */
    public static int comments(JourneyModel model) {
        DiskVersion read = DiskVersion.of(model);
        return read == null ? 0 : read.comments;
    }

    /** The unknown content of a model loaded by {@link #load}, in file order; empty for most files. */
    public static List<UnknownContent> unknownContent(JourneyModel model) {
        List<UnknownContent> result = new java.util.ArrayList<>();
        if (!(model.eResource() instanceof org.eclipse.emf.ecore.xmi.XMLResource resource)) {
            return result;
        }
        var extensions = resource.getEObjectToExtensionMap();
        if (extensions.isEmpty()) {
            return result;
        }
        for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(model)); it.hasNext();) {
            EObject element = it.next();
            org.eclipse.emf.ecore.xml.type.AnyType extra = extensions.get(element);
            if (extra == null) {
                continue;
            }
            List<String> names = new java.util.ArrayList<>();
            for (org.eclipse.emf.ecore.util.FeatureMap.Entry entry : extra.getAnyAttribute()) {
                names.add("attribute '" + entry.getEStructuralFeature().getName() + "'");
            }
            for (org.eclipse.emf.ecore.util.FeatureMap.Entry entry : extra.getAny()) {
                names.add("element '" + entry.getEStructuralFeature().getName() + "'");
            }
            if (!names.isEmpty()) {
                result.add(new UnknownContent(element, List.copyOf(names)));
            }
        }
        return result;
    }

    /**
     * Where {@link #save} keeps the previous version of a file: {@code name.touchline.bak} beside it.
     */
    public static Path backupOf(Path file) {
        return AtomicFiles.backupOf(file);
    }

    /**
     * Saves {@code model} to {@code file} atomically (temporary file in the same folder, flushed
     * to disk, renamed over the file), first giving an id to every element that has none. The
     * version it replaces, when different, is kept as {@link #backupOf the backup}. On failure the
     * previous file is left as it was and the exception says why.
     * <p>
     * When {@code file} is the file the model was read from (or last saved to), the save is
     * refused with a {@link FileChangedException} if the file's bytes changed on disk since then
     * (compared by SHA-256 under the write lock, so two Touchline processes saving one file never
     * silently overwrite each other); {@link #acceptDiskVersion} overrides that once the user has
     * chosen to. Afterwards the model belongs to {@code file}. A symbolic link is saved through.
     *
     * @return notes for the user (an owner or group that could not be kept); usually empty
     */
    public static List<String> save(JourneyModel model, Path file) throws ModelFileException {
        return save(model, file, true);
    }

    /**
     * Marks the model with the format this version writes, without telling its listeners (an
     * editor's validation and undo): the version is the file's, not an edit. A file from a newer
     * Touchline keeps its version, since its unknown parts are written back as they were.
     */
    private static void stampFormat(JourneyModel model) {
        String written = model.getFormatVersion();
        if (written != null && compareVersions(written, FORMAT_VERSION) >= 0) {
            return;
        }
        boolean deliver = model.eDeliver();
        model.eSetDeliver(false);
        try {
            model.setFormatVersion(FORMAT_VERSION);
        } finally {
            model.eSetDeliver(deliver);
        }
    }

    /**
     * Writes a copy of {@code model} to {@code file} (a recovery copy, an export of the model) the
     * way {@link #save} does, without the changed-on-disk check and without moving the model to
     * that file: its next {@link #save} still checks the file it was read from.
     */
    public static List<String> saveCopy(JourneyModel model, Path file) throws ModelFileException {
        return save(model, file, false);
    }

    private static List<String> save(JourneyModel model, Path file, boolean adopt) throws ModelFileException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ModelFileException(file, "cannot be saved: the folder " + folder + " does not exist",
                    "Create the folder or choose another place.");
        }
        if (Files.isDirectory(target)) {
            throw new ModelFileException(file, "cannot be saved: it is a folder", "Choose a file name.");
        }
        ElementIds.assignMissing(model);
        stampFormat(model);
        DiskVersion read = adopt ? DiskVersion.of(model) : null;
        MessageDigest written = DiskVersion.digest();
        try {
            List<String> notes = AtomicFiles.write(target, out -> write(model, new DigestOutputStream(out, written)),
                    true, real -> {
                        if (read != null && read.isOf(real) && read.changedOnDisk()) {
                            throw new ChangedOnDisk();
                        }
                    });
            if (adopt) {
                DiskVersion.remember(model, AtomicFiles.resolve(target), written.digest());
            }
            return notes;
        } catch (ChangedOnDisk e) {
            throw new FileChangedException(file);
        } catch (InconsistentModelException e) {
            throw new ModelFileException(file, -1, "could not be saved: the model in memory is inconsistent: "
                    + e.getMessage() + ". This is a bug in Touchline, not a problem with your disk or folder",
                    "The file on disk is unchanged. Undo the last edits (or close without saving and reopen the file),"
                            + " then save again; please report the steps that led here.", e);
        } catch (NotReadableBack e) {
            throw new ModelFileException(file, -1, "was not saved: " + e.getMessage(),
                    "Correct the value (in the editor's Properties, or in the spreadsheet it came from) and save again."
                            + " The file on disk is unchanged.", e);
        } catch (AtomicFiles.NotARegularFileException e) {
            throw new ModelFileException(file, -1, "cannot be saved: it " + e.getReason(),
                    "Choose a file name that is not a device, FIFO or folder. Nothing was written.", e);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, -1, "could not be saved: " + reason(e),
                    "The previous version of the file is unchanged. Check that the folder is writable and the disk"
                            + " has space, then save again.", e);
        }
    }

    /**
     * Takes the file on disk as the version the model was read from, so the next {@link #save}
     * replaces it: after the user chose to keep their own version over a change made elsewhere.
     */
    public static void acceptDiskVersion(JourneyModel model) {
        DiskVersion read = DiskVersion.of(model);
        if (read != null) {
            read.refresh();
        }
    }

    /** Thrown by the save's precondition; never leaves {@link #save}. */
    private static final class ChangedOnDisk extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The bytes {@link #save} writes for {@code model}: the same model always gives the same bytes. */
    public static byte[] toBytes(JourneyModel model) throws IOException {
        ElementIds.assignMissing(model);
        stampFormat(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(model, out);
        return out.toByteArray();
    }

    private static void write(JourneyModel model, OutputStream out) throws IOException {
        Resource resource = model.eResource();
        if (resource == null) {
            resource = newResource(Path.of("model." + TouchlineResourceFactory.EXTENSION));
            resource.getContents().add(model);
        }
        checkReferences(model);
        resource.save(out, null);
    }

    /**
     * EMF writes a reference to an element outside the model as a bare id that no later load can
     * resolve; refuse to write such a file instead. Only Touchline's own edits can make such a
     * model (the loader refuses dangling references), so that is reported as a bug of Touchline's.
     */
    private static void checkReferences(JourneyModel model) throws IOException {
        // One walk for both checks: saving a 100,000-touchpoint model visits 267,000 elements.
        List<String> outside = new java.util.ArrayList<>();
        EObject notANumberIn = null;
        org.eclipse.emf.ecore.EAttribute notANumber = null;
        for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(model)); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof dev.touchline.model.Element e && e.getId() != null && !ElementIds.isValid(e.getId())) {
                // the loader refuses such a file, so writing one would lock the user out of their model
                throw new NotReadableBack("the id '" + e.getId() + "' of " + ElementPaths.path(element) + " "
                        + ElementIds.problem(e.getId()) + ", which Touchline cannot read back. Change the id");
            }
            checkTexts(element);
            ModelIntegrity.addOutsideReferences(element, model, outside);
            if (notANumber == null && (notANumber = notANumber(element)) != null) {
                notANumberIn = element;
            }
        }
        if (!outside.isEmpty()) {
            throw new InconsistentModelException(outside.get(0)
                    + (outside.size() > 1 ? " (and " + (outside.size() - 1) + " more such references)" : ""));
        }
        if (notANumber != null) {
            // the loader refuses such a file, so writing one would lock the user out of their model
            throw new NotReadableBack("the " + notANumber.getName() + " of " + ElementPaths.path(notANumberIn) + " is "
                    + notANumberIn.eGet(notANumber) + ", which Touchline cannot read back. Enter a number");
        }
    }

    /**
     * Refuses text that XML 1.0 cannot hold (control characters but tab, line feed and carriage
     * return; a lone surrogate; U+FFFE, U+FFFF): the loader would refuse the file. The editor and
     * the importer remove such characters as text comes in; this catches any other way in.
     */
    private static void checkTexts(EObject element) throws IOException {
        String problem = textProblem(element);
        if (problem != null) {
            throw new NotReadableBack(problem + ", which Touchline cannot read back (XML holds no such character)."
                    + " Remove it");
        }
    }

    /**
     * The one rule for text in a model, on save and on load by either reader: what XML 1.0 can
     * hold. An XML 1.1 file can carry control characters as references ({@code &#x1B;}); such a
     * model could never be saved, so it is refused on load like a 1.0 file that holds them.
     *
     * @return "the name of Sales contains U+001B (a control character)", or {@code null} when every text is fine
     */
    static String textProblem(EObject element) {
        for (org.eclipse.emf.ecore.EAttribute attribute : Shape.of(element.eClass()).texts()) {
            if (element.eGet(attribute) instanceof String text) {
                String bad = notXml(text);
                if (bad != null) {
                    return "the " + attribute.getName() + " of " + ElementPaths.path(element) + " contains " + bad;
                }
            }
        }
        return null;
    }

    /** "U+001B (a control character)" for the first character of {@code text} that XML 1.0 cannot hold, or {@code null}. */
    private static String notXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (!(c == 0x9 || c == 0xa || c == 0xd || c >= 0x20 && c <= 0xd7ff || c >= 0xe000 && c <= 0xfffd)) {
                return "U+" + String.format("%04X", (int) c) + (Character.isSurrogate(c) ? " (half of a surrogate pair)"
                        : Character.isISOControl(c) ? " (a control character)" : " (a noncharacter)");
            }
        }
        return null;
    }

    /** The same rule for unknown data kept for a newer Touchline: it is written back on save. */
    private static void checkUnknownTexts(Path file, Resource resource) throws ModelFileException {
        if (!(resource instanceof org.eclipse.emf.ecore.xmi.XMLResource xml)) {
            return;
        }
        for (var entry : xml.getEObjectToExtensionMap().entrySet()) {
            for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(entry.getValue()), false); it.hasNext();) {
                EObject unknown = it.next();
                if (!(unknown instanceof org.eclipse.emf.ecore.xml.type.AnyType any)) {
                    continue;
                }
                for (var features : List.of(any.getAnyAttribute(), any.getMixed())) {
                    for (org.eclipse.emf.ecore.util.FeatureMap.Entry value : features) {
                        String bad = value.getValue() instanceof String text ? notXml(text) : null;
                        if (bad != null) {
                            EObject element = entry.getKey();
                            throw textRefused(file, element, "the unknown " + value.getEStructuralFeature().getName()
                                    + " of " + ElementPaths.path(element) + " contains " + bad);
                        }
                    }
                }
            }
        }
    }

    private static ModelFileException textRefused(Path file, EObject element, String problem) {
        String id = element instanceof dev.touchline.model.Element e ? e.getId() : null;
        return new ModelFileException(file, id == null ? -1 : ElementLines.of(file).lineOf(id), problem
                + ", which XML 1.0 cannot hold (this file declares another XML version, or it is damaged), so Touchline"
                + " could not save the model again",
                "Remove the character from the file (or let the tool that wrote it write XML 1.0), or restore the file"
                        + " from a backup.", null);
    }

    /** A value the loader would refuse: saving it would lock the user out of their model. */
    static final class NotReadableBack extends IOException {
        private static final long serialVersionUID = 1L;

        NotReadableBack(String message) {
            super(message);
        }
    }

    /** A model in memory that refers outside itself: Touchline's bug, not the disk's. */
    static final class InconsistentModelException extends IOException {
        private static final long serialVersionUID = 1L;

        InconsistentModelException(String message) {
            super(message);
        }
    }

    /** The first attribute of {@code element} that holds NaN or an infinite number, or {@code null}. */
    private static org.eclipse.emf.ecore.EAttribute notANumber(EObject element) {
        for (org.eclipse.emf.ecore.EAttribute attribute : Shape.of(element.eClass()).doubles()) {
            if (element.eGet(attribute) instanceof Double number && (number.isNaN() || number.isInfinite())) {
                return attribute;
            }
        }
        return null;
    }

    private static Resource newResource(Path file) {
        ResourceSet resourceSet = new ResourceSetImpl();
        TouchlineResourceFactory.register(resourceSet);
        Resource resource = new TouchlineResourceFactory()
                .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resourceSet.getResources().add(resource);
        return resource;
    }

    private static void checkReadable(Path file) throws ModelFileException {
        if (!Files.exists(file)) {
            throw new ModelFileException(file, "no such file", "Check the path and the file name.");
        }
        if (Files.isDirectory(file)) {
            throw new ModelFileException(file, "is a folder, not a model file", "Name a .touchline file inside it.");
        }
        if (!Files.isRegularFile(file)) {
            // a FIFO or a device has no size: it is not "empty", and reading it may never end
            throw new ModelFileException(file, "is not a regular file (a FIFO, socket or device), so it holds no model",
                    "Name a .touchline file.");
        }
        if (!Files.isReadable(file)) {
            throw new ModelFileException(file, "cannot be read (permission denied)",
                    "Ask the file's owner for read access, or copy it somewhere you can read it.");
        }
        try {
            if (Files.size(file) == 0) {
                throw new ModelFileException(file, "is empty (0 bytes), so it holds no model",
                        "Restore it from its backup or version control, or create a new model.");
            }
        } catch (IOException e) {
            throw new ModelFileException(file, -1, "cannot be read: " + reason(e), "Check the file and try again.", e);
        }
    }

    /** A short reason for {@code e}, fit for a message to the user. */
    public static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder " + e.getMessage();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
