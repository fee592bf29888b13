package dev.kalkan.gateway;

import dev.kalkan.access.Caller;
import dev.kalkan.access.Principals;
import dev.kalkan.icap.IcapMetrics;
import dev.kalkan.icap.IcapServer;
import dev.kalkan.inspect.Inspector;
import dev.kalkan.service.KalkanSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import org.springframework.stereotype.Component;

/**
 * The ICAP server ({@code icap://HOST:KALKAN_ICAP_PORT/reqmod} and {@code /respmod}) that a web
 * proxy such as Squid asks about uploads, deciding with {@link EnforcingUploadDecider}. Fails
 * closed unless {@code kalkan.icap.fail-open}; monitor mode with {@code kalkan.icap.monitor};
 * counters published as {@code kalkan_icap_*}.
 */
@Component
public class IcapGateway extends GatewayLifecycle<IcapServer> {
  private final Inspector inspector;
  private final MeterRegistry meters;

  IcapGateway(
      KalkanSettings settings, Inspector inspector, Principals principals, MeterRegistry meters) {
    super("icap", "ICAP server", settings.icap(), principals);
    this.inspector = inspector;
    this.meters = meters;
  }

  @Override
  IcapServer listen(KalkanSettings.Gateway settings, InetAddress address, Caller gateway)
      throws IOException {
    IcapServer server =
        IcapServer.builder(new EnforcingUploadDecider(inspector, gateway))
            .bindAddress(address)
            .port(settings.port())
            .failOpen(settings.failOpen())
            .monitorOnly(settings.monitor())
            .build()
            .start();
    GatewayMeters.register(meters, "icap", IcapMetrics.class, server, IcapServer::metrics);
    return server;
  }

  @Override
  int portOf(IcapServer server) {
    return server.port();
  }

  @Override
  void close(IcapServer server) {
    server.close();
  }

  @Override
  String mode(KalkanSettings.Gateway settings) {
    return settings.monitor() ? ", monitor only" : "";
  }
}
