package jp.kenpo.faq.personalization;

/** 被保険者 or 被扶養者. */
public enum InsuredType implements JapaneseNamed {
    /** 被保険者 (the insured person) */
    INSURED("被保険者"),
    /** 被扶養者 (a dependant) */
    DEPENDENT("被扶養者");

    private final String japaneseName;

    InsuredType(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    @Override
    public String japaneseName() {
        return japaneseName;
    }
}
