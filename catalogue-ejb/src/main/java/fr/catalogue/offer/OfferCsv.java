package fr.catalogue.offer;

import fr.catalogue.specification.PriceComponent;
import fr.catalogue.specification.ServiceCoverage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the offers of an import file (CSV, one offer per row, a header row first) into
 * {@link OfferInput}s, with every syntax error and badly typed value reported with its line. The
 * business rules (mandatory fields, known category, safe links…) are not checked here: the offer
 * service checks them, so that an imported offer passes exactly the rules of a typed one.
 *
 * <p>Format (see docs/partner-guide.md): the separator is {@code ;} when the header line holds
 * one, else {@code ,}; values may be quoted with {@code "} (a quoted value may hold the separator,
 * line breaks and doubled quotes); a UTF-8 byte order mark is ignored; blank lines and rows of
 * empty cells are skipped. Columns, in any order, names case-insensitive except the keys:
 * <ul>
 * <li>{@code category}, {@code title}, {@code description}, {@code priceExclVat} (required columns),
 * {@code links} (optional: addresses separated by spaces);</li>
 * <li>{@code attr:<key>}: the value of criterion {@code <key>};</li>
 * <li>{@code price:<key>} (amount in euros excl. VAT, {@code ,} or {@code .} as decimal mark, empty
 * for "not stated as a figure"), {@code price:<key>:unit}, {@code price:<key>:description}: a
 * component of the price (R12), stated when any of its cells is filled;</li>
 * <li>{@code service:<key>}: {@code DIRECT} or {@code VIA_PARTNER} (R9).</li>
 * </ul>
 * Line numbers count physical lines from 1 (the header), so a quoted value spread over several
 * lines moves the following rows down, as in a text editor.
 */
public final class OfferCsv {

    /** An offer read from the file, with the line its row starts on. */
    public record Row(int line, OfferInput input) {
    }

    /** Every offer that could be read, and every error; the file may be imported only if there is none. */
    public record Parsed(List<Row> rows, List<ImportError> errors) {

        public Parsed {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }
    }

    static final String CATEGORY = "category";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String PRICE = "priceExclVat";
    static final String LINKS = "links";
    private static final List<String> REQUIRED = List.of(CATEGORY, TITLE, DESCRIPTION, PRICE);
    private static final char BOM = '\uFEFF';

    private final int maxRows;

