package org.w3id.liaison.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the genre writes them: "April 25, 2023", "2016-03-01", "2018.11.29", "Sept. 14", "November 29th",
 * "on Monday", "today", "on the same day", "from Nov. 23 to 26".
 */
final class Dates {
    private Dates() {}

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-.](\\d{1,2})[-.](\\d{1,2})\\b");
    private static final String[] MONTH_WORDS = {"jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    private static final CuedPattern FULL = CuedPattern.startingWith(
            "\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b", MONTH_WORDS);
    private static final CuedPattern MONTH_DAY = CuedPattern.startingWith("\\b" + MONTH + "\\s+" + DAY, MONTH_WORDS);
    private static final CuedPattern WEEKDAY = CuedPattern.startingWith(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", WEEKDAYS);
    private static final CuedPattern RANGE = CuedPattern.startingWith(
            "\\bfrom\\s+(?:" + MONTH + "\\s+\\d{1,2}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "[^.;]{0,20}?\\b(?:to|until|through)\\b", "from");
    private static final CuedPattern TODAY = CuedPattern.startingWith(
            "\\b(?:today|this morning|this afternoon|this evening|tonight)\\b", "today", "this", "tonight");
    private static final CuedPattern YESTERDAY = CuedPattern.startingWith("\\b[Yy]esterday\\b", "yesterday");
    private static final CuedPattern SAME_DAY = CuedPattern.startingWith(
            "\\b(?:on|during) the same day\\b|\\bthe same day\\b", "on", "during", "the");

    /** What a sentence says about when. */
    record When(Optional<LocalDate> date, boolean range, boolean sameDay) {
        static final When NOTHING = new When(Optional.empty(), false, false);
    }

    /** The first full date in a text (a byline or a caption). */
    static Optional<LocalDate> firstFullDate(String text) {
        Matcher iso = ISO.matcher(text);
        CuedPattern.Scan full = FULL.scan(text);
        boolean hasIso = iso.find();
        boolean hasFull = full.find();
        if (hasIso && (!hasFull || iso.start() < full.start()))
            return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        if (hasFull)
            return date(Integer.parseInt(full.group(3)), month(full.group(1)), Integer.parseInt(full.group(2)));
        return Optional.empty();
    }

    /** "April 24" or "November 29th", in the year that puts it closest before {@code near}. */
    static Optional<LocalDate> monthDay(String text, LocalDate near) {
        CuedPattern.Scan m = MONTH_DAY.scan(text);
        if (!m.find())
            return Optional.empty();
        return inYearNear(month(m.group(1)), Integer.parseInt(m.group(2)), near);
    }

    /** What the sentence says about the date of what it reports, relative to {@code reference}. */
    static When in(String sentence, Optional<LocalDate> reference) {
        // Cheap necessary conditions first: most sentences name no date at all, and each pattern below would
        // otherwise try its alternatives at every position. Every weekday, "today", "yesterday" and "the same
        // day" hold "day"; a month date holds a digit.
        boolean digit = hasDigit(sentence);
        boolean day = sentence.contains("day");
        if ((digit || day) && sentence.contains("from") && RANGE.in(sentence))
            return new When(Optional.empty(), true, false);
        if (digit) {
            CuedPattern.Scan full = FULL.scan(sentence);
            if (full.find())
                return found(date(Integer.parseInt(full.group(3)), month(full.group(1)), Integer.parseInt(full.group(2))));
        }
        if (reference.isEmpty())
            return day && SAME_DAY.in(sentence) ? new When(Optional.empty(), false, true) : When.NOTHING;
        LocalDate ref = reference.get();
        if (digit) {
            CuedPattern.Scan md = MONTH_DAY.scan(sentence);
            if (md.find())
                return found(inYearNear(month(md.group(1)), Integer.parseInt(md.group(2)), ref));
        }
        if (day) {
            CuedPattern.Scan wd = WEEKDAY.scan(sentence);
            if (wd.find()) {
                DayOfWeek weekday = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
                return found(Optional.of(ref.with(TemporalAdjusters.previousOrSame(weekday))));
            }
        }
        if ((day || sentence.contains("this ") || sentence.contains("tonight")) && TODAY.in(sentence))
            return found(Optional.of(ref));
        if (day && YESTERDAY.in(sentence))
            return found(Optional.of(ref.minusDays(1)));
        if (day && SAME_DAY.in(sentence))
            return new When(Optional.empty(), false, true);
        return When.NOTHING;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++)
            if (Character.isDigit(s.charAt(i)))
                return true;
        return false;
    }

    private static When found(Optional<LocalDate> d) {
        return d.isPresent() ? new When(d, false, false) : When.NOTHING;
    }

    private static Optional<LocalDate> inYearNear(int month, int day, LocalDate near) {
        Optional<LocalDate> same = date(near.getYear(), month, day);
        // a dateline of December in a report published in January belongs to the year before
        if (same.isPresent() && same.get().isAfter(near.plusDays(31)))
            return date(near.getYear() - 1, month, day);
        return same;
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (m) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }
}
