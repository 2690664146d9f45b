package org.forecast4j.backtest;

import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Finds an engine by name: {@code local}, or one registered with {@link ServiceLoader} by a module on the class
 * path (the {@code forecast4j-spark} module registers {@code spark}). Used by {@link BacktestEngine#named} and
 * {@link org.forecast4j.backtest.sweep.SweepEngine#named}.
 */
public final class Engines {
    private Engines() {
    }

    /**
     * @param <E> the kind of engine
     * @param type the service type (the backtest module declares it with {@code uses})
     * @param local the {@code local} engine
     * @param nameOf an engine's name
     * @param what the kind of engine in words, e.g. {@code "sweep"}
     * @param name the name asked for
     * @return the engine with that name
     * @throws IllegalArgumentException naming the engines found if none has that name, and how to build the
     *     spark module if {@code spark} was asked for
     */
    public static <E> E named(Class<E> type, E local, Function<E, String> nameOf, String what, String name) {
        if ("local".equals(name)) {
            return local;
        }
        StringBuilder found = new StringBuilder("local");
        for (E e : ServiceLoader.load(type)) {
            if (nameOf.apply(e).equals(name)) {
                return e;
            }
            found.append(", ").append(nameOf.apply(e));
        }
        throw new IllegalArgumentException("no " + what + " engine '" + name + "' on the class path (found: " + found
                + ")" + ("spark".equals(name) ? "; the spark engine is the forecast4j-spark module: build it with"
                        + " ./mvnw -pl spark -am package (./forecast then adds it)" : ""));
    }
}
