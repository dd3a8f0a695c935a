package org.w3id.liaison;

import java.nio.file.Path;

/** Where the tests find their articles: the seed in {@code data/}, hand-written ones under {@code testing/}. */
public final class Fixtures {
    private Fixtures() {}

    public static final Path SEED = Path.of("data", "senior-cpc-pcc-officials-hold-talks-in-beijing.txt");
    public static final String SEED_ID = "senior-cpc-pcc-officials-hold-talks-in-beijing";

    public static Path testing(String name) {
        return Path.of("src", "test", "resources", "testing", name);
    }
}
