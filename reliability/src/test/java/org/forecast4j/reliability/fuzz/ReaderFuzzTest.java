package org.forecast4j.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forecast4j.backtest.BacktestConfig;
import org.forecast4j.backtest.forecastbench.ForecastBenchReader;
import org.forecast4j.backtest.sweep.SweepGrid;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.kinds.ModelReaders;
import org.forecast4j.features.csv.CsvReader;
import org.forecast4j.features.io.EventReader;
import org.forecast4j.features.io.QuestionReader;
import org.forecast4j.features.spec.FeatureSpec;

/**
 * Coverage-guided fuzzing of every reader of untrusted input (Jazzer). Each target takes arbitrary bytes and
 * must either return a value or throw the library's {@link InvalidInputException} naming the source it was
 * given; any other exception, a hang or an out-of-memory error is a finding.
 *
 * <p>Under {@code ./mvnw verify} each target runs its committed corpus in
 * {@code src/test/resources/org/forecast4j/reliability/fuzz/ReaderFuzzTestInputs/<target>/} as regression
 * tests. To fuzz one target for a set time (README, "Reliability"):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -pl reliability -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=ReaderFuzzTest#eventsJsonLines -Djazzer.max_duration=10m
 * }</pre>
 * New inputs that increase coverage go to {@code reliability/.cifuzz-corpus/}; a crash is written to the
 * inputs folder above, where it stays as a regression test once fixed.
 */
class ReaderFuzzTest {
    private static final String SOURCE = "fuzz-input";

    @FuzzTest
    void eventsJsonLines(byte[] input) {
        expectValueOrInputError(() -> EventReader.readJsonLines(SOURCE, utf8(input)));
    }

    @FuzzTest
    void eventsCsv(byte[] input) {
        expectValueOrInputError(() -> {
            try (CsvReader csv = csv(input)) {
                EventReader.readCsv(csv);
            }
        });
    }

    @FuzzTest
    void questions(byte[] input) {
        expectValueOrInputError(() -> QuestionReader.read(SOURCE, utf8(input)));
    }

    @FuzzTest
    void featureSpecs(byte[] input) {
        expectValueOrInputError(() -> FeatureSpec.parse(SOURCE, utf8(input)));
    }

    @FuzzTest
    void forecastBench(byte[] input) {
        expectValueOrInputError(() -> {
            try (CsvReader csv = csv(input)) {
                ForecastBenchReader.read(csv);
            }
        });
    }

    /** Sweep files: the JSON of {@code forecast sweep --grid}, with every field's range check. */
    @FuzzTest
    void sweepFiles(byte[] input) {
        expectValueOrInputError(() -> SweepGrid.parse(SOURCE, utf8(input), null, BacktestConfig.DEFAULTS));
    }

    /**
     * A {@code --data} table as {@code forecast score} reads it: columns {@code p} and {@code y}, each row a
     * probability and an outcome (0/1, true/false, yes/no) and an optional positive weight {@code w}.
     */
    @FuzzTest
    void scoreTables(byte[] input) {
        expectValueOrInputError(() -> {
            try (CsvReader csv = csv(input)) {
                int p = csv.column("p");
                int y = csv.column("y");
                while (csv.next()) {
                    csv.probability(p);
                    csv.outcome(y);
                }
            }
        });
    }

    /** Model files go through the file system, as a bot loads them, and then through their kind's reader. */
    @FuzzTest
    void modelFiles(byte[] input) throws IOException {
        Path file = ModelFile.PATH;
        Files.write(file, input);
        InvalidInputException e = catchInputError(() -> ModelReaders.readModel(file));
        if (e != null) {
            assertEquals(file.toString(), e.source(), e.getMessage());
        }
    }

    private static void expectValueOrInputError(Runnable read) {
        InvalidInputException e = catchInputError(read);
        if (e != null) {
            assertEquals(SOURCE, e.source(), () -> "the error does not name its source: " + e.getMessage());
        }
    }

    /** Runs the reader; returns its input error, if any. Every other throwable propagates: a finding. */
    private static InvalidInputException catchInputError(Runnable read) {
        try {
            read.run();
            return null;
        } catch (InvalidInputException e) {
            return e;
        }
    }

    private static String utf8(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    /** A CSV reader over bytes that refuses malformed UTF-8, as {@link CsvReader#open} does for files. */
    private static CsvReader csv(byte[] input) {
        return CsvReader.of(SOURCE, new InputStreamReader(new ByteArrayInputStream(input),
                StandardCharsets.UTF_8.newDecoder()));
    }

    /** One temporary file, reused by every execution of {@link #modelFiles}. */
    private static final class ModelFile {
        static final Path PATH = create();

        private static Path create() {
            try {
                Path dir = Files.createTempDirectory("forecast4j-fuzz");
                dir.toFile().deleteOnExit();
                Path file = dir.resolve("model.json");
                file.toFile().deleteOnExit();
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}
