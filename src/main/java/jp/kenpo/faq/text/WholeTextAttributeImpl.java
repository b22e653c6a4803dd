package jp.kenpo.faq.text;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Lucene's default implementation of {@link WholeTextAttribute} (found by its name). */
public final class WholeTextAttributeImpl extends AttributeImpl implements WholeTextAttribute {

    private String reading = "";
    private String surface = "";

    @Override
    public String reading() {
        return reading;
    }

    @Override
    public String surface() {
        return surface;
    }

    @Override
    public void set(String reading, String surface) {
        this.reading = reading;
        this.surface = surface;
    }

    @Override
    public void clear() {
        set("", "");
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(WholeTextAttribute.class, "reading", reading);
        reflector.reflect(WholeTextAttribute.class, "surface", surface);
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((WholeTextAttribute) target).set(reading, surface);
    }
}
