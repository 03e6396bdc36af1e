# ruff: noqa: E501  (one row per line reads better than wrapped markup)
"""Build data/eval/tuning/pii_v2_en.jsonl: 150 English tuning rows for the wave-5 name-recall round.

Written by hand (before reading any detector code or any existing eval row): each row is a markup
string where «CODE|value» marks a labelled span; offsets are computed here, never typed. All values
are invented. Layout ids (L01..) are kept here only; at most 3 rows share a layout.
Run: python data/eval/tuning/build_pii_v2_en.py  (rewrites the .jsonl and validates it).
"""

import json
import re
from collections import Counter
from pathlib import Path

CODES = {
    "P": "PERSON", "PH": "PHONE_NUMBER", "BA": "BANK_ACCOUNT", "E": "EMAIL_ADDRESS", "A": "STREET_ADDRESS",
    "D": "DATE_OF_BIRTH", "S": "US_SSN", "IB": "IBAN_CODE", "CC": "CREDIT_CARD", "IP": "IP_ADDRESS",
}
MARK = re.compile(r"«([A-Z]+)\|(.*?)»", re.S)

# (layout, genre, markup)
ROWS = [
    # --- chat exports / speaker labels -------------------------------------------------------
    ("L01", "chat", "[09:14] «P|marisol»: did anyone grab the keys?\n[09:15] «P|teddy»: yeah i have them, leaving at 10\n[09:15] «P|marisol»: ok ty"),
    ("L01", "chat", "[21:02] «P|Oksana Bilyk»: running late sorry\n[21:03] «P|Deji»: np we saved you a seat\n[21:05] «P|Oksana Bilyk»: omw"),
    ("L01", "chat", "[07:40] «P|hope»: who is driving today\n[07:41] «P|rusty»: me, pick you up at the corner\n[07:41] «P|hope»: perfect"),
    ("L02", "chat", "12/03/26, 8:11 PM - «P|Grace Abernathy»: Dinner at ours on Friday?\n12/03/26, 8:13 PM - «P|Will»: count me in\n12/03/26, 8:14 PM - «P|Grace Abernathy»: bring «P|Summer» too"),
    ("L02", "chat", "04/11/26, 6:02 AM - «P|Tobias Wren»: flight delayed again\n04/11/26, 6:05 AM - «P|Ngozi»: ugh. text me when you land\n04/11/26, 6:05 AM - «P|Tobias Wren»: will do"),
    ("L03", "chat", "«P|kwame.asante»  10:32 AM\ncan someone review my PR before lunch\n«P|lena_vogt»  10:35 AM\non it"),
    ("L03", "chat", "«P|priyanka r»  3:01 PM\nthe staging deploy is red again\n«P|Joel Mbeki»  3:04 PM\nlooking, probably the flaky migration"),
    ("L04", "transcript", "INTERVIEWER: Could you state your name for the record?\n«P|HALVORSEN»: «P|Ingrid Halvorsen», like it sounds.\nINTERVIEWER: Thank you, Ms. «P|Halvorsen»."),
    ("L04", "transcript", "MODERATOR: Next caller, go ahead.\n«P|DESMOND»: Hi, it's «P|Desmond» from the east side, long-time listener.\nMODERATOR: Welcome, «P|Desmond»."),
    ("L05", "sms", "hey its «P|bea» again, can u call me back on «PH|(614) 555-0192» when ur free"),
    ("L05", "sms", "this is «P|Carter Oyelaran»'s mom, he forgot his lunch. my cell is «PH|614.555.0147»"),
    ("L05", "sms", "yo «P|dre» it's «P|mikey», new number: «PH|+1 917 555 0133»"),
    # --- names with no cue word / inside sentences -----------------------------------------------
    ("L06", "community_post", "Huge thanks to «P|rosalind okafor» and «P|ben tran» for fixing the fence at the community garden last weekend."),
    ("L06", "community_post", "Shoutout to «P|Marguerite» who brought soup for everyone after the storm, you're a legend"),
    ("L06", "community_post", "If anyone sees «P|Lucky»'s owner, «P|Fern Castellanos», tell her the dog is safe at our place."),
    ("L07", "news", "The award went to «P|Thandiwe Nkosi», a nurse from Durban who set up a mobile clinic in 2019."),
    ("L07", "news", "Police said «P|Gareth Pryce-Jones», 47, was taken to hospital with minor injuries."),
    ("L07", "news", "Asked about the decision, «P|Vukovic» shrugged: \"We played badly and we lost.\""),
    ("L08", "review", "Stayed three nights. The host, «P|Annika», left fresh bread every morning and her husband «P|Lars» fixed our bike."),
    ("L08", "review", "Ask for «P|Joy» at the front desk, she sorted out our room change in five minutes."),
    ("L08", "review", "our server «P|Hunter» was great but the kitchen was slow"),
    ("L09", "email", "Hi all,\n\nI spoke with «P|Matteo Ricci-Barone» yesterday and he agreed to move the review to Thursday. «P|Ivy» will send the agenda.\n\nBest,\n«P|Colm»"),
    ("L09", "email", "Hi team,\n\nPlease welcome «P|Sunny Adeyemi», who joins us from the Lagos office on Monday.\n\nCheers,\n«P|Rachel»"),
    ("L10", "email", "From: «P|Dorothea Linz» <«E|d.linz@harbourmail.net»>\nTo: «P|Pedro Alcántara» <«E|pedroalc@fastpost.org»>\nSubject: keys\n\nLeft them with Mrs. «P|Kowalczyk»? No, with «P|Kowalczyk»'s son."),
    ("L10", "email", "From: «P|Ravi Subramanian» <«E|ravi.s@tallowworks.io»>\nCc: «P|Eun-ji Park»\nSubject: Re: invoice\n\nForwarding to «P|Eun-ji», she handles billing now."),
    # --- lower case / ALL CAPS -----------------------------------------------------------------
    ("L11", "form", "PATIENT: «P|OKONKWO, CHIDINMA A.»\nDOB: «D|07/22/1988»\nREFERRING: DR. «P|FITZGERALD»"),
    ("L11", "form", "PATIENT: «P|LINDQVIST, MAGNUS»\nDOB: «D|1979-02-03»\nREFERRING: DR. «P|ABERNETHY-SOTO»"),
    ("L12", "delivery_note", "SHIP TO:\n«P|HOLLIS BRANDT»\n«A|4471 Quarry Ridge Rd\nDuluth, MN 55803»\nTEL «PH|218 555 0174»"),
    ("L12", "delivery_note", "SHIP TO:\n«P|NAOMI ESTRELLA-VANCE»\nc/o «P|ROY VANCE»\n«A|88 Birchwood Ct Apt 3B\nTempe, AZ 85281»"),
    ("L13", "support_ticket", "ticket opened by «P|jasper quill». customer says «P|jasper» is the account holder and his wife «P|tess» is the secondary user."),
    ("L13", "support_ticket", "caller «P|wilhelmina dart» (goes by «P|billie») wants the refund sent to her old card."),
    ("L14", "tweet", "congrats to my sister «P|AMARA» on passing the bar!!! so proud of you «P|amara nwosu» 🎉"),
    ("L14", "tweet", "just met «P|CORMAC FLYNN» at the airport and he was so nice omg"),
    # --- first name only / nicknames / ordinary-word names --------------------------------------
    ("L15", "chat", "Mom: did «P|Grace» eat?\nDad: yes, and «P|Frank» finished his homework"),
    ("L15", "chat", "Aunt «P|Rose»: is «P|Penny» coming to the party?\nUncle «P|Art»: only if «P|Skip» drives her"),
    ("L16", "notice", "Lost: grey tabby answering to Biscuit. Please contact «P|Dawn» or «P|Chase» at «PH|555-0168»."),
    ("L16", "notice", "Bake sale this Saturday! Questions to «P|Faith» (table 2) or «P|Sage» (drinks)."),
    ("L16", "notice", "Carpool sign-up: «P|Hazel», «P|Mason», «P|Piper», «P|Rocky» have seats; «P|June» needs one."),
    ("L17", "meeting_minutes", "Present: «P|Amber», «P|Cash», «P|Robin» (notes), «P|Bill Ostrowski»\nApologies: «P|Willow»\n1. «P|Robin» reported the budget is on track."),
    ("L17", "meeting_minutes", "Attendees: «P|Felix Haraldsen»; «P|Pat»; «P|Sue Chen»; «P|Ray»\nAction: «P|Pat» to book the hall."),
    ("L18", "email", "Thanks «P|Kit»! And tell «P|Bunny» I said hi.\n\n— «P|Moe»"),
    ("L18", "email", "Hey «P|Jojo», could you ask «P|Tink» if the van is free on the 9th?\n\nxx «P|Lulu»"),
    # --- names after prepositions ---------------------------------------------------------------
    ("L19", "report", "The incident was first noticed by «P|Siobhan Mulcahy» and later escalated to «P|Dariusz Przybylski» in the security team."),
    ("L19", "report", "Samples were handed from «P|Ama» to «P|Kofi Mensah-Bonsu» at the lab door, then stored with «P|Yuki»."),
    ("L20", "sms", "got the package from aunt «P|gloria», thanks to «P|leo» for dropping it off"),
    ("L20", "sms", "dinner w «P|hana» and «P|raj» at 7, dont wait up"),
    ("L20", "sms", "on the phone with «P|Theo», back in 5"),
    # --- lists over separators / lines -----------------------------------------------------------
    ("L21", "legislation", "Introduced by Senators «P|Halloran», «P|Okafor», «P|Baptiste-Reyes» and «P|Lindgren»; referred to the Committee on Finance."),
    ("L21", "legislation", "Sponsors: Rep. «P|Marcy Tallis» / Rep. «P|Dwayne Oakes» / Rep. «P|Ilse Brandauer»"),
    ("L22", "technical_doc", "Contributors\n\n- «P|Aleksander Novak»\n- «P|Mei-Ling Zhou»\n- «P|Tomasz Wiśniewski»\n- «P|Brooke»"),
    ("L22", "technical_doc", "AUTHORS:\n«P|Ethan Marlowe»\n«P|Farida Haddad»\n«P|Odhiambo Otieno»"),
    ("L23", "form", "Emergency contacts: «P|Yolanda Price» · «P|Marcus Price» · «P|Nell»"),
    ("L23", "form", "Guardians | «P|Esperanza Ruiz» | «P|Tomas Ruiz»"),
    ("L24", "calendar", "Invitees: «P|Lachlan Murray»; «P|Zainab Qureshi»; «P|Astrid Solberg»\nWhen: Tue 10:00-10:30\nWhere: Room Juniper"),
    ("L24", "calendar", "Organizer: «P|Kieran Doyle»\nRequired: «P|Priya Nair», «P|Luis Ortega»\nOptional: «P|Wren»"),
    # --- unusual field labels ---------------------------------------------------------------------
    ("L25", "form", "Point of contact: «P|Imogen Taft»\nAlt. contact: «P|Reuben Salgado»\nBest time: evenings"),
    ("L25", "form", "Next of kin: «P|Constance Mbatha» (sister)\nRelationship to patient: sibling"),
    ("L26", "support_ticket", "Assignee: «P|Hollis Greene»\nReporter: «P|Quentin Ashby»\nWatchers: «P|Lorna», «P|Ike»"),
    ("L26", "support_ticket", "Handled by: «P|Dmitri V.»\nEscalated to: «P|Saoirse»\nStatus: pending customer"),
    ("L27", "order", "Gift message: Happy birthday «P|Delphine»! Love, Auntie «P|Mo»\nRecipient: «P|Delphine Achterberg»"),
    ("L27", "order", "Attn: «P|Bartholomew Kincaid»\nPrepared by: «P|Ngaio»\nItems: 3"),
    ("L28", "form", "Driver: «P|Tavita Faleolo»   Co-driver: «P|Rangi»\nVehicle: white van"),
    ("L28", "form", "Tenant(s): «P|Oluwaseun Bakare», «P|Femi Bakare»\nLandlord: «P|Gideon Asher»"),
    ("L29", "resume", "References\nProf. «P|Hyacinth Oduya», Dept. of Chemistry — «E|h.oduya@univ-mail.edu»\nDr. «P|Bram Veldhuis» — «PH|+31 20 555 0199»"),
    ("L29", "resume", "«P|SEBASTIAN ACHEBE-LUND»\n«E|seb.al@postbox.me» | «PH|(503) 555-0116»\nSupervisor: «P|Margit Sólveigsdóttir»"),
    # --- rare surnames / romanized names -------------------------------------------------------------
    ("L30", "news", "Coach «P|Nakagawa-Reyes» said midfielder «P|Tshabalala» would miss the final."),
    ("L30", "news", "The paper was co-written by «P|Kim Min-jun» and «P|Nguyen Thi Thu» of the Hanoi institute."),
    ("L30", "news", "«P|Zhang Wei» and «P|Lee Seo-yeon» won the doubles title on Sunday."),
    ("L31", "email", "Dear Mr. «P|Oyelowo-Hart»,\n\nYour appointment with Dr. «P|Xiong» is confirmed.\n\nRegards,\n«P|Paulina Szczepańska»"),
    ("L31", "email", "Dear «P|Minjun Kim»,\n\n«P|Park Ji-hoon» asked me to forward the contract.\n\nKind regards,\n«P|Thu»"),
    ("L32", "court_judgment", "Before: HON. «P|ELEANOR VASQUEZ-TOLL», J.\nCounsel for the plaintiff: «P|Ambrose Kettleby»\nCounsel for the defendant: «P|Yusra Haidari»"),
    ("L32", "court_judgment", "IN RE THE MARRIAGE OF «P|DANIELLA CROWE» AND «P|EMMETT CROWE»\nJudge: «P|Orrin Blackwood»"),
    ("L33", "log", "2026-11-30T04:12:55Z user=mkowalski action=login src=«IP|10.44.7.19» result=ok\n2026-11-30T04:13:02Z user=mkowalski action=export rows=120"),
    ("L33", "log", "Nov 29 22:10:41 web01 sshd[811]: Failed password for tbarnes from «IP|172.19.88.4» port 51422"),
    # --- phones in many dresses ---------------------------------------------------------------------
    ("L34", "sms", "call «P|Nico» at «PH|five five five, zero one two three»"),
    ("L34", "transcript", "AGENT: And the best number?\nCALLER: «PH|three one two, five five five, zero one eight eight». It's «P|Lottie».\nAGENT: Thanks, «P|Lottie»."),
    ("L35", "email", "Best,\n«P|Henrietta Groves»\nSenior Counsel\nDirect: «PH|+44 20 7946 0831»\nMobile: «PH|+44 7700 900482»"),
    ("L35", "email", "Thanks,\n«P|Arjun Mehta»\nT «PH|+91 98765 43210» | M «PH|+61 412 555 019»"),
    ("L35", "email", "Regards,\n«P|Chiamaka Eze»\nPh: «PH|+234 803 555 0142»"),
    ("L36", "form", "Phone (home): «PH|503-555-0188» ext. 2\nPhone (work): «PH|503 555 0107»\nName: «P|Garnet Ilves»"),
    ("L36", "form", "Contact no.: «PH|5035550164»   Name: «P|TRUDY ELLSWORTH»"),
    ("L37", "community_post", "selling a bike, text «P|Sal» on «PH|0412 555 076» (no calls after 9)"),
    ("L37", "community_post", "Found a wallet near the library. Owner «P|Rhys» can ring me on «PH|07700 900 215»."),
    # --- bank accounts in many dresses ---------------------------------------------------------------
    ("L38", "email", "Please pay the deposit to account «BA|4410 2298 7731» (Harbor Savings), name: «P|Wilma Achterberg»."),
    ("L38", "email", "Refund will go to acct no. «BA|000183726451», routing 021000089, holder «P|Denholm Reyes»."),
    ("L38", "email", "Account holder: «P|Isidore Banks»\nAccount number: «BA|7812-004-56619»\nSort code: 20-45-77"),
    ("L39", "statement", "Payee: «P|Olamide Adebayo»  Acc: «BA|0123456789»  Bank: First Lakeside"),
    ("L40", "chat", "«P|Reggie»: send the rent to my acct «BA|339-20017-4» pls\n«P|Marta»: done, ref RENT-DEC"),
    ("L40", "chat", "«P|Bianca»: whats ur account number\n«P|Tariq»: «BA|60 1129 8834 02» at Coastline CU"),
    ("L41", "form", "Direct deposit\nName: «P|Eliza Brandt-Moreau»\nIBAN: «IB|DE44 5001 0517 5407 3249 31»\nAccount: «BA|5407324931»"),
    ("L41", "form", "Payroll change form\nEmployee: «P|Bogdan Ilić»\nSSN: «S|512-44-8830»\nNew account: «BA|8600 4471 2290»"),
    # --- misc genres with names -----------------------------------------------------------------------
    ("L42", "medical_note", "Pt seen with daughter («P|Marisela»). Pt «P|Ignatius Ferreira-Lund» reports dizziness since Tuesday. Plan discussed with Dr. «P|Obi»."),
    ("L42", "medical_note", "Seen by NP «P|Calloway». Husband «P|Arvid» present. Pt «P|Sunniva» tolerated meds well."),
    ("L43", "recipe", "This is Nonna «P|Graziella»'s recipe, passed down to my cousin «P|Rocco» and now to you."),
    ("L43", "recipe", "Grandma «P|Opal»'s cornbread (adapted by «P|Beth Harlow»)"),
    ("L44", "travel", "Booking ref: QX7P2L\nPassengers: MR «P|TOMASZ KRAWIEC», MS «P|ADA KRAWIEC»\nSeat 14A/14B"),
    ("L44", "travel", "Lead guest: «P|Benedikt Ströbel»\nAdditional guest: «P|Pia»\nCheck-in: 15:00"),
    ("L45", "notification", "«P|Corinne Ashdown» mentioned you in a comment: \"«P|Dale», can you check row 12?\""),
    ("L45", "notification", "«P|Kai» and 3 others liked your photo. «P|Rowan Easterby» commented: nice!"),
    ("L46", "contract", "This agreement is made between «P|Florian Weiß» (\"Seller\") of «A|12 Alder Lane, Bath BA1 5QT» and «P|Tamsin Yeo» (\"Buyer\")."),
    ("L46", "contract", "WITNESS: «P|Horatio Blunt»\nSIGNED: «P|Ligaya Santos»\nDATE: 2 March 2026"),
    ("L47", "community_post", "rip to my grandpa «P|Eustace» who taught me to fish. he was 91. love you pops"),
    ("L47", "community_post", "Happy retirement Mrs. «P|Pennywhistle»!!! from all of 3B, esp «P|Jamal» and «P|Keisha»"),
    ("L48", "technical_doc", "# Copyright (c) 2024 «P|Anselm Greif» <«E|anselm@greif.dev»>\n# Maintainer: «P|Oona Laakso»\n# Licensed under the MIT License."),
    ("L48", "technical_doc", "Signed-off-by: «P|Jiří Dvořák» <«E|jiri.dvorak@postmail.cz»>\nReviewed-by: «P|Catalina Ibarra»"),
    ("L49", "meeting_minutes", "«P|Halvard» opened the meeting. «P|Precious Dlamini» asked about the roof; «P|Halvard» said quotes are due Friday."),
    ("L49", "meeting_minutes", "Item 4: Ms «P|Ferro» moved the motion, seconded by Mr «P|Adeyinka». Carried."),
    ("L50", "support_ticket", "Hi, my name is «P|gwendolyn price» and I can't log in. My husband «P|Otis» set up the account with «E|otis.p [at] mailbay [dot] com»."),
    ("L50", "support_ticket", "Customer «P|Basil Oduya» called from «PH|(206) 555-0139» about order #88231."),
    ("L50", "support_ticket", "Name: «P|ILARIA MONTEVERDI»  Phone: «PH|+39 347 555 0192»  Issue: parcel missing"),
]

