package dev.touchline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.touchline.model.Department;
import dev.touchline.model.Measurement;
import dev.touchline.model.Touchpoint;
import dev.touchline.ui.editor.JourneyMapEditor;
import dev.touchline.ui.properties.ModelPropertySourceProvider;

@Tag("ui")
@ExtendWith(ClosesEditors.class)
class SelectionAndPropertiesTest {

    @TempDir
    Path folder;

    @Test
    void mapAndOutlineShareTheSelection() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        ContentOutline outlineView = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
        Ui.page().activate(editor);
        Ui.flush();
        IContentOutlinePage page = editor.getAdapter(IContentOutlinePage.class);
        assertTrue(page.getControl() instanceof org.eclipse.swt.widgets.Tree, "the outline is a tree");
        assertNotNull(outlineView);
        Touchpoint contract = (Touchpoint) editor.model().eResource().getEObject("tp-contract");

        Ui.click(editor.canvas(), Ui.centerOf(editor.canvas(), editor.canvas().mapLayout().cardOf(contract).bounds()));
        assertEquals(List.of(contract), ((org.eclipse.jface.viewers.IStructuredSelection) page.getSelection()).toList(),
                "map → outline");

        Touchpoint crew = (Touchpoint) editor.model().eResource().getEObject("tp-crew-arrives");
        page.setSelection(new StructuredSelection(crew));
        Ui.flush();
        assertEquals(List.of(crew), editor.canvas().selection(), "outline → map");
        assertEquals(List.of(crew), ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite()
                .getSelectionProvider().getSelection()).toList(), "the workbench sees it too");
    }

    @Test
    void propertiesEditAttributesAndReferencesThroughUndoableCommands() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        assertNotNull(editor.getAdapter(IPropertySheetPage.class));
        ModelPropertySourceProvider provider = new ModelPropertySourceProvider(
                editor.domain() instanceof org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain d
                        ? d.getAdapterFactory() : null, editor.domain());
        Touchpoint tracking = (Touchpoint) editor.model().eResource().getEObject("tp-truck-tracking");
        IPropertySource source = provider.getPropertySource(tracking);
        IPropertyDescriptor name = descriptor(source, "Name");
        IPropertyDescriptor owner = descriptor(source, "Owner");

        source.setPropertyValue(name.getId(), "Live tracking\u0000 of the truck");
        assertEquals("Live tracking of the truck", tracking.getName(), "control characters cleaned on entry");
        Department it = (Department) editor.model().eResource().getEObject("dep-it");
        source.setPropertyValue(owner.getId(), it);
        assertEquals(it, tracking.getOwner());
        assertEquals("Edit owner", editor.domain().getCommandStack().getUndoCommand().getLabel(),
                "Edit > Undo names what it takes back (it said \"Undo Set\")");
        assertTrue(editor.isDirty());
        editor.domain().getCommandStack().undo();
        assertNull(tracking.getOwner());
        editor.domain().getCommandStack().undo();
        assertEquals("Live truck tracking", tracking.getName());

        IPropertyDescriptor supporters = descriptor(source, "Supporters");
        org.eclipse.jface.viewers.CellEditor checkBoxes = supporters.createPropertyEditor(Ui.window().getShell());
        try {
            assertTrue(checkBoxes instanceof org.eclipse.jface.viewers.DialogCellEditor,
                    "many references are edited in a list of check boxes, not shown read-only");
        } finally {
            checkBoxes.dispose();
        }
        Department marketing = (Department) editor.model().eResource().getEObject("dep-marketing");
        assertEquals(List.of(it), tracking.getSupporters());
        source.setPropertyValue(supporters.getId(), List.of(it, marketing));
        assertEquals(List.of(it, marketing), tracking.getSupporters());
        assertTrue(marketing.getSupportedTouchpoints().contains(tracking), "the department sees it too");
        editor.domain().getCommandStack().undo();
        assertEquals(List.of(it), tracking.getSupporters());
        assertFalse(marketing.getSupportedTouchpoints().contains(tracking));

        Measurement crew = (Measurement) editor.model().eResource().getEObject("ms-crew-ontime");
        IPropertySource measurement = provider.getPropertySource(crew);
        org.eclipse.jface.viewers.CellEditor actual = descriptor(measurement, "Actual")
                .createPropertyEditor(Ui.window().getShell());
        try {
            assertNull(actual.getValidator().isValid("91.5"));
            assertNotNull(actual.getValidator().isValid("ninety"), "not a number: refused with a message");
            assertNotNull(actual.getValidator().isValid("NaN"), "NaN is no measurement");
        } finally {
            actual.dispose();
        }
    }

    /**
     * Regression (issue 30): Properties went on showing a deleted stage; an edit there ("Ghost
     * stage") was on no command stack, and Undo brought the stage back under the ghost name with
     * a clean title.
     */
    @Test
    void propertiesFollowADeleteAndNeverEditTheDeletedElement() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Ui.page().showView(IPageLayout.ID_PROP_SHEET);
        Ui.page().activate(editor);
        Ui.flush();
        dev.touchline.model.Stage stage = editor.session().journey().getStages().get(1);
        String name = stage.getName();
        Ui.click(editor.canvas(), Ui.centerOf(editor.canvas(), editor.canvas().mapLayout().columnOf(stage).header()));
        assertEquals(List.of(stage), selection(editor));
        IPropertySource shown = editor.session().propertySources().getPropertySource(stage);

        Ui.command("org.eclipse.ui.edit.delete");

        assertFalse(editor.session().journey().getStages().contains(stage), "deleted");
        assertEquals(List.of(), selection(editor), "the workbench (Properties) no longer sees the deleted stage");
        shown.setPropertyValue(descriptor(shown, "Name").getId(), "Ghost stage"); // a page still holding it
        assertEquals(name, stage.getName(), "a deleted element is not edited behind the command stack");
        editor.domain().getCommandStack().undo();
        Ui.flush();
        assertTrue(editor.session().journey().getStages().contains(stage), "Undo brings the stage back");
        assertEquals(name, stage.getName());
        assertFalse(editor.isDirty(), "as it was saved");
    }

    /** Regression (issue 30): a department could be made its own parent (flagged only afterwards). */
    @Test
    void aDepartmentCannotBecomeItsOwnParentOrItsSubDepartmentsChild() throws Exception {
        JourneyMapEditor editor = Ui.openSampleCopy(folder);
        Department it = (Department) editor.model().eResource().getEObject("dep-it");
        Department marketing = (Department) editor.model().eResource().getEObject("dep-marketing");
        IPropertySource itSource = editor.session().propertySources().getPropertySource(it);
        IPropertySource marketingSource = editor.session().propertySources().getPropertySource(marketing);
        Object parent = descriptor(itSource, "Parent").getId();

        marketingSource.setPropertyValue(parent, it); // Marketing under IT: fine
        assertEquals(it, marketing.getParent());
        itSource.setPropertyValue(parent, it);
        assertNull(it.getParent(), "not its own parent");
        itSource.setPropertyValue(parent, marketing);
        assertNull(it.getParent(), "not the child of its own sub-department");
        var combo = (org.eclipse.jface.viewers.ComboBoxCellEditor) descriptor(itSource, "Parent")
                .createPropertyEditor(Ui.window().getShell());
        try {
            List<String> offered = List.of(combo.getItems());
            assertFalse(offered.contains(it.getName()), offered.toString());
            assertFalse(offered.contains(marketing.getName()), offered.toString());
            assertTrue(offered.size() > 1, "the other departments are offered: " + offered);
        } finally {
            combo.dispose();
        }
    }

    private static List<?> selection(JourneyMapEditor editor) {
        return ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite().getSelectionProvider()
                .getSelection()).toList();
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String displayName) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError("no property " + displayName + " in "
                        + Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
                                .toList()));
    }
}
