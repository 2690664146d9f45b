package org.forecast4j.core.logistic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.forecast4j.core.io.InvalidInputException;
import org.forecast4j.core.model.FeatureSchema;
import org.forecast4j.core.model.ModelDocument;
import org.forecast4j.core.model.ProbabilityInterval;
import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.api.Test;

class MarketAnchoredRegressionTest {

    private static final FeatureSchema SCHEMA = FeatureSchema.of("market", "days", "tag");

    /** The deterministic rows of market_anchored_reference.py's {@code data(n)}. */
    private static double[][] x(int n) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {0.04 + 0.92 * ((i * 0.6180339887498949) % 1.0), (i * 7.0) % 30.0,
                i % 3 == 0 ? 1 : 0};
        }
        return x;
    }

    private static boolean[] y(double[][] x) {
        boolean[] y = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            double t = 1.5 * Probabilities.logit(x[i][0]) + 0.3 - 0.4 * x[i][2];
            y[i] = (i * 0.7548776662466927 + 0.1) % 1.0 < Probabilities.sigmoid(t);
        }
        return y;
    }

    @Test
    void posteriorMatchesTheScipyComputation() {
        // market_anchored_reference.py: 60 rows (31 yes), prior sd 0.5; scipy trust-exact MAP and Laplace.
        double[][] x = x(60);
        MarketAnchoredModel model = MarketAnchoredRegression.fit(x, y(x), SCHEMA,
                MarketAnchoredRegression.Options.DEFAULTS.withPriorSd(0.5));
        assertTrue(model.converged());
        assertEquals(0.06453852113757116, model.centre(), 1e-14);
        double[] mean = model.posteriorMean();
        assertArrayEquals(new double[] {0.13377295433730907, 0.21879302272579484, -0.00677089281637391,
            0.1106655056350394}, mean, 1e-9);
        double[] sd = {0.5762626761656757, 0.23790799901986842, 0.032119683284617624, 0.5731852340335837};
        double[][] covariance = model.posteriorCovariance();
        for (int i = 0; i < 4; i++) {
            assertEquals(sd[i], Math.sqrt(covariance[i][i]), 1e-9, "posterior sd " + i);
        }
        assertEquals(-29.60930165501118, model.logEvidence(), 1e-10);
        assertEquals(0.295359814468262, model.probability(new double[] {0.3, 12, 1}), 1e-12);
        assertEquals(1 + 0.21879302272579484, model.coefficient(0), 1e-9);
    }

    @Test
    void evidenceChoosesThePriorSdAsScipyDoes() {
        // market_anchored_reference.py: the evidence at each grid sd, largest at 0.03125 on these 60 rows.
        double[][] x = x(60);
        boolean[] y = y(x);
        double[] expected = {-27.919741050059493, -27.95896673353648, -28.104047249858276, -28.558036854582596,
            -29.60930165501118, -31.405376038571422, -33.78982104480519};
        for (int g = 0; g < expected.length; g++) {
            double sd = MarketAnchoredRegression.PRIOR_SD_GRID[g];
            MarketAnchoredModel m = MarketAnchoredRegression.fit(x, y, SCHEMA,
                    MarketAnchoredRegression.Options.DEFAULTS.withPriorSd(sd));
            assertEquals(expected[g], m.logEvidence(), 1e-9, "evidence at sd " + sd);
        }
        MarketAnchoredModel chosen = MarketAnchoredRegression.fit(x, y, SCHEMA,
                MarketAnchoredRegression.Options.DEFAULTS);
        assertEquals(0.03125, chosen.priorSd());
        assertEquals(expected[0], chosen.logEvidence(), 1e-9);
    }

    @Test
    void withNoDataOrAZeroPriorSdTheForecastIsThePriceBitForBit() {
        MarketAnchoredModel prior = new MarketAnchoredRegression().prior(SCHEMA);
        double[][] x = x(60);
        MarketAnchoredModel tight = MarketAnchoredRegression.fit(x, y(x), SCHEMA,
                MarketAnchoredRegression.Options.DEFAULTS.withPriorSd(0));
        // With a point-mass prior the evidence is the likelihood of the market's own forecasts.
        boolean[] outcomes = y(x);
        double marketLogLikelihood = 0;
        for (int i = 0; i < x.length; i++) {
            marketLogLikelihood += Math.log(outcomes[i] ? x[i][0] : 1 - x[i][0]);
        }
        assertEquals(marketLogLikelihood, tight.logEvidence(), 1e-12);
        assertEquals(marketLogLikelihood, tight.logLikelihood(), 1e-12);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            double price = random.nextDouble(1e-6, 1 - 1e-6);
            double[] row = {price, random.nextDouble(0, 400), random.nextInt(2)};
            assertEquals(Double.doubleToRawLongBits(price), Double.doubleToRawLongBits(prior.probability(row)));
            assertEquals(Double.doubleToRawLongBits(price), Double.doubleToRawLongBits(tight.probability(row)));
            assertEquals(0.0, tight.departure(row));
        }
        // Prices of exactly 0 and 1 are clipped, so no forecast is 0 or 1.
        assertEquals(MarketAnchoredModel.PRICE_CLIP, prior.probability(new double[] {0, 1, 0}));
        assertEquals(1 - MarketAnchoredModel.PRICE_CLIP, prior.probability(new double[] {1, 1, 0}));
        ProbabilityInterval interval = tight.interval(new double[] {0.37, 10, 0});
        assertEquals(0.37, interval.lower());
        assertEquals(0.37, interval.upper());
    }

    @Test
    void posteriorMovesTowardAPlantedBias() {
        // Outcomes drawn from σ(1.4·logit(q) − 0.5·tag): the market is underconfident and wrong on one platform.
        // The fitted coefficient of the market's log-odds and the tag's come out near the truth, and the model
        // beats the market's Brier score out of sample.
        FeatureSchema schema = FeatureSchema.of("market", "tag");
        SplittableRandom random = new SplittableRandom(11);
        int n = 20_000;
        double[][] x = new double[2 * n][];
        boolean[] y = new boolean[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            double q = random.nextDouble(0.02, 0.98);
            double tag = random.nextInt(2);
            x[i] = new double[] {q, tag};
            y[i] = random.nextDouble() < Probabilities.sigmoid(1.4 * Probabilities.logit(q) - 0.5 * tag);
        }
        double[][] train = java.util.Arrays.copyOf(x, n);
        boolean[] trainY = java.util.Arrays.copyOf(y, n);
        MarketAnchoredModel model = MarketAnchoredRegression.fit(train, trainY, schema,
                MarketAnchoredRegression.Options.DEFAULTS);
        assertEquals(1.4, model.coefficient(0), 3 * model.coefficientSd(0) + 1e-9);
        assertEquals(-0.5, model.coefficient(1), 3 * model.coefficientSd(1) + 1e-9);
        assertEquals(0.0, model.intercept(), 3 * Math.sqrt(model.posteriorCovariance()[0][0]));
        assertTrue(model.priorSd() >= 0.25, "the evidence allows a departure: " + model.priorSd());
        double market = 0;
        double ours = 0;
        for (int i = n; i < 2 * n; i++) {
            market += Probabilities.brier(x[i][0], y[i]);
            ours += Probabilities.brier(model.probability(x[i]), y[i]);
        }
        assertTrue(ours < market, "model " + ours / n + " vs market " + market / n);
    }

    @Test
    void extremizingAboutTheCentreIsTheClosedForm() {
        // A slope β_L on (L − c) with intercept b − β_L·c: p = σ(c + (1 + β_L)(L − c) + b') — extremizing the
        // market's log-odds by d = 1 + β_L about c. With b' = 0, the forecast at L = c is σ(c), the base rate.
        FeatureSchema schema = FeatureSchema.of("market");
        double c = Math.log(0.3 / 0.7);
        double d = 1.6;
        double[] mean = {-(d - 1) * c, d - 1};
        MarketAnchoredModel model = new MarketAnchoredModel(schema,
                org.forecast4j.core.model.Provenance.of("test", null, 0), 0, 1, c, mean,
                PackedSymmetric.pack(new double[][] {{1, 0}, {0, 1}}), 0, 0, 0, true);
        for (double q : new double[] {0.05, 0.3, 0.5, 0.8, 0.97}) {
            double l = Probabilities.logit(q);
            assertEquals(Probabilities.sigmoid(c + d * (l - c)), model.probability(new double[] {q}), 1e-15);
            assertEquals(c + d * (l - c), model.logOdds(new double[] {q}), 1e-13);
            assertEquals(model.logOdds(new double[] {q}), model.intercept() + model.term(0, q), 1e-13);
        }
    }

    @Test
    void modelFileRoundTripAndRefusals() {
        double[][] x = x(60);
        MarketAnchoredModel model = MarketAnchoredRegression.fit(x, y(x), SCHEMA,
                MarketAnchoredRegression.Options.DEFAULTS.withPriorSd(0.5));
        ModelDocument document = model.toDocument();
        MarketAnchoredModel back = MarketAnchoredModel.fromDocument(document);
        for (double[] row : x) {
            assertEquals(model.probability(row), back.probability(row));
        }
        assertEquals("market-anchored", document.kind());
        ModelDocument tight = MarketAnchoredRegression.fit(x, y(x), SCHEMA,
                MarketAnchoredRegression.Options.DEFAULTS.withPriorSd(0)).toDocument();
        assertEquals(0.37, MarketAnchoredModel.fromDocument(tight).probability(new double[] {0.37, 1, 0}));

        document.parameters().put("anchor", "price");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MarketAnchoredModel.fromDocument(document));
        assertTrue(e.getMessage().contains("anchor"), e.getMessage());
    }

    @Test
    void badInputIsRefusedWithTheField() {
        double[][] x = x(10);
        x[4][0] = 1.3;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MarketAnchoredRegression.fit(x, y(x(10)), SCHEMA, MarketAnchoredRegression.Options.DEFAULTS));
        assertTrue(e.getMessage().contains("line 5") && e.getMessage().contains("1.3"), e.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> MarketAnchoredRegression.fit(x(10), y(x(10)), FeatureSchema.of("price", "days", "tag"),
                        MarketAnchoredRegression.Options.DEFAULTS));
        assertTrue(missing.getMessage().contains("'market'"), missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> MarketAnchoredRegression.Options.DEFAULTS.withPriorSd(-1));
    }
}
