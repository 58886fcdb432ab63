package id.rakit.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * Rakit's text drawn as the window draws it, in a process of its own: JavaFX builds its list of
 * fallback fonts once, so the emoji font must be loaded before any text is laid out, as
 * {@link RakitApp#init()} does, and a test JVM that has shown other windows did that long ago.
 * Starts as Rakit starts ({@code init()}, then the theme), draws, and prints {@code key=value}
 * lines; {@code --without-emoji-font} skips {@code init()}, as Rakit was before it had the font.
 */
public final class TextRenderingHarness {

    /** What an admin types: skin tone, flag, faces, symbols, and a family joined by ZWJ. */
    static final List<String> EMOJI = List.of("\uD83D\uDC4D\uD83C\uDFFD", "\uD83C\uDDEE\uD83C\uDDE9", "\uD83D\uDE00",
            "\uD83D\uDE4F", "\u2705", "\uD83E\uDD1D", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
    static final String FAMILY = EMOJI.get(EMOJI.size() - 1);
    /**
     * Two lines, as JavaFX lays them out: the first glyph by glyph from the fallback list, the
     * second (a ZWJ makes it "complex") shaped by Pango, which picks its own font.
     */
    static final String CAPTION = "Rapat " + String.join(" ", EMOJI.subList(0, 3)) + " bersama warga "
            + String.join(" ", EMOJI.subList(3, EMOJI.size() - 1)) + "\nKeluarga " + FAMILY;
    /** Letters and digits, drawn alone: the same picture with and without the emoji font. */
    static final String LETTERS = "Rapat 17.09.2024, pukul 09.00 WIB";
    /** A welcome in Arabic between Indonesian words. */
    static final String GREETING = "Sambutan: \u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645 di Padang";
    static final String ARABIC_LETTERS = "\u0645\u0631\u062D\u0628\u0627\u0643";
    /** Private-use code points no font draws: what JavaFX shows for them is the empty box. */
    static final int MISSING = 0x10FFFD;
    static final int ALSO_MISSING = 0x10FFFC;

    private TextRenderingHarness() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        RakitApp app = new RakitApp();
        if (!List.of(args).contains("--without-emoji-font")) {
            app.init();
        }
        MainStage.applyTheme();
        CompletableFuture<List<String>> report = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                report.complete(measure());
            } catch (Throwable t) {
                report.completeExceptionally(t);
            }
        });
        report.get(60, TimeUnit.SECONDS).forEach(System.out::println);
        System.out.flush();
        app.stop();
        Platform.exit();
    }

    private static List<String> measure() {
        TextArea caption = new TextArea(CAPTION);
        Label greeting = new Label(GREETING);
        Stage stage = new Stage();
        stage.setScene(new Scene(new VBox(12, caption, greeting), 900, 300));
        stage.show();
        Image window = stage.getScene().snapshot(null);
        Text captionText = (Text) caption.lookup(".text");
        Text greetingText = (Text) greeting.lookup(".text");
        Font font = caption.getFont();

        List<String> out = new ArrayList<>();
        out.add("installed=" + Font.getFamilies().contains(EmojiFont.FAMILY));
        out.add("font.family=" + font.getFamily());
        out.add("default.family=" + Font.getDefault().getFamily());
        out.add("caption.text=" + escape(captionText.getText()));
        out.add("greeting.text=" + escape(greetingText.getText()));

        Image box = draw(new String(Character.toChars(MISSING)), font);
        out.add("cell." + hex(ALSO_MISSING) + "=" + status(draw(new String(Character.toChars(ALSO_MISSING)), font), box));
        out.add("cell.41=" + status(draw("A", font), box));
        // each code point alone, in the caption's font: the font machinery the editor draws with
        EMOJI.stream().flatMapToInt(String::codePoints).filter(cp -> cp != 0x200D).distinct().forEach(cp ->
                out.add("cell." + hex(cp) + "=" + status(draw(new String(Character.toChars(cp)), font), box)));
        // each sequence where the editor shows it: something is drawn there
        for (int i = 0; i < EMOJI.size(); i++) {
            int at = CAPTION.indexOf(EMOJI.get(i));
            Bounds shown = captionText.localToScene(range(captionText, at, at + EMOJI.get(i).length()));
            out.add("caption.emoji" + i + "=" + (ink(window, shown) > 0 ? "ink" : "blank"));
        }
        Image family = draw(FAMILY, font);
        out.add("family=" + status(family, box) + ","
                + (family.getWidth() < 1.5 * draw("\uD83D\uDC68", font).getWidth() ? "one" : "several"));
        out.add("families.emoji=" + String.join(",", Font.getFamilies().stream()
                .filter(f -> f.toLowerCase().matches(".*(emoji|symbola).*") && !f.equals(EmojiFont.FAMILY)).toList()));
        out.add("letters=" + Arrays.hashCode(pixels(draw(LETTERS, font))));
        Image arabicBox = draw(new String(Character.toChars(MISSING)), greetingText.getFont());
        ARABIC_LETTERS.codePoints().forEach(cp -> out.add("cell." + hex(cp) + "="
                + status(draw(new String(Character.toChars(cp)), greetingText.getFont()), arabicBox)));
        // where each part of the greeting begins on the screen, from the left
        for (String part : List.of("Sambutan", "\u0645\u0631\u062D\u0628\u0627", "\u0628\u0643\u0645", "Padang",
                "\u0645", "\u0627")) {
            int at = GREETING.indexOf(part);
            out.add("x." + escape(part) + "=" + Math.round(range(greetingText, at, at + part.length()).getMinX()));
        }
        stage.close();
        return out;
    }

    private static Bounds range(Text text, int start, int end) {
        return new Path(text.rangeShape(start, end)).getLayoutBounds();
    }

    private static Image draw(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        SnapshotParameters white = new SnapshotParameters();
        white.setFill(Color.WHITE);
        return t.snapshot(white, null);
    }

    /** "blank" (nothing drawn), "box" (exactly the missing glyph's picture) or "drawn". */
    private static String status(Image cell, Image box) {
        if (ink(cell, null) == 0) {
            return "blank";
        }
        return same(cell, box) ? "box" : "drawn";
    }

    private static int ink(Image image, Bounds where) {
        PixelReader r = image.getPixelReader();
        int x0 = where == null ? 0 : (int) Math.max(0, Math.floor(where.getMinX()));
        int y0 = where == null ? 0 : (int) Math.max(0, Math.floor(where.getMinY()));
        int x1 = where == null ? (int) image.getWidth() : (int) Math.min(image.getWidth(), Math.ceil(where.getMaxX()));
        int y1 = where == null ? (int) image.getHeight() : (int) Math.min(image.getHeight(), Math.ceil(where.getMaxY()));
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color c = r.getColor(x, y);
                if (c.getBrightness() < 0.6) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean same(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h + 2];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        argb[w * h] = w;
        argb[w * h + 1] = h;
        return argb;
    }

    static String hex(int cp) {
        return Integer.toHexString(cp);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(cp >= 0x20 && cp < 0x80 && cp != '\\' ? String.valueOf((char) cp) : "\\u{" + hex(cp) + "}"));
        return b.toString();
    }
}
