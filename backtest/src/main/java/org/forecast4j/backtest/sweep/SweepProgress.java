package org.forecast4j.backtest.sweep;

/** Told as each configuration of a sweep finishes; called from the thread that finished it, one call at a time. */
@FunctionalInterface
public interface SweepProgress {
    /** Reports nothing. */
    SweepProgress NONE = (done, total) -> { };

    /**
     * @param done configurations finished
     * @param total configurations in the sweep
     */
    void configurations(int done, int total);
}
