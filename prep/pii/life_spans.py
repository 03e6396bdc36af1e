"""DATE_OF_BIRTH: a life span's first date (`dates.life_span_births`: an obituary's `Jan. 22, 1949 – Mar. 30, 2025`,
a wiki's `(馬相吉, 1958년 10월 3일 ~ )`; round 13). A recognizer of its own, not a pattern of the table in
`prep.pii.patterns`: whether a span is a life is arithmetic on its two years, which a pattern cannot do."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from prep.pii.dates import life_span_births
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
