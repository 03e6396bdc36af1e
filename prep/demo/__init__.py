"""The bundled demo data: generated corpus, its templates, and the labeled fine-tuning set."""
