package jp.kenpo.faq.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.matching.ScoredItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floor plan, enforced: channels are adapters around one core, only {@code personalization} knows Drools, and
 * the core knows nothing of HTTP or of any channel. A new import that breaks it fails the build, not a review.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.kenpo.faq");
    }

    @Test
    void theApiKnowsNoChannel() {
        noClasses()
                .that()
                .resideInAPackage("jp.kenpo.faq.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jp.kenpo.faq.channel..")
                .check(classes);
    }

    @Test
    void onlyPersonalizationKnowsDrools() {
        noClasses()
                .that()
                .resideOutsideOfPackage("jp.kenpo.faq.personalization..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.kie..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("org.drools..")
                .check(classes);
    }

    /** Channels answer through {@code answer} and read {@code faq}; of matching they see only what an answer carries. */
    @Test
    void channelsDoNotReachIntoMatching() {
        noClasses()
                .that()
                .resideInAPackage("jp.kenpo.faq.channel..")
                .should()
                .dependOnClassesThat(resideInAPackage("jp.kenpo.faq.matching..")
                        .and(not(type(MatchOutcome.class)))
                        .and(not(type(ScoredItem.class))))
                .check(classes);
    }

    @Test
    void theCoreKnowsNoEdge() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "jp.kenpo.faq.faq..",
                        "jp.kenpo.faq.text..",
                        "jp.kenpo.faq.matching..",
                        "jp.kenpo.faq.personalization..",
                        "jp.kenpo.faq.answer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jp.kenpo.faq.api..", "jp.kenpo.faq.channel..")
                .check(classes);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("jp.kenpo.faq.(*)..").should().beFreeOfCycles().check(classes);
    }
}
