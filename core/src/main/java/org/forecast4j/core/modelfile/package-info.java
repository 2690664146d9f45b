/**
 * The model-file format: {@link org.forecast4j.core.modelfile.ModelFiles} writes a
 * {@link org.forecast4j.core.model.ModelDocument} as JSON (format version, kind, feature schema, provenance,
 * parameters; temp file then atomic rename) and reads one back, checking every header field and naming the
 * file, field and value of what is wrong. It knows no model family: which class a {@code kind} becomes is the
 * registry's business ({@code org.forecast4j.core.kinds}).
 */
package org.forecast4j.core.modelfile;
