package fr.catalogue.search;

import fr.catalogue.category.Family;
import fr.catalogue.common.Page;
import fr.catalogue.geo.Department;
import fr.catalogue.geo.Departments;
import fr.catalogue.partner.PartnerKind;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.DoubleRange;
import org.apache.lucene.facet.range.DoubleRangeFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of the offers the catalogue shows, and the search over it: French full text
 * with typo tolerance, filters, facets with counts, sorts and pages. A plain class (no container)
 * so its rules are unit-tested on an in-memory directory; {@link SearchIndex} holds the server's one.
 *
 * <p>Thread-safe: one {@link IndexWriter}, readers through a {@link SearcherManager} refreshed
 * after each change ({@link #refresh()}), so a search sees every change made before it started.
 *
 * <p>Facet counts drill sideways: the counts of a facet ignore that facet's own filter (and only
 * it), so choosing « Bretagne » still shows how many offers the other regions have.
 */
public final class OfferIndex implements Closeable {

    // Identity and filters (exact terms)
    static final String ID = "id";
    static final String PARTNER = "partner";
    static final String CATEGORY = "category";
    static final String FILTER = "f_";
    // Full text, with the weight of a match in each
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String CATEGORY_TEXT = "category_text";
    static final String PARTNER_TEXT = "partner_text";
    static final String TOWN_TEXT = "town_text";
    static final String CRITERIA_TEXT = "criteria_text";
    /** Title, category, partner and town as written (not stemmed), where typos are looked for. */
    static final String WORDS = "words";
    private static final Map<String, Float> TEXT_FIELDS = Map.of(TITLE, 3f, CATEGORY_TEXT, 2f, DESCRIPTION, 1f,
            PARTNER_TEXT, 1f, TOWN_TEXT, 1f, CRITERIA_TEXT, 1f);
    /** The stemmed fields where a typo is also looked for (the stem of a typo may differ more). */
    private static final List<String> FUZZY_FIELDS = List.of(TITLE, CATEGORY_TEXT);
    /** A word found in at least this many offers is taken as typed, without looking for typos. */
    static final int COMMON_WORD_MIN_OFFERS = 20;
    /** A typo costs: a fuzzy match weighs this share of an exact one. */
    static final float FUZZY_WEIGHT = 0.3f;
    /** Terms (after stemming) at least this long forgive one edit; shorter ones must be exact. */
    static final int FUZZY_MIN_LENGTH = 5;
    // Sorts and ranges (doc values and points)
    static final String PRICE_CENTS = "price_cents";
    static final String PUBLISHED_MS = "published_ms";
    static final String ID_SORT = "id_sort";
    static final String NUMBER = "num_";
    /**
     * What the hit list shows of an offer, in one binary doc value ({@link HitDisplay}): read straight
     * from the memory-mapped file, where stored fields would decompress a whole block per hit (a
     * quarter of a search's time at 100,000 offers, docs/performance.md).
     */
    static final String DISPLAY = "display";
    static final int EXCERPT_LENGTH = 220;

    /** The price facet's ranges in euros excl. VAT, lower bound inclusive, upper exclusive. */
    static final List<CriterionFacet.Range> PRICE_RANGES = List.of(
            range(null, 100), range(100, 250), range(250, 500), range(500, 1000), range(1000, 2500),
            range(2500, 5000), range(5000, null));

    /** The price ranges after the first, by their lower bound in cents (for {@link FacetColumns}). */
    private static final long[] PRICE_LOWER_BOUNDS = PRICE_RANGES.stream().skip(1)
            .mapToLong(r -> cents(r.min())).toArray();

    static final Map<Family, String> FAMILY_LABELS = Map.of(Family.EQUIPMENT, "Équipements",
            Family.TELECOM, "Télécoms", Family.INTERNET, "Internet", Family.SERVICE_PROVIDER, "Prestataires de services");

    private final Analyzer analyzer = new FrenchSearchAnalyzer();
    private final Analyzer unstemmed = new FrenchSearchAnalyzer(false);
    /** The number of matches and the facets of recent queries (and sideways counts of recent filters). */
    private final ReaderCache<Counts> countsCache = new ReaderCache<>(CACHE_SIZE);
    /** The pages of hits of recent queries, by query, sort and page. */
    private final ReaderCache<List<OfferHit>> pagesCache = new ReaderCache<>(CACHE_SIZE);
    static final int CACHE_SIZE = 1_000;
    /**
     * The categories' criteria are counted in a field of their own: the general facets (family,
     * category, price, place, kind) are counted for every search over every match, the criteria
     * only once a category is chosen, so their ordinals must not lengthen the general count.
     */
    static final String CRITERIA_FACETS_FIELD = "$criteria";
    private final FacetsConfig facetsConfig = new FacetsConfig() {
        @Override
        protected DimConfig getDefaultDimConfig() {
            return MULTI_VALUED;
        }

        @Override
        public synchronized DimConfig getDimConfig(String dimName) {
            return dimName.startsWith(Facets.CRITERION_PREFIX) ? CRITERIA_DIM : super.getDimConfig(dimName);
        }
    };
    private static final FacetsConfig.DimConfig MULTI_VALUED = new FacetsConfig.DimConfig();
    private static final FacetsConfig.DimConfig CRITERIA_DIM = new FacetsConfig.DimConfig();

    static {
        MULTI_VALUED.multiValued = true; // a criterion listing several items (ALL_OF) has several values
        CRITERIA_DIM.multiValued = true;
        CRITERIA_DIM.indexFieldName = CRITERIA_FACETS_FIELD;
    }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile FacetState facetState;
    /** The general facets of each segment in memory, by segment core. */
    private final Map<IndexReader.CacheKey, FacetColumns> columns = new ConcurrentHashMap<>();
    /** Category code to its French name, learnt from the offers indexed. */
    private final Map<String, String> categoryNames = new ConcurrentHashMap<>();
    /** The main criteria of each category's specification in force, as facets. */
    private volatile Map<String, List<CriterionFacet>> criteria = Map.of();

    /** The ordinals of the criteria facets in one reader (null when no offer has a criterion facet). */
    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState criteria) {
    }

    /** What a query's matches count to: their number (-1 when not counted) and the facets. */
    private record Counts(long total, Map<String, List<FacetValue>> facets) {
    }

    public OfferIndex(Directory directory) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzer,
                    Map.of(WORDS, unstemmed)));
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facets of the categories' main criteria, used from the next offer indexed and search made. */
    public void useCriteria(Map<String, List<CriterionFacet>> criteriaByCategory) {
        criteria = Map.copyOf(criteriaByCategory);
    }

    /** The criteria facets of a category (empty when none or unknown). */
    public List<CriterionFacet> criteriaOf(String categoryCode) {
        return categoryCode == null ? List.of() : criteria.getOrDefault(categoryCode, List.of());
    }

    /** Adds or replaces an offer (visible once {@link #refresh()}ed). */
    public void put(IndexedOffer offer) {
        try {
            writer.updateDocument(new Term(ID, String.valueOf(offer.id())), facetsConfig.build(document(offer)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an offer known not to be there yet (the build after {@link #clear()}): faster than {@link #put}. */
    public void add(IndexedOffer offer) {
        try {
            writer.addDocument(facetsConfig.build(document(offer)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an offer, whether it was there or not. */
    public void remove(long offerId) {
        delete(new Term(ID, String.valueOf(offerId)));
    }

    /** Removes every offer of a partner. */
    public void removePartner(long partnerId) {
        delete(new Term(PARTNER, String.valueOf(partnerId)));
    }

    /** Removes every offer of a category. */
    public void removeCategory(String categoryCode) {
        delete(new Term(CATEGORY, categoryCode));
    }

    /** Removes every offer. */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(Term term) {
        try {
            writer.deleteDocuments(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment, for after the full build: a search then walks one segment,
     * and facets count on its own ordinals with no mapping between segments. Later changes add small
     * segments that Lucene merges as usual.
     */
    public void compact() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes made so far visible to the searches that start afterwards. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many offers searches see. */
    public int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }

    // --- indexing -------------------------------------------------------------------------------

    private Document document(IndexedOffer offer) {
        Document doc = new Document();
        String id = String.valueOf(offer.id());
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new NumericDocValuesField(ID_SORT, offer.id()));
        doc.add(new StringField(PARTNER, String.valueOf(offer.partnerId()), Field.Store.NO));
        doc.add(new StringField(CATEGORY, offer.categoryCode(), Field.Store.NO));
        categoryNames.put(offer.categoryCode(), offer.categoryName());

        doc.add(new TextField(TITLE, offer.title(), Field.Store.NO));
        doc.add(new TextField(DESCRIPTION, offer.description(), Field.Store.NO));
        doc.add(new TextField(CATEGORY_TEXT, offer.categoryName(), Field.Store.NO));
        doc.add(new TextField(PARTNER_TEXT, offer.partnerName(), Field.Store.NO));
        doc.add(new TextField(TOWN_TEXT, offer.partnerTown() == null ? "" : offer.partnerTown(), Field.Store.NO));
        doc.add(new TextField(CRITERIA_TEXT, String.join(" ", offer.attributes().values()), Field.Store.NO));
        doc.add(new TextField(WORDS, String.join(" ", offer.title(), offer.categoryName(), offer.partnerName(),
                offer.partnerTown() == null ? "" : offer.partnerTown()), Field.Store.NO));

        long cents = cents(offer.priceExclVat());
        doc.add(new LongPoint(PRICE_CENTS, cents));
        doc.add(new NumericDocValuesField(PRICE_CENTS, cents));
        long published = offer.publishedAt() == null ? 0 : offer.publishedAt().toEpochMilli();
        doc.add(new NumericDocValuesField(PUBLISHED_MS, published));
        doc.add(new LongPoint(PUBLISHED_MS, published)); // lets a sort by date skip non-competitive offers

        facet(doc, Facets.FAMILY, offer.family());
        facet(doc, Facets.CATEGORY, offer.categoryCode());
        facet(doc, Facets.KIND, offer.kind());
        Optional<Department> department = Departments.ofPostcode(offer.postcode());
        doc.add(new BinaryDocValuesField(DISPLAY, HitDisplay.write(new OfferHit(offer.id(), offer.title(),
                offer.categoryCode(), offer.categoryName(), offer.family(), offer.partnerId(), offer.partnerName(),
                offer.partnerTown() == null ? "" : offer.partnerTown(), department.map(Department::code).orElse(null),
                offer.priceExclVat(), offer.publishedAt() == null ? Instant.EPOCH : offer.publishedAt(),
                excerpt(offer.description())))));
        department.ifPresent(d -> {
            facet(doc, Facets.DEPARTMENT, d.code());
            facet(doc, Facets.REGION, d.regionCode());
        });
        for (CriterionFacet criterion : criteriaOf(offer.categoryCode())) {
            String typed = offer.attributes().get(criterion.key());
            if (criterion.numeric()) {
                criterion.number(typed).ifPresent(value -> {
                    doc.add(new DoublePoint(NUMBER + criterion.key(), value));
                    doc.add(new DoubleDocValuesField(NUMBER + criterion.key(), value));
                });
            } else {
                criterion.valuesOf(typed).forEach(value -> facet(doc, criterion.name(), value));
            }
        }
        return doc;
    }

    /** A facet value both counted (doc values) and filtered on (an exact term). */
    private static void facet(Document doc, String dim, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new SortedSetDocValuesFacetField(dim, value));
        doc.add(new StringField(FILTER + dim, value, Field.Store.NO));
    }

    static String excerpt(String text) {
        String plain = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (plain.length() <= EXCERPT_LENGTH) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', EXCERPT_LENGTH);
        return plain.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + "…";
    }

    private static long cents(BigDecimal euros) {
        return euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static CriterionFacet.Range range(Integer min, Integer max) {
        return new CriterionFacet.Range(min == null ? null : BigDecimal.valueOf(min),
                max == null ? null : BigDecimal.valueOf(max));
    }

    // --- searching ------------------------------------------------------------------------------

    /** One page of the offers matching the query, with every facet's counts. */
    public SearchResult search(SearchQuery query) {
        return withSearcher(searcher -> {
            try {
                return search(searcher, query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private SearchResult search(IndexSearcher searcher, SearchQuery query) throws IOException {
        Query text = textQuery(query.text(), searcher.getIndexReader());
        Map<String, Query> filters = filters(query);
        Query main = combine(text, filters, null);

        int offset = query.page().offset();
        int wanted = Math.max(1, Math.min(offset + query.page().size(), searcher.getIndexReader().maxDoc()));
        String facetKey = main + "|" + query.category();
        String pageKey = facetKey + "|" + query.sort() + "|" + offset + "|" + query.page().size();
        IndexReader reader = searcher.getIndexReader();
        Counts counts = countsCache.get(reader, facetKey);
        List<OfferHit> hits = pagesCache.get(reader, pageKey);
        if (counts == null) {
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, main, wanted,
                    sort(query), query.sort() == SearchSort.RELEVANCE && text != null, new FacetsCollectorManager());
            // exact: every match was collected for the facets
            counts = new Counts(result.topDocs().totalHits.value, facets(searcher, query, text, filters,
                    result.facetsCollector()));
            countsCache.put(reader, facetKey, counts);
            hits = hits(reader, result.topDocs(), offset);
            pagesCache.put(reader, pageKey, hits);
        } else if (hits == null) {
            // the total and the facets are known: the hits need not visit every match
            hits = hits(reader, searcher.search(main, new TopFieldCollectorManager(sort(query), wanted, wanted)), offset);
            pagesCache.put(reader, pageKey, hits);
        }
        return new SearchResult(new Page<>(hits, counts.total(), query.page().page(), query.page().size()),
                counts.facets());
    }

    private static List<OfferHit> hits(IndexReader reader, TopDocs top, int offset) throws IOException {
        List<OfferHit> hits = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            hits.add(hit(reader.leaves(), top.scoreDocs[i].doc));
        }
        return List.copyOf(hits);
    }

    /** What the hit list shows of a document, from its binary doc value. */
    private static OfferHit hit(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues display = DocValues.getBinary(leaf.reader(), DISPLAY);
        if (!display.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Offer document " + doc + " has no display value");
        }
        return HitDisplay.read(display.binaryValue());
    }

    private static Query combine(Query text, Map<String, Query> filters, String without) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        filters.forEach((dim, filter) -> {
            if (!dim.equals(without)) {
                builder.add(filter, Occur.FILTER);
            }
        });
        return builder.build();
    }

    /**
     * Every word must be found, in any field; each word matches its exact form (after the French
     * analysis) or, unless that form is common (in {@value #COMMON_WORD_MIN_OFFERS} offers or more)
     * and from {@value #FUZZY_MIN_LENGTH} letters on, a form one edit away — stemmed in the
     * title and category name, or as written in title, category, partner and town — that scores
     * {@value #FUZZY_WEIGHT} of an exact match. Null when the text has no searchable word.
     */
    Query textQuery(String text, IndexReader reader) throws IOException {
        List<String> stems = tokens(analyzer, text);
        List<String> words = tokens(unstemmed, text); // the same tokens: only the stemmer differs
        if (stems.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < stems.size(); i++) {
            String term = stems.get(i);
            String word = i < words.size() ? words.get(i) : term;
            if (!seen.add(term + " " + word)) {
                continue;
            }
            List<Query> alternatives = new ArrayList<>();
            TEXT_FIELDS.forEach((field, weight) ->
                    alternatives.add(new BoostQuery(new TermQuery(new Term(field, term)), weight)));
            // A word common in the catalogue is taken as typed: typos are looked for only for rarer
            // words (a fuzzy query walks the term dictionary; most words searched are common and spelt
            // right, while a rare one may itself be a partner's misspelling).
            if (common(reader, term)) {
                all.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.MUST);
                continue;
            }
            if (term.length() >= FUZZY_MIN_LENGTH) {
                for (String field : FUZZY_FIELDS) {
                    alternatives.add(new BoostQuery(new FuzzyQuery(new Term(field, term), 1, 1, 20, true),
                            TEXT_FIELDS.get(field) * FUZZY_WEIGHT));
                }
            }
            if (word.length() >= FUZZY_MIN_LENGTH) {
                alternatives.add(new BoostQuery(new FuzzyQuery(new Term(WORDS, word), 1, 1, 20, true), FUZZY_WEIGHT));
            }
            all.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.MUST);
        }
        return all.build();
    }

    private static boolean common(IndexReader reader, String term) throws IOException {
        for (String field : TEXT_FIELDS.keySet()) {
            if (reader.docFreq(new Term(field, term)) >= COMMON_WORD_MIN_OFFERS) {
                return true;
            }
        }
        return false;
    }

    /** The terms the French analysis makes of a text (distinct). */
    List<String> analyze(String text) {
        return tokens(analyzer, text).stream().distinct().toList();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream(TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The query's filters by facet name (the partner's is no facet). Values are checked by the caller. */
    private Map<String, Query> filters(SearchQuery query) {
        Map<String, Query> filters = new LinkedHashMap<>();
        if (query.family() != null) {
            filters.put(Facets.FAMILY, term(Facets.FAMILY, query.family().name()));
        }
        if (query.category() != null) {
            filters.put(Facets.CATEGORY, term(Facets.CATEGORY, query.category()));
        }
        if (query.priceMin() != null || query.priceMax() != null) {
            long min = query.priceMin() == null ? Long.MIN_VALUE : cents(query.priceMin());
            long max = query.priceMax() == null ? Long.MAX_VALUE : cents(query.priceMax());
            filters.put(Facets.PRICE, LongPoint.newRangeQuery(PRICE_CENTS, min, max));
        }
        if (query.department() != null) {
            filters.put(Facets.DEPARTMENT, term(Facets.DEPARTMENT, query.department()));
        }
        if (query.region() != null) {
            filters.put(Facets.REGION, term(Facets.REGION, query.region()));
        }
        if (query.kind() != null) {
            filters.put(Facets.KIND, term(Facets.KIND, query.kind().name()));
        }
        if (query.partnerId() != null) {
            filters.put(PARTNER, new TermQuery(new Term(PARTNER, String.valueOf(query.partnerId()))));
        }
        query.criteria().forEach((key, value) -> filters.put(Facets.CRITERION_PREFIX + key, criterionFilter(key, value)));
        return filters;
    }

    private static Query term(String dim, String value) {
        return new TermQuery(new Term(FILTER + dim, value));
    }

    /** A range {@code "min-max"} filters a numeric criterion (max exclusive, as its facet); anything else is a value. */
    private static Query criterionFilter(String key, String value) {
        Optional<CriterionFacet.Range> range = CriterionFacet.parseRange(value);
        if (range.isPresent()) {
            double min = range.get().min() == null ? Double.NEGATIVE_INFINITY : range.get().min().doubleValue();
            double max = range.get().max() == null ? Double.POSITIVE_INFINITY
                    : Math.nextDown(range.get().max().doubleValue());
            return DoublePoint.newRangeQuery(NUMBER + key, min, max);
        }
        return term(Facets.CRITERION_PREFIX + key, value.strip());
    }

    private static Sort sort(SearchQuery query) {
        SortField newest = new SortField(PUBLISHED_MS, SortField.Type.LONG, true);
        SortField id = new SortField(ID_SORT, SortField.Type.LONG, true);
        return switch (query.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, id);
            case PRICE_ASC -> new Sort(new SortField(PRICE_CENTS, SortField.Type.LONG), newest, id);
            case PRICE_DESC -> new Sort(new SortField(PRICE_CENTS, SortField.Type.LONG, true), newest, id);
            case NEWEST -> new Sort(newest, id);
        };
    }

    // --- facets ---------------------------------------------------------------------------------

    private Map<String, List<FacetValue>> facets(IndexSearcher searcher, SearchQuery query, Query text,
            Map<String, Query> filters, FacetsCollector matching) throws IOException {
        FacetState ordinals = facetState(searcher.getIndexReader());
        Map<String, FacetsCollector> sideways = new HashMap<>();
        Map<FacetsCollector, SortedSetDocValuesFacetCounts> counts = new IdentityHashMap<>();
        Map<FacetsCollector, FacetColumns.Tally> tallies = new IdentityHashMap<>();
        List<CriterionFacet> criteriaFacets = criteriaOf(query.category());
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        Sideways dims = new Sideways(searcher, text, filters, matching, sideways, query.category());

        for (String dim : FacetColumns.DIMS) {
            facets.put(dim, dims.count(dim, collector -> values(dim, tally(collector, tallies).counts(dim))));
        }
        facets.put(Facets.PRICE, dims.count(Facets.PRICE, collector -> {
            long[] counted = tally(collector, tallies).priceCounts();
            List<FacetValue> values = new ArrayList<>();
            for (int i = 0; i < PRICE_RANGES.size(); i++) {
                if (counted[i] > 0) {
                    values.add(new FacetValue(PRICE_RANGES.get(i).value(), PRICE_RANGES.get(i).label("€"), counted[i]));
                }
            }
            return values;
        }));

        for (CriterionFacet criterion : criteriaFacets) {
            if (criterion.numeric()) {
                if (criterion.ranges().isEmpty()) {
                    continue;
                }
                DoubleRange[] ranges = criterion.ranges().stream()
                        .map(r -> new DoubleRange(r.value(), r.min() == null ? Double.NEGATIVE_INFINITY : r.min().doubleValue(),
                                true, r.max() == null ? Double.POSITIVE_INFINITY : r.max().doubleValue(), false))
                        .toArray(DoubleRange[]::new);
                facets.put(criterion.name(), dims.count(criterion.name(), collector -> ranges(new DoubleRangeFacetCounts(
                        NUMBER + criterion.key(), collector, ranges), NUMBER + criterion.key(), criterion.ranges(),
                        criterion.unit())));
            } else {
                Map<String, Integer> order = new HashMap<>();
                criterion.values().forEach(v -> order.put(v, order.size()));
                facets.put(criterion.name(), dims.count(criterion.name(), collector -> {
                    List<FacetValue> values = new ArrayList<>(values(criterion.name(),
                            ordinalCounts(ordinals.criteria(), collector, counts), (dim, value) -> "oui".equals(value) ? "Oui"
                                    : "non".equals(value) ? "Non" : value));
                    values.sort(Comparator.comparing(v -> order.getOrDefault(v.value(), Integer.MAX_VALUE)));
                    return values;
                }));
            }
        }
        return facets;
    }

    private interface DimCount {
        List<FacetValue> count(FacetsCollector collector) throws IOException;
    }

    /**
     * Counts a facet on the matching offers, or, when the facet has a filter, on those matching every
     * other filter — counts kept per reader: the same sideways query serves every value chosen
     * (a price range picked among many, a département among 101).
     */
    private final class Sideways {
        private final IndexSearcher searcher;
        private final Query text;
        private final Map<String, Query> filters;
        private final FacetsCollector matching;
        private final Map<String, FacetsCollector> collectors;
        private final String category;

        Sideways(IndexSearcher searcher, Query text, Map<String, Query> filters, FacetsCollector matching,
                Map<String, FacetsCollector> collectors, String category) {
            this.searcher = searcher;
            this.text = text;
            this.filters = filters;
            this.matching = matching;
            this.collectors = collectors;
            this.category = category;
        }

        List<FacetValue> count(String dim, DimCount counting) throws IOException {
            if (!filters.containsKey(dim)) {
                return counting.count(matching);
            }
            String key = "sideways|" + dim + "|" + combine(text, filters, dim) + "|" + category;
            Counts cached = countsCache.get(searcher.getIndexReader(), key);
            if (cached != null) {
                return cached.facets().get(dim);
            }
            List<FacetValue> values = counting.count(collector(searcher, dim, text, filters, matching, collectors));
            countsCache.put(searcher.getIndexReader(), key, new Counts(-1, Map.of(dim, values)));
            return values;
        }
    }

    /** The matching offers, or those matching every filter but the facet's own (drill sideways). */
    private static FacetsCollector collector(IndexSearcher searcher, String dim, Query text, Map<String, Query> filters,
            FacetsCollector matching, Map<String, FacetsCollector> sideways) throws IOException {
        if (!filters.containsKey(dim)) {
            return matching;
        }
        FacetsCollector found = sideways.get(dim);
        if (found == null) {
            found = searcher.search(combine(text, filters, dim), new FacetsCollectorManager());
            sideways.put(dim, found);
        }
        return found;
    }

    /** The criteria facets counted over a collector's matches, once per collector. */
    private static SortedSetDocValuesFacetCounts ordinalCounts(SortedSetDocValuesReaderState state,
            FacetsCollector collector, Map<FacetsCollector, SortedSetDocValuesFacetCounts> counts) throws IOException {
        if (state == null) {
            return null;
        }
        SortedSetDocValuesFacetCounts found = counts.get(collector);
        if (found == null) {
            found = new SortedSetDocValuesFacetCounts(state, collector);
            counts.put(collector, found);
        }
        return found;
    }

    private interface Labeller {
        String label(String dim, String value);
    }

    /** The general facets counted over a collector's matches, once per collector. */
    private FacetColumns.Tally tally(FacetsCollector collector, Map<FacetsCollector, FacetColumns.Tally> tallies)
            throws IOException {
        FacetColumns.Tally tally = tallies.get(collector);
        if (tally == null) {
            tally = FacetColumns.count(collector, PRICE_RANGES.size(), this::columns);
            tallies.put(collector, tally);
        }
        return tally;
    }

    /** The columns of a segment, read at its first search and dropped when Lucene closes it. */
    private FacetColumns columns(LeafReaderContext segment) throws IOException {
        IndexReader.CacheHelper core = segment.reader().getCoreCacheHelper();
        FacetColumns found = core == null ? null : columns.get(core.getKey());
        if (found == null) {
            found = FacetColumns.read(segment.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME, PRICE_CENTS,
                    PRICE_LOWER_BOUNDS);
            if (core != null && columns.putIfAbsent(core.getKey(), found) == null) {
                core.addClosedListener(columns::remove);
            }
        }
        return found;
    }

    /** The values of a general facet with their counts, the most frequent first (then by label). */
    private List<FacetValue> values(String dim, Map<String, Long> counts) {
        List<FacetValue> values = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> values.add(new FacetValue(value, label(dim, value), count)));
        values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label));
        return values;
    }

    /** The values of a criterion facet with their counts, the most frequent first (then by label). */
    private static List<FacetValue> values(String dim, SortedSetDocValuesFacetCounts counts, Labeller labeller)
            throws IOException {
        if (counts == null) {
            return List.of();
        }
        FacetResult result;
        try {
            result = counts.getAllChildren(dim);
        } catch (IllegalArgumentException e) {
            return List.of(); // no offer has this facet
        }
        if (result == null) {
            return List.of();
        }
        List<FacetValue> values = new ArrayList<>();
        for (LabelAndValue child : result.labelValues) {
            if (child.value.longValue() > 0) {
                values.add(new FacetValue(child.label, labeller.label(dim, child.label), child.value.longValue()));
            }
        }
        values.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label));
        return values;
    }

    private static List<FacetValue> ranges(org.apache.lucene.facet.Facets counts, String field,
            List<CriterionFacet.Range> ranges, String unit) throws IOException {
        FacetResult result = counts.getAllChildren(field);
        List<FacetValue> values = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            long count = result.labelValues[i].value.longValue();
            if (count > 0) {
                values.add(new FacetValue(ranges.get(i).value(), ranges.get(i).label(unit), count));
            }
        }
        return values;
    }

    /** The French label of a facet value: category name, family, département, region or kind. */
    String label(String dim, String value) {
        return switch (dim) {
            case Facets.FAMILY -> FAMILY_LABELS.getOrDefault(Family.valueOf(value), value);
            case Facets.CATEGORY -> categoryNames.getOrDefault(value, value);
            case Facets.DEPARTMENT -> Departments.byCode(value).map(Department::displayName).orElse(value);
            case Facets.REGION -> Departments.regions().getOrDefault(value, value);
            case Facets.KIND -> PartnerKind.valueOf(value).label();
            default -> value;
        };
    }

    /** The ordinal states of the searcher's reader, made once per reader (after each refresh). */
    private FacetState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current;
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current;
            }
            facetState = new FacetState(reader, ordinals(reader, CRITERIA_FACETS_FIELD));
            return facetState;
        }
    }

    private SortedSetDocValuesReaderState ordinals(IndexReader reader, String field) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, field, facetsConfig);
        } catch (IllegalArgumentException e) {
            return null; // no offer has such a facet yet (an empty index, no criteria in force)
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher);
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
