package jp.kenpo.faq.personalization;

/** The insured's employer (the former one under 任意継続・特例退職). */
public enum Employer implements JapaneseNamed {
    /** ジブラルタ生命 */
    GIBRALTAR_LIFE("ジブラルタ生命"),
    /** PGF生命 */
    PGF_LIFE("PGF生命"),
    /** 株式会社CLIS */
    CLIS("株式会社CLIS"),
    /** 協栄年金ホーム */
    KYOEI_NENKIN_HOME("協栄年金ホーム"),
    /** 三栄収納サービス */
    SANEI_SHUNO_SERVICE("三栄収納サービス"),
    /** PGビジネスサービス */
    PG_BUSINESS_SERVICE("PGビジネスサービス"),
    /** ジブラルタ生命労働組合 */
    GIBRALTAR_LIFE_UNION("ジブラルタ生命労働組合"),
    /** 株式会社PGI */
    PGI("株式会社PGI");

    private final String japaneseName;

    Employer(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    /** The name as the FAQ writes it. */
    @Override
    public String japaneseName() {
        return japaneseName;
    }
}
