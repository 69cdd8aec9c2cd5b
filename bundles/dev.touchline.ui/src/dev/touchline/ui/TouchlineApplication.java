package dev.touchline.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the Touchline workbench. Model files named on the command line ({@code touchline open
 * FILE}) open in map editors once the window is up.
 */
public final class TouchlineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        Display.setAppName("Touchline");
        try {
            String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
            int code = PlatformUI.createAndRunWorkbench(display, new TouchlineWorkbenchAdvisor(filesIn(args)));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    /** The arguments that name model files (launcher options start with a dash). */
    static List<Path> filesIn(String[] args) {
        List<Path> files = new ArrayList<>();
        if (args != null) {
            for (String arg : args) {
                if (!arg.startsWith("-") && arg.endsWith(".touchline")) {
                    files.add(Path.of(arg).toAbsolutePath().normalize());
                }
            }
        }
        return files;
    }
}
