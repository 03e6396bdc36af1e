"""A document's language, `ko` or `en`, from the share of Hangul among its letters.

One rule for every stage that needs it: the scrubber (Korean or English surrogates) and the canary
planter (a canary goes into documents of its language). Kept free of Presidio so that importing it
stays cheap; polars only counts a whole batch at once (`detect_languages`).
"""

from __future__ import annotations

import re

import polars as pl

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")  # syllables and jamo
_LATIN = re.compile(r"[A-Za-z]")
KO_SHARE = 0.3  # Hangul share of letters above which a text is Korean; a syllable carries ~2-3 Latin letters

_NOT_HANGUL_RUST = "[^\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+"  # the complement of `_HANGUL`, for polars
_NOT_LATIN_RUST = "[^A-Za-z]+"


def _language_of(hangul: int, latin: int) -> str:
    letters = hangul + latin
    return "ko" if letters and hangul / letters >= KO_SHARE else "en"


def detect_language(text: str) -> str:
    """`ko` or `en` from the share of Hangul among letters; cheap enough to run on every document."""
    return _language_of(len(_HANGUL.findall(text)), len(_LATIN.findall(text)))


def detect_languages(texts: list[str]) -> list[str]:
    """`detect_language` of many texts, counting in polars (Rust): the characters left after deleting
    every run of the complement class are exactly those the Python class finds."""
    try:
        counts = pl.DataFrame({"t": texts}, schema={"t": pl.String}).select(
            pl.col("t").str.replace_all(_NOT_HANGUL_RUST, "").str.len_chars().alias("h"),
            pl.col("t").str.replace_all(_NOT_LATIN_RUST, "").str.len_chars().alias("l"),
        )
    except Exception:  # noqa: BLE001 -- a text polars cannot hold (a lone surrogate): Python counts it
        return [detect_language(t) for t in texts]
    return [_language_of(h, n) for h, n in counts.iter_rows()]
