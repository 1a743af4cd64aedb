package fr.catalogue.web.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which offers a business compares side by side ({@code /comparer.xhtml?offres=1,2,3}): at most
 * {@value #MAX} published offers of one category. The selection lives in the address, so a
 * comparison is a link one can keep; refusals are in French. Immutable; plain Java.
 */
public final class Comparison {

    /** The most offers compared at once. */
    public static final int MAX = 4;

    private final List<Long> ids;

    private Comparison(List<Long> ids) {
        this.ids = List.copyOf(ids);
    }

    public static Comparison empty() {
        return new Comparison(List.of());
    }

    /** The parse of an {@code offres} parameter: the selection, or why it is refused. */
    public record Parsed(Comparison comparison, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /**
     * Reads {@code "1,2,3"} (spaces and a repeated id ignored, order kept).
     */
    public static Parsed parse(String offres) {
        if (offres == null || offres.isBlank()) {
            return new Parsed(empty(), null);
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : offres.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                long id = Long.parseLong(part);
                if (id <= 0) {
                    throw new NumberFormatException(part);
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                return new Parsed(empty(), "« " + part + " » n'est pas un numéro d'offre : la comparaison ne peut"
                        + " pas être affichée.");
            }
        }
        if (ids.size() > MAX) {
            return new Parsed(new Comparison(new ArrayList<>(ids)), "Vous pouvez comparer au plus " + MAX
                    + " offres à la fois : retirez-en " + (ids.size() - MAX) + ".");
        }
        return new Parsed(new Comparison(new ArrayList<>(ids)), null);
    }

    /**
     * Why offers found for this selection cannot be compared, if they cannot: an id that names no
     * published offer, or offers of several categories.
     *
     * @param categoryOfOffer the category code of each published offer found, by id
     * @param categoryNames category code to name, for the message
     */
    public Optional<String> refusal(Map<Long, String> categoryOfOffer, Map<String, String> categoryNames) {
        List<Long> unknown = ids.stream().filter(id -> !categoryOfOffer.containsKey(id)).toList();
        if (unknown.size() == 1) {
            return Optional.of("L'offre n° " + unknown.get(0) + " n'existe pas ou n'est plus publiée :"
                    + " retirez-la de la comparaison.");
        }
        if (!unknown.isEmpty()) {
            return Optional.of("Les offres n° " + unknown.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " n'existent pas ou ne sont plus publiées :"
                    + " retirez-les de la comparaison.");
        }
        Set<String> categories = ids.stream().map(categoryOfOffer::get).collect(Collectors.toCollection(LinkedHashSet::new));
        if (categories.size() > 1) {
            return Optional.of("On ne compare que des offres d'une même catégorie ; celles-ci sont de plusieurs"
                    + " catégories (" + categories.stream().map(code -> categoryNames.getOrDefault(code, code))
                    .collect(Collectors.joining(", ")) + ").");
        }
        return Optional.empty();
    }

    public List<Long> ids() {
        return ids;
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public boolean contains(long id) {
        return ids.contains(id);
    }

    /** Whether another offer can still be added. */
    public boolean isFull() {
        return ids.size() >= MAX;
    }

    /** This selection with one more offer at the end (unchanged if it is there already). */
    public Comparison with(long id) {
        if (ids.contains(id)) {
            return this;
        }
        List<Long> more = new ArrayList<>(ids);
        more.add(id);
        return new Comparison(more);
    }

    /** This selection without an offer. */
    public Comparison without(long id) {
        return new Comparison(ids.stream().filter(other -> other != id).toList());
    }

    /** The {@code offres} parameter: {@code "1,2,3"}. */
    public String param() {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Comparison comparison && comparison.ids.equals(ids);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ids);
    }
}
