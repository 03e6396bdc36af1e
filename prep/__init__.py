"""Data preparation: ingest, scrub, split, tokenizer, shards (`python -m prep`; README.md)."""

import os

# Presidio picks a torch device as it is imported, and on a machine with a GPU it opens a CUDA context in
# every process that imports it (each prep worker would hold GPU memory). The scrubber's recognizers are
# patterns, and the optional spaCy NER is spaCy's own: CPU, unless PRESIDIO_DEVICE says otherwise.
os.environ.setdefault("PRESIDIO_DEVICE", "cpu")
