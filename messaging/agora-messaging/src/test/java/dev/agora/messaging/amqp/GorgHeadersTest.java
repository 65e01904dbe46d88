package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GorgHeadersTest {

    private static final int MAX_ATTEMPTS = 10;

    @Test
    void aSoftfailCountWithoutOurAttemptHeaderCountsAsTheAttemptAfterIt() {
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, 0))).isEqualTo(1);
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, 3))).isEqualTo(4);
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, 3L))).isEqualTo(4);
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, "3"))).isEqualTo(4);
    }

    @Test
    void ourAttemptHeaderWinsOverTheSoftfailCount() {
        assertThat(attempt(Map.of(Headers.ATTEMPT, 2, Headers.SOFTFAIL_COUNT, 7)))
                .isEqualTo(2);
    }

    @Test
    void aHostileSoftfailCountIsClampedOrCountsAsAFirstDelivery() {
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, Long.MAX_VALUE))).isEqualTo(MAX_ATTEMPTS);
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, 999_999))).isEqualTo(MAX_ATTEMPTS);
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, -5))).isEqualTo(1);
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, "lots"))).isEqualTo(1);
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, "-2"))).isEqualTo(1);
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, 2.5))).isEqualTo(1);
        assertThat(attempt(Map.of(Headers.SOFTFAIL_COUNT, List.of(3)))).isEqualTo(1);
        assertThat(attempt(Map.of())).isEqualTo(1);
    }

    @Test
    void theSoftfailCountOfAnAttemptIsTheSoftFailuresBeforeIt() {
        assertThat(GorgHeaders.softfailCount(1)).isZero();
        assertThat(GorgHeaders.softfailCount(5)).isEqualTo(4);
    }

    @Test
    void aDeliveryIsSoa2OnlyWhenItsVersionHeaderSaysSo() {
        assertThat(GorgHeaders.isVersion2(Map.of(Headers.SOA_VERSION, "2.0"))).isTrue();
        assertThat(GorgHeaders.isVersion2(Map.of(Headers.SOA_VERSION, "2"))).isTrue();
        assertThat(GorgHeaders.isVersion2(Map.of(Headers.SOA_VERSION, "1.0"))).isFalse();
        assertThat(GorgHeaders.isVersion2(Map.of(Headers.SOA_VERSION, "20"))).isFalse();
        assertThat(GorgHeaders.isVersion2(Map.of(Headers.SOA_VERSION, 2.0))).isFalse();
        assertThat(GorgHeaders.isVersion2(Map.of())).isFalse();
    }

    @Test
    void aReplyStatusCodeIsReadOnlyWhenItIsOne() {
        assertThat(GorgHeaders.statusCode(Map.of(Headers.STATUS_CODE, 500))).isEqualTo(500);
        assertThat(GorgHeaders.statusCode(Map.of(Headers.STATUS_CODE, "404"))).isEqualTo(404);
        assertThat(GorgHeaders.statusCode(Map.of(Headers.STATUS_CODE, "oops"))).isNull();
        assertThat(GorgHeaders.statusCode(Map.of(Headers.STATUS_CODE, Long.MAX_VALUE)))
                .isNull();
        assertThat(GorgHeaders.statusCode(Map.of())).isNull();
    }

    private static int attempt(Map<String, Object> headers) {
        return GorgHeaders.attempt(headers, MAX_ATTEMPTS);
    }
}
