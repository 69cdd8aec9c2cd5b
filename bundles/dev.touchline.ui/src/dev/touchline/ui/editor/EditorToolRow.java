package dev.touchline.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.DepartmentLens;
import dev.touchline.map.Lane;
import dev.touchline.map.MapSearch;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.NamedElement;
import dev.touchline.model.util.ElementPaths;

/**
 * The row above the map (journey, department lens, lanes, legend, zoom) and the lens strip under
 * it that sums up the lens department's part in the journey. It shows the editor's state and
 * turns choices into the editor's calls; it holds no state of its own.
 */
final class EditorToolRow {

    private final EditorSession editor;
    private final Composite row;
    private final Combo journeyCombo;
    private final Combo lensCombo;
    private final ToolItem legend;
    private final ToolItem zoomLevel;
    private final Label lensSummary;
    private final Text find;
    private final Label found;
    private List<NamedElement> hits = List.of();
    private int hit = -1;

    EditorToolRow(EditorSession editor, Composite root) {
        this.editor = editor;
        // wraps onto a second line on a narrow window (a laptop, an editor beside views) rather
        // than cutting off the zoom tools
        row = new Composite(root, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginTop = 3;
        layout.marginBottom = 3;
        layout.spacing = 12;
        row.setLayout(layout);
        journeyCombo = new Combo(labelled(row, "&Journey:"), SWT.READ_ONLY);
        journeyCombo.addListener(SWT.Selection, e -> {
            JourneyModel model = editor.model();
            int index = journeyCombo.getSelectionIndex();
            if (index >= 0 && index < model.getJourneys().size()) {
                editor.setJourney(model.getJourneys().get(index));
            }
        });
        lensCombo = new Combo(labelled(row, "Department &lens:"), SWT.READ_ONLY);
        lensCombo.addListener(SWT.Selection, e -> {
            int index = lensCombo.getSelectionIndex();
            editor.setLens(index <= 0 ? null : editor.model().getDepartments().get(index - 1), null);
        });
        Composite findGroup = labelled(row, "Find:");
        ((GridLayout) findGroup.getLayout()).numColumns = 3;
        find = new Text(findGroup, SWT.SEARCH | SWT.ICON_CANCEL | SWT.SINGLE);
        find.setMessage("a name (Ctrl+F)");
        find.setToolTipText("Find touchpoints, stages, departments, pain points... by name across the model's"
                + " journeys: Enter for the next, Shift+Enter for the previous, Esc back to the map");
        GridData findData = new GridData();
        findData.widthHint = 150;
        find.setLayoutData(findData);
        found = new Label(findGroup, SWT.NONE);
        found.setText("          ");
        find.addListener(SWT.Modify, e -> search());
        find.addListener(SWT.DefaultSelection, e -> step((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1));
        find.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                editor.canvas().setFocus();
            }
        });
        ToolBar tools = new ToolBar(row, SWT.FLAT | SWT.RIGHT);
        lanesMenu(tools);
        legend = new ToolItem(tools, SWT.CHECK);
        legend.setText("Legend");
        legend.setToolTipText("Show or hide what the badges, strips and bars mean");
        legend.setSelection(true);
        legend.addListener(SWT.Selection, e -> editor.canvas().setLegendShown(legend.getSelection()));
        new ToolItem(tools, SWT.SEPARATOR);
        tool(tools, "\u2212", "Zoom out (Ctrl+-)", () -> zoom(1 / MapCanvas.ZOOM_STEP));
        // shows the zoom level; a click goes back to actual size
        zoomLevel = tool(tools, "100 %", "Zoom level: click for actual size (100 %)",
                () -> editor.canvas().setZoom(1, 0, 0));
        tool(tools, "+", "Zoom in (Ctrl+=, Ctrl+wheel)", () -> zoom(MapCanvas.ZOOM_STEP));
        tool(tools, "Fit", "Zoom to fit (Ctrl+0)", () -> editor.canvas().zoomToFit());

        lensSummary = new Label(root, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        data.horizontalIndent = 8;
        lensSummary.setLayoutData(data);
        lensSummary.setVisible(false);
    }

    private void zoom(double factor) {
        MapCanvas canvas = editor.canvas();
        canvas.setZoom(canvas.zoom() * factor, 0, 0);
    }

    private void lanesMenu(ToolBar tools) {
        ToolItem lanesItem = new ToolItem(tools, SWT.DROP_DOWN);
        lanesItem.setText("Lanes");
        lanesItem.setToolTipText("Show or hide lanes");
        Menu lanesMenu = new Menu(tools.getShell(), SWT.POP_UP);
        tools.addListener(SWT.Dispose, e -> lanesMenu.dispose()); // a menu of the shell outlives the editor
        for (Lane lane : Lane.values()) {
            MenuItem item = new MenuItem(lanesMenu, SWT.CHECK);
            item.setText(lane.title());
            item.setSelection(true);
            item.addListener(SWT.Selection, e -> editor.setLaneVisible(lane, item.getSelection()));
        }
        lanesItem.addListener(SWT.Selection, e -> {
            Rectangle b = lanesItem.getBounds();
            lanesMenu.setLocation(tools.toDisplay(b.x, b.y + b.height));
            lanesMenu.setVisible(true);
        });
    }

