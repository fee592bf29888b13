package dev.kalkan.gateway;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.function.Function;

/**
 * Publishes an enforcement point's counter snapshot (a record of {@code long}s) to the registry:
 * {@code kalkan_<prefix>_<component>_total} for each counter, a gauge for {@code active…}
 * components. The meters hold {@code source} weakly, as Micrometer does: the caller keeps it (the
 * running server) reachable, not a lambda made for the call, which would be collected and leave the
 * meters at 0 and NaN.
 */
final class GatewayMeters {
  private GatewayMeters() {}

  static <S, T extends Record> void register(
      MeterRegistry registry, String prefix, Class<T> type, S source, Function<S, T> snapshot) {
    for (RecordComponent component : type.getRecordComponents()) {
      String name = "kalkan." + prefix + "." + dotted(component.getName());
      if (component.getName().startsWith("active")) {
        Gauge.builder(name, source, s -> read(component, snapshot.apply(s))).register(registry);
      } else {
        FunctionCounter.builder(name, source, s -> read(component, snapshot.apply(s)))
            .register(registry);
      }
    }
  }

  private static double read(RecordComponent component, Record snapshot) {
    try {
      return ((Number) component.getAccessor().invoke(snapshot)).doubleValue();
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }

  private static String dotted(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1.$2").toLowerCase(Locale.ROOT);
  }
}
