"""Which candidate spans a set of merged spans already covers: a reading need not judge those (speed only).

`ContextReader.extend` (`prep.pii.names_en_context`) judges each reading's spans (`_keep`: ~20 us a span: a dozen
look-ups for companies, brands, places and eponyms) and then merges the kept ones into its spans (`_merge`: sorted,
overlapping ones joined, the highest score kept). A candidate inside one merged span whose score is at least its
own changes nothing in that merge whether it is kept or not: the union it joins already covers it, and its score
does not raise the span's. On the bench, 2,168 of the 2,170 repeats of a found name's words (`_repeats`: `Smith`
inside `John Smith`) are such; they are left out before `_keep`, not after.
"""

from __future__ import annotations

from bisect import bisect_right


def uncovered(candidates: list, spans: list) -> list:
    """The `(start, end, score)` candidates that no span of `spans` (sorted, disjoint: a `_merge` output) holds
    whole with a score at least theirs."""
    if not candidates or not spans:
        return candidates
    starts = [start for start, _, _ in spans]
    out = []
    for candidate in candidates:
        start, end, score = candidate
        k = bisect_right(starts, start) - 1
        if k < 0 or spans[k][1] < end or spans[k][2] < score:
            out.append(candidate)
    return out
