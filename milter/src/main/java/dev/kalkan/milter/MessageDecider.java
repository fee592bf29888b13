package dev.kalkan.milter;

/**
 * Decides what happens to one message at its end of data. The service implements it with the policy
 * engine; {@link ScannerMessageDecider} is the standalone implementation.
 *
 * <p>Called from many connections at once, so implementations must be thread-safe. A thrown
 * exception, or a decision slower than the server's decision timeout, counts as an internal error:
 * the message is tempfailed (fail closed) unless the server was built to fail open.
 */
@FunctionalInterface
public interface MessageDecider {

  /** The verdict for {@code message}; never null. */
  MessageVerdict decide(MailMessage message) throws Exception;
}
