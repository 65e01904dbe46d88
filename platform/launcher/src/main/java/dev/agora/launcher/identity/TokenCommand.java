package dev.agora.launcher.identity;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import dev.agora.launcher.json.TopLevelJson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "token",
        description = "Print an operator access token for scripts and curl, e.g."
                + " curl -H \"Authorization: Bearer $(./agora token)\" …: the client credentials of agora-cli"
                + " against the running authorization server.")
public final class TokenCommand implements Callable<Integer> {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final AgoraHome home;
    private final PlatformIdentity identity;
    private final ClientSecrets secrets;
    private final HttpClient http;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--scope",
            paramLabel = "<scope>",
            defaultValue = "ops",
            description = "A scope to ask for; repeat for more (default: ${DEFAULT-VALUE}).")
    private List<String> scopes = new ArrayList<>();

    public TokenCommand(AgoraHome home, PlatformIdentity identity, ClientSecrets secrets, HttpClient http) {
        this.home = home;
        this.identity = identity;
        this.secrets = secrets;
        this.http = http;
    }

    @Override
    public Integer call() throws InterruptedException {
        String authUrl = identity.authUrl()
                .orElseThrow(() -> new LauncherException("no authorization server: set AGORA_AUTH_URL"));
        String secret = secrets.stored(PlatformIdentity.CLI_CLIENT)
                .orElseThrow(() -> new LauncherException("no secret for " + PlatformIdentity.CLI_CLIENT + " in "
                        + home.relative(secrets.file()) + ": ./agora up makes it"));
        HttpResponse<String> response = requestToken(authUrl, secret);
        if (response.statusCode() != 200) {
            throw new LauncherException(refusal(authUrl, response));
        }
        String token = TopLevelJson.string(response.body(), "access_token")
                .orElseThrow(() -> new LauncherException(authUrl + " answered without an access token"));
        spec.commandLine().getOut().println(token); // alone on stdout, so that $(./agora token) is the token
        spec.commandLine().getOut().flush();
        return 0;
    }

    private HttpResponse<String> requestToken(String authUrl, String secret) throws InterruptedException {
        String form = "grant_type=client_credentials&scope="
                + URLEncoder.encode(String.join(" ", scopes), StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(authUrl + "/oauth2/token"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", basic(PlatformIdentity.CLI_CLIENT, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LauncherException(
                    "the authorization server is not running at " + authUrl + ": start the platform with ./agora up -d",
                    e);
        }
    }

    /** The server's OAuth2 error, and what to do about it. */
    private String refusal(String authUrl, HttpResponse<String> response) {
        String error = TopLevelJson.string(response.body(), "error").orElse("HTTP " + response.statusCode());
        String description = TopLevelJson.string(response.body(), "error_description")
                .map(text -> ": " + text)
                .orElse("");
        String remedy = switch (error) {
            case "invalid_scope" ->
                " (not a scope of " + PlatformIdentity.CLI_CLIENT + ": docs/security.md lists them)";
            case "invalid_client" ->
                " (the running server has other client secrets than " + home.relative(secrets.file())
                        + ": restart it with ./agora down, then ./agora up -d)";
            default -> "";
        };
        return authUrl + " refused the token for scope '" + String.join(" ", scopes) + "': " + error + description
                + remedy;
    }

    /** RFC 6749 2.3.1: id and secret form-encoded, then Basic. */
    private static String basic(String clientId, String secret) {
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
