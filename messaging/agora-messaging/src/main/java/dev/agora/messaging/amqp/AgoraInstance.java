package dev.agora.messaging.amqp;

/** This process among the instances of its service: its replies are routed by this id. */
record AgoraInstance(String id) {}
