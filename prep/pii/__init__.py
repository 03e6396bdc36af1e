"""PII detection and replacement: the scrub stage's core (`scrub`), its recognizers and their patterns."""
