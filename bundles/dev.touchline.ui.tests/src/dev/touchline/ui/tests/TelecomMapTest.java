package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.io.ModelFiles;
import dev.touchline.map.Rect;
import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.EmployeeInsight;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.NamedElement;
import dev.touchline.model.Opportunity;
import dev.touchline.model.PainPoint;
import dev.touchline.model.Persona;
import dev.touchline.model.Severity;
import dev.touchline.model.Stage;
import dev.touchline.model.TouchlineFactory;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.Visibility;
import dev.touchline.ui.TouchlineUi;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.editor.MapCanvas;
import dev.touchline.ui.views.CataloguesView;
import dev.touchline.ui.wizards.NewModelWizard;

/**
 * The proof of issue 17: a CX designer at a telecom company builds a journey map from File > New
 * (blank) through the workbench alone: the palette, the map's and the Outline's context menus, the
 * Catalogues tables, typing names where they are drawn, and the Properties view's handlers for the
 * fields only it edits. The saved file must be exactly the map meant (built independently below
 * with the model API, ids aside); undoing every step gives back the blank model's bytes, and redoing
 * them the saved map's.
 */
@Tag("ui")
@ExtendWith(ClosesEditors.class)
class TelecomMapTest {

    private static final TouchlinePackage P = TouchlinePackage.eINSTANCE;
    private static final String[] DEPARTMENTS = { "Sales", "Customer Care", "Network Operations", "IT", "Billing" };

    @TempDir
    Path folder;

    @RegisterExtension
    final RecordedPrompts prompts = new RecordedPrompts();

    private JourneyMapEditor editor;
    private MapCanvas canvas;

    @Test
    void aDesignerBuildsTheTelecomMapFromABlankModelInTheWorkbench() throws Exception {
        // File > New > Touchline Model, blank
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(Ui.window().getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(Ui.window().getShell(), wizard);
        dialog.create();
        wizard.page().fill(folder, "telecom", "Telecom", false);
        assertTrue(wizard.performFinish(), () -> wizard.page().getErrorMessage());
        dialog.close();
        Ui.window().getShell().setSize(1600, 1000);
        Ui.flush();
        editor = (JourneyMapEditor) Ui.page().getActiveEditor();
        canvas = editor.canvas();
        Path file = editor.file();
        byte[] blank = Files.readAllBytes(file);
        JourneyModel model = editor.model();
        Journey journey = model.getJourneys().get(0);

        // the journey's name, in the Outline
        renameInOutline(journey, "Switch mobile provider");

        // five stages: three renamed where they are drawn, two added after the last
        List<Stage> stages = journey.getStages();
        renameOnMap(stages.get(1), "Compare");
        renameOnMap(stages.get(2), "Sign up");
        for (String name : new String[] { "Activate", "Use" }) {
            clickOn(stages.get(stages.size() - 1));
            palette("+ Stage");
            type(name);
        }
        Ui.screenshot(Ui.window().getShell(), "telecom-1-stages");

        // a persona (New in Model on the map's menu), named in the Outline, set on the journey
        clickOn(stages.get(0));
        assertTrue(Ui.contextMenu(canvas, "New in Model", "Persona"));
        Persona persona = model.getPersonas().get(0);
        renameInOutline(persona, "Young professional");
        property(journey, "Persona", persona);

        // five departments from the palette, named in the Catalogues table
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            palette("+ Department");
        }
        CataloguesView catalogues = (CataloguesView) Ui.page().showView(TouchlineUi.CATALOGUES_VIEW_ID);
        TableViewer departments = catalogues.show(P.getJourneyModel_Departments());
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            typeInCell(departments, model.getDepartments().get(i), DEPARTMENTS[i]);
        }
        Ui.page().activate(editor);

