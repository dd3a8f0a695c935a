package org.w3id.liaison;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reports of the genre made up for tests: many distinct, valid articles, the same for the same number. */
public final class Reports {
    private Reports() {}

    private static final List<String> SYLLABLES = List.of("an", "bo", "chen", "da", "fei", "gao", "hu", "jin", "ka",
            "lin", "mo", "na", "ou", "pei", "qi", "ru", "su", "tao", "wu", "xi", "ya", "zhu");
    private static final List<String[]> GUESTS = List.of(
            new String[] {"Cuban", "Communist Party of Cuba", "PCC"},
            new String[] {"Vietnamese", "Communist Party of Vietnam", "CPV"},
            new String[] {"Lao", "Lao People's Revolutionary Party", "LPRP"},
            new String[] {"Brazilian", "Workers' Party of Brazil", "PT"},
            new String[] {"South African", "African National Congress", "ANC"});

    /** A name made of syllables: "Chen Dafei". */
    public static String name(int n) {
        String family = cap(SYLLABLES.get(n % SYLLABLES.size()));
        int m = n / SYLLABLES.size();
        String given = cap(SYLLABLES.get(m % SYLLABLES.size()) + SYLLABLES.get((m / SYLLABLES.size() + 3) % SYLLABLES.size()));
        return family + " " + given;
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Report number {@code i}: a CPC official meets a guest of another party, who backs an initiative. */
    public static String report(int i) {
        String host = name(2 * i + 7);
        String guest = name(2 * i + 1000);
        String[] g = GUESTS.get(i % GUESTS.size());
        int day = 1 + i % 28;
        return """
                Senior CPC official meets %1$s delegation

                Xinhua) 09:%2$02d, May %3$d, 2024

                BEIJING, May %3$d (Xinhua) -- %4$s, head of the International Department of the Communist Party of \
                China (CPC) Central Committee, met with a delegation of the %5$s (%6$s) led by %7$s, a member of the \
                Political Bureau of the %6$s Central Committee, in Beijing on Monday.

                %8$s said the CPC is ready to deepen exchanges with the %6$s.

                %9$s said the %6$s supports the Global Development Initiative.
                """.formatted(g[0], i % 60, day, host, g[1], g[2], guest, host.split(" ")[0], guest.split(" ")[0]);
    }

    /** Writes reports 0 to n-1 into the folder, one file each. */
    public static void write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++)
            Files.writeString(dir.resolve("report-%05d.txt".formatted(i)), report(i));
    }
}
