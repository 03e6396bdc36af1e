"""A small labeled set for the fine-tuning check: short Korean and English snippets labeled by domain.

Why it looks the way it does:
- The words come from the demo corpus's own sentences (`FACTS` and `FILLERS` in
  `prep/demo/templates.py`, slots filled the same way), so the demo model's tokenizer covers them and
  its pretraining saw them in context.
- An example is three short *windows* (2-4 English words, 1-3 Korean words) cut at random places out
  of corpus sentences of one language, in random order: two from the labeled domain, one from another
  domain, sometimes wrapped in a neutral frame ("Note: ..."). The label is the domain most of the text
  is about. Every window carries domain words, so the purest single keyword of an example points to
  the distractor's domain about a third of the time (a one-keyword rule scores about 0.65 on the
  demo split, majority 0.20): the classifier has to weigh all the words, including ones it saw
  rarely in fine-tuning but often in pretraining.
- Labels are balanced (the i-th example gets domain i mod 5), the language is drawn per example.
- One `random.Random(seed)` draws everything over tuples in a fixed order: same args, same bytes.

Regenerate the committed file after changing anything here:
    python -m prep.demo.labels --output data/demo/labeled.jsonl
"""

from __future__ import annotations

import argparse
import random
import string
from pathlib import Path

from prep.demo.corpus import write_demo_jsonl
from prep.demo.templates import DOMAINS, FACTS, FILLERS, LANGS, SLOTS

DEFAULT_EXAMPLES = 1200
# window length in space-separated words; a Korean word (eojeol) carries more than an English one
WINDOW_WORDS = {"en": (2, 4), "ko": (1, 3)}
MAIN_WINDOWS, DISTRACTOR_WINDOWS = 2, 1  # windows of the labeled domain / of another domain
FRAMED_SHARE = 0.3  # share of examples wrapped in a frame; frames are drawn independently of the label
FRAMES = {
    "en": ("Note: {w}", "Someone wrote: {w}", "... {w} ...", "Quote: {w}", "Question about this: {w}"),
    "ko": ("메모: {w}", "참고: {w}", "... {w} ...", "다음 내용을 확인해 주세요: {w}", "인용: {w}"),
}


def _fill_slots(template: str, lang: str, rng: random.Random) -> str:
    """The slot values of the corpus generator (`{product}`, `{day}`, `{n}`, `{amount}`, ...)."""
    fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    values = {}
    for name in fields:
        if name == "n":
            values[name] = str(rng.randint(2, 30))
        elif name == "amount":
            values[name] = f"${rng.randint(5, 900)}" if lang == "en" else f"{rng.randint(1, 90) * 10000:,}원"
        else:
            values[name] = rng.choice(SLOTS[lang][name])
    return template.format(**values)


def _sources(lang: str, domain: str) -> tuple[str, ...]:
    """Every fact and filler sentence of one language and domain (templates, slots still open)."""
    facts = tuple(f.text for f in FACTS if f.lang == lang and f.domain == domain)
    return facts + FILLERS[(lang, domain)]


def _window(sentence: str, lang: str, rng: random.Random) -> str:
    words = sentence.split()
    low, high = WINDOW_WORDS[lang]
    size = min(len(words) - 1, rng.randint(low, high))  # never the whole sentence
    size = max(size, 1)
    start = rng.randint(0, len(words) - size)
    return " ".join(words[start : start + size])


def generate_labeled(n_examples: int = DEFAULT_EXAMPLES, seed: int = 0) -> list[dict]:
    """Examples as {"text": str, "label": domain, "lang": "ko"|"en"}; same args -> identical output."""
    if n_examples < len(DOMAINS):
        raise ValueError(f"n_examples must be >= {len(DOMAINS)} (one per domain), found {n_examples}")
    rng = random.Random(seed)
    examples = []
    seen: set[str] = set()
    i = attempts = 0
    while len(examples) < n_examples:
        attempts += 1
        if attempts > 50 * n_examples:
            raise ValueError(f"only {len(examples)} distinct examples found; ask for fewer than {n_examples}")
        domain = DOMAINS[i % len(DOMAINS)]
        lang = rng.choice(LANGS)
        others = [d for d in DOMAINS if d != domain]
        sources = [domain] * MAIN_WINDOWS + [rng.choice(others) for _ in range(DISTRACTOR_WINDOWS)]
        parts = [_window(_fill_slots(rng.choice(_sources(lang, d)), lang, rng), lang, rng) for d in sources]
        rng.shuffle(parts)
        text = " ".join(parts)
        if rng.random() < FRAMED_SHARE:
            text = rng.choice(FRAMES[lang]).format(w=text)
        if text in seen:  # a duplicate would sit on both sides of a split and inflate the score
            continue
        seen.add(text)
        examples.append({"text": text, "label": domain, "lang": lang})
        i += 1
    return examples


def write_labeled(path: str | Path, n_examples: int = DEFAULT_EXAMPLES, seed: int = 0) -> None:
    """JSONL as `prep.demo.corpus` writes it (UTF-8, ensure_ascii=False, '\\n'); byte-identical per args."""
    write_demo_jsonl(path, generate_labeled(n_examples, seed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m prep.demo.labels", description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="data/demo/labeled.jsonl")
    parser.add_argument("--n-examples", type=int, default=DEFAULT_EXAMPLES)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    write_labeled(args.output, args.n_examples, args.seed)
    print(f"wrote {args.n_examples} labeled examples ({len(DOMAINS)} domains) to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
