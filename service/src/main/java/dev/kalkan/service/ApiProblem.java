package dev.kalkan.service;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, answered as an RFC 9457 problem: the status, a short title and a
 * detail that tells the caller what to fix. Never carries content or a detected value.
 */
public final class ApiProblem extends RuntimeException {
  private final HttpStatus status;
  private final String title;
  private final Map<String, Object> properties;

  private ApiProblem(HttpStatus status, String title, String detail, Map<String, Object> props) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.properties = Map.copyOf(props);
  }

  /** A problem with extra members (such as {@code line} and {@code column}). */
  public static ApiProblem of(
      HttpStatus status, String title, String detail, Map<String, Object> properties) {
    return new ApiProblem(status, title, detail, properties);
  }

  /** 400: the request is malformed or invalid. */
  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail, Map.of());
  }

  /** 404: {@code what} (e.g. "incident 7") does not exist. */
  public static ApiProblem notFound(String what) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", what + " does not exist", Map.of());
  }

  /** 409: the request conflicts with the current state. */
  public static ApiProblem conflict(String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, Map.of());
  }

  /** 403: the caller may not do this. */
  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail, Map.of());
  }

  /** 413: the body is larger than {@code limitBytes}. */
  public static ApiProblem tooLarge(long limitBytes) {
    return new ApiProblem(
        HttpStatus.CONTENT_TOO_LARGE,
        "Content too large",
        "the request body is larger than the limit of "
            + limitBytes
            + " bytes (kalkan.request.limit)",
        Map.of("limit", limitBytes));
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
