package fr.catalogue.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How the catalogue reads French, the same way when indexing and when searching: "imprimantes",
 * "l'imprimante", "IMPRIMANTE" and "imprimante" give one term, and "reseau" meets "réseau".
 *
 * <p>Words (StandardTokenizer) → elided articles dropped ("l'", "d'", "qu'"…, ElisionFilter) →
 * lower case → French stop words ("le", "de", "pour"…) → accents folded (ASCIIFoldingFilter, so a
 * visitor who types no accent still finds) → light French stemming (plurals and feminine forms:
 * FrenchLightStemFilter, gentler than Snowball, so "imprimante" and "imprimer" stay apart).
 */
public final class FrenchSearchAnalyzer extends Analyzer {

    private final boolean stemming;

    /** The full chain, with stemming. */
    public FrenchSearchAnalyzer() {
        this(true);
    }

    /**
     * @param stemming false for the same chain without the stemmer: the words as written, for typo
     *                 matching (a typo changes what a stemmer makes of a word: "ordinatuer")
     */
    public FrenchSearchAnalyzer(boolean stemming) {
        this.stemming = stemming;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
        result = new ASCIIFoldingFilter(result);
        if (stemming) {
            result = new FrenchLightStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
    }
}
