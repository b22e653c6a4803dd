package jp.kenpo.faq.faq;

import java.util.List;

/**
 * An item written for some members only (one entry of {@code faq-corpus/audiences.yaml}).
 *
 * @param id        the item
 * @param audiences the member must belong to every one of them for the item to fit
 * @param otherwise the items that answer the same question for the other members, tried in order
 * @param otherwiseIfNotNegated for the other members, the items that answer instead when the question denies
 *     nothing (「届きますか」 asks whether it will come; 「届かない」 says it did not): tried before {@code otherwise}
 * @param note      in the FAQ's words, who the item is for (for staff reading the file and for agents)
 */
public record ItemAudience(
        FaqId id, List<Audience> audiences, List<FaqId> otherwise, List<FaqId> otherwiseIfNotNegated, String note) {

    public ItemAudience {
        audiences = List.copyOf(audiences);
        otherwise = List.copyOf(otherwise);
        otherwiseIfNotNegated = List.copyOf(otherwiseIfNotNegated);
    }

    /** The items to try for another member, in order, given whether the question denies something. */
    public List<FaqId> otherwise(boolean negatedQuestion) {
        return negatedQuestion || otherwiseIfNotNegated.isEmpty() ? otherwise : otherwiseIfNotNegated;
    }
}
