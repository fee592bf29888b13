package dev.kalkan.gateway;

import dev.kalkan.access.Caller;
import dev.kalkan.access.Principals;
import dev.kalkan.inspect.Inspector;
import dev.kalkan.milter.MilterMetrics;
import dev.kalkan.milter.MilterServer;
import dev.kalkan.service.KalkanSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import org.springframework.stereotype.Component;

/**
 * The mail filter (milter protocol 6 on {@code KALKAN_MILTER_PORT}) that an MTA such as Postfix
 * asks about every message, deciding with {@link EnforcingMessageDecider}. Fails closed (tempfail)
 * unless {@code kalkan.milter.fail-open}; counters published as {@code kalkan_milter_*}.
 */
@Component
public class MilterGateway extends GatewayLifecycle<MilterServer> {
  private final Inspector inspector;
  private final MeterRegistry meters;

  MilterGateway(
      KalkanSettings settings, Inspector inspector, Principals principals, MeterRegistry meters) {
    super("milter", "milter", settings.milter(), principals);
    this.inspector = inspector;
    this.meters = meters;
  }

  @Override
  MilterServer listen(KalkanSettings.Gateway settings, InetAddress address, Caller gateway)
      throws IOException {
    MilterServer server =
        MilterServer.builder(new EnforcingMessageDecider(inspector, gateway))
            .bindAddress(address)
            .port(settings.port())
            .failOpen(settings.failOpen())
            .build()
            .start();
    GatewayMeters.register(meters, "milter", MilterMetrics.class, server, MilterServer::metrics);
    return server;
  }

  @Override
  int portOf(MilterServer server) {
    return server.port();
  }

  @Override
  void close(MilterServer server) {
    server.close();
  }
}
