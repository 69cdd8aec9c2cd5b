package dev.touchline.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.touchline.ui.session.MapSession;
import dev.touchline.ui.editor.MapEditors;

/**
 * Model Files: the {@code .touchline} files in a folder (by default the folder of the open map),
 * with sub-folders that contain any. Double-click opens a file.
 */
public final class ModelFilesView extends MapEditorView {

    private static final int DEPTH = 4;
    private TreeViewer viewer;
    private Path root;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Path) element).getFileName().toString();
            }

            @Override
            public Image getImage(Object element) {
                return PlatformUI.getWorkbench().getSharedImages().getImage(Files.isDirectory((Path) element)
                        ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_FILE);
            }
        });
        viewer.addDoubleClickListener(e -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Path file && Files.isRegularFile(file)) {
                MapEditors.open(getSite().getWorkbenchWindow(), file);
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new Action("Folder...") {
            @Override
            public void run() {
                DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
                dialog.setText("Show model files of folder");
                if (root != null) {
                    dialog.setFilterPath(root.toString());
                }
                String chosen = dialog.open();
                if (chosen != null) {
                    setRoot(Path.of(chosen));
                }
            }
        });
        getViewSite().getActionBars().getToolBarManager().add(new Action("Refresh") {
            @Override
            public void run() {
                viewer.refresh();
            }
        });
        setRoot(Path.of("").toAbsolutePath());
        startFollowing();
    }

    /** Shows the model files under a folder. */
    public void setRoot(Path folder) {
        root = folder.toAbsolutePath().normalize();
        viewer.setInput(root);
        viewer.expandToLevel(2);
        setContentDescription(root.toString());
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    protected void editorChanged(MapSession editor) {
        if (editor != null && viewer != null && !viewer.getControl().isDisposed()) {
            Path folder = editor.file().getParent();
            if (folder != null && !folder.equals(root) && (root == null || !folder.startsWith(root))) {
                setRoot(folder);
            } else if (viewer.testFindItem(editor.file()) == null && editor.file().getParent().equals(root)) {
                // a file saved (Save As, New) since the list was read
                viewer.refresh();
            }
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return getChildren(input);
        }

        @Override
        public Object[] getChildren(Object parent) {
            Path folder = (Path) parent;
            try (Stream<Path> entries = Files.list(folder)) {
                List<Path> shown = entries.filter(p -> isModel(p) || Files.isDirectory(p) && containsModels(p, DEPTH))
                        .sorted((a, b) -> Boolean.compare(Files.isRegularFile(a), Files.isRegularFile(b)) != 0
                                ? Boolean.compare(Files.isRegularFile(a), Files.isRegularFile(b))
                                : a.getFileName().toString().compareToIgnoreCase(b.getFileName().toString()))
                        .toList();
                return shown.toArray();
            } catch (IOException | SecurityException e) {
                return new Object[0];
            }
        }

        @Override
        public Object getParent(Object element) {
            return ((Path) element).getParent();
        }

        @Override
        public boolean hasChildren(Object element) {
            return Files.isDirectory((Path) element);
        }

        private static boolean isModel(Path p) {
            return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".touchline");
        }

        private static boolean containsModels(Path folder, int depth) {
            if (depth == 0 || folder.getFileName() == null || folder.getFileName().toString().startsWith(".")
                    || folder.getFileName().toString().equals("target")) {
                return false;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.anyMatch(p -> isModel(p) || Files.isDirectory(p) && containsModels(p, depth - 1));
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
    }
}
