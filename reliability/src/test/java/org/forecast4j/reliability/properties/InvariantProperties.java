package org.forecast4j.reliability.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.forecast4j.core.calibration.BetaCalibrator;
import org.forecast4j.core.calibration.CalibrationInput;
import org.forecast4j.core.calibration.IsotonicCalibrator;
import org.forecast4j.core.calibration.PlattCalibrator;
import org.forecast4j.core.evidence.EvidenceFitOptions;
import org.forecast4j.core.evidence.EvidenceModel;
import org.forecast4j.core.evidence.EvidenceTrainer;
import org.forecast4j.core.logistic.BayesianLogisticModel;
import org.forecast4j.core.logistic.BayesianLogisticRegression;
import org.forecast4j.core.logistic.LogisticModel;
import org.forecast4j.core.logistic.LogisticRegression;
import org.forecast4j.core.logistic.MarketAnchoredModel;
import org.forecast4j.core.logistic.MarketAnchoredRegression;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.pooling.LogOddsPool;
import org.forecast4j.core.prob.Probabilities;
import org.forecast4j.core.scoring.ScoreAccumulator;
import org.forecast4j.core.scoring.ScoreReport;
import org.forecast4j.core.scoring.ScoringOptions;
import org.forecast4j.core.trading.Kelly;
import org.forecast4j.core.trading.KellyBet;
import org.forecast4j.core.trading.KellyOptions;
import org.forecast4j.core.trading.Side;

/**
 * Invariants that hold for every input, checked on generated inputs (jqwik, 1000 tries each by default, seeded
 * so that a failure is reproducible; jqwik shrinks a failing input to a small one and reports it).
 */
class InvariantProperties {

