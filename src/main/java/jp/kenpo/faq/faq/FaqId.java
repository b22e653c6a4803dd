package jp.kenpo.faq.faq;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 項番: category number and item number, e.g. {@code 10-2}; ordered numerically, not as text. */
public record FaqId(int category, int item) implements Comparable<FaqId> {

    private static final Pattern FORM = Pattern.compile("(\\d{1,2})\\s*[-‐－ー―]\\s*(\\d{1,2})");

    /** Parses {@code 5-2}; full-width digits and dashes are accepted since people type them. */
    public static FaqId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("FAQ id is missing");
        }
        String normalized = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFKC);
        Matcher matcher = FORM.matcher(normalized);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not an FAQ id (項番 like 5-2): " + text);
        }
        return new FaqId(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public int compareTo(FaqId other) {
        int byCategory = Integer.compare(category, other.category);
        return byCategory != 0 ? byCategory : Integer.compare(item, other.item);
    }

    @Override
    public String toString() {
        return category + "-" + item;
    }
}
