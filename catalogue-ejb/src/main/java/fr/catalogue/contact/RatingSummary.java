package fr.catalogue.contact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * What the public sees of a provider's ratings (R24): the average is shown only once it has
 * {@value #THRESHOLD} ratings; before, only how many there are. Plain Java, unit-tested.
 *
 * @param count the number of ratings
 * @param starsTotal the sum of their stars
 */
public record RatingSummary(long count, long starsTotal) {

    /** R24: "the rating is shown only once it has 5 reviews". */
    public static final int THRESHOLD = 5;

    public RatingSummary {
        if (count < 0 || starsTotal < count || starsTotal > 5 * count) {
            throw new IllegalArgumentException("count " + count + ", total " + starsTotal);
        }
    }

    public static RatingSummary none() {
        return new RatingSummary(0, 0);
    }

    /** Whether the average may be shown (R24). */
    public boolean averageShown() {
        return count >= THRESHOLD;
    }

    /** The average with one decimal, or {@code null} below the threshold. */
    public BigDecimal average() {
        return averageShown()
                ? BigDecimal.valueOf(starsTotal).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP) : null;
    }

    /** The average as French readers write it ("4,2"), or {@code null} below the threshold. */
    public String averageText() {
        BigDecimal average = average();
        if (average == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return format.format(average);
    }

    /** The number of whole stars to draw (the average rounded), 0 below the threshold. */
    public int roundedStars() {
        BigDecimal average = average();
        return average == null ? 0 : average.setScale(0, RoundingMode.HALF_UP).intValue();
    }

    /** The rounded average drawn as five stars, full then empty ("★★★★☆"), empty below the threshold. */
    public String drawnStars() {
        int full = roundedStars();
        return averageShown() ? "★".repeat(full) + "☆".repeat(5 - full) : "";
    }

    /** The sentence shown next to a provider: "4,2 / 5 (7 avis)", "4 avis, note affichée à partir de 5"… */
    public String text() {
        if (count == 0) {
            return "Aucun avis pour l'instant, note affichée à partir de " + THRESHOLD + " avis";
        }
        if (!averageShown()) {
            return count + " avis, note affichée à partir de " + THRESHOLD;
        }
        return averageText() + " / 5 (" + count + " avis)";
    }
}
