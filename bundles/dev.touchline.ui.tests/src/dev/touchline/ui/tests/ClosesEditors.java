package dev.touchline.ui.tests;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Closes every editor after each test (without saving), so tests do not see each other's maps. */
final class ClosesEditors implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        Ui.page().closeAllEditors(false);
        Ui.flush();
    }
}
