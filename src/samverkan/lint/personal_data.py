"""Personal data: no personnummer or samordningsnummer anywhere under data/ (comments included), and no private
person's mobile number or e-mail address.

The work concerns young people, crime and drugs, and the files are kept in git and often published. These rules
read the raw text of every file under the data folder — comments, files that failed to parse, files samverkan
does not know — not only the values the schema accepted. A finding says where and what kind of data it is,
never the number or address itself.

What counts:

- **personnummer / samordningsnummer**: 10 or 12 digits (`ÅÅMMDDNNNK` or `ÅÅÅÅMMDDNNNK`), optionally with `-` or
  `+` before the last four, with a real month and day (for a samordningsnummer, the day plus 60) and a valid
  Luhn check digit. A number whose check digit is wrong is not flagged. An error.
- **mobile number**: Swedish mobile numbers `070`, `072`, `073`, `076`, `079` (also `+46 7…`, `0046 7…`), with or
  without spaces and dashes. A switchboard or service number (`08-…`, `0771-…`) cannot be told from a
  private landline and is not flagged. A warning: an official's work mobile is excused on its line with
  `# samverkan: ignore[personal-phone-number]`.
- **e-mail address**: any address whose domain is not an organisation's. An organisation's domains are
  `polisen.se`, every `<name>.kommun.se`, and the domains listed in `organisation_domains` in
  data/samverkan.yaml (with their subdomains). A warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from samverkan.config import is_organisation_domain
from samverkan.diagnostics import Localized, Message, Severity, display_path
from samverkan.loader import MAX_FILE_BYTES, Position
from samverkan.repository import walk

from .registry import Context, Hit, hit_at, rule

_IDENTITY = re.compile(r"(?<![0-9])(1[89]|20)?([0-9]{2})([0-9]{2})([0-9]{2})[-+]?([0-9]{3})([0-9])(?![0-9])")
_MOBILE = re.compile(r"(?<![0-9+])(?:\+46[ -]?|0046[ -]?|0)7[02369](?:[ -]?[0-9]){7}(?![0-9])")
_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,})(?![\w-])", re.UNICODE
)

# Cheap first passes: most files hold no run of six digits, no `7` after a `0` and no `@`, and a plain search for
# those is several times faster than the full patterns with their look-arounds (measured in benchmarks/).
_SIX_DIGITS = re.compile(r"[0-9]{6}")
_MOBILE_START = re.compile(r"7[02369]")

PERSONNUMMER = Localized("personnummer", "personal identity number (personnummer)")
SAMORDNINGSNUMMER = Localized("samordningsnummer", "co-ordination number (samordningsnummer)")


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: Localized


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by Swedish personnummer, over the ten digits ÅÅMMDDNNNK."""
    total = 0
    for index, char in enumerate(digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return total % 10 == 0


def identity_numbers(text: str) -> Iterator[Found]:
    """Every personnummer or samordningsnummer in `text`: a real date (day + 60 for samordningsnummer), valid Luhn."""
    if not _SIX_DIGITS.search(text):
        return
    for match in _IDENTITY.finditer(text):
        century, yy, mm, dd, serial, check = match.groups()
        month, day = int(mm), int(dd)
        kind = PERSONNUMMER
        if day > 60:
            day -= 60
            kind = SAMORDNINGSNUMMER
        years = [int(century + yy)] if century else [2000 + int(yy), 1900 + int(yy)]
        if not any(_is_date(year, month, day) for year in years):
            continue
        if luhn_valid(yy + mm + dd + serial + check):
            yield Found(match.start(), match.end(), kind)


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _place(text: str, index: int) -> Position:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def texts_under_data(context: Context) -> dict[str, str]:
    """The text of every file under the data folder: the loader's text where it read the file, otherwise the raw
    bytes decoded leniently (digits and `@` survive any encoding mistake). Hidden folders are skipped."""
    cached: dict[str, str] | None = context.cache.get("texts")
    if cached is not None:
        return cached
    texts = dict(context.repository.texts)
    already_read = context.repository.read_paths
    for entry in walk(context.repository.root):
        if entry.path in already_read or not entry.is_file(follow_symlinks=False):
            continue
        shown = display_path(Path(entry.path))
        if shown not in texts:
            text = _read_leniently(Path(entry.path))
            if text is not None:
                texts[shown] = text
    context.cache["texts"] = texts = dict(sorted(texts.items()))
    return texts


def identities_under_data(context: Context) -> dict[str, list[Found]]:
    """The identity numbers of each file that has any, found once for both rules that need them."""
    cached: dict[str, list[Found]] | None = context.cache.get("identities")
    if cached is None:
        cached = {}
        for file, text in texts_under_data(context).items():
            founds = list(identity_numbers(text))
            if founds:
                cached[file] = founds
        context.cache["identities"] = cached
    return cached


def _read_leniently(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        raw = path.read_bytes()
    except OSError:
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    return raw.decode("utf-8", errors="replace")


@rule(
    "personal-identity-number",
    Severity.ERROR,
    Message(
        "Raden innehåller ett {kind}.",
        "The line contains a {kind}.",
        "Ta bort numret: uppgifter som identifierar en enskild person får inte finnas i filerna, inte heller i "
        "kommentarer. Har filen redan checkats in finns numret kvar i git-historiken; be den som förvaltar "
        "förrådet att rensa den.",
        "Remove the number: data that identifies a private person must not be in the files, not even in "
        "comments. If the file was already committed, the number remains in the git history; ask whoever "
        "manages the repository to clean it.",
    ),
    "Inget personnummer eller samordningsnummer någonstans under data/, inte heller i kommentarer.",
    "No personnummer or samordningsnummer anywhere under data/, not even in comments.",
    "personal-data",
    explanation_sv="""Ett personnummer eller samordningsnummer i någon fil under data/, kommentarer inräknade.

    Undvik: `# gäller 0501011234, se akten` inklistrat i en uppföljning. Uppföljningar sparas i git och publiceras.
    Uppgifter om brott eller droger som går att knyta till en person genom ett personnummer är särskilt skyddade
    (GDPR art. 9 och 10, OSL).

    Bättre: beskriv vad som gjordes utan att någon går att identifiera (”en ungdom i åk 9”). Uppgifter om enskilda
    ärenden hör hemma i socialtjänstens eller Polisens egna system, aldrig här.
    """,
)
def personal_identity_number(context: Context) -> Iterator[Hit]:
    """A personnummer or samordningsnummer in any file under data/, comments included.

    Anti-pattern: `# gäller 0501011234, se akten` pasted into a follow-up. Follow-ups are kept in git and
    published; a personnummer together with words about crime or drugs is specially protected data (GDPR art. 9
    and 10, OSL).

    Better: describe what was done without anyone being identifiable ("en ungdom i åk 9"). Case details belong in
    the social services' or the Police's own systems, never here.
    """
    texts = texts_under_data(context)
    for file, founds in identities_under_data(context).items():
        for found in founds:
            yield hit_at(file, _place(texts[file], found.start), kind=found.kind)


@rule(
    "personal-phone-number",
    Severity.WARNING,
    Message(
        "Raden innehåller ett mobilnummer, som kan vara en privatpersons.",
        "The line contains a mobile phone number, which may be a private person's.",
        "Skriv en funktion eller organisationens växelnummer i stället. Är det ett tjänstenummer som ska stå "
        "kvar: lägg till `# samverkan: ignore[personal-phone-number]` sist på raden.",
        "Write a function or the organisation's switchboard number instead. If it is a work number that should "
        "stay: add `# samverkan: ignore[personal-phone-number]` at the end of the line.",
    ),
    "Inget mobilnummer (070, 072, 073, 076, 079) under data/; det kan vara en privatpersons.",
    "No mobile number (070, 072, 073, 076, 079) under data/; it may be a private person's.",
    "personal-data",
    explanation_sv="""Ett svenskt mobilnummer i någon fil under data/.

    Undvik: ”Kontakt: mamma 070-…” i mötesanteckningar. En privatpersons nummer i ett publicerat förråd går inte att
    ta tillbaka.

    Bättre: ange en funktion (”Trygghetssamordnare, via kommunens växel”). Ett växelnummer flaggas inte; en
    tjänstepersons jobbmobil kan undantas på sin rad med `# samverkan: ignore[personal-phone-number]`.
    """,
)
def personal_phone_number(context: Context) -> Iterator[Hit]:
    """A Swedish mobile number in any file under data/.

    Anti-pattern: "Kontakt: mamma 070-…" in meeting notes. A private person's number in a published repository
    cannot be taken back.

    Better: name a function ("Trygghetssamordnare, via kommunens växel"). A switchboard number is not flagged;
    an official's work mobile may be excused on its line with `# samverkan: ignore[personal-phone-number]`.
    """
    identities_by_file = identities_under_data(context)
    for file, text in texts_under_data(context).items():
        if not _MOBILE_START.search(text):
            continue
        identities = [(found.start, found.end) for found in identities_by_file.get(file, [])]
        for match in _MOBILE.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in identities):
                continue  # already reported as a personnummer
            yield hit_at(file, _place(text, match.start()))


@rule(
    "personal-email",
    Severity.WARNING,
    Message(
        "Raden innehåller en e-postadress på en domän som inte är en känd organisations.",
        "The line contains an e-mail address on a domain that is not a known organisation's.",
        "Använd en funktionsadress hos organisationen i stället. Tillhör domänen en organisation (t.ex. "
        "kommunens egen domän): lägg till den i `organisation_domains` i data/samverkan.yaml.",
        "Use a function address at the organisation instead. If the domain belongs to an organisation (e.g. "
        "the kommun's own domain): add it to `organisation_domains` in data/samverkan.yaml.",
    ),
    "Ingen e-postadress utanför polisen.se, *.kommun.se och domänerna i `organisation_domains`.",
    "No e-mail address outside polisen.se, *.kommun.se and the domains in `organisation_domains`.",
    "personal-data",
    explanation_sv="""En e-postadress som inte är en organisations.

    Undvik: en förälders eller en ungdoms gmail-adress i protokollet från ett BRÅ-möte.

    Bättre: en organisations adress (`polisen.se`, `<kommun>.kommun.se` eller en domän som står i
    `organisation_domains` i data/samverkan.yaml), helst en funktionsadress snarare än en persons.
    """,
)
def personal_email(context: Context) -> Iterator[Hit]:
    """An e-mail address that is not an organisation's.

    Anti-pattern: a parent's or a young person's gmail address in the minutes of a BRÅ meeting.

    Better: an organisation's address (`polisen.se`, `<kommun>.kommun.se`, or a domain listed in
    `organisation_domains` in data/samverkan.yaml), preferably a function address rather than a person's.
    """
    for file, text in texts_under_data(context).items():
        if "@" not in text:
            continue
        for match in _EMAIL.finditer(text):
            if not is_organisation_domain(match.group(1), context.config):
                yield hit_at(file, _place(text, match.start()))
