"""DATE_OF_BIRTH read by code, not by a pattern of the table in `prep.pii.patterns`: a life span's first date
(`dates.life_span_births`: an obituary's `Jan. 22, 1949 – Mar. 30, 2025`, a wiki's `(馬相吉, 1958년 10월 3일 ~ )`;
round 13: whether a span is a life is arithmetic on its two years), and a birth date said aloud, typed loosely or
scanned (`dates_loose.loose_birth_dates`: `구공공삼공이요`, `오칠년 이월 십일`, `1 9 6 2 년 7 월 1 일`; round 23:
each is checked as a real day)."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from prep.pii.dates import life_span_births
from prep.pii.dates_loose import loose_birth_dates
from prep.pii.user_models import ModelRecognizer


class LifeSpanRecognizer(ModelRecognizer):
    """DATE_OF_BIRTH: the first date of a life span (module doc)."""

    SCORE = 0.85

    def __init__(self, language: str):
        super().__init__(supported_entities=["DATE_OF_BIRTH"], name=type(self).__name__, supported_language=language)

    def analyze_texts(self, texts: list[str], found: list[list[RecognizerResult]] | None = None  # noqa: ARG002
                      ) -> list[list[RecognizerResult]]:
        return [[self._result("DATE_OF_BIRTH", start, end, self.SCORE) for start, end in life_span_births(text)]
                for text in texts]


class LooseBirthDateRecognizer(ModelRecognizer):
    """DATE_OF_BIRTH: birth dates said aloud, typed loosely or scanned (`prep.pii.dates_loose`)."""

    SCORE = 0.85

    def __init__(self, language: str):
        super().__init__(supported_entities=["DATE_OF_BIRTH"], name=type(self).__name__, supported_language=language)

    def analyze_texts(self, texts: list[str], found: list[list[RecognizerResult]] | None = None  # noqa: ARG002
                      ) -> list[list[RecognizerResult]]:
        return [[self._result("DATE_OF_BIRTH", start, end, self.SCORE) for start, end in loose_birth_dates(text)]
                for text in texts]


def birth_date_recognizers(language: str) -> list[ModelRecognizer]:
    """The code-read DATE_OF_BIRTH recognizers of one language (module doc)."""
    return [LifeSpanRecognizer(language), LooseBirthDateRecognizer(language)]
