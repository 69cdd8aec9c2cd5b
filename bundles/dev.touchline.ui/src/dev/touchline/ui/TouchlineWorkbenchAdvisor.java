package dev.touchline.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.touchline.ui.editor.MapEditors;
import dev.touchline.ui.editor.RecoveryOffer;

/** Opens the Journey Map perspective and the files given on the command line. */
final class TouchlineWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<Path> filesToOpen;

    TouchlineWorkbenchAdvisor(List<Path> filesToOpen) {
        this.filesToOpen = filesToOpen;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // The layout a user arranged is kept; open editors are not (their files may be gone).
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return TouchlineUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new TouchlineWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        RecoveryOffer.offer(window);
        List<String> titles = new java.util.ArrayList<>();
        for (Path file : filesToOpen) {
            var editor = MapEditors.open(window, file);
            if (editor != null) {
                titles.add(editor.getTitle());
            }
        }
        reportStarted(titles);
    }

    /**
     * With {@code -Dtouchline.startedFile=PATH}, writes how many map editors opened once the
     * window is up, and their titles: how the test scripts know the workbench really started.
     */
    private static void reportStarted(List<String> titles) {
        String marker = System.getProperty("touchline.startedFile");
        if (marker != null) {
            try {
                java.nio.file.Files.writeString(Path.of(marker), "editors=" + titles.size() + "\n"
                        + titles.stream().map(t -> "title=" + t + "\n").collect(java.util.stream.Collectors.joining()));
            } catch (java.io.IOException e) {
                TouchlineUi.log("Could not write " + marker, e);
            }
        }
    }
}
