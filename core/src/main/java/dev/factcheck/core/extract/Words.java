package dev.factcheck.core.extract;

import java.util.Set;

/** Word sets the claim reader shares (to move to the vocabulary). */
final class Words {
    private Words() {
    }

    static final Set<String> LOCATIVE = Set.of("in", "into", "on", "across", "throughout", "inside", "within", "at",
            "near", "around", "outside", "over", "onto", "toward", "towards");
    static final Set<String> RELATIVE = Set.of("which", "who", "where", "that", "whom", "including", "among", "of",
            "while", "when");
    static final Set<String> STOP = Set.of("in", "on", "at", "from", "to", "by", "with", "during", "since", "for",
            "after", "before", "into", "across", "near", "under", "over", "and", "or", "but", "as", "than", "are", "were",
            "is", "was", "be", "been", "being", "have", "has", "had", "will", "would", "could", "may", "might", "can", "who",
            "which", "that", "whom", "whose", "where", "when", "while", "said", "says", "say", "the", "a", "an", "this",
            "these", "those", "it", "they", "he", "she", "we", "per", "each", "a.m", "p.m", "if", "not", "no");
    static final Set<String> CLAUSE = Set.of("are", "were", "is", "was", "be", "been", "being", "have", "has",
            "had", "will", "would", "could", "may", "might", "can", "who", "which", "that", "whom", "whose", "where", "when",
            "while", "and", "but", "as", "if", "because", "than", "said", "says", "say", "told", "after", "before", "since");
    static final Set<String> VERBISH = Set.of("are", "were", "is", "was", "be", "been", "have", "has", "had", "will",
            "would", "could", "may", "might", "can", "should", "must", "did", "does", "do");
    static final Set<String> TRAILING_ING = Set.of("adding", "citing", "saying", "according", "without", "noting",
            "referring", "quoting");
    static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "across", "from", "to", "for", "with", "by",
            "during", "over", "of", "into", "among", "between", "near", "inside", "within", "throughout");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "all", "its", "their", "his", "her", "some",
            "those", "these", "both", "each", "every", "another");
    static final Set<String> ADVERBIAL_OPENERS = Set.of("in", "on", "at", "across", "during", "after", "by",
            "throughout", "inside", "near", "around", "earlier", "later", "since", "before", "over");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
}
