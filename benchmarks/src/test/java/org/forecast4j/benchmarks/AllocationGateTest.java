package org.forecast4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationGateTest {

    private static List<AllocationGate.Measured> clean() {
        List<AllocationGate.Measured> all = new ArrayList<>();
        for (String hot : AllocationGate.HOT_PATHS) {
            all.add(new AllocationGate.Measured(hot, "", 20, "ns/op", 0.0002, 5e7));
        }
        return all;
    }

    @Test
    void passesWhenEveryHotPathAllocatesOnlyHarnessBytes() {
        List<AllocationGate.Measured> all = clean();
        all.add(new AllocationGate.Measured("TrainingBenchmark.forecast4j", "rows=2000", 19, "ms/op", 340392, 1));
        all.add(new AllocationGate.Measured("PredictBenchmark.smile", "k=32", 27, "ns/op", 100, 3e7));
        assertEquals(List.of(), AllocationGate.failures(all), "training and Smile are not gated");
        assertTrue(AllocationGate.table(all).contains("not gated"));
    }

    @Test
    void failsAPathThatAllocatesEvenOneObjectInThirtyTwoOperations() {
        List<AllocationGate.Measured> all = clean();
        all.set(0, new AllocationGate.Measured(all.get(0).benchmark(), "k=32", 20, "ns/op", 16.0 / 32 + 0.001, 5e7));
        List<String> failures = AllocationGate.failures(all);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("allocates 0.501 B/op (limit 0.500 B/op)"), failures.get(0));
    }

    @Test
    void slowBenchmarksGetTheHarnessAllowanceButNeverAWholeObjectPerOperation() {
        // 2,000 operations per iteration: 16 KiB of harness bookkeeping is 8.2 B/op, capped at 8.
        AllocationGate.Measured slowClean = new AllocationGate.Measured("BayesianPredictiveBenchmark.moments",
                "k=1024", 5e5, "ns/op", 3.0, 2000);
        assertEquals(8.0, slowClean.limit(), 0);
        assertTrue(slowClean.passes());
        AllocationGate.Measured slowAllocating = new AllocationGate.Measured("BayesianPredictiveBenchmark.moments",
                "k=1024", 5e5, "ns/op", 3.0 + 16, 2000);
        assertTrue(!slowAllocating.passes());
        // 100,000 operations: 0.16 B/op of harness, so the floor of 0.5 applies.
        assertEquals(0.5, new AllocationGate.Measured("LiveBenchmark.eventOnly", "", 1e4, "ns/op", 0, 1e5).limit(), 0);
    }

    @Test
    void failsWhenAllocationIsUnmeasuredOrAHotPathDidNotRun() {
        List<AllocationGate.Measured> all = clean();
        all.set(0, new AllocationGate.Measured(all.get(0).benchmark(), "", 20, "ns/op", Double.NaN, 5e7));
        all.remove(all.size() - 1);
        List<String> failures = AllocationGate.failures(all);
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.contains("could not be measured")), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.contains("no result")), failures.toString());
    }
}
