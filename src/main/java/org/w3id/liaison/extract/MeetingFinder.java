package org.w3id.liaison.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the meetings a report says took place, sentence by sentence: a verb of meeting ("held talks with",
 * "met with", "in his meeting with", "held a video call with", "co-chaired"), its host (the subject, a
 * pronoun, or the head of "the delegation") and its guests (the people named after "with", or the head of
 * the delegation "led by" someone, in that sentence or the next). Several guests named in one sentence are
 * separate meetings, as the genre reports them; the same pair reported twice is one meeting.
 */
final class MeetingFinder {
    private static final String DET = "(?:(?:a|an|the|his|her|their|separate|respective|bilateral|official|formal|"
            + "cordial|friendly)\\s+)*";
    private static final String TRIGGER_REGEX =
            "\\b(?:(?<held>held|holds|hold|had|has\\s+held|having\\s+held)\\s+" + DET
            + "(?<object>talks|meetings?|(?:video|phone|telephone)\\s+(?:call|talks|conversation)|call|conversation)"
            + "|(?<prep>(?:[Ii]n|[Dd]uring|[Aa]t)\\s+" + DET + ")(?<pobject>meetings?|talks|(?:video|phone|telephone)\\s+(?:call|talks|conversation))"
            + "|(?<while>[Ww]hile\\s+meeting)"
            + "|(?<met>(?:had\\s+)?met|meets|meet|received|receives|receive)"
            + "|(?<cochair>co-chaired|co-chairs|co-chair)"
            + "|(?<made>made\\s+" + DET + "(?:video|phone|telephone)\\s+call)"
            + "|(?<courtesy>paid\\s+" + DET + "courtesy\\s+(?:call|visit)\\s+(?:on|to))"
            + "|(?<phone>(?:talked|spoke|talks|speaks)\\s+(?:over|on|by)\\s+(?:the\\s+)?(?:phone|telephone)))\\b";
    private static final String[] VERBS = {"held", "holds", "hold", "had", "has", "having", "met", "meets", "meet",
            "received", "receives", "receive", "co", "made", "paid", "talked", "spoke", "talks", "speaks"};
    /** The words of "in the talks", "during his meeting", "at the video call", "while meeting". */
    private static final String[] PREPOSITIONS = {"in", "during", "at", "while"};
    private static final CuedPattern TRIGGER = CuedPattern.startingWith(TRIGGER_REGEX,
            Stream.concat(Arrays.stream(VERBS), Arrays.stream(PREPOSITIONS)).toArray(String[]::new));
    /**
     * The same pattern tried at its verbs alone, for texts naming no meeting, talks, video or phone: a match
     * at a preposition ends in one of those words, and only those branches start with a preposition.
     */
    private static final CuedPattern TRIGGER_AT_VERBS = CuedPattern.startingWith(TRIGGER_REGEX, VERBS);
    private static final Pattern WITH_SOON = Pattern.compile("^(?:\\s+[\\p{L}\\d,.'\\-]+){0,7}?\\s+with\\b");
    private static final CuedPattern DELEGATION = CuedPattern.startingWith("\\b(?:delegation|group|delegates)\\b",
            "delegation", "group", "delegates");
    /** "also met with the delegation": the delegation already named, not a new one. */
    private static final Pattern SAME_DELEGATION = Pattern.compile(
            "^(?:\\s+(?:also|separately|later|then))?(?:\\s+with)?\\s+(?:the|this)\\s+(?:[\\p{L}'\\-]+\\s+){0,3}(?:delegation|group)\\b");
    private static final CuedPattern LED_BY_PASSIVE = CuedPattern.startingWith(
            "\\b(?:delegation|group)\\b[^.]{0,80}?\\b(?:was|were|is)\\s+(?:led|headed)\\s+by\\s+$", "delegation", "group");
    private static final CuedPattern LED_BY = CuedPattern.startingWith("\\b(?:led|headed)\\s+by\\s+$", "led", "headed");
    /** "X led the delegation": within {@value #LED_ACTIVE_REACH} characters of X and the same sentence. */
    private static final CuedPattern LED_ACTIVE = CuedPattern.startingWith(
            "\\b(?:led|headed)\\s+the\\b[^.]{0,60}?\\b(?:delegation|group)\\b", "led", "headed");
    private static final int LED_ACTIVE_REACH = 200;
    private static final Pattern ATTENDED = Pattern.compile(
            "\\b(?:also\\s+)?(?:attended|(?:was|were)\\s+present\\s+at|took\\s+part\\s+in)\\s+the\\s+(?:meeting|talks)\\b"
            + "|\\b(?:was|were)\\s+(?:also\\s+)?present\\s*[.,;]"
            + "|\\b[Aa]lso\\s+present\\s+at\\s+the\\s+(?:meeting|talks)\\s+(?:was|were)\\b");
    private static final CuedPattern PRONOUN = CuedPattern.startingWith("\\b(?:[Hh]e|[Ss]he)\\b", "he", "she");
    private static final CuedPattern OWN_DELEGATION = CuedPattern.startingWith(
            "\\b[Tt]he\\s+(?:\\p{L}+\\s+){0,3}delegation\\b", "the");
    private static final CuedPattern HERE = CuedPattern.startingWith("\\bhere\\b", "here");
    private static final Pattern COORDINATED = Pattern.compile(",?\\s+and\\s+(?:also\\s+|then\\s+|later\\s+)?$");
    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\b[Tt]he\\s+\\p{Lu}[\\p{L}\\s]*?\\s+(?:official|leader|president|guest|visitor|minister|envoy|politician)\\b");
    /** Between the last of joint subjects and their verb: an apposition, a day, "also". */
    private static final Pattern JOINT_GAP = Pattern.compile(
            "(?:\\s*\\([^)]{0,12}\\))?(?:\\s*,[^,;]{0,160},)?\\s*(?:(?:also|jointly|on\\s+\\p{Lu}\\p{Ll}+day|\\p{Lu}\\p{Ll}+day)\\s+)*");
    private static final Pattern VIRTUAL = Pattern.compile("^\\s*(?:via|by|through|over)\\s+(?:a\\s+)?(?:video|videoconference)|^\\s*(?:virtually|online)\\b");

