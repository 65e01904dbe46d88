package dev.agora.shop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.AssertProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;

/**
 * The problems (RFC 9457) a service's API answers with, as its MVC tests check them: service-web makes every error
 * answer one, and an invalid request's problem names each field it refuses in {@code errors[*].field}. The answer
 * is a test's {@code MvcTestResult} or the request itself, which AssertJ sends when it checks it.
 */
public final class ProblemAnswers {

    private ProblemAnswers() {}

    /** A problem with this status whose body holds at least the members given as JSON. */
    public static void assertProblem(AssertProvider<MvcTestResultAssert> answer, HttpStatus status, String members) {
        assertThat(answer)
                .hasStatus(status)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo(members);
    }

    /** A problem with this status and title. */
    public static void assertProblemTitled(
            AssertProvider<MvcTestResultAssert> answer, HttpStatus status, String title) {
        assertThat(answer)
                .hasStatus(status)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo(title);
    }

    /** A 400 problem that names exactly these fields as invalid, in this order. */
    public static void assertInvalidFields(AssertProvider<MvcTestResultAssert> answer, String... fields) {
        assertThat(answer)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly((Object[]) fields);
    }

    /** A 400 problem whose first error names this field (there may be more about it or others). */
    public static void assertInvalidField(AssertProvider<MvcTestResultAssert> answer, String field) {
        assertThat(answer)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo(field);
    }
}
