package dev.touchline.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;

import dev.touchline.io.Catalogues;
import dev.touchline.io.ModelFileException;
import dev.touchline.map.commands.CopiedTouchpoints;
import dev.touchline.map.commands.JourneyMapCommands;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Metric;
import dev.touchline.model.NamedElement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Visibility;
import dev.touchline.model.util.ElementIds;

/**
 * What the user does to the map besides drawing on it: create elements (palette, context menu,
 * keys), copy and paste through the workbench's {@link MapClipboard}, delete, and the map's context
 * menu. Every change is an EMF.Edit command executed by the editor, so Undo takes it back.
 */
final class MapEditing {

    private final EditorSession editor;

    MapEditing(EditorSession editor) {
        this.editor = editor;
    }

    private MapCanvas canvas() {
        return editor.canvas();
    }

    private EditingDomain domain() {
        return editor.domain();
    }

    private JourneyModel model() {
        return editor.model();
    }

    /** The stage of the first selected element, else the journey's first stage, else none. */
    Stage selectedStage() {
        for (EObject e : canvas().selection()) {
            for (EObject c = e; c != null; c = c.eContainer()) {
                if (c instanceof Stage stage) {
                    return stage;
                }
            }
        }
        Journey journey = editor.journey();
        return journey == null || journey.getStages().isEmpty() ? null : journey.getStages().get(0);
    }

    private Touchpoint selectedTouchpoint() {
        return canvas().selection().stream().filter(Touchpoint.class::isInstance).map(Touchpoint.class::cast)
                .findFirst().orElse(null);
    }

    void newStage() {
        if (editor.journey() == null) {
            Journey created = TouchlineFactory.eINSTANCE.createJourney();
            created.setId(ElementIds.newId(created.eClass(), model()));
            created.setName("New journey");
            editor.execute(AddCommand.create(domain(), model(), TouchlinePackage.Literals.JOURNEY_MODEL__JOURNEYS,
                    created));
            editor.setJourney(created);
        }
        Journey journey = editor.journey();
        Stage selected = canvas().selection().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .findFirst().orElse(null);
        int index = selected == null ? -1 : journey.getStages().indexOf(selected) + 1;
        editor.execute(JourneyMapCommands.createStage(domain(), journey, index));
        // the new column may be off screen: bring it into view and open its name for typing
        if (canvas().selection().size() == 1 && canvas().selection().get(0) instanceof Stage created) {
            canvas().reveal(created);
            canvas().renameSelection();
        }
    }

    void newTouchpoint() {
        Stage stage = selectedStage();
        if (stage == null) {
            return;
        }
        Touchpoint after = selectedTouchpoint();
        Visibility visibility = after == null ? Visibility.FRONTSTAGE : after.getVisibility();
        int index = after == null ? -1 : stage.getTouchpoints().indexOf(after) + 1;
        editor.execute(JourneyMapCommands.createTouchpoint(domain(), stage, visibility, index));
        canvas().renameSelection();
    }

    void newDepartment() {
        editor.execute(JourneyMapCommands.createDepartment(domain(), model()));
    }

    void newPromise() {
        editor.execute(JourneyMapCommands.createPromise(domain(), model()));
    }

    /**
     * Measures the selected touchpoint: by {@code metric}, or ({@code null}) by the metric the
     * user picks. A measurement always measures a metric: a model without metrics is offered the
     * standard catalogue's first.
     */
    void newMeasurement(Metric metric) {
        Touchpoint touchpoint = selectedTouchpoint();
        if (touchpoint == null) {
            UserPrompts.current().inform(editor.shell(), "New measurement",
                    "Select the touchpoint to measure first, then add a measurement.");
            return;
        }
        newMeasurement(touchpoint, metric);
    }

    private void newMeasurement(Touchpoint touchpoint, Metric metric) {
        Metric measured = metric != null ? metric : chooseMetric(touchpoint);
        if (measured != null) {
            editor.execute(JourneyMapCommands.createMeasurement(domain(), touchpoint, measured));
        }
    }

    private Metric chooseMetric(Touchpoint touchpoint) {
        if (model().getMetrics().isEmpty() && !offerStandardCatalogue("New measurement",
                "This model has no metrics yet, and a measurement measures a metric. Add the standard metrics"
                        + " (NPS, CSAT, CES, first contact resolution, ...), channels and service values to it?")) {
            return null;
        }
        List<Metric> metrics = model().getMetrics();
        if (metrics.size() == 1) {
            return metrics.get(0);
        }
        int chosen = UserPrompts.current().chooseFrom(editor.shell(), "New measurement",
                "Measure '" + touchpoint.getName() + "' by which metric?",
                metrics.stream().map(m -> m.getName() == null ? "(unnamed)" : m.getName()).toList());
        return chosen < 0 || chosen >= metrics.size() ? null : metrics.get(chosen);
    }

