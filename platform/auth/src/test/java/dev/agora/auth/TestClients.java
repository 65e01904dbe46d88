package dev.agora.auth;

/** The secrets and the operator the tests start the server with. */
public final class TestClients {

    public static final String PORTAL_SECRET = "portal-test-secret";
    public static final String USER_SECRET = "user-test-secret";
    public static final String CLI_SECRET = "cli-test-secret";
    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "operator-test-password";
    public static final String PORTAL_URL = "http://portal.test:8080";
    public static final String PORTAL_REDIRECT = PORTAL_URL + "/login/oauth2/code/agora";

    private TestClients() {}
}
