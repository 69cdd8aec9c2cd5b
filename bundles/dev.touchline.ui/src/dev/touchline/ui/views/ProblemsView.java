package dev.touchline.ui.views;

import java.util.List;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import dev.touchline.map.commands.QuickFixes;
import dev.touchline.model.NamedElement;
import dev.touchline.ui.session.MapSession;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Severity;

/**
 * Problems: the findings of the active map, errors first. Double-click shows the element on the
 * map; Quick Fix (context menu or Ctrl+1) repairs a missing owner or measurement.
 */
public final class ProblemsView extends MapEditorView {

    private TableViewer viewer;
    private dev.touchline.validation.ValidationReport sortedReport;
    private List<Finding> sorted = List.of();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Severity", 90, f -> f.severity().label(), this::icon);
        column("Rule", 170, f -> f.rule().id(), f -> null);
        column("Element", 260, Finding::elementPath, f -> null);
        column("Departments", 180, Finding::departmentNames, f -> null);
        column("Message", 600, Finding::message, f -> null);
        viewer.addDoubleClickListener(e -> revealSelected());
        // Show on Map and Quick Fix (Ctrl+1) are commands in plugin.xml, contributed to this menu
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
        startFollowing();
    }

    private void column(String title, int width, java.util.function.Function<Finding, String> text,
            java.util.function.Function<Finding, Image> image) {
        TableColumns.add(viewer, title, width, Finding.class, text, image);
    }

    private Image icon(Finding finding) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(switch (finding.severity()) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        });
    }

    @Override
    protected void editorChanged(MapSession editor) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<Finding> findings = editor == null ? List.of() : ordered(editor.findings().report());
        // The department lens filters Problems too: a department head sees what concerns them.
        dev.touchline.model.Department lens = editor == null || editor.lens() == null ? null
                : editor.lens().department();
        if (lens != null && editor.journey() != null) {
            // exactly the findings the lens strip counts: one definition, DepartmentFigures
            java.util.Set<Finding> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            counted.addAll(dev.touchline.departments.DepartmentFigures.of(lens,
                    dev.touchline.departments.DepartmentFigures.Scope.journey(editor.journey()), editor.findings()).findings());
            findings = findings.stream().filter(counted::contains).toList();
        }
        viewer.setInput(findings);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        setContentDescription(editor == null ? "No journey map open"
                : errors + " errors, " + warnings + " warnings, " + (findings.size() - errors - warnings) + " others"
                        + (lens == null ? "" : " concerning " + dev.touchline.model.util.ElementPaths.label(lens)
                                + " in this journey (the department lens is on: turn it off to see every finding)"));
    }

    /**
     * The report's findings in list order, sorted once per report: the view is told of every
     * change (a selection, the lens), and a new report comes only with a revalidation (sorting
     * 2,078 findings of a 10,000-touchpoint model takes 2.6 ms).
     */
    private List<Finding> ordered(dev.touchline.validation.ValidationReport report) {
        if (report != sortedReport) {
            sortedReport = report;
            sorted = report.errorsFirst();
        }
        return sorted;
    }

    /** The findings shown, in table order. */
    public List<Finding> shown() {
        @SuppressWarnings("unchecked")
        List<Finding> input = (List<Finding>) viewer.getInput();
        return input == null ? List.of() : input;
    }

    public TableViewer viewer() {
        return viewer;
    }

    private Finding selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof Finding f ? f : null;
    }

    /** True when the selected finding names an element of the map in front. */
    boolean canReveal() {
        return selected() != null && selected().element() != null && editor() != null;
    }

    /** True when the selected finding has a quick fix. */
    boolean canQuickFix() {
        return selected() != null && editor() != null && QuickFixes.canFix(selected());
    }

    /** Shows the selected finding's element on the map. */
    public void revealSelected() {
        Finding finding = selected();
        if (finding != null && editor() != null && finding.element() != null) {
            editor().reveal(finding.element());
        }
    }

    /** Asks for the department or metric and applies the quick fix of the selected finding. */
    public void quickFixSelected() {
        Finding finding = selected();
        if (finding == null || editor() == null || !QuickFixes.canFix(finding)) {
            return;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(getSite().getShell(),
                new org.eclipse.jface.viewers.LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((NamedElement) element).getName();
                    }
                });
        dialog.setTitle("Quick Fix: " + finding.rule().title());
        dialog.setMessage(QuickFixes.prompt(finding));
        dialog.setElements(QuickFixes.choices(finding).toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof NamedElement choice) {
            applyQuickFix(finding, choice);
        }
    }

    /** Applies the quick fix with a chosen department or metric (the dialog's answer). */
    public void applyQuickFix(Finding finding, NamedElement choice) {
        editor().execute(QuickFixes.fix(editor().domain(), finding, choice));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
