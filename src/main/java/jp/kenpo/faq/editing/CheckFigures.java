package jp.kenpo.faq.editing;

/**
 * One check file's figures for one edition.
 *
 * @param file       the file, as corpus.yaml lists it
 * @param inScope    questions the FAQ answers
 * @param answered   of those, answered (or suggested) with an acceptable item first
 * @param outOfScope questions the FAQ does not answer
 * @param refused    of those, refused
 */
public record CheckFigures(String file, int inScope, int answered, int outOfScope, int refused) {}
