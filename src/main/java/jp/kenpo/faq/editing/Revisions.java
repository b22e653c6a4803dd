package jp.kenpo.faq.editing;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.faq.edition.Edition;
import jp.kenpo.faq.edition.ServedEdition;
import jp.kenpo.faq.store.Database;
import jp.kenpo.faq.traffic.QuestionMask;
import org.jboss.logging.Logger;

/**
 * The FAQ manager's write side. A change is staged first: the changed FAQ is built beside the served one and both
 * are asked the corpus's checks, and the figures are kept with the revision. A staged revision that answers no
 * check file worse is published: this replica serves it at once, and every other replica within its poll interval
 * ({@link EditionSync}), with no restart. Any revision once published can be restored in one step, the FAQ as
 * shipped (revision 0) included. Every step is audited with the editor's name and the figures.
 */
@ApplicationScoped
public class Revisions {

    private static final Logger LOG = Logger.getLogger(Revisions.class);
    /** How many revisions and audit lines the console lists. */
    static final int LISTED = 200;

    private final ServedEdition served;
    private final RevisionStore store;
    private final Database database;
    private final RevisionJson json;
    private final EditionBuilder builder;
    private final EditionSync sync;
    private final Checks checks;

    private volatile ServedRun servedRun;

    /** The served edition's check figures, kept until another is served. */
    private record ServedRun(Edition edition, Checks.Run run) {}

    Revisions(
            ServedEdition served,
            RevisionStore store,
            Database database,
            RevisionJson json,
            EditionBuilder builder,
            EditionSync sync) {
        this.served = served;
        this.store = store;
        this.database = database;
        this.json = json;
        this.builder = builder;
        this.sync = sync;
        this.checks = new Checks(served.checks());
    }

    /** Builds the FAQ with one more change and evaluates it; nothing is served yet. */
    public Revision stage(CorpusChange change, String actor) {
        return whileBuilding(() -> {
            sync.refresh();
            Edition current = served.current();
            List<CorpusChange> changes = new ArrayList<>(changesOf(current.revision()));
            changes.add(change);
            Edition changed = builder.build(current.revision(), current.publication(), builder.corpus(changes, 1));
            Comparison figures = Checks.compare(runOf(current), checks.run(changed.matcher()));
            long id = store.stage(
                    actor,
                    Instant.now(),
                    change.summary(),
                    json.changes(changes),
                    current.publication(),
                    json.figures(figures));
            return view(store.find(id).orElseThrow());
        });
    }

    /** Serves a staged revision here now and on every replica within seconds. */
    public Revision publish(long id, String actor) {
        return whileBuilding(() -> {
            RevisionStore.Row row = store.find(id).orElseThrow(() -> new UnknownRevisionException(id));
            if (row.state() != Revision.State.STAGED) {
                throw RevisionConflictException.notStaged(id, row.state());
            }
            if (json.figures(row.figures()).regressed()) {
                throw RevisionConflictException.answersWorse(id);
            }
            List<CorpusChange> changes = json.changes(id, row.changes());
            Edition built = builder.build(id, 0, builder.corpus(changes, 1));
            // the question the editor answered with this change is dealt with: it leaves the attention list
            String question = changes.get(changes.size() - 1).membersQuestion().orElse(null);
            long publication =
                    store.publish(id, actor, Instant.now(), question).orElseThrow(() -> conflictOnPublishing(id));
            serve(new Edition(id, publication, built.corpus(), built.matcher()));
            return view(store.find(id).orElseThrow());
        });
    }

