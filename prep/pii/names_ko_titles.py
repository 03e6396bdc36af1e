"""The titles and ranks that follow a Korean name, one home for every reader of them.

`prep.pii.names_ko` reads `TITLES` after a candidate; `prep.pii.names_ko_context` reads the church, school and office
ranks (`MORE_TITLES`), a surname's bare title (`BARE_TITLES`, `정 대리`) and a head's (`HEAD_TITLES`, `차 이사장`);
`prep.pii.names_ko_alone` reads them all as a person's mark after a word that is a name too (`은혜 집사님`).
"""

from __future__ import annotations

# Titles and honorifics after a name, glued or after one space.
TITLES = (
    "선생님|선생|쌤|샘|교수님|교수|기자님|기자|의원님|의원|대표님|대표|팀장님|팀장|과장님|과장|부장님|부장|"
    "사장님|사장|원장님|원장|실장님|실장|대리님|대리|주임님|주임|회장님|회장|박사님|박사|간호사님|간호사|"
    "변호사님|변호사|판사님|판사|검사님|검사|고객님|환자분|환자|학생|선수|감독님|감독|작가님|작가|위원장|위원|"
    "장관|총리|대통령|후보|국장님|국장|선임님|선임|책임님|책임|수석님|수석|코치님|코치|주무관님|주무관|매니저님|매니저|"
    "씨|님"
)
# Titles after a name that `TITLES` does not list (church, school, office ranks).
MORE_TITLES = (
    "장로님|장로|권사님|권사|집사님|집사|목사님|목사|전도사님|전도사|성도님|성도|강사님|강사|교사|조교|"
    "소장님|소장|지점장님|지점장|차장님|차장|이사님|이사|상무님|상무|전무님|전무|본부장님|본부장|반장|"
    "학생|어린이|원생|자매님|자매|형제님|형제|군|양"
)
# Titles a surname alone takes before them, as news and offices call people back (`윤 교사는`, `정 대리가`).
BARE_TITLES = (
    "대리|과장|부장|차장|팀장|실장|교사|교수|선생님|기자|변호사|판사|검사|원장|주무관|간호사|"
    "목사|코치|감독|장로|권사|집사|전도사|점장"
)
# Heads of bodies a report calls back by surname after their full name (`차 이사장은`, `오 시장은`).
HEAD_TITLES = (
    "이사장|회장|사장|대표|이사|위원장|의원|장관|총장|교장|소장|센터장|본부장|국장|청장|시장|군수|구청장|"
    "단장|관장|조합장|지점장|병원장|학장|처장|총리|차관|회장님|대표님|사장님"
)
# A letter's or a card's sign-off after the writer's name (`은하 드림`, `나래 배상`).
SIGN_OFFS = ("드림", "올림", "배상")
