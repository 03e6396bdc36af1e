"""Round 18, English-script person names: a first name and a Korean surname that is also an English word.

Written fresh for the class (no tuning row copied), both ways:
- `PEOPLE`: a first name and `Park`, `Song`, `Ha`, `Won`, `Bang`, `Do`, `Min`, `Son`, `Ma` in prose, fields, chat,
  signatures and tables: the pair is found;
- `CLEAN`: parks, towns, dynasties, rivers and `No.` after a name in the same slots: nothing found;
- `INITIALS`: initials written together before a surname (`A.B. Okafor`), in English and Korean lines: the initials
  join the name, and a title or label before them is still the surname's cue; `INITIALS_CLEAN`: `U.S.` before a
  capitalized word is no name;
- `KOREAN_MARKS`: Latin-script names in Korean sentences, glued to a particle (`Jessica가`) or before a Korean title
  or honorific (`Nguyen 대리`, `Park 선생님`, `Aigerim 씨`): found; `KOREAN_MARKS_CLEAN`: brands and tools before
  a particle, a noun that starts with a title (`대리점`) or a role after a company: nothing found;
- `CHAT_ROLES`: a chat export's speaker saved with a role (`Anand (Plumber):`): found; a system line or a role with a
  name in brackets keeps its word;
- `KIN_TITLES`: a kin word as a title before a name or a word of no dictionary (`Aunty Moana`, `auntie flo`): found;
  `KIN_TITLES_CLEAN`: a headline's verb after the kin word, a brand after it, the kin word alone: nothing found;
- `CITATIONS`: a Korean surname that is also a word as a citation's author (`Park, M.`, `(Song & Lee, 2019)`):
  found; `CITATIONS_CLEAN`: the same words before a comma and a year outside a citation's form;
- `REVIEW_FOUND` / `REVIEW_CLEAN`: the review's classes (below), both ways;
- `DATE_WORD_GIVEN`: a Korean given name spelled like a date's word before a Korean surname (`Jun Park`, `Sun Lee`):
  found; `DATE_WORD_GIVEN_CLEAN`: the same words in opening hours and dates.
"""

from __future__ import annotations

import pytest

PEOPLE = [
    ('Daniel Park joins the data team next week.', ['Daniel Park']),
    ('Could you ask Amy Ha to resend the slides?', ['Amy Ha']),
    ('Nathan Do presented the budget at the town hall.', ['Nathan Do']),
    ('Sophie Min will chair the panel.', ['Sophie Min']),
    ('Congratulations to Lucas Bang on the new role!', ['Lucas Bang']),
    ('Notes taken by Ryan Won during the call.', ['Ryan Won']),
    ('I had lunch with Rachel Son and Peter Oh.', ['Rachel Son', 'Peter Oh']),
    ('Patient: JESSICA PARK  DOB 1988-02-11', ['JESSICA PARK']),
    ('[09:41] Chris Song: the build is green', ['Chris Song']),
    ('| 7 | Brian Won | Finance | Busan |', ['Brian Won']),
    ('Our keynote, Dr. Andrew Park, studies sleep.', ['Andrew Park']),
    ('Austin Park scored the winner in stoppage time.', ['Austin Park']),
    ('Best,\nHannah Ma\nAccount Manager', ['Hannah Ma']),
    ('Grace Park said the vote would wait.', ['Grace Park']),
    ('Contact: Tom Park', ['Tom Park']),
]

CLEAN = [
    'We cycled through Stanley Park after work.',
    'The Grand Prix is held at Albert Park in March.',
    'The zoo in Lincoln Park opens at nine.',
    'Turn right onto Grant Park Drive.',
    'Rents near Park Avenue keep rising.',
    'The vase dates from the Song Dynasty.',
    'Barges sail down the Min River.',
    'She moved to Menlo Park in May.',
    'The parade ends at Jefferson Park.',
    'Tourists headed to Jackson Park for the fireworks.',
    'Funded under Grant No. 4471203 of the foundation.',
    'The plaintiff, named in the filing as John Doe No. 2, appeared.',
    'Is Green Park or Bond Street nearer the hotel?',
]

INITIALS = [
    ('Dr. A.B. Okafor will see you at ten.', 'A.B. Okafor'),
    ('Signed: T.J. Whitmore', 'T.J. Whitmore'),
    ('Chair: M.K. Osei; Secretary: L. Brandt', 'M.K. Osei'),
    ('[09:12] J.P. Morgenstern: ready when you are', 'J.P. Morgenstern'),
    ('주치의: S.H. Choi (최승희), 41M', 'S.H. Choi'),
    ('담당 의사: K.Y. Yoon', 'K.Y. Yoon'),
]

INITIALS_CLEAN = [
    'The U.S. Navy confirmed the test.',
    'Shares of U.S. Steel fell on Friday.',
]

