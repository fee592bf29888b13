/**
 * The ICAP server (RFC 3507) through which a web proxy such as Squid asks Kalkan about each upload:
 * {@link dev.kalkan.icap.IcapServer} speaks the protocol and hands each request body, decoded into
 * {@link dev.kalkan.icap.UploadPart}s, to an {@link dev.kalkan.icap.UploadDecider}.
 *
 * <p>Plain Java with no framework dependency; {@code kalkan serve} starts the server with {@link
 * dev.kalkan.icap.PolicyUploadDecider} (the policy engine), {@link
 * dev.kalkan.icap.ScannerUploadDecider} decides standalone.
 */
package dev.kalkan.icap;
