package jp.kenpo.faq.faq;

/**
 * 対象読者: the members an FAQ item is written for, as {@code faq-corpus/audiences.yaml} names them. Whether a
 * member belongs is decided by the rules ({@code rules/item-fit.drl}), from the member's facts and verdicts.
 */
public enum Audience {
    /** 一斉送付の対象となり「資格情報のお知らせ」を受け取った方 */
    NOTICE_SENT("「資格情報のお知らせ」が送付された方（一斉送付の対象の方）"),
    /** 一斉送付の対象外となった方 */
    NOTICE_NOT_SENT("一斉送付の対象外となった方"),
    /** 被保険者 */
    INSURED("被保険者の方"),
    /** 被扶養者 */
    DEPENDENT("被扶養者の方"),
    /** ジブラルタ生命・PGF生命・株式会社CLISにお勤めの方 (返送時は事業所経由で再送) */
    WORKPLACE_RESEND_EMPLOYEE("ジブラルタ生命・PGF生命・株式会社CLISにお勤めの方"),
    /** 基準日時点で高齢受給者証が交付され、お知らせに負担割合が記載された方 */
    COPAY_RATIO_PRINTED("基準日時点で「高齢受給者証」が交付されていた方（負担割合の記載あり）"),
    /** お知らせに負担割合が記載されていない方 */
    COPAY_RATIO_NOT_PRINTED("基準日時点で「高齢受給者証」が交付されていなかった方（負担割合の記載なし）");

    private final String japaneseName;

    Audience(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    /** Who the audience is, in Japanese. */
    public String japaneseName() {
        return japaneseName;
    }
}
