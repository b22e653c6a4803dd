package jp.kenpo.faq.traffic;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the answers this replica gave lately, so that feedback on them is taken while their record still waits
 * in the queue or the database is down. Older ids are looked up in the database.
 */
@ApplicationScoped
public class IssuedAnswers {

    private static final int KEPT = 10_000;

    private final Map<String, Boolean> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > KEPT;
        }
    };

    synchronized void add(String answerId) {
        recent.put(answerId, Boolean.TRUE);
    }

    synchronized boolean contains(String answerId) {
        return recent.containsKey(answerId);
    }
}
