package fr.catalogue.geo;

import fr.catalogue.common.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a visitor is (R25), from what it typed: a postcode ({@code 35000}), a département code
 * ({@code 35}, {@code 2A}, {@code 974}) or name ({@code ille-et-vilaine}), or the name of a town.
 * Towns are only those of the partners known to the catalogue (there is no national gazetteer
 * here): an unknown town must be given by its postcode. A plain rule, no container.
 *
 * @param department the département found
 * @param town the town named, if the place was a town
 */
public record Place(Department department, String town) {

    /** The form field and API parameter the place comes from, in refusal messages. */
    public static final String FIELD = "ou";
    private static final int MAX_LENGTH = 100;

    /**
     * Reads a place.
     *
     * @param where what the visitor typed
     * @param towns the catalogue's known towns: folded name ({@link PlaceNames#fold}) to the codes of the
     *              départements a town of that name lies in
     * @throws InvalidInputException (French message, field {@value #FIELD}) when the place is empty,
     *                               unknown or ambiguous
     */
    public static Place parse(String where, Map<String, Set<String>> towns) {
        String typed = where == null ? "" : where.strip();
        if (typed.isEmpty()) {
            throw new InvalidInputException(FIELD, "Indiquez une ville, un code postal ou un département.");
        }
        if (typed.length() > MAX_LENGTH) {
            throw new InvalidInputException(FIELD, "Ce lieu est trop long (" + MAX_LENGTH + " caractères au plus).");
        }
        // "35 000" as often typed in France, or "35000 Rennes" as on an envelope
        Matcher postal = Pattern.compile("(\\d{2}) ?(\\d{3})(?:\\s+(\\D.*))?").matcher(typed);
        if (postal.matches()) {
            String postcode = postal.group(1) + postal.group(2);
            return new Place(Departments.ofPostcode(postcode).orElseThrow(() -> new InvalidInputException(FIELD,
                    "Le code postal " + postcode + " ne correspond à aucun département.")), postal.group(3));
        }
        if (typed.matches("\\d{4}")) {
            throw new InvalidInputException(FIELD, "Un code postal compte cinq chiffres (par exemple 0" + typed + ").");
        }
        if (typed.matches("(?i)\\d{1,3}|2[ab]")) {
            return new Place(Departments.byCode(typed).orElseThrow(() -> new InvalidInputException(FIELD,
                    "Aucun département ne porte le numéro " + typed + ".")), null);
        }
        List<Department> named = Departments.byName(typed);
        if (named.size() == 1) {
            return new Place(named.get(0), null);
        }
        String folded = PlaceNames.fold(typed);
        Set<String> codes = towns.getOrDefault(folded, Set.of());
        if (codes.size() > 1) {
            String list = codes.stream().sorted().map(Departments::byCode).flatMap(Optional::stream)
                    .map(Department::displayName).reduce((a, b) -> a + ", " + b).orElse("");
            throw new InvalidInputException(FIELD, "Plusieurs villes s'appellent « " + typed + " » (" + list
                    + ") : indiquez plutôt le code postal.");
        }
        if (codes.size() == 1) {
            return new Place(Departments.byCode(codes.iterator().next()).orElseThrow(), typed);
        }
        List<Department> close = Departments.all().stream()
                .filter(d -> (" " + PlaceNames.fold(d.name()) + " ").contains(" " + folded + " "))
                .sorted(Comparator.comparing(Department::code))
                .toList();
        if (close.size() > 1) {
            throw new InvalidInputException(FIELD, "Plusieurs départements répondent à « " + typed + " » ("
                    + close.stream().map(Department::displayName).reduce((a, b) -> a + ", " + b).orElse("")
                    + ") : précisez lequel.");
        }
        if (close.size() == 1) {
            return new Place(close.get(0), null);
        }
        throw new InvalidInputException(FIELD, "Nous ne connaissons pas « " + typed
                + " » : indiquez le code postal de la ville ou le nom du département.");
    }

    /** What to show: "Rennes, Ille-et-Vilaine (35)" or "Ille-et-Vilaine (35)". */
    public String displayName() {
        return town == null ? department.displayName() : town + ", " + department.displayName();
    }
}
