package dev.handoffls.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The tries and seed of a property: CI runs a fixed seed, so a red build replays exactly
 * ({@code -Dhandoff.seed=random} for a fresh one, any number for another); {@link ScaledTries}
 * shrinks the tries of expensive properties. A property's own {@code seed} or {@code tries} wins.
 * {@code -Dhandoff.tries=100000} gives every property exactly that many, over its own and its share (a
 * long local run of one property, without working out which default its share would make that).
 */
public final class PropertyBudget implements AroundPropertyHook {
    static final String DEFAULT_SEED = "20260301";
    private static final String TRIES = "jqwik.tries.default";
    private static final String EXACT_TRIES = "handoff.tries";

    /** Registered on a class, it applies to the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty("handoff.seed", DEFAULT_SEED);
        if (context.attributes().seed().isEmpty() && !seed.equals("random")) {
            context.attributes().setSeed(seed);
        }
        String exact = System.getProperty(EXACT_TRIES);
        if (exact != null) {
            context.attributes().setTries(Integer.parseInt(exact.trim()));
        } else {
            AnnotationSupport.findAnnotation(context.targetMethod(), ScaledTries.class)
                    .ifPresent(scaled -> context.attributes().setTries(Math.max(scaled.min(), (int)
                            ((long) defaultTries() * scaled.permille() / 1000))));
        }
        return property.execute();
    }

    /** jqwik's default tries: the system property, else {@code junit-platform.properties}, as jqwik reads them. */
    private static int defaultTries() {
        String value = System.getProperty(TRIES);
        if (value == null) {
            try (InputStream in = PropertyBudget.class.getResourceAsStream("/junit-platform.properties")) {
                Properties file = new Properties();
                if (in != null) {
                    file.load(in);
                }
                value = file.getProperty(TRIES, "1000");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Integer.parseInt(value.trim());
    }
}
