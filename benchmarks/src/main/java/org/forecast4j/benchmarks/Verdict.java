package org.forecast4j.benchmarks;

/**
 * A target and whether one run met it.
 *
 * @param target what was aimed at
 * @param configuration the JVM configuration measured, or a note such as "both"
 * @param measured the measured value, as text
 * @param met whether it was met; {@code null} when the run lacks what it needs
 */
record Verdict(String target, String configuration, String measured, Boolean met) {

    /** @return {@code met}, {@code **missed**} or {@code not measured} */
    String metText() {
        return met == null ? "not measured" : met ? "met" : "**missed**";
    }
}
