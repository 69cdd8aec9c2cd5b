package dev.touchline.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Journey Map perspective: model files and outline on the left, the map in the middle,
 * departments and properties on the right, problems and the (wide) heatmap below.
 */
public final class TouchlinePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.16f, editors);
        left.addView(TouchlineUi.MODEL_FILES_VIEW_ID);
        IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.45f, "left");
        outline.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.76f, editors);
        right.addView(TouchlineUi.DEPARTMENTS_VIEW_ID);
        right.addView(IPageLayout.ID_PROP_SHEET);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
        bottom.addView(TouchlineUi.PROBLEMS_VIEW_ID);
        bottom.addView(TouchlineUi.HEATMAP_VIEW_ID);
        bottom.addView(TouchlineUi.CATALOGUES_VIEW_ID);
        layout.addShowViewShortcut(TouchlineUi.PROBLEMS_VIEW_ID);
        layout.addShowViewShortcut(TouchlineUi.DEPARTMENTS_VIEW_ID);
        layout.addShowViewShortcut(TouchlineUi.HEATMAP_VIEW_ID);
        layout.addShowViewShortcut(TouchlineUi.CATALOGUES_VIEW_ID);
        layout.addShowViewShortcut(TouchlineUi.MODEL_FILES_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addNewWizardShortcut("dev.touchline.ui.newModel");
    }
}
