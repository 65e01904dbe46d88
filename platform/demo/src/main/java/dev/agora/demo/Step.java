package dev.agora.demo;

/** One step of the demo. */
interface Step {

    /**
     * Shows the step, line by line.
     *
     * @return what happened, in a few words, when it went as expected
     * @throws UnexpectedOutcome when it did not
     */
    String run();
}
