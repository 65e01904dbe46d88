package dev.agora.messaging.amqp;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The database side: inbox and outbox tables, the transaction handlers run in, the relay and the retention job. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
@ConditionalOnProperty(prefix = "agora.messaging.database", name = "enabled", matchIfMissing = true)
class DatabaseMessagingConfiguration {

    /** After Flyway and the like: they may be what creates the service's schema these tables go in. */
    @Bean
    @DependsOnDatabaseInitialization
    MessagingSchema agoraMessagingSchema(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new MessagingSchema(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager));
    }

    @Bean
    TransactionalMessaging agoraTransactionalMessaging(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            MessagingProperties properties,
            MessagingSchema schemaFirst) {
        return new TransactionalMessaging(
                new TransactionTemplate(transactionManager),
                new Inbox(JdbcClient.create(dataSource), properties.service()));
    }

    @Bean
    OutboxRelay agoraOutboxRelay(
            DataSource dataSource,
            TransactionalMessaging transactional,
            ConfirmingPublisher publisher,
            MessagingProperties properties) {
        return new OutboxRelay(
                JdbcClient.create(dataSource),
                transactional.transactions(),
                publisher,
                properties.service(),
                properties);
    }

    @Bean
    MessagingRetention agoraMessagingRetention(
            DataSource dataSource, TransactionalMessaging transactional, MessagingProperties properties) {
        return new MessagingRetention(JdbcClient.create(dataSource), transactional.inbox(), properties);
    }

    @Bean
    OutboxWriter agoraOutboxWriter(DataSource dataSource, Topology topology, OutboxRelay relay) {
        return new OutboxWriter(JdbcClient.create(dataSource), topology, relay);
    }
}
