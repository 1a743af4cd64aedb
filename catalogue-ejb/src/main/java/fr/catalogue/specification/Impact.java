package fr.catalogue.specification;

import java.util.List;

/**
 * What publishing a draft would do to the catalogue: how many published offers were judged, how
 * many would stop conforming, and (at most {@link #LISTED}) which ones and why.
 */
public record Impact(int evaluated, int nonConforming, List<ImpactedOffer> offers) {

    public static final int LISTED = 200;
}
