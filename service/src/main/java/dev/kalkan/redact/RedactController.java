package dev.kalkan.redact;

import dev.kalkan.deid.ContentFormat;
import dev.kalkan.deid.DeidException;
import dev.kalkan.deid.DeidKey;
import dev.kalkan.deid.DeidPolicy;
import dev.kalkan.deid.Redaction;
import dev.kalkan.deid.Redactor;
import dev.kalkan.detect.InfoType;
import dev.kalkan.detect.Scanner;
import dev.kalkan.service.ApiProblem;
import dev.kalkan.service.BodyReader;
import dev.kalkan.service.KalkanSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/redact}: the body (text, JSON, CSV/TSV) comes back with its findings
 * transformed, keeping its structure, as {@code kalkan redact} writes it. Parameters: {@code
 * transform} (repeatable {@code INFO_TYPE=KIND[:options]}, the command's syntax) and {@code format}
 * ({@code auto}, {@code text}, {@code json}, {@code csv}). The response has the request's content
 * type; {@code X-Kalkan-Format} names the format it was treated as and {@code X-Kalkan-Transformed}
 * the count per infoType. {@code hash} and {@code tokenize} need the service's de-identification
 * key ({@code kalkan.deid.key} / {@code KALKAN_DEID_KEY}, or {@code kalkan.deid.key-file}).
 * Documents and binary content are refused with 422, never half-redacted.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "redact")
class RedactController {
  static final String FORMAT_HEADER = "X-Kalkan-Format";
  static final String TRANSFORMED_HEADER = "X-Kalkan-Transformed";

  private final Scanner scanner;
  private final BodyReader bodies;
  private final DeidKey key;
  private final String keyProblem;

  RedactController(Scanner scanner, BodyReader bodies, KalkanSettings settings) {
    this.scanner = scanner;
    this.bodies = bodies;
    KalkanSettings.Deid deid = settings.deid();
    DeidKey loaded = null;
    String problem =
        "no de-identification key is configured (set KALKAN_DEID_KEY or"
            + " kalkan.deid.key-file; create one with 'kalkan deid keygen -o FILE')";
    if (deid != null) {
      try {
        if (deid.keyFile() != null && !deid.keyFile().isBlank()) {
          loaded = DeidKey.read(Path.of(deid.keyFile()));
        } else if (deid.key() != null && !deid.key().isBlank()) {
          loaded = DeidKey.parse(deid.key(), "the " + DeidKey.ENVIRONMENT_VARIABLE + " setting");
        }
      } catch (DeidException e) {
        throw new IllegalStateException("de-identification key: " + e.getMessage());
      }
    }
    this.key = loaded;
    this.keyProblem = loaded == null ? problem : null;
  }

  @PostMapping(
      value = "/redact",
      consumes = {
        MediaType.TEXT_PLAIN_VALUE,
        MediaType.APPLICATION_JSON_VALUE,
        "application/*+json",
        "application/x-ndjson",
        "text/*",
        MediaType.APPLICATION_OCTET_STREAM_VALUE
      })
  @Operation(
      summary =
          "De-identify content: findings removed, masked, replaced, hashed or tokenized, the"
              + " structure kept (as kalkan redact)")
  ResponseEntity<byte[]> redact(
      @Parameter(description = "INFO_TYPE=KIND[:options]; repeatable (as kalkan redact)")
          @RequestParam(required = false)
          List<String> transform,
      @Parameter(description = "auto (default), text, json or csv") @RequestParam(required = false)
          String format,
      HttpServletRequest request) {
    DeidPolicy policy = policyOf(transform == null ? List.of() : transform);
    ContentFormat contentFormat = formatOf(format);
    if (policy.needsKey() && key == null) {
      throw ApiProblem.of(HttpStatus.CONFLICT, "No de-identification key", keyProblem, Map.of());
    }
    byte[] content = bodies.read(request);
    Redaction redaction;
    try {
      redaction = Redactor.create(scanner, policy, key).redact(content, contentFormat, null);
    } catch (DeidException e) {
      throw ApiProblem.of(
          HttpStatus.UNPROCESSABLE_CONTENT, "Content cannot be redacted", e.getMessage(), Map.of());
    }
    String transformed =
        new TreeMap<>(redaction.transformed())
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    MediaType type =
        request.getContentType() == null
            ? MediaType.TEXT_PLAIN
            : MediaType.parseMediaType(request.getContentType());
    return ResponseEntity.ok()
        .contentType(new MediaType(type, StandardCharsets.UTF_8))
        .header(FORMAT_HEADER, redaction.format().name().toLowerCase(Locale.ROOT))
        .header(TRANSFORMED_HEADER, transformed)
        .body(redaction.text().getBytes(StandardCharsets.UTF_8));
  }

  private DeidPolicy policyOf(List<String> specs) {
    Set<String> known = new LinkedHashSet<>();
    InfoType.builtIns().forEach(t -> known.add(t.name()));
    scanner.settings().customDetectors().forEach(d -> known.add(d.infoType().name()));
    DeidPolicy policy = DeidPolicy.defaults();
    for (String spec : specs) {
      try {
        policy = policy.withSpec(spec);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest(e.getMessage().replace("--transform", "transform"));
      }
    }
    for (String name : policy.choices().keySet()) {
      if (!known.contains(name)) {
        throw ApiProblem.badRequest(
            "transform: unknown infoType '" + name + "'; known: " + String.join(", ", known));
      }
    }
    return policy;
  }

  private static ContentFormat formatOf(String format) {
    if (format == null || format.isBlank() || format.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return ContentFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("format: " + e.getMessage());
    }
  }
}
