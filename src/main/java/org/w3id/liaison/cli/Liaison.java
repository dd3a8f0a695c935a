package org.w3id.liaison.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar liaison.jar COMMAND ...}: the entry point. */
@Command(name = "liaison", mixinStandardHelpOptions = true, version = "liaison 0.1.0",
        description = "Turns news reports of party-to-party diplomacy into a linked-data knowledge graph and serves it over SPARQL.",
        subcommands = {LoadCommand.class, ServeCommand.class, LinkCommand.class, ExportCommand.class, ExtractCommand.class, GenerateCommand.class,
                CommandLine.HelpCommand.class})
public final class Liaison implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests and for {@link #main}). */
    public static int run(String... args) {
        return new CommandLine(new Liaison()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** The message of the innermost cause: what went wrong, without the layers that passed it on. */
    static String rootMessage(Throwable e) {
        while (e.getCause() != null)
            e = e.getCause();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Exit codes: 0 all done, 1 some input failed (the rest done), 2 nothing could be done. */
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int FATAL = 2;
}
