package dev.agora.logger.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A routing key filter written as an AMQP topic binding key: words separated by dots, where a word {@code *}
 * matches exactly one word and a word {@code #} matches zero or more. A key without wildcards matches itself.
 */
record TopicPattern(String pattern) {

    private static final String ONE_WORD = "*";
    private static final String ANY_WORDS = "#";

    boolean isExact() {
        return words().stream().noneMatch(TopicPattern::isWildcard);
    }

    /** The SQL condition on {@code routing_key}, taking its value from the {@code :routingKey} parameter. */
    String sqlCondition() {
        return isExact() ? "routing_key = :routingKey" : "routing_key ~ :routingKey";
    }

    /** The value of {@code :routingKey}: the key itself, or the pattern as a regular expression. */
    String sqlParameter() {
        return isExact() ? pattern : regex();
    }

    /**
     * An anchored regular expression, valid for PostgreSQL and for Java, matching the keys this pattern
     * matches. {@code #} takes its neighbouring dot with it, since matching zero words leaves no dot behind.
     */
    String regex() {
        var words = withoutRepeatedHashes(words());
        var regex = new StringBuilder("^");
        if (words.contains(ONE_WORD) && words.stream().allMatch(TopicPattern::isWildcard)) {
            regex.append("(?=.)"); // the empty key has no word for * to match, though [^.]* matches nothing
        }
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            if (word.equals(ANY_WORDS)) {
                regex.append(words.size() == 1 ? ".*" : i == 0 ? "(?:.*\\.)?" : "(?:\\..*)?");
            } else {
                var afterLeadingHash = i == 1 && words.getFirst().equals(ANY_WORDS);
                if (i > 0 && !afterLeadingHash) {
                    regex.append("\\.");
                }
                regex.append(word.equals(ONE_WORD) ? "[^.]*" : literal(word));
            }
        }
        return regex.append('$').toString();
    }

    private static boolean isWildcard(String word) {
        return word.equals(ONE_WORD) || word.equals(ANY_WORDS);
    }

    private List<String> words() {
        return Arrays.asList(pattern.split("\\.", -1));
    }

    /** {@code #.#} matches what {@code #} matches, and a single {@code #} keeps the expression simple. */
    private static List<String> withoutRepeatedHashes(List<String> words) {
        var result = new ArrayList<String>();
        for (var word : words) {
            if (!(word.equals(ANY_WORDS)
                    && !result.isEmpty()
                    && result.getLast().equals(ANY_WORDS))) {
                result.add(word);
            }
        }
        return result;
    }

    /** Escapes everything but letters and digits: a backslash before punctuation is literal in both dialects. */
    private static String literal(String word) {
        var escaped = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }
}
