package dev.agora.messaging.amqp;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.rabbitmq.client.Channel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchedAcksTest {

    private final Channel channel = mock(Channel.class);

    @Test
    void acknowledgesAFullBatchWithOneMultipleAckOfItsLastTag() throws Exception {
        var acks = new BatchedAcks(3, Duration.ofHours(1));

        acks.done(channel, 1);
        acks.done(channel, 2);
        verifyNoInteractions(channel);
        acks.done(channel, 3);

        verify(channel).basicAck(3, true);
        acks.destroy();
    }

    @Test
    void acknowledgesWhatFinishedWhenTheQueueGoesQuiet() throws Exception {
        when(channel.isOpen()).thenReturn(true);
        var acks = new BatchedAcks(50, Duration.ofMillis(10));

        acks.done(channel, 7);

        verify(channel, timeout(1_000)).basicAck(7, true);
        acks.destroy();
    }

    @Test
    void acknowledgesEachDeliveryWhenTheBatchIsOne() throws Exception {
        var acks = new BatchedAcks(1, Duration.ofHours(1));

        acks.done(channel, 5);

        verify(channel).basicAck(5, true);
        acks.destroy();
    }

    @Test
    void onStopPendingAcksAreSentAndLaterDeliveriesAreAcknowledgedAtOnce() throws Exception {
        when(channel.isOpen()).thenReturn(true);
        var acks = new BatchedAcks(50, Duration.ofHours(1));
        acks.start();
        acks.done(channel, 1);
        acks.done(channel, 2);
        verifyNoInteractions(channel);

        acks.stop();
        verify(channel).basicAck(2, true);
        acks.done(channel, 3);

        verify(channel).basicAck(3, true);
        acks.destroy();
    }
}
