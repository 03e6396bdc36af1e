"""Round 12, English (issue 15): one case per class the round added, written fresh (no tuning row copied).

People (`PEOPLE`): a chat copied without times (`Name: message`, names of many cultures, `First K:`, Slack handles
`first.x`), one-space Slack times with the message on the line; a court caption's parties in capitals and counsel by
initials; a surname's possessive after the full name; a name repeated without its accents or with them; a first name
that is a place or a month after a word of kinship; a lower-case first name's possessive after kin; a tour guide, a
planner, a babysitter; initials and a surname after a letter's closing or a name's label; a lower-case signature
after a dash. Clean look-alikes (`CLEAN`): the same layouts holding no person (fields, logs, schedules, markets, a
prescription's records, a caption's companies and the Crown, an eponym's possessive, a medication list); holidays,
radio call signs, bots, a word before a group noun, a dish's name after its noun, a metal's or a pantry word's brand
in an order.
"""

from __future__ import annotations

import pytest

PEOPLE = [
    # a chat without times
    ("Arvind: did the parcel come\nNandini: not yet, courier is late\nArvind: ok I'll call them",
     ["Arvind", "Nandini"]),
    ("Tamati: where did you park\nMere: level 3 by the lifts\nTamati: coming\nMere: hurry", ["Mere"]),
    ("Kofi: generator fixed\nAbena: finally, the fridge was warm\nKofi: fuel tomorrow", ["Kofi", "Abena"]),
    ("lucia.b: can someone review PR 88?\nDmitri Volkov: after lunch\nlucia.b: thanks", ["lucia.b"]),
    ("Ines M: bus is late again\nTom B: same here\nInes M: walking then", ["Ines M", "Tom B"]),
    ("#ops\nAnneke Visser 1:12 AM  disk alarm again\nbjorn 1:14 AM  on it, rotating logs\nAnneke Visser 1:15 AM  ty",
     ["bjorn"]),
    # court captions and counsel
    ("IN THE COURT OF APPEAL\nBETWEEN  TAMATI WIREMU HOHEPA\n         Appellant\nAND      THE KING\n"
     "         Respondent", ["TAMATI WIREMU HOHEPA"]),
    ("IN THE HIGH COURT\nBetween:\nOLUWASEUN ADEBAYO-CLARKE  Claimant\n- and -\nNORTHGATE HOMES LIMITED  Defendant",
     ["OLUWASEUN ADEBAYO-CLARKE"]),
    ("Counsel: K M Fairweather for Appellant; J Otieno for the Respondent", ["Fairweather", "Otieno"]),
    ("The court heard from Ms R T Adeyemi for the Claimant.", ["Adeyemi"]),
    # a surname's possessive after the full name
    ("Singer Amara Okonjo announced a tour.\nOkonjo's third album is out in May.", ["Okonjo"]),
    ("Darnell P. Whitcombe was charged on Monday. Police said Whitcombe's car was found later.", ["Whitcombe"]),
    # one name with and without its accents
    ("We borrowed my friend sean's van.\nSeán says the clutch sticks.", ["Seán"]),
    # kin and role nouns
    ("We live with my granddaughter Savannah and her dog.", ["Savannah"]),
    ("Husband August phoned the ward at 0300 for news.", ["August"]),
    ("Tour guide Tesfaye knew every carving.", ["Tesfaye"]),
    ("we borrowed my sister niamh's tent for the weekend", ["niamh"]),
    ("my brother mark's bike got stolen again", ["mark"]),
    ("Our wedding planner Will kept everyone calm.", ["Will"]),
    ("The babysitter Keziah stays until nine.", ["Keziah"]),
    # initials and a surname after a closing or a name's label
    ("Thank you for your patience.\nKind regards,\nT J Nakamura\nClaims Handler", ["Nakamura"]),
    ("Yours faithfully,\nW. Adeyemi-Cole", ["Adeyemi-Cole"]),
    ("Payee: M K OYELARAN\nSort code: 40-11-62", ["OYELARAN"]),
    # a lower-case signature
    ("Selling a kayak, $300 firm.\n— tomasz (612 555 0181)", ["tomasz"]),
    ("Need a ride to the airport Friday.\n— kemi a.", ["kemi"]),
    # the same words as the look-alikes below, where nothing makes them things
    ("Gave Maria gold earrings for her birthday.", ["Maria"]),
    ("Room 2 Adam 14 years old, allergic to nuts.", ["Adam"]),
    ("Talbot said the build bot was down again.", ["Talbot"]),
    ("Order #4471: Rose gold clasp set, qty 2. Shipped to Rose Mbeki.", ["Rose Mbeki"]),
    ("I cooked the chicken Sam liked.", ["Sam"]),
    ("Wife June called about the June 3 surgery.", ["June called"]),
]

CLEAN = [
    "Note: the office is closed Monday\nStatus: pending review\nNote: bring your badge",
    "Error: connection refused\nWarning: retrying in 5s\nError: connection refused",
    "Mon: gym\nTue: rest day\nMon: swim",
    "Kyoto: temples and tea\nOsaka: street food\nKyoto: bamboo forest at dawn",
    "Gold: up 1%\nCopper: flat\nGold: steady into the close",
    "Rx: Cefalexin 500 mg capsules\nSig: 1 cap PO QID\nDisp: #28\nRx: Ibuprofen 400 mg\nSig: 1 tab PRN\nDisp: #20",
    "Visitor: is the pool open\nReception: until 8\nVisitor: thanks",
    "Input: 3 4\nOutput: 7\nInput: 10 5\nOutput: 15",
    "BETWEEN  ACME WIDGETS LTD\n         Claimant\nAND      BRIGHT FUTURES TRUST\n         Defendant",
    "Between the parties there was an agreement.\nCLAUSE TWO  Claimant shall pay the fee.",
    "Raynaud's phenomenon: what to know\nRaynaud's is a condition in which small vessels narrow.",
    "See the style guide Section 4 for details.",
    "Rules:\n- bring water\n- no glass",
    "Evening doses\nMetformin 8:00 PM  with food\nAtorvastatin 9:00 PM  before bed",
    "Install the tools:\n- kubectl\n- kustomize",
    "Trial status\nPfizer: phase 3\nModerna: phase 2\nPfizer: filed in May",
    "my friend's house is near the lake and the wife's car is in the shop",
    "The Kalman estimate feeds the planner. See Section 3(b).",
    "Download the wedding planner Excel template.",
    "Best regards,\nIT Support",
    "Thanks,\nA B Testing",
    # holidays, call signs, bots, groups, dishes, materials in an order
    "Office closed: Juneteenth (June 19), Thanksgiving (Nov 28).",
    "Disposition: cleared\nUnits: 3 Lincoln 22, 3 Mary 7\nTime on scene: 00:31",
    "#alerts\nDeployBot  09:02 AM\nBuild 4471 passed\nDeployBot  09:40 AM\nBuild 4472 failed",
    "Owner: Payments team\nReviewer: Platform squad",
    "We shared the oysters Rockefeller and a beef Wellington.",
    "Line 1 — Sterling silver cuff — qty 12\nLine 2 — Rose gold chain — qty 6\nSubtotal: $412.00",
]


@pytest.mark.parametrize(("text", "values"), PEOPLE)
def test_round12_en_people_go(scrubber, text, values):
    result = scrubber.scrub(text, "en")
    assert all(v not in result.text for v in values), result.text


@pytest.mark.parametrize("text", CLEAN)
def test_round12_en_clean_text_is_left_alone(scrubber, text):
    result = scrubber.scrub(text, "en")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]
