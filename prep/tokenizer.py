"""WordPiece training on the scrubbed, sentence-split text only (HF `tokenizers` normalizer and model).

The result is saved as a fast-tokenizer folder, so `AutoTokenizer.from_pretrained(dir)` gives a
fast BERT tokenizer with `[PAD] [UNK] [CLS] [SEP] [MASK]` registered as special tokens (ids
0-4) and every PII placeholder (`[PERSON]`, ...) as an added token that is never split. Placeholders
are deliberately *not* special tokens: the model may mask and predict them like words, which is
exactly what we want it to answer where a person's data used to be.

Accents are never stripped: BERT's uncased recipe strips them through NFD, which would decompose
Hangul syllables into jamo.

Middle dots are punctuation here: BERT's pre-tokenizer splits on Unicode punctuation only, and `ㆍ`
(U+318D, the Korean list separator: `홍길동ㆍ김철수`) is a Hangul *letter* to Unicode, `∙` (U+2219) a
math symbol, so listed names would be glued into one piece. A `Split` on `MIDDLE_DOTS` runs first.
The saved folder names the generic fast tokenizer class, whose loader keeps `tokenizer.json` as it
is (transformers' `BertTokenizer` rebuilds its pre-tokenizer on load and would drop the split).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from tokenizers import AddedToken, Regex, Tokenizer, models, normalizers, pre_tokenizers

from prep.config import TokenizerConfig
from prep.wordpiece import CONTINUATION_PREFIX, learn_wordpiece_vocab

# Middle dots used as list separators: ㆍ (Hangul letter araea, the Korean typists' middle dot), · ‧ ∙ ・ ･ ․
MIDDLE_DOTS = "\u318d\u00b7\u2027\u2219\u30fb\uff65\u2024"
MODEL_INPUT_NAMES = ["input_ids", "token_type_ids", "attention_mask"]
NO_TEXT_MESSAGE = "no text to train the tokenizer on: the split stage produced no files"


def bert_pre_tokenizer() -> pre_tokenizers.PreTokenizer:
    """BERT's pre-tokenizer (whitespace and punctuation) with every middle dot cut out as its own word."""
    return pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(f"[{MIDDLE_DOTS}]"), "isolated"),
        pre_tokenizers.BertPreTokenizer(),
    ])


def common_hangul_syllables() -> tuple[str, ...]:
    """The 2,350 Hangul syllables of KS X 1001, the set everyday Korean is written in, in code-point
    order: those EUC-KR encodes in two bytes (Python's codec spells the other 8,822 as 8-byte jamo sequences)."""
    return tuple(chr(c) for c in range(0xAC00, 0xD7A4) if len(chr(c).encode("euc_kr")) == 2)


def seed_alphabet(cfg: TokenizerConfig) -> tuple[str, ...]:
    """Characters every vocabulary gets, whether or not the corpus has them (`tokenizer.hangul_syllables`).

    WordPiece turns a whole word into [UNK] when one of its characters is missing, and a scrubbed corpus
    lacks exactly the syllables that only names used: without the seed, a Korean name (and so every
    Korean name canary of the memorization audit) is one [UNK], and any new word with a rare syllable too.
    """
    return common_hangul_syllables() if cfg.hangul_syllables == "common" else ()


def bert_normalizer(lowercase: bool) -> normalizers.Normalizer:
    """BERT's normalizer as every vocabulary here uses it: control characters cleaned, CJK characters
    spaced out, accents kept (see the module's docstring), lower-cased or not."""
    return normalizers.BertNormalizer(
        clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=lowercase
    )


def train_wordpiece(
    files: Sequence[str | Path], cfg: TokenizerConfig, exclude: Sequence[str] = ()
) -> Tokenizer:
    """Learn a WordPiece vocabulary from sentence-per-line files; identical output for identical input.

    `tokenizers`' own WordPieceTrainer breaks ties between equally frequent merges by hash-map
    order, which changes from run to run, so its vocabulary (and every shard after it) is not
    reproducible. We keep its algorithm (BPE merges over `##`-prefixed continuations, an alphabet
    capped at `limit_alphabet`) and its Rust normalizer and pre-tokenizer, and run the merge loop
    here with ties broken by the symbols themselves. `exclude` (the PII placeholders) is removed
    from the text first: those are added as whole tokens later.

    The in-memory form of the build's word-count stages (`prep.words`: counted per part, merged per
    partition, capped at `tokenizer.max_words`): the same counts, the same cap, the same vocabulary.
    """
    from prep.words import char_counts_of, count_files, top_words

    if not files:
        raise ValueError(NO_TEXT_MESSAGE)
    word_counts = count_files(files, bert_normalizer(cfg.lowercase), bert_pre_tokenizer(), exclude)
    return wordpiece_from_counts(top_words(word_counts, cfg.max_words), cfg, char_counts_of(word_counts))


def wordpiece_from_counts(
    word_counts: Mapping[str, int], cfg: TokenizerConfig, char_counts: Mapping[str, int] | None = None
) -> Tokenizer:
    """The WordPiece tokenizer learned from counted words (`char_counts`: those of every word counted,
    when `word_counts` holds only the most frequent ones; see `learn_wordpiece_vocab`)."""
    if not word_counts:
        raise ValueError("the tokenizer learned no vocabulary: the split text is empty")
    vocab = learn_wordpiece_vocab(
        word_counts, cfg.vocab_size, cfg.min_frequency, cfg.limit_alphabet, seed_alphabet(cfg), char_counts
    )
    tok = Tokenizer(
        models.WordPiece(vocab=vocab, unk_token="[UNK]", continuing_subword_prefix=CONTINUATION_PREFIX)
    )
    tok.normalizer = bert_normalizer(cfg.lowercase)
    tok.pre_tokenizer = bert_pre_tokenizer()
    return tok


def save_bert_tokenizer(
    tok: Tokenizer, out_dir: str | Path, cfg: TokenizerConfig, placeholders: Sequence[str], max_seq_len: int
) -> None:
    """Save a fast BERT tokenizer folder (AutoTokenizer loads it) with the placeholders as never-split
    added tokens and `bert_pre_tokenizer`'s middle-dot split kept in `tokenizer.json`."""
    from transformers import BertTokenizer, PreTrainedTokenizerFast  # heavy import, only needed here

    bert = BertTokenizer(  # BERT's normalizer, post-processor ([CLS] A [SEP] B [SEP]) and decoder
        vocab=tok.get_vocab(),
        do_lower_case=cfg.lowercase,
        strip_accents=False,
        tokenize_chinese_chars=True,
    )
    backend = bert.backend_tokenizer
    backend.pre_tokenizer = bert_pre_tokenizer()
    specials = {name: getattr(bert, name) for name in ("unk_token", "sep_token", "pad_token", "cls_token",
                                                        "mask_token")}
    hf = PreTrainedTokenizerFast(
        tokenizer_object=backend, model_max_length=max_seq_len, model_input_names=MODEL_INPUT_NAMES,
        do_lower_case=cfg.lowercase, **specials,
    )
    hf.add_tokens([AddedToken(p, single_word=False, normalized=False, special=False) for p in placeholders])
    hf.save_pretrained(str(out_dir))


def load_tokenizer(tok_dir: str | Path) -> Tokenizer:
    """The Rust tokenizer of a saved folder (fast batch encoding for the shards stage)."""
    path = Path(tok_dir) / "tokenizer.json"
    if not path.is_file():
        raise ValueError(f"{path} not found; run `python -m prep tokenizer` first or pass the right --tokenizer")
    return Tokenizer.from_file(str(path))
