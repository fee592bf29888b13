package dev.kalkan.inspect;

import dev.kalkan.access.Caller;
import dev.kalkan.service.ApiProblem;
import dev.kalkan.service.BodyReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/inspect}: the body (text, JSON, any text format) or a multipart {@code file}
 * is the content. Attributes: {@code channel} (API, WEB_UPLOAD, EMAIL; default API), {@code
 * destination} (repeatable: a URL, an email recipient or a host name); an INTEGRATION key may name
 * the end user it acts for in {@code X-Kalkan-Principal} (and its roles, comma-separated, in {@code
 * X-Kalkan-Principal-Roles}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "inspect")
class InspectController {
  static final String PRINCIPAL_HEADER = "X-Kalkan-Principal";
  static final String ROLES_HEADER = "X-Kalkan-Principal-Roles";
  private final Inspector inspector;
  private final BodyReader bodies;

  InspectController(Inspector inspector, BodyReader bodies) {
    this.inspector = inspector;
    this.bodies = bodies;
  }

  @PostMapping(
      value = "/inspect",
      consumes = {
        MediaType.TEXT_PLAIN_VALUE,
        MediaType.APPLICATION_JSON_VALUE,
        "application/*+json",
        "application/x-ndjson",
        "application/yaml",
        "application/xml",
        "text/*",
        MediaType.APPLICATION_OCTET_STREAM_VALUE
      })
  @Operation(
      summary =
          "Inspect content: findings (masked), the content's classification and the policy"
              + " decision with its reason; enforces the decision and records it")
  InspectionResult inspect(
      @Parameter(description = "API, WEB_UPLOAD or EMAIL") @RequestParam(required = false)
          String channel,
      @Parameter(description = "URL, email recipient or host; repeatable")
          @RequestParam(required = false)
          List<String> destination,
      @RequestHeader(value = PRINCIPAL_HEADER, required = false) String endUser,
      @RequestHeader(value = ROLES_HEADER, required = false) String endUserRoles,
      HttpServletRequest request) {
    InspectionRequest attributes =
        InspectionRequest.parse(
            channel, destination, Caller.current(), endUser, endUserRoles, false);
    return inspector.inspect(bodies.read(request), attributes);
  }

  @PostMapping(value = "/inspect", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Inspect an uploaded file (multipart part 'file')")
  InspectionResult inspectFile(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) List<String> destination,
      @RequestHeader(value = PRINCIPAL_HEADER, required = false) String endUser,
      @RequestHeader(value = ROLES_HEADER, required = false) String endUserRoles) {
    InspectionRequest attributes =
        InspectionRequest.parse(
            channel, destination, Caller.current(), endUser, endUserRoles, false);
    if (file.getSize() > bodies.limit()) {
      throw ApiProblem.tooLarge(bodies.limit());
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = bodies.read(in, file.getSize());
    } catch (IOException e) {
      throw ApiProblem.badRequest("could not read the uploaded file");
    }
    return inspector.inspect(content, attributes);
  }
}
