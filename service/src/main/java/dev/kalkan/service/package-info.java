/**
 * The Kalkan service's boot and configuration: the entry point, settings, the database (embedded
 * PostgreSQL or external) and RFC 9457 problem responses shared by every API.
 */
package dev.kalkan.service;
