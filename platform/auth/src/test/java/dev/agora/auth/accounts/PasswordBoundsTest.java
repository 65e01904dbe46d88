package dev.agora.auth.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordBoundsTest {

    @Test
    void eightCharactersAreEnoughAndSevenAreNot() {
        assertThat(PasswordBounds.holdFor("12345678")).isTrue();
        assertThat(PasswordBounds.holdFor("1234567")).isFalse();
    }

    @Test
    void charactersAreCountedAsPeopleSeeThem() {
        assertThat(PasswordBounds.holdFor("🔑".repeat(8))).isTrue(); // 8 characters, 16 UTF-16 units
        assertThat(PasswordBounds.holdFor("🔑".repeat(7))).isFalse();
    }

    @Test
    void atMost72BytesSinceTheHashReadsNoMore() {
        assertThat(PasswordBounds.holdFor("a".repeat(72))).isTrue();
        assertThat(PasswordBounds.holdFor("a".repeat(73))).isFalse();
        assertThat(PasswordBounds.holdFor("é".repeat(37))).isFalse(); // 37 characters, 74 bytes
    }
}
