package jp.kenpo.faq.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import jp.kenpo.faq.edition.Edition;
import jp.kenpo.faq.edition.ServedEdition;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.store.Database;
import org.jboss.logging.Logger;

/**
 * The FAQ manager's write side. A change is staged first: the changed FAQ is built beside the served one and both
 * are asked the corpus's checks, and the figures are kept with the revision. A staged revision that answers no
 * check file worse is published: this replica serves it at once, and every other replica within its poll interval
 * ({@link RevisionPoller}), with no restart. Any revision once published can be restored in one step, the FAQ as
 * shipped (revision 0) included. Every step is audited with the editor's name and the figures.
 */
@ApplicationScoped
public class Revisions {

    private static final Logger LOG = Logger.getLogger(Revisions.class);
    private static final TypeReference<List<CorpusChange>> CHANGES = new TypeReference<>() {};
    /** How many revisions and audit lines the console lists. */
    static final int LISTED = 200;

    private final ServedEdition served;
    private final RevisionStore store;
    private final Database database;
    private final ObjectMapper json;
    private final Checks checks;
    /** One changed FAQ is built at a time: each holds an index and a classifier beside the served one's. */
    private final ReentrantLock building = new ReentrantLock();

    private volatile ServedRun servedRun;
    /** Revisions too large to build here, said once each in the log. */
    private final java.util.Set<Long> toldOfMemory = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The served edition's check figures, kept until another is served. */
    private record ServedRun(Edition edition, Checks.Run run) {}

    public Revisions(ServedEdition served, RevisionStore store, Database database, ObjectMapper json) {
        this.served = served;
        this.store = store;
        this.database = database;
        this.json = json;
        this.checks = new Checks(served.checks());
    }

    /** Builds the FAQ with one more change and evaluates it; nothing is served yet. */
    public Revision stage(CorpusChange change, String actor) {
        ensureReady();
        building.lock();
        try {
            refresh();
            Edition current = served.current();
            List<CorpusChange> changes = new ArrayList<>(changesOf(current.revision()));
            changes.add(change);
            Edition changed = beside(current.revision(), current.publication(), strictly(changes));
            Comparison figures = Checks.compare(runOf(current), checks.run(changed.matcher()));
            Instant now = Instant.now();
            String figuresJson = write(figures);
            long id = store.stage(actor, now, change.summary(), write(changes), current.publication(), figuresJson);
            store.audit(now, actor, "STAGED", id, change.summary(), figuresJson);
            return view(store.find(id).orElseThrow());
        } catch (SQLException e) {
            throw unavailable(e);
        } finally {
            building.unlock();
        }
    }

    /** Serves a staged revision here now and on every replica within seconds. */
    public Revision publish(long id, String actor) {
        ensureReady();
        building.lock();
        try {
            RevisionStore.Row row = store.find(id).orElseThrow(() -> new UnknownRevisionException(id));
            if (row.state() != Revision.State.STAGED) {
                throw new RevisionConflictException(
                        "Revision " + id + " is " + row.state() + "; only a staged revision can be published.");
            }
            Comparison figures = read(row.figures());
            if (figures.regressed()) {
                throw new RevisionConflictException("Revision " + id + " answers the checks worse than the FAQ"
                        + " served when it was staged (see its figures); it cannot be published.");
            }
            List<CorpusChange> changes = changesIn(row);
            Edition built = beside(id, 0, strictly(changes));
            Instant now = Instant.now();
            long publication = store.publish(id, actor, now)
                    .orElseThrow(() -> new RevisionConflictException("Another revision was published after " + id
                            + " was staged; stage the change again, so that it is checked against the FAQ served"
                            + " now."));
            store.audit(now, actor, "PUBLISHED", id, row.summary(), row.figures());
            // the question the editor answered with this change is dealt with: it leaves the attention list
            changes.get(changes.size() - 1).membersQuestion().ifPresent(question -> dismissQuietly(question, actor, now));
            served.serve(new Edition(id, publication, built.corpus(), built.matcher()));
            servedRun = null; // let the edition no longer served go
            return view(store.find(id).orElseThrow());
        } catch (SQLException e) {
            throw unavailable(e);
        } finally {
            building.unlock();
        }
    }

    /** Serves again what a revision once published served (0: the FAQ as shipped), as a new revision. */
    public Revision restore(long id, String actor) {
        ensureReady();
        building.lock();
        try {
            refresh();
            List<CorpusChange> changes;
            if (id == Edition.SHIPPED) {
                changes = List.of();
            } else {
                RevisionStore.Row row = store.find(id).orElseThrow(() -> new UnknownRevisionException(id));
                if (row.publication() == null) {
                    throw new RevisionConflictException(
                            "Revision " + id + " was never published; only a published revision can be restored.");
                }
                changes = changesIn(row);
            }
            Edition current = served.current();
            Edition built = beside(id, 0, leniently(changes));
            Comparison figures = Checks.compare(runOf(current), checks.run(built.matcher()));
            Instant now = Instant.now();
            String summary = id == Edition.SHIPPED ? "出荷時のFAQに戻す" : "版" + id + "に戻す";
            String figuresJson = write(figures);
            RevisionStore.Row restored = store.restore(actor, now, summary, write(changes), figuresJson);
            store.audit(now, actor, "RESTORED", restored.id(), summary, figuresJson);
            served.serve(new Edition(restored.id(), restored.publication(), built.corpus(), built.matcher()));
            servedRun = null;
            return view(restored);
        } catch (SQLException e) {
            throw unavailable(e);
        } finally {
            building.unlock();
        }
    }

