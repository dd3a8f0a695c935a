package org.w3id.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.liaison.Fixtures;
import org.w3id.liaison.store.ArticleLoader;
import org.w3id.liaison.store.KnowledgeStore;

/** The search's index over a real TDB2 store: built on the first search, built again once the data changes. */
class NameIndexTest {

    @TempDir
    Path dir;

    @Test
    void aNameLoadedAfterTheFirstSearchIsFoundByTheNext() throws Exception {
        Path report = Files.writeString(dir.resolve("lima.txt"), "Senior CPC official meets Brazilian guest\n\n"
                + "BEIJING, May 1 (Xinhua) -- Li Hua met with Ana Lima, chairwoman of the Workers' Party of Brazil, on Monday.\n");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("db"))) {
            ArticleLoader loader = new ArticleLoader(store);
            loader.load(Fixtures.SEED);
            NameIndex index = new NameIndex(store.dataset());
            assertThat(index.search("Morales", 10)).extracting(NameIndex.Hit::name).containsExactly("Roberto Morales Ojeda");
            assertThat(index.search("Lima", 10)).isEmpty();

            loader.load(report);      // no VoID description counted afterwards: the index does not wait for one
            assertThat(index.search("Lima", 10)).extracting(NameIndex.Hit::name).containsExactly("Ana Lima");
            assertThat(index.search("Morales", 10)).extracting(NameIndex.Hit::name).containsExactly("Roberto Morales Ojeda");
        }
    }
}
