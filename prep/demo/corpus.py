"""The bundled demo corpus: Korean and English documents generated from templates, nothing downloaded.

Why it looks the way it does:
- A small fixed knowledge base (`FACTS`, in `prep/demo/templates.py` with the other templates) is
  repeated verbatim across many documents, so a tiny BERT trained for a few CPU minutes learns it
  and fill-mask probes (`PROBES`, `configs/demo_probes.jsonl`) show that training worked.
- Fake personal data is planted in about 40% of the documents, in exactly the formats the scrubber
  targets, so the demo exercises scrubbing; `generate_corpus(..., with_pii_spans=True)` says what was
  planted, for tests. Fact sentences never carry PII, so scrubbing cannot damage a probe.
- Every random choice comes from one `random.Random(seed)` drawing over lists in a fixed order, so the
  same arguments give byte-identical output (no hash() or set order anywhere).

Regenerate the committed files after changing anything here:
    python -m prep.demo.corpus --out data/demo/corpus.jsonl --probes configs/demo_probes.jsonl
"""

from __future__ import annotations

import argparse
import random
import string
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from prep.demo.templates import DOMAINS, FACTS, FILLERS, LANGS, PII_TEMPLATES, SLOTS, Fact
from privbert.fake_pii import (
    DEMO_EN_FEMALE,
    DEMO_EN_LAST,
    DEMO_EN_MALE,
    DEMO_KO_GIVEN,
    DEMO_KO_SURNAMES,
    RESERVED_EMAIL_DOMAINS,
    kr_mobile,
    kr_rrn,
    luhn_complete,
    personal_area_code,
    random_digits,
)
from privbert.io import write_jsonl

PII_DOC_SHARE = 0.4  # share of documents with planted personal data

# Probes: a probed fact with its answer masked. The answer is a whole space-separated word of the
# fact (no particle glued to it), so the tokenizer keeps it as one token.
PROBES = tuple(
    {"text": f.text.replace(f.answer, "[MASK]", 1), "expected": [f.answer.lower()]} for f in FACTS if f.answer
)

# Which form of a particle follows: the reading of the last character decides (`org` is read 오알지).
_NO_FINAL_DIGITS = "2459"  # 이 사 오 구
_RIEUL_DIGITS = "178"  # 일 칠 팔
_EMAIL_FINAL = {"example.com": "other", "example.org": "none", "example.net": "other"}


def _final_sound(word: str) -> str:
    """'none', 'rieul' (ㄹ) or 'other' for the final consonant of the word as read aloud."""
    for domain, final in _EMAIL_FINAL.items():
        if word.endswith(domain):
            return final
    last = word[-1]
    if "가" <= last <= "힣":
        jong = (ord(last) - ord("가")) % 28
        return "none" if jong == 0 else "rieul" if jong == 8 else "other"
    if last.isdigit():
        return "none" if last in _NO_FINAL_DIGITS else "rieul" if last in _RIEUL_DIGITS else "other"
    return "other"


def with_particle(word: str, after_consonant: str, after_vowel: str) -> str:
    """`word` + the right form of a Korean particle (은/는, 이/가, 으로/로, ...)."""
    final = _final_sound(word)
    if after_consonant == "으로":
        return word + ("로" if final in ("none", "rieul") else "으로")
    return word + (after_vowel if final == "none" else after_consonant)


class PiiFaker:
    """Fake personal data in the exact formats the scrubber targets, from the caller's generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def _digits(self, n: int) -> str:
        return random_digits(self.rng, n)

    def korean_name(self) -> tuple[str, str]:
        """(name, romanized email local part); 2-4 syllables."""
        (sur, sur_rom), (given, given_rom) = self.rng.choice(DEMO_KO_SURNAMES), self.rng.choice(DEMO_KO_GIVEN)
        return sur + given, f"{given_rom}.{sur_rom}"

    def english_name(self) -> tuple[str, str, str]:
        """(first, last, title)."""
        female = self.rng.random() < 0.5
        first = self.rng.choice(DEMO_EN_FEMALE if female else DEMO_EN_MALE)
        title = self.rng.choice(("Ms.", "Mrs.")) if female else "Mr."
        return first, self.rng.choice(DEMO_EN_LAST), title

    def email(self, local: str) -> str:
        if self.rng.random() < 0.3:
            local = local.replace(".", "") + self._digits(2)
        return f"{local}@{self.rng.choice(RESERVED_EMAIL_DOMAINS)}"

    def phone(self, lang: str) -> str:
        kinds = (
            ("mobile", "mobile_plain", "mobile_intl", "seoul", "area")
            if lang == "ko"
            else ("us_paren", "us_dash", "us_paren", "us_dash", "mobile_intl")
        )
        kind = self.rng.choice(kinds)
        d = self._digits
        if kind == "mobile":
            return kr_mobile(self.rng)
        if kind == "mobile_plain":
            return f"010{d(8)}"
        if kind == "mobile_intl":
            return f"+82 10-{d(4)}-{d(4)}"
        if kind == "seoul":
            return f"02-{d(3)}-{d(4)}"
        if kind == "area":
            return f"0{self.rng.choice(('31', '32', '51', '53', '62'))}-{d(3)}-{d(4)}"
        # US numbers in the 555-0100..555-0199 block, reserved for fiction, so none rings a real phone
        area = personal_area_code(lambda: str(self.rng.randint(201, 989)))
        line = f"01{d(2)}"
        return f"({area}) 555-{line}" if kind == "us_paren" else f"{area}-555-{line}"

    def rrn(self) -> str:
        return kr_rrn(self.rng)

    def card(self) -> str:
        prefix = self.rng.choice(("4", "51", "52", "53", "54", "55"))
        number = luhn_complete(prefix + self._digits(15 - len(prefix)))
        return self.rng.choice((" ", "-")).join(number[i : i + 4] for i in range(0, 16, 4))

    def ip(self) -> str:
        """Private and shared ranges only (RFC 1918, RFC 6598), so no real host is named; not the documentation
        ranges, which name no one's device and the scrubber leaves alone."""
        r = self.rng.randint
        prefix = self.rng.choice(
            (f"192.168.{r(0, 255)}", f"10.{r(0, 255)}.{r(0, 255)}", f"172.16.{r(0, 255)}", "100.64.7")
        )
        return f"{prefix}.{r(1, 254)}"


