package dev.touchline.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title (the map in front, and whether it has unsaved changes), size, tool bar, status line. */
final class TouchlineWindowAdvisor extends WorkbenchWindowAdvisor {

    private final IPropertyListener editorChanged = (source, property) -> {
        if (property == IEditorPart.PROP_DIRTY || property == IWorkbenchPart.PROP_TITLE
                || property == org.eclipse.ui.IWorkbenchPartConstants.PROP_PART_NAME) {
            updateTitle();
        }
    };
    private final IPartListener2 partChanged = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            updateTitle();
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            updateTitle();
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            updateTitle();
        }

        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            if (ref instanceof IEditorReference) {
                ref.addPropertyListener(editorChanged);
            }
            updateTitle();
        }
    };

    TouchlineWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new TouchlineActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        // 1600 × 1000, or the screen's work area when smaller (a 1366 × 768 laptop): never a window
        // whose status line and right-hand views start off screen.
        org.eclipse.swt.graphics.Rectangle screen = configurer.getWorkbenchConfigurer().getWorkbench().getDisplay()
                .getPrimaryMonitor().getClientArea();
        configurer.setInitialSize(new Point(Math.min(1600, screen.width), Math.min(1000, screen.height)));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle("Touchline");
    }

    @Override
    public void postWindowOpen() {
        StartupTrace.mark("window open");
        getWindowConfigurer().getWindow().getPartService().addPartListener(partChanged);
        // Help > Keyboard Shortcuts (with a mnemonic) replaces the IDE's "Show Active Keybindings".
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        if (page != null) {
            page.hideActionSet("org.eclipse.ui.actionSet.keyBindings");
        }
        updateTitle();
    }

    /** "*name.touchline — Touchline" for the map in front ({@code *}: unsaved changes), else "Touchline". */
    private void updateTitle() {
        IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        getWindowConfigurer().setTitle(editor == null ? "Touchline"
                : (editor.isDirty() ? "*" : "") + editor.getTitle() + " \u2014 Touchline");
    }
}
