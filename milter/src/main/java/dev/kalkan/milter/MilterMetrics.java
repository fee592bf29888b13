package dev.kalkan.milter;

/**
 * A snapshot of a {@link MilterServer}'s counters since it started. Immutable.
 *
 * @param connections MTA connections accepted
 * @param connectionsRefused connections closed at once because {@code maxConnections} were open
 * @param messages messages that reached their end of data and were decided
 * @param accepted messages accepted (with or without an added header)
 * @param rejected messages rejected with a 5xx reply
 * @param tempfailed messages refused with a 4xx reply, by verdict or after an internal error
 * @param quarantined messages accepted into the MTA's quarantine (Postfix: the hold queue)
 * @param headersAdded decision headers added to accepted or quarantined messages
 * @param notFullyInspected messages larger than the size limit or with unparseable MIME
 * @param internalErrors decider failures and timeouts (answered with tempfail, or accept when
 *     failing open)
 * @param failedOpen messages accepted without a decision because the server fails open
 * @param protocolErrors connections closed because the MTA sent malformed or unexpected data
 * @param decisionNanos total time spent assembling and deciding messages, in nanoseconds
 */
public record MilterMetrics(
    long connections,
    long connectionsRefused,
    long messages,
    long accepted,
    long rejected,
    long tempfailed,
    long quarantined,
    long headersAdded,
    long notFullyInspected,
    long internalErrors,
    long failedOpen,
    long protocolErrors,
    long decisionNanos) {}
