package org.forecast4j.core.baserate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forecast4j.core.prob.Probabilities;
import org.junit.jupiter.api.Test;

/** The hazard's log-odds and their posterior standard deviation, the prior of an evidence model. */
class GammaPoissonHazardLogOddsTest {

    @Test
    void seedScenarioRateMatchesScipy() {
        // hazard_logodds_reference.py, A=19.5 R=52 (Jeffreys prior, 19 Tokyo visits in 52 years):
        //   h=1:     logit(predictive) = -0.79890651557490333, sd[g] = 0.27409210787919031
        //   h=0.25:  logit(predictive) = -2.3223955476924689,  sd[g] = 0.2400428685468923
        //   h=0.001: logit(predictive) = -7.8884066432450322,  sd[g] = 0.22943119887833455
        GammaPoissonHazard hazard = GammaPoissonHazard.of(19, 52);
        assertEquals(-0.79890651557490333, hazard.logOdds(1), 1e-13);
        assertEquals(Probabilities.logit(hazard.probability(1)), hazard.logOdds(1), 1e-13);
        assertEquals(0.27409210787919031, hazard.logOddsSd(1), 1e-10);
        assertEquals(-2.3223955476924689, hazard.logOdds(0.25), 1e-13);
        assertEquals(0.2400428685468923, hazard.logOddsSd(0.25), 1e-10);
        assertEquals(-7.8884066432450322, hazard.logOdds(1e-3), 1e-13);
        assertEquals(0.22943119887833455, hazard.logOddsSd(1e-3), 1e-10);
    }

    @Test
    void skewedNarrowAndScaledPosteriorsMatchScipy() {
        // hazard_logodds_reference.py: A=0.5 R=1 h=1: logit = -0.88137358701954294, sd = 2.5058024205107188
        GammaPoissonHazard empty = GammaPoissonHazard.of(0, 1);
        assertEquals(-0.88137358701954294, empty.logOdds(1), 1e-13);
        assertEquals(2.5058024205107188, empty.logOddsSd(1), 1e-9);
        // A=5 R=11 h=2 m=3: logit = 2.0561978466134088, sd = 1.3328997317528435
        GammaPoissonHazard informed = GammaPoissonHazard.builder().prior(2, 1).observed(3, 10)
                .hazardRatio("summit", 3).build();
        assertEquals(2.0561978466134088, informed.logOdds(2, new double[] {1}), 1e-12);
        assertEquals(1.3328997317528435, informed.logOddsSd(2, new double[] {1}), 1e-9);
        assertEquals(informed.logOdds(6, new double[] {0}), informed.logOdds(2, new double[] {1}), 1e-12);
        // A=500.5 R=1000 h=1: logit = -0.4321170900367981, sd = 0.056832840745951504
        GammaPoissonHazard many = GammaPoissonHazard.of(500, 1000);
        assertEquals(-0.4321170900367981, many.logOdds(1), 1e-13);
        assertEquals(0.056832840745951504, many.logOddsSd(1), 1e-11);
    }

    @Test
    void sdTendsToTheSdOfTheLogRateAsTheHorizonShrinks() {
        // sqrt(trigamma(19.5)) = 0.22938927876789694 (hazard_logodds_reference.py); log(expm1(λh)) → log λ + log h.
        GammaPoissonHazard hazard = GammaPoissonHazard.of(19, 52);
        assertEquals(0.22938927876789694, hazard.logOddsSd(1e-9), 1e-9);
        double previous = Double.POSITIVE_INFINITY;
        for (double h = 4; h > 1e-4; h /= 2) {
            double logOdds = hazard.logOdds(h);
            assertTrue(logOdds < previous, "log-odds fall with the horizon");
            previous = logOdds;
            assertTrue(hazard.logOddsSd(h) > 0.2293, "sd stays above its limit at h = " + h);
        }
    }

    @Test
    void aZeroHorizonHasNoFiniteLogOdds() {
        GammaPoissonHazard hazard = GammaPoissonHazard.of(19, 52);
        assertThrows(IllegalArgumentException.class, () -> hazard.logOdds(0));
        assertThrows(IllegalArgumentException.class, () -> hazard.logOddsSd(0));
        assertThrows(IllegalArgumentException.class, () -> hazard.logOddsSd(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> hazard.logOdds(-1));
    }
}
