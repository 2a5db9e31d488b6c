package dev.handoffls.cli;

import java.io.PrintStream;

/** Where the command line writes: results to {@code out}, messages to {@code err}. */
public record CliOutput(PrintStream out, PrintStream err) {}
