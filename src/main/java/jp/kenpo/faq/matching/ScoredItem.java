package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.FaqItem;

/** An item with its score in [0, 1]. */
public record ScoredItem(FaqItem item, double score) {}
