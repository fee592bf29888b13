/**
 * Benchmarks (JMH) and the generator of the benchmark corpus.
 *
 * <p>Not shipped; run by the scripts under {@code bench/}.
 */
package dev.kalkan.bench;
