/**
 * Incidents: what a BLOCK (or an ALERT the policy marks) opens, with severity, status workflow,
 * assignee, timeline of events and comments, masked findings summary and the 24-hour notification
 * deadline for Amazon Information.
 */
package dev.kalkan.incident;