    private static final Pattern SPEAKS = Pattern.compile("(?s)^\\s*(?:also\\s+)?(?:said|says|noted|added|stressed|spoke|"
            + "expressed|told|called|pointed|hailed|welcomed|praised|urged|congratulated|emphasized|agreed)\\b.*");
    private static final Pattern AND_AT_END = Pattern.compile("(?s).*\\band$");
    private static final Pattern GUEST_LINK_AT_END = Pattern.compile(
            "(?s).*\\b(?:with|and|by|on)(?:\\s+(?:its|his|her|their|the\\s+visiting|visiting))?$");
    /** The words {@link #GUEST_LINK_AT_END} may end with: a text ending with none of them is not tried. */
    private static final String[] GUEST_LINK_WORDS = {"with", "and", "by", "on", "its", "his", "her", "their",
            "visiting"};
    private static final Pattern COUNTERPART_AT_END = Pattern.compile(
            "(?s).*\\bwith\\s+(?:his|her|their)\\s+(?:\\p{Lu}[\\p{L}\\s]*?\\s+)?counterparts?$");

    /** How many days before its dateline a dispatch reports events from the dateline's city. */
    static final int DISPATCH_DAYS = 3;

    private final TextIndex index;
    private final Map<String, String> countryOf;
    private final Optional<String> datelinePlace;
    private final Optional<LocalDate> reference;
    private final List<Draft> meetings = new ArrayList<>();

    /** A meeting while the report is read. */
    private static final class Draft {
        String kind;
        final Set<String> participants = new LinkedHashSet<>();
        Optional<LocalDate> date;
        Optional<String> place;
        Evidence evidence;
    }

    /**
     * @param countryOf the country each person serves, to resolve "the Cuban official" to the Cuban named
     *                  last before it
     */
    MeetingFinder(TextIndex index, Optional<String> datelinePlace, Optional<LocalDate> reference,
                  Map<String, String> countryOf) {
        this.index = index;
        this.countryOf = countryOf;
        this.datelinePlace = datelinePlace;
        this.reference = reference;
    }

