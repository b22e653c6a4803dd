package jp.kenpo.faq.traffic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may be kept of a question: the words, not the numbers. Members type their birth date, their insurance
 * number, a phone number or an e-mail address into a question; none of it is needed to learn what the FAQ lacks,
 * so every run of digits and every address is replaced by a label that says what stood there.
 */
public final class QuestionMask {

    /** An e-mail address, half- or full-width at sign. */
    private static final Pattern MAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+\\-]+[@＠][\\p{L}\\p{N}\\-]+(?:[.．][\\p{L}\\p{N}\\-]+)+");
    /** Digits (half- or full-width), with the separators people put between groups: 03-1234-5678, 1234 5678 9012. */
    private static final Pattern NUMBER = Pattern.compile("[+＋]?[0-9０-９]+(?:[\\-‐‑–—―−－ー\\s()（）.．/／][0-9０-９]+)*");

    static final String MAIL_LABEL = "［メールアドレス］";
    static final String PHONE_LABEL = "［電話番号］";
    /** Twelve digits: the shape of a My Number (個人番号). */
    static final String MY_NUMBER_LABEL = "［個人番号］";

    static final String DIGITS_LABEL = "［数字］";

    private QuestionMask() {}

    /** Control characters (a NUL cannot even be stored) become spaces. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    public static String mask(String question) {
        String printable = CONTROL.matcher(question).replaceAll(" ");
        String withoutMail = MAIL.matcher(printable).replaceAll(MAIL_LABEL);
        Matcher numbers = NUMBER.matcher(withoutMail);
        StringBuilder masked = new StringBuilder(withoutMail.length());
        while (numbers.find()) {
            numbers.appendReplacement(masked, Matcher.quoteReplacement(labelOf(numbers.group())));
        }
        numbers.appendTail(masked);
        return masked.toString();
    }

    private static String labelOf(String number) {
        int digits = (int) number.codePoints().filter(Character::isDigit).count();
        char first = number.charAt(0);
        boolean dialled = first == '0' || first == '０' || first == '+' || first == '＋';
        if (dialled && (digits == 10 || digits == 11 || number.startsWith("+") || number.startsWith("＋"))) {
            return PHONE_LABEL;
        }
        return digits == 12 ? MY_NUMBER_LABEL : DIGITS_LABEL;
    }
}
