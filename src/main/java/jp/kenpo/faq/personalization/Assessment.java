package jp.kenpo.faq.personalization;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules concluded about one member on one day. A value that could not be decided is null, and
 * {@code missingFacts} says which facts would decide it.
 *
 * @param referenceDate            基準日 (2024-08-31, or 2024-09-14 for 任意継続・特例退職)
 * @param elderlyBirthLimit        born on or before it, a member had a 高齢受給者証 on the reference date (7-1 ※2)
 * @param noticeTarget             in the bulk mailing of the notice
 * @param reason                   why (enrollment is checked first)
 * @param laterNoticeWithoutDigits a later notice without the last four digits of the My Number is to come
 * @param delivery                 how the notice was sent
 * @param copayRatioPrinted        a 負担割合 is printed on the notice
 * @param copayRatio               the printed ratio (2 or 3)
 * @param canUseMynaCard           the My Number card works as health insurance card
 * @param explanations             statements for the member, each citing its FAQ items
 * @param missingFacts             facts still needed, in the order to ask them
 * @param itemFits                 for items written for some members only: whether this member is one of them, and why
 * @param firedRules               names of the rules that fired, for tests and for the agent console
 */
public record Assessment(
        LocalDate referenceDate,
        LocalDate elderlyBirthLimit,
        Boolean noticeTarget,
        Reason reason,
        Boolean laterNoticeWithoutDigits,
        DeliveryMethod delivery,
        Boolean copayRatioPrinted,
        Integer copayRatio,
        Boolean canUseMynaCard,
        List<Explanation> explanations,
        List<MissingFact> missingFacts,
        List<ItemFit> itemFits,
        List<String> firedRules) {

    /** Whether the rules found that the item does not fit this member (false also where the facts do not tell). */
    public boolean doesNotFit(String itemId) {
        return itemFits.stream().anyMatch(f -> !f.fits() && f.itemId().equals(itemId));
    }

    /** What the rules found about one item, in the order of its audiences. */
    public List<ItemFit> fitsOf(String itemId) {
        return itemFits.stream().filter(f -> f.itemId().equals(itemId)).toList();
    }
}