_IDENTITY_FIELDS = ("name", "name_eun", "name_ui", "en_name", "mr_name", "dr_name")
_IDENTITY_FIELDS += ("email", "email_ro", "phone", "phone_ro")
_STANDALONE_PII = {"rrn": "KR_RRN", "card": "CREDIT_CARD", "ip": "IP_ADDRESS"}


def _identity(lang: str, faker: PiiFaker) -> dict[str, tuple[str, str, str]]:
    """One fake person, as field -> (entity, planted value, text in the sentence); name and email agree."""
    ko_name, ko_local = faker.korean_name()
    first, last, title = faker.english_name()
    email = faker.email(ko_local if lang == "ko" else f"{first}.{last}".lower())
    phone = faker.phone(lang)
    person = f"{first} {last}"
    return {
        "name": ("PERSON", ko_name, ko_name),
        "name_eun": ("PERSON", ko_name, with_particle(ko_name, "은", "는")),
        "name_ui": ("PERSON", ko_name, ko_name + "의"),
        "en_name": ("PERSON", person, person),
        "mr_name": ("PERSON", person, f"{title} {person}"),
        "dr_name": ("PERSON", person, f"Dr. {person}"),
        "email": ("EMAIL_ADDRESS", email, email),
        "email_ro": ("EMAIL_ADDRESS", email, with_particle(email, "으로", "로")),
        "phone": ("PHONE_NUMBER", phone, phone),
        "phone_ro": ("PHONE_NUMBER", phone, with_particle(phone, "으로", "로")),
    }


def _fill(template: str, lang: str, rng: random.Random, faker: PiiFaker) -> tuple[str, list[dict]]:
    """Fill one template; returns the sentence and the PII planted in it, in order of appearance."""
    fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    identity = _identity(lang, faker) if any(f in _IDENTITY_FIELDS for f in fields) else {}
    planted: list[dict] = []
    filled: dict[str, str] = {}
    for field_name in fields:
        if field_name in filled:
            continue
        if field_name in identity:
            entity, value, text = identity[field_name]
        elif field_name in _STANDALONE_PII:
            entity = _STANDALONE_PII[field_name]
            value = text = getattr(faker, field_name)()
        else:
            entity, value, text = "", "", _filler_slot(field_name, lang, rng)
        if entity:
            planted.append({"entity": entity, "value": value})
        filled[field_name] = text
    return template.format(**filled), planted


def _filler_slot(name: str, lang: str, rng: random.Random) -> str:
    if name == "sp":
        return rng.choice(("", " "))
    if name == "n":
        return str(rng.randint(2, 30))
    if name == "amount":
        return f"${rng.randint(5, 900)}" if lang == "en" else f"{rng.randint(1, 90) * 10000:,}원"
    return rng.choice(SLOTS[lang][name])


@dataclass
class _Sentence:
    text: str
    wrappable: bool  # hard wraps go only inside filler sentences, never through a fact or PII value


def _wrap(sentences: list[_Sentence], width: int) -> str:
    """Join a paragraph, replacing some allowed spaces by '\\n' so no line is much wider than `width`."""
    parts, breaks = [], []
    pos = 0
    for i, s in enumerate(sentences):
        if i:
            breaks.append(pos)  # the space between two sentences
            pos += 1
        if s.wrappable:
            breaks.extend(pos + j for j, ch in enumerate(s.text) if ch == " ")
        parts.append(s.text)
        pos += len(s.text)
    chars = list(" ".join(parts))
    line_start, last_ok = 0, None
    for p in breaks:
        if p - line_start > width and last_ok is not None:
            chars[last_ok] = "\n"
            line_start, last_ok = last_ok + 1, None
        last_ok = p
    return "".join(chars)


