package dev.kalkan.icap;

import java.util.concurrent.atomic.LongAdder;

/** The live counters behind {@link IcapMetrics}; updated from every connection thread. */
final class Counters {
  final LongAdder connections = new LongAdder();
  final LongAdder active = new LongAdder();
  final LongAdder rejected = new LongAdder();
  final LongAdder options = new LongAdder();
  final LongAdder reqmod = new LongAdder();
  final LongAdder respmod = new LongAdder();
  final LongAdder allowed = new LongAdder();
  final LongAdder blocked = new LongAdder();
  final LongAdder redacted = new LongAdder();
  final LongAdder monitored = new LongAdder();
  final LongAdder unscannable = new LongAdder();
  final LongAdder failedClosed = new LongAdder();
  final LongAdder failedOpen = new LongAdder();
  final LongAdder protocolErrors = new LongAdder();
  final LongAdder timeouts = new LongAdder();
  final LongAdder bytesInspected = new LongAdder();

  IcapMetrics snapshot() {
    return new IcapMetrics(
        connections.sum(),
        active.sum(),
        rejected.sum(),
        options.sum(),
        reqmod.sum(),
        respmod.sum(),
        allowed.sum(),
        blocked.sum(),
        redacted.sum(),
        monitored.sum(),
        unscannable.sum(),
        failedClosed.sum(),
        failedOpen.sum(),
        protocolErrors.sum(),
        timeouts.sum(),
        bytesInspected.sum());
  }
}
