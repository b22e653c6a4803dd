package jp.kenpo.faq.faq;

import java.util.List;

/**
 * An item written for some members only (one entry of {@code faq-corpus/audiences.yaml}).
 *
 * @param id        the item
 * @param audiences the member must belong to every one of them for the item to fit
 * @param otherwise the items that answer the same question for the other members, tried in order
 * @param note      in the FAQ's words, who the item is for (for staff reading the file and for agents)
 */
public record ItemAudience(FaqId id, List<Audience> audiences, List<FaqId> otherwise, String note) {

    public ItemAudience {
        audiences = List.copyOf(audiences);
        otherwise = List.copyOf(otherwise);
    }
}
