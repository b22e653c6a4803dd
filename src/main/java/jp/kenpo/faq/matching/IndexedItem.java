package jp.kenpo.faq.matching;

import java.util.List;
import jp.kenpo.faq.faq.FaqItem;

/**
 * An item as the index holds it.
 *
 * @param item     the FAQ item
 * @param variants its own question and every 言い換え, each analysed
 * @param whole    everything the item says (question, alternates, category, answer) as one bag
 * @param answer   the category title and answer
 * @param denies   the item's own question denies something (「届きませんでした」), see {@code AnalyzedText}
 */
record IndexedItem(FaqItem item, List<FeatureSet> variants, FeatureSet whole, FeatureSet answer, boolean denies) {}
