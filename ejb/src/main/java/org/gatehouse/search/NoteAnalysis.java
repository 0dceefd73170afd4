package org.gatehouse.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * How case-note text is analysed. Note bodies: English words lower-cased, possessives and common
 * words dropped (but never "no" and "not": "no bed tonight" must not match "bed tonight" alone),
 * light stemming (KStem: "housing" finds "housed" without Porter's over-reach). At query time
 * the abbreviations case workers write are expanded both ways ("AOD", "NFA"...). Names and
 * references are only lower-cased and folded to ASCII: a name is never stemmed.
 */
public final class NoteAnalysis {

    /** The abbreviations of the trade and what they stand for; each finds the other. */
    static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("aod", "alcohol and other drugs"),
            Map.entry("nfa", "no fixed abode"),
            Map.entry("om", "offender manager"),
            Map.entry("gp", "general practitioner"),
            Map.entry("uc", "universal credit"),
            Map.entry("dwp", "department for work and pensions"),
            Map.entry("ete", "education training and employment"),
            Map.entry("mh", "mental health"),
            Map.entry("dv", "domestic violence"),
            Map.entry("ap", "approved premises"),
            Map.entry("rotl", "release on temporary licence"),
            Map.entry("ost", "opioid substitution therapy"));

    private static final CharArraySet STOP_WORDS = stopWords();
    private static final SynonymMap SYNONYM_MAP = synonymMap();

    /** Fields whose text is names and references, not prose. */
    static final Set<String> NAME_FIELDS = Set.of(NoteFields.NAMES, NoteFields.REFERENCES);

    private NoteAnalysis() {
    }

    /** For indexing: prose fields as prose, names as names. */
    public static Analyzer forIndexing() {
        return perField(prose(false));
    }

    /** For queries: the same, with the abbreviations expanded. */
    public static Analyzer forQueries() {
        return perField(prose(true));
    }

    private static Analyzer perField(Analyzer prose) {
        Analyzer names = names();
        return new PerFieldAnalyzerWrapper(prose, Map.of(NoteFields.NAMES, names, NoteFields.REFERENCES, names));
    }

    static Analyzer prose(boolean expandAbbreviations) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                if (expandAbbreviations) {
                    stream = new SynonymGraphFilter(stream, SYNONYM_MAP, true);
                }
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new KStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    static Analyzer names() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.remove("no");
        words.remove("not");
        return CharArraySet.unmodifiableSet(words);
    }

    private static SynonymMap synonymMap() {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        SYNONYMS.forEach((short_, long_) -> {
            CharsRef shortForm = SynonymMap.Builder.join(short_.split(" "), new CharsRefBuilder());
            CharsRef longForm = SynonymMap.Builder.join(long_.split(" "), new CharsRefBuilder());
            builder.add(shortForm, longForm, true);
            builder.add(longForm, shortForm, true);
        });
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
