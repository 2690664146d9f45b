package org.forecast4j.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.forecast4j.core.internal.AtomicFiles;
import org.forecast4j.core.io.InvalidInputException;

/**
 * The command that renders {@code benchmarks/RESULTS.md} from a JMH JSON result file, the machine's
 * {@code lscpu} output and {@code java -version} ({@link ReportDocument}), with the training comparison
 * recomputed on the benchmark's data ({@link TrainingComparison}). Run by {@code benchmarks/run-full.sh}.
 */
public final class ResultsReport {

    private ResultsReport() {
    }

    /**
     * Renders {@code RESULTS.md}; exits with {@link #run}'s status.
     *
     * @param args the JMH JSON file, the {@code lscpu} output, the {@code java -version} output, the Markdown
     *     file to write, and the date to print
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Renders {@code RESULTS.md} from a JMH JSON file, written to a temporary file and then renamed, so a failed
     * run leaves any earlier report as it was.
     *
     * @param args as {@link #main}
     * @param out receives the training comparison and the path written
     * @param err receives the usage or the error, naming the file (and line, for malformed JSON)
     * @return 0 when written, 2 for a wrong number of arguments, 1 when an input cannot be read or parsed or the
     *     report cannot be written
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 5) {
            err.println("usage: ResultsReport JMH.json LSCPU.txt JAVA-VERSION.txt RESULTS.md DATE");
            return 2;
        }
        try {
            List<ResultRow> rows = JmhJson.read(Path.of(args[0]));
            Environment env = Environment.read(args[4], Path.of(args[1]), Path.of(args[2]));
            TrainingComparison.Comparison training = TrainingComparison.compare(TrainingData.generate(
                    TrainingBenchmark.ROWS, TrainingBenchmark.FEATURES, TrainingBenchmark.DATA_SEED));
            out.print(training);
            AtomicFiles.writeString(Path.of(args[3]), ReportDocument.render(rows, env, training));
            out.println("wrote " + args[3]);
            return 0;
        } catch (InvalidInputException e) {
            err.println("ResultsReport: " + e.getMessage());
            return 1;
        } catch (NoSuchFileException e) {
            err.println("ResultsReport: " + e.getFile() + ": file not found");
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("ResultsReport: " + e);
            return 1;
        }
    }
}
