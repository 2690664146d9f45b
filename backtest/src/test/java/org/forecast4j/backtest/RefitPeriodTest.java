package org.forecast4j.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.forecast4j.backtest.report.BacktestReport;
import org.forecast4j.core.kinds.ModelKinds;
import org.forecast4j.core.scoring.ScoringOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backtest whose refit periods are shipped to "another JVM" (Java serialisation: the models as model-file
 * documents) and forecast in reverse order gives the local result byte for byte, for batch and incremental
 * refits, with calibrators and walk-forward selection.
 */
class RefitPeriodTest {
    private static final SyntheticWorld WORLD = BacktestTest.WORLD;

    @TempDir
    Path dir;

    /** Serialises each period, then forecasts its rows last to first with the copy. */
    private static PeriodScoring shipped(AtomicInteger periods) {
        return (period, inputs) -> {
            periods.incrementAndGet();
            RefitPeriod copy = roundTrip(period);
            List<RefitPeriod.Forecast> out = new ArrayList<>(inputs.size());
            for (int i = inputs.size() - 1; i >= 0; i--) {
                out.add(0, copy.forecast(roundTrip(inputs.get(i))));
            }
            return out;
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertSameAsLocal(BacktestConfig config) throws IOException {
        BacktestResult local = Backtest.run(config, WORLD.questions(), WORLD.events(), SyntheticWorld.spec());
        AtomicInteger periods = new AtomicInteger();
        BacktestResult split = Backtest.run(config, WORLD.questions(), WORLD.events(), SyntheticWorld.spec(),
                BacktestProgress.NONE, shipped(periods));
        assertTrue(periods.get() >= 3, periods + " periods");
        assertTrue(local.rows().stream().anyMatch(r -> !Double.isNaN(r.modelProbability())), "a model is shipped");
        assertEquals(local.rows(), split.rows());
        assertEquals(BacktestReport.json(local), BacktestReport.json(split));
        BacktestReport.writeCsv(local, dir.resolve("local.csv"));
        BacktestReport.writeCsv(split, dir.resolve("split.csv"));
        assertEquals(Files.readString(dir.resolve("local.csv")), Files.readString(dir.resolve("split.csv")));
    }

    @Test
    void shippedPeriodsGiveTheLocalResultByteForByte() throws IOException {
        BacktestConfig base = BacktestConfig.DEFAULTS.withMinTrain(10).withMinCalibration(20)
                .withScoring(ScoringOptions.DEFAULTS.withBootstrapReplicates(50));
        assertSameAsLocal(base.withCalibrator(ModelKinds.PLATT));
        assertSameAsLocal(base.withSelection(Selection.NONE));
        assertSameAsLocal(base.withModel(ModelKinds.LOGISTIC).withCalibrator(ModelKinds.ISOTONIC)
                .withSelection(Selection.NONE));
        assertSameAsLocal(base.withRefit(RefitSchedule.incremental(Duration.ofDays(20)))
                .withCalibrator(ModelKinds.BETA));
    }

    @Test
    void aScoringThatLosesRowsIsAnError() {
        PeriodScoring lossy = (period, inputs) -> List.of();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Backtest.run(
                BacktestConfig.DEFAULTS, WORLD.questions(), WORLD.events(), SyntheticWorld.spec(),
                BacktestProgress.NONE, lossy));
        assertTrue(e.getMessage().contains("returned 0 forecasts"), e.getMessage());
    }
}
