package dev.agora.shop.order.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class IdempotencyKeyTest {

    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.of(null)).isNull();
    }

    @Test
    void aKeyOfTwoHundredCharactersIsTaken() {
        assertThat(IdempotencyKey.of("k".repeat(200))).isEqualTo(new IdempotencyKey("k".repeat(200)));
    }

    @Test
    void aLongerKeyIsABadRequestNamingTheHeader() {
        assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(201)))
                .isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
                    assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(problem.getBody().getProperties()).containsEntry("header", "Idempotency-Key");
                    assertThat(problem.getBody().getDetail()).contains("at most 200");
                });
    }

    @Test
    void aBlankKeyIsABadRequest() {
        assertThatThrownBy(() -> IdempotencyKey.of("  ")).isInstanceOf(ErrorResponseException.class);
    }

    @Test
    void controlCharactersAreABadRequest() {
        assertThatThrownBy(() -> IdempotencyKey.of("key\u0000")).isInstanceOf(ErrorResponseException.class);
    }
}
