package dev.kalkan.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person who signs in with a password; what Spring Security keeps in the session. */
final class UserAccount implements UserDetails, CredentialsContainer {
  private final long principalId;
  private final String username;
  private final Role role;
  private String passwordHash;

  UserAccount(long principalId, String username, String passwordHash, Role role) {
    this.principalId = principalId;
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
  }

  Caller caller() {
    return new Caller(principalId, username, PrincipalKind.USER, role);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
