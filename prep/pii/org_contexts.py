"""Numbers that belong to an organisation or a machine, not a person (round 11, from the domain documents of t13).

Domain corpora (notices, tenders, runbooks, configs) are full of phone numbers and IP addresses that name no one: a
department's line given as the place to ask (`문의: 회계과 계약팀 055-225-3361`), a server in a config or a hosts
file. A review with its own probes found that looser readings (a fax or opening hours on the line, any office word
before the number, any hyphenated word before an address) dropped people's numbers and users' addresses
(`김민수 회계과 055-...`, `자택 02-... (9~18시 부재)`, `user kim-01 10.2.3.4`), so each reading is narrow and
anchored to the number's own line:
- `org_phone`: a landline (never a Korean mobile) after an enquiry label that opens its line and offices only
  (`문의: 준법감시부 AML팀 02-...`, `담당 부서: 주택정책과 (044-...)`; not `김민수 연락처: 회계과`,
  `문의: 서연 총무팀`: a word between may be a name), after `(대표 ` (a main line), or after `the Terminal
  Operations Centre on`; never where the line or the two above name a rank or a title, or sign off (`이지은 드림`);
- `server_address`: an address on a line that a configuration's key opens (`server api-01 10.20.1.11:8080`,
  `upstream`, `ansible_host=`, `bootstrap-servers: a:9092,b:9092`, `관리망 게이트웨이:`), in a service's URL
  (`jdbc:mysql://`, `redis://`), after `redis-cli -h`-like flags, or in a hosts file (two lines or more, or beside
  `localhost`). A log's `from host 10.2.3.4:53422` and `user kim-01 10.2.3.4` stay, and so do inventory tables
  (`fw-dr-01   10.90.0.1`): the scrubber's normalized view closes the gap between digits, and a host's name before
  an address in one space is a log's user as often.
"""

from __future__ import annotations

import regex

_MOBILE = regex.compile(r"(?:\+82[ -]?)?\(?0?1[016789]")
_UNIT = r"[가-힣A-Za-z0-9]{2,}(?:팀|과|부|센터|사무국|사무소|관리소|본부|지원단|실|처|국)"
_ENQUIRY_OFFICE = regex.compile(
    rf"(?m)^[ \t]*(?:[-*•·][ \t]*)?(?:\d+\.[ \t]*)?(?:문의처?|안내|연락처|전화|담당[ ]?부서|TEL|Tel)[ \t]*[:：]?[ \t]*"
    rf"(?:{_UNIT}[ \t]+){{0,2}}{_UNIT}[ \t]*\(?[ \t]*\Z"
    r"|\((?:대표[ ]?)\Z"
    r"|(?i:the[ ](?:[A-Z][a-z]+[ ]){0,3}(?:operations|service|support|contact)[ ]cent(?:re|er)[ ](?:on|at)[ ])\Z")
# A person on the number's line or the two above: a rank, a title, a sign-off.
_PERSON_NEAR = regex.compile(
    r"주무관|주임|대리(?!인|점)|과장|차장|부장|팀장|실장|사원|담당자|선생|간호사|교수|변호사|연구원|직통|내선|드림|올림|배상"
    r"|[가-힣]님"
    r"|(?i:\b(?:mr|ms|mrs|dr|prof|direct|mobile|cell|officer|attn|manager|director|attorney|paralegal)\b)")

_KEY_LINE = regex.compile(
    r"(?im)^[ \t]*(?:[-*][ \t]*)?(?:(?P<directive>server|listen|bind)[ \t]+(?:[a-z][\w.]*[-\d][\w.-]*[ \t]+)?"
    r"|(?:upstream|ansible_host|proxy_pass|nameserver|bootstrap-servers|brokers?|db_host|redis_host)\b[^\n]*?"
    r"|(?:[가-힣]+[ ])?(?:gateway|게이트웨이)[ \t]*[:=][ \t]*)\Z")
_DIRECTIVE_AFTER = regex.compile(r":\d{2,5}\b|[ \t]*;")  # `server 10.0.12.21:8000`, `listen 10.0.0.1;`
_SERVICE_URL = regex.compile(r"(?:jdbc:\w+|mysql|postgres(?:ql)?|redis|mongodb|amqp|https?)://\Z")
_CLIENT_FLAG = regex.compile(r"(?:redis-cli|mysql|psql|mongo|mongosh)[^\n]{0,30}?(?<!\S)-h[ ]\Z")
_HOSTS_LINE = regex.compile(r"(?m)^[ \t]*\d{1,3}(?:\.\d{1,3}){3}[ \t]+[a-z][\w-]*(?:\.[\w-]+)*[ \t]*(?:#[^\n]*)?$")
_HOSTS_AFTER = regex.compile(r"[ \t]+[a-z][\w-]*(?:\.[\w-]+)*[ \t]*(?:#[^\n]*)?(?:\n|\Z)")


def org_phone(text: str, start: int, end: int) -> bool:
    """Is the phone number at `text[start:end]` an office's line (the module's doc)?"""
    if _MOBILE.match(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not _ENQUIRY_OFFICE.search(text, max(line_start, start - 60), start):
        return False
    above = line_start
    for _ in range(2):
        above = text.rfind("\n", 0, max(0, above - 1)) + 1
    line_end = text.find("\n", end)
    return not _PERSON_NEAR.search(text, above, len(text) if line_end < 0 else line_end)


def server_address(text: str, start: int, end: int) -> bool:
    """Is the IP address at `text[start:end]` a server's in a config, a service's URL or a hosts file?"""
    line_start = text.rfind("\n", 0, start) + 1
    if _SERVICE_URL.search(text, max(line_start, start - 20), start) or _CLIENT_FLAG.search(text, line_start, start):
        return True
    before = text[line_start:start]
    key = _KEY_LINE.search(text, line_start, start)
    if key and (not key["directive"] or _DIRECTIVE_AFTER.match(text, end)):
        return True
    return not before.strip() and bool(_HOSTS_AFTER.match(text, end)) and (
        "localhost" in text or len(_HOSTS_LINE.findall(text)) >= 2)
