package jp.kenpo.faq.api;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Marks every operation that needs no login as public ({@code security: []}) in the OpenAPI document, so that a
 * reader (and a linter) can tell "no login needed" from "forgot to say". Operations for agents carry the
 * {@code agentLogin} cookie scheme, added from their {@code @RolesAllowed}.
 */
public class PublicOperations implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null) {
            operation.setSecurity(new ArrayList<>());
        }
        return operation;
    }
}