    /** A label and the control that follows it, kept on one line when the row wraps. */
    private static Composite labelled(Composite row, String label) {
        Composite group = new Composite(row, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        group.setLayout(layout);
        new Label(group, SWT.NONE).setText(label);
        return group;
    }

    private static ToolItem tool(ToolBar bar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    Composite row() {
        return row;
    }

    /** Ctrl+F: the Find field, its text selected for a new search. */
    void focusFind() {
        find.setFocus();
        find.selectAll();
    }

    /** The Find field (for tests). */
    Text findField() {
        return find;
    }

    /** What Find says: "2 of 5", "no match" or nothing. */
    String foundText() {
        return found.getText().strip();
    }

    /** Searches as the user types, showing the first hit. */
    private void search() {
        hits = MapSearch.find(editor.model(), find.getText());
        hit = -1;
        if (hits.isEmpty()) {
            showFound(find.getText().isBlank() ? "" : "no match");
        } else {
            step(1);
        }
    }

    /** Shows the next ({@code +1}) or previous ({@code -1}) hit, round the model. */
    private void step(int direction) {
        hits = hits.stream().filter(h -> h.eResource() != null).toList(); // edits since the search
        if (hits.isEmpty()) {
            showFound(find.getText().isBlank() ? "" : "no match");
            return;
        }
        hit = Math.floorMod(hit + direction, hits.size());
        editor.show(hits.get(hit));
        showFound((hit + 1) + " of " + hits.size());
    }

    private void showFound(String text) {
        found.setText(text);
        relayout();
    }

    /** Shows whether the legend is on (the editor hides it on a short view). */
    void showLegend(boolean shown) {
        legend.setSelection(shown);
    }

    void showZoom(double zoom) {
        if (!zoomLevel.isDisposed()) {
            zoomLevel.setText(Math.round(zoom * 100) + " %");
            relayout();
        }
    }

    String zoomShown() {
        return zoomLevel.getText();
    }

    /** The lens strip's text as shown ("" without a lens). */
    String lensSummaryText() {
        return lensSummary.getVisible() ? lensSummary.getText().replace("&&", "&") : "";
    }

    /** Lays the row out again after a text in it changed (it may now wrap differently). */
    private void relayout() {
        row.layout(true, true);
        row.getParent().layout(new Control[] { row });
    }

    /** Shows the editor's journeys, departments, lens and lens summary as they are now. */
    void refresh() {
        JourneyModel model = editor.model();
        String[] journeys = model.getJourneys().stream().map(j -> j.getName() == null ? "(unnamed)" : j.getName())
                .toArray(String[]::new);
        if (!Arrays.equals(journeys, journeyCombo.getItems())) {
            journeyCombo.setItems(journeys);
        }
        journeyCombo.select(model.getJourneys().indexOf(editor.journey()));
        List<String> lensItems = new ArrayList<>();
        lensItems.add("(none)");
        model.getDepartments().forEach(d -> lensItems.add(d.getName() == null ? "(unnamed)" : d.getName()));
        if (!lensItems.equals(List.of(lensCombo.getItems()))) {
            lensCombo.setItems(lensItems.toArray(String[]::new));
        }
        DepartmentLens lens = editor.canvas().lens();
        lensCombo.select(lens == null ? 0 : model.getDepartments().indexOf(lens.department()) + 1);
        recount();
        relayout();
        updateLensSummary(lens, editor.journey());
    }

    /**
     * While a search is on, the hits follow the edits (a hit deleted, a name changed to match) without
     * moving the map: the one shown keeps its place in the count.
     */
    private void recount() {
        if (find.getText().isBlank()) {
            return;
        }
        NamedElement shown = hit >= 0 && hit < hits.size() ? hits.get(hit) : null;
        hits = MapSearch.find(editor.model(), find.getText());
        hit = hits.indexOf(shown);
        found.setText(hits.isEmpty() ? "no match" : hit < 0 ? hits.size() + " found" : (hit + 1) + " of " + hits.size());
    }

    private void updateLensSummary(DepartmentLens lens, Journey journey) {
        GridData data = (GridData) lensSummary.getLayoutData();
        boolean show = lens != null && journey != null;
        if (show) {
            DepartmentFigures s = lens.figures(journey, editor.findings());
            String promises = s.promises().isEmpty() ? "none" : String.join(", ", s.promises().stream()
                    .map(ElementPaths::label).toList());
            lensSummary.setText(Mnemonics.literal("\u25cf " + ElementPaths.label(lens.department()) + " in "
                    + s.scope().label() + ": "
                    + s.health().label() + "  \u2014  owns " + count(s.owned().size(), "touchpoint") + ", supports "
                    + s.supported().size() + "  \u2014  open findings: " + count(s.errors(), "error") + ", "
                    + count(s.warnings(), "warning") + "\nMeasurements of owned touchpoints: " + s.onTarget()
                    + " on target, " + s.offTarget() + " off target, " + count(s.unmeasured(), "owned touchpoint")
                    + " unmeasured  \u2014  promises carried: " + promises));
        }
        if (data.exclude == show || lensSummary.getVisible() != show) {
            data.exclude = !show;
            lensSummary.setVisible(show);
            lensSummary.getParent().layout(true, true);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
