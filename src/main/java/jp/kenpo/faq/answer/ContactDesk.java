package jp.kenpo.faq.answer;

import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;

/**
 * お問合せ先: where a member is sent when the FAQ has no answer, as the corpus configures it ({@code contact:} of
 * corpus.yaml; here quoted from item 4-1). A corpus that names no desk still tells the member, politely, that no
 * answer was found.
 *
 * @param faqId   the item the block is quoted from; null when the block is written out or there is none
 * @param message a polite lead-in for the member
 * @param contact the contact block; null when the corpus names no desk
 */
public record ContactDesk(String faqId, String message, String contact) {

    private static final String MESSAGE = "申し訳ございません。ご質問に該当する回答が見つかりませんでした。お手数ですが、下記までお問い合わせください。";
    private static final String MESSAGE_WITHOUT_DESK = "申し訳ございません。ご質問に該当する回答が見つかりませんでした。";

    public static ContactDesk from(FaqCorpus corpus) {
        return corpus.contact()
                .map(desk -> new ContactDesk(desk.item().map(FaqId::toString).orElse(null), MESSAGE, desk.text()))
                .orElseGet(() -> new ContactDesk(null, MESSAGE_WITHOUT_DESK, null));
    }

    /** Whether a statement citing {@code faqIds} sends the member to this desk. */
    boolean citedBy(java.util.List<String> faqIds) {
        return faqId != null && faqIds.contains(faqId);
    }
}
