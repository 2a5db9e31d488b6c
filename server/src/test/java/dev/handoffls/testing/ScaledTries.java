package dev.handoffls.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An expensive property runs a share of {@code jqwik.tries.default} tries (at least {@link #min()}),
 * so one knob scales every suite: CI's value in {@code junit-platform.properties}, a long local run
 * with {@code -Djqwik.tries.default=100000}. Applied by {@link PropertyBudget}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScaledTries {
    /** Per mille of the default tries. */
    int permille();

    int min() default 3;
}