CLEAN = [
    ("C01", "technical_doc", "Apply a Gaussian blur, then run Dijkstra's algorithm on the resulting graph; a Kalman filter smooths the track."),
    ("C01", "technical_doc", "The Jenkins pipeline builds the Django app and runs the Pandas notebooks in Jupyter before the Kubernetes deploy."),
    ("C01", "technical_doc", "Bayesian priors and the Fourier transform appear in chapter 3; Newton's method converges in four steps."),
    ("C02", "news", "Shares of Morgan Stanley and Goldman Sachs fell 2% while Johnson & Johnson rose after the earnings call."),
    ("C02", "news", "Wells Fargo and Charles Schwab reported higher deposits; Ford shares were flat."),
    ("C03", "travel", "We walked from the Lincoln Memorial to Union Station, then took a train to Jackson Hole via Denver."),
    ("C03", "travel", "Day 2: Charlotte to Austin, day 3: Madison, day 4: the Florence cathedral and Victoria Falls in one summer."),
    ("C04", "notice", "Reminder: the grace period for late payment ends on May 1. Bill pay is closed on Sunday."),
    ("C04", "notice", "We hope you will join us. Mark your calendar: June 4, Rose Garden, 6 pm."),
    ("C04", "notice", "Frank discussion is welcome at the open forum; please be kind and keep it civil."),
    ("C05", "email", "Hi all,\n\nThe quarterly report is attached. Please review sections 2 and 4 before Thursday.\n\nThanks,\nThe Finance Team"),
    ("C05", "email", "Hello,\n\nYour order #A-77120 has shipped. Tracking: 1Z 999 AA1 01 2345 6784.\n\nCustomer Service"),
    ("C06", "support_ticket", "Ticket 44817: printer on floor 3 jams on duplex. Asset tag IT-00912. Assigned to: Facilities queue."),
    ("C06", "support_ticket", "Case 2026-0091: customer requested a refund; forwarded to Billing. Call our help line 1-800-555-0100."),
    ("C07", "medical_note", "Parkinson's disease and Hodgkin lymphoma were ruled out. Continue metformin 500 mg; review in 6 weeks."),
    ("C07", "medical_note", "Pt counselled on Alzheimer's risk factors. Apgar 9/9. Follow-up with the cardiology clinic."),
    ("C08", "chat", "[10:01] Admin: server restarted\n[10:02] Bot: all checks green\n[10:03] Admin: thanks"),
    ("C08", "chat", "mom: dinner at 7\nme: ok\nmom: bring bread"),
    ("C09", "meeting_minutes", "Present: Chair, Treasurer, Secretary, two members.\nThe Treasurer reported a surplus. The Chair closed at 8 pm."),
    ("C09", "meeting_minutes", "Attendees: Product, Design, QA leads.\nAction: QA to re-run the regression suite by Friday."),
    ("C10", "form", "Routing number: 021000089\nSort code: 20-45-77\nSWIFT/BIC: HBUKGB4B\nReference: INV-2026-0044"),
    ("C10", "form", "Order no.: 558120934\nInvoice: 2026-11-0072\nPolicy: PL-9921-334\nQty: 12"),
    ("C11", "log", "2026-11-30 04:12:55 INFO worker-3 job=reindex shards=12 took=8841ms\n2026-11-30 04:12:56 WARN worker-3 retry=2"),
    ("C11", "log", "GET /api/v2/items?page=4 200 12ms\nPOST /api/v2/login 401 3ms ua=curl/8.4.0"),
    ("C12", "review", "Great little place near Maple Avenue and Main Street. The Caesar salad and Eggs Benedict were excellent."),
    ("C12", "review", "Bought the Air Jordan 1s and a Ray-Ban case. Shipping was fast, the box was crushed."),
    ("C13", "community_post", "The Boston Celtics beat the Denver Nuggets; the Jackson Five tribute band played at halftime."),
    ("C13", "community_post", "anyone been to the Smithsonian lately? the Wright Flyer exhibit is back"),
    ("C14", "recipe", "Mix sugar, butter and a pinch of salt. Bake at 180 C for 25 minutes. Serve with whipped cream."),
    ("C14", "recipe", "Shepherd's pie: brown the mince, add carrots and peas, top with mash, grill until golden."),
    ("C15", "legislation", "Section 3(b)(2) is amended by striking 'may' and inserting 'shall'. Effective upon enactment."),
    ("C15", "legislation", "Referred to the Committee on Ways and Means. Reported favorably by the Committee on Rules."),
    ("C16", "technical_doc", "Default gateway 192.168.0.1; DNS 8.8.8.8; examples use 192.0.2.10 and 2001:db8::1. Version 4.12.3."),
    ("C16", "technical_doc", "Commit 9f3c2a1 bumps the version to 2.0.1 and fixes issue #4521 in the parser."),
    ("C17", "sms", "Your verification code is 448120. Do not share it. Reply STOP to opt out."),
    ("C17", "sms", "Your appointment is confirmed for Tue 3:40 pm. Call 1-800-555-0199 to reschedule."),
    ("C18", "news", "Hurricane season ends in November; the National Weather Service expects a mild winter in the Midwest."),
    ("C18", "news", "The Golden Gate Bridge reopened after repairs; the Lincoln Tunnel stays closed overnight."),
    ("C19", "calendar", "When: Tue 10:00-10:30\nWhere: Room Juniper\nAgenda: budget, hiring, Q1 roadmap"),
    ("C19", "calendar", "All-hands: Friday 16:00, Auditorium B. Dial-in 1-888-555-0142, code 771 2290."),
]


