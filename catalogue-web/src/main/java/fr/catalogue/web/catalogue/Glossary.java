package fr.catalogue.web.catalogue;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The glossary of the public catalogue (R13): every term a small business meets, explained in
 * plain words — the criteria of the specifications in force and general terms (HT, engagement…) —
 * in French alphabetical order, each with a stable anchor the offer pages link to. Plain Java.
 */
public final class Glossary {

    /** One meaning of a term and the categories whose specification gives it (empty for a general term). */
    public record Meaning(String text, List<String> categories) {

        /** The categories, joined for reading: "PC de bureau, Imprimante". */
        public String categoriesText() {
            return String.join(", ", categories);
        }
    }

    /** The entries of one letter. */
    public record Section(String letter, List<Entry> entries) {
    }

    /** A term of the glossary, at {@code /glossaire.xhtml#anchor}. */
    public record Entry(String term, String anchor, String letter, List<Meaning> meanings) {
    }

    private final Map<String, String> terms = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> meanings = new LinkedHashMap<>();

    /** Adds a general term, or one more meaning of it. */
    public Glossary general(String term, String explanation) {
        return add(term, explanation, null);
    }

    /** Adds a criterion of a category's specification in force; a blank explanation is left out. */
    public Glossary criterion(String label, String explanation, String categoryName) {
        return add(label, explanation, categoryName);
    }

    private Glossary add(String term, String explanation, String category) {
        if (term == null || term.isBlank() || explanation == null || explanation.isBlank()) {
            return this;
        }
        String anchor = anchor(term);
        terms.putIfAbsent(anchor, term.strip());
        List<String> categories = meanings.computeIfAbsent(anchor, a -> new LinkedHashMap<>())
                .computeIfAbsent(explanation.strip(), e -> new ArrayList<>());
        if (category != null && !categories.contains(category)) {
            categories.add(category);
        }
        return this;
    }

    /** The entries, in French alphabetical order (accents and case ignored). */
    public List<Entry> entries() {
        Collator french = Collator.getInstance(Locale.FRENCH);
        french.setStrength(Collator.PRIMARY);
        List<Entry> entries = new ArrayList<>();
        terms.forEach((anchor, term) -> {
            List<Meaning> list = new ArrayList<>();
            meanings.get(anchor).forEach((text, categories) -> list.add(new Meaning(text, List.copyOf(categories))));
            entries.add(new Entry(term, anchor, letter(term), List.copyOf(list)));
        });
        entries.sort(Comparator.comparing(Entry::term, french));
        return List.copyOf(entries);
    }

    /** The entries by first letter, in order: the glossary's index and its sections. */
    public List<Section> sections() {
        Map<String, List<Entry>> byLetter = new LinkedHashMap<>();
        for (Entry entry : entries()) {
            byLetter.computeIfAbsent(entry.letter(), l -> new ArrayList<>()).add(entry);
        }
        List<Section> sections = new ArrayList<>();
        byLetter.forEach((letter, list) -> sections.add(new Section(letter, List.copyOf(list))));
        return List.copyOf(sections);
    }

    /**
     * The anchor of a term: its words without accents, in lower case, joined by dashes, after
     * {@code terme-} ("Mémoire vive (RAM)" → {@code terme-memoire-vive-ram}).
     */
    public static String anchor(String term) {
        String plain = Normalizer.normalize(term == null ? "" : term, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return "terme-" + (plain.isEmpty() ? "x" : plain);
    }

    private static String letter(String term) {
        String plain = Normalizer.normalize(term, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        for (char c : plain.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                return Character.isLetter(c) ? String.valueOf(Character.toUpperCase(c)) : "0-9";
            }
        }
        return "#";
    }
}
