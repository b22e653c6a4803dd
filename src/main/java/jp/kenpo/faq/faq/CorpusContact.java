package jp.kenpo.faq.faq;

import java.util.Optional;

/**
 * お問合せ先 as the corpus configures it ({@code contact:} in corpus.yaml): what a member is told to do when the
 * FAQ has no answer.
 *
 * @param item the item the block is quoted from, so that it stays the FAQ's own words; empty when written out
 * @param text the contact block itself
 */
public record CorpusContact(Optional<FaqId> item, String text) {}
