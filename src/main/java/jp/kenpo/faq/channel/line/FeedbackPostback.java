package jp.kenpo.faq.channel.line;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 解決した／解決しない button carries: the answer's id and the member's word, {@code fb=<answerId>&h=1} for
 * 解決した and {@code h=0} for 解決しない. Nothing about the member or the chat: the word is kept against the answer.
 * Read strictly — anything but exactly this form is refused, so damaged or forged data records nothing.
 *
 * @param answerId the answer the member read ({@code Answer#id()})
 * @param helpful  whether it solved the member's question
 */
record FeedbackPostback(UUID answerId, boolean helpful) {

    static final String PREFIX = "fb=";
    private static final Pattern FORM =
            Pattern.compile("fb=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})&h=([01])");

    String encode() {
        return PREFIX + answerId + "&h=" + (helpful ? "1" : "0");
    }

    /** Whether the data is meant as feedback (well-formed or not), rather than a conversation's button. */
    static boolean isFeedback(String data) {
        return data != null && data.startsWith(PREFIX);
    }

    /** @return empty when the data is not exactly {@code fb=<lower-case UUID>&h=0|1} */
    static Optional<FeedbackPostback> decode(String data) {
        if (data == null || data.length() > PostbackData.MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher form = FORM.matcher(data);
        if (!form.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackPostback(
                UUID.fromString(form.group(1)), form.group(2).equals("1")));
    }

    /** An answer's id as its buttons carry it; empty for an id that is not a lower-case UUID (no buttons then). */
    static Optional<UUID> answerId(String id) {
        if (id == null || !FORM.matcher(PREFIX + id + "&h=1").matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(id));
    }
}
