package jp.kenpo.faq.personalization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Member facts that contradict each other: a loss before the acquisition, a birth after it. Each violation names
 * the fact, never a value: these are personal data.
 */
public class InconsistentFactsException extends IllegalArgumentException {

    /** A fact that contradicts another, with what it must be. */
    public record Violation(Fact fact, String message) {}

    private final transient List<Violation> violations;

    InconsistentFactsException(List<Violation> violations) {
        super("inconsistent member facts: "
                + violations.stream().map(v -> v.fact().key()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    static void check(MemberFacts facts) {
        List<Violation> violations = new ArrayList<>();
        LocalDate acquired = facts.getQualificationAcquiredOn();
        LocalDate lost = facts.getQualificationLostOn();
        LocalDate born = facts.getBirthDate();
        if (acquired != null && lost != null && lost.isBefore(acquired)) {
            violations.add(new Violation(
                    Fact.QUALIFICATION_LOST_ON, "must not be before " + Fact.QUALIFICATION_ACQUIRED_ON.key()));
        }
        if (acquired != null && born != null && born.isAfter(acquired)) {
            violations.add(new Violation(Fact.BIRTH_DATE, "must not be after " + Fact.QUALIFICATION_ACQUIRED_ON.key()));
        }
        if (!violations.isEmpty()) {
            throw new InconsistentFactsException(violations);
        }
    }
}
