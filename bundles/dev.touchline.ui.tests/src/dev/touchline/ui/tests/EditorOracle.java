package dev.touchline.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.Department;
import dev.touchline.model.Element;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.Visibility;
import dev.touchline.model.util.ElementIds;

/**
 * What a map editor's model should be after the steps of {@link EditorModelTest}: the same edits
 * applied to a plain copy of the model through the model API, in the simplest way that can be
 * right. Undo and redo are byte snapshots of the whole model; the dirty mark is "not the state
 * last saved". It shares the model, its file format and the form of ids with the editor, and
 * takes where a drop lands from the map's layout (hit testing has its own tests); what each edit
 * does is written here again, plainly, from what a user expects.
 */
final class EditorOracle {

    private static final TouchlineFactory FACTORY = TouchlineFactory.eINSTANCE;

    /** A state of the model, numbered: the dirty mark compares numbers, not bytes (as EMF's stack does). */
    private record State(byte[] bytes, int number) {
    }

    private final Random ids;
    private final Path scratch;
    private JourneyModel model;
    private int number;
    private int savedNumber;
    private int nextNumber = 1;
    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();
    private dev.touchline.model.NamedElement newest;

    EditorOracle(JourneyModel model, Random ids, Path scratch) {
        this.model = model;
        this.ids = ids;
        this.scratch = scratch;
    }

    /** The model as the edits so far should have made it (a fresh one after undo and redo). */
    JourneyModel model() {
        return model;
    }

    byte[] bytes() throws IOException {
        return ModelFiles.toBytes(model);
    }

    boolean isDirty() {
        return number != savedNumber;
    }

