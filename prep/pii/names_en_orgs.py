"""Companies and brands named like people, beyond `names_en_words.ORG_PAIRS` (round 20): the same list, grown.

Each entry reads to the English name readers as a first name and a surname, or a surname and a word, in the news,
filings, shopping posts and patient portals every writer quotes (`registered at Crate & Barrel and Williams Sonoma`,
`Kaiser Permanente: Your lab results are ready`, `Sponsor: Eli Lilly and Company`). Only pairs that no one is likely to
be called are listed: a founder's name that is an ordinary person's too (`Herman Miller`, `Benjamin Moore`, `Ann
Taylor`, `John Lewis`, `Raymond James`, `Oscar Mayer`, `Sherwin Williams`, `Kimberly Clark`, `Grant Thornton`, `Harper
Collins`, `Vera Wang`, `Tom Ford`, `Jose Cuervo`, a title and a surname: `Captain Morgan`) is left out, as recall comes
first. Written as `is_org_name` folds them: lower case, no accents, no `'s`, `&` and dots as spaces. In a person's slot
(`Dr. Simon Schuster`, `Mercedes Benz, 34,`, `[12:40] Eli Lilly:`) the words stay a person
(`names_en_slots.companies_as_people`, after round 20's review).
"""

from __future__ import annotations

import re
import unicodedata

MORE_ORG_PAIRS = frozenset("""
williams sonoma|kaiser permanente|eli lilly|baker hughes|novo nordisk|exxon mobil|krispy kreme|lockheed martin
|bristol myers|bristol myers squibb|northrop grumman|pratt whitney|booz allen|booz allen hamilton|thomson reuters
|wolters kluwer|cushman wakefield|marsh mclennan|deloitte touche|baker tilly|papa johns|baskin robbins|ruths chris
|dave busters|carls jr|marie callenders|betty crocker|orville redenbacher|mercedes benz|king arthur|levi strauss
|jack wolfskin|smith barney|charles river|little caesars|dunkin donuts|long john silvers|auntie annes|famous amos
|little debbie|mrs butterworths|papa murphys|famous daves|michael kors|christian louboutin|john varvatos
|tommy bahama|t rowe price|jp morgan|j p morgan|boehringer ingelheim|becton dickinson|thermo fisher|fisher price
|johns hopkins|black decker|stanley black decker|briggs stratton|dow corning|colgate palmolive|simon schuster
|conde nast
""".replace("\n", "").split("|"))
_SEPARATORS = re.compile(r"[ .&]+")


def org_key(words: str) -> str:
    """`words` as `ORG_PAIRS` and `MORE_ORG_PAIRS` spell a company: lower case, no accents, no `'s`, `&` and dots as
    spaces."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", words.lower()) if not unicodedata.combining(c))
    folded = folded.replace("'s", "s").replace("’s", "s")  # `Jack Daniel's`, `Dr. Scholl's`
    return " ".join(w for w in _SEPARATORS.split(folded) if w)
