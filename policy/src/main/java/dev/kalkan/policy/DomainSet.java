package dev.kalkan.policy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of domains and IP addresses that hosts are looked up in. A domain entry matches itself and
 * every subdomain, on label boundaries: {@code dropbox.com} matches {@code dropbox.com} and {@code
 * dl.dropbox.com}, not {@code notdropbox.com}. An IP entry matches that address only; a CIDR entry
 * ({@code 10.0.0.0/8}, {@code fd00::/8}) matches the addresses in its range. Domains never match IP
 * addresses. Entries and hosts are compared in {@link HostName} canonical form, so case, a trailing
 * dot and IDN spelling do not matter. Immutable; a lookup costs one hash probe per label.
 */
final class DomainSet {
  private final List<String> entries;
  private final Set<String> names = new HashSet<>();
  private final List<Cidr> ranges = new ArrayList<>();

  private DomainSet(List<String> entries) {
    this.entries = List.copyOf(entries);
    for (String entry : this.entries) {
      if (entry.indexOf('/') >= 0) {
        ranges.add(Cidr.parse(entry));
      } else {
        names.add(entry);
      }
    }
  }

  /**
   * A set of these entries, canonicalised; duplicates are dropped, the first spelling's order kept.
   *
   * @throws IllegalArgumentException naming the entry that is not a domain, IP address or range
   */
  static DomainSet of(Collection<String> entries) {
    Set<String> canonical = new LinkedHashSet<>();
    for (String entry : entries) {
      canonical.add(canonical(entry));
    }
    return new DomainSet(new ArrayList<>(canonical));
  }

  /**
   * The canonical form of a list entry: a domain (a leading {@code *.} is dropped, as subdomains
   * match anyway), an IP address or a CIDR range.
   *
   * @throws IllegalArgumentException when it is none of these
   */
  static String canonical(String entry) {
    String text = entry.strip();
    if (text.contains("://") || text.indexOf('@') >= 0) {
      throw new IllegalArgumentException(
          "'" + entry + "' is not a domain or IP address (write just the host, like dropbox.com)");
    }
    int slash = text.indexOf('/');
    if (slash >= 0) {
      return Cidr.parse(text).toString();
    }
    if (text.startsWith("*.")) {
      text = text.substring(2);
    }
    return HostName.canonical(text);
  }

  /** The entries in canonical form, in their first order. */
  List<String> entries() {
    return entries;
  }

  /**
   * The entry that {@code host} (in canonical form) falls under, or null when none does: the host
   * itself or its closest listed parent domain, or the matching IP range.
   */
  String find(String host) {
    if (host.isEmpty()) {
      return null;
    }
    if (HostName.isIpAddress(host)) {
      if (names.contains(host)) {
        return host;
      }
      for (Cidr range : ranges) {
        if (range.contains(host)) {
          return range.toString();
        }
      }
      return null;
    }
    String suffix = host;
    while (true) {
      if (names.contains(suffix)) {
        return suffix;
      }
      int dot = suffix.indexOf('.');
      if (dot < 0) {
        return null;
      }
      suffix = suffix.substring(dot + 1);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DomainSet other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return entries.toString();
  }

  /** An IP range: the first {@code bits} bits of {@code network}. */
  private record Cidr(byte[] network, int bits, String text) {
    static Cidr parse(String entry) {
      int slash = entry.indexOf('/');
      String address = entry.substring(0, slash);
      String length = entry.substring(slash + 1);
      String canonical;
      try {
        canonical = HostName.canonical(address);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid IP range '" + entry + "'");
      }
      if (!HostName.isIpAddress(canonical) || !length.matches("[0-9]{1,3}")) {
        throw new IllegalArgumentException("invalid IP range '" + entry + "'");
      }
      byte[] bytes = bytes(canonical);
      int bits = Integer.parseInt(length);
      if (bits > bytes.length * 8) {
        throw new IllegalArgumentException(
            "invalid IP range '" + entry + "': prefix longer than the address");
      }
      for (int i = bits; i < bytes.length * 8; i++) {
        bytes[i / 8] &= (byte) ~(0x80 >> (i % 8));
      }
      String network = address(bytes);
      return new Cidr(bytes, bits, network + "/" + bits);
    }

    boolean contains(String host) {
      byte[] address = bytes(host);
      if (address.length != network.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >> (i % 8);
        if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }

    private static byte[] bytes(String canonicalIp) {
      try {
        // A canonical IP address is a literal: this never asks DNS.
        return InetAddress.getByName(canonicalIp).getAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("invalid IP address '" + canonicalIp + "'");
      }
    }

    private static String address(byte[] bytes) {
      try {
        return HostName.canonical(InetAddress.getByAddress(bytes).getHostAddress());
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("invalid IP address");
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cidr other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
