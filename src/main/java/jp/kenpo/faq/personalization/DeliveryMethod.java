package jp.kenpo.faq.personalization;

/** How the notice was sent (6-1, 6-2). */
public enum DeliveryMethod {
    /** 2024年8月に事業主から届出された住所宛、特定記録郵便 */
    HOME_ADDRESS_RECORDED_MAIL,
    /** 事業所へ一括送付、事業所経由で受け取り */
    VIA_WORKPLACE,
    /** 当健保組合に届出の居所住所宛、特定記録郵便 */
    RESIDENCE_RECORDED_MAIL
}
