package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.HardFailException;
import dev.agora.messaging.RequestTimeoutException;
import dev.agora.messaging.SoftFailException;
import dev.agora.messaging.amqp.MessagingProperties.FailureKind;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class FailureClassifierTest {

    private final FailureClassifier classifier = new FailureClassifier(FailureKind.SOFT);

    @Test
    void declaredFailuresDecideForThemselvesEvenWhenWrapped() {
        assertThat(classifier.classify(new HardFailException("no such product")))
                .isEqualTo(FailureKind.HARD);
        assertThat(classifier.classify(new RuntimeException(new SoftFailException("later"))))
                .isEqualTo(FailureKind.SOFT);
    }

    @Test
    void transientInfrastructureErrorsAreSoft() {
        assertThat(classifier.classify(new CannotAcquireLockException("lock timeout")))
                .isEqualTo(FailureKind.SOFT);
        assertThat(classifier.classify(new IOException("connection refused"))).isEqualTo(FailureKind.SOFT);
        assertThat(classifier.classify(new RequestTimeoutException("no reply"))).isEqualTo(FailureKind.SOFT);
    }

    @Test
    void badInputAndPermanentDataErrorsAreHard() {
        assertThat(classifier.classify(new IllegalArgumentException("negative quantity")))
                .isEqualTo(FailureKind.HARD);
        assertThat(classifier.classify(new DataIntegrityViolationException("duplicate key")))
                .isEqualTo(FailureKind.HARD);
    }

    @Test
    void unknownFailuresFollowTheSetting() {
        assertThat(classifier.classify(new IllegalStateException("bug"))).isEqualTo(FailureKind.SOFT);
        assertThat(new FailureClassifier(FailureKind.HARD).classify(new IllegalStateException("bug")))
                .isEqualTo(FailureKind.HARD);
    }

    @Test
    void describesTheRootCauseOfAWrappedHandlerFailure() {
        var failure = new HandlerMethod.HandlerFailedException(new IOException("disk full"));

        assertThat(FailureClassifier.describe(failure)).isEqualTo("IOException: disk full");
    }
}
