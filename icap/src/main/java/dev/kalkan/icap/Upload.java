package dev.kalkan.icap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP message that the proxy asked about: an upload (REQMOD, {@link Direction#REQUEST}) or a
 * response on its way to the user (RESPMOD, {@link Direction#RESPONSE}). Immutable.
 *
 * @param direction which message this is
 * @param method the HTTP request method ({@code POST}, {@code PUT}, ...)
 * @param url the absolute request URL
 * @param host the destination host name, lower case, without port
 * @param user the authenticated user the proxy reported ({@code X-Authenticated-User}), if any
 * @param clientIp the client address the proxy reported ({@code X-Client-IP}), if any
 * @param contentType the message's {@code Content-Type}, or empty
 * @param parts the content as decoded: one {@link UploadPart.Kind#BODY} part, or the fields and
 *     files of a form with the entries of archives (XLSX, DOCX, ZIP) in place of the archive
 * @param bodyBytes bytes of the (encoded) body that were read for inspection
 * @param fullyInspected false when the body or a decoded part exceeded the inspection limit or
 *     could not be decoded (the "unscannable" case): the parts then hold only a prefix
 */
public record Upload(
    Direction direction,
    String method,
    String url,
    String host,
    Optional<String> user,
    Optional<String> clientIp,
    String contentType,
    List<UploadPart> parts,
    long bodyBytes,
    boolean fullyInspected) {

  /** Which HTTP message was adapted. */
  public enum Direction {
    /** An HTTP request on its way to the destination (REQMOD): an upload. */
    REQUEST,
    /** An HTTP response on its way back to the user (RESPMOD): a download. */
    RESPONSE
  }

  public Upload {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(clientIp, "clientIp");
    Objects.requireNonNull(contentType, "contentType");
    parts = List.copyOf(parts);
    if (bodyBytes < 0) {
      throw new IllegalArgumentException("bodyBytes < 0: " + bodyBytes);
    }
  }
}
