package org.forecast4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.EnumSet;
import java.util.Set;
import org.forecast4j.features.event.Times;
import org.forecast4j.features.spec.FeatureKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The live benchmark's scenario is a steady, realistic state, and stepping it allocates nothing. */
class LiveScenarioTest {

    @Test
    void specHas32FeaturesOfEveryLiveKind() {
        var spec = LiveScenario.spec();
        assertEquals(32, spec.size());
        Set<FeatureKind> kinds = EnumSet.noneOf(FeatureKind.class);
        spec.features().forEach(f -> kinds.add(f.kind()));
        // deadline-hazard came after the committed benchmark run; RandomStreams' live/batch tests cover it.
        assertEquals(EnumSet.complementOf(EnumSet.of(FeatureKind.DEADLINE_HAZARD)), kinds);
    }

    @Test
    void warmUpReachesASteadyStateAndSteppingAllocatesNothing() {
        LiveScenario s = new LiveScenario(Inputs.SEED + 4000);
        // About a million events at 10 s apart: roughly 121 days after the start.
        double days = (s.clock() - Times.nanos(LiveScenario.START)) / Times.NANOS_PER_DAY;
        assertTrue(days > 110 && days < 135, "days simulated: " + days);
        double[] x = new double[s.spec.size()];
        int deal30d = s.spec.schema().indexOf("deal30d");
        double countSum = 0;
        int steps = 20_000;
        long previous = s.clock();
        for (int i = 0; i < steps; i++) {
            int q = s.nextEvent();
            assertTrue(q >= 0 && q < LiveScenario.QUESTIONS);
            assertTrue(s.clock() > previous, "the clock always advances");
            previous = s.clock();
            double p = s.forecaster.probability(q, s.clock(), x);
            s.live.features(q, s.clock(), x);
            assertTrue(p > 0 && p < 1, "probability " + p);
            for (double v : x) {
                assertTrue(Double.isFinite(v));
            }
            countSum += x[deal30d];
        }
        // Each question sees a deal about every 19 hours: about 37 in 30 days.
        double meanCount = countSum / steps;
        assertTrue(meanCount > 30 && meanCount < 45, "mean 30-day deal count " + meanCount);

        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean.isThreadAllocatedMemorySupported());
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        double sink = 0;
        for (int i = 0; i < 100_000; i++) {
            int q = s.nextEvent();
            sink += s.forecaster.probability(q, s.clock(), x);
        }
        long allocated = bean.getThreadAllocatedBytes(id) - before;
        assertTrue(sink > 0);
        assertTrue(allocated < 4096, "100,000 events and probabilities allocated " + allocated + " bytes");
    }
}
