package jp.kenpo.faq.personalization;

/** Whether the member was in the bulk mailing, and why (5-1). A rule result. */
public final class NoticeDecision {

    private final boolean target;
    private final Reason reason;

    public NoticeDecision(boolean target, Reason reason) {
        this.target = target;
        this.reason = reason;
    }

    public boolean isTarget() {
        return target;
    }

    public Reason getReason() {
        return reason;
    }
}
