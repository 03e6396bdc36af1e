"""Words a document itself shows to be things, not people: every lone occurrence of such a word goes back.

The English name detector (`prep.pii.names_en`) judges each run of names where it stands, which is right for
people (`Julia said` is a person wherever `Julia` stands) but leaves a thing's other mentions behind once one
mention shows what it is: `Julia 1.11` is a language, so `Haskell vs Julia` in the same note is too;
`hugo server` in a code span makes `Hugo (Go)` and `Pick Hugo` the site generator. Three kinds of evidence,
each read from the whole document, and only for words that are names and things both:
- software and programming languages named like people (`TECH_NAMED`), used as software somewhere: a version
  after them (`Julia 1.11`, `hugo v0.139.0`), lower case in code (```ruby, `hugo server`), a software word
  after them (`Jenkins plugins`, `Ruby toolchain`, `Julia's JIT`), or in brackets after another such word
  (`Jekyll (Ruby)`);
- `Thu` where the other weekdays are written short too (`Mon · Standup`, `Fri · Demo day`): a calendar;
- a place's possessive before its civic nouns (`Alexandria's council approved`): a city.

Only one-word findings are dropped (`Julia Roberts` stays a person), and only for these words: recall first.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import INTERJECTIONS, SOFTWARE_AFTER, SPEAKER_BEFORE

# Software, tools and programming languages that are people's names too (first names or surnames).
TECH_NAMED = frozenset(
    "jenkins hudson haskell jekyll sinatra kafka django hugo julia ruby ada pascal crystal perl swift jasmine "
    "sage cassandra travis jade".split()
)
# Of these, the ones rarely a first name: another platform on the same line is evidence enough (`migrate CI from
# Jenkins to GitHub Actions`); the others (`Julia`, `Ruby`) need their own software word.
TOOLS = frozenset("jenkins hudson haskell jekyll sinatra kafka django hugo cassandra travis".split())
_PLATFORM = regex.compile(
    r"(?<![\p{L}])(?:GitHub|GitLab|Bitbucket|Docker|Kubernetes|AWS|Azure|GCP|Jira|npm|PyPI|Python|Java|JavaScript|Node\.js"
    r"|Linux|macOS|CI/CD|CI|CD|DevOps|Terraform|Ansible|Maven|Gradle|Spark|Hadoop|Redis|PostgreSQL|MySQL|Sphinx)"
    r"(?![\p{L}])"
)
_SOFTWARE_WORDS = (
    r"server|site|builds?|jobs?|plugins?|pipelines?|CI|config|instance|cluster|package|packages|gems?|app|apps"
    r"|scripts?|code|integration|setup|streams?|install|toolchain|REPL|interpreter|compiler|JIT|runtime|SDK"
    r"|syntax|developers?|programmers?|libraries|library|modules?|bindings?|version|versions|on Rails|docs"
    r"|project|projects|binary|binaries|CLI|API|agent|workers?|topics?|brokers?|templates?|notebooks?|output"
    r"|landing|themes?"
)
_AS_SOFTWARE = regex.compile(  # after the word: a version or a software word (possessive or not)
    rf"(?:['’]s)?[ ](?:v?\d+(?:\.\d+)+\b|(?:{_SOFTWARE_WORDS})(?![\p{{L}}]))|:\d"  # `ruby:3.3`: an image's tag
)
_CODE_BEFORE = regex.compile(r"(?:`|```|\$ ?)$")  # ```ruby, `hugo server`, $ jekyll build
_BRACKETED_AFTER = regex.compile(r"(\p{L}+)[ ]\($")  # `Jekyll (Ruby)`: the word before the bracket
_WEEKDAYS_SHORT = regex.compile(r"(?<![\p{L}])(?:Mon|Tue|Tues|Wed|Fri|Sat|Sun)(?![\p{L}])")
_THU_AS_DAY = regex.compile(  # `review it on Thu.`, `Thu 11 PM`
    r"(?<![\p{L}])(?i:on|for|by|until|till|next|this|every|before|after|from|to)[ ]Thu(?![\p{L}])"
    r"|(?<![\p{L}])Thu[ ]\d{1,2}(?::\d\d)?[ ]?(?i:am|pm)\b")
# Colours named like people (product variants, paints, yarns), with the colour words they pair with (`Hunter Green`,
# `Dusty Rose`), in a document about colours.
COLOUR_NAMED = frozenset(
    "sage ivory olive rose hazel ruby jade amber violet scarlett scarlet ginger honey coral pearl heather sienna linen "
    "blush fern willow juniper sky hunter dusty autumn sandy rusty ebony cherry lily lilac lavender jasmine daisy "
    "poppy ivy magnolia dove mauve".split()
)
_COLOUR_WORDS = COLOUR_NAMED | frozenset(
    "green gold grey gray blue red pink white black brown beige cream navy teal light dark pale deep".split())
_COLOUR_CONTEXT = regex.compile(r"(?i:(?<![\p{L}])(?:colou?rs?|colorways?|shades?|swatch(?:es)?|paints?|dyes?|yarns?)"
                                r"(?![\p{L}]))")
_COLOUR_MENTION = regex.compile(rf"(?<![\p{{L}}])(?i:{'|'.join(sorted(COLOUR_NAMED))})(?![\p{{L}}])")
# Herbs and foods named like people, in a recipe or a garden: `sage and rosemary`, `3/4 cup brown sugar`.
KITCHEN_NAMED = frozenset("rosemary sage basil ginger olive pepper brown candy penny honey cherry clementine".split())
_KITCHEN = regex.compile(
    r"(?i:(?<![\p{L}])(?:cups?|tsp|tbsp|teaspoons?|tablespoons?|minced|chopped|sliced|bake|baked|oven|simmer|garnish"
    r"|recipe|ingredients|garden|seeds?|herbs?|sprigs?|pinch|pots?|soil)(?![\p{L}]))")
_CIVIC = regex.compile(  # `Alexandria's council`: the word before is a place
    r"(\p{Lu}\p{Ll}+)['’]s[ ](?:city[ ])?(?:council|councillors|mayor|government|police|residents|waterfront"
    r"|economy|downtown|harbou?r|port|airport|schools|hospitals|streets|population|skyline|suburbs|officials)\b"
)


def drop_things(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """`found` less the spans this document shows to be things or replies (the module's doc)."""
    if not found:
        return found
    words = {_key(text[a:b]) for a, b, _ in found}
    things = {w for w in words & TECH_NAMED if _used_as_software(text, w)}
    if "thu" in words and (_WEEKDAYS_SHORT.search(text) or _THU_AS_DAY.search(text)):
        things.add("thu")
    if "'s " in text or "’s " in text:
        things |= words & {m.group(1).lower() for m in _CIVIC.finditer(text)}
    colours = any(w in COLOUR_NAMED for key in words for w in key.split()) and _colour_context(text)
    if colours:
        things |= words & COLOUR_NAMED
    if words & KITCHEN_NAMED and _KITCHEN.search(text):
        things |= words & KITCHEN_NAMED
    kept = []
    for f in found:
        key = _key(text[f[0]:f[1]])
        if key in things or colours and " " in key and all(w in _COLOUR_WORDS for w in key.split()):
            continue  # `Julia`, `Hunter Green`
        if key in INTERJECTIONS and SPEAKER_BEFORE.search(text, max(0, f[0] - 30), f[0]):
            continue  # `Analyst: Thanks. Can you ...`, `Agent: Done!`: a reply opening a speaker's line
        kept.append(f)
    return kept


def _key(span: str) -> str:
    return span.lower().removesuffix("'s").removesuffix("’s")


def _colour_context(text: str) -> bool:
    """A colour word in the document (`Colour:`, `shades`), or three colour names (`Ivory / Olive / Sage`; two are a
    brunch review's `server Ivy` and `lavender lemonade`)."""
    return _COLOUR_CONTEXT.search(text) is not None or len({m.lower() for m in _COLOUR_MENTION.findall(text)}) >= 3


def _mentions(text: str, word: str):
    return regex.finditer(rf"(?<![\p{{L}}\d])(?i:{regex.escape(word)})(?![\p{{L}}\d])", text)


def _used_as_software(text: str, word: str) -> bool:
    for m in _mentions(text, word):
        if _AS_SOFTWARE.match(text, m.end()):
            return True
        before = text[max(0, m.start() - 40):m.start()]
        if m.group().islower() and _CODE_BEFORE.search(before):
            return True
        if word in TOOLS and SOFTWARE_AFTER.match(text, m.end()):
            return True  # `Manage Jenkins > Plugins`, `Haskell (GHC 9.8)`
        if word in TOOLS and _PLATFORM.search(text, text.rfind("\n", 0, m.start()) + 1, _line_end(text, m.end())):
            return True
        if text.startswith(")", m.end()) and (prev := _BRACKETED_AFTER.search(before)) and (
                prev.group(1).lower() in TECH_NAMED):
            return True
    return False


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