        // twelve touchpoints: placed on the map, named there, owner from the card's menu, channel and lane in Properties
        touchpoint(stages.get(0), "Search tariffs online", "Web site", "Sales", Visibility.FRONTSTAGE);
        touchpoint(stages.get(0), "Ask friends on social media", "Social media", "Sales", Visibility.FRONTSTAGE);
        touchpoint(stages.get(1), "Tariff comparison page", "Web site", "Sales", Visibility.FRONTSTAGE);
        touchpoint(stages.get(1), "Store visit", "Store", "Sales", Visibility.FRONTSTAGE);
        touchpoint(stages.get(1), "Coverage check", "Web site", "Network Operations", Visibility.FRONTSTAGE);
        touchpoint(stages.get(2), "Online order", "Web site", "Sales", Visibility.FRONTSTAGE);
        touchpoint(stages.get(2), "Credit check", null, "Billing", Visibility.BACKSTAGE);
        touchpoint(stages.get(2), "Number porting request", "Phone", "Customer Care", Visibility.FRONTSTAGE);
        touchpoint(stages.get(3), "SIM delivery", "Letter", "Customer Care", Visibility.FRONTSTAGE);
        touchpoint(stages.get(3), "Number ported", null, "IT", Visibility.BACKSTAGE);
        touchpoint(stages.get(4), "First bill", "E-mail", "Billing", Visibility.FRONTSTAGE);
        touchpoint(stages.get(4), "Support chat", "Chat", "Customer Care", Visibility.FRONTSTAGE);
        Ui.screenshot(Ui.window().getShell(), "telecom-2-touchpoints");

        // two brand promises, named in their table, delivered by touchpoints (Properties)
        palette("+ Brand promise");
        palette("+ Brand promise");
        TableViewer promises = catalogues.show(P.getJourneyModel_BrandPromises());
        typeInCell(promises, model.getBrandPromises().get(0), "No surprises on the bill");
        typeInCell(promises, model.getBrandPromises().get(1), "Switch in one day");
        Ui.page().activate(editor);
        property(touchpoint("First bill"), "Promises", List.of(model.getBrandPromises().get(0)));
        property(touchpoint("Number ported"), "Promises", List.of(model.getBrandPromises().get(1)));

        // measurements of three catalogue metrics, from the card's menu, targets and actuals in Properties
        measure("Online order", "NPS", 30.0, 22.0);
        measure("Store visit", "CSAT", 85.0, 88.0);
        measure("Support chat", "First response time", 2.0, 6.5);
        measure("Support chat", "CSAT", 80.0, 71.0);

        // pain points, an opportunity and an insight from the palette, on the selected card
        clickOn(touchpoint("Number porting request"));
        palette("+ Pain point");
        type("Porting takes three days");
        property(touchpoint("Number porting request").getPainPoints().get(0), "Severity", Severity.HIGH);
        clickOn(touchpoint("First bill"));
        palette("+ Pain point");
        type("Bill higher than the offer");
        clickOn(touchpoint("Number ported"));
        palette("+ Opportunity");
        type("Port numbers overnight");
        clickOn(touchpoint("Support chat"));
        palette("+ Insight");
        property(touchpoint("Support chat").getInsights().get(0), "Text",
                "Customers ask for the porting status five times");
        Ui.screenshot(Ui.window().getShell(), "telecom-3-complete");

        // File > Save: the file holds exactly the map meant
        Ui.page().activate(editor);
        Ui.command("org.eclipse.ui.file.save");
        byte[] saved = Files.readAllBytes(file);
        JourneyModel loaded = ModelFiles.load(file);
        // the map meant, through a file too (a file does not say whether a default value was set)
        Path meantFile = folder.resolve("meant.touchline");
        ModelFiles.save(expected(), meantFile);
        JourneyModel expected = ModelFiles.load(meantFile);
        boolean meant = new IdsAside().equals(expected, loaded);
        if (!meant) {
            // both files for a person to compare
            Files.write(Ui.screenshotFolder().resolve("telecom-saved.touchline"), saved);
            Files.write(Ui.screenshotFolder().resolve("telecom-expected.touchline"), ModelFiles.toBytes(expected));
        }
        assertTrue(meant, "the saved map is the one meant (ids aside): compare telecom-saved.touchline with"
                + " telecom-expected.touchline in the screenshots");

