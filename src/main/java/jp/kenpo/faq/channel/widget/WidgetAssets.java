package jp.kenpo.faq.channel.widget;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * The widget's two scripts, read, hashed and gzip-compressed once at start-up. The code is served at an address named
 * after its content ({@code /widget/<version>.js}, the start of its SHA-256), which browsers and proxies keep for a
 * year without asking: a release that changes the code changes the address, one that does not keeps their copies.
 * The loader ({@code /widget.js}, the address host pages embed) is a template with that address written in.
 */
@ApplicationScoped
@Startup
public class WidgetAssets {

    static final String CODE = "widget/widget.js";
    static final String LOADER = "widget/loader.js";
    /** Where the loader template names the code's version. */
    static final String VERSION_PLACEHOLDER = "@VERSION@";

    private final String version;
    private final Asset code;
    private final Asset loader;

    WidgetAssets() {
        byte[] codeBytes = read(CODE);
        version = hash(codeBytes);
        code = Asset.of(codeBytes);
        String template = new String(read(LOADER), StandardCharsets.UTF_8);
        if (!template.contains(VERSION_PLACEHOLDER)) {
            throw new IllegalStateException(LOADER + " does not name the code's version with " + VERSION_PLACEHOLDER);
        }
        loader = Asset.of(template.replace(VERSION_PLACEHOLDER, version).getBytes(StandardCharsets.UTF_8));
    }

    /** The code's version: 16 hex digits of its SHA-256, enough to tell releases apart. */
    public String version() {
        return version;
    }

    /** The widget's code. */
    public Asset code() {
        return code;
    }

    /** The loader, naming the code's version. */
    public Asset loader() {
        return loader;
    }

    /**
     * A script as sent: as is, and gzip-compressed for clients that accept it (compressed once here rather than on
     * every request). The entity tag is weak: the two encodings are the same script.
     */
    public record Asset(byte[] plain, byte[] gzipped, EntityTag etag) {

        static Asset of(byte[] plain) {
            return new Asset(plain, gzip(plain), new EntityTag(hash(plain), true));
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the widget's " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
