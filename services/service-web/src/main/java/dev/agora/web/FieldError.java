package dev.agora.web;

/** One invalid field of a request: its path as the client wrote it ({@code lines[0].quantity}) and why. */
public record FieldError(String field, String message) {}
