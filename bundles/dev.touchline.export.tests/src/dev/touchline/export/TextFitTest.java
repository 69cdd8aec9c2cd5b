package dev.touchline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextFitTest {

    @Test
    void wrapsAtWordsWithinTheWidth() {
        List<String> lines = TextFit.lines("Confirm the delivery slot by e-mail and text message", 120, 13, false, 5);
        assertTrue(lines.size() > 1, lines.toString());
        for (String line : lines) {
            assertTrue(TextFit.width(line, 13, false) <= 120, line);
        }
        assertEquals("Confirm the delivery slot by e-mail and text message", String.join(" ", lines));
    }

    @Test
    void endsWithAnEllipsisWhenTheTextDoesNotFit() {
        List<String> lines = TextFit.lines("one two three four five six seven eight nine ten", 60, 13, false, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("\u2026"), lines.toString());
        assertTrue(TextFit.width(lines.get(1), 13, false) <= 60, lines.toString());
    }

    @Test
    void cutsAWordLongerThanTheLine() {
        List<String> lines = TextFit.lines("Supercalifragilisticexpialidocious", 80, 13, true, 3);
        for (String line : lines) {
            assertTrue(TextFit.width(line, 13, true) <= 80 || line.length() == 1, line);
        }
        assertTrue(lines.size() >= 2, lines.toString());
    }

    @Test
    void emptyTextGivesNoLines() {
        assertEquals(List.of(), TextFit.lines("  ", 100, 13, false, 2));
        assertEquals(List.of(), TextFit.lines(null, 100, 13, false, 2));
    }

    @Test
    void slugsAreSafeFileNames() {
        assertEquals("billing-accounting", Markup.slug("Billing & Accounting", "x"));
        assertEquals("etc-passwd", Markup.slug("../../etc/passwd", "x"));
        assertEquals("cafe-creme", Markup.slug("Café crème", "x"));
        assertEquals("fallback", Markup.slug("営業部", "fallback"));
        assertEquals("fallback", Markup.slug(null, "fallback"));
    }
}
