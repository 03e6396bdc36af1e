"""PII detection and replacement: the scrub stage's core (`scrub`), its recognizers, their patterns table,
the pre-filter, the batch deadline, language detection, surrogates and the entity types (docs/scrub.md)."""
