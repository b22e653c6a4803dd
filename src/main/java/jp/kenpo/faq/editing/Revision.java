package jp.kenpo.faq.editing;

import java.time.Instant;

/**
 * A version of the FAQ as editors made it.
 *
 * @param id          its number; 0 stands for the FAQ as shipped
 * @param state       staged (evaluated, waiting), published (served now or once) or discarded
 * @param summary     what its last change did
 * @param createdBy   the editor who made it
 * @param createdAt   when
 * @param figures     the check files' figures, the FAQ served then beside this one
 * @param publishedAt when it was published; null if never
 * @param publishedBy who published it; null if never
 * @param served      whether this replica serves it now
 */
public record Revision(
        long id,
        State state,
        String summary,
        String createdBy,
        Instant createdAt,
        Comparison figures,
        Instant publishedAt,
        String publishedBy,
        boolean served) {

    public enum State {
        STAGED,
        PUBLISHED,
        DISCARDED
    }
}
