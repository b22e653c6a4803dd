package jp.kenpo.faq.personalization;

/** The scheme a member is insured under; a dependant carries the insured's scheme. */
public enum Scheme implements JapaneseNamed {
    /** 一般 (employed) */
    REGULAR("一般（在職）"),
    /** 任意継続 */
    VOLUNTARY_CONTINUATION("任意継続"),
    /** 特例退職 */
    SPECIAL_RETIREMENT("特例退職");

    private final String japaneseName;

    Scheme(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    @Override
    public String japaneseName() {
        return japaneseName;
    }
}
