package jp.kenpo.faq.personalization;

import java.time.LocalDate;

/** Member facts for rule tests: a fully known regular insured member, adjusted per test. */
final class Members {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Members() {}

    /** Enrolled since 2015, My Number registered in 2023, card registered, born 1985: a plain target. */
    static MemberFacts.Builder regular() {
        return MemberFacts.builder()
                .insuredType(InsuredType.INSURED)
                .scheme(Scheme.REGULAR)
                .employer(Employer.GIBRALTAR_LIFE)
                .qualificationAcquiredOn(LocalDate.of(2015, 4, 1))
                .qualificationLostOn(null)
                .myNumberRegisteredOn(LocalDate.of(2023, 6, 15))
                .mynaCardInsuranceRegistered(true)
                .birthDate(LocalDate.of(1985, 5, 20))
                .elderlyCertificateRatio(null);
    }

    static MemberFacts.Builder voluntary() {
        return regular().scheme(Scheme.VOLUNTARY_CONTINUATION);
    }

    static Assessment assess(MemberFacts.Builder member) {
        return TestRules.personalization().assess(member.build(), TODAY);
    }

    static Assessment assess(MemberFacts.Builder member, LocalDate asOf) {
        return TestRules.personalization().assess(member.build(), asOf);
    }
}
