package dev.kalkan.milter;

import java.util.concurrent.atomic.LongAdder;

/** The live counters behind {@link MilterMetrics}; thread-safe. */
final class MilterCounters {
  final LongAdder connections = new LongAdder();
  final LongAdder connectionsRefused = new LongAdder();
  final LongAdder messages = new LongAdder();
  final LongAdder accepted = new LongAdder();
  final LongAdder rejected = new LongAdder();
  final LongAdder tempfailed = new LongAdder();
  final LongAdder quarantined = new LongAdder();
  final LongAdder headersAdded = new LongAdder();
  final LongAdder notFullyInspected = new LongAdder();
  final LongAdder internalErrors = new LongAdder();
  final LongAdder failedOpen = new LongAdder();
  final LongAdder protocolErrors = new LongAdder();
  final LongAdder decisionNanos = new LongAdder();

  MilterMetrics snapshot() {
    return new MilterMetrics(
        connections.sum(),
        connectionsRefused.sum(),
        messages.sum(),
        accepted.sum(),
        rejected.sum(),
        tempfailed.sum(),
        quarantined.sum(),
        headersAdded.sum(),
        notFullyInspected.sum(),
        internalErrors.sum(),
        failedOpen.sum(),
        protocolErrors.sum(),
        decisionNanos.sum());
  }
}