    void saved() {
        savedNumber = number;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Call before each edit that becomes one command: remembers the state to go back to. */
    private void edit() throws IOException {
        undo.push(new State(bytes(), number));
        redo.clear();
        number = nextNumber++;
    }

    void undo() throws Exception {
        redo.push(new State(bytes(), number));
        restore(undo.pop());
    }

    void redo() throws Exception {
        undo.push(new State(bytes(), number));
        restore(redo.pop());
    }

    private void restore(State state) throws Exception {
        Path file = scratch.resolve("oracle.touchline");
        Files.write(file, state.bytes());
        model = ModelFiles.load(file);
        number = state.number();
        newest = null;
    }

    /** The next id the editor's generator gives (the same seed, the same order of creation). */
    private String newId(EClass eClass) {
        return ElementIds.prefix(eClass) + "-" + HexFormat.of().toHexDigits(ids.nextLong()).substring(0, 12);
    }

    @SuppressWarnings("unchecked")
    private <T extends EObject> T byId(String id) {
        return (T) model.eResource().getEObject(id);
    }

    // --- the edits ---------------------------------------------------------------------------------------

    /** Insert: after the selected touchpoint in its lane, or at the end of the selected stage's front stage. */
    void newTouchpoint(String selectedId) throws IOException {
        EObject selected = byId(selectedId);
        Touchpoint after = selected instanceof Touchpoint t ? t : null;
        Stage stage = after != null ? (Stage) after.eContainer() : (Stage) selected;
        edit();
        Touchpoint touchpoint = FACTORY.createTouchpoint();
        touchpoint.setId(newId(touchpoint.eClass()));
        touchpoint.setName("New touchpoint");
        touchpoint.setVisibility(after == null ? Visibility.FRONTSTAGE : after.getVisibility());
        if (after == null) {
            stage.getTouchpoints().add(touchpoint);
        } else {
            stage.getTouchpoints().add(stage.getTouchpoints().indexOf(after) + 1, touchpoint);
        }
        newest = touchpoint;
    }

    /** The name typed for the touchpoint or stage just inserted (a command of its own). */
    void renameNewest(String name) throws IOException {
        rename(newest.getId(), name);
    }

    /** Ctrl+Shift+Insert: a new stage after the selected one. */
    void newStage(String selectedStageId) throws IOException {
        Stage selected = byId(selectedStageId);
        var stages = ((dev.touchline.model.Journey) selected.eContainer()).getStages();
        edit();
        Stage stage = FACTORY.createStage();
        stage.setId(newId(stage.eClass()));
        stage.setName("New stage");
        stages.add(stages.indexOf(selected) + 1, stage);
        newest = stage;
    }

    void rename(String id, String name) throws IOException {
        edit();
        ((dev.touchline.model.NamedElement) byId(id)).setName(name);
    }

    boolean canAssignOwner(String touchpointId, String departmentId) {
        return ((Touchpoint) byId(touchpointId)).getOwner() != byId(departmentId);
    }

    void assignOwner(String touchpointId, String departmentId) throws IOException {
        edit();
        ((Touchpoint) byId(touchpointId)).setOwner(byId(departmentId));
    }

    /** A supporter can be removed; the owner cannot also be made a supporter. */
    boolean canToggleSupporter(String touchpointId, String departmentId) {
        Touchpoint touchpoint = byId(touchpointId);
        Department department = byId(departmentId);
        return touchpoint.getSupporters().contains(department) || touchpoint.getOwner() != department;
    }

    void toggleSupporter(String touchpointId, String departmentId) throws IOException {
        Touchpoint touchpoint = byId(touchpointId);
        Department department = byId(departmentId);
        edit();
        if (!touchpoint.getSupporters().remove(department)) {
            touchpoint.getSupporters().add(department);
        }
    }

    /**
     * A drop at a slot of a stage: the touchpoint lands just before the one that held slot
     * {@code index} of the stage's list before the move (at the end when none did; where it was
     * when that is itself), in the lane's visibility ({@code null}: keep it). Nothing changes, no
     * command.
     */
    void move(String touchpointId, String stageId, Visibility visibility, int index) throws IOException {
        Touchpoint touchpoint = byId(touchpointId);
        Stage to = byId(stageId);
        Touchpoint anchor = index < to.getTouchpoints().size() ? to.getTouchpoints().get(index) : null;
        Visibility after = visibility == null ? touchpoint.getVisibility() : visibility;
        List<Touchpoint> landed = new ArrayList<>(to.getTouchpoints());
        if (anchor != touchpoint) {
            landed.remove(touchpoint);
            landed.add(anchor == null ? landed.size() : landed.indexOf(anchor), touchpoint);
        }
        boolean stays = to == touchpoint.eContainer() && landed.equals(to.getTouchpoints());
        if (stays && after == touchpoint.getVisibility()) {
            return;
        }
        edit();
        if (!stays) {
            ((Stage) touchpoint.eContainer()).getTouchpoints().remove(touchpoint);
            to.getTouchpoints().add(landed.indexOf(touchpoint), touchpoint);
        }
        touchpoint.setVisibility(after);
    }

    /** A measurement of the metric, last of the touchpoint's measurements. */
    void newMeasurement(String touchpointId, String metricId) throws IOException {
        Touchpoint touchpoint = byId(touchpointId);
        edit();
        var measurement = FACTORY.createMeasurement();
        measurement.setId(newId(measurement.eClass()));
        measurement.setMetric(byId(metricId));
        touchpoint.getMeasurements().add(measurement);
    }

    /** Delete: the elements and every reference to them. */
    void delete(List<String> elementIds) throws IOException {
        List<EObject> elements = elementIds.stream().map(id -> (EObject) byId(id)).toList();
        edit();
        for (EObject element : elements) {
            EcoreUtil.delete(element, true);
        }
    }

    /** Paste: copies at the end of the selected stage (or the selected touchpoint's). */
    void paste(String selectedId, Clipboard clipboard) throws IOException {
        EObject selected = byId(selectedId);
        Stage stage = selected instanceof Touchpoint t ? (Stage) t.eContainer() : (Stage) selected;
        edit();
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
        List<Touchpoint> copies = new ArrayList<>(copier.copyAll(clipboard.touchpoints));
        for (var entry : clipboard.references.entrySet()) {
            EObject copy = copier.get(entry.getKey());
            for (Target target : entry.getValue()) {
                EObject local = model.eResource().getEObject(target.id());
                if (local != null && local.eClass() == target.eClass()) {
                    add(copy, target.reference(), local);
                }
            }
        }
        for (EObject copy : (Iterable<EObject>) () -> EcoreUtil.<EObject>getAllContents(copies, false)) {
            if (copy instanceof Element element) {
                element.setId(newId(element.eClass()));
            }
        }
        stage.getTouchpoints().addAll(copies);
    }

    @SuppressWarnings("unchecked")
    private static void add(EObject owner, EReference reference, EObject value) {
        if (!reference.isMany()) {
            owner.eSet(reference, value);
        } else if (!((List<EObject>) owner.eGet(reference)).contains(value)) {
            ((List<EObject>) owner.eGet(reference)).add(value);
        }
    }

    private record Target(EReference reference, String id, EClass eClass) {
    }

    /**
     * What Copy took: copies of the touchpoints (with what they contain) as they were, and what
     * each copied element referred to, by id. Shared by the maps, as the workbench's clipboard is.
     */
    static final class Clipboard {
        private List<Touchpoint> touchpoints = List.of();
        private final Map<EObject, List<Target>> references = new LinkedHashMap<>();

        boolean isEmpty() {
            return touchpoints.isEmpty();
        }

        void copy(EditorOracle from, List<String> touchpointIds) {
            List<Touchpoint> originals = touchpointIds.stream().map(id -> (Touchpoint) from.byId(id)).toList();
            EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
            touchpoints = List.copyOf(copier.copyAll(originals));
            references.clear();
            for (var entry : copier.entrySet()) {
                List<Target> targets = new ArrayList<>();
                for (EReference reference : entry.getKey().eClass().getEAllReferences()) {
                    if (reference.isContainment() || reference.isContainer() || reference.isTransient()
                            || !entry.getKey().eIsSet(reference)) {
                        continue;
                    }
                    Object value = entry.getKey().eGet(reference);
                    for (Object v : value instanceof List<?> list ? list : List.of(value)) {
                        targets.add(new Target(reference, ((Element) v).getId(), ((EObject) v).eClass()));
                    }
                }
                references.put(entry.getValue(), targets);
            }
        }
    }
}
