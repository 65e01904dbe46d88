package dev.agora.logger.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicPatternTest {

    @Test
    void keyWithoutWildcardsIsComparedForEquality() {
        var pattern = new TopicPattern("order.created");

        assertThat(pattern.sqlCondition()).isEqualTo("routing_key = :routingKey");
        assertThat(pattern.sqlParameter()).isEqualTo("order.created");
    }

    @Test
    void wildcardsInsideWordsAreOrdinaryCharacters() {
        var pattern = new TopicPattern("order*.#created");

        assertThat(pattern.sqlCondition()).isEqualTo("routing_key = :routingKey");
    }

    @Test
    void patternWithWildcardsIsMatchedAsAnchoredRegularExpression() {
        var pattern = new TopicPattern("order.*");

        assertThat(pattern.sqlCondition()).isEqualTo("routing_key ~ :routingKey");
        assertThat(pattern.sqlParameter()).isEqualTo("^order\\.[^.]*$");
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(textBlock = """
        order.*,         order.created,           true
        order.*,         order,                   false
        order.*,         order.created.late,      false
        *.created,       order.created,           true
        *.created,       order.item.created,      false
        *,               order,                   true
        *,               order.created,           false
        order.*.late,    order.created.late,      true
        order.*.late,    order.late,              false
        *,               '',                      false
        *.*,             order.,                  true
        """)
    void starMatchesExactlyOneWord(String pattern, String routingKey, boolean matches) {
        assertThat(matches(pattern, routingKey)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(textBlock = """
        '#',             order.created,           true
        '#',             order,                   true
        order.#,         order,                   true
        order.#,         order.created.late,      true
        order.#,         orders.created,          false
        '#.failed',      failed,                  true
        '#.failed',      payment.card.failed,     true
        '#.failed',      payment.cardfailed,      false
        order.#.late,    order.late,              true
        order.#.late,    order.created.very.late, true
        order.#.late,    order.belate,            false
        '#.created.#',   created,                 true
        '#.created.#',   shop.order.created.now,  true
        '#.created.#',   shop.ordercreated,       false
        '#.#',           order,                   true
        '#.*',           order.created,           true
        '#.*',           '',                      false
        '#',             '',                      true
        """)
    void hashMatchesZeroOrMoreWords(String pattern, String routingKey, boolean matches) {
        assertThat(matches(pattern, routingKey)).isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource(textBlock = """
        a+b.*,           a+b.c,                   true
        a+b.*,           aab.c,                   false
        (x|y).*,         x.c,                     false
        (x|y).*,         (x|y).c,                 true
        $a_b-c.*,        $a_b-c.d,                true
        zürich.*,        zürich.weather,          true
        """)
    void literalWordsAreNoRegularExpressions(String pattern, String routingKey, boolean matches) {
        assertThat(matches(pattern, routingKey)).isEqualTo(matches);
    }

    /** Java and PostgreSQL agree on the constructs the translation uses; the IT checks PostgreSQL itself. */
    private static boolean matches(String pattern, String routingKey) {
        return Pattern.compile(new TopicPattern(pattern).regex())
                .matcher(routingKey)
                .find();
    }
}
