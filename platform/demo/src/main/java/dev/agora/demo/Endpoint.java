package dev.agora.demo;

/**
 * A service of the platform the demo talks to or points at.
 *
 * @param name as {@code ./agora status} names it
 * @param url its base URL, without a trailing slash
 * @param required whether the scenario needs it (the others are only pointed at in the summary)
 * @param role what it is for, said when it is missing
 */
record Endpoint(String name, String url, boolean required, String role) {}