        // Undo every step back to the blank model, then redo them all
        CommandStack stack = editor.domain().getCommandStack();
        int steps = 0;
        while (stack.canUndo()) {
            stack.undo();
            steps++;
        }
        Ui.flush();
        assertArrayEquals(blank, ModelFiles.toBytes(editor.model()), "undo of all " + steps + " steps: the blank model");
        while (stack.canRedo()) {
            stack.redo();
        }
        Ui.flush();
        assertArrayEquals(saved, ModelFiles.toBytes(editor.model()), "redo of all steps: the saved map");
        Ui.screenshot(Ui.window().getShell(), "telecom-4-after-undo-and-redo");
    }

    /** The map meant, built with the model API (what the steps above must produce). */
    private static JourneyModel expected() throws Exception {
        TouchlineFactory f = TouchlineFactory.eINSTANCE;
        JourneyModel m = NewModelWizard.blank("Telecom");
        Journey j = m.getJourneys().get(0);
        j.setName("Switch mobile provider");
        List<Stage> stages = j.getStages();
        stages.get(1).setName("Compare");
        stages.get(2).setName("Sign up");
        for (String name : new String[] { "Activate", "Use" }) {
            Stage s = f.createStage();
            s.setName(name);
            stages.add(s);
        }
        Persona persona = f.createPersona();
        persona.setName("Young professional");
        m.getPersonas().add(persona);
        j.setPersona(persona);
        String[] colours = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2" };
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            Department d = f.createDepartment();
            d.setName(DEPARTMENTS[i]);
            d.setColor(colours[i]);
            m.getDepartments().add(d);
        }
        Object[][] touchpoints = { { 0, "Search tariffs online", "Web site", "Sales", Visibility.FRONTSTAGE },
                { 0, "Ask friends on social media", "Social media", "Sales", Visibility.FRONTSTAGE },
                { 1, "Tariff comparison page", "Web site", "Sales", Visibility.FRONTSTAGE },
                { 1, "Store visit", "Store", "Sales", Visibility.FRONTSTAGE },
                { 1, "Coverage check", "Web site", "Network Operations", Visibility.FRONTSTAGE },
                { 2, "Online order", "Web site", "Sales", Visibility.FRONTSTAGE },
                { 2, "Credit check", null, "Billing", Visibility.BACKSTAGE },
                { 2, "Number porting request", "Phone", "Customer Care", Visibility.FRONTSTAGE },
                { 3, "SIM delivery", "Letter", "Customer Care", Visibility.FRONTSTAGE },
                { 3, "Number ported", null, "IT", Visibility.BACKSTAGE },
                { 4, "First bill", "E-mail", "Billing", Visibility.FRONTSTAGE },
                { 4, "Support chat", "Chat", "Customer Care", Visibility.FRONTSTAGE } };
        for (Object[] row : touchpoints) {
            Touchpoint t = f.createTouchpoint();
            t.setName((String) row[1]);
            t.setChannel(row[2] == null ? null : named(m.getChannels(), (String) row[2]));
            t.setOwner(named(m.getDepartments(), (String) row[3]));
            t.setVisibility((Visibility) row[4]);
            stages.get((Integer) row[0]).getTouchpoints().add(t);
        }
        for (String name : new String[] { "No surprises on the bill", "Switch in one day" }) {
            BrandPromise p = f.createBrandPromise();
            p.setName(name);
            m.getBrandPromises().add(p);
        }
        find(m, "First bill").getPromises().add(m.getBrandPromises().get(0));
        find(m, "Number ported").getPromises().add(m.getBrandPromises().get(1));
        Object[][] measurements = { { "Online order", "NPS", 30.0, 22.0 }, { "Store visit", "CSAT", 85.0, 88.0 },
                { "Support chat", "First response time", 2.0, 6.5 }, { "Support chat", "CSAT", 80.0, 71.0 } };
        for (Object[] row : measurements) {
            Measurement me = f.createMeasurement();
            me.setMetric(named(m.getMetrics(), (String) row[1]));
            me.setTarget((Double) row[2]);
            me.setActual((Double) row[3]);
            find(m, (String) row[0]).getMeasurements().add(me);
        }
        PainPoint porting = f.createPainPoint();
        porting.setName("Porting takes three days");
        porting.setSeverity(Severity.HIGH);
        find(m, "Number porting request").getPainPoints().add(porting);
        PainPoint bill = f.createPainPoint();
        bill.setName("Bill higher than the offer");
        find(m, "First bill").getPainPoints().add(bill);
        Opportunity overnight = f.createOpportunity();
        overnight.setName("Port numbers overnight");
        find(m, "Number ported").getOpportunities().add(overnight);
        EmployeeInsight insight = f.createEmployeeInsight();
        insight.setText("Customers ask for the porting status five times");
        find(m, "Support chat").getInsights().add(insight);
        return m;
    }

    /** Compares models by structure and values, ids aside (a new element's id is random). */
    private static final class IdsAside extends EcoreUtil.EqualityHelper {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean haveEqualAttribute(EObject a, EObject b, EAttribute attribute) {
            return attribute == P.getElement_Id() || super.haveEqualAttribute(a, b, attribute);
        }
    }

    private static <T extends NamedElement> T named(List<T> elements, String name) {
        return elements.stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    private static Touchpoint find(JourneyModel model, String name) {
        return model.getJourneys().get(0).getStages().stream().flatMap(s -> s.getTouchpoints().stream())
                .filter(t -> name.equals(t.getName())).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    // --- what the designer does -----------------------------------------------------------------

    private Touchpoint touchpoint(String name) {
        return find(editor.model(), name);
    }

    /** Clicks the element where the map draws it. */
    private void clickOn(EObject element) {
        canvas.reveal(element);
        Ui.flush();
        Rect bounds = canvas.mapLayout().boundsOf(element);
        assertNotNull(bounds, element + " is drawn");
        Ui.click(canvas, Ui.centerOf(canvas, new Rect(bounds.x(), bounds.y(), bounds.width(), Math.min(30,
                bounds.height()))));
        Ui.flush();
        assertEquals(List.of(element), canvas.selection());
    }

    /** Types into the field open on the map (a new element's name) and presses Enter. */
    private void type(String text) {
        Text field = canvas.renameField();
        assertTrue(field != null && !field.isDisposed() && field.isVisible(), "a field is open for " + text);
        field.setText(text);
        field.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.flush();
    }

    private void renameOnMap(EObject element, String name) throws Exception {
        clickOn(element);
        Ui.command("org.eclipse.ui.edit.rename");
        type(name);
    }

    private void palette(String tool) {
        Button button = Ui.button(editor.palette(), tool);
        assertNotNull(button, tool);
        button.notifyListeners(SWT.Selection, new Event());
        Ui.flush();
    }


    private void touchpoint(Stage stage, String name, String channel, String owner, Visibility lane) {
        clickOn(stage);
        palette("+ Touchpoint");
        type(name);
        Touchpoint created = touchpoint(name);
        clickOn(created);
        assertTrue(Ui.contextMenu(canvas, "Assign owner", owner), "owner " + owner);
        if (channel != null) {
            property(created, "Channel", named(editor.model().getChannels(), channel));
        }
        if (lane != Visibility.FRONTSTAGE) {
            property(created, "Visibility", lane);
        }
    }

    private void measure(String touchpoint, String metric, double target, double actual) {
        Touchpoint t = touchpoint(touchpoint);
        clickOn(t);
        assertTrue(Ui.contextMenu(canvas, "New measurement of", metric), metric);
        Measurement m = t.getMeasurements().get(t.getMeasurements().size() - 1);
        assertEquals(metric, m.getMetric().getName());
        property(m, "Target", target);
        property(m, "Actual", actual);
    }

    /** Sets a property as the Properties view does (its property source, through the editing domain). */
    private void property(EObject element, String name, Object value) {
        IPropertySource source = editor.session().propertySources().getPropertySource(element);
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (d.getDisplayName().equals(name)) {
                source.setPropertyValue(d.getId(), value);
                Ui.flush();
                return;
            }
        }
        throw new AssertionError("no property " + name + " on " + element.eClass().getName());
    }

    private void renameInOutline(NamedElement element, String name) throws Exception {
        Ui.page().showView(IPageLayout.ID_OUTLINE);
        ContentOutlinePage outline = (ContentOutlinePage) editor.getAdapter(IContentOutlinePage.class);
        Ui.flush();
        outline.setSelection(new StructuredSelection(element));
        prompts.text = name;
        assertTrue(Ui.contextMenu((Tree) outline.getControl(), "Rename..."));
        assertEquals(name, element.getName());
        Ui.page().activate(editor);
    }

    private static void typeInCell(TableViewer viewer, Object element, String text) {
        viewer.editElement(element, 0);
        Text field = null;
        for (Control child : viewer.getTable().getChildren()) {
            if (child instanceof Text t && t.isVisible()) {
                field = t;
            }
        }
        assertNotNull(field, "the name cell opens");
        field.setText(text);
        field.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.flush();
        assertEquals(text, ((NamedElement) element).getName());
    }
}
