package dev.handoffls.index;

import java.util.function.Supplier;

/**
 * A value computed on first use, that a next snapshot can ask about without forcing it: derived data
 * that a one-file update leaves valid is handed on only when it already exists, so an edit never pays
 * for computing what nobody asked for, nor for rebuilding what it did not change.
 */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> compute;
    private volatile T value;

    private Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    static <T> Lazy<T> of(Supplier<T> compute) {
        return new Lazy<>(compute);
    }

    static <T> Lazy<T> ready(T value) {
        Lazy<T> l = new Lazy<>(null);
        l.value = value;
        return l;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = compute.get();
                    value = v;
                    compute = null; // drop what the computation captured (an older snapshot's maps)
                }
            }
        }
        return v;
    }

    /** The value if it was computed, else null. */
    T peek() {
        return value;
    }
}