    /** Asks, then adds the standard catalogue (one command); whether the model has metrics now. */
    private boolean offerStandardCatalogue(String title, String question) {
        if (UserPrompts.current().choose(editor.shell(), title, question, "Add the standard metrics", "Cancel") != 0) {
            return false;
        }
        importStandardCatalogue();
        return !model().getMetrics().isEmpty();
    }

    /** Adds what the standard catalogue has and the model lacks, as one command. */
    void importStandardCatalogue() {
        try {
            importCatalogue(editor, Catalogues.standard());
        } catch (ModelFileException e) {
            UserPrompts.current().error(editor.shell(), "Standard catalogue", e.getMessage());
        }
    }

    /** Adds what {@code catalogue} has and the model lacks (by name), as one command; says when nothing. */
    static void importCatalogue(dev.touchline.ui.session.MapSession map, JourneyModel catalogue) {
        Command command = JourneyMapCommands.importCatalogue(map.domain(), map.model(), catalogue);
        if (command.canExecute()) {
            map.execute(command);
        } else {
            UserPrompts.current().inform(map.shell(), "Import catalogue", "The model already has everything in '"
                    + catalogue.getName() + "' (elements of the same kind and name): nothing to add.");
        }
    }

    // --- New: the children the item providers offer -------------------------------------------------

    /**
     * A "New" menu for {@code owner}: an item for each child its item provider offers
     * ({@code getNewChildDescriptors}, core EMF.Edit), so a class added to the Ecore appears here
     * without new code. A child that needs more than a generic one gets its specific command: a
     * measurement asks for its metric, a touchpoint and a stage are placed and named on the map.
     */
    void fillNewMenu(IMenuManager parent, EObject owner, EditActions actions, String label) {
        MenuManager menu = new MenuManager(label);
        for (Object descriptor : domain().getNewChildDescriptors(owner, null)) {
            if (descriptor instanceof CommandParameter p && p.getEReference() != null
                    && p.getValue() instanceof EObject child) {
                menu.add(actions.action(childLabel(owner, p), () -> newChild(owner, p.getEReference(),
                        child.eClass()), true));
            }
        }
        if (!menu.isEmpty()) {
            parent.add(menu);
        }
    }

    /** The item provider's name for a new child ("Pain Point"). */
    private String childLabel(EObject owner, CommandParameter descriptor) {
        Command command = CreateChildCommand.create(domain(), owner, descriptor, List.of(owner));
        return command instanceof org.eclipse.emf.edit.command.CommandActionDelegate d && d.getText() != null
                ? d.getText()
                : descriptor.getEValue().eClass().getName();
    }

    /** Creates a {@code type} in {@code feature} of {@code owner}, as one command, selected (and named on the map). */
    void newChild(EObject owner, EReference feature, EClass type) {
        TouchlinePackage p = TouchlinePackage.eINSTANCE;
        if (type == p.getMeasurement() && owner instanceof Touchpoint touchpoint) {
            newMeasurement(touchpoint, null);
            return;
        }
        if (type == p.getTouchpoint() && owner instanceof Stage stage) {
            editor.execute(JourneyMapCommands.createTouchpoint(domain(), stage, Visibility.FRONTSTAGE, -1));
            canvas().renameSelection();
            return;
        }
        if (type == p.getStage() && owner instanceof Journey journey) {
            if (journey != editor.journey()) {
                editor.setJourney(journey);
            }
            editor.execute(JourneyMapCommands.createStage(domain(), journey, -1));
            canvas().renameSelection();
            return;
        }
        EObject child = EcoreUtil.create(type);
        if (child instanceof dev.touchline.model.Element element) {
            element.setId(ElementIds.newId(type, owner));
        }
        if (child instanceof NamedElement named) {
            named.setName("New " + typeLabel(type));
        }
        editor.execute(CreateChildCommand.create(domain(), owner, new CommandParameter(owner, feature, child),
                List.of(owner)));
        if (child instanceof Journey journey) {
            editor.setJourney(journey);
            canvas().setSelection(List.of(journey)); // the Outline and Properties show it, as other new elements
        }
        if (canvas().mapLayout() != null && canvas().mapLayout().boundsOf(child) != null) {
            canvas().reveal(child);
            canvas().renameSelection(); // drawn on the map: type its name there
        }
    }

