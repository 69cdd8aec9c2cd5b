package dev.touchline.ui.editor;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.touchline.model.JourneyModel;
import dev.touchline.validation.ValidationReport;
import dev.touchline.validation.ValidationSnapshot;

/**
 * Validates the model as the user edits, without freezing the UI: a short pause after the last
 * edit, a copy taken on the UI thread, the rules run in a background job on the copy, and the
 * report handed back on the UI thread, unless a newer edit made it stale.
 */
final class LiveValidation {

    private static final int PAUSE_MS = 150;

    private final Display display;
    private final JourneyModel model;
    private final Consumer<ValidationReport> done;
    private int generation;
    private int completed;
    private boolean disposed;

    LiveValidation(Display display, JourneyModel model, Consumer<ValidationReport> done) {
        this.display = display;
        this.model = model;
        this.done = done;
    }

    /** Validates after a short pause; edits within the pause restart it. Call on the UI thread. */
    void schedule() {
        int mine = ++generation;
        display.timerExec(PAUSE_MS, () -> {
            if (!disposed && mine == generation) {
                start(mine);
            }
        });
    }

    /** Validates now, on the calling (UI) thread: used once when the editor opens. */
    void runNow() {
        int mine = ++generation;
        completed = mine;
        done.accept(ValidationSnapshot.take(model).validate());
    }

    /** Whether the findings shown are those of the current model (no validation pending). */
    boolean isCurrent() {
        return completed == generation;
    }

    void dispose() {
        disposed = true;
    }

    private void start(int mine) {
        ValidationSnapshot snapshot = ValidationSnapshot.take(model);
        Job job = Job.create("Validating journey map", (IProgressMonitor monitor) -> {
            ValidationReport report = snapshot.validate();
            display.asyncExec(() -> {
                if (!disposed && mine == generation) {
                    completed = mine;
                    done.accept(report);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

}
