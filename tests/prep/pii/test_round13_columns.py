"""Round 13: a table's bare `name` column beside a thing's id names the thing, not a person."""

from __future__ import annotations

import pytest

from prep.config import ScrubConfig
from prep.pii.scrub import Scrubber


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubConfig())


def _people(scrubber, text: str) -> list[str]:
    return [text[f.start:f.end] for f in scrubber.scrub_batch([text])[0].findings if f.entity == "PERSON"]


@pytest.mark.parametrize("text", [
    "campaign_id,name,channel\nCP-7,가을 정기 세일,알림톡\nCP-8,신상 런칭,SMS",
    "project_no|name|budget\nP-12|다온 리브랜딩|4,000\nP-13|하늘 물류센터|9,500",
    "sku,name,stock\nB-220,모닝 커피,14\nB-221,새봄 에디션,3",
])
def test_a_thing_s_name_column_holds_no_people(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("customer_id,name,tier\nC-1,윤하람,gold\nC-2,석도윤,silver", "윤하람"),
    ("emp_no\tname\tteam\n7713\tTran Thi Mai\tOps", "Tran Thi Mai"),
    ("id,name,phone\n1,Nguyen Van Binh,555", "Nguyen Van Binh"),
])
def test_a_person_s_name_column_keeps_its_people(scrubber, text, name):
    assert name in _people(scrubber, text)
