package org.w3id.liaison.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds who backs a named initiative: a verb of support governing the initiative ("supports and actively
 * participates in the Belt and Road Initiative", "jointly advance the Global Development Initiative, ...")
 * and the subject of that verb — a country, party or person followed by its verb ("China is ready to ...",
 * "Cuba supports"), not one that is only the object of a preposition ("work with Cuba").
 */
final class EndorsementFinder {
    /** Tried only at its verbs, each word as written in the pattern (a match cannot start elsewhere). */
    private static final CuedPattern VERB = CuedPattern.startingWith(
            "\\b(?:support(?:s|ed|ing)?|participat(?:e|es|ed|ing)\\s+in|join(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|"
            + "advanc(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|"
            + "implement(?:s|ed|ing)?|embrac(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)\\s+to|"
            + "build(?:s|ing)?|uphold(?:s|ing)?|engag(?:e|es|ed|ing)\\s+in|sign(?:s|ed)?\\s+(?:up\\s+)?(?:to|on))\\b",
            "support", "supports", "supported", "supporting", "participate", "participates", "participated",
            "participating", "join", "joins", "joined", "joining", "welcome", "welcomes", "welcomed", "welcoming",
            "advance", "advances", "advanced", "advancing", "promote", "promotes", "promoted", "promoting", "back",
            "backs", "backed", "backing", "endorse", "endorses", "endorsed", "endorsing", "implement", "implements",
            "implemented", "implementing", "embrace", "embraces", "embraced", "embracing", "contribute",
            "contributes", "contributed", "contributing", "build", "builds", "building", "uphold", "upholds",
            "upholding", "engage", "engages", "engaged", "engaging", "sign", "signs", "signed");
    /** What may stand between the verb and the initiative: "the", "actively", other initiatives, commas. */
    private static final Pattern FILLER = Pattern.compile(
            "^(?:\\s|,|\\band\\b|\\bthe\\b|\\bactively\\b|\\bjointly\\b|\\bfirmly\\b|\\bfully\\b|\\bfurther\\b|"
            + "\\balso\\b|\\bin\\b|\\bas well as\\b|\\bthe construction of\\b|\\bhigh-quality\\b|\\u0000)*$");
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "^\\)?\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:,[^,]{0,60},\\s*)?(?:\\p{Ll}+ly\\s+)?(?:is|are|was|were|will|would|shall|should|can|could|stands?|"
            + "supports?|has|have|had|always|firmly|also|actively|welcomes?|joins?|participates?|hopes?|wants?|"
            + "wishes?|agrees?|pledges?|vows?|remains?|continues?|expects?|plans?|looks?|backs?|endorses?|"
            + "appreciates?|highly|speaks?|said|says)\\b");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "\\b(?:with|to|from|of|for|between|by|on|in|at|among|and|toward|towards|than)\\s+$");

    private final TextIndex index;

    EndorsementFinder(TextIndex index) {
        this.index = index;
    }

    List<Endorsement> find(List<Sentence> sentences) {
        Map<String, Endorsement> out = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (Mention init : index.within(s.start(), s.end(), Mention.Kind.INITIATIVE)) {
                Optional<Integer> verb = governingVerb(s, init);
                if (verb.isEmpty())
                    continue;
                subject(s, verb.get()).ifPresent(agent -> out.putIfAbsent(agent.kind() + agent.name() + "|" + init.key(),
                        new Endorsement(agent, init.key(), s.evidence())));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Where the verb governing the initiative starts, if the text between them is only filler. */
    private Optional<Integer> governingVerb(Sentence s, Mention init) {
        CuedPattern.Scan v = VERB.scan(index.text.substring(s.start(), init.start()));
        Integer found = null;
        while (v.find()) {
            String between = blankInitiatives(s.start() + v.end(), init.start());
            if (FILLER.matcher(between).matches())
                found = s.start() + v.start();
        }
        return Optional.ofNullable(found);
    }

    private String blankInitiatives(int from, int to) {
        StringBuilder b = new StringBuilder(index.text.substring(from, to));
        for (Mention m : index.within(from, to, Mention.Kind.INITIATIVE))
            for (int i = m.start(); i < m.end(); i++)
                b.setCharAt(i - from, '\u0000');
        return b.toString();
    }

    private Optional<Endorsement.Agent> subject(Sentence s, int verb) {
        List<Mention> before = index.within(s.start(), verb, null);
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            Endorsement.Kind kind = switch (m.kind()) {
                case COUNTRY -> Endorsement.Kind.COUNTRY;
                case PARTY -> Endorsement.Kind.PARTY;
                case PERSON -> Endorsement.Kind.PERSON;
                default -> null;
            };
            if (kind == null)
                continue;
            String prefix = index.text.substring(Math.max(s.start(), m.start() - 20), m.start());
            String after = index.text.substring(m.end(), Math.min(s.end(), verb + 40));
            if (PREPOSITION_BEFORE.matcher(prefix).find() || !SUBJECT_VERB.matcher(after).find())
                continue;
            return Optional.of(new Endorsement.Agent(kind, m.key()));
        }
        return Optional.empty();
    }
}
