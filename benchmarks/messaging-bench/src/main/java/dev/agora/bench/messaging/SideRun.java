package dev.agora.bench.messaging;

import java.io.PrintStream;

/** One side's measured run, inside that side's own JVM ({@link SideMain}). */
interface SideRun {

    ChildReport run(Scenario scenario) throws Exception;

    /**
     * What every run gets.
     *
     * @param out the JVM's standard output, which the benchmark reads ({@link ChildProgress}, notes)
     */
    record Setting(BenchVhost vhost, BenchOptions options, PrintStream out) {}
}