KOREAN_MARKS = [
    ('Jessica가 보낸 메일 확인했어?', 'Jessica'),
    ('Kevin한테 선물 뭐 줄까', 'Kevin'),
    ('담당자: Nguyen 대리', 'Nguyen'),
    ('Okafor 교수님께서 추천서를 써 주셨습니다.', 'Okafor'),
    ('Park 선생님 수업은 항상 재밌어요', 'Park'),
    ('Song 기자가 단독 보도했다.', 'Song'),
    ('직원분 Thanh 님도 친절했어요', 'Thanh'),
    ('Aigerim 씨가 왔어요', 'Aigerim'),
]

KOREAN_MARKS_CLEAN = [
    'Swift는 iOS 개발 언어다',
    'Ember는 오래된 프레임워크다',
    'Jasmine으로 테스트를 돌렸다',
    'Kakao 대표가 사임했다',
    'Toyota 회장은 신차를 공개했다',
    'Apple 대리점은 주말에 닫는다',
    'Park 대리점에서 샀어요',
    'Notion님 알림이 왔어요',
    'Chase 은행 계좌를 열었다',
]

CHAT_ROLES = [
    ('22/07/2026, 08:10 - Anand (Plumber): I will come at 11', 'Anand'),
    ('[10:02] Okonkwo (Support): your ticket is open', 'Okonkwo'),
    ('3/4/26, 9:15 PM - Mihai (Landlord): rent is due friday', 'Mihai'),
]

CHAT_ROLES_CLEAN = [
    '[11:00] System (bot): build passed',
    '2024-01-02 10:00 - Support (Tier 2): escalated',
    '[10:05] Update (v2.1): the patch is live',
]

KIN_TITLES = [
    ('Aunty Moana is making the trifle.', 'Aunty Moana'),
    ('Nana Won sends her love.', 'Nana Won'),
    ('omg auntie flo is on the live stream', 'flo'),
    ('My aunty Pearl and uncle Tama are hosting.', 'Pearl'),
    ('Grandpa Stone fixed the gate again.', 'Stone'),
]

KIN_TITLES_CLEAN = [
    'Aunt Leaves Fortune To Her Cat',
    "Aunt Sally's Bakery opens at 7",
    "Uncle Bob's Self Storage",
    'the aunt of the bride arrived',
]

CITATIONS = [
    ('Cho, H., & Park, S. (2018). Commuting and sleep. Health, 7, 2-9.', 'Park, S.'),
    ('Min, J. K., & Yoon, D. (2023). Rice yields. Agronomy, 5, 11.', 'Min, J. K.'),
    ('Earlier studies (Song & Adeyemi, 2017) disagree.', 'Song'),
    ('Ha et al. (2021) used a larger sample.', 'Ha'),
]

CITATIONS_CLEAN = [
    'See Park Avenue, 2019 edition.',
    'The Song, 2019 remaster is out.',
    '(Park & Ride, 2019)',
]

DATE_WORD_GIVEN = [
    ('Please route refunds to Jun Park in billing.', 'Jun Park'),
    ('Sun Lee, the new analyst, starts on Monday.', 'Sun Lee'),
    ('cc: Jun Choi, Sun Park', 'Sun Park'),
]

DATE_WORD_GIVEN_CLEAN = [
    'Opening hours: Sat 9-5, Sun Park closed',
    'Open Mon-Sun Park entrance at gate 2',
    'Sun Moon Lake is in Taiwan.',
]


