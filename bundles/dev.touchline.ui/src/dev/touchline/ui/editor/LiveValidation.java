package dev.touchline.ui.editor;

import dev.touchline.model.JourneyModel;
import dev.touchline.validation.IncrementalValidator;
import dev.touchline.validation.ValidationReport;

/**
 * Validates the model as the user edits. The model is validated in full once, when the editor
 * opens; after that, each command revalidates only what it can affect ({@link IncrementalValidator}:
 * under 5 ms for a 10,000-touchpoint model, see docs/performance.md), on the UI thread, before the
 * map is laid out: so an edit is laid out and shown once, with its own findings. (A change to a
 * department's name, or to the model's emotion scale, validates the whole model.)
 */
final class LiveValidation {

    private final IncrementalValidator validator;

    /** {@code model} must be as {@code ModelFiles.load} returned it, not edited yet. */
    LiveValidation(JourneyModel model) {
        this.validator = IncrementalValidator.attachLoaded(model);
    }

    /** The findings of the model as it is now, validating what changed since the last call. */
    ValidationReport current() {
        return validator.revalidate();
    }

    /** Whether the last findings are those of the current model (no edit since). */
    boolean isCurrent() {
        return !validator.isStale();
    }

    void dispose() {
        validator.detach();
    }
}
