package jp.kenpo.faq;

import java.util.List;

/**
 * The member facts' JSON keys in asking order, written out once: the API's contract, which tests compare the code
 * against rather than derive from it.
 */
public final class MemberFactKeys {

    public static final List<String> IN_ASKING_ORDER = List.of(
            "scheme",
            "insuredType",
            "employer",
            "qualificationAcquiredOn",
            "qualificationLostOn",
            "myNumberRegisteredOn",
            "mynaCardInsuranceRegistered",
            "birthDate",
            "elderlyCertificateRatio");

    private MemberFactKeys() {}
}
