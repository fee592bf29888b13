/**
 * The enforcement points of {@code kalkan serve}: the ICAP server a web proxy asks about uploads
 * and the milter an MTA asks about outbound mail, both deciding with the enforced policy through
 * the same {@link dev.kalkan.inspect.Inspector} as {@code POST /api/v1/inspect}.
 */
package dev.kalkan.gateway;