def _join(sentences: list[_Sentence], rng: random.Random, lang: str) -> str:
    """Running prose, sometimes split into paragraphs, sometimes hard-wrapped like a plain-text email."""
    cuts = sorted(rng.sample(range(1, len(sentences)), k=min(len(sentences) - 1, rng.choice((1, 1, 2)))))
    if rng.random() >= 0.35:
        cuts = []
    bounds = [0, *cuts, len(sentences)]
    wrap_width = rng.randint(30, 45) if lang == "ko" else rng.randint(55, 80)
    hard_wrap = rng.random() < 0.2
    paragraphs = []
    for start, end in pairwise(bounds):
        para = sentences[start:end]
        if hard_wrap:
            paragraphs.append(_wrap(para, wrap_width))
        else:
            paragraphs.append(" ".join(s.text for s in para))
    return "\n\n".join(paragraphs)


def _document(doc_id: int, rng: random.Random, faker: PiiFaker) -> dict:
    """4-12 sentences of one language and domain: facts, fillers, sometimes PII sentences, shuffled."""
    lang = rng.choice(LANGS)
    domain = rng.choice(DOMAINS)
    n_sentences = rng.randint(4, 12)
    facts = [f for f in FACTS if f.lang == lang and f.domain == domain]
    if rng.random() < 0.25:  # now and then a fact from another domain of the same language
        facts = [f for f in FACTS if f.lang == lang]
    n_facts = min(len(facts), rng.choice((2, 2, 3, 3, 4)))
    chosen: list[Fact] = []
    while len(chosen) < n_facts:
        fact = rng.choices(facts, weights=[f.weight for f in facts])[0]
        if fact not in chosen:
            chosen.append(fact)
    pii_templates = PII_TEMPLATES[(lang, None)] + PII_TEMPLATES[(lang, domain)]
    n_pii = rng.choice((1, 1, 1, 2, 2, 3, 4)) if rng.random() < PII_DOC_SHARE else 0
    fillers = FILLERS[(lang, domain)]
    n_fill = max(0, n_sentences - n_facts - n_pii)
    body = [_Sentence(f.text, False) for f in chosen]
    for template in rng.sample(fillers, k=min(n_fill, len(fillers))):
        body.append(_Sentence(_fill(template, lang, rng, faker)[0], True))
    rng.shuffle(body)
    pii: list[dict] = []
    closing = ""  # at most one form line or signature, alone on the document's last line
    for template in rng.sample(pii_templates, k=n_pii):
        if template.startswith("\n") and closing:
            continue  # two closing lines would be re-joined into one by normalization
        text, planted = _fill(template.lstrip("\n"), lang, rng, faker)
        pii.extend(planted)
        if template.startswith("\n"):
            closing = "\n" + text
        else:
            body.insert(rng.randint(0, len(body)), _Sentence(text, False))
    text = _join(body, rng, lang) + closing
    return {"id": f"demo-{doc_id:05d}", "domain": domain, "text": text, "pii": pii}


def generate_corpus(n_docs: int = 3000, seed: int = 0, with_pii_spans: bool = False) -> list[dict]:
    """Documents as {"id": "demo-00000", "domain": str, "text": str}; same args -> identical output.

    With `with_pii_spans`, each document also has "pii": [{"entity": ..., "value": ...}], the fake
    values planted in its text (kept out of the JSONL file: the pipeline must find them itself).
    """
    if n_docs < 0:
        raise ValueError(f"n_docs must be >= 0, found {n_docs}")
    rng = random.Random(seed)
    faker = PiiFaker(rng)
    docs = [_document(i, rng, faker) for i in range(n_docs)]
    if not with_pii_spans:
        for doc in docs:
            del doc["pii"]
    return docs


def write_demo_jsonl(path: str | Path, records: list[dict]) -> None:
    """`privbert.io.write_jsonl` (atomic, the project's JSONL dialect) into a folder made if missing."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    write_jsonl(path, records)


def write_corpus(path: str | Path, n_docs: int = 3000, seed: int = 0) -> None:
    """JSONL, one object per line, UTF-8, ensure_ascii=False, sort_keys=False, '\\n' line ends.

    Byte-identical per args.
    """
    write_demo_jsonl(path, generate_corpus(n_docs, seed))


def write_probes(path: str | Path) -> None:
    """The fill-mask probes, one {"text": "... [MASK] ...", "expected": [word]} per line."""
    write_demo_jsonl(path, list(PROBES))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m prep.demo.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="data/demo/corpus.jsonl")
    parser.add_argument("--probes", default="configs/demo_probes.jsonl")
    parser.add_argument("--n-docs", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    write_corpus(args.out, args.n_docs, args.seed)
    write_probes(args.probes)
    print(f"wrote {args.n_docs} documents to {args.out} and {len(PROBES)} probes to {args.probes}")


if __name__ == "__main__":
    main()