def parse(markup):
    text, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(markup):
        text.append(markup[last:m.start()])
        pos += m.start() - last
        value = m.group(2)
        spans.append({"start": pos, "end": pos + len(value), "entity": CODES[m.group(1)], "text": value})
        text.append(value)
        pos += len(value)
        last = m.end()
    text.append(markup[last:])
    return "".join(text), spans


def build():
    out, layouts = [], Counter()
    for i, (layout, genre, markup) in enumerate(ROWS + CLEAN, 1):
        layouts[layout] += 1
        text, spans = parse(markup)
        assert "«" not in text and "»" not in text, markup
        prev_end = -1
        for s in spans:
            assert text[s["start"]:s["end"]] == s["text"], s
            assert s["text"] == s["text"].strip(), s
            assert s["start"] >= prev_end, (s, markup)
            prev_end = s["end"]
        assert layout.startswith("C") == (not spans), markup
        out.append({"id": f"tune2-en-{i:04d}", "lang": "en", "genre": genre, "source": "generated",
                    "text": text, "spans": spans})
    assert max(layouts.values()) <= 3, layouts.most_common(3)
    return out, layouts


def main():
    rows, layouts = build()
    path = Path(__file__).with_name("pii_v2_en.jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    ents = Counter(s["entity"] for r in rows for s in r["spans"])
    print(f"{len(rows)} rows, {sum(1 for r in rows if r['spans'])} with spans, {len(layouts)} layouts, {dict(ents)}")


if __name__ == "__main__":
    main()
