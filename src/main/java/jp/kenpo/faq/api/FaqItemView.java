package jp.kenpo.faq.api;

import jp.kenpo.faq.faq.FaqItem;

/** An FAQ item as the API shows it. */
public record FaqItemView(String id, String category, String question, String answer) {

    static FaqItemView of(FaqItem item) {
        return new FaqItemView(item.id().toString(), item.category(), item.question(), item.answer());
    }
}
