package dev.touchline.map.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.touchline.io.Catalogues;
import dev.touchline.map.MapLayout;
import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.Element;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.NamedElement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Visibility;
import dev.touchline.model.util.ElementIds;
import dev.touchline.model.util.Texts;

/**
 * The edits of the journey-map editor, as EMF.Edit commands to execute on the editing domain's
 * command stack (so each one undoes and redoes as a whole). Headless: the SWT editor, the quick
 * fixes and the tests build the same commands.
 */
public final class JourneyMapCommands {

    private static final TouchlinePackage PKG = TouchlinePackage.eINSTANCE;
    private static final TouchlineFactory FACTORY = TouchlineFactory.eINSTANCE;
    /** Colours given to new departments in turn: distinct, readable under black text. */
    private static final String[] DEPARTMENT_COLORS = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac" };

    private JourneyMapCommands() {
    }

    /** Adds a new touchpoint to a stage, in the given lane, at {@code index} (−1: at the end). */
    public static Command createTouchpoint(EditingDomain domain, Stage stage, Visibility visibility, int index) {
        Touchpoint touchpoint = FACTORY.createTouchpoint();
        touchpoint.setId(ElementIds.newId(PKG.getTouchpoint(), stage));
        touchpoint.setName("New touchpoint");
        touchpoint.setVisibility(visibility);
        return labelled(add(domain, stage, PKG.getStage_Touchpoints(), touchpoint, index), "New touchpoint");
    }

    /** Adds a new stage to a journey at {@code index} (−1: at the end). */
    public static Command createStage(EditingDomain domain, Journey journey, int index) {
        Stage stage = FACTORY.createStage();
        stage.setId(ElementIds.newId(PKG.getStage(), journey));
        stage.setName("New stage");
        return labelled(add(domain, journey, PKG.getJourney_Stages(), stage, index), "New stage");
    }

    /** Adds a new department with a colour no other department uses yet (when one is left). */
    public static Command createDepartment(EditingDomain domain, JourneyModel model) {
        Department department = FACTORY.createDepartment();
        department.setId(ElementIds.newId(PKG.getDepartment(), model));
        department.setName("New department");
        department.setColor(freeColor(model));
        return labelled(add(domain, model, PKG.getJourneyModel_Departments(), department, -1), "New department");
    }

    /** Adds a new brand promise to the model. */
    public static Command createPromise(EditingDomain domain, JourneyModel model) {
        BrandPromise promise = FACTORY.createBrandPromise();
        promise.setId(ElementIds.newId(PKG.getBrandPromise(), model));
        promise.setName("New promise");
        return labelled(add(domain, model, PKG.getJourneyModel_BrandPromises(), promise, -1), "New promise");
    }

    /** Adds a measurement of {@code metric} (may be {@code null}) to a touchpoint. */
    public static Command createMeasurement(EditingDomain domain, Touchpoint touchpoint, Metric metric) {
        if (metric == null) {
            return UnexecutableCommand.INSTANCE; // a measurement measures a metric (rule measurement-metric)
        }
        Measurement measurement = FACTORY.createMeasurement();
        measurement.setId(ElementIds.newId(PKG.getMeasurement(), touchpoint));
        Command add = add(domain, touchpoint, PKG.getTouchpoint_Measurements(), measurement, -1);
        // Not measurement.setMetric here: it would add the measurement to the metric's list of
        // measurements outside the command, where undo cannot take it back.
        CompoundCommand create = new CompoundCommand("New measurement");
        create.append(setReference(domain, measurement, PKG.getMeasurement_Metric(), metric));
        create.append(add);
        return create;
    }

