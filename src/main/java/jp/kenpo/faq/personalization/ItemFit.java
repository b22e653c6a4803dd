package jp.kenpo.faq.personalization;

import jp.kenpo.faq.faq.Audience;

/**
 * Whether the member belongs to an audience an FAQ item is written for, and why. A rule result; the answer puts
 * items that do not fit after those that do. No result for an audience means the facts do not tell.
 *
 * @param itemId   the item (項番)
 * @param audience the audience it is written for
 * @param fits     the member belongs to it
 * @param text     why, in Japanese, e.g. 項番6-4は…の方に向けた回答です。この方は任意継続・特例退職の方です。
 * @param rule     the name of the rule that found it (the policy sentence), for agents
 */
public record ItemFit(String itemId, Audience audience, boolean fits, String text, String rule) {

    /** The statement for an item and audience, with the member's side of it, found by the named rule. */
    public static ItemFit of(String rule, String itemId, Audience audience, boolean fits, String why) {
        return new ItemFit(
                itemId,
                audience,
                fits,
                "項番" + itemId + "は" + audience.japaneseName() + "に向けた回答です。" + (fits ? "この方に当てはまります（" : "この方には当てはまりません（")
                        + why + "）。",
                rule);
    }
}
