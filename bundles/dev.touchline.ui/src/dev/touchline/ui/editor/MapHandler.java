package dev.touchline.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The Map menu's commands and their keys (New Stage, New Touchpoint, New Measurement, the zoom),
 * run on the active journey-map editor. plugin.xml declares them, binds their keys in the map
 * editor's context and names the job after the class ({@code MapHandler:newTouchpoint}).
 */
public final class MapHandler extends AbstractHandler implements IExecutableExtension {

    private enum Job {
        NEW_STAGE, NEW_TOUCHPOINT, NEW_MEASUREMENT, ZOOM_IN, ZOOM_OUT, ZOOM_TO_FIT
    }

    private Job job;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        job = switch (String.valueOf(data)) {
            case "newStage" -> Job.NEW_STAGE;
            case "newTouchpoint" -> Job.NEW_TOUCHPOINT;
            case "newMeasurement" -> Job.NEW_MEASUREMENT;
            case "zoomIn" -> Job.ZOOM_IN;
            case "zoomOut" -> Job.ZOOM_OUT;
            case "zoomToFit" -> Job.ZOOM_TO_FIT;
            default -> throw new IllegalArgumentException("plugin.xml names an unknown map command: " + data);
        };
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        EditorSession session = part == null ? null : part.getAdapter(EditorSession.class);
        if (session == null || !session.isOpen()) {
            return null;
        }
        MapCanvas canvas = session.canvas();
        switch (job) {
            case NEW_STAGE -> session.editing().newStage();
            case NEW_TOUCHPOINT -> session.editing().newTouchpoint();
            case NEW_MEASUREMENT -> session.editing().newMeasurement(null);
            case ZOOM_IN -> canvas.zoomBy(MapCanvas.ZOOM_STEP);
            case ZOOM_OUT -> canvas.zoomBy(1 / MapCanvas.ZOOM_STEP);
            case ZOOM_TO_FIT -> canvas.zoomToFit();
        }
        return null;
    }
}
