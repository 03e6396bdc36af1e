"""Numbers that belong to an organisation or a machine, not a person (round 11, from the domain documents of t13).

Domain corpora (notices, prescriptions, tenders, runbooks, configs) are full of phone numbers and IP addresses that
name no one: a department's line (`문의: 회계과 계약팀 055-225-3361`, `the Terminal Operations Centre on +61 3 ...`),
a clinic's number beside its fax or its opening hours, a server in a config, an inventory or a hosts file. Each
reading below is of the number's own line, so the person's number in the same document still goes, and a line
that names a person's rank or title (`김민수 주무관 | 회계과 055-...`, `Direct:`) is never an office's:
- `org_phone`: a landline (never a Korean mobile, `010-...`) right after an office's name (`...팀`, `...과`,
  `...센터`, `...사무소`, `방재실`, `Operations Centre on`, `Estate Agents,`; not `사무실`, anyone's office), or on
  a line that also gives a fax number or opening hours (`전화: 031-... / 팩스: ...`, `(평일 09~17시)`,
  `Monday–Friday, 8:30 a.m.–4:00 p.m. Phone ...`);
- `server_address`: an address after a server's keyword (`server api-01 `, `upstream`, `jdbc:mysql://`,
  `redis-cli -h`, `Destination:`, `게이트웨이:`; not `the server at`), after a host's name in a table (`fw-dr-01
  10.90.0.1`, `fs-02 (10.20.4.15)`), before a host's name in a hosts file (`10.8.0.10  artifactory.internal`), or
  after another server's `:port,` (`bootstrap-servers: 10.30.5.11:9092,10.30.5.12:9092`). A log's `from 10.0.3.7`
  stays.
"""

from __future__ import annotations

import regex

# A Korean landline (area code 02, 031-064) or a non-mobile number; mobiles (`010`, `011`, `016`-`019`) are people's.
_LANDLINE = regex.compile(r"(?:\+82[ -]?)?\(?0?(?:2|[3-6]\d)\)?[ .\-]")
_MOBILE = regex.compile(r"(?:\+82[ -]?)?\(?0?1[016789]")
_OFFICE_BEFORE = regex.compile(
    r"(?:[가-힣A-Za-z0-9](?:팀|과|부|센터|사무국|사무소|관리소|본부|지원단)|상황실|방재실|민원실|행정실|교무실|관리실"
    r"|(?i:operations(?:[ ]cent(?:re|er))?|(?:service|support|operations|contact)[ ]cent(?:re|er)|estate agents?"
    r"|agency))[,:]?[ ]*(?:\((?:대표[ ]?)?|(?i:on|at)[ ]+)?$")
_ORG_LINE = regex.compile(
    r"팩스|(?i:\bfax\b)|평일|영업[ ]?시간|운영[ ]?시간|\d{1,2}[ ]?~[ ]?\d{1,2}[ ]?시"
    r"|(?i:\b(?:mon|tue|wed|thu|fri)[a-z]*\.?[ ]?[–\-][ ]?(?:thu|fri|sat|sun)[a-z]*\b"
    r"|\d{1,2}(?::\d\d)?[ ]?[ap]\.?m\.?[ ]?[–\-][ ]?\d{1,2}(?::\d\d)?[ ]?[ap]\.?m\.?)")
# A person on the number's line: a rank or a title, a direct or mobile line.
_PERSON_LINE = regex.compile(
    r"주무관|주임|대리|과장|차장|부장|팀장|실장|사원|담당자|선생|간호사|교수|[가-힣]님|(?i:\b(?:mr|ms|mrs|dr|direct|mobile"
    r"|cell|officer|attn)\b)")
# A configuration's keys and a command's flags before a server's address (`upstream`, `ansible_host=`, `jdbc:mysql://`,
# `redis-cli -h`, `Destination:`), a host's name before it in a table (`fw-dr-01   `, `fs-02 (`), another server's
# `:port,` in a list.
_SERVER_BEFORE = regex.compile(
    r"(?i:(?:\bupstream|\bhostname|ansible_host|proxy_pass|nameserver|bootstrap-servers|brokers?)[ \t]*[:=]?[ \t]*"
    r"|(?:\bgateway|\bdns|destination|endpoint|게이트웨이)[ \t]*[:=][ \t]*"
    r"|://|redis-cli[ ]-h[ ]|\b-h[ ]|\b[a-z][a-z0-9]*(?:-[a-z0-9~]+)+[ \t]+\(?|:\d{2,5},)$")
# `server`, `host`, `bind`, `listen` and `서버` only as a configuration's directive: a port or `;` after the address,
# or a host's name between (`server api-02 10.0.12.22`); `Server 172.16.4.20 logged a failed login` is an event's host.
_DIRECTIVE_BEFORE = regex.compile(
    r"(?i:\b(?:server|host|bind|listen)|서버)[ \t]*[:=]?[ \t]*(?P<name>[a-z][\w.]*[-\d][\w.-]*[ \t]+)?$")
_DIRECTIVE_AFTER = regex.compile(r":\d{2,5}\b|[ \t]*;")
_HOSTS_AFTER = regex.compile(r"[ \t]+[a-z][\w-]*(?:\.[\w-]+)+[ \t]*(?:#[^\n]*)?(?:\n|$)")


def org_phone(text: str, start: int, end: int) -> bool:
    """Is the phone number at `text[start:end]` an office's line (the module's doc)?"""
    value = text[start:end]
    if _MOBILE.match(value) or not _LANDLINE.match(value) and not value.startswith(("+", "(", "1")):
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _PERSON_LINE.search(text, line_start, line_end):
        return False  # `김민수 주무관 | 회계과 055-...`, `Direct: ...`: a person's line in a signature
    return bool(_OFFICE_BEFORE.search(text, max(0, start - 30), start) or _ORG_LINE.search(text, line_start, line_end))


def server_address(text: str, start: int, end: int) -> bool:
    """Is the IP address at `text[start:end]` a server's in a config, an inventory or a hosts file?"""
    line_start = text.rfind("\n", 0, start) + 1
    if _SERVER_BEFORE.search(text, max(line_start, start - 40), start):
        return True
    directive = _DIRECTIVE_BEFORE.search(text, max(line_start, start - 40), start)
    if directive and (directive["name"] or _DIRECTIVE_AFTER.match(text, end)):
        return True
    return not text[line_start:start].strip() and bool(_HOSTS_AFTER.match(text, end))
