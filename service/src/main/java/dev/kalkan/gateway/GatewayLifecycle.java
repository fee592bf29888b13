package dev.kalkan.gateway;

import dev.kalkan.access.Caller;
import dev.kalkan.access.PrincipalKind;
import dev.kalkan.access.Principals;
import dev.kalkan.access.Role;
import dev.kalkan.service.KalkanSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The life of an enforcement point's server in {@code kalkan serve}: listens on start when its
 * settings enable it, as a {@link PrincipalKind#GATEWAY} caller named after it, and closes on stop.
 * Starts after the decision log and stops before it, so that no decision is taken without being
 * recorded.
 *
 * @param <S> the protocol server
 */
abstract class GatewayLifecycle<S> implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayLifecycle.class);
  private final String name;
  private final String label;
  private final KalkanSettings.Gateway settings;
  private final Principals principals;
  private volatile S server;

  /**
   * @param name the caller's name in the decision log, and the settings' prefix ({@code icap})
   * @param label what the log calls the server ({@code ICAP server})
   */
  GatewayLifecycle(
      String name, String label, KalkanSettings.Gateway settings, Principals principals) {
    this.name = name;
    this.label = label;
    this.settings = settings;
    this.principals = principals;
  }

  /** Starts the server on {@code address}, deciding as {@code gateway}. */
  abstract S listen(KalkanSettings.Gateway settings, InetAddress address, Caller gateway)
      throws IOException;

  abstract int portOf(S server);

  abstract void close(S server);

  /** Words added to the start line ({@code ", monitor only"}), or empty. */
  String mode(KalkanSettings.Gateway settings) {
    return "";
  }

  @Override
  public void start() {
    if (!settings.enabled()) {
      LOG.info("{} disabled (kalkan.{}.enabled=false)", label, name);
      return;
    }
    Caller gateway =
        new Caller(
            principals.idOf(PrincipalKind.GATEWAY, name),
            name,
            PrincipalKind.GATEWAY,
            Role.INTEGRATION);
    try {
      S started = listen(settings, InetAddress.getByName(settings.address()), gateway);
      server = started;
      LOG.info(
          "{} listening on {}:{} (fail-{}{})",
          label,
          settings.address(),
          portOf(started),
          settings.failOpen() ? "open" : "closed",
          mode(settings));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen for "
              + label
              + " connections on "
              + settings.address()
              + ":"
              + settings.port(),
          e);
    }
  }

  @Override
  public void stop() {
    S running = server;
    if (running != null) {
      close(running);
      server = null;
    }
  }

  @Override
  public boolean isRunning() {
    return server != null;
  }

  /** The port listened on, or -1 when not listening. */
  public int port() {
    S running = server;
    return running == null ? -1 : portOf(running);
  }

  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 2048;
  }
}
