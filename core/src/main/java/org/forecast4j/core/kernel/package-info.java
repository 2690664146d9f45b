/**
 * The dot-product kernels behind every linear score: {@link org.forecast4j.core.kernel.LinearScorer} (the
 * allocation-free {@code σ(b + w·x)} every linear model scores with) and the loops it picks once per JVM
 * ({@link org.forecast4j.core.kernel.DotKernel}: sixteen fused multiply-add sums where the CPU has FMA, eight
 * plain sums otherwise, or the Vector API when {@code jdk.incubator.vector} is present). Internal apart from
 * {@code LinearScorer} and {@code DotKernel.description()}; depends on {@code prob} only.
 */
package org.forecast4j.core.kernel;
