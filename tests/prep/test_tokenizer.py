import json

import pytest
from transformers import AutoTokenizer

from prep.config import TokenizerConfig
from prep.tokenizer import MIDDLE_DOTS, load_tokenizer, save_bert_tokenizer, train_wordpiece
from prep.wordpiece import SPECIAL_TOKENS

PLACEHOLDERS = ("[PERSON]", "[PHONE_NUMBER]", "[EMAIL_ADDRESS]")
SENTENCES = [
    "서울은 대한민국의 수도이다.",
    "The capital of France is Paris.",
    "[PERSON] 씨는 [PHONE_NUMBER]으로 연락했다.",
    "Please call [PERSON] at [PHONE_NUMBER] or write to [EMAIL_ADDRESS].",
    "고객센터는 평일 오전 9시부터 오후 6시까지 운영합니다.",
    "The court dismissed the appeal on procedural grounds.",
    "참석자는 홍길동ㆍ김철수ㆍ이영희 세 사람이다.",
]


@pytest.fixture(scope="module")
def tok_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("tok")
    corpus = d / "split.txt"
    corpus.write_text("\n".join(SENTENCES * 40) + "\n", encoding="utf-8")
    cfg = TokenizerConfig(vocab_size=300, min_frequency=1, hangul_syllables="none")  # 300 pieces: all merges
    tok = train_wordpiece([corpus], cfg)
    save_bert_tokenizer(tok, d / "tokenizer", cfg, PLACEHOLDERS, max_seq_len=64)
    return d / "tokenizer"


def test_autotokenizer_loads_a_fast_bert_tokenizer_with_registered_specials(tok_dir):
    tok = AutoTokenizer.from_pretrained(str(tok_dir))
    assert tok.is_fast and tok.model_input_names == ["input_ids", "token_type_ids", "attention_mask"]
    assert tok.mask_token == "[MASK]" and tok.pad_token == "[PAD]" and tok.cls_token == "[CLS]"
    assert [tok.convert_tokens_to_ids(t) for t in SPECIAL_TOKENS] == [0, 1, 2, 3, 4]
    assert set(SPECIAL_TOKENS) <= set(tok.all_special_tokens)
    assert tok.model_max_length == 64


def test_placeholders_are_single_never_split_tokens(tok_dir):
    tok = AutoTokenizer.from_pretrained(str(tok_dir))
    pieces = tok.tokenize("Mr. [PERSON] called [PHONE_NUMBER]. [PERSON]씨는 [EMAIL_ADDRESS]으로")
    for p in PLACEHOLDERS:
        assert p in pieces
    assert pieces.count("[PERSON]") == 2
    for p in PLACEHOLDERS:  # one id each, and not special: the model may predict them
        assert len(tok(p, add_special_tokens=False)["input_ids"]) == 1
        assert p not in tok.all_special_tokens


def test_pair_encoding_and_hangul_survive(tok_dir):
    tok = AutoTokenizer.from_pretrained(str(tok_dir))
    enc = tok("서울은 대한민국의 수도이다.", "The capital of France is Paris.")
    tokens = tok.convert_ids_to_tokens(enc["input_ids"])
    assert tokens[0] == "[CLS]" and tokens[-1] == "[SEP]" and tokens.count("[SEP]") == 2
    assert "서울은" in tokens  # Hangul is not decomposed into jamo by accent stripping
    assert set(enc["token_type_ids"]) == {0, 1}
    assert tok.decode(enc["input_ids"], skip_special_tokens=True).startswith("서울은 대한민국의 수도이다")


def test_training_is_deterministic(tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text("\n".join(SENTENCES * 20) + "\n", encoding="utf-8")
    cfg = TokenizerConfig(vocab_size=200, min_frequency=1)
    a = train_wordpiece([corpus], cfg).to_str()
    b = train_wordpiece([corpus], cfg).to_str()
    assert a == b and json.loads(a)["model"]["type"] == "WordPiece"


def test_empty_input_is_refused(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_text("")
    with pytest.raises(ValueError, match="no vocabulary"):
        train_wordpiece([empty], TokenizerConfig())
    with pytest.raises(ValueError, match="no text"):
        train_wordpiece([], TokenizerConfig())


def test_learner_merges_most_frequent_pairs_with_stable_ties():
    from collections import Counter

    from prep.tokenizer import learn_wordpiece_vocab

    vocab = learn_wordpiece_vocab(Counter({"aaab": 5, "ab": 3, "zz": 1}), vocab_size=100, min_frequency=2,
                                  limit_alphabet=2)
    assert list(vocab)[:5] == list(SPECIAL_TOKENS)
    assert "z" not in vocab  # beyond limit_alphabet: such words become [UNK]
    assert {"a", "##a", "##b", "ab", "aaab"} <= set(vocab)
    # equally frequent pairs are merged in the order of their symbols: ##a+##a before ##a+##b
    assert vocab["##aa"] < vocab["##ab"] if "##ab" in vocab else True
    assert vocab == learn_wordpiece_vocab(Counter({"ab": 3, "zz": 1, "aaab": 5}), 100, 2, 2)


@pytest.mark.parametrize("seed, expected", [("common", ["[CLS]", "윤", "##슬", "##기", "[SEP]"]),
                                            ("none", ["[CLS]", "[UNK]", "[SEP]"])])
def test_common_hangul_syllables_spell_out_a_name_the_corpus_never_had(tmp_path, seed, expected):
    """A scrubbed corpus lacks the syllables only names used; seeded, a name is syllables, not one [UNK]
    (so the audit can score Korean name canaries, and a new word with a rare syllable survives)."""
    corpus = tmp_path / "split.txt"
    corpus.write_text("\n".join(SENTENCES * 40) + "\n", encoding="utf-8")
    tok = train_wordpiece([corpus], TokenizerConfig(vocab_size=6000, min_frequency=1, hangul_syllables=seed))
    assert "윤" not in corpus.read_text(encoding="utf-8")
    tok.post_processor = None
    assert ["[CLS]", *tok.encode("윤슬기").tokens, "[SEP]"] == expected


def test_the_common_syllables_are_the_2350_of_ks_x_1001():
    from prep.tokenizer import common_hangul_syllables

    syllables = common_hangul_syllables()
    assert len(syllables) == 2350 and syllables[0] == "가" and syllables[-1] == "힝"
    assert "김" in syllables and "똠" not in syllables  # 똠 is famously missing from KS X 1001


def test_middle_dots_are_pieces_of_their_own_in_the_saved_folder(tok_dir):
    """ㆍ is a Hangul letter to Unicode (∙ a math symbol): without the split, listed names are one word."""
    tok = AutoTokenizer.from_pretrained(str(tok_dir))
    pieces = tok.tokenize("홍길동ㆍ김철수")
    assert "ㆍ" in pieces and pieces.index("ㆍ") > 0 and not any("ㆍ" in p and p != "ㆍ" for p in pieces)
    assert tok.decode(tok("홍길동ㆍ김철수", add_special_tokens=False)["input_ids"]).replace(" ", "") == "홍길동ㆍ김철수"
    rust = load_tokenizer(tok_dir)  # what the shards stage encodes with: the same cut
    assert rust.encode("홍길동ㆍ김철수", add_special_tokens=False).tokens == pieces
    for dot in MIDDLE_DOTS:
        words = [w for w, _ in rust.pre_tokenizer.pre_tokenize_str(f"abc{dot}def")]
        assert words == ["abc", dot, "def"], (hex(ord(dot)), words)
