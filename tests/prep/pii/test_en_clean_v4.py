"""Clean English text with organisation numbers, reserved addresses and identifiers the scrubber must
leave alone, one group per class of false positive seen on `data/eval/tuning/en_clean_v4.jsonl` (the
cases here are written fresh, not copied from it), and beside each rule the personal value that must
still go.
"""

from __future__ import annotations

import pytest

CLEAN = {
    # toll-free with its trunk 1, in any dress
    "toll-free dashes": "Questions about your bill? Phone 1-844-203-7781 weekdays.",
    "toll-free dots": "Warranty claims: 1.855.410.2290 (Mon-Fri).",
    "toll-free +1": "Text HELP or ring +1 833 662 0194 for the outage desk.",
    "toll-free trunk space": "Lines open 24/7 on 1 (866) 318-4402.",
    # toll-free without its trunk: no person's line has one of these area codes
    "bare toll-free in parentheses": "Recall notice: stop using the heater and phone (888) 731-2209 for a refund.",
    "bare toll-free dashes": "Track the parcel online or call 877-204-6613, quoting the order number.",
    # UK non-geographic lines (03xx, 08xx) belong to organisations
    "UK 03 line": "To change the booking, ring +44 345 606 2211 on weekdays.",
    "UK 03 line with (0)": "Renewals: +44 (0)300 790 6124.",
    # an organisation's line, a bridge and its PIN
    "switchboard": "Switchboard: (617) 402-3318\nOpening hours 8-6.",
    "main number": "Our main number is 312 774 9920; ask for Accounts.",
    "front desk": "Front desk (24h): 702-318-4471",
    "helpline": "Tenants can call the housing helpline 646-220-8813 at any hour.",
    "bridge": "Incident bridge +1 929 205 6099, then PIN 482 117 903#",
    "PIN after a bridge": "Conference line: +44 20 3481 5502 PIN: 311 280 4471#",
    "dial-in in parentheses": "The dial-in ((415) 655-0041) replaces the old room phone.",
    "office of a court": "Clerk's office: (213) 894-1565.",
    "ext then number": "Help desk: ext. 4410 / 503-226-1188",
    "after (toll free)": "Ring 415 922 7730 (toll free) to renew.",
    "after (main line)": "Visitors use +61 2 9380 4411 (main line).",
    # shared resolvers anywhere; router defaults in network talk; a network's own address
    "public resolver in a log": "2025-02-01T10:00:03Z resolver=1.1.1.1 timeout=3s",
    "public resolver in a ticket": "Workaround: point clients at 9.9.9.9 until Monday.",
    "router default in chat": "my router is 192.168.1.1 and the lights are all green",
    "router default in a log line": "dhcpd: DHCPOFFER on 192.168.1.1 to eth1",
    "network before its prefix": "Allow 172.16.0.0/12 and 10.20.0.0/16 through the firewall.",
    # identifiers
    "card run glued to letters": "Waybill: RX4532015112830366 booked for pickup.",
    "BRN-shaped reference": "Ref 1208147521 has been closed.",
    # names_en: streets without a number, units, tracker keys, place nouns
    "street without number": "The farmers' market moves to Willow Lane next month.",
    "unit before number": "Take the lift to Gate 14B for departures.",
    "tracker key": "Fixed in MOBILE-3381, see the release notes.",
    "word joined to lower-case": "Check-out is at eleven.",
    "place noun after a city": "Shuttles leave Austin Airport hourly.",
}

PII = {
    # personal phones beside the organisation rules
    "8xx area code that is not toll-free": ("You can reach me at (845) 555-0162 after six.", "(845) 555-0162"),
    "UK landline as written at home": ("Home: 020 7946 0321, mobile after six.", "020 7946 0321"),
    "UK landline, city code of four": ("Ring me on 0121 496 0730 tonight.", "0121 496 0730"),
    "UK landline, city code of five": ("tel 01632 960123 (home)", "01632 960123"),
    "UK geographic after +44 (0)": ("Landline +44 (0)20 7946 0018", "20 7946 0018"),
    "another plan after its country code": ("Call my cell +91 88812 34567 when you land.", "88812 34567"),
    "signature mobile": ("Regards,\nDana\nOps Lead\nm: +1 415 308 2291", "+1 415 308 2291"),
    "direct line": ("Direct line: (617) 402-3319", "(617) 402-3319"),
    "office line": ("Office: 312 774 9921", "312 774 9921"),
    "emergency contact": ("Emergency contact: (702) 318-4472", "(702) 318-4472"),
    # users' addresses in logs and alerts
    "user IP in a log": ("sshd: failed password from 73.14.220.9 port 52144", "73.14.220.9"),
    "private host in a log": ("accepted connection from 192.168.1.23", "192.168.1.23"),
    "router default outside network talk": ("Login from 192.168.0.1 at 03:12, was that you?", "192.168.0.1"),
    "host in a prefix-like slash": ("alert: 10.20.4.7/32 blocked", "10.20.4.7"),
    # a card with a space before it
    "card after a label": ("Card: 4532015112830366 exp 09/27", "4532015112830366"),
    # names beside the street/unit rules
    "name before a verb": ("Yesterday Lane Ward called about the invoice.", "Ward"),
}


@pytest.mark.parametrize("text", list(CLEAN.values()), ids=list(CLEAN))
def test_clean_text_is_left_alone(scrubber, text):
    result = scrubber.scrub(text, "en")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "value"), list(PII.values()), ids=list(PII))
def test_personal_values_beside_the_rules_still_go(scrubber, text, value):
    result = scrubber.scrub(text, "en")
    assert value not in result.text, result.text
