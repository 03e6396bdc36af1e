"""Fixtures shared by the PII tests: one default scrubber, one English name detector (each built once)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from prep.config import ScrubConfig
from prep.pii.names_en import EnglishNameDetector
from prep.pii.scrub import Scrubber


@pytest.fixture(scope="session")
def scrubber() -> Scrubber:
    """The default scrubber (a test that changes its scrubber builds its own)."""
    return Scrubber(ScrubConfig())


@pytest.fixture(scope="session")
def en_names() -> Callable[[str], list[str]]:
    """The person names `EnglishNameDetector` finds in a text, as written there."""
    detector = EnglishNameDetector()
    return lambda text: [text[a:b] for a, b, _ in detector.find(text)]
