package dev.touchline.io;

import java.io.CharConversionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

import dev.touchline.model.TouchlinePackage;

/** Turns what EMF and the XML parser report while loading into messages a person can act on. */
final class LoadErrors {

    /** Namespaces of all Touchline versions start with this. */
    static final String NAMESPACE_BASE = "http://touchline.dev/journey/";

    private static final int MAX_LISTED = 10;

    private LoadErrors() {
    }

    static ModelFileException translate(Path file, List<Resource.Diagnostic> errors, Throwable thrown) {
        List<Throwable> reported = new ArrayList<>();
        if (thrown != null) {
            reported.add(thrown);
        }
        for (Resource.Diagnostic error : errors) {
            if (error instanceof Throwable t) {
                reported.add(t);
            }
        }
        dev.touchline.model.util.UnknownContentLimit unknown = find(reported,
                dev.touchline.model.util.UnknownContentLimit.class);
        if (unknown != null) {
            return new ModelFileException(file, unknown.line(), unknown.getMessage() + " (a newer Touchline adds a few"
                    + " per element), so it is not a Touchline model, or it is a damaged one",
                    "Open a .touchline file that Touchline saved, or restore this one from a backup.", unknown);
        }
        SAXParseException sax = find(reported, SAXParseException.class);
        if (sax != null) {
            return xmlError(file, sax);
        }
        CharConversionException encoding = find(reported, CharConversionException.class);
        if (encoding != null) {
            int line = errors.isEmpty() ? -1 : errors.get(0).getLine();
            return new ModelFileException(file, line, "holds bytes that are not valid text in its declared encoding ("
                    + encoding.getMessage() + ")", "Save the file again as UTF-8, or restore it from a backup.", encoding);
        }
        List<Resource.Diagnostic> all = new ArrayList<>(errors);
        if (all.isEmpty() && find(reported, Resource.Diagnostic.class) instanceof Resource.Diagnostic d) {
            all.add(d);
        }
        if (all.isEmpty()) {
            return new ModelFileException(file, -1, "could not be read: " + ModelFiles.reason(thrown),
                    "Check that it is a Touchline model file.", thrown);
        }
        Resource.Diagnostic first = all.get(0);
        if (first instanceof PackageNotFoundException p) {
            return namespaceError(file, p);
        }
        List<String> others = new ArrayList<>();
        int more = 0;
        for (Resource.Diagnostic other : all.subList(1, all.size())) {
            if (more++ < MAX_LISTED - 1) {
                others.add("line " + other.getLine() + ": " + describe(other));
            }
        }
        if (more >= MAX_LISTED) {
            others.add("... and " + (more - MAX_LISTED + 1) + " more problems");
        }
        return new ModelFileException(file, first.getLine(), describe(first), others, remedy(first),
                first instanceof Throwable t ? t : thrown);
    }

    private static ModelFileException xmlError(Path file, SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int line = e.getLineNumber();
        if (message.contains("DOCTYPE")) {
            return new ModelFileException(file, line,
                    "declares a DOCTYPE, which Touchline refuses: a DOCTYPE can make a reader fetch other files or"
                            + " expand entities without bound. Nothing after the declaration was read",
                    "Remove the <!DOCTYPE ...> declaration, or export the model again from the tool that wrote it.", e);
        }
        if (message.contains("must start and end within the same entity") || message.contains("Premature end of file")
                || message.contains("must be terminated by the matching end-tag")) {
            return new ModelFileException(file, line, "ends in the middle of the model: it is truncated or incomplete",
                    "Restore it from a backup or from version control.", e);
        }
        if (message.contains("Invalid byte") || message.contains("Invalid encoding")
                || message.contains("invalid XML character") || message.contains("Unsupported encoding")) {
            return new ModelFileException(file, line, "holds text that is not valid in its declared encoding (" + message
                    + ")", "Save the file again as UTF-8, or restore it from a backup.", e);
        }
        if (message.contains("Content is not allowed in prolog")) {
            return new ModelFileException(file, line, "is not an XML file, so not a Touchline model",
                    "Open a .touchline file that Touchline saved.", e);
        }
        if (message != null && message.contains("maxElementDepth")) {
            return new ModelFileException(file, line, "nests elements more than 100 deep; Touchline files never do, so"
                    + " this is not a Touchline model (or a damaged one)",
                    "Open a .touchline file that Touchline saved, or restore this one from a backup.", e);
        }
        return new ModelFileException(file, line, "is not well-formed XML: " + message,
                "Repair the XML, or restore the file from a backup or from version control.", e);
    }

    private static ModelFileException namespaceError(Path file, PackageNotFoundException e) {
        return namespaceError(file, e.getLine(), e.uri(), e);
    }

    /** A file whose content is in another namespace: another Touchline version, or not Touchline at all. */
    static ModelFileException namespaceError(Path file, int line, String uri, Exception e) {
        if (uri != null && uri.startsWith(NAMESPACE_BASE) && !uri.equals(TouchlinePackage.eNS_URI)) {
            return new ModelFileException(file, line,
                    "was written by another version of Touchline (format " + uri + "); this version reads "
                            + TouchlinePackage.eNS_URI,
                    "Open it with the Touchline version that wrote it, or a newer one.", e);
        }
        return new ModelFileException(file, line,
                "is not a Touchline model: its content is in the namespace '" + uri + "', Touchline models use "
                        + TouchlinePackage.eNS_URI,
                "Open a .touchline file that Touchline saved.", e);
    }

    private static String describe(Resource.Diagnostic d) {
        if (d instanceof FeatureNotFoundException f) {
            return "unknown attribute or element '" + f.getName() + "'" + on(f.getObject());
        }
        if (d instanceof UnresolvedReferenceException u) {
            return "reference '" + u.getReference() + "' names no element of this file"
                    + (u.getFeature() == null ? "" : " (in '" + u.getFeature().getName() + "')");
        }
        if (d instanceof ClassNotFoundException c) {
            return "unknown element type '" + c.getName() + "'";
        }
        if (d instanceof IllegalValueException v && v.getValue() instanceof org.eclipse.emf.ecore.EObject named) {
            String id = named instanceof dev.touchline.model.Element e ? e.getId() : null;
            return "'" + id + "' names a " + named.eClass().getName() + ", but '" + v.getFeature().getName() + "'"
                    + on(v.getObject()) + " must name a " + v.getFeature().getEType().getName();
        }
        if (d instanceof IllegalValueException v) {
            return "value '" + v.getValue() + "' is not valid for '" + v.getFeature().getName() + "'" + on(v.getObject());
        }
        return d.getMessage();
    }

    private static String remedy(Resource.Diagnostic d) {
        if (d instanceof UnresolvedReferenceException) {
            return "Correct the id, or remove the reference; the element it named may have been deleted or not copied.";
        }
        if (d instanceof FeatureNotFoundException || d instanceof ClassNotFoundException) {
            return "The file was written by another tool or version. Remove what Touchline does not know, or open it"
                    + " with the tool that wrote it.";
        }
        return "Repair the file, or restore it from a backup or from version control.";
    }

    private static String on(Object object) {
        return object instanceof org.eclipse.emf.ecore.EObject e ? " on a " + e.eClass().getName() : "";
    }

    /** The first of {@code throwables} or their causes that is a {@code type}, or null. */
    private static <T> T find(List<Throwable> throwables, Class<T> type) {
        for (Throwable t : throwables) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (type.isInstance(c)) {
                    return type.cast(c);
                }
            }
        }
        return null;
    }
}
