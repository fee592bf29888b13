package dev.kalkan.milter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A milter server: the MTA (Postfix {@code smtpd_milters = inet:HOST:PORT}) connects once per SMTP
 * session, and each message is decided by the {@link MessageDecider} at its end of data.
 *
 * <p>Each connection runs on its own virtual thread. Decisions that throw or take longer than the
 * decision timeout tempfail the message (fail closed) unless the server fails open, which accepts
 * it with {@code X-Kalkan-Decision: UNINSPECTED}. Messages larger than the size limit are inspected
 * up to the limit and handed over with {@link MailMessage#fullyInspected()} false.
 *
 * <pre>{@code
 * try (MilterServer server = MilterServer.builder(decider).port(8890).build().start()) { ... }
 * }</pre>
 *
 * <p>Thread-safe; {@link #close()} stops accepting and closes every open connection.
 */
public final class MilterServer implements AutoCloseable {
  /** The default port, {@code KALKAN_MILTER_PORT} in {@code shared/CONTRACTS.md} section 3. */
  public static final int DEFAULT_PORT = 8890;

  private static final System.Logger LOG = System.getLogger(MilterServer.class.getName());

  /** The validated limits a session works with. */
  record Settings(
      long maxMessageSize, Duration readTimeout, Duration decisionTimeout, boolean failOpen) {}

  private final MessageDecider decider;
  private final InetAddress bindAddress;
  private final int requestedPort;
  private final int maxConnections;
  private final Settings settings;
  private final MilterCounters counters = new MilterCounters();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong sessionIds = new AtomicLong();
  private final ExecutorService decisions = Executors.newVirtualThreadPerTaskExecutor();
  private volatile ServerSocket serverSocket;
  private volatile boolean closed;
  private Thread acceptor;

  private MilterServer(Builder b) {
    this.decider = b.decider;
    this.bindAddress = b.bindAddress;
    this.requestedPort = b.port;
    this.maxConnections = b.maxConnections;
    this.settings = new Settings(b.maxMessageSize, b.readTimeout, b.decisionTimeout, b.failOpen);
  }

  /** A builder for a server that asks {@code decider} about every message. */
  public static Builder builder(MessageDecider decider) {
    return new Builder(decider);
  }

  /**
   * Binds the port and starts accepting connections.
   *
   * @return this server
   * @throws IOException when the address cannot be bound (for example, the port is in use)
   * @throws IllegalStateException when already started or closed
   */
  public synchronized MilterServer start() throws IOException {
    if (serverSocket != null || closed) {
      throw new IllegalStateException("milter server already started or closed");
    }
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    try {
      socket.bind(new InetSocketAddress(bindAddress, requestedPort), 128);
    } catch (IOException e) {
      socket.close();
      throw new IOException(
          "cannot listen for milter connections on "
              + bindAddress.getHostAddress()
              + ":"
              + requestedPort
              + ": "
              + e.getMessage(),
          e);
    }
    serverSocket = socket;
    acceptor = Thread.ofPlatform().name("kalkan-milter-accept").daemon(true).start(this::accept);
    return this;
  }

  /** The bound port (useful after {@code port(0)}). */
  public int port() {
    ServerSocket s = serverSocket;
    if (s == null) {
      throw new IllegalStateException("milter server not started");
    }
    return s.getLocalPort();
  }

  /** A snapshot of the counters. */
  public MilterMetrics metrics() {
    return counters.snapshot();
  }

  private void accept() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (SocketException e) {
        if (!closed) {
          LOG.log(System.Logger.Level.ERROR, "milter accept failed: " + e.getMessage());
        }
        return;
      } catch (IOException e) {
        LOG.log(System.Logger.Level.ERROR, "milter accept failed: " + e.getMessage());
        continue;
      }
      if (open.size() >= maxConnections) {
        counters.connectionsRefused.increment();
        closeQuietly(socket);
        continue;
      }
      counters.connections.increment();
      open.add(socket);
      MilterSession session = new MilterSession(socket, settings, decider, counters, decisions);
      Thread.ofVirtual()
          .name("kalkan-milter-" + sessionIds.incrementAndGet())
          .start(
              () -> {
                try {
                  session.run();
                } finally {
                  open.remove(socket);
                }
              });
      if (closed) {
        closeQuietly(socket);
      }
    }
  }

  /** Stops accepting, closes every open connection and waits briefly for the acceptor. */
  @Override
  public void close() {
    Thread waitFor;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      waitFor = acceptor;
    }
    if (serverSocket != null) {
      closeQuietly(serverSocket);
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
    decisions.shutdownNow();
    if (waitFor != null) {
      try {
        waitFor.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      LOG.log(System.Logger.Level.DEBUG, "close failed: " + e.getMessage());
    }
  }

  /** Builds a {@link MilterServer}; every setting has a default. Not thread-safe. */
  public static final class Builder {
    private final MessageDecider decider;
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private int port = DEFAULT_PORT;
    private long maxMessageSize = 25L << 20;
    private Duration readTimeout = Duration.ofMinutes(10);
    private Duration decisionTimeout = Duration.ofSeconds(30);
    private int maxConnections = 256;
    private boolean failOpen;

    private Builder(MessageDecider decider) {
      this.decider = Objects.requireNonNull(decider, "decider");
    }

    /** The TCP port, 0 for any free one; default {@value MilterServer#DEFAULT_PORT}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("milter port must be 0-65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to listen on; default the loopback address (the MTA runs on the same host). */
    public Builder bindAddress(InetAddress address) {
      this.bindAddress = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * The most bytes of a message (headers and body) kept for inspection; larger messages are
     * inspected up to this size and marked not fully inspected. Default 25 MiB.
     */
    public Builder maxMessageSize(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException(
            "maxMessageSize must be at least 1024 bytes, got " + bytes);
      }
      this.maxMessageSize = bytes;
      return this;
    }

    /**
     * How long a connection may wait for the MTA's next command before it is closed; default 10
     * minutes (above Postfix's {@code smtpd_timeout}, as the MTA holds the connection for the whole
     * SMTP session).
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * How long the decider may take for one message before it counts as an internal error; keep it
     * below Postfix's {@code milter_content_timeout}. Default 30 seconds.
     */
    public Builder decisionTimeout(Duration timeout) {
      this.decisionTimeout = positive(timeout, "decisionTimeout");
      return this;
    }

    /** Connections open at once; further ones are closed at once (the MTA's default action). */
    public Builder maxConnections(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1, got " + max);
      }
      this.maxConnections = max;
      return this;
    }

    /**
     * Whether internal errors accept the message (marked {@code X-Kalkan-Decision: UNINSPECTED})
     * instead of tempfailing it. Default false: fail closed.
     */
    public Builder failOpen(boolean failOpen) {
      this.failOpen = failOpen;
      return this;
    }

    /** The server, not yet started. */
    public MilterServer build() {
      return new MilterServer(this);
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, got " + d);
      }
      return d;
    }
  }
}
