package jp.kenpo.faq.editing;

import java.time.Instant;

/**
 * One line of the FAQ's audit: who did what, when, to which revision, with the figures they saw.
 *
 * @param action   STAGED, PUBLISHED, RESTORED, DISCARDED or DISMISSED
 * @param revision the revision acted on; null for a dismissed question
 * @param figures  the check figures shown with the action; null where there were none
 */
public record AuditEntry(
        long id, Instant at, String actor, String action, Long revision, String summary, Comparison figures) {}
