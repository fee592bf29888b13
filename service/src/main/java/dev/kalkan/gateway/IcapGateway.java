package dev.kalkan.gateway;

import dev.kalkan.access.Caller;
import dev.kalkan.access.PrincipalKind;
import dev.kalkan.access.Principals;
import dev.kalkan.access.Role;
import dev.kalkan.icap.IcapMetrics;
import dev.kalkan.icap.IcapServer;
import dev.kalkan.inspect.Inspector;
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
 * The ICAP server ({@code icap://HOST:KALKAN_ICAP_PORT/reqmod} and {@code /respmod}) that a web
 * proxy such as Squid asks about uploads, deciding with {@link EnforcingUploadDecider}. Fails
 * closed unless {@code kalkan.icap.fail-open}; counters published as {@code kalkan_icap_*}. Starts
 * after the decision log and stops before it.
 */
@Component
public class IcapGateway implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(IcapGateway.class);
  private final KalkanSettings.Gateway settings;
  private final Inspector inspector;
  private final Principals principals;
  private final MeterRegistry meters;
  private volatile IcapServer server;

  IcapGateway(
      KalkanSettings settings, Inspector inspector, Principals principals, MeterRegistry meters) {
    this.settings = settings.icap();
    this.inspector = inspector;
    this.principals = principals;
    this.meters = meters;
  }

  @Override
  public void start() {
    if (!settings.enabled()) {
      LOG.info("ICAP server disabled (kalkan.icap.enabled=false)");
      return;
    }
    Caller gateway =
        new Caller(
            principals.idOf(PrincipalKind.GATEWAY, "icap"),
            "icap",
            PrincipalKind.GATEWAY,
            Role.INTEGRATION);
    try {
      IcapServer started =
          IcapServer.builder(new EnforcingUploadDecider(inspector, gateway))
              .bindAddress(InetAddress.getByName(settings.address()))
              .port(settings.port())
              .failOpen(settings.failOpen())
              .monitorOnly(settings.monitor())
              .build()
              .start();
      server = started;
      GatewayMeters.register(meters, "icap", IcapMetrics.class, started, IcapServer::metrics);
      LOG.info(
          "ICAP server listening on {}:{} (fail-{}{})",
          settings.address(),
          started.port(),
          settings.failOpen() ? "open" : "closed",
          settings.monitor() ? ", monitor only" : "");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen for ICAP on " + settings.address() + ":" + settings.port(), e);
    }
  }

  @Override
  public void stop() {
    IcapServer running = server;
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
    IcapServer running = server;
    return running == null ? -1 : running.port();
  }

  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 2048;
  }
}
