package org.forecast4j.spark;

import java.nio.file.Path;
import org.forecast4j.backtest.sweep.SweepJob;

/**
 * The arguments of the {@code spark-submit} entry points:
 * {@code FILE (--forecastbench TABLE | --questions FILE --events FILE) OUT_DIR}, the first a sweep file.
 *
 * @param job the sweep file and inputs
 * @param out the output folder
 */
record SubmitArgs(SweepJob job, Path out) {

    /**
     * @param args the command line
     * @return the arguments, or {@code null} if they do not have that form
     */
    static SubmitArgs parse(String[] args) {
        if (args.length == 4 && args[1].equals("--forecastbench")) {
            return new SubmitArgs(new SweepJob(args[0], args[2], true, null), Path.of(args[3]));
        }
        if (args.length == 6 && args[1].equals("--questions") && args[3].equals("--events")) {
            return new SubmitArgs(new SweepJob(args[0], args[2], false, args[4]), Path.of(args[5]));
        }
        return null;
    }
}