    List<Meeting> find(List<Sentence> sentences) {
        Optional<LocalDate> narrativeDate = Optional.empty();
        Optional<String> narrativePlace = Optional.empty();
        String lastSubject = null;
        String ownHead = null;     // head of the delegation the report follows ("the delegation met with X")
        String guestHead = null;   // head of the delegation last received ("Y also met with the delegation")
        Draft pending = null;
        for (Sentence s : sentences) {
            Dates.When when = Dates.in(s.text(), reference);
            Optional<LocalDate> date = when.date().isPresent() || when.range() ? when.date() : narrativeDate;
            Optional<String> place = placeIn(s);
            Optional<String> where = place.isPresent() ? place : narrativePlace;
            List<Mention> persons = index.within(s.start(), s.end(), Mention.Kind.PERSON);

            // "The delegation was led by X", "X led the delegation": the guest a meeting was waiting for
            Mention leader = leaderIn(s, persons);
            if (leader != null) {
                String led = leader.key();
                CuedPattern.Scan verb = verbsIn(s.text());
                if (pending != null && !pending.participants.contains(led)) {
                    pending.participants.add(led);
                    pending = null;
                    guestHead = led;
                } else if (!verb.find() || leader.start() < s.start() + verb.start()) {
                    // "The Chinese delegation, headed by X, held meetings with ...": the delegation we follow
                    ownHead = led;
                }
            }
            Matcher attended = ATTENDED.matcher(s.text());
            boolean attendance = !meetings.isEmpty() && mayTellAttendance(s.text()) && attended.find();
            if (attendance) {
                // "X attended the meeting", or "Also present at the meeting was X"
                persons.stream().filter(p -> p.end() <= s.start() + attended.start()).findFirst()
                        .or(() -> persons.stream().filter(p -> p.start() >= s.start() + attended.end()).findFirst())
                        .ifPresent(p -> meetings.get(meetings.size() - 1).participants.add(p.key()));
            }

            CuedPattern.Scan t = verbsIn(s.text());
            while (!attendance && t.find()) {
                if (t.group("met") != null && !metTakesObject(s, t)) {
                    // "X and Y met": no object, two subjects
                    List<String> together = jointSubjects(persons, s.start(), s.start() + t.start());
                    if (together.size() >= 2) {
                        add(Meeting.MEETING, together, date, where, s);
                        break;
                    }
                    continue;
                }
                int trigger = s.start() + t.start();
                int triggerEnd = s.start() + t.end();
                boolean prepositional = t.group("prep") != null || t.group("while") != null;
                Optional<Integer> next = coordinatedVerb(s, t.end());
                String kind = kind(t.group(), s.text().substring(t.end()));
                List<String> participants = new ArrayList<>();
                String host;
                List<String> guests;
                if (t.group("cochair") != null) {
                    persons.stream().filter(m -> m.end() <= trigger).map(Mention::key).distinct().forEach(participants::add);
                    if (participants.size() >= 2)
                        add(kind, participants, date, where, s);
                    break;
                }
                Optional<Mention> subject = persons.stream().filter(m -> m.end() <= trigger).findFirst();
                if (prepositional && subject.isEmpty()) {
                    // "In his meeting with X, Y said": the host speaks after the guests
                    Mention speaker = persons.stream().filter(m -> m.start() > triggerEnd && speaks(m)).findFirst().orElse(null);
                    int guestsEnd = speaker != null ? speaker.start() : s.end();
                    host = speaker != null ? speaker.key() : pronounHost(s, triggerEnd, s.end(), lastSubject);
                    guests = guests(persons, triggerEnd, guestsEnd);
                } else {
                    host = subject.map(Mention::key).orElse(null);
                    if (host == null)
                        host = pronounHost(s, s.start(), trigger, lastSubject);
                    if (host == null)
                        host = described(s.start(), trigger);
                    if (host == null && OWN_DELEGATION.in(s.text().substring(0, t.start())))
                        host = ownHead;
                    guests = guests(persons, triggerEnd, next.orElse(s.end()));
                }
                if (host == null)
                    continue;
                final String h = host;
                guests = guests.stream().filter(g -> !g.equals(h)).distinct().toList();
                String object = s.text().substring(t.end());
                if (guests.isEmpty() && SAME_DELEGATION.matcher(object).find() && guestHead != null && !guestHead.equals(host)) {
                    add(kind, List.of(host, guestHead), date, where, s);
                } else if (guests.isEmpty()) {
                    List<String> together = jointSubjects(persons, s.start(), trigger);
                    if (together.size() >= 2 && !prepositional)
                        add(kind, together, date, where, s);      // "X and Y held talks"
                    else if (DELEGATION.in(object))
                        pending = add(kind, List.of(host), date, where, s);
                } else {
                    for (String g : guests)
                        add(kind, List.of(host, g), date, where, s);
                    if (DELEGATION.in(object))
                        guestHead = guests.get(0);
                }
                // "met with A and held talks with B": the next verb has guests of its own
                if (prepositional || next.isEmpty())
                    break;
            }
            if (!persons.isEmpty() && !s.caption())
                lastSubject = persons.get(0).key();
            if (when.date().isPresent() || when.range())
                narrativeDate = when.date();
            if (place.isPresent())
                narrativePlace = place;
        }
        return merged();
    }

