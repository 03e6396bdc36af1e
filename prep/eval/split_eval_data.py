"""The labeled sentence-boundary set of `python -m prep split-eval`, written for this project.

Each sample is (language, genre, layout, sentences): the gold sentences of one paragraph, in order.
The layout says how the raw text is made from them, so the eval also exercises normalization:
`space` joins them with one space, `wrap` joins them and hard-wraps the result (at 36 characters for
Korean, 64 for English, breaking only at spaces: line breaks then fall inside sentences too), `lines`
puts each on its own line (lists, dialogue). Genres: news, legal, conversational, encyclopedic, lists.

The paragraphs are invented (names and numbers are made up); they were written to look like each genre,
including the cases a rule-based splitter finds hard (abbreviations, decimals, dates, quotes, Korean
sentences without a final period), not picked to match the rules. Being the project's own set, it is
small and its scores are an estimate, not a benchmark against published data.
"""

from __future__ import annotations

SAMPLES: list[tuple[str, str, str, list[str]]] = [
    # ---------------------------------------------------------------- Korean
    ("ko", "news", "space", [
        "서울시는 오는 3월부터 시내버스 요금을 150원 인상한다고 21일 밝혔다.",
        "이번 인상은 2015년 이후 8년 만이다.",
        "시 관계자는 \"운송 적자가 누적돼 더는 미룰 수 없었다\"고 설명했다.",
        "시민단체는 즉각 반발했다.",
        "이들은 \"요금 인상 전에 노선 효율화부터 해야 한다\"며 재검토를 요구했다.",
    ]),
    ("ko", "news", "wrap", [
        "한국은행은 24일 기준금리를 연 3.50%로 동결했다.",
        "물가 상승률이 2.8%로 둔화했지만 가계부채 증가세가 여전히 부담이라는 판단이다.",
        "총재는 기자간담회에서 연내 인하 가능성을 묻는 질문에 \"아직 말하기 이르다\"고 답했다.",
        "시장에서는 4분기 인하 전망이 우세하다.",
    ]),
    ("ko", "news", "space", [
        "기상청에 따르면 이번 태풍은 2023. 8. 10. 오전 경남 해안에 상륙할 것으로 보인다.",
        "최대 풍속은 초속 35m에 이를 전망이다.",
        "정부는 위기 경보를 '경계' 단계로 올렸다.",
        "해안가 주민 1,200여 명이 대피했다.",
    ]),
    ("ko", "legal", "space", [
        "원심판결을 파기하고, 사건을 서울고등법원에 환송한다.",
        "피고인은 2019. 3. 4. 서울중앙지방법원에서 사기죄로 징역 1년을 선고받았다.",
        "이 사건 계약은 민법 제103조에 반하여 무효라고 할 것이다.",
        "따라서 원고의 청구는 이유 없다.",
        "소송비용은 피고가 부담한다.",
    ]),
    ("ko", "legal", "wrap", [
        "임차인은 임대인의 동의 없이 임차물을 전대하지 못한다.",
        "임차인이 이를 위반한 때에는 임대인은 계약을 해지할 수 있다.",
        "다만, 건물의 소부분을 타인에게 사용하게 하는 경우에는 그러하지 아니하다.",
        "제1항의 해지는 서면으로 통지하여야 효력이 생긴다.",
    ]),
    ("ko", "legal", "lines", [
        "제1조(목적) 이 약관은 회사가 제공하는 서비스의 이용 조건을 정함을 목적으로 한다.",
        "제2조(정의) 이 약관에서 사용하는 용어의 뜻은 다음과 같다.",
        "1. \"회원\"이란 회사와 이용계약을 체결한 자를 말한다.",
        "2. \"게시물\"이란 회원이 서비스에 올린 글과 사진을 말한다.",
        "제3조(약관의 효력) 이 약관은 서비스 화면에 게시함으로써 효력이 발생한다.",
    ]),
    ("ko", "conversational", "space", [
        "어제 영화 봤어?",
        "응 봤는데 생각보다 별로였어.",
        "진짜?",
        "나는 재밌을 줄 알았는데.",
        "결말이 좀 허무하더라.",
        "다음엔 같이 보러 가자!",
    ]),
    ("ko", "conversational", "space", [
        "오늘 진짜 피곤했다",
        "아침부터 회의가 세 개나 있었다",
        "점심도 제대로 못 먹었어요",
        "내일은 좀 일찍 자야겠다",
        "그래도 주말이 기다려진다",
    ]),
    ("ko", "conversational", "lines", [
        "A: 주문하신 커피 나왔습니다.",
        "B: 감사합니다",
        "혹시 빨대 있나요?",
        "A: 네, 오른쪽 선반에 있어요.",
        "B: 아 찾았어요",
        "고마워요",
    ]),
    ("ko", "encyclopedic", "space", [
        "한글은 1443년 세종대왕이 창제한 문자이다.",
        "처음 이름은 '백성을 가르치는 바른 소리'라는 뜻의 훈민정음이었다.",
        "자음 14자와 모음 10자가 기본이며, 이를 모아 음절 단위로 쓴다.",
        "유네스코는 1997년 훈민정음 해례본을 세계기록유산으로 지정했다.",
    ]),
    ("ko", "encyclopedic", "wrap", [
        "제주도는 대한민국에서 가장 큰 섬으로 면적은 약 1,850㎢이다.",
        "섬 중앙에는 해발 1,947m의 한라산이 있다.",
        "화산 활동으로 만들어진 지형이 많아 2007년 유네스코 세계자연유산에 등재되었다.",
        "연평균 기온은 약 16℃로 본토보다 따뜻하다.",
        "감귤과 해산물이 대표적인 특산물이다.",
    ]),
    ("ko", "encyclopedic", "space", [
        "BERT는 2018년 구글이 발표한 언어 모델이다.",
        "트랜스포머 인코더만을 사용하며, 문장의 양방향 문맥을 학습한다.",
        "사전학습에는 마스크 언어 모델과 다음 문장 예측(NSP) 과제가 쓰였다.",
        "이후 RoBERTa, ALBERT 등 여러 변형 모델이 나왔다.",
    ]),
    ("ko", "lists", "lines", [
        "준비물 안내",
        "1. 신분증 원본",
        "2. 주민등록등본 1부",
        "3. 증명사진 2매(3×4cm)",
        "- 모든 서류는 발급일로부터 3개월 이내여야 합니다.",
        "- 대리 신청 시 위임장이 필요합니다.",
    ]),
    ("ko", "lists", "lines", [
        "가. 신청 기간: 2024. 5. 1.부터 5. 31.까지",
        "나. 신청 방법: 온라인 접수",
        "다. 발표: 6월 중 개별 통보",
        "※ 자세한 사항은 홈페이지를 참고하세요.",
    ]),
    # ---------------------------------------------------------------- English
    ("en", "news", "space", [
        "The city council voted 7-2 on Tuesday to raise bus fares by 25 cents.",
        "It is the first increase since 2015.",
        "\"We simply cannot keep running a deficit,\" said Mayor J. D. Alvarez.",
        "Critics called the move regressive.",
        "The new fares take effect on Jan. 5 next year.",
    ]),
    ("en", "news", "wrap", [
        "Shares of Acme Corp. fell 4.2% in early trading after the company cut its annual forecast.",
        "The U.S. manufacturer blamed weaker demand in Europe.",
        "Analysts at Smith & Co. said the guidance was \"worse than feared.\"",
        "The stock has lost nearly a third of its value this year.",
    ]),
    ("en", "news", "space", [
        "Rescue teams reached the village at 6 a.m. on Sunday.",
        "More than 300 residents had spent the night on rooftops.",
        "Officials said no deaths had been reported so far.",
        "Dr. Helen Park, who leads the regional health service, warned that the risk of disease remains high.",
    ]),
    ("en", "legal", "space", [
        "The judgment of the Court of Appeals is reversed, and the case is remanded for further proceedings.",
        "See Smith v. Jones, 512 U.S. 218 (1994).",
        "The parties agree that Section 4(b) governs.",
        "Nothing in this Agreement shall be construed to create a partnership.",
    ]),
    ("en", "legal", "wrap", [
        "The Tenant shall not sublet the Premises without the prior written consent of the Landlord.",
        "Such consent shall not be unreasonably withheld.",
        "Any notice under this Lease must be delivered by certified mail, e.g. to the address in Art. 12.",
        "This Lease is governed by the laws of the State of New York.",
    ]),
    ("en", "legal", "lines", [
        "1. Definitions.",
        "(a) \"Company\" means Example Holdings Inc. and its subsidiaries.",
        "(b) \"Effective Date\" means the date on which this Agreement is signed by both parties.",
        "2. Term. This Agreement begins on the Effective Date and continues for two years.",
    ]),
    ("en", "conversational", "space", [
        "Did you see the game last night?",
        "Yeah, it was unbelievable!",
        "I thought they'd lost it in the third quarter.",
        "Me too... but then that last shot.",
        "Want to watch the next one together?",
    ]),
    ("en", "conversational", "space", [
        "Honestly I'm not sure.",
        "Maybe we should ask Mr. Lee first.",
        "He usually knows what's going on.",
        "OK, I'll text him now.",
    ]),
    ("en", "conversational", "lines", [
        "Anna: Are you coming tonight?",
        "Ben: Can't, sorry.",
        "Ben: Working late again.",
        "Anna: No worries, next time!",
    ]),
    ("en", "encyclopedic", "space", [
        "Mount Everest is Earth's highest mountain above sea level, at 8,849 m.",
        "It lies in the Mahalangur Himal sub-range of the Himalayas.",
        "The first confirmed ascent was made in 1953 by Tenzing Norgay and Edmund Hillary.",
        "Since then, more than 6,000 people have reached the summit.",
    ]),
    ("en", "encyclopedic", "wrap", [
        "BERT (Bidirectional Encoder Representations from Transformers) is a language model introduced in "
        "2018 by researchers at Google.",
        "It was pre-trained on the BooksCorpus and English Wikipedia, approx. 3.3 billion words in total.",
        "The base model has 110 million parameters.",
        "Variants such as RoBERTa and ALBERT followed, i.e. models with changed objectives or sizes.",
    ]),
    ("en", "encyclopedic", "space", [
        "The Treaty of Westphalia was signed in 1648.",
        "It ended the Thirty Years' War in the Holy Roman Empire.",
        "Historians often date the modern state system from it, though this view is disputed.",
    ]),
    ("en", "lists", "lines", [
        "What to bring:",
        "- A valid photo ID",
        "- Two passport photos",
        "- Proof of address (e.g. a utility bill)",
        "All documents must be originals.",
    ]),
    ("en", "lists", "lines", [
        "Installation",
        "1. Download the installer.",
        "2. Run it and accept the license.",
        "3. Restart your computer.",
        "Note: Steps 2 and 3 need administrator rights.",
    ]),
]

WRAP_WIDTH = {"ko": 36, "en": 64}
