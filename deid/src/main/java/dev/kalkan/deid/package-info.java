/**
 * De-identification of findings: {@link dev.kalkan.deid.Redactor} rewrites text, JSON and CSV with
 * each finding redacted, masked, replaced, hashed or tokenized; {@link dev.kalkan.deid.Detokenizer}
 * reverses tokenization with the {@link dev.kalkan.deid.DeidKey}.
 */
package dev.kalkan.deid;
