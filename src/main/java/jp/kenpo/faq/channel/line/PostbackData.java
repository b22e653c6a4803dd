package jp.kenpo.faq.channel.line;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.faq.personalization.Fact;
import jp.kenpo.faq.personalization.MemberFacts;

/**
 * What a quick-reply button carries, so the conversation needs no server-side state: the FAQ item and the facts
 * the member has answered so far, keyed and written as in the API's member facts, with {@code null} for a stated
 * null, e.g. {@code i=5-2&scheme=VOLUNTARY_CONTINUATION&qualificationAcquiredOn=2024-09-14}. Names, not ordinals,
 * so that reordering an enum cannot change what a button already sent means. Within LINE's 300 characters even
 * with every fact. Buttons sent in the earlier compact form are still understood ({@link LegacyPostback}).
 *
 * <p>A button that answers a follow-up question starts {@code f=} instead of {@code i=}: the member has read the item
 * already, so the reply goes on with what the answer changes instead of repeating the item's text.
 *
 * @param itemId    the FAQ item the conversation is about
 * @param facts     the facts answered so far
 * @param answering whether the tap answers a follow-up question about the item (rather than picks the item)
 */
record PostbackData(String itemId, MemberFacts facts, boolean answering) {

    PostbackData(String itemId, MemberFacts facts) {
        this(itemId, facts, false);
    }

    static final int MAX_LENGTH = 300;
    private static final String NULL = "null";

    /** The same conversation with one more answered fact (its value as in the API's member facts, or null). */
    PostbackData with(Fact fact, Object value) {
        Object parsed = value == null ? null : fact.parse(value.toString());
        return new PostbackData(itemId, facts.toBuilder().set(fact, parsed).build(), true);
    }

    String encode() {
        StringBuilder out = new StringBuilder(answering ? "f=" : "i=").append(itemId);
        for (Fact fact : facts.stated()) {
            Object value = fact.json(facts.value(fact));
            out.append('&').append(fact.key()).append('=').append(value == null ? NULL : value);
        }
        return out.toString();
    }

    /** @return empty when the data is not ours or is damaged */
    static Optional<PostbackData> decode(String data) {
        if (data == null || data.length() > MAX_LENGTH || !(data.startsWith("i=") || data.startsWith("f="))) {
            return Optional.empty();
        }
        boolean answering = data.startsWith("f=");
        try {
            Map<String, String> pairs = new LinkedHashMap<>();
            for (String pair : data.split("&")) {
                String[] kv = pair.split("=", 2);
                pairs.put(kv[0], kv[1]);
            }
            String itemId = pairs.remove(answering ? "f" : "i");
            Map<String, String> answers = LegacyPostback.isLegacy(pairs) ? LegacyPostback.translate(pairs) : pairs;
            MemberFacts.Builder facts = MemberFacts.builder();
            answers.forEach((key, text) -> {
                Fact fact = Fact.byKey(key).orElseThrow();
                facts.set(fact, text.equals(NULL) ? null : fact.parse(text));
            });
            return Optional.of(new PostbackData(itemId, facts.build(), answering));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }
}
