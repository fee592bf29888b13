/**
 * People and addresses: {@link dev.kalkan.detect.people.PeopleRecognizer} finds person names and
 * street lines in English, German and Turkish free text, and judges whole values of structured
 * fields, from word lists shipped as resources ({@code docs/PEOPLE.md}).
 *
 * <p>Plain Java, no model and no network; every method is thread-safe and never throws on content.
 */
package dev.kalkan.detect.people;
