package dev.agora.demo;

/** A step did not go as the scenario expects: the step fails, the demo goes on with the next one. */
final class UnexpectedOutcome extends RuntimeException {

    UnexpectedOutcome(String message) {
        super(message);
    }
}
