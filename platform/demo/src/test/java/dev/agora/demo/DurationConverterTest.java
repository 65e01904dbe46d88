package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void shortFormsAndIso8601() {
        assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("PT20S")).isEqualTo(Duration.ofSeconds(20));
        assertThat(converter.convert("pt1m30s")).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void refusesWhatIsNoDurationOrNotPositive() {
        assertThatThrownBy(() -> converter.convert("soon"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("30s");
        assertThatThrownBy(() -> converter.convert("0s")).isInstanceOf(TypeConversionException.class);
    }
}
