package dev.kalkan.icap;

/**
 * Decides what happens to an upload the proxy asked about: {@link PolicyUploadDecider} with the
 * policy engine (channel {@code WEB_UPLOAD}, destination from {@link Upload#url()}, principal from
 * {@link Upload#user()}), {@link ScannerUploadDecider} standalone.
 *
 * <p>Called concurrently from many (virtual) threads: implementations must be thread-safe. An
 * exception counts as an internal error: the server then blocks (fails closed) unless it was built
 * to fail open. Uploads with {@link Upload#fullyInspected()} false are the policy's "unscannable"
 * case.
 */
@FunctionalInterface
public interface UploadDecider {

  /** The verdict for one upload. */
  UploadVerdict decide(Upload upload);
}
