package dev.touchline.ui.editor;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;

import dev.touchline.model.JourneyModel;
import dev.touchline.validation.IncrementalValidator;
import dev.touchline.validation.ValidationReport;

/**
 * Validates the model as the user edits. The model is validated in full once, when the editor
 * opens; after that, each edit revalidates only what it can affect ({@link IncrementalValidator}:
 * under 5 ms for a 10,000-touchpoint model, see docs/performance.md), on the UI thread, once the
 * current event is handled, so several notifications of one command are validated together.
 * (A change to a department's name, or to the model's emotion scale, validates the whole model.)
 */
final class LiveValidation {

    private final Display display;
    private final IncrementalValidator validator;
    private final Consumer<ValidationReport> done;
    private boolean pending;
    private boolean disposed;

    /** {@code model} must be as {@code ModelFiles.load} returned it, not edited yet. */
    LiveValidation(Display display, JourneyModel model, Consumer<ValidationReport> done) {
        this.display = display;
        this.validator = IncrementalValidator.attachLoaded(model);
        this.done = done;
    }

    /** Revalidates what changed once the current event is handled. Call on the UI thread. */
    void schedule() {
        if (pending || disposed) {
            return;
        }
        pending = true;
        display.asyncExec(() -> {
            pending = false;
            if (!disposed) {
                done.accept(validator.revalidate());
            }
        });
    }

    /** Brings the findings up to date now, on the calling (UI) thread. */
    void runNow() {
        done.accept(validator.revalidate());
    }

    /** Whether the findings shown are those of the current model (no validation pending). */
    boolean isCurrent() {
        return !pending && !validator.isStale();
    }

    void dispose() {
        disposed = true;
        validator.detach();
    }
}
