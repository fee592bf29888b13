package dev.kalkan.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses every request of a suspended caller with a 403 problem until it is reinstated. */
final class SuspensionFilter extends OncePerRequestFilter {
  private final Principals principals;
  private final ProblemWriter problems;

  SuspensionFilter(Principals principals, ProblemWriter problems) {
    this.principals = principals;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
    if (caller.isPresent() && principals.isSuspended(caller.get().principalId())) {
      problems.write(
          request,
          response,
          403,
          "Principal suspended",
          "principal '"
              + caller.get().name()
              + "' is suspended after a policy violation; an administrator must reinstate it");
      return;
    }
    chain.doFilter(request, response);
  }
}
