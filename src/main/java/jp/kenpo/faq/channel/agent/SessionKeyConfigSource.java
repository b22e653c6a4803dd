package jp.kenpo.faq.channel.agent;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A random per-start key for the agents' login cookie, at the lowest priority: a key set by the operator
 * (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY, needed for several replicas) wins. Without it Quarkus would
 * make one up and write it to the log.
 */
public class SessionKeyConfigSource implements ConfigSource {

    private static final String KEY = "quarkus.http.auth.session.encryption-key";
    private final Map<String, String> values;

    public SessionKeyConfigSource() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.values = Map.of(KEY, Base64.getEncoder().encodeToString(key));
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "random per-start session key";
    }

    @Override
    public int getOrdinal() {
        return 10;
    }
}
