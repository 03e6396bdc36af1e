"""A labeled set of near-duplicate document pairs (ko + en), and precision/recall of near-dedup on it.

Positives are one document and a changed copy: word edits, an inserted sentence, another header and
footer, re-wrapped lines, or edits plus a new header. Negatives are two distinct documents of the
same template: the same header and footer, bodies drawn from the same sentence grammar (so they share
many shingles), different content. A pair counts as found when the LSH would make it a candidate
(one band of its signatures equal) and its signatures agree on >= the threshold: what the stage does.

    python -m prep.eval.near_dup            # the table at the default config and the curve over thresholds
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass

import numpy as np

from prep.config import DedupConfig
from prep.dedup.minhash import band_keys, estimated_jaccard, signatures

_EN = {
    "who": [
        "the customer",
        "our team",
        "the landlord",
        "the clinic",
        "the bank",
        "the school",
        "the driver",
        "the tenant",
        "the vendor",
        "the manager",
        "the nurse",
        "the committee",
    ],
    "verb": [
        "reviewed",
        "approved",
        "postponed",
        "cancelled",
        "updated",
        "received",
        "shipped",
        "rejected",
        "scheduled",
        "confirmed",
        "paid",
        "reported",
    ],
    "what": [
        "the invoice",
        "the request",
        "the meeting",
        "the contract",
        "the refund",
        "the delivery",
        "the appointment",
        "the repair",
        "the payment plan",
        "the complaint",
        "the lease",
        "the order",
    ],
    "when": [
        "on Monday",
        "last week",
        "before noon",
        "after the holiday",
        "in March",
        "this morning",
        "within ten days",
        "at the end of the month",
        "yesterday",
        "on the first of June",
    ],
    "tail": [
        "without further notice",
        "as agreed",
        "for the second time",
        "after a short delay",
        "because of the storm",
        "at no extra cost",
        "by email",
        "in person",
        "as requested",
        "",
    ],
}
_KO = {
    "who": [
        "고객님",
        "담당 부서",
        "집주인",
        "병원",
        "은행",
        "학교",
        "기사님",
        "세입자",
        "거래처",
        "관리자",
        "간호사",
        "위원회",
    ],
    "what": [
        "청구서를",
        "요청을",
        "회의를",
        "계약을",
        "환불을",
        "배송을",
        "예약을",
        "수리를",
        "납부 계획을",
        "민원을",
        "임대차 계약을",
        "주문을",
    ],
    "verb": [
        "검토했습니다",
        "승인했습니다",
        "연기했습니다",
        "취소했습니다",
        "변경했습니다",
        "접수했습니다",
        "발송했습니다",
        "반려했습니다",
        "확정했습니다",
        "처리했습니다",
    ],
    "when": [
        "월요일에",
        "지난주에",
        "정오 전에",
        "연휴 이후에",
        "3월에",
        "오늘 아침",
        "열흘 안에",
        "월말에",
        "어제",
        "6월 1일에",
    ],
    "tail": [
        "별도 안내 없이",
        "합의한 대로",
        "두 번째로",
        "잠시 지연된 후",
        "폭우 때문에",
        "추가 비용 없이",
        "이메일로",
        "직접",
        "요청하신 대로",
        "",
    ],
}
_HEADERS = {
    "en": [
        "Notice {n} - Customer Service Center",
        "Ticket #{n}: status update",
        "Billing statement no. {n}",
        "RE: your request {n}",
    ],
    "ko": ["안내문 제{n}호 - 고객센터", "문의 번호 {n}: 처리 현황", "청구서 번호 {n}", "회신: 요청 {n}"],
}
_FOOTERS = {
    "en": [
        "Please do not reply to this message.",
        "Contact us at the help desk for questions.",
        "This notice was generated automatically.",
        "Thank you for your patience.",
    ],
    "ko": [
        "이 메일은 발신 전용입니다.",
        "문의 사항은 고객센터로 연락해 주세요.",
        "이 안내문은 자동으로 발송되었습니다.",
        "양해해 주셔서 감사합니다.",
    ],
}
POSITIVE_KINDS = ("edit", "insert", "header_footer", "rewrap", "edit_header")
NEGATIVE_KIND = "same_template"
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9)


@dataclass(frozen=True)
class LabeledPair:
    a: str
    b: str
    near_duplicate: bool
    kind: str
    lang: str


def _sentence(lang: str, rng: random.Random) -> str:
    w = {k: rng.choice(v) for k, v in (_EN if lang == "en" else _KO).items()}
    if lang == "en":
        s = f"{w['who']} {w['verb']} {w['what']} {w['when']} {w['tail']}".strip()
        return s[0].upper() + s[1:] + "."
    return f"{w['who']}께서 {w['when']} {w['tail']} {w['what']} {w['verb']}.".replace("  ", " ")


def _document(lang: str, rng: random.Random, template: int, sentences: int) -> tuple[str, str, str]:
    """(header, body, footer) of one document of `template`."""
    header = _HEADERS[lang][template].format(n=rng.randrange(10_000, 99_999))
    body = " ".join(_sentence(lang, rng) for _ in range(sentences))
    return header, body, _FOOTERS[lang][template]


def _edit_words(body: str, lang: str, rng: random.Random, share: float) -> str:
    words = body.split(" ")
    pool = [w for v in (_EN if lang == "en" else _KO).values() for phrase in v for w in phrase.split()]
    for i in rng.sample(range(len(words)), max(1, int(len(words) * share))):
        words[i] = rng.choice(pool)
    return " ".join(words)


def _rewrap(text: str, rng: random.Random) -> str:
    width, lines, line = rng.randrange(30, 70), [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def _changed(header: str, body: str, footer: str, lang: str, kind: str, rng: random.Random, template: int) -> str:
    if kind == "edit":
        return "\n".join([header, _edit_words(body, lang, rng, 0.05), footer])
    if kind == "insert":
        sentences = body.split(". ")
        at = rng.randrange(len(sentences))
        return "\n".join(
            [header, ". ".join([*sentences[:at], _sentence(lang, rng).rstrip("."), *sentences[at:]]), footer]
        )
    other = (template + 1 + rng.randrange(len(_HEADERS[lang]) - 1)) % len(_HEADERS[lang])
    new_header = _HEADERS[lang][other].format(n=rng.randrange(10_000, 99_999))
    if kind == "header_footer":
        return "\n".join([new_header, body, _FOOTERS[lang][other]])
    if kind == "rewrap":
        return _rewrap("\n".join([header, body, footer]), rng)
    return "\n".join([new_header, _edit_words(body, lang, rng, 0.05), footer])  # edit_header


def labeled_pairs(n_per_kind: int = 100, seed: int = 0) -> list[LabeledPair]:
    """`n_per_kind` pairs of every positive kind and as many negatives as positives, per language."""
    rng = random.Random(seed)
    pairs = []
    for lang in ("en", "ko"):
        for kind in POSITIVE_KINDS:
            for _ in range(n_per_kind):
                template = rng.randrange(len(_HEADERS[lang]))
                header, body, footer = _document(lang, rng, template, rng.randrange(6, 16))
                original = "\n".join([header, body, footer])
                changed = _changed(header, body, footer, lang, kind, rng, template)
                pairs.append(LabeledPair(original, changed, True, kind, lang))
        for _ in range(n_per_kind * len(POSITIVE_KINDS)):
            template, sentences = rng.randrange(len(_HEADERS[lang])), rng.randrange(6, 16)
            a, b = (_document(lang, rng, template, sentences) for _ in range(2))
            pairs.append(LabeledPair("\n".join(a), "\n".join(b), False, NEGATIVE_KIND, lang))
    return pairs


def pair_scores(pairs: list[LabeledPair], cfg: DedupConfig) -> tuple[np.ndarray, np.ndarray]:
    """(estimated Jaccard, LSH candidate?) of every pair, from the stage's own signatures and band keys."""
    sig_a = signatures([p.a for p in pairs], cfg)
    sig_b = signatures([p.b for p in pairs], cfg)
    candidate = (band_keys(sig_a, cfg.bands, cfg.rows) == band_keys(sig_b, cfg.bands, cfg.rows)).any(axis=1)
    return estimated_jaccard(sig_a, sig_b), candidate