    /** Serves again what a revision once published served (0: the FAQ as shipped), as a new revision. */
    public Revision restore(long id, String actor) {
        return whileBuilding(() -> {
            sync.refresh();
            List<CorpusChange> changes;
            if (id == Edition.SHIPPED) {
                changes = List.of();
            } else {
                RevisionStore.Row row = store.find(id).orElseThrow(() -> new UnknownRevisionException(id));
                if (row.publication() == null) {
                    throw RevisionConflictException.neverPublished(id);
                }
                changes = json.changes(id, row.changes());
            }
            Edition current = served.current();
            Edition built = builder.build(id, 0, builder.corpus(changes, 0));
            Comparison figures = Checks.compare(runOf(current), checks.run(built.matcher()));
            String summary = id == Edition.SHIPPED ? "出荷時のFAQに戻す" : "版" + id + "に戻す";
            RevisionStore.Row restored =
                    store.restore(actor, Instant.now(), summary, json.changes(changes), json.figures(figures));
            serve(new Edition(restored.id(), restored.publication(), built.corpus(), built.matcher()));
            return view(restored);
        });
    }

    public Revision discard(long id, String actor) {
        return stored(() -> {
            RevisionStore.Row row = store.find(id).orElseThrow(() -> new UnknownRevisionException(id));
            if (!store.discard(id, actor, Instant.now())) {
                throw RevisionConflictException.notStaged(id, row.state());
            }
            return view(store.find(id).orElseThrow());
        });
    }

    /** Takes a recorded question (masked, as listed) off the questions needing attention. */
    public void dismiss(String question, String actor) {
        stored(() -> {
            // as listed it is masked already; masked again, in case a client sends a member's words as they were
            store.dismiss(QuestionMask.mask(question), actor, Instant.now());
            return null;
        });
    }

    /** The newest revisions first. */
    public List<Revision> list() {
        return stored(() -> {
            return store.list(LISTED).stream().map(this::view).toList();
        });
    }

    /** The newest audit lines first. */
    public List<AuditEntry> audit() {
        return stored(() -> {
            return store.audit(LISTED).stream()
                    .map(row -> new AuditEntry(
                            row.id(),
                            row.at(),
                            row.actor(),
                            row.action(),
                            row.revision(),
                            row.summary(),
                            row.figures() == null ? null : json.figures(row.figures())))
                    .toList();
        });
    }

    /** A publication refused by the store: the revision was discarded meanwhile, or another was published. */
    private RevisionConflictException conflictOnPublishing(long id) {
        try {
            Revision.State now = store.find(id).orElseThrow().state();
            return now == Revision.State.STAGED
                    ? RevisionConflictException.outdated(id)
                    : RevisionConflictException.notStaged(id, now);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private void serve(Edition edition) {
        served.serve(edition);
        servedRun = null; // let the edition no longer served go
    }

    private List<CorpusChange> changesOf(long revision) throws SQLException {
        if (revision == Edition.SHIPPED) {
            return List.of();
        }
        return json.changes(revision, store.find(revision).orElseThrow().changes());
    }

    private Checks.Run runOf(Edition edition) {
        ServedRun cached = servedRun;
        if (cached == null || cached.edition() != edition) {
            cached = new ServedRun(edition, checks.run(edition.matcher()));
            servedRun = cached;
        }
        return cached.run();
    }

    private Revision view(RevisionStore.Row row) {
        return new Revision(
                row.id(),
                row.state(),
                row.summary(),
                row.createdBy(),
                row.createdAt(),
                json.figures(row.figures()),
                row.publishedAt(),
                row.publishedBy(),
                row.id() == served.current().revision());
    }

    /** One step on the revisions' tables: refused at once while the database is down, 503 when it fails. */
    private interface Step<T> {
        T run() throws SQLException;
    }

    private <T> T stored(Step<T> step) {
        ensureReady();
        try {
            return step.run();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** A step that builds an FAQ beside the served one: one at a time ({@link EditionBuilder#lock()}). */
    private <T> T whileBuilding(Step<T> step) {
        ensureReady();
        builder.lock().lock();
        try {
            return step.run();
        } catch (SQLException e) {
            throw unavailable(e);
        } finally {
            builder.lock().unlock();
        }
    }

    private void ensureReady() {
        if (!database.isReady()) {
            throw new EditingUnavailableException();
        }
    }

    private static EditingUnavailableException unavailable(SQLException e) {
        LOG.warnf("The FAQ's revisions could not be reached: %s", e.getMessage());
        return new EditingUnavailableException();
    }
}
