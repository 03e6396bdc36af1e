"""Speaker labels of a dialogue that the reader's layouts do not take (round 16), for `ListReader.find`.

A chat, a comment thread or an interview puts a person before each line's message: `sunny rivera: ...`, `kayla m:
...`, `JUNO PARK: ...`, `Tyler: ...`, or an IRC log's `<Ravi K> ...`, `[09:14] <kwame> ...`. The words of such a
label alone are often words (`sunny`, `PARK`) or no list's (`JUNO`), so the shape decides, and only in a document
that is a dialogue:
- `Label: message` lines, two or more, one label a person already found (`Mark Lindell:` beside `sunny rivera:`),
  or a label on the line after an interviewer's `Q:` (the answer's speaker);
- `<nick> message` lines, two or more, no closing tag (`</b>`) in the text, one nick a first name by the lexicon.
A label counts when its first word is a first name of any wordness (no role, no month, no place only) or a word no
list has (three letters or more, and not a capitals code of four or fewer: `MTL:`), and its other words are names,
rare words or an initial (`m`, `K.`). Field labels (`Note:`, `Goals:`, `Venue:`) are common words and stay.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, LAST, NOT_NAMES, PLACE, ROLES, WORD, is_common_word

SCORE = 0.6
_WORD = r"\p{Latin}[\p{Latin}'’\-]*"
_STAMP = r"(?:\[[^\]\n]{1,24}\][ \t]*)?"  # `[09:14] `
_LABEL_LINE = regex.compile(
    rf"(?m)^[ \t]*{_STAMP}({_WORD}(?:[ ]{_WORD}){{0,2}}(?:[ ]\p{{L}}\.?)?):[ \t]+(?=\S)"
)
_NICK_LINE = regex.compile(rf"(?m)^[ \t]*{_STAMP}<({_WORD}(?:[ ]{_WORD})?(?:[ ]\p{{L}}\.?)?)>[ \t]+(?=\S)")
_TAGS = frozenset("li ul ol dl dt dd tr td th em br hr div span pre code nav sub sup del ins mark small big".split())
_SERVICE = regex.compile(
    r"(?i:bot|serv|stdin|stdout|stderr|grafana|zabbix|nagios|jenkins|github|gitlab|travis|codecov|mergify|sentry"
    r"|pagerduty|heroku|nginx|cron|systemd|server|daemon|logger|monitor|alert|alerts|notify|webhook)$"
)
_ERROR_NAME = regex.compile(r"(?i:traceback|error|exception|warning|fault|panic|fatal)$")
_QUESTION = regex.compile(r"(?m)^[ \t]*(?:Q|Question|INTERVIEWER)[.:][ \t]+\S[^\n]*\n")


def dialogue_labels(text: str, spans: list, lexicon) -> list[tuple[int, int, float]]:
    """The labels of the module's doc in `text`, given the spans found so far."""
    out: list[tuple[int, int, float]] = []
    if text.count(": ") >= 2 and (spans or "Q" in text):  # two labels and a person or an interviewer (speed)
        lines = list(_LABEL_LINE.finditer(text))
        if len(lines) >= 2:
            covered = [_covered(m, spans) for m in lines]
            named = [c or _labelish(m.group(1), lexicon) for m, c in zip(lines, covered, strict=True)]
            after_q = {m.end() for m in _QUESTION.finditer(text)} if "Q" in text else set()
            labels = [m.group(1) for m in lines]
            listed = _value_list(text, [m for m in lines if _one_word(m)])
            for m, c in zip(lines, covered, strict=True):
                label = m.group(1)
                if not (any(covered) or m.start() in after_q) or c and _whole(m, spans):
                    continue  # no person among the labels and no interviewer; a label found whole
                if not _labelish(label, lexicon) or not c and (listed and _one_word(m) or not (
                        _named(label, lexicon) or m.start() not in after_q and _speech(text, m))):
                    continue
                if _word_alone(label, lexicon) and labels.count(label) < 2 and not all(named):
                    continue  # `Basil: two handfuls` beside `Garlic:`: a word in a list of fields
                out.append((m.start(1), m.end(1), SCORE))
    if text.count("<") >= 2 and "</" not in text:
        nicks = list(_NICK_LINE.finditer(text))
        if len(nicks) >= 2 and any(_first(m.group(1).split()[0], lexicon) for m in nicks):
            out += [(m.start(1), m.end(1), SCORE) for m in nicks if _labelish(m.group(1), lexicon)
                    and _named(m.group(1), lexicon) and m.group(1) not in _TAGS  # `<li> item`: markup
                    and not _SERVICE.search(m.group(1))]  # `<ChanServ>`, `<deploybot>`, `<Jenkins>`
    return out


