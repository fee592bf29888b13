package dev.kalkan.icap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * An ICAP server (RFC 3507) that a web proxy asks about uploads: {@code OPTIONS}, {@code REQMOD} on
 * {@code icap://HOST:PORT/reqmod} and {@code RESPMOD} on {@code icap://HOST:PORT/respmod} (service
 * names configurable). Each message is decoded and handed to an {@link UploadDecider}; a blocked
 * upload gets an HTTP 403 page with the incident reference instead of reaching its destination.
 *
 * <p>One virtual thread per connection, keep-alive, bounded memory per connection (the inspection
 * limit), time limits on every read and on each request head. Fails closed: an internal error
 * blocks the message unless {@link Builder#failOpen(boolean)}; in {@link
 * Builder#monitorOnly(boolean)} mode verdicts are counted, never enforced. Thread-safe; {@link
 * #close()} stops it and closes every connection.
 *
 * <pre>{@code
 * try (IcapServer icap = IcapServer.builder(decider).port(1344).bindAddress(addr).build().start()) {
 *   ...
 * }
 * }</pre>
 */
public final class IcapServer implements AutoCloseable {
  private final IcapSettings settings;
  private final UploadDecider decider;
  private final ContentExtractor extractor;
  private final InetAddress bindAddress;
  private final int requestedPort;
  private final Counters counters = new Counters();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Semaphore slots;
  private volatile ServerSocket server;
  private Thread acceptor;

  private IcapServer(Builder b) {
    this.decider = b.decider;
    this.bindAddress = b.bindAddress;
    this.requestedPort = b.port;
    this.settings =
        new IcapSettings(
            b.reqmodService,
            b.respmodService,
            "\"" + b.isTag + "\"",
            b.maxConnections,
            (int) b.optionsTtl.toSeconds(),
            b.previewBytes,
            b.maxInspectedBytes,
            b.maxDecodedBytes,
            b.maxParts,
            b.maxHeaderBytes,
            b.maxHeaderFields,
            millis(b.idleTimeout),
            millis(b.readTimeout),
            millis(b.headerTimeout),
            b.failOpen,
            b.monitorOnly);
    this.extractor = new ContentExtractor(b.maxDecodedBytes, b.maxParts);
    this.slots = new Semaphore(b.maxConnections);
  }

  /** A builder for a server that asks {@code decider} about every message. */
  public static Builder builder(UploadDecider decider) {
    return new Builder(decider);
  }

  /**
   * Binds the port and starts accepting connections.
   *
   * @return this server
   * @throws IOException when the port cannot be bound
   * @throws IllegalStateException when already started
   */
  public synchronized IcapServer start() throws IOException {
    if (server != null) {
      throw new IllegalStateException("already started");
    }
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(bindAddress, requestedPort), 256);
    server = s;
    acceptor =
        Thread.ofPlatform()
            .daemon()
            .name("kalkan-icap-accept-" + s.getLocalPort())
            .start(this::accept);
    return this;
  }

  private void accept() {
    ServerSocket s = server;
    while (!s.isClosed()) {
      Socket socket;
      try {
        socket = s.accept();
      } catch (IOException e) {
        if (s.isClosed()) {
          return;
        }
        continue;
      }
      counters.connections.increment();
      if (!slots.tryAcquire()) {
        counters.rejected.increment();
        Thread.ofVirtual().start(() -> IcapConnection.refuse(socket, settings.isTag()));
        continue;
      }
      open.add(socket);
      IcapConnection connection =
          new IcapConnection(socket, settings, decider, extractor, counters);
      Thread.ofVirtual()
          .name("kalkan-icap-conn")
          .start(
              () -> {
                try {
                  connection.run();
                } finally {
                  open.remove(socket);
                  slots.release();
                }
              });
    }
  }

  /** The port the server listens on (the bound one when built with port 0). */
  public int port() {
    ServerSocket s = server;
    if (s == null) {
      throw new IllegalStateException("not started");
    }
    return s.getLocalPort();
  }

  /** The ISTag the server sends, quoted as on the wire. */
  public String isTag() {
    return settings.isTag();
  }

  /** A snapshot of the counters. */
  public IcapMetrics metrics() {
    return counters.snapshot();
  }

  /** Stops accepting, closes every open connection and waits for the acceptor to end. */
  @Override
  public synchronized void close() {
    ServerSocket s = server;
    if (s == null) {
      return;
    }
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }
    try {
      acceptor.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }

  /** Configures an {@link IcapServer}; every setting is validated when set. */
  public static final class Builder {
    private final UploadDecider decider;
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private int port = 1344;
    private String reqmodService = "reqmod";
    private String respmodService = "respmod";
    private String isTag = "kalkan-" + Long.toHexString(System.currentTimeMillis());
    private int maxConnections = 256;
    private Duration optionsTtl = Duration.ofHours(1);
    private int previewBytes = 4096;
    private int maxInspectedBytes = 10 << 20;
    private int maxDecodedBytes = 32 << 20;
    private int maxParts = 10_000;
    private int maxHeaderBytes = 64 << 10;
    private int maxHeaderFields = 100;
    private Duration idleTimeout = Duration.ofSeconds(60);
    private Duration readTimeout = Duration.ofSeconds(15);
    private Duration headerTimeout = Duration.ofSeconds(10);
    private boolean failOpen;
    private boolean monitorOnly;

    private Builder(UploadDecider decider) {
      this.decider = Objects.requireNonNull(decider, "decider");
    }

    /** TCP port, default 1344; 0 picks a free one (see {@link IcapServer#port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** Address to listen on, default the loopback address. */
    public Builder bindAddress(InetAddress address) {
      this.bindAddress = Objects.requireNonNull(address, "address");
      return this;
    }

    /** Service names: the path of {@code icap://HOST:PORT/NAME}; defaults reqmod and respmod. */
    public Builder services(String reqmod, String respmod) {
      this.reqmodService = serviceName(reqmod);
      this.respmodService = serviceName(respmod);
      if (reqmodService.equals(respmodService)) {
        throw new IllegalArgumentException("REQMOD and RESPMOD services need different names");
      }
      return this;
    }

    /**
     * The ISTag (without quotes, at most 30 characters of letters, digits, {@code .-_}): change it
     * whenever the policy changes, so that proxies drop cached decisions.
     */
    public Builder isTag(String tag) {
      if (tag == null || !tag.matches("[A-Za-z0-9._-]{1,30}")) {
        throw new IllegalArgumentException("ISTag must be 1-30 of [A-Za-z0-9._-]: " + tag);
      }
      this.isTag = tag;
      return this;
    }

    /** Most concurrent connections (advertised as Max-Connections), default 256. */
    public Builder maxConnections(int n) {
      this.maxConnections = positive(n, "maxConnections");
      return this;
    }

    /** How long a proxy may cache the OPTIONS answer, default one hour. */
    public Builder optionsTtl(Duration ttl) {
      if (ttl.toSeconds() < 1) {
        throw new IllegalArgumentException("optionsTtl must be at least one second");
      }
      this.optionsTtl = ttl;
      return this;
    }

    /**
     * Preview size asked for in OPTIONS, default 4096 bytes, at most 32 KiB; 0 asks for headers
     * only. Squid caps previews at its 64 KiB body buffer and was seen to stall on a preview of
     * that size, hence the limit.
     */
    public Builder previewBytes(int n) {
      if (n < 0 || n > 32 * 1024) {
        throw new IllegalArgumentException("previewBytes must be 0..32768: " + n);
      }
      this.previewBytes = n;
      return this;
    }

    /**
     * Body bytes inspected per message, default 10 MiB; a longer body is decided on its prefix as
     * not fully inspected, and its rest is streamed through, never held.
     */
    public Builder maxInspectedBytes(int n) {
      this.maxInspectedBytes = positive(n, "maxInspectedBytes");
      return this;
    }

    /** Bytes produced by decompression and archive entries per message, default 32 MiB. */
    public Builder maxDecodedBytes(int n) {
      this.maxDecodedBytes = positive(n, "maxDecodedBytes");
      return this;
    }

    /** Most form fields, files and archive entries per message, default 10,000. */
    public Builder maxParts(int n) {
      this.maxParts = positive(n, "maxParts");
      return this;
    }

    /**
     * Most bytes of ICAP headers, and of encapsulated HTTP headers, per message, default 64 KiB.
     */
    public Builder maxHeaderBytes(int n) {
      if (n < 1024) {
        throw new IllegalArgumentException("maxHeaderBytes must be at least 1024: " + n);
      }
      this.maxHeaderBytes = n;
      return this;
    }

    /** Most header fields per header section, default 100. */
    public Builder maxHeaderFields(int n) {
      this.maxHeaderFields = positive(n, "maxHeaderFields");
      return this;
    }

    /** How long a kept-alive connection may wait for its next request, default 60 s. */
    public Builder idleTimeout(Duration d) {
      this.idleTimeout = duration(d, "idleTimeout");
      return this;
    }

    /** Longest silence inside a request, default 15 s. */
    public Builder readTimeout(Duration d) {
      this.readTimeout = duration(d, "readTimeout");
      return this;
    }

    /** Time for the whole request head (ICAP and HTTP headers) to arrive, default 10 s. */
    public Builder headerTimeout(Duration d) {
      this.headerTimeout = duration(d, "headerTimeout");
      return this;
    }

    /** Pass messages when deciding fails, instead of blocking them (the default). */
    public Builder failOpen(boolean failOpen) {
      this.failOpen = failOpen;
      return this;
    }

    /** Decide and count, but never block or rewrite (monitor mode). */
    public Builder monitorOnly(boolean monitorOnly) {
      this.monitorOnly = monitorOnly;
      return this;
    }

    /**
     * The server, not yet listening.
     *
     * @throws IllegalArgumentException when the preview is larger than the inspection limit
     */
    public IcapServer build() {
      if (previewBytes > maxInspectedBytes) {
        throw new IllegalArgumentException("previewBytes larger than maxInspectedBytes");
      }
      return new IcapServer(this);
    }

    private static String serviceName(String name) {
      if (name == null || !name.matches("[A-Za-z0-9._~-]+")) {
        throw new IllegalArgumentException("bad ICAP service name: " + name);
      }
      return name;
    }

    private static int positive(int n, String what) {
      if (n < 1) {
        throw new IllegalArgumentException(what + " must be positive: " + n);
      }
      return n;
    }

    private static Duration duration(Duration d, String what) {
      if (d == null || d.toMillis() < 1) {
        throw new IllegalArgumentException(what + " must be at least 1 ms");
      }
      return d;
    }
  }
}
