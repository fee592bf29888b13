package dev.kalkan.gateway;

import dev.kalkan.access.Caller;
import dev.kalkan.access.PrincipalKind;
import dev.kalkan.access.Principals;
import dev.kalkan.access.Role;
import dev.kalkan.inspect.Inspector;
import dev.kalkan.milter.MilterMetrics;
import dev.kalkan.milter.MilterServer;
import dev.kalkan.service.KalkanSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The milter ({@code icap://HOST:KALKAN_ICAP_PORT/reqmod} and {@code /respmod}) that a web proxy
 * such as Squid asks about uploads, deciding with {@link EnforcingMessageDecider}. Fails closed
 * unless {@code kalkan.milter.fail-open}; counters published as {@code kalkan.milter_*}. Starts
 * after the decision log and stops before it.
 */
@Component
public class MilterGateway implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(MilterGateway.class);
  private final KalkanSettings.Gateway settings;
  private final Inspector inspector;
  private final Principals principals;
  private final MeterRegistry meters;
  private volatile MilterServer server;

  MilterGateway(
      KalkanSettings settings, Inspector inspector, Principals principals, MeterRegistry meters) {
    this.settings = settings.milter();
    this.inspector = inspector;
    this.principals = principals;
    this.meters = meters;
  }

  @Override
  public void start() {
    if (!settings.enabled()) {
      LOG.info("milter disabled (kalkan.milter.enabled=false)");
      return;
    }
    Caller gateway =
        new Caller(
            principals.idOf(PrincipalKind.GATEWAY, "milter"),
            "milter",
            PrincipalKind.GATEWAY,
            Role.INTEGRATION);
    try {
      MilterServer started =
          MilterServer.builder(new EnforcingMessageDecider(inspector, gateway))
              .bindAddress(InetAddress.getByName(settings.address()))
              .port(settings.port())
              .failOpen(settings.failOpen())
              .build()
              .start();
      server = started;
      GatewayMeters.register(meters, "milter", MilterMetrics.class, started, MilterServer::metrics);
      LOG.info(
          "milter listening on {}:{} (fail-{})",
          settings.address(),
          started.port(),
          settings.failOpen() ? "open" : "closed");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen for milter connections on " + settings.address() + ":" + settings.port(),
          e);
    }
  }

  @Override
  public void stop() {
    MilterServer running = server;
    if (running != null) {
      running.close();
      server = null;
    }
  }

  @Override
  public boolean isRunning() {
    return server != null;
  }

  /** The port listened on, or -1 when not listening. */
  public int port() {
    MilterServer running = server;
    return running == null ? -1 : running.port();
  }

  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 2048;
  }
}
