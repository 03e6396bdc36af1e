"""Round 8 (issue 15): clean text that reads as names, one case per class, written fresh (no tuning row copied),
and beside each rule the personal value that must still go.

English (`prep.pii.names_en_things` and three word rules): software and languages named like people once the
document shows them used as software (a version, lower case in code, a software word, another platform on the
line), weekdays written short in a calendar or after a preposition, a city before its council, colours and herbs
named like people in a document about colours or cooking, a reply opening a speaker's line, a name as a code
identifier, a first name before an amount, a room type, a building after its room number.
Korean (`prep.pii.names_ko_things`, the glued-title check): brands in no dictionary, a rare noun before a particle
of company, a word plus a noun suffix, the copula at a sentence's end, a common word glued to a title's syllables,
roles and offices as chat speakers or in a field; a corporation's business registration number.
"""

from __future__ import annotations

import pytest

from prep.pii.names_en_things import drop_things
from prep.pii.names_ko import KoreanNameDetector

CLEAN = [
    # software and languages named like people, shown as such elsewhere in the same document
    ("en", "Benchmarks: Julia 1.10 against Ruby 3.3.\nJulia wins on loops; Ruby wins on startup."),
    ("en", "```ruby\nputs 'ok'\n```\nRuby reads like prose; Pascal programmers will feel at home."),
    ("en", "Cassandra cluster sizing\nCassandra wants fast disks; give each node 32 GB."),
    ("ko", "정적 사이트는 `hugo new site docs`로 만들고, Hugo 테마는 서브모듈로 넣습니다."),
    # weekdays written short, a city before its civic nouns, a first name before an amount, a room type, a building
    ("en", "This week\nMon · Ops\nThu · Release train\nSat · On call"),
    ("en", "Wool scarf - Sage green. Price $24.00, free returns."),
    ("en", "Upgrade to a King room with a view for $40 a night. Queen beds sleep two."),
    ("en", "Office hours move to Room 118, Carver Hall, from next week."),
    # t12's: colours named like people in a document about colours, herbs in a recipe, replies opening a speaker's
    # line, a name as a code identifier or an image tag, Thu after a preposition
    ("en", "Throw pillow, 18 in. Colours: Sage, Ivory, Olive."),
    ("en", "Pesto: 2 cups basil, 1 tbsp chopped rosemary, a pinch of salt."),
    ("en", "Agent: Done! Anything else?\nCustomer: Nice. Can the refund show today?"),
    ("en", "```python\ninvoice = Bill.from_row(row)\n```\nThe CI image is ruby:3.3; Ruby gems are cached."),
    ("en", "Let's review the incident on Thu."),
    # companies named like people, possessive too
    ("en", "Freddie Mac's guarantee fees rose; Brooks Brothers and Eddie Bauer reported weaker sales."),
    # Korean: brands, a rare noun before a particle of company, a noun suffix, the copula, a glued word and title
    ("ko", "명절 선물로 정관장 세트랑 설화수 세트를 보냈어요. 올리브영 세일은 다음 주예요."),
    ("ko", "텃밭에 상추랑 깻잎을 심었고, 장어하고 전복은 시장에서 샀어요."),
    ("ko", "밤사이 내린 눈으로 빙판길 사고가 잇따랐다. 출근길 안전에 유의하세요."),
    ("ko", "시험 전날 밤을 새운 게 한이다."),
    ("ko", "보일러 정기검사는 매년 10월에 합니다."),
    # roles and offices as chat speakers or in a sender field
    ("ko", "[시설팀] [오전 8:30] 오늘 2층 조명 교체합니다.\n[총무팀] [오전 8:31] 회의실 예약은 옮겨 드릴게요."),
    ("ko", "대여자: 반납은 금요일까지요\n임차인: 네 알겠습니다\n대여자: 감사합니다"),
    ("ko", "보낸 사람: 고객지원팀\n제목: 문의하신 내용 답변드립니다"),
    # a legal person's business registration number (a corporation's 81 code) on a receipt
    ("ko", "영수증 / 상호: 한빛마트 / 사업자등록번호 220-81-62517 / 합계 12,000원"),
]

