"""The recognizers: built from the patterns table for exactly the published types, and fail-closed on timeouts."""

from __future__ import annotations

import presidio_analyzer.pattern_recognizer as presidio_pattern_recognizer
import pytest

from prep.config import ScrubConfig
from prep.pii.fail_closed import RegexTimeoutError
from prep.pii.recognizers import build_recognizers
from prep.pii.scrub import Scrubber
from prep.pii.types import PII_ENTITIES


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(ScrubConfig())


def test_recognizers_cover_exactly_the_published_entity_types():
    """`prep.pii.types` (what the tokenizer registers) and the recognizers must not drift apart."""
    for lang in ("ko", "en"):
        found = {e for r in build_recognizers(lang) for e in r.supported_entities}
        assert found == set(PII_ENTITIES), lang


def test_regex_timeout_raises_instead_of_skipping_the_pattern(scrubber, monkeypatch):
    # Presidio on its own logs a timeout and skips that pattern, letting its PII through.
    monkeypatch.setattr(presidio_pattern_recognizer, "REGEX_TIMEOUT_SECONDS", 1e-9)
    with pytest.raises(RegexTimeoutError):
        scrubber.scrub("hong@example.com " * 2000)
