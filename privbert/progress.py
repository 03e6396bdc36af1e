"""Progress bars with rate and ETA for the steps that can take minutes (tqdm), on a terminal only.

`disable=None` is tqdm's "only when the stream is a terminal": piped or redirected to a log, a bar
prints nothing and the callers keep their plain lines. A bar's description is a fixed stage name and
its numbers are counts of units, canaries or epochs: never text from a document, never a secret.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress_bar(
    iterable: Iterable[T] | None = None, *, desc: str, unit: str, total: int | None = None, initial: int = 0
) -> tqdm:
    """A tqdm bar on stderr, disabled (`bar.disable` true) when stderr is not a terminal."""
    return tqdm(iterable, desc=desc, unit=unit, total=total, initial=initial, disable=None, file=sys.stderr,
                dynamic_ncols=True)