@pytest.mark.parametrize(("text", "name"), DATE_WORD_GIVEN)
def test_date_word_given_name_found(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize("text", DATE_WORD_GIVEN_CLEAN)
def test_date_words_kept(en_names, text):
    assert en_names(text) == []


@pytest.mark.parametrize(("text", "name"), CITATIONS)
def test_korean_surname_in_citation_found(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize("text", CITATIONS_CLEAN)
def test_word_before_year_kept(en_names, text):
    assert en_names(text) == []


@pytest.mark.parametrize(("text", "name"), KIN_TITLES)
def test_kin_title_before_a_word_found(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize("text", KIN_TITLES_CLEAN)
def test_kin_title_look_alikes_kept(en_names, text):
    assert en_names(text) == []


@pytest.mark.parametrize(("text", "name"), CHAT_ROLES)
def test_chat_speaker_with_role_found(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize("text", CHAT_ROLES_CLEAN)
def test_chat_system_line_kept(en_names, text):
    assert en_names(text) == []


@pytest.mark.parametrize(("text", "name"), KOREAN_MARKS)
def test_latin_name_with_korean_marks_found(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize("text", KOREAN_MARKS_CLEAN)
def test_latin_word_with_korean_particle_kept(en_names, text):
    assert en_names(text) == []


@pytest.mark.parametrize(("text", "name"), INITIALS)
def test_initials_join_the_name(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize("text", INITIALS_CLEAN)
def test_acronym_before_a_word_kept(en_names, text):
    assert en_names(text) == []


@pytest.mark.parametrize(("text", "names"), PEOPLE)
def test_first_name_and_korean_surname_found(en_names, text, names):
    found = en_names(text)
    for name in names:
        assert any(name in span for span in found), (name, found)


@pytest.mark.parametrize("text", CLEAN)
def test_places_after_a_first_name_kept(en_names, text):
    assert en_names(text) == []


# The review of round 18 (both ways, one class a block):
# - an all-caps surname right after a Korean label keeps the label's cue before a Korean title;
# - `Park` after a first name is a person only with a person's sign (a cue, a role or an age, a person's verb, a
#   person's label, a found person on the line, the pair named elsewhere with a sign); a park otherwise;
# - `Song`, `Do`, `Min` after a first name that is itself a word need a cue; songs and `What Would Jesus Do` stay;
# - a Korean surname that is also a word is a citation's author only as `Park, M.`, `Park et al.` or `(A & B, 2019)`;
# - after a kin title, a dictionary word that is no name (`Banana`, `Pipe`) stays a word;
# - a word-name glued to a particle at a sentence's start keeps its word reading (`Grace가 필요해`);
# - a brand before a Korean title, or as a chat speaker with a role in brackets, is no person.
REVIEW_FOUND = [
    ('담당자: SMITH 팀장', 'SMITH'),
    ('승인자: HARTLEY 이사', 'HARTLEY'),
    ('담당 교수: WILLIAMS 교수님', 'WILLIAMS'),
    ('Victoria Park called to say she will be late.', 'Victoria Park'),
    ('Reported by Marion Park, staff writer', 'Marion Park'),
    ('Eugene Park, 54, of Fort Lee, died Monday.', 'Eugene Park'),
    ('Cast: Olivia Song, Ethan Park, Chloe Bang', 'Ethan Park'),
    ('Best regards,\nGRACE PARK', 'GRACE PARK'),
    ('Daniel Song sent the files.', 'Daniel Song'),
    ('Sophie Bang, CEO of the startup, spoke first.', 'Sophie Bang'),
    ('Park, M. (2018). Urban design. Journal of Planning, 12, 45-67.', 'Park, M.'),
    ('This was confirmed later (Song & Lee, 2019).', 'Song'),
    ('As shown by Do et al. (2015), the rate declined.', 'Do'),
    ('Auntie Bang cooked dinner.', 'Bang'),
    ('Nguyen 대리가 회의에 참석합니다.', 'Nguyen'),
    ('[09:14] Anand (Plumber): I will be there at 10', 'Anand'),
    ('저는 대학 시절 Daniel Park 교수님의 연구실에서 일했습니다.', 'Daniel Park'),
    ('발표자 명단\n1. 김하늘\n2. Emily Park\n3. 이서준', 'Emily Park'),
]

REVIEW_CLEAN = [
    'Stanley Park is the largest urban park in Vancouver.',
    'Victoria Park hosted the final on Saturday.',
    'Jackson Park was redesigned by Olmsted.',
    "Stanley Park's trails are muddy after the rain.",
    'Stanley Park에서 자전거를 탔다.',
    'Victoria Park 근처 호텔을 예약했어.',
    'Stanley Park, B.C. attracts millions of visitors.',
    'Best playgrounds: Grant Park, Jackson Park, Washington Park.',
    'Fixtures: Saturday 3pm, Rovers v United, Victoria Park',
    '| Venue | Capacity |\n| Eden Park | 50,000 |\n| Ellis Park | 62,000 |',
    'Stanley Park\nVancouver, BC V6G 1Z4',
    'The choir sang Grace Song at the end of the service.',
    'Tonight we play the Joy Song set again.',
    'Grace Song lyrics and chords for beginners',
    'What Would Jesus Do is a popular slogan.',
    'Max Min temperature: 25/12',
    'Jurassic Park (1993) was directed by a famous director.',
    'Big Bang (2019) was a concert film.',
    'Nana Banana smoothies are on sale.',
    'Grandpa Pipe tobacco is discontinued.',
    'Uncle Grandpa is a cartoon series.',
    'Grace가 필요해. 지금은 너무 힘들다.',
    'Mark가 표시된 항목만 확인하세요.',
    'Chase가 대출 금리를 인상했다.',
    'Slack 팀장이 공지를 올렸다.',
    'Uber 대표가 사과했다.',
    '12/09/2025, 09:07 - Uber (Receipt): Thanks for riding',
]


@pytest.mark.parametrize(("text", "name"), REVIEW_FOUND)
def test_review_people_found(en_names, text, name):
    assert any(name in span for span in en_names(text))


@pytest.mark.parametrize("text", REVIEW_CLEAN)
def test_review_look_alikes_kept(en_names, text):
    assert en_names(text) == []
