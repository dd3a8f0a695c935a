package org.w3id.liaison.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.w3id.liaison.authority.ReferenceData;

/**
 * Writes {@code n} reports of the genre into a folder.
 *
 * <pre>{@code
 * new CorpusGenerator(ReferenceData.load(), 42).write(Path.of("corpus"), 20_000);
 * }</pre>
 */
public final class CorpusGenerator {
    private static final List<String> SYLLABLES = List.of("an", "bo", "chen", "da", "fei", "gao", "hu", "jin", "ka",
            "lin", "mo", "na", "ou", "pei", "qi", "ru", "su", "tao", "wu", "xi", "ya", "zhu", "li", "wang", "zhao");
    private static final List<String> FOREIGN = List.of("al", "ber", "car", "do", "el", "fer", "gon", "ha", "ir",
            "jo", "ka", "lu", "ma", "ni", "or", "pe", "ra", "san", "to", "va", "wen", "ya", "ze");
    private static final List<String> CPC_POSTS = List.of(
            "a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC) Central Committee",
            "a member of the Political Bureau of the CPC Central Committee and head of the International Department of the CPC Central Committee",
            "head of the Organization Department of the CPC Central Committee",
            "a member of the Secretariat of the CPC Central Committee",
            "deputy head of the International Department of the CPC Central Committee",
            "vice-minister of the International Department of the CPC Central Committee",
            "chairman of the National People's Congress Standing Committee");
    private static final List<String> GUEST_ROLES = List.of("chairman", "general secretary", "vice president",
            "a member of the Political Bureau", "secretary general", "deputy chairman");
    private static final List<String> INITIATIVES = List.of("Belt and Road Initiative", "Global Development Initiative",
            "Global Security Initiative", "Global Civilization Initiative");

    private final List<ReferenceData.KnownParty> parties;
    private final ReferenceData ref;
    private final Random random;
    private final int hosts;
    private final int guests;

    public CorpusGenerator(ReferenceData ref, long seed) {
        this.ref = ref;
        this.random = new Random(seed);
        this.parties = ref.parties().stream().filter(p -> !p.country().isEmpty() && !p.country().equals("China")).toList();
        this.hosts = 400;
        this.guests = 5000;
    }

    /** Writes reports 1..n as {@code report-00001.txt} ... into {@code dir}. */
    public void write(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        for (int i = 1; i <= n; i++)
            Files.writeString(dir.resolve("report-%06d.txt".formatted(i)), report());
    }

    /** One report: a layout and a verb of meeting drawn at random, people drawn with a long tail. */
    String report() {
        String host = name(SYLLABLES, zipf(hosts), 2);
        ReferenceData.KnownParty party = parties.get(random.nextInt(parties.size()));
        // one pool of guests per party: a guest named in many reports is always of the same party and country
        String guest = name(FOREIGN, zipf(guests) * parties.size() + parties.indexOf(party), 3);
        String cpcPost = CPC_POSTS.get(random.nextInt(CPC_POSTS.size()));
        String role = GUEST_ROLES.get(random.nextInt(GUEST_ROLES.size()));
        String acronym = party.acronym().isEmpty() ? null : party.acronym();
        String partyWithAcronym = party.name() + (acronym == null ? "" : " (" + acronym + ")");
        String partyShort = acronym == null ? "the " + party.name() : "the " + acronym;
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String initiative = INITIATIVES.get(random.nextInt(INITIATIVES.size()));
        String abroad = ref.country(party.country()).map(ReferenceData.Country::capital).orElse("Beijing");
        boolean home = random.nextInt(3) > 0;
        String city = home ? "Beijing" : abroad;
        String hostFamily = host.split(" ")[0];
        String guestFamily = guest.split(" ")[guest.split(" ").length - 1];

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(home ? "Senior CPC official meets " + party.name() + " delegation" : "CPC delegation visits " + party.country());
        if (random.nextBoolean())
            paragraphs.add("Xinhua) %02d:%02d, %s %d, %d".formatted(random.nextInt(24), random.nextInt(60), month,
                    date.plusDays(1).getDayOfMonth(), date.plusDays(1).getYear()));
        String dateline = "%s, %s %d (Xinhua) -- ".formatted(city.toUpperCase(Locale.ROOT), month, date.getDayOfMonth());
        switch (random.nextInt(5)) {
            case 0 -> {
                paragraphs.add(dateline + "%s, %s, held talks with %s, %s of the %s, in %s on %s."
                        .formatted(host, cpcPost, guest, role, partyWithAcronym, city, weekday));
                paragraphs.add("%s said the CPC is willing to strengthen exchanges with %s.".formatted(hostFamily, partyShort));
            }
            case 1 -> {
                paragraphs.add(dateline + "%s, %s, met with a delegation of the %s in %s on %s."
                        .formatted(host, cpcPost, partyWithAcronym, city, weekday));
                paragraphs.add("The delegation was led by %s, %s of %s.".formatted(guest, role, partyShort));
            }
            case 2 -> paragraphs.add(dateline + "%s, %s, held a video call with %s, %s of the %s, on %s."
                    .formatted(host, cpcPost, guest, role, partyWithAcronym, weekday));
            case 3 -> {
                // a second pool per party, numbered after the first so that no name is in both
                String second = name(FOREIGN, (guests + zipf(guests)) * parties.size() + parties.indexOf(party), 3);
                paragraphs.add(dateline + "A delegation of the Communist Party of China (CPC) led by %s, %s, visited %s."
                        .formatted(host, cpcPost, party.country()));
                paragraphs.add("During the visit, %s met with %s, %s of the %s, and %s, a member of the %s."
                        .formatted(hostFamily, guest, role, partyWithAcronym, second, party.name()));
            }
            default -> {
                paragraphs.add(dateline + "%s, %s, delivered a speech at a forum on party governance on %s."
                        .formatted(host, cpcPost, weekday));
                paragraphs.add("Representatives of the %s attended the forum.".formatted(partyWithAcronym));
            }
        }
        paragraphs.add("%s said %s supports the %s and will deepen cooperation with China.".formatted(guestFamily,
                partyShort, initiative));
        return String.join("\n\n", paragraphs) + "\n";
    }

    private static final double EULER = 0.5772156649;

    /** A rank from 0 to n-1, small ranks far more often (Zipf, exponent 1): a few officials in many reports. */
    private int zipf(int n) {
        double k = Math.exp(random.nextDouble() * (Math.log(n) + EULER) - EULER);   // 0.56 .. n
        return Math.max(0, Math.min(n - 1, (int) k - 1));
    }

    /**
     * A made-up name for a number, the same for the same number and different for different ones: the
     * number's digits in base {@code syllables.size()} pick syllables, one for the first word, two for each other.
     */
    private static String name(List<String> syllables, int number, int words) {
        int base = syllables.size();
        int k = number;
        List<String> out = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            String word = syllables.get(k % base);
            k /= base;
            if (w > 0) {
                word += syllables.get(k % base);
                k /= base;
            }
            out.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return String.join(" ", out);
    }
}
