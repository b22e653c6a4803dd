package jp.kenpo.faq.faq;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's id as its FAQ writes it: 項番 such as {@code 10-2} here, any other string in a spreadsheet another
 * society keeps ({@code 0}, {@code Q-017}, {@code 資格-3}). Ids are ordered naturally, runs of digits as numbers,
 * so that 2-1 comes before 10-1 and Q9 before Q10.
 */
public record FaqId(String value) implements Comparable<FaqId> {

    /** Longer than any id a person writes in a spreadsheet cell; keeps ids usable in buttons and postbacks. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern KOBAN = Pattern.compile("(\\d{1,4})\\s*[-‐－ー―]\\s*(\\d{1,4})");
    private static final Pattern DIGITS_OR_NOT = Pattern.compile("\\d+|\\D+");

    public FaqId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("FAQ id is missing");
        }
    }

    /**
     * Reads an id as people type it: full-width digits and dashes are accepted, and 項番 is written one way
     * ({@code ５－０２} is {@code 5-2}).
     */
    public static FaqId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("FAQ id is missing");
        }
        String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        if (normalized.length() > MAX_LENGTH || normalized.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not an FAQ id (at most " + MAX_LENGTH + " characters on one line)");
        }
        Matcher koban = KOBAN.matcher(normalized);
        if (koban.matches()) {
            return new FaqId(Integer.parseInt(koban.group(1)) + "-" + Integer.parseInt(koban.group(2)));
        }
        return new FaqId(normalized);
    }

    @Override
    public int compareTo(FaqId other) {
        Matcher mine = DIGITS_OR_NOT.matcher(value);
        Matcher theirs = DIGITS_OR_NOT.matcher(other.value);
        while (mine.find()) {
            if (!theirs.find()) {
                return 1;
            }
            int byRun = compareRuns(mine.group(), theirs.group());
            if (byRun != 0) {
                return byRun;
            }
        }
        return theirs.find() ? -1 : 0;
    }

    private static int compareRuns(String a, String b) {
        boolean aDigits = Character.isDigit(a.charAt(0));
        boolean bDigits = Character.isDigit(b.charAt(0));
        if (aDigits && bDigits) {
            String aTrimmed = a.replaceFirst("^0+(?=\\d)", "");
            String bTrimmed = b.replaceFirst("^0+(?=\\d)", "");
            int byLength = Integer.compare(aTrimmed.length(), bTrimmed.length());
            return byLength != 0 ? byLength : aTrimmed.compareTo(bTrimmed);
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return value;
    }
}
