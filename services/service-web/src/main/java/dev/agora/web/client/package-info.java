/**
 * Calls from one service to another: one pooled HTTP client per process, configured once under
 * {@code agora.service-calls}, behind every auto-configured {@code RestClient.Builder} of a service that has the
 * RestClient starter and Apache HttpClient 5.
 */
@NullMarked
package dev.agora.web.client;

import org.jspecify.annotations.NullMarked;
