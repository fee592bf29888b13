package dev.kalkan.access;

import static dev.kalkan.access.Role.ADMIN;
import static dev.kalkan.access.Role.AUDITOR;
import static dev.kalkan.access.Role.INTEGRATION;
import static dev.kalkan.access.Role.SECURITY_ANALYST;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Every endpoint is listed here with the roles allowed; anything not listed is
 * refused. API keys ({@code Authorization: Bearer}) for systems, sessions for people (form login at
 * {@code /login} or {@code POST /api/v1/session}). The session cookie is {@code SameSite=Strict},
 * which is the CSRF defence (token-based CSRF protection is off so that API clients need no token).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthenticationManager authenticationManager(UserAccounts users, PasswordEncoder passwords) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwords);
    return new ProviderManager(provider);
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      ApiKeys keys,
      Principals principals,
      JsonMapper json,
      SecurityContextRepository contexts)
      throws Exception {
    ProblemWriter problems = new ProblemWriter(json);
    http.csrf(AbstractHttpConfigurer::disable)
        .requestCache(RequestCacheConfigurer::disable)
        .securityContext(c -> c.securityContextRepository(contexts))
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(form -> form.defaultSuccessUrl("/api/v1/session", true).permitAll())
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher(DELETE, "/api/v1/session"))
                    .logoutSuccessHandler((request, response, auth) -> response.setStatus(204)))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(problems::unauthorized)
                    .accessDeniedHandler(problems::forbidden))
        .addFilterBefore(
            new ApiKeyAuthenticationFilter(keys, problems),
            UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new SuspensionFilter(principals, problems), AuthorizationFilter.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/v3/api-docs.yaml",
                        "/swagger-ui.html",
                        "/swagger-ui/**",
                        "/error")
                    .permitAll()
                    .requestMatchers(POST, "/api/v1/session")
                    .permitAll()
                    .requestMatchers(GET, "/api/v1/session")
                    .authenticated()
                    .requestMatchers(POST, "/api/v1/inspect", "/api/v1/redact")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST, INTEGRATION))
                    .requestMatchers(GET, "/api/v1/policies", "/api/v1/policies/**")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST, AUDITOR))
                    .requestMatchers(
                        POST,
                        "/api/v1/policies",
                        "/api/v1/policies/*/activate",
                        "/api/v1/policies/*/dry-run")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST))
                    .requestMatchers(PUT, "/api/v1/policies/*")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST))
                    .requestMatchers(GET, "/api/v1/incidents", "/api/v1/incidents/*")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST, AUDITOR))
                    .requestMatchers(PATCH, "/api/v1/incidents/*")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST))
                    .requestMatchers(POST, "/api/v1/incidents/*/comments")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST))
                    .requestMatchers(GET, "/api/v1/principals", "/api/v1/principals/*")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST, AUDITOR))
                    .requestMatchers(POST, "/api/v1/principals/*/suspend")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST))
                    .requestMatchers(POST, "/api/v1/principals/*/reinstate")
                    .hasRole(ADMIN.name())
                    .requestMatchers(GET, "/api/v1/api-keys")
                    .hasAnyRole(names(ADMIN, AUDITOR))
                    .requestMatchers(POST, "/api/v1/api-keys")
                    .hasRole(ADMIN.name())
                    .requestMatchers(DELETE, "/api/v1/api-keys/*")
                    .hasRole(ADMIN.name())
                    .requestMatchers(POST, "/api/v1/users")
                    .hasRole(ADMIN.name())
                    .requestMatchers(GET, "/api/v1/decisions")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST, AUDITOR))
                    .requestMatchers(GET, "/api/v1/alerts")
                    .hasAnyRole(names(ADMIN, SECURITY_ANALYST, AUDITOR))
                    .anyRequest()
                    .denyAll());
    return http.build();
  }

  private static String[] names(Role... roles) {
    return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
  }
}
