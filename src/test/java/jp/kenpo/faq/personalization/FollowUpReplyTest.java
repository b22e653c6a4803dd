package jp.kenpo.faq.personalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed replies to the follow-up questions the rules ask, read as the option they name, or not read at all. */
class FollowUpReplyTest {

    private static final LocalDate REFERENCE = LocalDate.of(2024, 9, 14);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "会社員です, REGULAR",
        "会社に勤めています, REGULAR",
        "任意継続です。, VOLUNTARY_CONTINUATION",
        "特例退職被保険者です, SPECIAL_RETIREMENT",
        "わかりません, UNKNOWN",
        "よく分からない, UNKNOWN",
        // named twice, or not at all: left to the buttons
        "前に勤めていた会社の任意継続, ",
        "はい, ",
        "家族です, ",
    })
    void schemeInEverydayWords(String reply, String expected) {
        assertEquals(Optional.ofNullable(expected), value(Fact.SCHEME, reply));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "本人です, INSURED",
        "被保険者本人, INSURED",
        "妻です, DEPENDENT",
        "家族, DEPENDENT",
        "扶養されています, DEPENDENT",
        "会社員, ",
    })
    void insuredOrDependant(String reply, String expected) {
        assertEquals(Optional.ofNullable(expected), value(Fact.INSURED_TYPE, reply));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2010年から加入, 2024-09-14",
        "平成22年4月, 2024-09-14",
        "R6.9.14, 2024-09-14",
        "2024/9/15, 2024-09-15",
        "令和6年10月です, 2024-09-15",
        "20250401, 2024-09-15",
        // 2024 and 2024年9月 hold days on both sides of the boundary
        "2024年, ",
        "2024年9月, ",
        "最近です, ",
    })
    void aDateIsPlacedOnItsSideOfTheBoundary(String reply, String expected) {
        assertEquals(Optional.ofNullable(expected), value(Fact.QUALIFICATION_ACQUIRED_ON, reply));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "まだです, ",
        "登録していません, ",
        "2023年に登録しました, 2024-09-14",
    })
    void notYetRegisteredIsTheOptionWithoutADate(String reply, String expected) {
        Optional<FollowUp.Option> option = read(Fact.MY_NUMBER_REGISTERED_ON, reply);
        assertEquals(true, option.isPresent(), reply);
        assertEquals(
                expected,
                option.get().value() == null ? null : option.get().value().toString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "現在も加入しています, true",
        "退職しました, false",
    })
    void stillEnrolledIsTheOptionWithoutADateButLeavingNeedsOne(String reply, boolean read) {
        Optional<FollowUp.Option> option = read(Fact.QUALIFICATION_LOST_ON, reply);
        assertEquals(read, option.isPresent(), reply);
        option.ifPresent(o -> assertEquals(null, o.value()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "済んでいます, true",
        "はい、登録しました, true",
        "まだです, false",
        "済んでいない, false",
        "未登録, false",
        "うーん, ",
    })
    void yesOrNo(String reply, Boolean expected) {
        assertEquals(
                Optional.ofNullable(expected),
                read(Fact.MYNA_CARD_INSURANCE_REGISTERED, reply).map(FollowUp.Option::value));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "ジブラルタ生命です, GIBRALTAR_LIFE",
        "ジブラルタ生命労働組合, GIBRALTAR_LIFE_UNION",
        "CLISです, CLIS",
        "PGF, PGF_LIFE",
        "ジブラルタ, ",
    })
    void employerByItsNameOrAnUnambiguousPart(String reply, String expected) {
        assertEquals(Optional.ofNullable(expected), value(Fact.EMPLOYER, reply));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2割です, 2",
        "３割, 3",
        "持っていませんでした, ",
    })
    void ratioOrNone(String reply, Integer expected) {
        Optional<FollowUp.Option> option = read(Fact.ELDERLY_CERTIFICATE_RATIO, reply);
        assertEquals(true, option.isPresent(), reply);
        assertEquals(expected, option.get().value());
    }

    private static Optional<String> value(Fact fact, String reply) {
        return read(fact, reply).map(o -> String.valueOf(o.value()));
    }

    private static Optional<FollowUp.Option> read(Fact fact, String reply) {
        return FollowUpReply.read(question(fact), reply);
    }

    /** The question the rules would ask for the fact, for a member whose notice was judged on 2024年9月14日. */
    private static FollowUp question(Fact fact) {
        Assessment assessment = new Assessment(
                REFERENCE,
                LocalDate.of(1955, 1, 1),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
        List<FollowUp> questions = FollowUps.forFacts(List.of(fact), assessment);
        assertEquals(1, questions.size(), fact + " is asked");
        return questions.get(0);
    }
}
