package dev.touchline.ui.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Show on Map and Quick Fix (Ctrl+1) on the Problems view's selected finding. plugin.xml makes
 * the handler active while the view is the active part and names the job after the class.
 */
public final class ProblemsHandler extends AbstractHandler implements IExecutableExtension {

    private boolean quickFix;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        switch (String.valueOf(data)) {
            case "showOnMap" -> quickFix = false;
            case "quickFix" -> quickFix = true;
            default -> throw new IllegalArgumentException("plugin.xml names an unknown Problems command: " + data);
        }
    }

    @Override
    public void setEnabled(Object context) {
        setBaseEnabled(HandlerUtil.getVariable(context, ISources.ACTIVE_PART_NAME) instanceof ProblemsView view
                && (quickFix ? view.canQuickFix() : view.canReveal()));
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof ProblemsView view) {
            if (quickFix) {
                view.quickFixSelected();
            } else {
                view.revealSelected();
            }
        }
        return null;
    }
}
