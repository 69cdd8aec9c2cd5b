package dev.touchline.map.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Deletes elements with everything they contain, and clears every stored reference to and from
 * them (a deleted owner leaves its touchpoints unowned; a deleted touchpoint leaves its
 * department's list of owned touchpoints). Undo puts every element and reference back where it
 * was. Written by hand because EMF.Edit's DeleteCommand also edits the transient backward lists
 * directly, and undoing it then lost the touchpoint.
 */
final class DeleteElementsCommand extends AbstractCommand {

    private record Placement(EObject element, EObject container, EReference feature, int index) {
    }

    /**
     * A reference cleared by the delete: {@code index} in the owner's list (−1: single-valued), and
     * {@code oppositeIndex} of the owner in the value's backward list ({@code ownedTouchpoints},
     * {@code measurements}...; −1: none). Undo puts both back where they were: EMF's own commands
     * undo by position, so a backward list left in another order made a later undo remove the
     * wrong element (a touchpoint lost its owner, a removed copy stayed in a metric's list).
     */
    private record Link(EObject owner, EReference feature, EObject value, int index, int oppositeIndex) {
    }

    private final List<EObject> elements;
    private final List<Placement> placements = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private boolean done;

    DeleteElementsCommand(Collection<? extends EObject> elements) {
        super("Delete");
        this.elements = List.copyOf(elements);
    }

    @Override
    protected boolean prepare() {
        for (EObject element : elements) {
            if (element.eContainer() == null || element.eContainmentFeature() == null
                    || elements.stream().filter(e -> e == element).count() > 1) {
                return false;
            }
        }
        return !elements.isEmpty();
    }

    @Override
    public void execute() {
        placements.clear();
        links.clear();
        List<EObject> all = new ArrayList<>(elements);
        EcoreUtil.<EObject>getAllContents(elements).forEachRemaining(all::add);
        EObject root = EcoreUtil.getRootContainer(elements.get(0));
        // References into the deleted elements from elements that stay.
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(all, root);
        for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> entry : usages.entrySet()) {
            for (EStructuralFeature.Setting setting : entry.getValue()) {
                if (setting.getEStructuralFeature() instanceof EReference reference && stored(reference)
                        && !within(setting.getEObject(), elements)) {
                    record(setting.getEObject(), reference, entry.getKey());
                }
            }
        }
        // References from the deleted elements that have opposites (they show in backward lists).
        for (EObject element : all) {
            for (EReference reference : element.eClass().getEAllReferences()) {
                if (stored(reference) && reference.getEOpposite() != null && element.eIsSet(reference)) {
                    for (EObject value : reference.isMany() ? List.copyOf(values(element, reference))
                            : List.of((EObject) element.eGet(reference))) {
                        record(element, reference, value);
                    }
                }
            }
        }
        for (Link link : links) {
            if (link.feature().isMany()) {
                values(link.owner(), link.feature()).remove(link.value());
            } else {
                link.owner().eUnset(link.feature());
            }
        }
        for (EObject element : elements) {
            EReference feature = element.eContainmentFeature();
            EObject container = element.eContainer();
            placements.add(new Placement(element, container, feature, feature.isMany()
                    ? values(container, feature).indexOf(element) : -1));
        }
        for (Placement p : placements) {
            EcoreUtil.remove(p.element());
        }
        done = true;
    }

    @Override
    public void undo() {
        List<Placement> ordered = new ArrayList<>(placements);
        ordered.sort(Comparator.comparingInt(Placement::index));
        for (Placement p : ordered) {
            if (p.feature().isMany()) {
                List<EObject> list = values(p.container(), p.feature());
                list.add(Math.min(p.index(), list.size()), p.element());
            } else {
                p.container().eSet(p.feature(), p.element());
            }
        }
        List<Link> restore = new ArrayList<>(links);
        restore.sort(Comparator.comparingInt(Link::index));
        for (Link link : restore) {
            if (link.feature().isMany()) {
                List<EObject> list = values(link.owner(), link.feature());
                if (!list.contains(link.value())) {
                    list.add(Math.min(link.index(), list.size()), link.value());
                }
            } else {
                link.owner().eSet(link.feature(), link.value());
            }
        }
        // Restoring a link appended the owner to the value's backward list: move it back into place,
        // lowest positions first, so every list ends up in its order before the delete.
        restore.sort(Comparator.comparingInt(Link::oppositeIndex));
        for (Link link : restore) {
            if (link.oppositeIndex() >= 0) {
                @SuppressWarnings("unchecked")
                org.eclipse.emf.common.util.EList<EObject> backward = (org.eclipse.emf.common.util.EList<EObject>) link
                        .value().eGet(link.feature().getEOpposite());
                int at = backward.indexOf(link.owner());
                int to = Math.min(link.oppositeIndex(), backward.size() - 1);
                if (at >= 0 && at != to) {
                    backward.move(to, at);
                }
            }
        }
        done = false;
    }

    @Override
    public void redo() {
        execute();
    }

    /** Nothing after a delete (so a second Delete deletes nothing more); the elements after undo. */
    @Override
    public Collection<?> getAffectedObjects() {
        return done ? List.of() : elements;
    }

    private void record(EObject owner, EReference feature, EObject value) {
        int index = feature.isMany() ? values(owner, feature).indexOf(value) : -1;
        for (Link link : links) {
            if (link.owner() == owner && link.feature() == feature && link.value() == value) {
                return;
            }
            // The same link seen from its other end (owner ↔ ownedTouchpoints) is recorded once.
            if (feature.getEOpposite() == link.feature() && link.owner() == value && link.value() == owner) {
                return;
            }
        }
        EReference opposite = feature.getEOpposite();
        int oppositeIndex = opposite != null && opposite.isMany() ? values(value, opposite).indexOf(owner) : -1;
        links.add(new Link(owner, feature, value, index, oppositeIndex));
    }

    private static boolean stored(EReference reference) {
        return JourneyMapCommands.isStoredCrossReference(reference);
    }

    private static boolean within(EObject element, List<EObject> roots) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (roots.contains(e)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(EObject owner, EReference feature) {
        return (List<EObject>) owner.eGet(feature);
    }
}
