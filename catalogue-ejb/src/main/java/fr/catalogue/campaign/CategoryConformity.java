package fr.catalogue.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How many offers of a category a campaign took, and how many passed its automatic checks. */
public record CategoryConformity(String categoryCode, String categoryName, long offers, long conforming)
        implements java.io.Serializable {

    /**
     * The share of conforming offers in percent, one decimal rounded half up, but never 100 while
     * one offer fails (99.9 then: 9,999 of 10,000 is not "all"); null for a category without offers.
     * The same rule as the reviewers' dashboard.
     */
    public BigDecimal rate() {
        if (offers == 0) {
            return null;
        }
        BigDecimal rate = BigDecimal.valueOf(conforming * 100).divide(BigDecimal.valueOf(offers), 1, RoundingMode.HALF_UP);
        BigDecimal all = BigDecimal.valueOf(100).setScale(1);
        return conforming < offers && rate.compareTo(all) >= 0 ? new BigDecimal("99.9") : rate;
    }

    /** The rate as French readers write it, e.g. « 99,9 » (« — » without offers). */
    public String rateText() {
        BigDecimal rate = rate();
        return rate == null ? "—" : String.format(Locale.FRANCE, "%.1f", rate);
    }
}
