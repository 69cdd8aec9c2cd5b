package dev.touchline.ui;

import java.text.MessageFormat;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IWorkbenchWindow;

/** Help > About Touchline: product name, version, licence. */
final class AboutAction extends Action {

    private final IWorkbenchWindow window;

    AboutAction(IWorkbenchWindow window) {
        super("&About Touchline");
        this.window = window;
        setId("dev.touchline.ui.about");
    }

    /** The About text with the running version filled in. */
    static String aboutText() {
        IProduct product = Platform.getProduct();
        String text = product == null ? null : product.getProperty("aboutText");
        if (text == null) {
            text = "Touchline\n\nVersion {0}";
        }
        return MessageFormat.format(text.replace("'", "''"), TouchlineUi.version());
    }

    @Override
    public void run() {
        Image image = TouchlineUi.imageDescriptor("icons/touchline-48.png").createImage();
        try {
            new MessageDialog(window.getShell(), "About Touchline", image, aboutText(), MessageDialog.NONE, 0,
                    "Close").open();
        } finally {
            image.dispose();
        }
    }
}
