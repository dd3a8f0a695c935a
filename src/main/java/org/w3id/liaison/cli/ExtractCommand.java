package org.w3id.liaison.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.liaison.article.ArticleException;
import org.w3id.liaison.article.ArticleReader;
import org.w3id.liaison.authority.ReferenceData;
import org.w3id.liaison.extract.ArticleFacts;
import org.w3id.liaison.extract.Extractor;
import org.w3id.liaison.store.ArticleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the facts Liaison draws from article files, without storing anything.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files, or folders of *.txt files")
    List<Path> paths;

    @Override
    public Integer call() {
        Extractor extractor = new Extractor(ReferenceData.load());
        ArticleReader reader = new ArticleReader();
        int failed = 0;
        for (Path f : ArticleLoader.articleFiles(paths)) {
            try {
                print(extractor.extract(reader.read(f)));
            } catch (ArticleException e) {
                System.err.println("liaison: " + f + ": " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? Liaison.OK : Liaison.SOME_FAILED;
    }

    private static void print(ArticleFacts f) {
        System.out.println("== " + f.article().id());
        System.out.println("  published " + f.published().map(Object::toString).orElse("-") + ", dateline "
                + f.datelinePlace().orElse("-") + " " + f.datelineDate().map(Object::toString).orElse("-"));
        f.persons().forEach(p -> System.out.println("  person     " + p.name() + " " + p.aliases() + " party="
                + p.party().orElse("-") + " country=" + p.country().orElse("-")));
        f.holdings().forEach(h -> System.out.println("  post       " + h.person() + ": " + h.post().label()));
        f.parties().forEach(p -> System.out.println("  party      " + p.name() + " (" + p.acronym().orElse("-") + ") "
                + p.country().orElse("-")));
        f.meetings().forEach(m -> System.out.println("  meeting    " + m.kind() + " " + m.participants() + " "
                + m.date().map(Object::toString).orElse("-") + " " + m.place().orElse("-")));
        f.initiatives().forEach(i -> System.out.println("  initiative " + i));
        f.endorsements().forEach(e -> System.out.println("  endorses   " + e.agent().name() + " -> " + e.initiative()));
    }
}
