package jp.kenpo.faq.personalization;

/** How the member's notice was sent (6-1, 6-2). A rule result. */
public final class Delivery {

    private final DeliveryMethod method;

    public Delivery(DeliveryMethod method) {
        this.method = method;
    }

    public DeliveryMethod getMethod() {
        return method;
    }
}