PII = [
    # people with the names of the rules' things, where nothing shows a thing
    ("en", "Julia and Ruby are coming to dinner on Thu; Ruby brings dessert.", ["Julia", "Ruby"]),
    ("en", "Hi Travis, the CI bill is attached. Thanks, Jenkins", ["Travis", "Jenkins"]),
    ("en", "Julia Okafor gave the Julia 1.10 talk.", ["Julia Okafor"]),
    ("en", "Grant owes Mark $20 for the tickets.", ["Grant", "Mark"]),
    ("en", "Thu Nguyen signed in at 9; Thu stayed late.", ["Thu Nguyen"]),
    ("en", "Our host Ivy was lovely; try the lavender lemonade.", ["Ivy"]),
    # the reviewer's: people beside each new trigger in the same document
    ("en", "Johnson's government announced cuts. Johnson said more would follow.", ["Johnson"]),
    ("en", "Rose, Lily and Daisy came over for tea. Lily chose the colour for the nursery.", ["Rose", "Lily", "Daisy"]),
    ("en", "Penny baked bread for us. Gordon Brown visited the garden; Brown said it was lovely.", ["Penny", "Brown"]),
    ("en", "I sent the file to Thu yesterday. Sun Li and Thu met for lunch.", ["Thu", "Sun Li"]),
    ("en", "I bought Emma pink shoes. Alex types the report every Friday.", ["Emma", "Alex"]),
    ("en", "CALLER: Will, can you hear me?", ["Will"]),
    ("en", "Ann Taylor called about the lease; Michael Kors left a message.", ["Ann Taylor", "Michael Kors"]),
    ("en", "Travis migrated the repo to GitHub last week. Travis is our lead.", ["Travis"]),
    ("en", "Ruby's agent called; Ruby will sign the lease tomorrow.", ["Ruby"]),
    ("en", "Hugo (my brother) is visiting. Hugo's project won a prize.", ["Hugo"]),
    ("en", "AGENT: Will Turner here, how can I help?", ["Will Turner"]),
    ("ko", "어제 김상추랑 밥 먹었어. 박재용 선생님도 왔어.", ["박재용"]),
    ("ko", "제안자 : 엄태성ㆍ구본철ㆍ하승아", ["엄태성", "구본철", "하승아"]),
    ("ko", "담당 김윤검사가 기소했다.", ["김윤"]),
    ("ko", "오진선생님께 진료를 받으셨습니다.", ["오진"]),
    ("ko", "[김서윤] [오전 9:00] 저 조금 늦어요\n[하늘] [오전 9:01] 알겠어 천천히 와", ["김서윤", "하늘"]),
    ("ko", "보낸 사람: 이사랑\n제목: 자료 보내 드립니다", ["이사랑"]),
    ("ko", "개인사업자 사업자등록번호 123-45-67891", ["123-45-67891"]),  # a sole trader's number names a person
]


@pytest.mark.parametrize(("lang", "text"), CLEAN)
def test_round8_clean_text_is_left_alone(scrubber, lang, text):
    result = scrubber.scrub(text, lang)
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("lang", "text", "values"), PII)
def test_round8_personal_values_beside_the_rules_still_go(scrubber, lang, text, values):
    result = scrubber.scrub(text, lang)
    assert all(v not in result.text for v in values), result.text


def test_drop_things_keeps_multi_word_names_and_unrelated_words():
    text = "Julia 1.11 is fast. Julia Okafor wrote the port. Ask Priya."
    found = [(0, 5, 0.5), (20, 32, 0.6), (54, 59, 0.5)]
    assert drop_things(text, found) == [(20, 32, 0.6), (54, 59, 0.5)]
    assert drop_things("no findings here", []) == []


def test_korean_things_veto_leaves_common_given_names():
    detector = KoreanNameDetector()
    text = "이재용이랑 정기검사 얘기했어. 하늘이랑 놀았어."
    found = {text[a:b] for a, b in detector.find(text)}
    assert "이재용" in found and "정기" not in found
