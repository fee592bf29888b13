package dev.kalkan.policy;

import dev.kalkan.detect.Classification;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Drives a parameterized test through every combination of its dimensions (as Caffeine's {@code
 * CacheSpec} drives a test through cache configurations): the test receives one {@link Case} per
 * combination of role x classification x channel x destination x scan state x whether the operator
 * filled {@code internal-domains}.
 *
 * <p>A destination is written {@code "KIND TARGET CATEGORY"}: KIND {@code url}, {@code email},
 * {@code host} or {@code none}; CATEGORY what the written DLP policy calls it: {@code consumer} (a
 * personal service), {@code unknown} (an unapproved external service), {@code internal} (the
 * company's own, once configured), {@code amazon} (Amazon's seller services) or {@code none}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(DecisionMatrix.Provider.class)
@interface DecisionMatrix {
  String[] roles() default {"INTEGRATION", "SALES"};

  Classification[] classifications() default {
    Classification.PUBLIC, Classification.INTERNAL, Classification.SENSITIVE
  };

  Channel[] channels() default {Channel.API, Channel.WEB_UPLOAD, Channel.EMAIL};

  String[] destinations();

  boolean[] fullyScanned() default {true, false};

  boolean[] internalDomainsConfigured() default {false, true};

  /** One combination. */
  record Case(
      String role,
      Classification classification,
      Channel channel,
      Destination destination,
      String category,
      boolean fullyScanned,
      boolean internalDomainsConfigured) {

    @Override
    public String toString() {
      return role
          + " "
          + classification
          + (fullyScanned ? "" : " (part unscanned)")
          + " by "
          + channel
          + " to "
          + destination
          + " ["
          + category
          + (internalDomainsConfigured ? ", internal-domains set" : "")
          + "]";
    }
  }

  /** Expands the annotation into its cases. */
  final class Provider implements ArgumentsProvider, AnnotationConsumer<DecisionMatrix> {
    private DecisionMatrix spec;

    @Override
    public void accept(DecisionMatrix annotation) {
      this.spec = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(
        ParameterDeclarations parameters, ExtensionContext context) {
      List<Arguments> cases = new ArrayList<>();
      for (String role : spec.roles()) {
        for (Classification classification : spec.classifications()) {
          for (Channel channel : spec.channels()) {
            for (String destination : spec.destinations()) {
              String[] parts = destination.split(" ");
              Destination parsed =
                  switch (parts[0]) {
                    case "url" -> Destination.url(parts[1]);
                    case "email" -> Destination.email(parts[1]);
                    case "host" -> Destination.host(parts[1]);
                    case "none" -> Destination.none();
                    default -> throw new IllegalArgumentException("kind " + parts[0]);
                  };
              for (boolean scanned : spec.fullyScanned()) {
                for (boolean configured : spec.internalDomainsConfigured()) {
                  cases.add(
                      Arguments.of(
                          new Case(
                              role,
                              classification,
                              channel,
                              parsed,
                              parts[parts.length - 1],
                              scanned,
                              configured)));
                }
              }
            }
          }
        }
      }
      return cases.stream();
    }
  }
}
