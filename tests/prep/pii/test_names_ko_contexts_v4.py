"""Korean names in contexts read from text we did not write: roles before a name, minutes' speakers, a name
told as a name, a letter's closing, list items beside a found name, rare surnames."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("발인 6. 2. 오전 9시 (상주 하건)", "하건"),
    ("신부측 혼주 배은ㆍ성하윤", "배은"),
    ("임차인 석윤 (연락처 별도)", "석윤"),
    ("회의록\n하윤: 다음 주로 미루죠.\n태윤: 좋아요.\n서기: 정리하겠습니다.", "하윤"),
    ("조카 이름이 하람이었어요. 연락 주세요.", "하람"),
    ("자료는 첨부했습니다.\n남궁하린 올림", "남궁하린"),
    ("공동발의: 채민서ㆍ도하준ㆍ묵서윤 의원", "묵서윤"),
])
def test_a_name_in_these_contexts_goes(scrubber, text, name):
    out = scrubber.scrub(text, "ko").text
    assert name not in out and "[PERSON]" in out


@pytest.mark.parametrize("text", [
    "안건: 예산 집행\n결과: 승인\n비고: 없음",
    "품목ㆍ수량ㆍ단가를 적어 주세요.",
    "자세한 내용은 첨부 문서를 참고해 주시기 바랍니다.\n총무팀 드림",
])
def test_their_look_alikes_stay(scrubber, text):
    assert scrubber.scrub(text, "ko").text == text


@pytest.mark.parametrize("text, name", [
    ("○위원장  곽 위원님 질의해 주십시오.", "곽"),
    ("신랑 아버지 천하동 · 어머니 모은서 의 차남 도훈", "도훈"),
    ("2026-03-02 10:11:05,\"보람\",\"내일 봬요\"\n2026-03-02 10:12:40,\"하진\",\"넵\"", "보람"),
    ("우리 서율이가 요즘 밥을 안 먹어요", "서율"),
    ("상주: 아들 옹민재, 딸 창서연", "창서연"),
])
def test_a_name_in_these_contexts_also_goes(scrubber, text, name):
    out = scrubber.scrub(text, "ko").text
    assert name not in out and "[PERSON]" in out


@pytest.mark.parametrize("text", [
    "이 제품은 우리 회사가 만든 것입니다.",
    "우리 아이가 요즘 밥을 안 먹어요",
    "이 위원회의 결정에 따릅니다.",
])
def test_and_their_look_alikes_stay(scrubber, text):
    assert scrubber.scrub(text, "ko").text == text


@pytest.mark.parametrize("text, value", [
    ("주소: 대구수성구달구벌대로2450범어자이2차103동1201호", "달구벌대로2450"),
    ("당사자: 갑) 여하늘(790214, 택시 운전)", "790214"),
])
def test_a_glued_address_and_a_listed_birth_date_go(scrubber, text, value):
    assert value not in scrubber.scrub(text, "ko").text


@pytest.mark.parametrize("text", [
    "The plaintiff, referred to as Jane Doe, appeared through counsel.",
    "We stopped at Trader Joe's for snacks.",
])
def test_placeholder_names_and_shops_named_after_people_stay(scrubber, text):
    assert scrubber.scrub(text, "en").text == text
