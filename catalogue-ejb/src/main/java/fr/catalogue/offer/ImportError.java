package fr.catalogue.offer;

/**
 * One reason an import file is refused.
 *
 * @param line the line of the file where the faulty row starts, counting the header as line 1;
 *        null when the file as a whole is wrong (encoding, empty file)
 * @param field the faulty value, named as in the JSON API ({@code title}, {@code attributes.ram},
 *        {@code links[0]}) or, for a header error, the column; null when the whole row is wrong
 * @param message in French, for the partner
 */
public record ImportError(Integer line, String field, String message) {

    /** The same error, on that line. */
    public ImportError at(int line) {
        return new ImportError(line, field, message);
    }
}
