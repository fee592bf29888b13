package dev.kalkan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <key>} requests with an API key; an unknown or revoked
 * key is refused with 401 at once. Requests without the header pass on (to a session, or to 401).
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
  private final ApiKeys keys;
  private final ProblemWriter problems;

  ApiKeyAuthenticationFilter(ApiKeys keys, ProblemWriter problems) {
    this.keys = keys;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    var caller = keys.authenticate(header.substring(7).strip());
    if (caller.isEmpty()) {
      problems.write(request, response, 401, "Unauthorized", "unknown or revoked API key");
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new ApiKeyAuthentication(caller.get()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** An authenticated API key caller. */
  static final class ApiKeyAuthentication extends AbstractAuthenticationToken {
    private final Caller caller;

    ApiKeyAuthentication(Caller caller) {
      super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
      this.caller = caller;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return caller;
    }
  }
}
