/**
 * Alerts about incidents and ALERT decisions through webhook (JSON POST) and email (SMTP) channels,
 * retried with exponential backoff; each delivery and its failures are recorded and counted.
 */
package dev.kalkan.alert;
