package fr.catalogue.label;

/** How many offers of a category a campaign took, and how many passed its automatic checks. */
public record CategoryConformity(String categoryCode, String categoryName, long offers, long conforming)
        implements java.io.Serializable {

    /** The share of conforming offers, 0 to 100 (100 for a category without offers). */
    public double rate() {
        return offers == 0 ? 100.0 : 100.0 * conforming / offers;
    }
}
