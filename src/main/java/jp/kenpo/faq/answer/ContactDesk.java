package jp.kenpo.faq.answer;

import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqItem;

/**
 * お問合せ先: the society's contact desk, exactly as item 4-1 gives it, for questions the FAQ cannot answer.
 *
 * @param faqId   the item it is quoted from
 * @param message a polite lead-in for the member
 * @param contact the 【お問合せ先】 block of item 4-1
 */
public record ContactDesk(String faqId, String message, String contact) {

    static final String SOURCE_ID = "4-1";
    private static final String HEADING = "【お問合せ先】";
    private static final String MESSAGE = "申し訳ございません。ご質問に該当する回答が見つかりませんでした。お手数ですが、下記までお問い合わせください。";

    /** @throws IllegalStateException when item 4-1 no longer holds the contact block */
    static ContactDesk from(FaqCorpus corpus) {
        FaqItem item = corpus.get(SOURCE_ID);
        int start = item.answer().indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException("FAQ item 4-1 must contain " + HEADING + " with the contact desk");
        }
        return new ContactDesk(
                SOURCE_ID, MESSAGE, item.answer().substring(start).strip());
    }
}
