package org.forecast4j.core.baserate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.forecast4j.core.modelfile.ModelFiles;
import org.forecast4j.core.model.ProbabilityInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GammaPoissonHazardTest {

    @TempDir
    Path dir;

    @Test
    void closedFormMatchesNumericalIntegrationOverThePosterior() {
        // baserate_reference.py, Jeffreys prior Gamma(0.5, 0), 25 events in 51 years, horizon 1 year:
        //   closed = 0.3905273411272171, quad = 0.39052734112722071 (E[1 - exp(-λh)] over Gamma(25.5, 51)),
        //   90% interval = 0.294619759898477 0.48994074395474474
        GammaPoissonHazard hazard = GammaPoissonHazard.of(25, 51);
        assertEquals(25.5, hazard.posteriorShape());
        assertEquals(51, hazard.posteriorRate());
        assertEquals(25.5 / 51, hazard.rateMean(), 1e-16);
        assertEquals(1 - Math.pow(51.0 / 52.0, 25.5), hazard.probability(1), 1e-15);
        assertEquals(0.39052734112722071, hazard.probability(1), 1e-13);
        ProbabilityInterval interval = hazard.interval(1, 0.9);
        assertEquals(0.294619759898477, interval.lower(), 1e-9);
        assertEquals(0.48994074395474474, interval.upper(), 1e-9);
        ProbabilityInterval half = hazard.interval(1, 0.5);
        assertEquals(0.3495831100631977, half.lower(), 1e-9);
        assertEquals(0.43036340927944688, half.upper(), 1e-9);
        // Horizon 0.25: closed = 0.11723356377312322, interval 0.083556231757863642 0.15490572763787
        assertEquals(0.1172335637731244, hazard.probability(0.25), 1e-13);
        assertEquals(0.083556231757863642, hazard.interval(0.25, 0.9).lower(), 1e-9);
        assertEquals(0.15490572763787, hazard.interval(0.25, 0.9).upper(), 1e-9);
    }

    @Test
    void informativePriorAndHazardRatio() {
        // baserate_reference.py: a=2 b=1 e=3 T=10 h=2: closed = 0.56624283248000906, 90% 0.30107302464795277
        // 0.81067235372523172; with m = 3: 0.88657238017631346, 90% 0.65857492956597197 0.99321355853845339.
        GammaPoissonHazard hazard = GammaPoissonHazard.builder().prior(2, 1).observed(3, 10)
                .hazardRatio("summit-scheduled", 3).build();
        assertEquals(0.56624283248000906, hazard.probability(2), 1e-14);
        assertEquals(0.56624283248000906, hazard.probability(2, new double[] {0}), 1e-14);
        assertEquals(0.30107302464795277, hazard.interval(2, new double[] {0}, 0.9).lower(), 1e-9);
        assertEquals(0.81067235372523172, hazard.interval(2, new double[] {0}, 0.9).upper(), 1e-9);
        assertEquals(3, hazard.hazardRatio(new double[] {1}), 1e-15);
        assertEquals(0.88657238017631346, hazard.probability(2, new double[] {1}), 1e-14);
        assertEquals(0.65857492956597197, hazard.interval(2, new double[] {1}, 0.9).lower(), 1e-9);
        assertEquals(0.99321355853845339, hazard.interval(2, new double[] {1}, 0.9).upper(), 1e-9);
    }

    @Test
    void probabilityFallsAsTheDeadlineNearsWithNothingHappening() {
        GammaPoissonHazard start = GammaPoissonHazard.of(25, 51);
        // One year to the deadline; each quarter passes quietly: the time left shrinks and the exposure grows.
        double previous = start.probability(1.0);
        GammaPoissonHazard now = start;
        for (int quarter = 1; quarter <= 4; quarter++) {
            now = now.afterQuietPeriod(0.25);
            double left = 1.0 - 0.25 * quarter;
            double p = now.probability(left);
            assertTrue(p < previous, "quarter " + quarter + ": " + p + " < " + previous);
            previous = p;
        }
        assertEquals(0.0, previous); // no time left
        // baserate_reference.py: after three quiet quarters (T = 51.75), the last quarter: 0.1156406585751989.
        GammaPoissonHazard threeQuarters = start.afterQuietPeriod(0.75);
        assertEquals(0.11564065857520055, threeQuarters.probability(0.25), 1e-13);
        assertEquals(0.082396601520388801, threeQuarters.interval(0.25, 0.9).lower(), 1e-9);
        assertEquals(0.15284182946442179, threeQuarters.interval(0.25, 0.9).upper(), 1e-9);
        // Quiet time lowers the probability for the same horizon too.
        assertTrue(threeQuarters.probability(0.25) < start.probability(0.25));
    }

    @Test
    void evidenceRaisesTheProbabilityAndItStaysAProbability() {
        GammaPoissonHazard hazard = GammaPoissonHazard.builder().observed(25, 51).covariate("deal-finalized", 0.7)
                .covariate("partner-declined", -0.5).build();
        double base = hazard.probability(0.5, new double[] {0, 0});
        assertTrue(hazard.probability(0.5, new double[] {1, 0}) > base);
        assertTrue(hazard.probability(0.5, new double[] {0, 1}) < base);
        for (double h : new double[] {0, 1e-9, 0.1, 1, 10, 1e6}) {
            double p = hazard.probability(h, new double[] {1, 0});
            assertTrue(p >= 0 && p <= 1, "h=" + h + ": " + p);
            ProbabilityInterval interval = hazard.interval(h, new double[] {1, 0}, 0.9);
            assertTrue(interval.lower() <= p && p <= interval.upper());
        }
        // Small horizons keep full relative precision: P(h) ≈ (A/R)·h.
        assertEquals(25.5 / 51 * 1e-9, hazard.probability(1e-9, new double[] {0, 0}), 1e-18);
    }

    @Test
    void observeIsTheSameAsBuildingWithEverything() {
        assertEquals(GammaPoissonHazard.of(30, 60), GammaPoissonHazard.of(25, 51).observe(5, 9));
    }

    @Test
    void invalidValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GammaPoissonHazard.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> GammaPoissonHazard.of(1, Double.NaN));
        IllegalArgumentException improper = assertThrows(IllegalArgumentException.class,
                () -> GammaPoissonHazard.of(3, 0));
        assertTrue(improper.getMessage().contains("improper"), improper.getMessage());
        GammaPoissonHazard hazard = GammaPoissonHazard.of(3, 10);
        assertThrows(IllegalArgumentException.class, () -> hazard.probability(-1));
        assertThrows(IllegalArgumentException.class, () -> hazard.probability(1, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> GammaPoissonHazard.builder().observed(1, 1).hazardRatio("x", 0).build());
    }

    @Test
    void modelFileRoundTripAndTable() throws IOException {
        GammaPoissonHazard hazard = GammaPoissonHazard.builder().prior(2, 1).observed(3, 10)
                .hazardRatio("summit-scheduled", 3).build();
        Path file = dir.resolve("hazard.json");
        ModelFiles.write(file, hazard.toDocument());
        assertEquals(hazard, GammaPoissonHazard.fromDocument(ModelFiles.read(file, GammaPoissonHazard.KIND)));
        String text = hazard.toString();
        assertTrue(text.contains("summit-scheduled"), text);
        assertTrue(text.contains("Gamma(shape 5.0000, rate 11.0000)"), text);
    }
}
