package dev.agora.shop.user.directory;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertInvalidFields;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.testing.OperatorCaller;
import dev.agora.web.AgoraWebAutoConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The HTTP contract: what is valid, which problems name what, and what reaches the directory. */
@WebMvcTest(UserController.class)
// service-web registers its problem responses as an auto-configuration, which the MVC slice does not load
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import({UserAccess.class, OperatorCaller.class})
class UserControllerTest {

    private static final UUID ANN_ID = UUID.fromString("0190c0de-0000-7000-8000-000000000001");
    private static final Instant CREATED = Instant.parse("2026-11-23T09:00:00Z");
    private static final User ANN = new User(ANN_ID, "Ann", "ann@example.com", "FR", CREATED, CREATED);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    UserDirectory directory;

    @Test
    void registrationAnswersCreatedWithTheUserAndItsLocation() {
        given(directory.register(any())).willReturn(ANN);

        var result = post("""
                {"name": "Ann", "email": "ann@example.com", "country": "FR"}""");

        assertThat(result)
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "http://localhost/api/users/" + ANN_ID)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"userId": "%s", "name": "Ann", "email": "ann@example.com", "country": "FR",
                         "createdAt": "2026-11-23T09:00:00Z", "updatedAt": "2026-11-23T09:00:00Z"}
                        """.formatted(ANN_ID));
    }

    @Test
    void surroundingSpacesAreDroppedBeforeRegistration() {
        given(directory.register(any())).willReturn(ANN);

        post("""
                {"name": "  Ann ", "email": " ann@example.com\\t", "country": "FR "}""");

        verify(directory).register(new UserDetails("Ann", "ann@example.com", "FR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name    | {\"name\": \"  \", \"email\": \"ann@example.com\", \"country\": \"FR\"}",
                "name    | {\"email\": \"ann@example.com\", \"country\": \"FR\"}",
                "email   | {\"name\": \"Ann\", \"email\": \"ann.example.com\", \"country\": \"FR\"}",
                "email   | {\"name\": \"Ann\", \"email\": \"\", \"country\": \"FR\"}",
                "country | {\"name\": \"Ann\", \"email\": \"ann@example.com\", \"country\": \"fr\"}",
                "country | {\"name\": \"Ann\", \"email\": \"ann@example.com\", \"country\": \"FRA\"}",
                "country | {\"name\": \"Ann\", \"email\": \"ann@example.com\", \"country\": \"XX\"}",
                "country | {\"name\": \"Ann\", \"email\": \"ann@example.com\"}",
            })
    void invalidDetailsAreAProblemNamingTheField(String field, String body) {
        assertInvalidFields(post(body), field);
        verifyNoInteractions(directory);
    }

    @Test
    void everyInvalidFieldIsNamed() {
        assertThat(post("{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("name", "email", "country");
    }

    @Test
    void tooLongNameIsAProblemNamingTheField() {
        var body = """
                {"name": "%s", "email": "ann@example.com", "country": "FR"}""".formatted("A".repeat(201));

        assertThat(post(body)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().isLenientlyEqualTo("""
                        {"errors": [{"field": "name", "message": "size must be between 0 and 200"}]}""");
    }

    @Test
    void valueOfTheWrongTypeIsAProblemNamingTheField() {
        assertInvalidField(post("""
                        {"name": "Ann", "email": "ann@example.com", "country": ["FR"]}"""), "country");
    }

    @Test
    void takenEmailIsAConflictNamingTheFieldAndItsHolder() {
        var holder = UUID.randomUUID();
        given(directory.register(any())).willThrow(new EmailTakenException("Ann@Example.com", holder));

        assertProblem(post("""
                        {"name": "Ann", "email": "Ann@Example.com", "country": "FR"}"""), HttpStatus.CONFLICT, """
                        {"status": 409, "title": "Email already registered", "field": "email",
                         "existingUserId": "%s"}""".formatted(holder));
    }

    @Test
    void aPasswordGoesToTheDirectoryAsItWasTyped() {
        given(directory.register(any())).willReturn(ANN);

        assertThat(post("""
                        {"name": "Ann", "email": "ann@example.com", "country": "FR", "password": " sésame ouvre-toi "}""")).hasStatus(HttpStatus.CREATED);
        verify(directory)
                .register(new UserDetails("Ann", "ann@example.com", "FR", new SignInPassword(" sésame ouvre-toi ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "seven characters, 1234567",
        // 37 two-byte characters: 74 bytes in UTF-8, more than BCrypt reads
        "73 bytes and more, ééééééééééééééééééééééééééééééééééééé"
    })
    void aPasswordOutOfBoundsIsAProblemNamingTheFieldAndReachesNoOne(String bound, String password) throws Exception {
        var body = """
                {"name": "Ann", "email": "ann@example.com", "country": "FR", "password": "%s"}""".formatted(password);

        var result = post(body);

        assertInvalidFields(result, "password");
        assertThat(result.getResponse().getContentAsString()).doesNotContain(password);
        verifyNoInteractions(directory);
    }

    @Test
    void aPasswordOfSeventyTwoBytesIsTaken() {
        given(directory.register(any())).willReturn(ANN);

        assertThat(post("""
                        {"name": "Ann", "email": "ann@example.com", "country": "FR", "password": "%s"}""".formatted("é".repeat(36)))).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aPasswordNeverShowsInTheDetailsText() {
        assertThat(new UserDetails("Ann", "ann@example.com", "FR", new SignInPassword("sésame ouvre-toi")).toString())
                .doesNotContain("sésame");
    }

    @Test
    void updateReplacesTheDetailsOfTheUserInThePath() {
        given(directory.update(any(), any())).willReturn(ANN);

        var result = mvc.put()
                .uri("/api/users/{id}", ANN_ID)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Ann", "email": "ann@example.com", "country": "FR"}""");

        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.userId").isEqualTo(ANN_ID.toString());
        verify(directory).update(ANN_ID, new UserDetails("Ann", "ann@example.com", "FR"));
    }

    @Test
    void invalidUpdateIsAProblemNamingTheField() {
        var result = mvc.put()
                .uri("/api/users/{id}", ANN_ID)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Ann", "email": "ann", "country": "FR"}""");

        assertInvalidField(result, "email");
        verifyNoInteractions(directory);
    }

    @Test
    void unknownUserIsANotFoundProblemNamingTheId() {
        given(directory.find(ANN_ID)).willThrow(new UserNotFoundException(ANN_ID));

        assertProblem(mvc.get().uri("/api/users/{id}", ANN_ID), HttpStatus.NOT_FOUND, """
                        {"status": 404, "title": "User not found", "userId": "%s"}""".formatted(ANN_ID));
    }

    @Test
    void listingPassesThePageAsked() {
        given(directory.list(10, 30)).willReturn(new Page<>(List.of(ANN), 10, 30, 31));

        assertThat(mvc.get().uri("/api/users?limit=10&offset=30"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"items": [{"userId": "%s"}], "limit": 10, "offset": 30, "total": 31}""".formatted(ANN_ID));
    }

    @Test
    void listingWithoutParametersGivesTheFirstTwenty() {
        given(directory.list(20, 0)).willReturn(new Page<>(List.of(), 20, 0, 0));

        assertThat(mvc.get().uri("/api/users")).hasStatusOk();
        verify(directory).list(20, 0);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"limit, 0", "limit, 101", "offset, -1"})
    void pageOutOfBoundsIsAProblemNamingTheParameter(String parameter, String value) {
        assertInvalidField(mvc.get().uri("/api/users").param(parameter, value), parameter);
        verifyNoInteractions(directory);
    }

    private MvcTestResult post(String body) {
        return mvc.post()
                .uri("/api/users")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
