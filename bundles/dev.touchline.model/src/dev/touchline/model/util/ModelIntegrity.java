package dev.touchline.model.util;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Checks that a model is closed: no element in it refers to an element outside it (one deleted,
 * one never added, one of another file), through a stored reference or a backward list such as a
 * department's owned touchpoints. Every edit, its undo and its redo must keep a model closed; a
 * model that is not cannot be saved, and that is a bug of Touchline's, never of the user's.
 */
public final class ModelIntegrity {

    private ModelIntegrity() {
    }

    /** Each reference out of the model, described with the paths of both ends; empty when closed. */
    public static List<String> outsideReferences(EObject root) {
        List<String> problems = new ArrayList<>();
        for (Iterator<EObject> it = EcoreUtil.getAllContents(List.of(root)); it.hasNext();) {
            addOutsideReferences(it.next(), root, problems);
        }
        return problems;
    }

    /** Adds each reference from {@code element} to an element outside {@code root} to {@code problems}. */
    public static void addOutsideReferences(EObject element, EObject root, List<String> problems) {
        for (EContentsEList.FeatureIterator<EObject> refs = (EContentsEList.FeatureIterator<EObject>) element
                .eCrossReferences().iterator(); refs.hasNext();) {
            EObject target = refs.next();
            if (EcoreUtil.getRootContainer(target) != root) {
                problems.add(ElementPaths.path(element) + " refers through '" + refs.feature().getName() + "' to "
                        + ElementPaths.label(target) + ", which is not part of the model");
            }
        }
    }
}
