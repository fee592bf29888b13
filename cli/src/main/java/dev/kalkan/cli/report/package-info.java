/**
 * The output formats of {@code kalkan scan}: text for people, and JSON, JSON Lines and SARIF 2.1.0
 * for machines, as {@code shared/CONTRACTS.md} section 2 fixes them.
 *
 * <p>{@link dev.kalkan.cli.report.ReportWriter#create} is the entry point; the writers themselves
 * are package-private. Clear values are read in one place, {@code ClearValue}.
 */
package dev.kalkan.cli.report;
