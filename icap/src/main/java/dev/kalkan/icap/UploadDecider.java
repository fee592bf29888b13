package dev.kalkan.icap;

/**
 * Decides what happens to an upload the proxy asked about. {@code kalkan serve} implements it with
 * the policy engine (channel {@code WEB_UPLOAD}, destination from {@link Upload#host()} and {@link
 * Upload#url()}, principal from {@link Upload#user()}); {@link ScannerUploadDecider} is the
 * standalone implementation.
 *
 * <p>Called concurrently from many (virtual) threads: implementations must be thread-safe. An
 * exception counts as an internal error: the server then blocks (fails closed) unless it was built
 * to fail open. Uploads with {@link Upload#fullyInspected()} false are the policy's "unscannable"
 * case.
 *
 * <p>A message whose declared length exceeds the inspection limit is decided twice: first on its
 * preview, before the proxy sends the rest (a verdict other than ALLOW is final and saves the
 * transfer), then, if that allowed it, on the inspected prefix. Record alerts for ALLOW verdicts on
 * the second call only ({@code bodyBytes()} larger than the preview) or de-duplicate them.
 */
@FunctionalInterface
public interface UploadDecider {

  /** The verdict for one upload. */
  UploadVerdict decide(Upload upload);
}
