package jp.kenpo.faq.personalization;

import jp.kenpo.faq.problem.ProblemException;

/**
 * An assessment was asked of a service whose FAQ is not the one the rules were written for (404): the rules cite
 * that FAQ's items, so their verdicts would point members at answers this FAQ does not have.
 */
public class NoRulesForThisFaqException extends ProblemException {

    public NoRulesForThisFaqException() {
        super(
                404,
                "No personalisation for this FAQ",
                "This FAQ does not use the rule set '" + Personalization.RULE_SET
                        + "' (rules: in corpus.yaml), so there is nothing to assess.");
    }
}