def precision_recall(found: np.ndarray, truth: np.ndarray) -> tuple[float, float]:
    tp = int((found & truth).sum())
    return tp / max(int(found.sum()), 1), tp / max(int(truth.sum()), 1)


def evaluate(pairs: list[LabeledPair], cfg: DedupConfig, thresholds=THRESHOLDS) -> list[list]:
    """Rows (threshold, lang, precision, recall, found, pairs) at each threshold, per language and all."""
    est, candidate = pair_scores(pairs, cfg)
    truth = np.array([p.near_duplicate for p in pairs])
    langs = np.array([p.lang for p in pairs])
    rows = []
    for t in sorted({*thresholds, cfg.threshold}):
        found = candidate & (est >= t)
        for lang in ("en", "ko", "all"):
            pick = np.ones(len(pairs), bool) if lang == "all" else langs == lang
            p, r = precision_recall(found[pick], truth[pick])
            rows.append([t, lang, round(p, 4), round(r, 4), int(found[pick].sum()), int(pick.sum())])
    return rows


def recall_by_kind(pairs: list[LabeledPair], cfg: DedupConfig) -> dict[str, float]:
    """Share of each kind's pairs found at `cfg.threshold` (recall for positives, false-positive rate for negatives)."""
    est, candidate = pair_scores(pairs, cfg)
    found = candidate & (est >= cfg.threshold)
    kinds = [p.kind for p in pairs]
    return {
        k: round(float(np.mean([f for f, kk in zip(found, kinds, strict=True) if kk == k])), 4)
        for k in dict.fromkeys(kinds)
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    cfg = DedupConfig()
    pairs = labeled_pairs(args.per_kind, args.seed)
    print(
        f"{len(pairs)} pairs; config: shingle_size {cfg.shingle_size}, num_perm {cfg.num_perm}, "
        f"bands x rows {cfg.bands} x {cfg.rows}, threshold {cfg.threshold}"
    )
    print(f"{'threshold':>9}  {'lang':<4}  {'precision':>9}  {'recall':>7}  {'found':>6}  {'pairs':>6}")
    for t, lang, p, r, found, n in evaluate(pairs, cfg):
        mark = "  <- default" if t == cfg.threshold and lang == "all" else ""
        print(f"{t:>9.2f}  {lang:<4}  {p:>9.4f}  {r:>7.4f}  {found:>6}  {n:>6}{mark}")
    print("found at the default threshold, by kind:", recall_by_kind(pairs, cfg))


if __name__ == "__main__":
    main()
