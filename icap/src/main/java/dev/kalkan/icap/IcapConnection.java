package dev.kalkan.icap;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the ICAP requests of one connection, one after the other (keep-alive), on its own
 * (virtual) thread.
 *
 * <p>A modification request is handled in one pass over its body: up to {@code maxInspectedBytes}
 * are collected (after a preview, the server asks for the rest with {@code 100 Continue}); then the
 * decider is asked. A message that passes is answered with {@code 204} only where that is allowed
 * (the client sent {@code Allow: 204}, or the answer comes right after the preview), otherwise it
 * is echoed; the part of a body beyond the limit is forwarded as it arrives, never held, so memory
 * per connection is bounded by the limit. Any malformed input is answered with an ICAP error and
 * the connection is closed after a bounded lingering read.
 */
final class IcapConnection implements Runnable {
  private static final System.Logger LOG = System.getLogger(IcapConnection.class.getName());
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] LAST_CHUNK = "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int FORWARD_CHUNK = 64 * 1024;

  private final Socket socket;
  private final IcapSettings settings;
  private final UploadDecider decider;
  private final ContentExtractor extractor;
  private final Counters counters;

  IcapConnection(
      Socket socket,
      IcapSettings settings,
      UploadDecider decider,
      ContentExtractor extractor,
      Counters counters) {
    this.socket = socket;
    this.settings = settings;
    this.decider = decider;
    this.extractor = extractor;
    this.counters = counters;
  }

  @Override
  public void run() {
    counters.active.increment();
    try (socket) {
      socket.setTcpNoDelay(true);
      IcapInput in = new IcapInput(socket);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      serve(in, out);
    } catch (IOException e) {
      // the peer went away; nothing to answer
    } finally {
      counters.active.decrement();
    }
  }

  private void serve(IcapInput in, OutputStream out) throws IOException {
    while (true) {
      in.deadlineIn(0);
      in.readTimeout(settings.idleTimeoutMillis());
      try {
        if (!in.awaitRequest()) {
          return;
        }
      } catch (IcapInput.TimeoutException e) {
        return;
      }
      in.readTimeout(settings.readTimeoutMillis());
      in.deadlineIn(settings.headerTimeoutMillis());
      boolean keepAlive;
      try {
        keepAlive = handle(in, out);
      } catch (IcapException e) {
        counters.protocolErrors.increment();
        writeError(out, e.status(), e.getMessage());
        lingeringClose(in);
        return;
      } catch (IcapInput.TimeoutException e) {
        counters.timeouts.increment();
        writeError(out, 408, e.getMessage());
        lingeringClose(in);
        return;
      } catch (RuntimeException e) {
        counters.failedClosed.increment();
        LOG.log(System.Logger.Level.ERROR, "ICAP request failed: " + e.getClass().getName());
        writeError(out, 500, "internal error");
        lingeringClose(in);
        return;
      }
      out.flush();
      if (!keepAlive) {
        lingeringClose(in);
        return;
      }
    }
  }

  private boolean handle(IcapInput in, OutputStream out) throws IOException, IcapException {
    String requestLine = in.readLine(settings.maxLine());
    if (requestLine == null) {
      throw IcapException.badRequest("empty request");
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw IcapException.badRequest("bad request line");
    }
    if (!parts[2].equals("ICAP/1.0")) {
      throw new IcapException(parts[2].startsWith("ICAP/") ? 505 : 400, "not ICAP/1.0");
    }
    HeaderFields headers = readHeaders(in);
    String service = service(parts[1]);
    boolean closeRequested = "close".equalsIgnoreCase(headers.get("Connection"));
    if (!service.equals(settings.reqmodService()) && !service.equals(settings.respmodService())) {
      throw new IcapException(404, "no such ICAP service");
    }
    switch (parts[0]) {
      case "OPTIONS" -> {
        counters.options.increment();
        writeOptions(out, service);
        String enc = headers.get("Encapsulated");
        return !closeRequested && (enc == null || enc.strip().startsWith("null-body"));
      }
      case "REQMOD" -> {
        if (!service.equals(settings.reqmodService())) {
          throw new IcapException(405, "REQMOD is not served here");
        }
        counters.reqmod.increment();
        return modify(in, out, headers, Upload.Direction.REQUEST) && !closeRequested;
      }
      case "RESPMOD" -> {
        if (!service.equals(settings.respmodService())) {
          throw new IcapException(405, "RESPMOD is not served here");
        }
        counters.respmod.increment();
        return modify(in, out, headers, Upload.Direction.RESPONSE) && !closeRequested;
      }
      default -> throw new IcapException(501, "method not implemented");
    }
  }

  private HeaderFields readHeaders(IcapInput in) throws IOException, IcapException {
    HeaderFields headers = new HeaderFields();
    int total = 0;
    while (true) {
      String line = in.readLine(settings.maxLine());
      if (line == null) {
        throw IcapException.badRequest("connection closed inside the ICAP headers");
      }
      if (line.isEmpty()) {
        return headers;
      }
      total += line.length() + 2;
      if (total > settings.maxHeaderBytes() || headers.size() >= settings.maxHeaderFields()) {
        throw IcapException.badRequest("ICAP headers too large");
      }
      headers.addLine(line);
    }
  }

  private static String service(String uri) throws IcapException {
    String path;
    try {
      URI u = new URI(uri);
      if (u.getScheme() != null && !u.getScheme().equalsIgnoreCase("icap")) {
        throw IcapException.badRequest("not an icap:// URI");
      }
      path = u.getRawPath();
    } catch (java.net.URISyntaxException e) {
      throw IcapException.badRequest("bad ICAP URI");
    }
    if (path == null || path.isEmpty()) {
      return "";
    }
    return path.startsWith("/") ? path.substring(1) : path;
  }

  /** Handles REQMOD or RESPMOD; returns whether the connection can serve another request. */
  private boolean modify(
      IcapInput in, OutputStream out, HeaderFields icap, Upload.Direction direction)
      throws IOException, IcapException {
    Encapsulated enc = Encapsulated.parse(icap.get("Encapsulated"), settings.maxHeaderBytes());
    if (direction == Upload.Direction.REQUEST && (enc.reqHdr() < 0 || enc.resHdr() >= 0)) {
      throw IcapException.badRequest("REQMOD needs req-hdr and no res-hdr");
    }
    if (direction == Upload.Direction.RESPONSE && enc.resHdr() < 0) {
      throw IcapException.badRequest("RESPMOD needs res-hdr");
    }
    byte[] heads = new byte[enc.body()];
    in.readFully(heads, 0, heads.length);
    HttpHead request =
        enc.reqHdr() < 0
            ? null
            : HttpHead.parse(
                heads,
                enc.reqHdr(),
                (enc.resHdr() >= 0 ? enc.resHdr() : enc.body()) - enc.reqHdr(),
                settings.maxHeaderFields());
    HttpHead response =
        enc.resHdr() < 0
            ? null
            : HttpHead.parse(
                heads, enc.resHdr(), enc.body() - enc.resHdr(), settings.maxHeaderFields());
    in.deadlineIn(0);
    HttpHead adapted = direction == Upload.Direction.REQUEST ? request : response;
    int preview = preview(icap.get("Preview"));
    boolean allow204 = icap.hasToken("Allow", "204");

    Body body = new Body(enc.hasBody() ? new ChunkedBody(in, settings.maxLine()) : null);
    body.presize(adapted.header("Content-Length"));
    boolean inPreview = enc.hasBody() && preview >= 0;
    if (enc.hasBody()) {
      body.collect();
      if (inPreview && !body.overflow && !body.chunks.ieof()) {
        out.write("ICAP/1.0 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        inPreview = false;
        body.chunks.continueAfterPreview();
        body.collect();
      }
    }
    counters.bytesInspected.add(body.length);
    boolean complete = !body.overflow;

    UploadVerdict verdict = decide(icap, request, response, direction, body, complete);
    String host = request == null ? "" : request.host();
    switch (verdict.action()) {
      case ALLOW -> {
        counters.allowed.increment();
        return pass(out, enc, adapted, direction, body, allow204, inPreview);
      }
      case REDACT -> {
        if (complete && adapted != null) {
          counters.redacted.increment();
          writeRedacted(out, adapted, direction, verdict);
          return true;
        }
        counters.blocked.increment();
        return block(out, body, inPreview, host, verdict);
      }
      default -> {
        counters.blocked.increment();
        return block(out, body, inPreview, host, verdict);
      }
    }
  }

  private UploadVerdict decide(
      HeaderFields icap,
      HttpHead request,
      HttpHead response,
      Upload.Direction direction,
      Body body,
      boolean bodyComplete) {
    UploadVerdict verdict;
    try {
      HttpHead adapted = direction == Upload.Direction.REQUEST ? request : response;
      ContentExtractor.Result content =
          extractor.extract(
              adapted.header("Content-Type"),
              adapted.header("Content-Encoding"),
              body.bytes,
              body.length,
              bodyComplete);
      if (!content.complete()) {
        counters.unscannable.increment();
      }
      Upload upload =
          new Upload(
              direction,
              request == null ? "" : request.method(),
              request == null ? "" : request.url(),
              request == null ? "" : request.host(),
              Optional.ofNullable(icap.get("X-Authenticated-User")).filter(s -> !s.isBlank()),
              Optional.ofNullable(icap.get("X-Client-IP")).filter(s -> !s.isBlank()),
              Optional.ofNullable(adapted.header("Content-Type")).orElse(""),
              content.parts(),
              body.length,
              content.complete());
      verdict = decider.decide(upload);
      if (verdict == null) {
        throw new IllegalStateException("decider returned no verdict");
      }
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String reference = reference();
      LOG.log(
          System.Logger.Level.ERROR,
          "upload decision failed (" + e.getClass().getName() + "), incident " + reference);
      if (settings.failOpen()) {
        counters.failedOpen.increment();
        return UploadVerdict.allow();
      }
      counters.failedClosed.increment();
      return UploadVerdict.block(
          reference, "the upload could not be inspected (internal error)", List.of());
    }
    if (settings.monitorOnly() && verdict.action() != UploadVerdict.Action.ALLOW) {
      counters.monitored.increment();
      return UploadVerdict.allow();
    }
    return verdict;
  }

  private static String reference() {
    byte[] b = new byte[5];
    RANDOM.nextBytes(b);
    StringBuilder s = new StringBuilder("KLK-ERR-");
    for (byte x : b) {
      s.append(String.format("%02X", x));
    }
    return s.toString();
  }

  /** The body bytes read for inspection, and what is left of the message. */
  private final class Body {
    final ChunkedBody chunks;
    byte[] bytes = new byte[0];
    int length;
    boolean overflow;
    int pending = -1;

    Body(ChunkedBody chunks) {
      this.chunks = chunks;
    }

    /** Allocates the buffer once for a body of a declared length within the limit. */
    void presize(String contentLength) {
      if (chunks == null || contentLength == null) {
        return;
      }
      try {
        long n = Long.parseLong(contentLength.strip());
        if (n > 0) {
          bytes = new byte[(int) Math.min(n, settings.maxInspectedBytes())];
        }
      } catch (NumberFormatException e) {
        // a bad length is the proxy's business; the buffer grows as the body arrives
      }
    }

    /** Reads the current section into the buffer up to the limit. */
    void collect() throws IOException, IcapException {
      int max = settings.maxInspectedBytes();
      byte[] one = new byte[1];
      while (length < max) {
        if (length == bytes.length) {
          if (chunks.read(one, 0, 1) < 0) {
            return;
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min(max, Math.max(8192L, bytes.length * 2L)));
          bytes[length++] = one[0];
          continue;
        }
        int n = chunks.read(bytes, length, bytes.length - length);
        if (n < 0) {
          return;
        }
        length += n;
      }
      if (chunks.read(one, 0, 1) > 0) {
        overflow = true;
        pending = one[0] & 0xFF;
      }
    }

    /** True while body input remains unread after the inspected prefix. */
    boolean unread() {
      return chunks != null && !chunks.atEnd();
    }
  }

  private boolean pass(
      OutputStream out,
      Encapsulated enc,
      HttpHead adapted,
      Upload.Direction direction,
      Body body,
      boolean allow204,
      boolean inPreview)
      throws IOException, IcapException {
    if (allow204 || inPreview) {
      if (body.unread()) {
        body.chunks.skipRest();
      }
      writeStatusOnly(out, 204, "No Content");
      return true;
    }
    String bodyName = direction == Upload.Direction.REQUEST ? "req" : "res";
    byte[] head = adapted.raw();
    writeIcapHead(
        out,
        200,
        "OK",
        bodyName + "-hdr=0, " + (enc.hasBody() ? bodyName + "-body=" : "null-body=") + head.length);
    out.write(head);
    if (!enc.hasBody()) {
      return true;
    }
    writeChunk(out, body.bytes, 0, body.length);
    if (body.pending >= 0) {
      writeChunk(out, new byte[] {(byte) body.pending}, 0, 1);
      byte[] scratch = new byte[FORWARD_CHUNK];
      int n;
      while ((n = body.chunks.read(scratch, 0, scratch.length)) >= 0) {
        writeChunk(out, scratch, 0, n);
      }
    }
    out.write(LAST_CHUNK);
    return true;
  }

  /**
   * Answers with the block page. The rest of an unread body is read and dropped first: Squid closes
   * the user's connection when the answer comes while the upload is still arriving, and the user
   * would see a reset instead of the page.
   */
  private boolean block(
      OutputStream out, Body body, boolean inPreview, String host, UploadVerdict verdict)
      throws IOException {
    boolean reusable = true;
    if (!inPreview && body.unread()) {
      try {
        body.chunks.skipRest();
      } catch (IcapException | IOException e) {
        reusable = false;
      }
    }
    byte[] page = BlockPage.render(host, verdict);
    HeaderFields fields = new HeaderFields();
    fields.add("Content-Type", "text/html; charset=utf-8");
    fields.add("Content-Length", Integer.toString(page.length));
    fields.add("Cache-Control", "no-store");
    fields.add("X-Kalkan-Incident", verdict.reference());
    HttpHead head = HttpHead.response(403, "Forbidden", fields);
    writeIcapHead(out, 200, "OK", "res-hdr=0, res-body=" + head.raw().length);
    out.write(head.raw());
    writeChunk(out, page, 0, page.length);
    out.write(LAST_CHUNK);
    return reusable;
  }

  private void writeRedacted(
      OutputStream out, HttpHead adapted, Upload.Direction direction, UploadVerdict verdict)
      throws IOException {
    HttpHead head =
        adapted.withBody(verdict.redactedLength(), Set.of("content-encoding", "content-md5"));
    String name = direction == Upload.Direction.REQUEST ? "req" : "res";
    writeIcapHead(out, 200, "OK", name + "-hdr=0, " + name + "-body=" + head.raw().length);
    out.write(head.raw());
    writeChunk(out, verdict.redactedBodyUnsafe(), 0, verdict.redactedLength());
    out.write(LAST_CHUNK);
  }

  private static int preview(String header) throws IcapException {
    if (header == null) {
      return -1;
    }
    String v = header.strip();
    if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw IcapException.badRequest("bad Preview header");
    }
    return Integer.parseInt(v);
  }

  private static void writeChunk(OutputStream out, byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    out.write(Integer.toHexString(len).getBytes(StandardCharsets.ISO_8859_1));
    out.write(CRLF);
    out.write(b, off, len);
    out.write(CRLF);
  }

  private void writeOptions(OutputStream out, String service) throws IOException {
    String methods = service.equals(settings.reqmodService()) ? "REQMOD" : "RESPMOD";
    StringBuilder s =
        new StringBuilder(256)
            .append("ICAP/1.0 200 OK\r\n")
            .append("Methods: ")
            .append(methods)
            .append("\r\nService: Kalkan DLP ICAP service\r\n")
            .append("ISTag: ")
            .append(settings.isTag())
            .append("\r\nMax-Connections: ")
            .append(settings.maxConnections())
            .append("\r\nOptions-TTL: ")
            .append(settings.optionsTtlSeconds())
            .append("\r\nAllow: 204\r\n")
            .append("Preview: ")
            .append(settings.previewBytes())
            .append("\r\nTransfer-Preview: *\r\n")
            .append("Service-ID: kalkan\r\n")
            .append("Date: ")
            .append(date())
            .append("\r\nEncapsulated: null-body=0\r\n\r\n");
    out.write(s.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  private void writeIcapHead(OutputStream out, int status, String reason, String encapsulated)
      throws IOException {
    String s =
        "ICAP/1.0 "
            + status
            + " "
            + reason
            + "\r\nISTag: "
            + settings.isTag()
            + "\r\nDate: "
            + date()
            + "\r\nEncapsulated: "
            + encapsulated
            + "\r\n\r\n";
    out.write(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  private void writeStatusOnly(OutputStream out, int status, String reason) throws IOException {
    writeIcapHead(out, status, reason, "null-body=0");
  }

  private void writeError(OutputStream out, int status, String message) {
    String reason =
        switch (status) {
          case 400 -> "Bad Request";
          case 404 -> "ICAP Service Not Found";
          case 405 -> "Method Not Allowed For Service";
          case 408 -> "Request Timeout";
          case 501 -> "Method Not Implemented";
          case 503 -> "Service Overloaded";
          case 505 -> "ICAP Version Not Supported";
          default -> "Server Error";
        };
    String s =
        "ICAP/1.0 "
            + status
            + " "
            + reason
            + "\r\nISTag: "
            + settings.isTag()
            + "\r\nDate: "
            + date()
            + "\r\nConnection: close\r\nX-Kalkan-Error: "
            + message.replaceAll("[\\r\\n]", " ")
            + "\r\nEncapsulated: null-body=0\r\n\r\n";
    try {
      out.write(s.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException e) {
      // the peer is gone; closing is all that is left
    }
  }

  /** Half-closes, then reads what the peer still sends for a moment, so the answer is not reset. */
  private void lingeringClose(IcapInput in) {
    try {
      socket.shutdownOutput();
      in.deadlineIn(0);
      in.readTimeout(Math.min(settings.readTimeoutMillis(), 1000));
      in.discard(1 << 20);
    } catch (IOException e) {
      // closing anyway
    }
  }

  static String date() {
    return HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
  }

  /** Answers a connection over {@code Max-Connections} and closes it. */
  static void refuse(Socket socket, String isTag) {
    try (socket) {
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("ICAP/1.0 503 Service Overloaded\r\nISTag: "
                  + isTag
                  + "\r\nDate: "
                  + date()
                  + "\r\nConnection: close\r\nEncapsulated: null-body=0\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      socket.getInputStream().skip(1 << 16);
    } catch (IOException e) {
      // nothing more to do for a refused connection
    }
  }
}
