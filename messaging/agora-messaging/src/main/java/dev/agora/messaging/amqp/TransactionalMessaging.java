package dev.agora.messaging.amqp;

import org.springframework.transaction.support.TransactionTemplate;

/** The transaction handlers run in and the inbox written in it, present when the service has a database. */
record TransactionalMessaging(TransactionTemplate transactions, Inbox inbox) {}
