package fr.catalogue.specification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers of the engine: reading what people type and writing numbers the French way. */
final class Texts {

    /** Spaces people (and word processors) put in numbers: no-break, narrow no-break, figure, tab. */
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u202F\\u2007\\t]");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");
    private static final int QUOTE_LIMIT = 40;

    private Texts() {
    }

    /** Turns every kind of space into a plain one, collapses runs and strips both ends. */
    static String normalizeSpaces(String text) {
        return RUNS_OF_SPACES.matcher(ODD_SPACES.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Whether the text is null or holds only spaces, of any kind. */
    static boolean isBlank(String text) {
        return text == null || normalizeSpaces(text).isEmpty();
    }

    /** The form under which two choices are the same: case and spacing ignored, accents kept. */
    static String choiceKey(String text) {
        return normalizeSpaces(text).toLowerCase(Locale.ROOT);
    }

    /**
     * A number written the French way: comma as decimal separator, no trailing zeros, groups of
     * three digits separated by a space from 1 000 up (the parser reads it back).
     */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String plain = stripped.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        if (stripped.signum() < 0) {
            out.append('-');
        }
        out.append(grouped(integer));
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return out.toString();
    }

    /** An amount of money: whole euros as is, cents with two digits ("12,50"). */
    static String money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() == 1) {
            return number(stripped) + "0";
        }
        return number(stripped);
    }

    /** French grammar: a quantity takes the plural from 2 on ("1,5 an", "2 ans"). */
    static boolean plural(BigDecimal value) {
        return value.abs().compareTo(BigDecimal.valueOf(2)) >= 0;
    }

    /** What a person typed, between French quotes, shortened at a word when long. */
    static String quote(String typed) {
        String text = normalizeSpaces(typed.replaceAll("\\s+", " "));
        if (text.length() > QUOTE_LIMIT) {
            String head = text.substring(0, QUOTE_LIMIT);
            int lastSpace = head.lastIndexOf(' ');
            if (lastSpace > QUOTE_LIMIT / 2) {
                head = head.substring(0, lastSpace);
            }
            text = head.replaceAll("[\\s,;:.]+$", "") + "…";
        }
        return "« " + text + " »";
    }

    /** A list for a sentence: "USB, HDMI, VGA". */
    static String list(List<String> items) {
        return String.join(", ", items);
    }

    private static String grouped(String digits) {
        if (digits.length() < 4) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int head = digits.length() % 3;
        if (head > 0) {
            out.append(digits, 0, head);
        }
        for (int i = head; i < digits.length(); i += 3) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(digits, i, i + 3);
        }
        return out.toString();
    }
}