    /**
     * Where a second verb of meeting joined by "and" starts ("met with A and held talks with B"), as an
     * offset in the article text, if the sentence has one after {@code from} (relative to the sentence).
     */
    private Optional<Integer> coordinatedVerb(Sentence s, int from) {
        CuedPattern.Scan next = verbsIn(s.text());
        if (!next.find(from))
            return Optional.empty();
        return COORDINATED.matcher(s.text().substring(from, next.start())).find()
                ? Optional.of(s.start() + next.start()) : Optional.empty();
    }

    /** The verbs of meeting in a text ({@link #TRIGGER}), tried at prepositions only where those can start one. */
    private static CuedPattern.Scan verbsIn(String text) {
        boolean prepositional = text.contains("meeting") || text.contains("talks") || text.contains("video")
                || text.contains("phone");
        return (prepositional ? TRIGGER : TRIGGER_AT_VERBS).scan(text);
    }

    /** "met" with an object: "met with X", "met X", "met in Beijing with X"; not "the two sides met". */
    private boolean metTakesObject(Sentence s, CuedPattern.Scan t) {
        String after = s.text().substring(t.end());
        if (after.contains("with") && WITH_SOON.matcher(after).find())
            return true;
        Optional<Mention> next = index.within(s.start() + t.end(), s.end(), null).stream().findFirst();
        String gap = next.map(m -> index.text.substring(s.start() + t.end(), m.start())).orElse("");
        return next.isPresent() && gap.length() < 40 && !gap.contains(",");
    }

    private boolean speaks(Mention m) {
        String after = index.text.substring(m.end(), Math.min(index.text.length(), m.end() + 40));
        return SPEAKS.matcher(after).matches();
    }