    /**
     * A pain point, opportunity or employee insight on the selected card (an opportunity may go
     * on the selected stage too): the palette's map-level tools.
     */
    void newOnSelection(EClass type) {
        TouchlinePackage p = TouchlinePackage.eINSTANCE;
        Touchpoint touchpoint = selectedTouchpoint();
        if (touchpoint != null) {
            EReference feature = type == p.getPainPoint() ? p.getTouchpoint_PainPoints()
                    : type == p.getOpportunity() ? p.getTouchpoint_Opportunities() : p.getTouchpoint_Insights();
            newChild(touchpoint, feature, type);
        } else if (type == p.getOpportunity() && canvas().selection().size() == 1
                && canvas().selection().get(0) instanceof Stage stage) {
            newChild(stage, p.getStage_Opportunities(), type);
        } else {
            UserPrompts.current().inform(editor.shell(), "New " + typeLabel(type), "Select the touchpoint"
                    + (type == p.getOpportunity() ? " or stage" : "") + " it belongs to first.");
        }
    }

    /** "pain point" for PainPoint. */
    private static String typeLabel(EClass type) {
        return type.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Renames an element through a prompt (the Outline's Rename, and for elements not drawn on the map). */
    void rename(NamedElement element) {
        String name = UserPrompts.current().ask(editor.shell(), "Rename", "New name of " + typeLabel(element.eClass())
                + " '" + element.getName() + "':", element.getName());
        if (name != null) {
            editor.execute(JourneyMapCommands.rename(domain(), element, name));
        }
    }

    /** Deletes elements and every reference to them, as one command. */
    void delete(List<EObject> elements) {
        editor.execute(JourneyMapCommands.delete(domain(), elements));
    }

    void copySelection() {
        List<Touchpoint> selected = canvas().selection().stream().filter(Touchpoint.class::isInstance)
                .map(Touchpoint.class::cast).toList();
        if (!selected.isEmpty()) {
            MapClipboard.current().set(CopiedTouchpoints.of(selected));
        }
    }

    boolean canPaste() {
        return !MapClipboard.current().contents().isEmpty() && selectedStage() != null;
    }

    void paste() {
        Stage stage = selectedStage();
        if (stage != null) {
            editor.execute(JourneyMapCommands.paste(domain(), stage, MapClipboard.current().contents()));
        }
    }

    void deleteSelection() {
        editor.execute(JourneyMapCommands.delete(domain(), canvas().selection()));
    }

    /** The map's context menu: what can be created here, owner and supporters of a card, Edit. */
    void fillContextMenu(IMenuManager menu, EditActions actions) {
        List<EObject> selection = canvas().selection();
        fillNewMenu(menu, selection.isEmpty() ? model() : selection.get(0), actions, "Ne&w");
        if (!selection.isEmpty()) {
            fillNewMenu(menu, model(), actions, "New in &Model"); // journeys, personas, metrics...
        }
        menu.add(new Separator());
        menu.add(actions.action("New touchpoint", this::newTouchpoint, selectedStage() != null));
        menu.add(actions.action("New stage", this::newStage, true));
        menu.add(actions.action("New department", this::newDepartment, true));
        menu.add(actions.action("New brand promise", this::newPromise, true));
        Touchpoint touchpoint = selectedTouchpoint();
        MenuManager measure = new MenuManager("New measurement of");
        for (Metric metric : model().getMetrics()) {
            measure.add(actions.action(metric.getName(), () -> newMeasurement(metric), touchpoint != null));
        }
        menu.add(measure);
        if (touchpoint != null) {
            MenuManager owner = new MenuManager("Assign owner");
            for (Department department : model().getDepartments()) {
                owner.add(actions.action(department.getName(), () -> editor.execute(JourneyMapCommands
                        .assignOwner(domain(), touchpoint, department)), touchpoint.getOwner() != department));
            }
            menu.add(owner);
            MenuManager supporters = new MenuManager("Supporting departments");
            for (Department department : model().getDepartments()) {
                boolean supports = touchpoint.getSupporters().contains(department);
                boolean owns = touchpoint.getOwner() == department;
                supporters.add(actions.toggle(department.getName() + (owns ? " (owner)" : ""), supports,
                        () -> editor.execute(JourneyMapCommands.toggleSupporter(domain(), touchpoint, department)),
                        supports || !owns));
            }
            menu.add(supporters);
        }
        menu.add(new Separator());
        actions.fillEditItems(menu);
    }
}
