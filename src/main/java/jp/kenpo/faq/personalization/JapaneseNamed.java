package jp.kenpo.faq.personalization;

/** A value of a member fact that has a name in Japanese, shown to members and agents. */
public interface JapaneseNamed {

    /** The name as the society writes it, e.g. 任意継続. */
    String japaneseName();
}