    public Revision discard(long id, String actor) {
        ensureReady();
        try {
            RevisionStore.Row row = store.find(id).orElseThrow(() -> new UnknownRevisionException(id));
            if (!store.discard(id)) {
                throw new RevisionConflictException(
                        "Revision " + id + " is " + row.state() + "; only a staged revision can be discarded.");
            }
            store.audit(Instant.now(), actor, "DISCARDED", id, row.summary(), null);
            return view(store.find(id).orElseThrow());
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Takes a recorded question (masked, as listed) off the questions needing attention. */
    public void dismiss(String question, String actor) {
        ensureReady();
        try {
            if (store.dismiss(question, actor, Instant.now())) {
                store.audit(Instant.now(), actor, "DISMISSED", null, question, null);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private void dismissQuietly(String question, String actor, Instant now) {
        try {
            store.dismiss(question, actor, now);
        } catch (SQLException e) {
            LOG.warnf("A published question could not be taken off the attention list: %s", e.getMessage());
        }
    }

    /** The newest revisions first. */
    public List<Revision> list() {
        ensureReady();
        try {
            return store.list(LISTED).stream().map(this::view).toList();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The newest audit lines first. */
    public List<AuditEntry> audit() {
        ensureReady();
        try {
            return store.audit(LISTED).stream()
                    .map(row -> new AuditEntry(
                            row.id(),
                            row.at(),
                            row.actor(),
                            row.action(),
                            row.revision(),
                            row.summary(),
                            row.figures() == null ? null : read(row.figures())))
                    .toList();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /**
     * Serves the revision published last if this replica does not yet: after another replica published, and at
     * start-up. Quiet while the database is down: the edition served stays.
     */
    public void refresh() {
        if (!database.isReady()) {
            return;
        }
        building.lock();
        try {
            Optional<RevisionStore.Published> latest = store.latestPublished();
            if (latest.isEmpty()
                    || latest.get().publication() <= served.current().publication()) {
                return;
            }
            RevisionStore.Row row = store.find(latest.get().id()).orElseThrow();
            Edition built = beside(row.id(), row.publication(), leniently(changesIn(row)));
            served.serve(built);
            servedRun = null;
        } catch (SQLException e) {
            LOG.debugf("Could not look for a newer FAQ revision: %s", e.getMessage());
        } catch (NotEnoughMemoryException e) {
            if (toldOfMemory.add(e.revision())) {
                LOG.errorf(
                        "FAQ revision %d was published but this replica has not the memory to build it beside the one"
                                + " it serves (revision %d); give it a larger heap (-Xmx). It serves revision %d"
                                + " meanwhile.",
                        e.revision(),
                        served.current().revision(),
                        served.current().revision());
            }
        } finally {
            building.unlock();
        }
    }

    /**
     * Builds an edition beside the served one. On a large FAQ with a small heap the second index may not fit: the
     * half-built one is garbage at once, the served edition is untouched, and the editor is told (503) rather than
     * the service failing.
     */
    private Edition beside(long revision, long publication, FaqCorpus corpus) {
        try {
            return served.build(revision, publication, corpus);
        } catch (OutOfMemoryError e) {
            throw new NotEnoughMemoryException(revision);
        }
    }

    /** Every change checked: an editor's change that cannot be made is refused. */
    private FaqCorpus strictly(List<CorpusChange> changes) {
        FaqCorpus corpus = served.shipped();
        for (CorpusChange change : changes) {
            corpus = change.applyTo(corpus);
        }
        return corpus;
    }

    /**
     * A change a new release made impossible (its item is gone from the FAQ as shipped) is left out, said in the log,
     * rather than leaving the replica on an older revision than the others.
     */
    private FaqCorpus leniently(List<CorpusChange> changes) {
        FaqCorpus corpus = served.shipped();
        for (CorpusChange change : changes) {
            try {
                corpus = change.applyTo(corpus);
            } catch (InvalidChangeException e) {
                LOG.warnf("A change of an FAQ revision no longer applies and is left out: %s", e.detail());
            }
        }
        return corpus;
    }

    private List<CorpusChange> changesOf(long revision) throws SQLException {
        if (revision == Edition.SHIPPED) {
            return List.of();
        }
        return changesIn(store.find(revision).orElseThrow());
    }

    private List<CorpusChange> changesIn(RevisionStore.Row row) {
        try {
            return json.readValue(row.changes(), CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("FAQ revision " + row.id() + " has unreadable changes", e);
        }
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
                read(row.figures()),
                row.publishedAt(),
                row.publishedBy(),
                row.id() == served.current().revision());
    }

    private String write(Object value) {
        try {
            return value instanceof List<?>
                    ? json.writerFor(CHANGES).writeValueAsString(value)
                    : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Comparison read(String figures) {
        try {
            return json.readValue(figures, Comparison.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable figures of an FAQ revision", e);
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
