package dev.agora.messaging.amqp;

import java.util.Arrays;

/** AMQP topic matching: {@code *} matches exactly one word, {@code #} zero or more. */
record TopicPattern(String pattern, String[] words) {

    static TopicPattern of(String pattern) {
        return new TopicPattern(pattern, pattern.split("\\.", -1));
    }

    boolean matches(String routingKey) {
        return matches(words, 0, routingKey.split("\\.", -1), 0);
    }

    private static boolean matches(String[] pattern, int p, String[] key, int k) {
        if (p == pattern.length) return k == key.length;
        if (pattern[p].equals("#")) {
            for (int skip = k; skip <= key.length; skip++) {
                if (matches(pattern, p + 1, key, skip)) return true;
            }
            return false;
        }
        if (k == key.length) return false;
        return (pattern[p].equals("*") || pattern[p].equals(key[k])) && matches(pattern, p + 1, key, k + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopicPattern that && pattern.equals(that.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern + " " + Arrays.toString(words);
    }
}
