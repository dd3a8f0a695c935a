package org.w3id.liaison.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.liaison.article.Article;
import org.w3id.liaison.article.Paragraph;
import org.w3id.liaison.authority.ReferenceData;

/**
 * Draws the facts of one article. A pure function of the article and the reference data: no state is kept
 * between articles, so articles can be extracted in any order or in parallel.
 *
 * <pre>{@code
 * ArticleFacts facts = new Extractor(ReferenceData.load()).extract(article);
 * facts.meetings();   // [Meeting[kind=talks, participants=[Cai Qi, Roberto Morales Ojeda], date=2023-04-24, ...]]
 * }</pre>
 */
public final class Extractor {
    private static final Pattern OF_NAME = Pattern.compile(" of (?:the )?(?=\\p{Lu})");
    /** Words that end an organ's name; before " of " they mark where an organ of a larger one is named. */
    private static final List<String> ORGAN_HEADS = List.of("Committee", "Bureau", "Secretariat", "Department",
            "Commission", "Council", "Assembly", "Congress", "Parliament", "Senate", "Institute", "Office", "Ministry",
            "Branch", "Service", "Conference", "Presidium", "Politburo", "Group");
    private static final Pattern ORGAN_HEAD_AT_END = Pattern.compile(".*\\b(?:" + String.join("|", ORGAN_HEADS) + ")$");
    private static final Pattern DELEGATION_OF_BEFORE = Pattern.compile("(?s).*\\bdelegation\\s+of\\s+(?:the\\s+)?$");
    private static final Pattern DELEGATION_AFTER = Pattern.compile(
            "(?s)^(?:\\s*\\([^)]*\\))?\\s+(?:\\w+\\s+){0,3}(?:delegation|group)\\b.*");
    private static final Pattern LED_BY_BEFORE = Pattern.compile(
            "(?s).*\\b(?:led|headed)\\s+by\\s+(?:(?:its|their)\\s+[\\p{L}\\- ]{0,40}?)?$");

    private final ReferenceData ref;
    private final EntityFinder.KnownNames names;

    public Extractor(ReferenceData ref) {
        this.ref = ref;
        this.names = new EntityFinder.KnownNames(ref);
    }

    public ArticleFacts extract(Article article) {
        TextIndex index = new TextIndex(article.text());

        Optional<LocalDate> published = article.byline().flatMap(b -> Dates.firstFullDate(b.text()));
        Optional<LocalDate> near = published.or(() -> article.captions().stream()
                .map(c -> Dates.firstFullDate(c.text())).flatMap(Optional::stream).findFirst());
        Optional<LocalDate> datelineDate = article.dateline().flatMap(Article.Dateline::date)
                .flatMap(d -> Dates.firstFullDate(d).or(() -> near.flatMap(n -> Dates.monthDay(d, n))));
        Optional<String> datelinePlace = article.dateline().flatMap(Article.Dateline::place).map(this::placeName);
        article.dateline().ifPresent(d -> d.place().ifPresent(p -> {
            int at = article.text().indexOf(p, article.body().get(0).start());
            if (at >= 0)
                index.claim(at, at + p.length(), Mention.Kind.PLACE, placeName(p));
        }));

        EntityFinder entities = new EntityFinder(ref, names, index);
        entities.find();
        PersonFinder people = new PersonFinder(index, article.headline().end());
        people.find();

        List<Sentence> sentences = sentences(article);
        Map<String, Map<String, PostParser.Parsed>> posts = posts(new PostParser(index, ref), index, sentences);

        Map<String, EntityFinder.PartyBuilder> parties = entities.parties;
        List<Person> persons = new ArrayList<>();
        List<Holding> holdings = new ArrayList<>();
        Map<String, String> delegationParty = delegationParties(index, sentences);
        Map<String, Set<String>> aliases = aliases(index);
        Map<String, List<Sentence>> naming = naming(index, sentences);
        for (String name : people.persons.keySet()) {
            Map<String, PostParser.Parsed> written = posts.getOrDefault(name, Map.of());
            List<Post> complete = new ArrayList<>();
            for (PostParser.Parsed p : written.values())
                if (!p.needsCountry())
                    complete.add(post(p.label(), p.asWritten(), parties));
            Optional<String> party = complete.stream().map(Post::party).flatMap(Optional::stream).findFirst()
                    .or(() -> Optional.ofNullable(delegationParty.get(name)));
            Optional<String> country = complete.stream().map(Post::country).flatMap(Optional::stream).findFirst()
                    .or(() -> party.map(parties::get).map(b -> b.country));
            for (PostParser.Parsed p : written.values())
                if (p.needsCountry() && country.isPresent())
                    complete.add(post(p.label() + " of " + country.get(), p.asWritten(), parties));
            Set<String> labels = new LinkedHashSet<>();
            for (Post p : complete)
                if (labels.add(p.label()))
                    holdings.add(new Holding(name, p, evidenceOf(sentences, naming.getOrDefault(name, List.of()), p.asWritten())));
            persons.add(new Person(name, aliases.getOrDefault(name, Set.of()), party, country));
        }

        Optional<LocalDate> reference = datelineDate.or(() -> published);
        Map<String, String> countryOf = new LinkedHashMap<>();
        persons.forEach(p -> p.country().ifPresent(c -> countryOf.put(p.name(), c)));
        List<Meeting> meetings = new MeetingFinder(index, datelinePlace, reference, countryOf).find(sentences);
        List<Endorsement> endorsements = new EndorsementFinder(index).find(sentences);

        Set<String> countries = new LinkedHashSet<>();
        index.all(m -> m.kind() == Mention.Kind.COUNTRY).forEach(m -> countries.add(m.key()));
        parties.values().forEach(p -> { if (p.country != null) countries.add(p.country); });
        persons.forEach(p -> p.country().ifPresent(countries::add));
        Set<String> places = new LinkedHashSet<>(entities.places);
        datelinePlace.ifPresent(places::add);
        meetings.forEach(m -> m.place().ifPresent(places::add));

        return new ArticleFacts(article, published, datelinePlace, datelineDate, persons,
                parties.values().stream().map(EntityFinder.PartyBuilder::build).toList(),
                List.copyOf(countries), List.copyOf(places), List.copyOf(entities.initiatives),
                holdings, meetings, endorsements);
    }