def _named(label: str, lexicon) -> bool:
    """A new label of one word is a first name or a surname by the lexicon (`Tyler:`, not `Postgres:`, `ValueError:`,
    `ENOENT:`); a label of two words or more (`SUVI LAAKSO:`) has the shape of a person's already, unless each is a
    word too (`bill date:`, a field)."""
    entries = [lexicon.get(w.lower()) for w in label.replace(".", "").split() if len(w) > 1]
    if len(entries) > 1:
        return not all(entry is not None and entry[0] & WORD for entry in entries)
    return entries[0] is not None and bool(entries[0][0] & (FIRST | LAST))


def _speech(text: str, m) -> bool:
    """A label no list has, beside a found speaker, before a message of four words or more (`Parisa: who's got the
    key to the shed`); not an error's name (`Traceback: most recent call last`) or a code (`ENOENT:`)."""
    label = m.group(1)
    end = text.find("\n", m.end())
    message = text[m.end():end if end >= 0 else None]
    return label.istitle() and not _ERROR_NAME.search(label) and len(message.split()) >= 4


def _one_word(m) -> bool:
    return " " not in m.group(1)


def _value_list(text: str, lines: list) -> bool:
    """Two or more labels of one word, each before a short value (a number, a code, a word or two: `Denver: 3`,
    `Katrina: 2005`, `Gandalf: web01`, `Austin: too hot`): a list of things, not turns of a dialogue."""
    return len(lines) >= 2 and all(len(text[m.end():text.find("\n", m.end()) % (len(text) + 1)].split()) <= 2
                                   for m in lines)


def _covered(m, spans: list) -> bool:
    return any(a < m.end(1) and m.start(1) < b for a, b, _ in spans)


def _whole(m, spans: list) -> bool:
    return any(a <= m.start(1) and m.end(1) <= b for a, b, _ in spans)


def _word_alone(label: str, lexicon) -> bool:
    """A one-word label that is a word too (`Hope`, `Basil`)."""
    entry = lexicon.get(label.lower())
    return " " not in label and entry is not None and bool(entry[0] & WORD)


def _first(word: str, lexicon) -> bool:
    entry = lexicon.get(word.lower())
    return entry is not None and bool(entry[0] & FIRST) and word.lower() not in NOT_NAMES


def _labelish(label: str, lexicon) -> bool:
    words = label.replace(".", "").split()
    head = words[0]
    low = head.lower()
    if low in ROLES or low in NOT_NAMES or len(head) < 2:
        return False
    entry = lexicon.get(low)
    if _rare(entry):
        if len(head) < 3 or head.isupper() and len(head) <= 4 and len(words) == 1 or "-" in head and any(
                is_common_word(part) for part in head.split("-")) or entry is not None and len(words) == 1:
            return False  # `MTL:`, `FAQ:`: a code; `Move-in:`: a compound of words; `Lisbon:` a seldom word alone
    elif not entry[0] & FIRST or entry[0] & PLACE and len(words) == 1 and (
            not entry[0] & LAST or entry[2] - entry[1] > 0.5):
        return False  # a word, or a place alone (`Paris:`, `Denver:`; not `Tyler:`, as often a name as a place)
    for word in words[1:]:
        entry = lexicon.get(word.lower())
        if not _rare(entry) and not entry[0] & (FIRST | LAST) and len(word) > 1:
            return False  # an initial, a rare word or a name go on
    return True


def _rare(entry) -> bool:
    """No list's word, or one no list flags and seldom used (`juno`)."""
    return entry is None or not entry[0] & (FIRST | LAST | WORD | PLACE) and entry[2] < 4.0
