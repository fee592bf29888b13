/**
 * The audit trail of decisions: who sent what classification of content where, what was decided
 * under which policy version; never content or values. Written in batches off the request path.
 */
package dev.kalkan.audit;