    /**
     * Adds what {@code catalogue} has and {@code model} lacks (by name: metrics, channels, service
     * values, personas, departments, brand promises; see {@link Catalogues#additions}), as one
     * command; unexecutable when the model already has it all.
     */
    public static Command importCatalogue(EditingDomain domain, JourneyModel model, JourneyModel catalogue) {
        Map<EReference, List<EObject>> additions = Catalogues.additions(model, catalogue);
        if (additions.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand("Import catalogue '" + catalogue.getName() + "'");
        additions.forEach((list, elements) -> command.append(AddCommand.create(domain, model, list, elements)));
        return command;
    }

    /** Renames an element; control characters are removed as the text comes in. */
    public static Command rename(EditingDomain domain, NamedElement element, String name) {
        String clean = Texts.clean(name).strip();
        if (clean.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(SetCommand.create(domain, element, PKG.getNamedElement_Name(), clean), "Rename");
    }

    /**
     * Sets a text where the map draws it: a name (never empty), or another text such as a stage's
     * customer goal or actions (left empty: cleared). Line breaks become spaces (the map wraps
     * text itself) and control characters are removed as the text comes in.
     */
    public static Command editText(EditingDomain domain, EObject element, EAttribute attribute, String text) {
        if (attribute == PKG.getNamedElement_Name()) {
            return rename(domain, (NamedElement) element, text);
        }
        String clean = Texts.clean(text).strip();
        return labelled(SetCommand.create(domain, element, attribute, clean.isEmpty() ? null : clean),
                "Edit " + words(attribute.getName()));
    }

    /**
     * Sets any feature to a value, as Properties and the Catalogues view do, labelled with what
     * it edits ("Edit owner", so that Edit &gt; Undo says "Undo Edit owner", not EMF's "Undo Set").
     */
    public static Command set(EditingDomain domain, EObject element, org.eclipse.emf.ecore.EStructuralFeature feature,
            Object value) {
        if (!canSet(element, feature, value)) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(SetCommand.create(domain, element, feature, value), "Edit " + words(feature.getName()));
    }

    /**
     * Whether {@link #set} takes {@code value}: everything but a department's parent that is the
     * department itself or one of its sub-departments (a cycle the department-parent rule would
     * only flag afterwards). Properties offers only the values this accepts.
     */
    public static boolean canSet(EObject element, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        if (feature != PKG.getDepartment_Parent() || !(value instanceof Department parent)) {
            return true;
        }
        java.util.Set<Department> seen = new java.util.HashSet<>();
        for (Department d = parent; d != null && seen.add(d); d = d.getParent()) {
            if (d == element) {
                return false;
            }
        }
        return true;
    }

    /** {@code customerGoal} → "customer goal". */
    private static String words(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Makes a department the touchpoint's owner. */
    public static Command assignOwner(EditingDomain domain, Touchpoint touchpoint, Department department) {
        // EMF's compound (out of the old owner's list at its place, into the new one's) undoes exactly.
        return labelled(SetCommand.create(domain, touchpoint, PKG.getTouchpoint_Owner(), department), "Assign owner");
    }

    /**
     * Makes a department support the touchpoint, or stop supporting it when it does. The owner is
     * not made a supporter too: it is accountable already, and would be counted twice.
     */
    public static Command toggleSupporter(EditingDomain domain, Touchpoint touchpoint, Department department) {
        if (touchpoint.getSupporters().contains(department)) {
            return labelled(RemoveCommand.create(domain, touchpoint, PKG.getTouchpoint_Supporters(), department),
                    "Remove supporting department");
        }
        if (touchpoint.getOwner() == department) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(AddCommand.create(domain, touchpoint, PKG.getTouchpoint_Supporters(), department),
                "Add supporting department");
    }

    /**
     * Moves a touchpoint to where it was dropped: possibly another stage, another lane (which
     * changes its visibility) and another position. {@code target.index()} is the index in the
     * target stage's list before which the touchpoint lands, counted before the move.
     */
    public static Command moveTouchpoint(EditingDomain domain, Touchpoint touchpoint, MapLayout.DropTarget target) {
        CompoundCommand move = new CompoundCommand("Move touchpoint");
        Stage from = (Stage) touchpoint.eContainer();
        Stage to = target.stage();
        int index = target.index();
        if (from == to) {
            int current = from.getTouchpoints().indexOf(touchpoint);
            int finalIndex = index > current ? index - 1 : index;
            finalIndex = Math.max(0, Math.min(finalIndex, from.getTouchpoints().size() - 1));
            if (finalIndex != current) {
                move.append(MoveCommand.create(domain, from, PKG.getStage_Touchpoints(), touchpoint, finalIndex));
            }
        } else {
            move.append(RemoveCommand.create(domain, from, PKG.getStage_Touchpoints(), touchpoint));
            move.append(AddCommand.create(domain, to, PKG.getStage_Touchpoints(), touchpoint,
                    Math.max(0, Math.min(index, to.getTouchpoints().size()))));
        }
        Visibility visibility = target.lane().visibility();
        if (visibility != null && visibility != touchpoint.getVisibility()) {
            move.append(SetCommand.create(domain, touchpoint, PKG.getTouchpoint_Visibility(), visibility));
        }
        return move.isEmpty() ? UnexecutableCommand.INSTANCE : move;
    }

    /** Deletes elements and every reference to them (an owner deleted leaves its touchpoints unowned). */
    public static Command delete(EditingDomain domain, Collection<? extends EObject> elements) {
        return elements.isEmpty() ? UnexecutableCommand.INSTANCE : new DeleteElementsCommand(elements);
    }

    /**
     * Pastes copies of touchpoints into a stage, as they are now ({@link CopiedTouchpoints} keeps
     * them as they were when copied).
     */
    public static Command paste(EditingDomain domain, Stage stage, List<Touchpoint> originals) {
        return paste(domain, stage, CopiedTouchpoints.of(originals));
    }

    /**
     * Pastes copied touchpoints at the end of a stage. Copies get fresh ids, in document order (an
     * id is unique in a file). References point at the target model's element with the same id and
     * class, or are dropped when it has none, rather than written as ids that resolve to nothing.
     * Every change to an element of the model (the owner's list of owned touchpoints, a promise's
     * touchpoints) is a command of its own in the paste, so undo takes all of it back.
     */
    public static Command paste(EditingDomain domain, Stage stage, CopiedTouchpoints copied) {
        if (copied.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject targetRoot = EcoreUtil.getRootContainer(stage);
        EcoreUtil.Copier copier = new EcoreUtil.Copier(true, false);
        List<Touchpoint> copies = new ArrayList<>(copier.copyAll(copied.touchpoints()));
        CompoundCommand paste = new CompoundCommand("Paste");
        for (var entry : copier.entrySet()) {
            bindReferences(domain, entry.getKey(), entry.getValue(), copier, targetRoot, paste);
        }
        for (EObject copy : (Iterable<EObject>) () -> EcoreUtil.<EObject>getAllContents(copies, false)) {
            if (copy instanceof Element element) {
                element.setId(ElementIds.newId(element.eClass(), stage));
            }
        }
        // Last, so the paste's affected objects (selected after it) are the new touchpoints.
        paste.append(AddCommand.create(domain, stage, PKG.getStage_Touchpoints(), copies));
        return paste;
    }

    /**
     * Gives a detached copy the references of its original: to another copy (set directly), or to
     * the target model's element with the same id; a reference with an opposite then changes that
     * element too, so it is set by a command, never here.
     */
    private static void bindReferences(EditingDomain domain, EObject original, EObject copy, EcoreUtil.Copier copier,
            EObject targetRoot, CompoundCommand paste) {
        for (EReference reference : original.eClass().getEAllReferences()) {
            if (!isStoredCrossReference(reference) || !original.eIsSet(reference)) {
                continue;
            }
            List<EObject> values = new ArrayList<>();
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> many = (List<EObject>) original.eGet(reference);
                values.addAll(many);
            } else {
                values.add((EObject) original.eGet(reference));
            }
            List<EObject> inModel = new ArrayList<>();
            for (EObject value : values) {
                EObject copied = copier.get(value);
                EObject bound = copied != null ? copied : inTarget(value, targetRoot);
                if (bound == null) {
                    continue;
                }
                if (copied != null || reference.getEOpposite() == null) {
                    setOrAdd(copy, reference, bound);
                } else if (!inModel.contains(bound)) {
                    inModel.add(bound);
                }
            }
            if (!inModel.isEmpty()) {
                paste.append(reference.isMany() ? AddCommand.create(domain, copy, reference, inModel)
                        : setReference(domain, copy, reference, inModel.get(0)));
            }
        }
    }

    /**
     * Sets a single-valued reference of a new element (which had none) on the side that is saved,
     * undone by identity. {@code SetCommand.create} turns a reference with a many-valued opposite
     * (owner, metric) into an add to the other end's list, which EMF undoes by position: had that
     * list been reordered in between, undo would remove the wrong element.
     */
    private static Command setReference(EditingDomain domain, EObject owner, EReference reference, EObject value) {
        return new SetCommand(domain, owner, reference, value);
    }

    @SuppressWarnings("unchecked")
    private static void setOrAdd(EObject copy, EReference reference, EObject value) {
        if (!reference.isMany()) {
            copy.eSet(reference, value);
        } else if (!((List<EObject>) copy.eGet(reference)).contains(value)) {
            ((List<EObject>) copy.eGet(reference)).add(value);
        }
    }

    /** A reference saved in the file between two elements (not containment, not a backward list). */
    static boolean isStoredCrossReference(EReference reference) {
        return !reference.isContainment() && !reference.isContainer() && !reference.isTransient()
                && reference.isChangeable() && !reference.isDerived();
    }

    /** The target model's element with the id and class of {@code value}, or {@code null}. */
    private static EObject inTarget(EObject value, EObject targetRoot) {
        if (EcoreUtil.getRootContainer(value) == targetRoot) {
            return value;
        }
        if (value instanceof Element element && element.getId() != null && targetRoot.eResource() != null
                && targetRoot.eResource().getEObject(element.getId()) instanceof EObject local
                && local.eClass() == value.eClass()) {
            return local;
        }
        return null;
    }

    private static Command add(EditingDomain domain, EObject owner, EReference feature, EObject value, int index) {
        return index < 0 ? AddCommand.create(domain, owner, feature, value)
                : AddCommand.create(domain, owner, feature, value, index);
    }

    private static String freeColor(JourneyModel model) {
        List<String> used = new ArrayList<>();
        for (Department department : model.getDepartments()) {
            if (department.getColor() != null) {
                used.add(department.getColor().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String color : DEPARTMENT_COLORS) {
            if (!used.contains(color)) {
                return color;
            }
        }
        return DEPARTMENT_COLORS[model.getDepartments().size() % DEPARTMENT_COLORS.length];
    }

    private static Command labelled(Command command, String label) {
        if (command instanceof org.eclipse.emf.common.command.AbstractCommand abstractCommand) {
            abstractCommand.setLabel(label);
        }
        return command;
    }
}
