package jp.kenpo.faq.matching;

import jp.kenpo.faq.TestCorpus;
import jp.kenpo.faq.faq.FaqCorpus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index built before configuration is known is used only for the very corpus start-up loads. */
class EarlyIndexTest {

    @Test
    void isClaimedForTheBuiltInCorpusOnlyAndMatchesLikeAFreshIndex() {
        EarlyIndex.expect();
        EarlyIndex.build();
        FaqCorpus builtIn = TestCorpus.corpus(); // faq-corpus/ is what the build copies into the application
        MatchIndex early = EarlyIndex.claim(builtIn).orElseThrow();

        FaqCorpus edited = new FaqCorpus(builtIn.items(), builtIn.alternates(), List.of("宝くじの当選番号は？"),
                builtIn.synonymGroups(), builtIn.answerGroups(), builtIn.userDictionary());
        assertTrue(EarlyIndex.claim(edited).isEmpty(), "an operator's different corpus gets its own index");

        Thresholds thresholds = jp.kenpo.faq.matching.eval.ServiceThresholds.load();
        Matcher fromEarly = new Matcher(builtIn, early, thresholds);
        Matcher fresh = MatcherFactory.create(builtIn, thresholds);
        for (String question : List.of("お知らせが届きません", "マイナ保険証は使えますか", "今日の天気は？")) {
            assertEquals(fresh.match(question, 3), fromEarly.match(question, 3), question);
        }
    }
}
