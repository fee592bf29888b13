/**
 * Who may call the service: principals (people, API keys, end users named by an integration),
 * roles, API keys stored as hashes, password accounts, sessions, suspension and reinstatement.
 */
package dev.kalkan.access;
