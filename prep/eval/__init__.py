"""Evaluation sets and their scorers: the PII benchmark (`pii_bench`, `pii_eval`) and sentence boundaries."""
