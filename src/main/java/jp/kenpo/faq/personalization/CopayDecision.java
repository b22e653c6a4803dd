package jp.kenpo.faq.personalization;

/** Whether a 負担割合 is printed on the member's notice, and which (7-1, 7-2). A rule result. */
public final class CopayDecision {

    private final boolean printed;
    private final Integer ratio;

    public CopayDecision(boolean printed, Integer ratio) {
        this.printed = printed;
        this.ratio = ratio;
    }

    public boolean isPrinted() {
        return printed;
    }

    public Integer getRatio() {
        return ratio;
    }
}
