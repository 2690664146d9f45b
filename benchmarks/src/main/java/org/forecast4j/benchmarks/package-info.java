/**
 * JMH benchmarks of forecast4j's hot paths, each measured in the same run as a floor (the best hand-written
 * code we know for the same arithmetic) and, where one exists, a peer library (Smile). Also the CI smoke run
 * ({@link org.forecast4j.benchmarks.SmokeRun}), which fails the build when a hot path allocates, and the
 * renderer of {@code RESULTS.md} ({@link org.forecast4j.benchmarks.ResultsReport}). The classes named
 * {@code *VectorBenchmark} repeat a benchmark in JVMs started with {@code --add-modules jdk.incubator.vector},
 * where forecast4j's scoring uses SIMD ({@link org.forecast4j.core.kernel.DotKernel}).
 *
 * <p>Every benchmark avoids the usual pitfalls the same way: results are returned or sunk into a
 * {@link org.openjdk.jmh.infra.Blackhole} (no dead-code elimination); inputs live in {@code @State} objects
 * built in {@code @Setup} from seeded generators (no constant folding); feature vectors come from a pool of
 * pre-generated inputs cycled by index, so the branch predictor and the caches cannot learn one input;
 * warm-up iterations precede measurement and every result comes from at least two forked JVMs. This module
 * depends on Smile (GPL-3) and is never linked by a library user.
 */
package org.forecast4j.benchmarks;
