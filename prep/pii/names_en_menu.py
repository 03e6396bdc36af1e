"""Dishes and products named like people (round 11): `Summer Berry Crumble`, `Burr Grinder`, `Morgan Toaster`.

A run of names whose last word is a dish or a product (`_DISH_OR_PRODUCT_TAILS`) is that thing in a recipe, a menu or
an order (a price, `serves`, `bake`, `cart`, `subtotal`, `2 x`). Many of these words are surnames too (`Kettle`,
`Mixer`, `Bread`), so a review's probes kept three shapes people: a common first name and the word alone (`Daniel
Kettle`, unless a capitalized word before makes it a longer title), and a run after `to`, `from`, `by`, `for`, `with`
(`shipped to Daniel Kettle`); outside a menu or an order every such run stays a person (`Please welcome Tom Mixer`).
"""

from __future__ import annotations

import regex

DISH_OR_PRODUCT_TAILS = frozenset("""crumble pie pies cake cakes tart tarts cobbler pudding muffins scones bread loaf
soup salad risotto sauce cookies brownies smoothie casserole pancakes waffles trifle sorbet parfait lasagna chowder
grinder kettle blender mixer toaster lamp tote backpack hoodie sneakers charger headphones earbuds monitor keyboard
tent stroller skillet candle pillow blanket mattress serum shampoo""".split())
COMMON_FIRST_ZIPF = 3.5  # a common first name's frequency as a name (`Daniel` 4.9, `Harper` 3.9, `Ben` 3.8; `Burr` 3.1)
_PERSON_PREPOSITION_BEFORE = regex.compile(r"(?<![\p{L}])(?i:to|from|by|for|with)[ ]$")
_MENU_OR_ORDER = regex.compile(
    r"[$€£₩][ ]?\d|\d[ ]?(?:원|USD|EUR)\b|(?i:\b(?:serves|bake|oven|recipe|ingredients|in stock|cart|subtotal|qty"
    r"|order(?:[ ]summary)?|preheat)\b|\d[ ]?[x×][ ])")


def menu_item(text: str, start: int, n_words: int, common_first: bool, after_capital: bool) -> bool:
    """Is the run at `start` (`n_words` words, the last a dish or a product; `common_first`: its first word is a
    common first name; `after_capital`: a capitalized word stands right before it) a dish or a product (the module's
    doc)?"""
    if n_words == 2 and common_first and not after_capital:
        return False  # `Daniel Kettle`; but `Summer Berry Crumble` read as `Berry Crumble` is a longer title
    return not _PERSON_PREPOSITION_BEFORE.search(text, max(0, start - 12), start) and is_menu_or_order(text)


def is_menu_or_order(text: str) -> bool:
    """A recipe, a menu or an order: a price, `serves`, `bake`, `cart`, `subtotal`, `qty`, `2 x`."""
    return bool(_MENU_OR_ORDER.search(text))
