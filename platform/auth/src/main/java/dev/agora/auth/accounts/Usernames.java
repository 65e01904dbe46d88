package dev.agora.auth.accounts;

import java.util.Locale;

/** One way to write a username: without surrounding spaces and in lower case, so that any case signs in. */
final class Usernames {

    /** The longest e-mail address there can be; operators' names are held to it too. */
    static final int MAX_LENGTH = 254;

    private Usernames() {}

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
