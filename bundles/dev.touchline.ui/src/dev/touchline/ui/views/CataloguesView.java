package dev.touchline.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

import dev.touchline.io.Catalogues;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.TouchlinePackage;
import dev.touchline.model.provider.TouchlineEditPlugin;
import dev.touchline.ui.session.MapSession;

/**
 * Catalogues: the model's channels, metrics, service values, personas, departments and brand
 * promises as tables, one tab each, edited in their cells (Enter, F2 or a click; Tab to the next
 * cell), sorted by a click on a column, with Add and Remove. The columns and their editors are the
 * EMF.Edit property descriptors the Properties view uses, so every edit is a command on the map's
 * command stack and Undo takes it back; a feature added to the Ecore becomes a column.
 */
public final class CataloguesView extends MapEditorView {

    /** One tab: the list it shows and its table. */
    private record Tab(EReference list, TableViewer viewer) {
    }

    private final Map<EReference, Tab> tabs = new LinkedHashMap<>();
    private CTabFolder folder;
    /** The property sources of the editor followed (its adapter factory): the cells' labels and editors. */
    private IPropertySourceProvider sources;

    @Override
    public void createPartControl(Composite parent) {
        folder = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        for (EReference list : Catalogues.LISTS) {
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setText(TouchlineEditPlugin.INSTANCE.getString("_UI_JourneyModel_" + list.getName() + "_feature"));
            Composite body = new Composite(folder, SWT.NONE);
            GridLayout layout = new GridLayout(1, false);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            layout.verticalSpacing = 0;
            body.setLayout(layout);
            ToolBar tools = new ToolBar(body, SWT.FLAT | SWT.RIGHT);
            TableViewer viewer = new TableViewer(body, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
            viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            viewer.getTable().setHeaderVisible(true);
            viewer.getTable().setLinesVisible(true);
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            Tab tab = new Tab(list, viewer);
            tabs.put(list, tab);
            tool(tools, "Add", "Add a new one (as one step: Undo takes it back)", () -> add(tab));
            tool(tools, "Remove", "Remove the selected ones and every reference to them", () -> remove(tab));
            item.setControl(body);
        }
        folder.setSelection(0);
        folder.addListener(SWT.Selection, e -> editorChanged(editor()));
        startFollowing();
    }

    private static void tool(ToolBar bar, String text, String tip, Runnable run) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> run.run());
    }

    /** Columns for the list's class: every single-valued property but the id, the name first. */
    private void createColumns(Tab tab) {
        if (tab.viewer().getTable().getColumnCount() > 0) {
            return;
        }
        EClass type = tab.list().getEReferenceType();
        EObject prototype = EcoreUtil.create(type);
        IPropertySource source = sources.getPropertySource(prototype);
        // (columns are made once, from the first editor's descriptors: every editor's are the same)
        List<IPropertyDescriptor> descriptors = new ArrayList<>(List.of(source.getPropertyDescriptors()));
        descriptors.removeIf(d -> TouchlinePackage.Literals.ELEMENT__ID.getName().equals(String.valueOf(d.getId())));
        descriptors.sort((a, b) -> Boolean.compare(!"name".equals(String.valueOf(a.getId())),
                !"name".equals(String.valueOf(b.getId()))));
        TableViewer viewer = tab.viewer();
        for (IPropertyDescriptor descriptor : descriptors) {
            Object id = descriptor.getId();
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
            column.getColumn().setText(descriptor.getDisplayName());
            column.getColumn().setWidth("description".equals(String.valueOf(id)) ? 260
                    : "name".equals(String.valueOf(id)) ? 200 : 120);
            column.getColumn().setMoveable(true);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text(sources, element, id);
                }
            });
            column.setEditingSupport(new EditingSupport(viewer) {
                /** The editors made for this column (the choices differ by element); each freed once closed. */
                private final List<CellEditor> made = new ArrayList<>();

                @Override
                protected CellEditor getCellEditor(Object element) {
                    made.removeIf(editor -> {
                        if (editor.isActivated()) {
                            return false;
                        }
                        editor.dispose();
                        return true;
                    });
                    IPropertyDescriptor d = descriptor(sources, element, id);
                    CellEditor editor = d == null ? null : d.createPropertyEditor(viewer.getTable());
                    if (editor != null) {
                        made.add(editor);
                    }
                    return editor;
                }

                @Override
                protected boolean canEdit(Object element) {
                    return descriptor(sources, element, id) != null; // a read-only one gives no editor
                }

                @Override
                protected Object getValue(Object element) {
                    return sources.getPropertySource(element).getPropertyValue(id);
                }

                @Override
                protected void setValue(Object element, Object value) {
                    sources.getPropertySource(element).setPropertyValue(id, value);
                }
            });
            column.getColumn().addListener(SWT.Selection, e -> sortBy(viewer, column, id));
        }
        // keyboard: arrows move between cells, Enter or F2 edits, Tab goes on to the next cell
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
                new FocusCellOwnerDrawHighlighter(viewer));
        TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.CR || event.keyCode == SWT.F2);
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                | ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && viewer.getColumnViewerEditor().getFocusCell() != null
                    && !viewer.isCellEditorActive()) {
                remove(tab);
            }
        });
    }

    private static IPropertyDescriptor descriptor(IPropertySourceProvider sources, Object element, Object id) {
        IPropertySource source = sources == null ? null : sources.getPropertySource(element);
        if (source == null) {
            return null;
        }
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (d.getId().equals(id)) {
                return d;
            }
        }
        return null;
    }

    /** A cell's text, as the Properties view shows the value. */
    private static String text(IPropertySourceProvider sources, Object element, Object id) {
        IPropertyDescriptor d = descriptor(sources, element, id);
        if (d == null) {
            return "";
        }
        Object value = sources.getPropertySource(element).getPropertyValue(id);
        String text = d.getLabelProvider().getText(value);
        return text == null ? "" : text;
    }

    private void sortBy(TableViewer viewer, TableViewerColumn column, Object id) {
        boolean up = viewer.getTable().getSortColumn() != column.getColumn()
                || viewer.getTable().getSortDirection() == SWT.DOWN;
        viewer.getTable().setSortColumn(column.getColumn());
        viewer.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                int c = String.CASE_INSENSITIVE_ORDER.compare(text(sources, a, id), text(sources, b, id));
                return up ? c : -c;
            }
        });
    }

    private void add(Tab tab) {
        MapSession editor = editor();
        if (editor != null) {
            editor.newChild(editor.model(), tab.list(), tab.list().getEReferenceType());
            List<?> elements = (List<?>) editor.model().eGet(tab.list());
            if (!elements.isEmpty()) {
                Object added = elements.get(elements.size() - 1);
                tab.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(added), true);
                tab.viewer().editElement(added, 0); // type its name
            }
        }
    }

    private void remove(Tab tab) {
        MapSession editor = editor();
        List<EObject> selected = new ArrayList<>();
        for (Object o : tab.viewer().getStructuredSelection()) {
            selected.add((EObject) o);
        }
        if (editor != null && !selected.isEmpty()) {
            editor.delete(selected);
        }
    }

    /** Shows {@code list}'s tab (for tests and links). */
    public TableViewer show(EReference list) {
        Tab tab = tabs.get(list);
        folder.setSelection(new ArrayList<>(tabs.keySet()).indexOf(list));
        editorChanged(editor()); // a tab chosen by code gets no selection event
        return tab.viewer();
    }

    @Override
    protected void editorChanged(MapSession editor) {
        if (folder == null || folder.isDisposed()) {
            return;
        }
        sources = editor == null ? null : editor.propertySources();
        Tab selected = new ArrayList<>(tabs.values()).get(Math.max(0, folder.getSelectionIndex()));
        for (Tab tab : tabs.values()) {
            if (editor == null) {
                tab.viewer().setInput(List.of());
                continue;
            }
            if (tab != selected) {
                continue; // refreshed when chosen: an edit on the map costs one table, not six
            }
            createColumns(tab);
            JourneyModel model = editor.model();
            List<?> elements = (List<?>) model.eGet(tab.list());
            if (tab.viewer().isCellEditorActive()) {
                // the edit of a cell is being applied: show it once the cell has closed
                folder.getDisplay().asyncExec(() -> show(tab, elements));
            } else {
                show(tab, elements);
            }
        }
        setContentDescription(editor == null ? "" : "Double-click, Enter or F2 edits a cell; a click on a column sorts");
    }

    private static void show(Tab tab, List<?> elements) {
        TableViewer viewer = tab.viewer();
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (viewer.getInput() instanceof List<?> shown && shown.equals(elements)) {
            viewer.refresh();
        } else {
            viewer.setInput(new ArrayList<>(elements));
        }
    }

    @Override
    public void setFocus() {
        Tab tab = new ArrayList<>(tabs.values()).get(Math.max(0, folder.getSelectionIndex()));
        tab.viewer().getControl().setFocus();
    }
}
