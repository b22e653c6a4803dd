package jp.kenpo.faq.personalization;

/** The insured's employer (the former one under 任意継続・特例退職). */
public enum Employer {
    /** ジブラルタ生命 */
    GIBRALTAR_LIFE,
    /** PGF生命 */
    PGF_LIFE,
    /** 株式会社CLIS */
    CLIS,
    /** 協栄年金ホーム */
    KYOEI_NENKIN_HOME,
    /** 三栄収納サービス */
    SANEI_SHUNO_SERVICE,
    /** PGビジネスサービス */
    PG_BUSINESS_SERVICE,
    /** ジブラルタ生命労働組合 */
    GIBRALTAR_LIFE_UNION,
    /** 株式会社PGI */
    PGI
}
