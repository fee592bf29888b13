package dev.kalkan.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client of the service under test, authenticated by an API key, a session cookie or
 * nothing.
 */
public final class Api {
  public static final JsonMapper JSON = JsonMapper.builder().build();
  private final URI base;
  private final HttpClient client;
  private final String bearer;
  private final List<String> headers;

  private Api(URI base, HttpClient client, String bearer, List<String> headers) {
    this.base = base;
    this.client = client;
    this.bearer = bearer;
    this.headers = List.copyOf(headers);
  }

  /** An unauthenticated client of the service on {@code port}. */
  public static Api anonymous(int port) {
    return new Api(
        URI.create("http://127.0.0.1:" + port),
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
        null,
        List.of());
  }

  /** A client signed in as the first administrator (a session). */
  public static Api admin(int port) {
    Api api = anonymous(port);
    Response signIn =
        api.post(
            "/api/v1/session",
            "application/json",
            "{\"username\":\"admin\",\"password\":\"" + TestEnvironment.ADMIN_PASSWORD + "\"}");
    if (signIn.status() != 200) {
      throw new AssertionError("admin sign-in failed: " + signIn);
    }
    return api;
  }

  /** A client with a new API key of {@code role}, created by the administrator. */
  public static Api withNewKey(int port, String role) {
    Response created =
        admin(port)
            .post(
                "/api/v1/api-keys",
                "application/json",
                "{\"name\":\""
                    + role.toLowerCase()
                    + "-"
                    + UUID.randomUUID()
                    + "\",\"role\":\""
                    + role
                    + "\"}");
    if (created.status() != 201) {
      throw new AssertionError("key creation failed: " + created);
    }
    return anonymous(port).withKey(created.json().get("key").asString());
  }

  /** This client sending {@code key} as its bearer token. */
  public Api withKey(String key) {
    return new Api(base, HttpClient.newHttpClient(), key, headers);
  }

  /** This client adding a header to every request. */
  public Api withHeader(String name, String value) {
    List<String> more = new ArrayList<>(headers);
    more.add(name);
    more.add(value);
    return new Api(base, client, bearer, more);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  public Response post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Response post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Response put(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Response patch(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** Sends {@code content} as the multipart part {@code file}, with extra form fields. */
  public Response postFile(
      String path, String filename, byte[] content, Map<String, String> fields) {
    String boundary = "kalkan-" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    fields.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(filename)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[start.length + content.length + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(content, 0, body, start.length, content.length);
    System.arraycopy(end, 0, body, start.length + content.length, end.length);
    return post(path, "multipart/form-data; boundary=" + boundary, body);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    for (int i = 0; i < headers.size(); i += 2) {
      builder.header(headers.get(i), headers.get(i + 1));
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, media type and body. */
  public record Response(int status, String contentType, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }
  }
}
