package fr.catalogue.need;

import java.math.BigDecimal;
import java.util.List;

/**
 * One need drawn from the answers (R28) and where the catalogue answers it: the categories of
 * offers that fit, and the highest price excluding VAT an offer may have (null: no limit).
 *
 * @param key stable name of the need ({@code workstations}, {@code network}, {@code internet}…)
 * @param title the need in French, as a heading
 * @param why a sentence saying how the answers led to it
 */
public record NeedItem(String key, String title, String why, List<String> categories, BigDecimal priceMax) {

    public NeedItem {
        categories = List.copyOf(categories);
    }
}
