package dev.touchline.ui.editor;

/** Text from the model shown where SWT reads "&" as a mnemonic mark: menus, labels, dialogs. */
public final class Mnemonics {

    private Mnemonics() {
    }

    /**
     * The text shown as it is: an ampersand stays an ampersand ("Billing & Accounting" lost its
     * "&" and underlined the space).
     */
    public static String literal(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
