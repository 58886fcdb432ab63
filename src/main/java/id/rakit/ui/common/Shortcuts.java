package id.rakit.ui.common;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Rakit's keyboard shortcuts in one table: the keys, what they do ({@code shortcut.*} in the
 * message bundle), and whether the window answers them yet. Bantuan lists the ones that work;
 * whoever wires another one sets its {@code wired} here, and Bantuan shows it from then on.
 * Text with {@code Ctrl} is shown as the system writes it (⌘ on a Mac).
 */
public enum Shortcuts {
    /** {@code MainWindow}: a scene accelerator. */
    NEW_POST(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), "shortcut.newPost", true),
    /** The list of posts and the grid of evidence answer it themselves. */
    DELETE(new KeyCodeCombination(KeyCode.DELETE), "shortcut.delete", true),
    /** The list of posts answers the arrow keys itself. */
    NEXT_POST(new KeyCodeCombination(KeyCode.DOWN), "shortcut.nextPost", true),
    PREVIOUS_POST(new KeyCodeCombination(KeyCode.UP), "shortcut.previousPost", true),
    /** Pengaturan and Bantuan close with it (their own key handler). */
    CLOSE_PAGE(new KeyCodeCombination(KeyCode.ESCAPE), "shortcut.closePage", true),
    /** {@code ComposeView}: Alt+1 to Alt+9 put the snippet with that number where the cursor is. */
    SNIPPET(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.ALT_DOWN), "shortcut.snippet", true),
    /** {@code MainWindow}: scene accelerators, from here to {@code SETTINGS}. */
    ADD_EVIDENCE(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), "shortcut.addEvidence", true),
    EXPORT(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), "shortcut.export", true),
    SEARCH(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), "shortcut.search", true),
    NEXT_ITEM(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), "shortcut.nextItem", true),
    PREVIOUS_ITEM(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), "shortcut.previousItem", true),
    HELP(new KeyCodeCombination(KeyCode.F1), "shortcut.help", true),
    SETTINGS(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), "shortcut.settings", true),
    /** {@code MainStage}: the window's text size, remembered in the settings. */
    TEXT_LARGER(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), "shortcut.textLarger", true),
    TEXT_SMALLER(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), "shortcut.textSmaller", true);

    private final KeyCombination keys;
    private final String messageKey;
    private final boolean wired;

    Shortcuts(KeyCombination keys, String messageKey, boolean wired) {
        this.keys = keys;
        this.messageKey = messageKey;
        this.wired = wired;
    }

    public KeyCombination keys() {
        return keys;
    }

    /** What the shortcut does, for Bantuan, tooltips and menus. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether the window answers it today. */
    public boolean wired() {
        return wired;
    }

    /** "Tambah foto/video (Ctrl+O)": a button's tooltip that names its shortcut. */
    public javafx.scene.control.Tooltip tooltip(id.rakit.i18n.Messages m) {
        return new javafx.scene.control.Tooltip(m.get(messageKey) + " (" + keys.getDisplayText() + ")");
    }

    /** The shortcuts that work now, in the order Bantuan lists them. */
    public static List<Shortcuts> working() {
        return Arrays.stream(values()).filter(Shortcuts::wired).toList();
    }
}
