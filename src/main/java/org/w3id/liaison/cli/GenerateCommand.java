package org.w3id.liaison.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes made-up reports of the genre, for benchmarks and scale tests: varied layouts and verbs,",
                "a few officials in many reports and most in few. The same seed gives the same reports."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "N", description = "how many reports")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write them into")
    Path out;

    @Override
    public Integer call() {
        try {
            new CorpusGenerator(ReferenceData.load(), seed).write(out, articles);
            System.err.printf("liaison: wrote %d reports to %s%n", articles, out);
            return Liaison.OK;
        } catch (IOException e) {
            System.err.println("liaison: cannot write to " + out + ": " + e.getMessage());
            return Liaison.FATAL;
        }
    }
}
