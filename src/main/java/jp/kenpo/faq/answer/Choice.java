package jp.kenpo.faq.answer;

import java.util.List;
import jp.kenpo.faq.personalization.ItemFit;

/**
 * Which item the answer shows and why: the item the question matched (or the member picked), the item shown,
 * and what the rules found about both. They differ when the rules found that the matched item does not fit.
 *
 * @param matchedId the item the question matched best, or the item picked
 * @param chosenId  the item shown
 * @param fits      the rules' findings about the matched and the chosen item (empty where the facts do not tell)
 */
public record Choice(String matchedId, String chosenId, List<ItemFit> fits) {}