    /** Any finite double, including ±Double.MAX_VALUE, subnormals and ±0. */
    @Provide
    Arbitrary<Double> finite() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.doubles().between(-Double.MAX_VALUE, Double.MAX_VALUE),
                Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                        1e-300, -1e300, 1e300));
    }

    /** Any probability, the ends included. */
    @Provide
    Arbitrary<Double> probability() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0, 1e-300, 1 - 1e-16));
    }

    @Property
    void plattCalibratesAnyFiniteScoreIntoTheUnitInterval(@ForAll("finite") double a, @ForAll("finite") double b,
            @ForAll("finite") double score) {
        double p = PlattCalibrator.of(a, b, CalibrationInput.SCORE).calibrate(score);
        assertTrue(p >= 0 && p <= 1, "a=" + a + " b=" + b + " score=" + score + " gave " + p);
    }

    @Property
    void betaCalibratesAnyProbabilityIntoTheUnitInterval(@ForAll("finite") double a, @ForAll("finite") double b,
            @ForAll("finite") double c, @ForAll("probability") double s) {
        double p = BetaCalibrator.of(a, b, c, CalibrationInput.PROBABILITY).calibrate(s);
        assertTrue(p >= 0 && p <= 1, "a=" + a + " b=" + b + " c=" + c + " s=" + s + " gave " + p);
    }

    /** A logistic model fitted once on overlapping data: its scorer is what every probability model uses. */
    private static final LogisticModel LOGISTIC = LogisticRegression.fit(
            new double[][] {{0, 1}, {1, 0}, {2, 1}, {3, 0}, {1, 1}, {2, 0}, {0, 0}, {3, 1}},
            new boolean[] {false, false, true, true, true, false, false, true}, FeatureSchema.of("a", "b"),
            LogisticRegression.Options.DEFAULTS.withL2(1));

    @Property
    void logisticModelGivesAProbabilityForAnyFiniteFeatures(@ForAll("finite") double a,
            @ForAll("finite") double b) {
        double p = LOGISTIC.probability(new double[] {a, b});
        assertTrue(p >= 0 && p <= 1, "x=(" + a + ", " + b + ") gave " + p);
    }

    private static final double[][] ROWS = {{0, 1}, {1, 0}, {2, 1}, {3, 0}, {1, 1}, {2, 0}, {0, 0}, {3, 1}};
    private static final boolean[] OUTCOMES = {false, false, true, true, true, false, false, true};
    private static final BayesianLogisticModel BAYES = BayesianLogisticRegression.fit(ROWS, OUTCOMES,
            FeatureSchema.of("a", "b"));
    private static final EvidenceModel EVIDENCE = EvidenceTrainer.fit(-0.5, 1.0, FeatureSchema.of("a", "b"), ROWS,
            OUTCOMES, EvidenceFitOptions.DEFAULTS);
    /** Anchored on a price column ("market", in [0, 1]) with one other feature; prior sd 1 so it departs. */
    private static final MarketAnchoredModel ANCHORED = MarketAnchoredRegression.fit(
            new double[][] {{0.2, 1}, {0.7, 0}, {0.6, 1}, {0.9, 0}, {0.4, 1}, {0.3, 0}, {0.1, 0}, {0.8, 1}},
            OUTCOMES, FeatureSchema.of("market", "b"),
            MarketAnchoredRegression.Options.DEFAULTS.withPriorSd(1.0));

    /** Bayesian logistic, evidence and market-anchored models: a probability and an ordered interval in [0, 1]. */
    @Property
    void bayesLogisticGivesAProbabilityAndIntervalForAnyFiniteFeatures(@ForAll("finite") double a,
            @ForAll("finite") double b) {
        check("bayes-logistic", BAYES.probability(new double[] {a, b}), BAYES.interval(new double[] {a, b}), a, b);
    }

    @Property
    void evidenceModelGivesAProbabilityAndIntervalForAnyFiniteFeatures(@ForAll("finite") double a,
            @ForAll("finite") double b) {
        check("evidence", EVIDENCE.probability(new double[] {a, b}), EVIDENCE.interval(new double[] {a, b}), a, b);
    }

    @Property
    void marketAnchoredGivesAProbabilityAndIntervalForAnyPriceAndFiniteFeature(@ForAll("probability") double price,
            @ForAll("finite") double b) {
        check("market-anchored", ANCHORED.probability(new double[] {price, b}),
                ANCHORED.interval(new double[] {price, b}), price, b);
    }

    private static void check(String model, double p, ProbabilityInterval interval, double x1, double x2) {
        String at = model + " at (" + x1 + ", " + x2 + "): ";
        assertTrue(p >= 0 && p <= 1, at + "p = " + p);
        assertTrue(interval.lower() >= 0 && interval.lower() <= interval.upper() && interval.upper() <= 1,
                at + interval);
    }

    @Property
    void poolingGivesAProbabilityForAnyForecastsAndWeights(@ForAll @Size(min = 1, max = 6) List<@DoubleRange(
            min = 0, max = 1) Double> forecasts, @ForAll @DoubleRange(min = 0, max = 20) double d) {
        double[] p = forecasts.stream().mapToDouble(Double::doubleValue).toArray();
        double pooled = LogOddsPool.pool(p, null, d);
        assertTrue(pooled >= 0 && pooled <= 1, "pool of " + forecasts + " with d=" + d + " gave " + pooled);
    }

    /**
     * The identity up to the documented clip of every input to [1e-15, 1 − 1e-15] before its log-odds, and to
     * the rounding of the round trip through log-odds (relative 1e-12, or a few ulps next to 1).
     */
    @Property
    void poolingOneForecasterWithoutExtremizingIsTheIdentity(@ForAll("probability") double p,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double weight) {
        double clipped = Probabilities.clipForLogLoss(p);
        assertEquals(clipped, LogOddsPool.pool(new double[] {p}, new double[] {weight}, 1.0),
                Math.max(1e-12 * Math.min(clipped, 1 - clipped), 4 * Math.ulp(clipped)), "p=" + p);
    }

    @Provide
    Arbitrary<double[][]> forecastsAndOutcomes() {
        return Arbitraries.integers().between(1, 300).flatMap(n -> Combinators.combine(
                Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 0.1, 0.5, 0.9, 1.0))
                        .array(double[].class).ofSize(n),
                Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(n)).as((p, u) -> {
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++) {
                        y[i] = u[i] < p[i] * 0.8 + 0.1 ? 1 : 0; // outcomes related to, not equal to, the forecasts
                    }
                    return new double[][] {p, y};
                }));
    }

    @Property
    void corpTermsAddUpToTheBrierScore(@ForAll("forecastsAndOutcomes") double[][] data) {
        ScoreAccumulator scores = new ScoreAccumulator(new ScoringOptions(10, 0, 0.9, 1));
        for (int i = 0; i < data[0].length; i++) {
            scores.add(data[0][i], data[1][i] == 1);
        }
        ScoreReport report = scores.snapshot();
        assertEquals(report.brier(), report.corp().reconstructedBrier(), 1e-12);
        assertTrue(report.corp().miscalibration() >= -1e-12 && report.corp().discrimination() >= -1e-12);
    }

    @Property
    void fittedCalibratorsAreMonotone(@ForAll("forecastsAndOutcomes") double[][] data) {
        double[] p = data[0];
        boolean[] y = new boolean[p.length];
        int positives = 0;
        for (int i = 0; i < p.length; i++) {
            y[i] = data[1][i] == 1;
            positives += y[i] ? 1 : 0;
        }
        Assume.that(positives > 0 && positives < p.length);
        IsotonicCalibrator isotonic = IsotonicCalibrator.fitProbabilities(p, y);
        double previous = isotonic.calibrate(0);
        for (int k = 1; k <= 200; k++) {
            double next = isotonic.calibrate(k / 200.0);
            assertTrue(next >= previous, "isotonic decreases at " + k / 200.0);
            previous = next;
        }
        BetaCalibrator beta;
        try {
            beta = BetaCalibrator.fitProbabilities(p, y);
        } catch (IllegalArgumentException e) {
            // Documented: no maximum-likelihood fit when the outcomes are separated by the forecasts.
            Assume.that(!e.getMessage().contains("no maximum-likelihood fit"));
            throw e;
        }
        double before = beta.calibrate(0);
        for (int k = 1; k <= 200; k++) {
            double next = beta.calibrate(k / 200.0);
            assertTrue(next >= before, "beta decreases at " + k / 200.0 + " (a=" + beta.a() + ", b=" + beta.b() + ")");
            before = next;
        }
        PlattCalibrator platt = PlattCalibrator.fitProbabilities(p, y);
        double direction = Math.signum(platt.a());
        double last = platt.calibrate(0);
        for (int k = 1; k <= 200; k++) {
            double next = platt.calibrate(k / 200.0);
            assertTrue((next - last) * direction >= 0, "Platt is not monotone at " + k / 200.0);
            last = next;
        }
    }

    @Property
    void kellyNeverStakesWithoutAnEdge(@ForAll("probability") double p,
            @ForAll @DoubleRange(min = 1e-6, max = 1 - 1e-6) @Scale(8) double price,
            @ForAll @DoubleRange(min = 0, max = 0.05) @Scale(4) double fee,
            @ForAll @DoubleRange(min = 0.01, max = 1) double multiplier) {
        KellyOptions options = KellyOptions.builder().fee(fee).fraction(multiplier).build();
        KellyBet bet = KellyBet.of(p, price, options, 1000);
        double fraction = Kelly.signedFraction(p, price, options);
        if (p - (price + fee) <= 0) {
            assertTrue(bet.side() != Side.YES && fraction <= 0, "YES stake without edge: " + bet);
        }
        if ((1 - p) - (1 - price + fee) <= 0) {
            assertTrue(bet.side() != Side.NO && fraction >= 0, "NO stake without edge: " + bet);
        }
        assertTrue(bet.stake() >= 0 && bet.stake() <= 1000, bet.toString());
        assertTrue(bet.side() == Side.NONE || bet.edge() > 0, bet.toString());
    }
}