    /**
     * "X, ..., and Y, ..., held talks": the people before the verb joined by "and" (with their titles), when
     * the verb follows the last of them directly; "President X and President Y on Wednesday announced ...,
     * meets the expectations" has no joint subject of "meets".
     */
    private List<String> jointSubjects(List<Mention> persons, int from, int trigger) {
        List<Mention> before = persons.stream().filter(m -> m.end() <= trigger).toList();
        if (before.isEmpty() || !JOINT_GAP.matcher(index.text.substring(before.get(before.size() - 1).end(), trigger)).matches())
            return List.of();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Mention p = before.get(i);
            String lead = index.text.substring(from, Titles.start(index, p.start(), from)).stripTrailing();
            if (i == 0 || CuedPattern.endsWithOneOf(lead, "and") && AND_AT_END.matcher(lead).matches())
                out.add(p.key());
        }
        return out.stream().distinct().toList();
    }

    /** "The Cuban official met with ...": the last person named before who serves Cuba. */
    private String described(int from, int to) {
        for (Mention d : index.within(from, to, Mention.Kind.DEMONYM)) {
            String around = index.text.substring(Math.max(0, d.start() - 4), Math.min(index.text.length(), d.end() + 30));
            if (!DESCRIPTION.matcher(around).find())
                continue;
            List<Mention> earlier = index.all(m -> m.kind() == Mention.Kind.PERSON && m.end() <= d.start()
                    && d.key().equals(countryOf.get(m.key())));
            if (!earlier.isEmpty())
                return earlier.get(earlier.size() - 1).key();
        }
        return null;
    }

    private String pronounHost(Sentence s, int from, int to, String lastSubject) {
        String part = index.text.substring(from, to);
        return PRONOUN.in(part) ? lastSubject : null;
    }

    /**
     * The people named after the verb who are guests: those whose name (with its title) follows "with", "and",
     * a comma or "led by"; not those named inside another's title ("the special envoy of ... X").
     */
    private List<String> guests(List<Mention> persons, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Mention p : persons) {
            if (p.start() < from || p.end() > to)
                continue;
            int title = Titles.start(index, p.start(), from);
            String before = index.text.substring(from, title).stripTrailing();
            if (before.isEmpty() || before.endsWith(",")
                    || CuedPattern.endsWithOneOf(before, GUEST_LINK_WORDS) && GUEST_LINK_AT_END.matcher(before).matches()
                    || CuedPattern.endsWithOneOf(before, "counterpart", "counterparts") && COUNTERPART_AT_END.matcher(before).matches())
                out.add(p.key());
        }
        return out;
    }


    /** The person a sentence says leads a delegation: "led by X", "The delegation was led by X", "X led the delegation". */
    private Mention leaderIn(Sentence s, List<Mention> persons) {
        // each way of saying it has "led" or "headed": most sentences are passed without trying any
        if (!s.text().contains("led") && !s.text().contains("headed"))
            return null;
        for (Mention p : persons) {
            String before = index.text.substring(s.start(), p.start());
            int title = Titles.start(index, p.start(), s.start());
            String beforeTitle = index.text.substring(s.start(), title);
            if (LED_BY_PASSIVE.in(beforeTitle))
                return p;
            if (LED_BY.in(beforeTitle) && !verbsIn(before).find())
                return p;
            if (p == persons.get(0) && ledActively(index.text.substring(p.end(), s.end())))
                return p;
        }
        return null;
    }

    /** The first "led the delegation" after a name, with no full stop before it and not too far. */
    private static boolean ledActively(String after) {
        CuedPattern.Scan led = LED_ACTIVE.scan(after);
        if (!led.find())
            return false;
        int stop = after.indexOf('.');
        return led.start() <= LED_ACTIVE_REACH && (stop < 0 || led.start() <= stop);
    }

    private Optional<String> placeIn(Sentence s) {
        Optional<Mention> place = index.within(s.start(), s.end(), Mention.Kind.PLACE).stream().findFirst();
        if (place.isPresent())
            return Optional.of(place.get().key());
        return s.text().contains("here") && HERE.in(s.text()) ? datelinePlace : Optional.empty();
    }

    /** "talks", "call" (phone, video link, virtual) or "meeting"; a courtesy call is a meeting. */
    private static String kind(String trigger, String after) {
        String t = trigger.toLowerCase();
        if (t.contains("courtesy"))
            return Meeting.MEETING;
        if (t.contains("call") || t.contains("phone") || t.contains("conversation")
                || VIRTUAL.matcher(after.length() > 60 ? after.substring(0, 60) : after).find())
            return Meeting.CALL;
        if (t.contains("talks"))
            return Meeting.TALKS;
        return Meeting.MEETING;
    }

    private Draft add(String kind, List<String> participants, Optional<LocalDate> date, Optional<String> place, Sentence s) {
        Draft d = new Draft();
        d.kind = kind;
        d.participants.addAll(participants);
        d.date = date;
        d.place = place;
        d.evidence = s.evidence();
        meetings.add(d);
        return d;
    }

    /** One meeting per set of participants: the first report of it, completed by the later ones. */
    private List<Meeting> merged() {
        List<Draft> out = new ArrayList<>();
        for (Draft d : meetings) {
            if (d.participants.size() < 2)
                continue;
            Draft same = out.stream().filter(o -> o.participants.equals(d.participants)).findFirst().orElse(null);
            if (same == null) {
                out.add(d);
                continue;
            }
            if (same.date.isEmpty())
                same.date = d.date;
            if (same.place.isEmpty())
                same.place = d.place;
            if (same.kind.equals(Meeting.MEETING))
                same.kind = d.kind;
        }
        return out.stream().map(d -> new Meeting(d.kind, List.copyOf(d.participants), d.date,
                d.place.or(() -> datelinePlaceFor(d)), d.evidence)).toList();
    }

    /**
     * A meeting whose place the text does not state took place where the report was filed, when it took
     * place in the days the dispatch covers (on the dateline's day or up to {@value #DISPATCH_DAYS} days
     * before it). Not for calls, which happen nowhere in particular, nor for meetings of unknown date.
     */
    private Optional<String> datelinePlaceFor(Draft d) {
        if (d.kind.equals(Meeting.CALL) || d.date.isEmpty() || reference.isEmpty())
            return Optional.empty();
        long before = java.time.temporal.ChronoUnit.DAYS.between(d.date.get(), reference.get());
        return before >= 0 && before <= DISPATCH_DAYS ? datelinePlace : Optional.empty();
    }

    /** Every branch of {@link #ATTENDED} holds one of these words: a sentence without them is not tried. */
    private static boolean mayTellAttendance(String sentence) {
        return sentence.contains("attended") || sentence.contains("present") || sentence.contains("took");
    }
}
