package jp.kenpo.faq.text;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Lucene's default implementation of {@link WholeTextAttribute} (found by its name). */
public final class WholeTextAttributeImpl extends AttributeImpl implements WholeTextAttribute {

    private String reading = "";
    private String surface = "";
    private boolean negated;

    @Override
    public String reading() {
        return reading;
    }

    @Override
    public String surface() {
        return surface;
    }

    @Override
    public boolean negated() {
        return negated;
    }

    @Override
    public void set(String reading, String surface, boolean negated) {
        this.reading = reading;
        this.surface = surface;
        this.negated = negated;
    }

    @Override
    public void clear() {
        set("", "", false);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(WholeTextAttribute.class, "reading", reading);
        reflector.reflect(WholeTextAttribute.class, "surface", surface);
        reflector.reflect(WholeTextAttribute.class, "negated", negated);
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((WholeTextAttribute) target).set(reading, surface, negated);
    }
}
