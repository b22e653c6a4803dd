package jp.kenpo.faq.faq;

/**
 * One FAQ item (項番) exactly as the society wrote it.
 *
 * @param id       項番, e.g. {@code 5-2}
 * @param category the category title, e.g. 「資格情報のお知らせ」の作成・送付対象者に関するQA
 * @param question the item's own question
 * @param answer   the answer, one paragraph per line
 */
public record FaqItem(FaqId id, String category, String question, String answer) {}