    /** "BEIJING" → "Beijing"; "Bejing" → "Beijing" when one typo away from a known city. */
    private String placeName(String written) {
        return ref.city(written).map(ReferenceData.City::name).orElseGet(() -> titleCase(written));
    }

    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT)))
            return s;
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" "))
            if (!w.isEmpty())
                b.append(b.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        return b.toString();
    }

    private static List<Sentence> sentences(Article article) {
        List<Sentence> out = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>(article.body());
        paragraphs.addAll(article.captions());
        paragraphs.sort(Comparator.comparingInt(Paragraph::start));
        for (Paragraph p : paragraphs) {
            Paragraph from = p;
            if (article.dateline().isPresent() && p.start() < article.dateline().get().end() && article.dateline().get().end() <= p.end())
                from = new Paragraph(p.text().substring(article.dateline().get().end() - p.start()), article.dateline().get().end());
            out.addAll(Sentences.split(from, article.captions().contains(p)));
        }
        return out;
    }

    private static Map<String, Map<String, PostParser.Parsed>> posts(PostParser parser, TextIndex index,
                                                                     List<Sentence> sentences) {
        Map<String, Map<String, PostParser.Parsed>> out = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (Mention m : index.within(s.start(), s.end(), Mention.Kind.PERSON)) {
                List<PostParser.Parsed> found = new ArrayList<>(parser.before(m, s.start(), s.end()));
                found.addAll(parser.after(m, s.end()));
                for (PostParser.Parsed p : found)
                    out.computeIfAbsent(m.key(), k -> new LinkedHashMap<>()).putIfAbsent(p.label(), p);
            }
        }
        return out;
    }

    /** A post of a party or of a country: the party its label names, the country it names outside party names. */
    private Post post(String label, String asWritten, Map<String, EntityFinder.PartyBuilder> parties) {
        String partyName = null;
        String written = null;
        int at = Integer.MAX_VALUE;
        for (EntityFinder.PartyBuilder p : parties.values()) {
            for (String name : names(p)) {
                int i = label.indexOf(name);
                if (i >= 0 && (i < at || i == at && name.length() > written.length())) {
                    at = i;
                    partyName = p.name;
                    written = name;
                }
            }
        }
        String outsideParty = written == null ? label : label.replace(written, " ");
        String country = names.countryIn(outsideParty).orElse(null);
        if (country == null && partyName != null)
            country = parties.get(partyName).country;
        return new Post(label, asWritten, organs(label), Optional.ofNullable(partyName), Optional.ofNullable(country));
    }

    /** A party's name and the other names the text uses for it ("Funcinpec Party", "Prosperity Party"). */
    private static List<String> names(EntityFinder.PartyBuilder p) {
        List<String> all = new ArrayList<>(p.aliases);
        all.add(0, p.name);
        return all;
    }

    /** "member of the Standing Committee of the Political Bureau of the X Central Committee" → its organs, innermost first. */
    static List<String> organs(String label) {
        int of = label.indexOf(" of ");
        if (of < 0)
            return List.of();
        String organ = label.startsWith("the ", of + 4) ? label.substring(of + 8) : label.substring(of + 4);
        List<String> chain = new ArrayList<>();
        chain.add(organ);
        Matcher m = OF_NAME.matcher(organ);
        while (m.find()) {
            // stop inside a name such as "Communist Party of China" or "National Assembly of Vietnam"; the
            // regex is tried only when the last run of letters before " of " is an organ's head
            String head = organ.substring(0, m.start());
            if (ORGAN_HEADS.contains(lastRunOfLetters(head)) && ORGAN_HEAD_AT_END.matcher(head).matches())
                chain.add(organ.substring(m.end()));
        }
        return chain.stream().distinct().toList();
    }

    private static String lastRunOfLetters(String s) {
        int start = s.length();
        while (start > 0 && Token.letter(s.charAt(start - 1)))
            start--;
        return s.substring(start);
    }

    /** Each person's other written forms ("Cai", "Morales"), in text order: one pass over the people's mentions. */
    private static Map<String, Set<String>> aliases(TextIndex index) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Mention m : index.all(m -> m.kind() == Mention.Kind.PERSON)) {
            String written = index.text.substring(m.start(), m.end());
            if (!written.equals(m.key()))
                out.computeIfAbsent(m.key(), k -> new LinkedHashSet<>()).add(written);
        }
        return out;
    }

    /** The sentences that name each person, in text order: one pass over the sentences' mentions of people. */
    private static Map<String, List<Sentence>> naming(TextIndex index, List<Sentence> sentences) {
        Map<String, List<Sentence>> out = new LinkedHashMap<>();
        for (Sentence s : sentences)
            for (Mention m : index.within(s.start(), s.end(), Mention.Kind.PERSON)) {
                List<Sentence> named = out.computeIfAbsent(m.key(), k -> new ArrayList<>());
                if (named.isEmpty() || named.get(named.size() - 1) != s)
                    named.add(s);
            }
        return out;
    }

    /** The first sentence that names the person and writes the post; else the first that writes the post. */
    private static Evidence evidenceOf(List<Sentence> sentences, List<Sentence> naming, String asWritten) {
        for (Sentence s : naming)
            if (s.text().contains(asWritten))
                return s.evidence();
        return sentences.stream().filter(s -> s.text().contains(asWritten)).findFirst().map(Sentence::evidence)
                .orElse(sentences.get(0).evidence());
    }

    /** "a delegation of the Baath Party of Syria led by X", "an ANC delegation ... led by X": X is of that party. */
    private static Map<String, String> delegationParties(TextIndex index, List<Sentence> sentences) {
        Map<String, String> out = new LinkedHashMap<>();
        String lastDelegationParty = null;
        for (Sentence s : sentences) {
            for (Mention party : index.within(s.start(), s.end(), Mention.Kind.PARTY)) {
                // each pattern holds its lower-case word: most mentions are passed on a plain search
                String before = index.text.substring(Math.max(s.start(), party.start() - 40), party.start());
                String after = index.text.substring(party.end(), Math.min(s.end(), party.end() + 40));
                if (before.contains("delegation") && DELEGATION_OF_BEFORE.matcher(before).matches()
                        || (after.contains("delegation") || after.contains("group")) && DELEGATION_AFTER.matcher(after).matches())
                    lastDelegationParty = party.key();
            }
            if (lastDelegationParty == null)
                continue;
            for (Mention p : index.within(s.start(), s.end(), Mention.Kind.PERSON)) {
                String before = index.text.substring(Math.max(s.start(), p.start() - 60), p.start());
                if ((before.contains("led") || before.contains("headed")) && LED_BY_BEFORE.matcher(before).matches())
                    out.putIfAbsent(p.key(), lastDelegationParty);
            }
        }
        return out;
    }
}
