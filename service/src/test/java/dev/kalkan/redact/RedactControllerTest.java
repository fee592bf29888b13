package dev.kalkan.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kalkan.detect.Classification;
import dev.kalkan.detect.Finding;
import dev.kalkan.detect.Scanner;
import dev.kalkan.service.Api;
import dev.kalkan.service.Api.Response;
import dev.kalkan.service.ServiceTest;
import dev.kalkan.service.SpApiExamples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** {@code POST /api/v1/redact}: structure kept, no sensitive value left, clear refusals. */
@ServiceTest
class RedactControllerTest {
  @Value("${local.server.port}")
  int port;

  Api integration;

  @BeforeEach
  void key() {
    integration = Api.withNewKey(port, "INTEGRATION");
  }

  @Test
  void redactWhenSpApiJsonThenValidJsonWithNoSensitiveFindingLeft() {
    byte[] order = SpApiExamples.read(SpApiExamples.BUYER_INFO);
    Response response = integration.post("/api/v1/redact", "application/json", order);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(Api.JSON.readTree(response.body())).isNotNull();
    List<Finding> left = Scanner.withDefaults().scan(response.body());
    assertThat(left).noneMatch(f -> f.infoType().classification() == Classification.SENSITIVE);
    assertThat(response.body()).contains("[AMAZON_ORDER_ID]");
  }

  @Test
  void redactWhenHashAndTokenizeThenStableHashAndOrderIdShapeKept() {
    String text = "order 902-3159896-1390916 for jane.doe@gmail.com\n";
    String path = "/api/v1/redact?transform=AMAZON_ORDER_ID=tokenize&transform=EMAIL_ADDRESS=hash";
    Response first = integration.post(path, "text/plain", text);
    Response second = integration.post(path, "text/plain", text);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).isEqualTo(second.body()).doesNotContain("jane.doe", "1390916");
    assertThat(first.body()).matches("order \\d{3}-\\d{7}-\\d{7} for [0-9a-f]{32}\\n");
  }

  @Test
  void redactWhenTransformInvalidThenBadRequestProblem() {
    Response unknown =
        integration.post("/api/v1/redact?transform=NOT_A_TYPE=redact", "text/plain", "x");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.isProblem()).isTrue();
    assertThat(unknown.body()).contains("unknown infoType 'NOT_A_TYPE'");

    Response names =
        integration.post("/api/v1/redact?transform=PERSON_NAME=tokenize", "text/plain", "x");
    assertThat(names.status()).isEqualTo(400);
    assertThat(names.body()).contains("PERSON_NAME");
  }

  @Test
  void redactWhenPdfThenRefusedWithUnprocessableContent() {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    Response response = integration.post("/api/v1/redact", "application/octet-stream", pdf);
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.isProblem()).isTrue();
  }

  @Test
  void redactWhenAuditorThenForbidden() {
    Response response =
        Api.withNewKey(port, "AUDITOR").post("/api/v1/redact", "text/plain", "jane@gmail.com");
    assertThat(response.status()).isEqualTo(403);
  }
}
