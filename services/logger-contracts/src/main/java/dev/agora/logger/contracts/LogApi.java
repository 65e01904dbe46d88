package dev.agora.logger.contracts;

/** The paths of the logger's search API. */
public final class LogApi {

    /** GET: {@link LogEntrySummary} entries, newest first, filtered by the query parameters. */
    public static final String ENTRIES = "/api/log";

    /** GET: one {@link LogEntryDetails}, 404 when no entry has that id. */
    public static final String ENTRY = ENTRIES + "/{id}";

    private LogApi() {}
}
