package fr.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The general facets of every offer of one index segment — family, category, département, region,
 * partner kind, and the price — held in memory as plain arrays, one per facet, so that counting
 * them over a search's matches is a few array reads per offer.
 *
 * <p>Every search counts these facets over all its matches, often tens of thousands of offers.
 * Lucene's {@code SortedSetDocValuesFacetCounts} and {@code LongRangeFacetCounts} decode the
 * compressed doc values of each match for that: a quarter of a search's time at 100,000 offers
 * (docs/performance.md). The columns cost 12 bytes per offer and are read once per segment,
 * from the same doc values; a segment never changes (deleting an offer only hides it, and the
 * matches never include a deleted offer), so they stay right for the segment's life.
 *
 * <p>An offer has at most one value of each general facet ({@link OfferIndex} indexes them so):
 * a second one is refused rather than miscounted.
 */
final class FacetColumns {

    /** The general facets, in the order of {@link Tally}'s counts. */
    static final List<String> DIMS = List.of(Facets.FAMILY, Facets.CATEGORY, Facets.DEPARTMENT, Facets.REGION,
            Facets.KIND);
    private static final int NONE = -1;

    /** Per facet, the values met in this segment. */
    private final String[][] values;
    /**
     * Per offer (document number in the segment), {@link #WIDTH} columns side by side: the index of
     * its value of each facet in {@link #values} ({@link #NONE} when it has none), then the index of
     * its price range. Side by side, counting an offer reads one short run of memory.
     */
    private final short[] columns;
    private static final int WIDTH = DIMS.size() + 1;
    private static final int PRICE_COLUMN = DIMS.size();

    private FacetColumns(String[][] values, short[] columns) {
        this.values = values;
        this.columns = columns;
    }

    /**
     * Reads the columns of a segment from its facet field and its price doc values.
     *
     * @param priceLowerBounds the price ranges after the first, each by its lower bound in cents, ascending
     */
    static FacetColumns read(LeafReader reader, String facetField, String priceField, long[] priceLowerBounds)
            throws IOException {
        int maxDoc = reader.maxDoc();
        SortedSetDocValues facets = DocValues.getSortedSet(reader, facetField);
        // the segment's ordinals of the facet field, each a "dim/value" path, to (dim, value index)
        int[] dimOf = new int[Math.toIntExact(facets.getValueCount())];
        short[] valueOf = new short[dimOf.length];
        List<List<String>> valuesByDim = new ArrayList<>();
        DIMS.forEach(dim -> valuesByDim.add(new ArrayList<>()));
        for (int ord = 0; ord < dimOf.length; ord++) {
            String[] path = FacetsConfig.stringToPath(facets.lookupOrd(ord).utf8ToString());
            int dim = DIMS.indexOf(path[0]);
            dimOf[ord] = dim;
            if (dim != NONE) {
                List<String> held = valuesByDim.get(dim);
                if (held.size() == Short.MAX_VALUE) {
                    throw new IllegalStateException("Too many values of the facet " + path[0]);
                }
                valueOf[ord] = (short) held.size();
                held.add(path[1]);
            }
        }
        short[] columns = new short[maxDoc * WIDTH];
        Arrays.fill(columns, (short) NONE);
        for (int doc = facets.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = facets.nextDoc()) {
            for (int i = 0; i < facets.docValueCount(); i++) {
                int ord = (int) facets.nextOrd();
                int dim = dimOf[ord];
                if (dim == NONE) {
                    continue;
                }
                if (columns[doc * WIDTH + dim] != NONE) {
                    throw new IllegalStateException("Document " + doc + " has two values of the facet " + DIMS.get(dim));
                }
                columns[doc * WIDTH + dim] = valueOf[ord];
            }
        }
        NumericDocValues prices = DocValues.getNumeric(reader, priceField);
        for (int doc = 0; doc < maxDoc; doc++) {
            long cents = prices.advanceExact(doc) ? prices.longValue() : 0;
            int range = 0;
            while (range < priceLowerBounds.length && cents >= priceLowerBounds[range]) {
                range++;
            }
            columns[doc * WIDTH + PRICE_COLUMN] = (short) range;
        }
        String[][] values = valuesByDim.stream().map(list -> list.toArray(String[]::new)).toArray(String[][]::new);
        return new FacetColumns(values, columns);
    }

    /**
     * The counts of the general facets over a set of offers, across segments: per facet, value to
     * count; per price range (lower bound inclusive, upper exclusive), its count.
     */
    static final class Tally {
        private final List<Map<String, Long>> byDim = new ArrayList<>();
        private final long[] priceCounts;

        Tally(int priceRanges) {
            DIMS.forEach(dim -> byDim.add(new HashMap<>()));
            priceCounts = new long[priceRanges];
        }

        /** The values of a general facet with their counts (those counted at least once). */
        Map<String, Long> counts(String dim) {
            int index = DIMS.indexOf(dim);
            if (index == NONE) {
                throw new IllegalArgumentException("Not a general facet: " + dim);
            }
            return byDim.get(index);
        }

        /** The count of each price range, in the order of the ranges. */
        long[] priceCounts() {
            return priceCounts.clone();
        }

        /** Adds the documents of one segment. */
        void add(FacetColumns segment, DocIdSetIterator docs) throws IOException {
            int[][] counts = new int[WIDTH][];
            for (int dim = 0; dim < DIMS.size(); dim++) {
                counts[dim] = new int[segment.values[dim].length];
            }
            counts[PRICE_COLUMN] = new int[priceCounts.length];
            short[] columns = segment.columns;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                int at = doc * WIDTH;
                for (int column = 0; column < WIDTH; column++) {
                    int value = columns[at + column];
                    if (value != NONE) {
                        counts[column][value]++;
                    }
                }
            }
            for (int dim = 0; dim < DIMS.size(); dim++) {
                for (int value = 0; value < counts[dim].length; value++) {
                    if (counts[dim][value] > 0) {
                        byDim.get(dim).merge(segment.values[dim][value], (long) counts[dim][value], Long::sum);
                    }
                }
            }
            for (int range = 0; range < priceCounts.length; range++) {
                priceCounts[range] += counts[PRICE_COLUMN][range];
            }
        }
    }

    /** The columns of a segment (read once, then kept by the caller). */
    interface Segments {
        FacetColumns of(LeafReaderContext segment) throws IOException;
    }

    /** Counts the general facets of the matches a facets collector gathered, segment by segment. */
    static Tally count(FacetsCollector matches, int priceRanges, Segments segments) throws IOException {
        Tally tally = new Tally(priceRanges);
        for (FacetsCollector.MatchingDocs matching : matches.getMatchingDocs()) {
            DocIdSetIterator docs = matching.totalHits == 0 ? null : matching.bits.iterator();
            if (docs != null) {
                tally.add(segments.of(matching.context), docs);
            }
        }
        return tally;
    }
}
