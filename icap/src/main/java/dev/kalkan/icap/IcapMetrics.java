package dev.kalkan.icap;

/**
 * Counters of an {@link IcapServer} since it started, as one consistent-enough snapshot (each
 * counter is read atomically, the set is not). The service publishes them to its metrics registry.
 *
 * @param connections connections accepted
 * @param activeConnections connections open now
 * @param rejectedConnections connections refused with ICAP 503 because of {@code Max-Connections}
 * @param options OPTIONS requests answered
 * @param reqmod REQMOD requests answered
 * @param respmod RESPMOD requests answered
 * @param allowed messages passed unchanged
 * @param blocked messages answered with the block page
 * @param redacted messages passed with a rewritten body
 * @param monitored blocking or redacting verdicts that monitor mode let pass
 * @param unscannable messages not fully inspected (over the limit or not decodable)
 * @param failedClosed internal errors answered by blocking
 * @param failedOpen internal errors answered by passing (fail-open configuration)
 * @param protocolErrors requests answered with an ICAP 4xx error (bad syntax, unknown service)
 * @param timeouts connections closed because input stopped arriving within the timeout
 * @param bytesInspected body bytes read for inspection
 */
public record IcapMetrics(
    long connections,
    long activeConnections,
    long rejectedConnections,
    long options,
    long reqmod,
    long respmod,
    long allowed,
    long blocked,
    long redacted,
    long monitored,
    long unscannable,
    long failedClosed,
    long failedOpen,
    long protocolErrors,
    long timeouts,
    long bytesInspected) {}
