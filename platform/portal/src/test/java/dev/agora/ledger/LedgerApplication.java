package dev.agora.ledger;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.MessageContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

/**
 * A tiny Agora service for the console's tests: it handles {@code ledger.entry} events, so an invalid one published
 * to it ends in {@code ledger_parked_q}. Outside the portal's packages, so the portal's component scan never sees it.
 */
@SpringBootApplication(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
public class LedgerApplication {

    @Component
    public static class Entries {

        private final List<MessageContext> received = new CopyOnWriteArrayList<>();

        @EventHandler("ledger.entry")
        void on(MessageContext context) {
            received.add(context);
        }

        public List<MessageContext> received() {
            return received;
        }
    }
}
