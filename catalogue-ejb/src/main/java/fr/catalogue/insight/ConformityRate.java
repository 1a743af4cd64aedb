package fr.catalogue.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of a campaign's offers of one category that passed every automatic check (R17), as a
 * percentage with one decimal, rounded half up. No offers, no rate: {@code null}, never 0 % nor a
 * division by zero. The rate is never rounded to 100 % while one offer failed, nor to 0 % while
 * one passed, so that a reader never takes "99.96 %" for "all conform".
 */
public record ConformityRate(long campaignId, String period, String categoryCode, String categoryName, long offers,
        long conforming) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LOWEST = new BigDecimal("0.1");
    private static final BigDecimal HIGHEST = new BigDecimal("99.9");

    public ConformityRate {
        if (offers < 0 || conforming < 0 || conforming > offers) {
            throw new IllegalArgumentException(conforming + " conforming of " + offers + " offers");
        }
    }

    /** The percentage, one decimal, or {@code null} without offers. */
    public BigDecimal percent() {
        return percent(conforming, offers);
    }

    /** The rule, for any count: {@code conforming} of {@code offers} as a percentage with one decimal. */
    public static BigDecimal percent(long conforming, long offers) {
        if (offers <= 0) {
            return null;
        }
        BigDecimal rate = BigDecimal.valueOf(conforming).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(offers), 1, RoundingMode.HALF_UP);
        if (conforming < offers && rate.compareTo(HIGHEST) > 0) {
            return HIGHEST;
        }
        if (conforming > 0 && rate.compareTo(LOWEST) < 0) {
            return LOWEST;
        }
        return rate;
    }
}
