package dev.touchline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.touchline.model.Element;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.NamedElement;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.util.ElementIds;

/**
 * Catalogues: model files of the things most maps share (metrics, channels, service values,
 * personas, departments, brand promises), kept in the repository as models, not as code. The
 * standard catalogue ({@code catalogues/standard.touchline} in this bundle) starts every blank
 * model; any catalogue can be added to a model, by name: what the model already has (same kind,
 * same name, ignoring case and surrounding spaces) is not added again, and references (a service
 * value's metrics) go to the model's own element of that name. An element without a name is added.
 */
public final class Catalogues {

    /** The standard catalogue, as a resource of this bundle. */
    public static final String STANDARD = "/catalogues/standard.touchline";

    /** The lists of a model a catalogue adds to, in the order they are added. */
    public static final List<EReference> LISTS = List.of(TouchlinePackage.Literals.JOURNEY_MODEL__CHANNELS,
            TouchlinePackage.Literals.JOURNEY_MODEL__METRICS, TouchlinePackage.Literals.JOURNEY_MODEL__SERVICE_VALUES,
            TouchlinePackage.Literals.JOURNEY_MODEL__PERSONAS, TouchlinePackage.Literals.JOURNEY_MODEL__DEPARTMENTS,
            TouchlinePackage.Literals.JOURNEY_MODEL__BRAND_PROMISES);

    private Catalogues() {
    }

    /** A fresh copy of the standard catalogue. */
    public static JourneyModel standard() throws ModelFileException {
        Path copy = null;
        try (InputStream in = Catalogues.class.getResourceAsStream(STANDARD)) {
            if (in == null) {
                throw new IOException("the standard catalogue is missing from the Touchline installation");
            }
            copy = Files.createTempFile("touchline-catalogue", ".touchline");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return ModelFiles.load(copy);
        } catch (IOException e) {
            throw new ModelFileException(Path.of(STANDARD.substring(1)), -1, "cannot be read: " + ModelFiles.reason(e),
                    "Reinstall Touchline.", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // a temporary file left behind; nothing to tell the user
                }
            }
        }
    }

    /**
     * What {@code catalogue} adds to {@code model}: for each of {@link #LISTS}, copies of the
     * catalogue's elements the model has no element of that name for, with ids the model does not
     * use yet, and references to the model's own elements. Neither model is changed.
     */
    public static Map<EReference, List<EObject>> additions(JourneyModel model, JourneyModel catalogue) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Map<EObject, EObject> existing = new HashMap<>();
        Map<EReference, List<EObject>> additions = new LinkedHashMap<>();
        for (EReference list : LISTS) {
            Map<String, EObject> byName = new HashMap<>();
            for (EObject e : elements(model, list)) {
                byName.putIfAbsent(key(e), e);
            }
            for (EObject e : elements(catalogue, list)) {
                // an element without a name has nothing to be matched by: it is added
                EObject same = key(e).isEmpty() ? null : byName.get(key(e));
                if (same != null) {
                    existing.put(e, same);
                } else {
                    EObject copy = copier.copy(e);
                    if (!key(e).isEmpty()) {
                        byName.put(key(e), copy); // a catalogue naming one thing twice adds it once
                    }
                    additions.computeIfAbsent(list, l -> new ArrayList<>()).add(copy);
                }
            }
        }
        // references: to the copy of a catalogue element, or to the model's element of its name
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            EObject original = entry.getKey();
            EObject copy = entry.getValue();
            for (EReference reference : original.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || reference.isTransient() || !reference.isChangeable() || !original.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> targets = (EList<EObject>) copy.eGet(reference);
                    targets.clear();
                    for (Object o : (List<?>) original.eGet(reference)) {
                        EObject target = mapped((EObject) o, copier, existing);
                        if (target != null && !targets.contains(target)) {
                            targets.add(target);
                        }
                    }
                } else {
                    copy.eSet(reference, mapped((EObject) original.eGet(reference), copier, existing));
                }
            }
        }
        Set<String> ids = new HashSet<>();
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e && e.getId() != null) {
                ids.add(e.getId());
            }
        }
        for (List<EObject> added : additions.values()) {
            for (EObject root : added) {
                for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(root)); it.hasNext();) {
                    if (it.next() instanceof Element e && (e.getId() == null || !ids.add(e.getId()))) {
                        e.setId(ElementIds.newId(e.eClass(), model));
                        ids.add(e.getId());
                    }
                }
            }
        }
        return additions;
    }

    /** Adds {@code catalogue} to {@code model} (for a model no editor has yet: a new one). */
    public static void addTo(JourneyModel model, JourneyModel catalogue) {
        additions(model, catalogue).forEach((list, elements) -> elements(model, list).addAll(elements));
    }

    private static EObject mapped(EObject original, EcoreUtil.Copier copier, Map<EObject, EObject> existing) {
        EObject copy = copier.get(original);
        return copy != null ? copy : existing.get(original);
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> elements(JourneyModel model, EReference list) {
        return (EList<EObject>) model.eGet(list);
    }

    private static String key(EObject e) {
        String name = e instanceof NamedElement n && n.getName() != null ? n.getName() : "";
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
