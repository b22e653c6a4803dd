package jp.kenpo.faq.api;

/** Scores as the API shows them: three decimals are all a reader can use, and fewer digits keep answers stable. */
final class Scores {

    private Scores() {}

    static double rounded(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
