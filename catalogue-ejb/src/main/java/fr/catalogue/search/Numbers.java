package fr.catalogue.search;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a French reader writes them in a facet label: "1 500", "0,5". */
final class Numbers {

    private Numbers() {
    }

    static String french(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        return format.format(value);
    }
}