    /** @param maxRows the most offers one file may hold; beyond, the file is refused as a whole */
    public OfferCsv(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("An import allows at least one row: " + maxRows);
        }
        this.maxRows = maxRows;
    }

    /**
     * Reads a whole file, already decoded.
     *
     * @throws OfferImportTooLarge when it holds more than {@code maxRows} offers
     */
    public Parsed parse(String text) {
        String content = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        List<ImportError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (content.isBlank()) {
            errors.add(new ImportError(null, null, "Le fichier est vide : la première ligne doit nommer les colonnes."));
            return new Parsed(rows, errors);
        }
        Lines lines = new Lines(content);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(content))
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Header header = null;
            int count = 0;
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // Quoting gone wrong: nothing after this point can be trusted to be where it seems.
                    errors.add(new ImportError((int) parser.getCurrentLineNumber(), null,
                            "Guillemets mal placés : une valeur entre guillemets doit être suivie du séparateur ou "
                                    + "de la fin de ligne, et un guillemet à l'intérieur s'écrit \"\". "
                                    + "La lecture du fichier s'arrête à cette ligne."));
                    break;
                }
                int line = lines.lineOf(record.getCharacterPosition());
                if (header == null) {
                    header = Header.read(record, line, errors);
                    if (header == null) {
                        break; // without its columns, no row can be read
                    }
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (++count > maxRows) {
                    throw new OfferImportTooLarge("Le fichier contient plus de " + maxRows
                            + " offres : découpez-le en plusieurs fichiers.");
                }
                if (record.size() != header.size()) {
                    errors.add(new ImportError(line, null, "La ligne compte " + record.size() + " colonne(s), l'en-tête "
                            + header.size() + " : vérifiez les séparateurs et les guillemets."));
                    continue;
                }
                OfferInput input = header.toInput(record, line, errors);
                if (input != null) {
                    rows.add(new Row(line, input));
                }
            }
            if (header != null && count == 0 && errors.isEmpty()) {
                errors.add(new ImportError(null, null, "Le fichier ne contient aucune offre après la ligne d'en-tête."));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        return new Parsed(rows, errors);
    }

    private static char delimiter(String content) {
        int end = content.indexOf('\n');
        String first = end < 0 ? content : content.substring(0, end);
        return first.indexOf(';') >= 0 ? ';' : ',';
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** What each column of the file holds. */
    private record Header(List<Column> columns) {

        int size() {
            return columns.size();
        }

        static Header read(CSVRecord record, int line, List<ImportError> errors) {
            List<Column> columns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int before = errors.size();
            for (String raw : record) {
                String name = raw.strip();
                Column column = Column.of(name);
                if (column == null) {
                    errors.add(new ImportError(line, name, "Colonne inconnue : « " + name + " ». Colonnes possibles : "
                            + "category, title, description, priceExclVat, links, attr:<clé>, price:<clé>, "
                            + "price:<clé>:unit, price:<clé>:description, service:<clé>."));
                } else if (!seen.add(column.id())) {
                    errors.add(new ImportError(line, name, "La colonne « " + name + " » apparaît deux fois."));
                }
                columns.add(column);
            }
            for (String required : REQUIRED) {
                if (!seen.contains(required)) {
                    errors.add(new ImportError(line, required, "La colonne obligatoire « " + required + " » manque."));
                }
            }
            return errors.size() == before ? new Header(columns) : null;
        }

        OfferInput toInput(CSVRecord record, int line, List<ImportError> errors) {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String[]> prices = new LinkedHashMap<>();
            Map<String, ServiceCoverage> services = new LinkedHashMap<>();
            int before = errors.size();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                String value = record.get(i).strip();
                switch (column.kind()) {
                    case FIELD -> fields.put(column.key(), value);
                    case ATTRIBUTE -> {
                        if (!value.isEmpty()) {
                            attributes.put(column.key(), value);
                        }
                    }
                    case PRICE_AMOUNT, PRICE_UNIT, PRICE_DESCRIPTION ->
                            prices.computeIfAbsent(column.key(), k -> new String[3])[column.kind().ordinal()
                                    - Kind.PRICE_AMOUNT.ordinal()] = value;
                    case SERVICE -> {
                        if (!value.isEmpty()) {
                            String field = "services." + column.key();
                            ServiceCoverage.parse(value).ifPresentOrElse(coverage -> services.put(column.key(), coverage),
                                    () -> errors.add(new ImportError(line, field, "« " + value
                                            + " » : la couverture d'un service vaut DIRECT ou VIA_PARTNER.")));
                        }
                    }
                }
            }
            Map<String, PriceComponent> pricing = new LinkedHashMap<>();
            prices.forEach((key, cells) -> {
                if (Arrays.stream(cells).allMatch(c -> c == null || c.isEmpty())) {
                    return;
                }
                BigDecimal amount = cells[0] == null || cells[0].isEmpty() ? null
                        : amount(cells[0], "pricing." + key + ".amount", line, errors);
                pricing.put(key, new PriceComponent(amount, blankToNull(cells[1]), blankToNull(cells[2])));
            });
            String price = fields.get(PRICE);
            BigDecimal priceExclVat = price.isEmpty() ? null : amount(price, PRICE, line, errors);
            String links = fields.getOrDefault(LINKS, "");
            if (errors.size() != before) {
                return null;
            }
            return new OfferInput(blankToNull(fields.get(CATEGORY)), blankToNull(fields.get(TITLE)),
                    blankToNull(fields.get(DESCRIPTION)), priceExclVat, attributes, pricing, services,
                    links.isEmpty() ? List.of() : List.of(links.split("\\s+")));
        }
    }

    private enum Kind { FIELD, ATTRIBUTE, PRICE_AMOUNT, PRICE_UNIT, PRICE_DESCRIPTION, SERVICE }

    /** A column: a field of the offer, or an entry of one of its maps under a key. */
    private record Column(Kind kind, String key) {

        /** Two columns with the same id hold the same value. */
        String id() {
            return kind == Kind.FIELD ? key : kind + ":" + key;
        }

        static Column of(String name) {
            for (String field : List.of(CATEGORY, TITLE, DESCRIPTION, PRICE, LINKS)) {
                if (field.equalsIgnoreCase(name)) {
                    return new Column(Kind.FIELD, field);
                }
            }
            String[] parts = name.split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
            }
            if (parts.length < 2 || parts[1].isEmpty()) {
                return null;
            }
            String prefix = parts[0].toLowerCase(Locale.ROOT);
            if (parts.length == 2) {
                return switch (prefix) {
                    case "attr" -> new Column(Kind.ATTRIBUTE, parts[1]);
                    case "price" -> new Column(Kind.PRICE_AMOUNT, parts[1]);
                    case "service" -> new Column(Kind.SERVICE, parts[1]);
                    default -> null;
                };
            }
            if (parts.length == 3 && prefix.equals("price")) {
                return switch (parts[2].toLowerCase(Locale.ROOT)) {
                    case "unit" -> new Column(Kind.PRICE_UNIT, parts[1]);
                    case "description" -> new Column(Kind.PRICE_DESCRIPTION, parts[1]);
                    default -> null;
                };
            }
            return null;
        }
    }

    /**
     * An amount as people type it in a spreadsheet: "1 234,50", "1234.5", "12 €". Refuses
     * anything else, and negative amounts.
     */
    static BigDecimal amount(String text, String field, int line, List<ImportError> errors) {
        String plain = text.replaceAll("[\\s\u00A0\u202F]", "").replace("€", "");
        if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
            plain = plain.replace(',', '.');
        }
        try {
            BigDecimal amount = new BigDecimal(plain);
            if (amount.signum() < 0) {
                errors.add(new ImportError(line, field, "« " + text + " » : un montant ne peut pas être négatif."));
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(new ImportError(line, field, "« " + text + " » n'est pas un montant en euros (par exemple 1234,50)."));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Where each physical line starts, to turn a character position into a line number. */
    private static final class Lines {

        private final String content;
        private final int[] starts;

        Lines(String content) {
            this.content = content;
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == content.length() || content.charAt(i + 1) != '\n'))) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the first character of a record; the parser counts the blank lines it skipped as part of it. */
        int lineOf(long position) {
            while (position < content.length() && (content.charAt((int) position) == '\n'
                    || content.charAt((int) position) == '\r')) {
                position++;
            }
            int index = Arrays.binarySearch(starts, (int) position);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
