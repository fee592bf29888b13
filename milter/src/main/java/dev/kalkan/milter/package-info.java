/**
 * Kalkan as a mail filter: {@link dev.kalkan.milter.MilterServer} speaks the Sendmail milter
 * protocol (version 6, as Postfix speaks it), assembles each message into a {@link
 * dev.kalkan.milter.MailMessage} and lets a {@link dev.kalkan.milter.MessageDecider} accept,
 * reject, tempfail or quarantine it before it leaves.
 *
 * <p>Plain Java with no framework dependency; the service wires its policy engine in as the
 * decider, and {@link dev.kalkan.milter.ScannerMessageDecider} serves the standalone case.
 */
package dev.kalkan.milter;
