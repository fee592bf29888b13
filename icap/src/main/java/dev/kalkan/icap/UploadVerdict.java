package dev.kalkan.icap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do with an {@link Upload}. Immutable. A blocking or redacting verdict carries an incident
 * reference and a reason meant for the user, which must not contain the detected data.
 */
public final class UploadVerdict {

  /** The outcome. */
  public enum Action {
    /** Pass the message unchanged, byte for byte. */
    ALLOW,
    /** Refuse the message: the user gets an HTTP 403 page with the reason and the reference. */
    BLOCK,
    /** Pass a rewritten body instead of the original one. */
    REDACT
  }

  private static final UploadVerdict ALLOW =
      new UploadVerdict(Action.ALLOW, "", "", List.of(), null);

  private final Action action;
  private final String reference;
  private final String reason;
  private final List<String> dataTypes;
  private final byte[] redactedBody;

  private UploadVerdict(
      Action action, String reference, String reason, List<String> dataTypes, byte[] body) {
    this.action = action;
    this.reference = reference;
    this.reason = reason;
    this.dataTypes = List.copyOf(dataTypes);
    this.redactedBody = body;
  }

  /** Pass unchanged. */
  public static UploadVerdict allow() {
    return ALLOW;
  }

  /**
   * Refuse the upload.
   *
   * @param reference the incident reference shown to the user (non-blank)
   * @param reason what was blocked and why, without the data (for example "Amazon Information to
   *     personal cloud storage")
   * @param dataTypes the kinds of data found (infoType names), possibly empty
   */
  public static UploadVerdict block(String reference, String reason, List<String> dataTypes) {
    return new UploadVerdict(
        Action.BLOCK, requireText(reference, "reference"), reason(reason), dataTypes, null);
  }

  /**
   * Replace the body with {@code body} (the decoded body with the data masked); the server falls
   * back to blocking where the message cannot carry a rewritten body (not fully read).
   */
  public static UploadVerdict redact(
      String reference, String reason, List<String> dataTypes, byte[] body) {
    return new UploadVerdict(
        Action.REDACT,
        requireText(reference, "reference"),
        reason(reason),
        dataTypes,
        Objects.requireNonNull(body, "body").clone());
  }

  public Action action() {
    return action;
  }

  /** The incident reference; empty for {@link Action#ALLOW}. */
  public String reference() {
    return reference;
  }

  /** The reason for the user; empty for {@link Action#ALLOW}. */
  public String reason() {
    return reason;
  }

  /** The kinds of data found, for the block page. */
  public List<String> dataTypes() {
    return dataTypes;
  }

  /** A copy of the rewritten body of a {@link Action#REDACT} verdict. */
  public Optional<byte[]> redactedBody() {
    return Optional.ofNullable(redactedBody).map(byte[]::clone);
  }

  int redactedLength() {
    return redactedBody == null ? 0 : redactedBody.length;
  }

  byte[] redactedBodyUnsafe() {
    return redactedBody;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  private static String reason(String reason) {
    return Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return action == Action.ALLOW
        ? "UploadVerdict[ALLOW]"
        : "UploadVerdict[" + action + " " + reference + ": " + reason + " " + dataTypes + "]";
  }
}
