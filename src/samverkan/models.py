"""The schemas of samverkan's data files: the document (agreement, medborgarlöfte, åtgärdsplan …), an activity, a
follow-up, a BRÅ meeting and a council without a document.

Strict on purpose: an unknown key is an error (a misspelt key would otherwise vanish silently), ids are slugs
(they become file names), dates are real calendar dates, and every vocabulary is an enum with Swedish values.
Every field has a Swedish description because the exported JSON Schema is what an editor shows while a
coordinator types. Free text (`notes`, `text`) exists wherever a real document says something the structure does
not capture, so nothing in a signed document ever has to be dropped.

Leaving a field out means "the document does not say it": no field is required only so that a file validates. A
date may have the precision the document gives (`PartialDate`: a year, a month or a day), the document's own words
go in an `as_stated` sibling, and `not_stated` records that someone checked and the document really is silent.
Lint may warn that a good document states something; the schema never makes a user invent it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Self

from pydantic import (
    AliasChoices,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StrictBool,
    StrictFloat,
    StrictInt,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

from samverkan.periods import LAST_YEAR, Period, PeriodError, is_window_id
from samverkan.periods import PERIOD_PATTERN as PERIOD_PATTERN  # re-exported: the schemas' name for it
from samverkan.periods import WINDOW_PATTERN as WINDOW_PATTERN  # re-exported
from samverkan.periods import Cadence as Cadence  # re-exported: a vocabulary of the agreement like the others

if TYPE_CHECKING:
    from pydantic.json_schema import JsonSchemaValue

    from samverkan.catalog import Lang

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
PARTIAL_DATE_PATTERN = r"^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$"
ANSWER_PATTERN = (
    r"^(?:done|cooperated|effects|planned|production|rating|indicator_values|answers\.[a-z0-9]+(?:-[a-z0-9]+)*)$"
)
#: `Activity.by` may say `vi`: the parties promise jointly. No party may therefore have that id.
JOINTLY = "vi"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
_CLOCK = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]\Z")
_FIRST_PARTIAL_YEAR, _LAST_PARTIAL_YEAR = 1900, 2099


def _iso_date(value: Any) -> Any:
    """Only `YYYY-MM-DD` text is a date; no timestamps, no numbers, no `15/3`. Pydantic then checks the calendar."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise PydanticCustomError("date_format", "Datum ska skrivas ÅÅÅÅ-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("date_impossible", "Datumet finns inte i kalendern") from None


class PartialDate:
    """A date with the precision the document gives it: a year (`2024`), a month (`2024-03`) or a day.

    Read from text `ÅÅÅÅ`, `ÅÅÅÅ-MM`, `ÅÅÅÅ-MM-DD`, a year as a number (the loader keeps `2024` an int) or a
    `datetime.date`. Ordered by its first day; `first_day()` and `last_day()` give the span it covers. The message
    catalog shows it at its own precision ("2024", "mars 2024", "15 mars 2024") through `catalog_text`."""

    __slots__ = ("day", "month", "year")

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        if day is not None and month is None:
            raise ValueError("a day needs a month")
        dt.date(year, month or 1, day or 1)  # raises ValueError for an impossible date
        self.year, self.month, self.day = year, month, day

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> str:
        """`år`, `månad` or `dag`."""
        return "dag" if self.day is not None else "månad" if self.month is not None else "år"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def _key(self) -> tuple[dt.date, dt.date]:
        return self.first_day(), self.last_day()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.year, self.month, self.day) == (other.year, other.month, other.day)

    def __hash__(self) -> int:
        return hash((self.year, self.month, self.day))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __repr__(self) -> str:
        return f"PartialDate({self})"

    def catalog_text(self, lang: Lang, spec: str) -> str:
        """How the catalog shows it: `15 mars 2024`, `mars 2024` or `2024`; `{x:iso}` as written in a file."""
        from samverkan.catalog import long_date, month_name

        if spec == "iso":
            return str(self)
        if self.day is not None:
            return long_date(self.first_day(), lang)
        if self.month is not None:
            return f"{month_name(self.month, lang)} {self.year}"
        return str(self.year)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _partial_date, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "anyOf": [
                {"type": "integer", "minimum": _FIRST_PARTIAL_YEAR, "maximum": _LAST_PARTIAL_YEAR},
                {"type": "string", "pattern": PARTIAL_DATE_PATTERN},
            ]
        }


def _partial_date(value: Any) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):
        return PartialDate.of(value)
    if isinstance(value, int) and not isinstance(value, bool) and _FIRST_PARTIAL_YEAR <= value <= _LAST_PARTIAL_YEAR:
        return PartialDate(value)
    match = _PARTIAL.match(value) if isinstance(value, str) else None
    if match is None:
        raise PydanticCustomError("partial_date_format", "Datum ska skrivas ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD")
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        return PartialDate(year, month, day)
    except ValueError:
        raise PydanticCustomError("date_impossible", "Datumet finns inte i kalendern") from None


def _period_code(value: Any) -> Any:
    """A `period:` field, read by the one period parser (`Period.of_file`): `2021Q3`, `2021T2`, `2021H1`,
    `2021M09`, `2024W11`, a day `2024-02-13`, a year, also as a number (`period: 2018`), or a window id the
    document defines (`lofte-2024-2025`). The canonical text is kept. A failure is reported as a mismatch with
    `PERIOD_PATTERN`, the canonical spelling the JSON Schema shows (`schema-invalid-period`)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return value  # not text: pydantic's own type error (`schema-wrong-type`)
    canonical = _canonical_period(value)
    if canonical is None:
        raise PydanticCustomError(
            "string_pattern_mismatch", "String should match pattern '{pattern}'", {"pattern": PERIOD_PATTERN}
        )
    return canonical


@functools.lru_cache(maxsize=4096)
def _canonical_period(value: str | int) -> str | None:
    """The canonical text of a period or a window id, None when it is neither. Remembered: a data folder names the
    same few periods in thousands of files."""
    if isinstance(value, str) and is_window_id(value):
        return value
    try:
        return str(Period.of_file(value))
    except PeriodError:
        return None


def _clock(value: Any) -> Any:
    if not isinstance(value, str) or not _CLOCK.match(value):
        raise PydanticCustomError("time_format", "Klockslag ska skrivas TT:MM")
    return value


Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=80)]
#: A follow-up period as a data file writes it; the value is its canonical text (`2021Q3`, `2018`, `2024-02-13`).
PeriodCode = Annotated[
    str,
    BeforeValidator(_period_code),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": PERIOD_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": LAST_YEAR},
            ]
        }
    ),
]
#: The plan's name for it.
PeriodKey = PeriodCode
WindowId = Annotated[str, Field(pattern=WINDOW_PATTERN, max_length=80)]
Date = Annotated[dt.date, BeforeValidator(_iso_date), Field(json_schema_extra={"format": "date"})]
Clock = Annotated[str, BeforeValidator(_clock), Field(pattern=r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")]
Text = Annotated[str, Field(min_length=1, max_length=20_000)]
Name = Annotated[str, Field(min_length=1, max_length=300)]
AnswerKey = Annotated[str, Field(pattern=ANSWER_PATTERN, max_length=100)]
#: An answer in a follow-up: may be empty (written by `new followup`, answered later).
Answer = Annotated[str, Field(max_length=20_000)]
#: A top-level field of the same file, named in `internal_fields`.
FieldName = Annotated[str, Field(pattern=r"^[a-z][a-z_]*$", max_length=80)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False, use_enum_values=False)


def _notes() -> Any:
    return Field(
        default=None,
        description="Fri text: allt som dokumentet säger och som inte ryms i fälten ovan. Inget ska behöva strykas.",
    )


def _remarks() -> Any:
    # Kept apart from `notes` so that nothing the tool adds is ever mistaken for the signed words.
    return Field(
        default=None,
        description="Samverkans egen anmärkning, t.ex. en antagen källa eller en osäker cell. Ingår inte i den "
        "undertecknade texten och skrivs ut som ”Anmärkning (ingår inte i den undertecknade texten)”.",
    )


def _inconsistent(kind: str, message: str) -> PydanticCustomError:
    """One of our own checks; `schema_errors` reports it as `schema-inconsistent` with `inconsistent.<kind>`."""
    return PydanticCustomError(kind, message)


#: Fields that say what a file is or whether it is public; they can never be left out of the public web site.
_NEVER_INTERNAL = frozenset({"illustrative", "internal", "internal_fields"})


def _internal_fields() -> Any:
    return Field(
        default_factory=list,
        description="Fält i filen som är interna och inte kommer med på den publika webbplatsen (`samverkan site`), "
        "t.ex. `[notes, effects]`. Bara fält på filens översta nivå som får utelämnas kan vara interna.",
    )


def _internal_file() -> Any:
    return Field(
        default=False,
        description="Sant när hela filen är intern: den kommer inte med på den publika webbplatsen (`samverkan site`).",
    )


class FromStartToEnd:
    """Something that runs from a `start` to an `end`, each a `PartialDate` as precise as the document: a validity,
    an activity. Not a model itself, so it adds no field and leaves each model's fields in their own order."""

    if TYPE_CHECKING:
        start: PartialDate | None
        end: PartialDate | None

    @property
    def first_day(self) -> dt.date | None:
        return self.start.first_day() if self.start else None

    @property
    def last_day(self) -> dt.date | None:
        return self.end.last_day() if self.end else None


class Publishable(Strict):
    """A file whose content the public web site (`samverkan site`) shows, except the fields it lists in
    `internal_fields`. Only a field the file may leave out can be internal: the site then shows the file as if it
    did not state that field, so a required field (an id, a date the schedule needs) stays."""

    @model_validator(mode="after")
    def _internal_fields_exist(self) -> Any:
        fields = type(self).model_fields
        for name in getattr(self, "internal_fields", ()):
            field = fields.get(name)
            if field is None or field.is_required() or name in _NEVER_INTERNAL:
                raise _inconsistent("internal_field_unknown", "Fältet kan inte vara internt")
        return self


# ---------------------------------------------------------------------------------------------------- vocabularies


class DocumentKind(StrEnum):
    SAMVERKANSOVERENSKOMMELSE = "samverkansöverenskommelse"
    MEDBORGARLOFTE = "medborgarlöfte"
    ATGARDSPLAN = "åtgärdsplan"
    HANDLINGSPLAN = "handlingsplan"
    LOKAL_DEL = "lokal del"
    LAGESBILD = "lägesbild"


class PartyKind(StrEnum):
    KOMMUN = "kommun"
    STADSDEL = "stadsdel"
    POLISMYNDIGHETEN = "polismyndigheten"
    KRIMINALVARDEN = "kriminalvården"
    REGION = "region"
    RADDNINGSTJANST = "räddningstjänst"
    BOSTADSBOLAG = "bostadsbolag"
    FASTIGHETSAGARE = "fastighetsägare"
    FORENING = "förening"
    NARINGSLIV = "näringsliv"
    MYNDIGHET = "annan myndighet"
    STIFTELSE = "stiftelse"
    CIVILSAMHALLE = "civilsamhälle"
    ALLMANHETEN = "allmänheten"
    ANNAN = "annan"


class PartyStanding(StrEnum):
    """How a party stands in the document."""

    AVTALSPART = "avtalspart"  # signs the agreement
    SAMVERKANSPART = "samverkanspart"  # a full partner that does not sign, e.g. Kriminalvården in some agreements
    MEDVERKANDE = "medverkande"  # responsible for single activities only, e.g. a housing company
    BESLUTANDE = "beslutande"  # decides the document, e.g. the kommun for an åtgärdsplan
    OMNAMND = "omnämnd"  # named but not a party: a future partner, citizens


class FocusKind(StrEnum):
    BROTTSFOREBYGGANDE = "brottsförebyggande"
    TRYGGHETSSKAPANDE = "trygghetsskapande"
    BADA = "båda"
    BROTTSBEKAMPANDE = "brottsbekämpande"


class Direction(StrEnum):
    MINSKA = "minska"
    OKA = "öka"
    BIBEHALLA = "bibehålla"


class GoalKind(StrEnum):
    EFFEKTMAL = "effektmål"
    PROCESSMAL = "processmål"
    PRODUKTIONSMAL = "produktionsmål"


class Role(StrEnum):
    """A party's role in an activity, in the words of Swedish action plans."""

    SAMORDNAR = "samordnar"
    INITIERAR = "initierar"
    DELTAR = "deltar"
    ANSVARIG = "ansvarig"
    SAMMANKALLAR = "sammankallar"
    SAMVERKAR = "samverkar"


class ActivityStatus(StrEnum):
    PLANERAD = "planerad"
    PAGAENDE = "pågående"
    PAUSAD = "pausad"
    AVSLUTAD = "avslutad"


class ActivityKind(StrEnum):
    AKTIVITET = "aktivitet"
    LOFTE = "löfte"
    ATGARD = "åtgärd"


class Timing(StrEnum):
    ENGANG = "engång"
    ATERKOMMANDE = "återkommande"
    VID_BEHOV = "vid behov"


class Qualifier(StrEnum):
    EXAKT = "exakt"
    MINST = "minst"
    HOGST = "högst"
    CIRKA = "cirka"
    DRYGT = "drygt"
    KNAPPT = "knappt"


class ResultState(StrEnum):
    PLANERAT = "planerat"
    GENOMFORT = "genomfört"


class Better(StrEnum):
    LAGRE = "lägre"
    HOGRE = "högre"


class MemberFunction(StrEnum):
    ORDFORANDE = "ordförande"
    VICE_ORDFORANDE = "vice ordförande"
    SEKRETERARE = "sekreterare"
    LEDAMOT = "ledamot"
    ADJUNGERAD = "adjungerad"


class RecordKind(StrEnum):
    PROTOKOLL = "protokoll"
    MINNESANTECKNINGAR = "minnesanteckningar"


class CouncilKind(StrEnum):
    LOKALT_BRA = "lokalt brå"
    CENTRALT_BRA = "centralt brå"
    TRYGGHETSRAD = "trygghetsråd"
    ANNAT = "annat"


class PlanColumn(StrEnum):
    ORSAK = "orsak"
    ATGARD = "åtgärd"
    OPERATIVT_MAL = "operativt mål"
    NAR = "när"
    VEM = "vem"
    KOMMUN = "kommun"
    POLIS = "polis"
    KOMMUNIKATION = "kommunikation"
    UPPFOLJNING = "uppföljning"


class NotStated(StrEnum):
    VALIDITY = "validity"
    SIGNING = "signing"
    SIGNATORIES = "signatories"
    ADOPTION = "adoption"
    FORUM = "forum"
    CADENCE = "cadence"
    FOLLOW_UP_QUESTIONS = "follow_up_questions"
    FOCUS_AREAS = "focus_areas"
    GOVERNANCE = "governance"
    SOURCES = "sources"
    SITUATION_REPORT = "situation_report"
    COORDINATION_FUNCTION = "coordination_function"


class Rating(StrEnum):
    """Brå's traffic-light rating of how a commitment was met."""

    GRON = "grön"
    GUL = "gul"
    ROD = "röd"


class MeetingStatus(StrEnum):
    PLANERAT = "planerat"
    GENOMFORT = "genomfört"
    INSTALLT = "inställt"


class ActionStatus(StrEnum):
    OPPEN = "öppen"
    PAGAR = "pågår"
    KLAR = "klar"
    STRUKEN = "struken"


_KIND = (
    "Vilken sorts dokument filen återger: samverkansöverenskommelse, medborgarlöfte, åtgärdsplan, handlingsplan, "
    "lokal del eller lägesbild."
)

# ------------------------------------------------------------------------------------------------ shared parts


class RoleInOrganisation(Strict):
    """A role in an organisation that is a party or is named: who takes part in a meeting, who sits in a council."""

    role: Name = Field(description="Roll, t.ex. ”Kommunpolis” eller ”Trygghetssamordnare”.")
    party: Slug | None = Field(default=None, description="Part-id för organisationen.")
    organisation: Name | None = Field(
        default=None, description="Organisationen när den inte är part, t.ex. ett bostadsbolag."
    )

    @model_validator(mode="after")
    def _has_organisation(self) -> Self:
        if self.party is None and self.organisation is None:
            raise _inconsistent("party_or_organisation", "Ange party eller organisation")
        return self


class Participant(RoleInOrganisation):
    name: Name | None = Field(default=None, description="Namn, bara för tjänstepersoner i sin roll.")


class Scope(Strict):
    place: Name | None = Field(default=None, description="Plats, t.ex. ”tätorten”.")
    time: Name | None = Field(default=None, description="Tid, t.ex. ”kvällstid”.")
    parties: list[Slug] = Field(default_factory=list, description="Parterna (id) vars område det gäller.")
    as_stated: Name | None = Field(default=None, description="Avgränsningen ordagrant.")


class Member(RoleInOrganisation):
    function: MemberFunction | None = Field(
        default=None,
        description="Uppdraget i rådet: ordförande, vice ordförande, sekreterare, ledamot eller adjungerad.",
    )


class MeetingRule(Strict):
    cadence: Cadence | None = Field(
        default=None, description="Hur ofta rådet sammanträder, t.ex. månad, eller löpande (vid behov)."
    )
    as_stated: Name | None = Field(default=None, description="Mötesrytmen ordagrant.")
    record: RecordKind | None = Field(
        default=None, description="Om mötena dokumenteras som protokoll eller minnesanteckningar."
    )
    numbering: Name | None = Field(
        default=None, description="Hur paragraferna numreras, t.ex. ”löpande under kalenderåret”."
    )


# -------------------------------------------------------------------------------------------------- the agreement


class Bra(Strict):
    name: Name = Field(description="Rådets namn, t.ex. ”Centrala BRÅ Strängnäs”.")
    other_names: list[Name] = Field(default_factory=list, description="Andra namn som dokumentet använder för rådet.")
    members: list[Member] = Field(
        default_factory=list, description="Rådets ledamöter efter roll och organisation (inte namn)."
    )
    meets: MeetingRule | None = Field(default=None, description="Hur ofta rådet sammanträder och hur det dokumenterar.")
    notes: Text | None = _notes()
    remarks: Text | None = _remarks()


class Party(Strict):
    id: Slug = Field(description="Kort id som andra filer hänvisar till, t.ex. `strangnas-kommun` eller `polisen`.")
    name: Name = Field(description="Partens namn som i dokumentet, t.ex. ”Strängnäs kommun”.")
    kind: PartyKind = Field(description="Vilken sorts organisation parten är.")
    standing: PartyStanding = Field(
        default=PartyStanding.AVTALSPART,
        description="avtalspart (skriver under), samverkanspart (fullvärdig partner), medverkande "
        "(ansvarar bara för enstaka aktiviteter), beslutande (beslutar dokumentet, t.ex. kommunen för en "
        "åtgärdsplan) eller omnämnd (nämns men är inte part).",
    )
    unit: Name | None = Field(default=None, description="Enhet eller område, t.ex. ”Lokalpolisområde Strängnäs”.")
    serves: list[Slug] = Field(
        default_factory=list,
        description="De kommuner (part-id) som parten verkar i, när en part, t.ex. ett lokalpolisområde, "
        "tjänar flera kommuner i samma överenskommelse.",
    )
    serves_outside: list[Name] = Field(
        default_factory=list,
        description="Kommuner utanför dokumentet som parten också verkar i (namn, inte parter), t.ex. ett "
        "lokalpolisområde som även tjänar en grannkommun.",
    )
    relation: Name | None = Field(
        default=None,
        description="Hur en omnämnd eller samverkande part står till dokumentet, t.ex. ”möjlig framtida "
        "samverkanspart”.",
    )
    bra: Bra | None = Field(default=None, description="Kommunens eget brottsförebyggande råd, om parten har ett.")
    notes: Text | None = _notes()

    @field_validator("id")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value == JOINTLY:
            raise PydanticCustomError("reserved_id", "Id:t vi är reserverat för löften som parterna ger gemensamt")
        return value


class DocumentRef(Strict):
    id: Slug = Field(description="Dokumentets id.")
    title: Name | None = Field(default=None, description="Titeln som i dokumentet.")
    location: Name | None = Field(default=None, description="Var dokumentet finns, t.ex. ett annat repo eller en webbadress.")


class DocumentLinks(Strict):
    belongs_to: DocumentRef | None = Field(
        default=None, description="Dokumentet detta hör till, t.ex. överenskommelsen ett medborgarlöfte hör till."
    )
    replaces: DocumentRef | None = Field(default=None, description="Dokumentet detta ersätter (föregångaren).")
    part_of: DocumentRef | None = Field(default=None, description="Den gemensamma del som detta är en lokal del av.")
    related: list[DocumentRef] = Field(default_factory=list, description="Andra dokument som nämns.")


class Validity(FromStartToEnd, Strict):
    start: PartialDate | None = Field(
        default=None, description="Första dagen, månaden eller året dokumentet gäller (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)."
    )
    end: PartialDate | None = Field(
        default=None,
        description="Sista dagen, månaden eller året; utelämnas om det inte anges eller om dokumentet gäller tills "
        "vidare.",
    )
    until_further_notice: StrictBool = Field(default=False, description="Sant om dokumentet gäller tills vidare.")
    review_interval_months: StrictInt | None = Field(
        default=None, ge=1, le=120, description="Hur ofta (i månader) dokumentet ska omprövas."
    )
    as_stated: Name | None = Field(
        default=None, description="Perioden ordagrant som i dokumentet, t.ex. ”2019-12-20 - 2023-06-01”."
    )
    extension: Name | None = Field(
        default=None,
        description="Villkor för förlängning ordagrant, t.ex. ”kan förlängas ett år om båda parter vill”.",
    )

    @model_validator(mode="after")
    def _end_after_start(self) -> Validity:
        _check_order(self.first_day, self.last_day)
        if self.end is not None and self.until_further_notice:
            raise _inconsistent("open_ended", "Ange antingen slutdatum eller until_further_notice: true")
        if not self.model_fields_set:
            raise _inconsistent("validity_empty", "Ange minst ett värde, eller ta bort validity")
        return self


class Adoption(Strict):
    party: Slug | None = Field(
        default=None, description="Kommunen (part-id) som beslutet gäller, i en överenskommelse med flera kommuner."
    )
    prepared_by: Name | None = Field(
        default=None, description="Organet som beredde ärendet, t.ex. ”Kommunstyrelsens arbetsutskott”."
    )
    prepared_on: PartialDate | None = Field(default=None, description="När ärendet bereddes.")
    adopted_by: Name | None = Field(
        default=None,
        validation_alias=AliasChoices("adopted_by", "body"),
        description="Organet som antog eller beslutade, t.ex. ”Kommunfullmäktige” (hette tidigare `body`).",
    )
    date: PartialDate | None = Field(default=None, description="Beslutsdatum, med den precision dokumentet har.")
    reference: Name | None = Field(default=None, description="Paragraf eller diarienummer för beslutet.")
    as_stated: Name | None = Field(
        default=None, description="Beslutet som i dokumentet, t.ex. ”antagen av kommunstyrelsen våren 2024”."
    )

    @model_validator(mode="after")
    def _says_something(self) -> Adoption:
        if self.adopted_by is None and self.prepared_by is None and self.as_stated is None:
            raise _inconsistent("adoption_empty", "Ange adopted_by, prepared_by eller as_stated")
        return self


class Signing(Strict):
    date: PartialDate | None = Field(
        default=None, description="När dokumentet undertecknades, med den precision dokumentet har."
    )
    place: Name | None = Field(default=None, description="Ort där det undertecknades.")
    as_stated: Name | None = Field(
        default=None, description="Ort och datum ordagrant, t.ex. ”Strängnäs kommun 20 december 2019”."
    )
    present: list[Participant] = Field(
        default_factory=list, description="De som var med vid undertecknandet utan att skriva under."
    )
    adoptions: list[Adoption] = Field(
        default_factory=list,
        description="Politiska beslut som antog överenskommelsen (äldre plats; skriv hellre `adoptions` på översta "
        "nivån).",
    )

    @model_validator(mode="after")
    def _says_something(self) -> Signing:
        if self.date is None and self.place is None and self.as_stated is None:
            raise _inconsistent("signing_empty", "Ange date, place eller as_stated")
        return self


class Signatory(Strict):
    party: Slug = Field(description="Part-id för den part som personen skriver under för.")
    name: Name | None = Field(
        default=None, description="Namnet, om det står i den publicerade versionen (bara tjänstepersoner)."
    )
    title: Name | None = Field(default=None, description="Tjänstetitel, t.ex. ”Kommundirektör Strängnäs kommun”.")

    @model_validator(mode="after")
    def _named(self) -> Signatory:
        if self.name is None and self.title is None:
            raise _inconsistent("signatory_empty", "Ange name eller title")
        return self


class FocusArea(Strict):
    id: Slug = Field(description="Kort id som mål och aktiviteter hänvisar till.")
    name: Name = Field(description="Inriktningen som i dokumentet, t.ex. ”Minska ungdomsbrottsligheten”.")
    kind: FocusKind | None = Field(
        default=None,
        description="Vilket slags arbete inriktningen gäller: brottsförebyggande, trygghetsskapande, båda eller "
        "brottsbekämpande; utelämnas om dokumentet inte anger slaget.",
    )
    aim: Text | None = Field(default=None, description="Vad arbetet inom inriktningen syftar till.")
    scope: Scope | None = Field(
        default=None, description="Avgränsning i plats och tid, t.ex. ”tätorten under kvällstid”."
    )
    other_names: list[Name] = Field(
        default_factory=list, description="Andra namn som dokumentet använder för samma inriktning."
    )
    applies_to: list[Slug] = Field(
        default_factory=list, description="Kommunerna (part-id) som inriktningen gäller; tom lista betyder alla."
    )
    problems: list[Slug] = Field(
        default_factory=list, description="Problem (id) i lägesbilden som inriktningen svarar mot."
    )
    causes: list[Text] = Field(default_factory=list, description="Troliga orsaker enligt orsaksanalysen, om de anges.")
    indicators: list[Indicator] = Field(default_factory=list, description="Indikatorer för inriktningen.")
    no_measures_reason: Text | None = Field(
        default=None,
        description="Varför inriktningen saknar egna mål och aktiviteter, som dokumentet anger (t.ex. ”arbetet sker "
        "inom Polisens ordinarie verksamhet”); när skälet står här påpekar lint inte att inriktningen saknar åtgärder.",
    )
    notes: Text | None = _notes()
    remarks: Text | None = _remarks()


class Coordinator(Strict):
    role: Name = Field(description="Rollen, t.ex. ”Samordnare för BRÅ” eller ”Kommunpolis”.")
    party: Slug = Field(description="Part-id för den organisation rollen hör till.")


class Representation(Strict):
    party: Slug = Field(description="Part-id.")
    roles: list[Name] = Field(min_length=1, description="Vilka roller som företräder parten i rådet.")
    task: Text | None = Field(default=None, description="Vad företrädaren har i uppdrag, som i dokumentet.")


class Governance(Strict):
    heading: Name | None = Field(default=None, description="Avsnittets rubrik som i dokumentet.")
    forum: Name | None = Field(
        default=None,
        description="Forumet där arbetet leds och följs upp, t.ex. ”Centrala BRÅ”; utelämnas om det inte anges.",
    )
    text: Text | None = Field(default=None, description="Vad dokumentet säger om hur samverkan leds.")
    representation: list[Representation] = Field(default_factory=list, description="Vem som företräder varje part.")
    coordinators: list[Coordinator] = Field(default_factory=list, description="Koordinatorerna för arbetet.")
    coordinators_task: Text | None = Field(default=None, description="Koordinatorernas uppdrag.")
    continuous_contact: Text | None = Field(default=None, description="Vem som har fortlöpande kontakt under löptiden.")
    changed_situation: Text | None = Field(
        default=None, description="Vad som händer vid förändrad lägesbild eller akut läge (t.ex. orsaksanalys)."
    )
    notes: Text | None = _notes()


class CoordinationFunction(Strict):
    party: Slug = Field(description="Part-id, normalt kommunen.")
    role: Name = Field(description="Rollen, t.ex. ”Brottsförebyggande samordnare”.")
    unit: Name | None = Field(default=None, description="Förvaltning eller avdelning.")
    mandate: Text | None = Field(default=None, description="Uppdraget, som i dokumentet.")
    as_stated: Text | None = Field(
        default=None, description="Det dokumentet säger om samordningsfunktionen, ordagrant."
    )


class Source(Strict):
    id: Slug = Field(description="Kort id som indikatorer hänvisar till.")
    name: Name = Field(description="Källans namn, t.ex. ”Polisens trygghetsmätning”.")
    publisher: Name | None = Field(default=None, description="Vem som ger ut källan.")
    notes: Text | None = _notes()
    remarks: Text | None = _remarks()


class Question(Strict):
    text: Name = Field(description="Frågan som i dokumentet.")
    answer: AnswerKey = Field(
        description="Fältet i uppföljningen som besvarar frågan: done, cooperated, effects, planned, production, "
        "rating, indicator_values eller answers.<nyckel>."
    )


#: The follow-up fields that plain-text questions answer, in order (Strängnäs's three questions).
PLAIN_ANSWERS = ("done", "cooperated", "effects")


class FollowUpWindow(Strict):
    id: WindowId = Field(description="Kort id som uppföljningarnas `period` anger, t.ex. `lofte-2024-2025`.")
    start: Date = Field(description="Fönstrets första dag.")
    end: Date = Field(description="Fönstrets sista dag.")
    label: Name | None = Field(default=None, description="Fönstret som i dokumentet, t.ex. ”juni–juni”.")

    @model_validator(mode="after")
    def _ordered(self) -> FollowUpWindow:
        _check_order(self.start, self.end)
        return self


class FollowUpRule(Strict):
    cadence: Cadence | None = Field(
        default=None,
        description="Hur ofta arbetet följs upp: vecka, varannan vecka, månad, tertial, kvartal, halvår, år eller "
        "löpande (vid behov, utan fasta perioder); utelämnas om dokumentet inte anger det.",
    )
    cadence_as_stated: Name | None = Field(default=None, description="Rytmen ordagrant, t.ex. ”4 ggr/år”.")
    forum: Name | None = Field(
        default=None, description="Där uppföljningen sker, t.ex. ”Centrala BRÅ”; utelämnas om det inte anges."
    )
    questions: list[Question | Name] = Field(
        default_factory=list,
        description="Frågorna varje uppföljning ska besvara, så många som dokumentet anger. En fråga som text "
        "svarar (i tur och ordning) mot done, cooperated och effects; skriv annars {text, answer}.",
    )
    windows: list[FollowUpWindow] = Field(
        default_factory=list, description="Uppföljningsperioder som inte är kalenderperioder, t.ex. juni–juni."
    )
    feedback: Text | None = Field(default=None, description="Hur resultatet återkopplas till invånarna.")
    text: Text | None = Field(default=None, description="Uppföljningsavsnittet ordagrant.")

    @property
    def answered(self) -> list[tuple[str, str]]:
        """(question text, the follow-up field that answers it), in the document's order."""
        found = []
        for index, question in enumerate(self.questions):
            if isinstance(question, Question):
                found.append((question.text, question.answer))
            elif index < len(PLAIN_ANSWERS):
                found.append((question, PLAIN_ANSWERS[index]))
        return found

    @model_validator(mode="after")
    def _questions_answerable(self) -> FollowUpRule:
        for index, question in enumerate(self.questions):
            if isinstance(question, str) and index >= len(PLAIN_ANSWERS):
                raise _inconsistent("question_needs_answer", "Skriv frågan som {text, answer}")
        keys = [answer for _text, answer in self.answered]
        if len(keys) != len(set(keys)):
            raise _inconsistent("duplicate_answer", "Två frågor besvaras av samma fält")
        windows = sorted(self.windows, key=lambda w: w.start)
        for before, after in itertools.pairwise(windows):
            if after.start <= before.end:
                raise _inconsistent("windows_overlap", "Två uppföljningsfönster överlappar")
        if len({w.id for w in self.windows}) != len(self.windows):
            raise _inconsistent("windows_overlap", "Två uppföljningsfönster har samma id")
        return self


class Communication(Strict):
    principles: list[Name] = Field(
        default_factory=list, description="Kommunikationens principer, t.ex. ”öppen”, ”saklig”."
    )
    text: Text = Field(description="Kommunikationsstrategin som i dokumentet.")
    applies_to_activities: Text | None = Field(default=None, description="Hur strategin gäller varje aktivitet.")


class Section(Strict):
    heading: Name = Field(description="Rubriken i dokumentet.")
    text: Text = Field(description="Avsnittets text.")


class PeriodSpan(Strict):
    start: Date = Field(description="Periodens första dag.")
    end: Date = Field(description="Periodens sista dag.")
    label: Name | None = Field(default=None, description="Perioden som i källan, t.ex. ”november 2017–april 2018”.")

    @model_validator(mode="after")
    def _ordered(self) -> PeriodSpan:
        _check_order(self.start, self.end)
        return self


def _check_order(first: dt.date | None, last: dt.date | None) -> None:
    """A span of days (a validity, an activity, a follow-up window, a measured period) ends no earlier than it starts;
    a span with an unknown end or start is not checked."""
    if first is not None and last is not None and last < first:
        raise _inconsistent("end_before_start", "Slutdatum ligger före startdatum")


class Scale(Strict):
    min: StrictFloat | None = Field(default=None, description="Skalans lägsta värde.")
    max: StrictFloat | None = Field(default=None, description="Skalans högsta värde.")
    better: Better | None = Field(default=None, description="Vilket håll på skalan som är bättre: lägre eller högre.")
    as_stated: Name | None = Field(default=None, description="Skalan ordagrant, t.ex. ”0–6, lägre är bättre”.")


class Survey(Strict):
    name: Name | None = Field(default=None, description="Enkätens namn.")
    conducted: PartialDate | None = Field(default=None, description="När enkäten genomfördes.")
    responses: StrictInt | None = Field(default=None, ge=0, description="Antal svar.")
    response_rate: StrictFloat | None = Field(default=None, ge=0, le=100, description="Svarsfrekvens i procent.")
    population: Name | None = Field(default=None, description="Vilka som tillfrågades.")
    as_stated: Name | None = Field(default=None, description="Uppgifterna om enkäten ordagrant.")


class Measurement(Strict):
    period: PeriodSpan | None = Field(default=None, description="Vilken period värdet gäller.")
    when: PartialDate | None = Field(
        default=None, description="Året eller månaden värdet gäller, när ingen period anges."
    )
    label: Name | None = Field(default=None, description="Hur källan benämner värdet, t.ex. ”senaste mätningen”.")
    value: StrictFloat = Field(description="Uppmätt värde.")
    approximate: StrictBool = Field(default=False, description="Sant om källan säger ”cirka”, ”drygt” eller liknande.")
    qualifier: Qualifier | None = Field(default=None, description="Hur exakt värdet är, som i källan.")
    as_stated: Name | None = Field(default=None, description="Värdet ordagrant, t.ex. ”cirka 1,8”.")
    scope: Scope | None = Field(default=None, description="Vad just detta värde omfattar, om det skiljer sig.")
    survey: Survey | None = Field(default=None, description="Enkätomgången bakom just detta värde.")
    notes: Text | None = _notes()

    @model_validator(mode="after")
    def _one_time(self) -> Measurement:
        if self.period is not None and self.when is not None:
            raise _inconsistent("period_and_when", "Ange period eller when, inte båda")
        return self


class Change(Strict):
    from_period: PeriodSpan = Field(description="Jämförelseperioden.")
    to_period: PeriodSpan = Field(description="Perioden som jämförs med den.")
    percent: StrictFloat = Field(description="Förändringen i procent; positiv för ökning.")
    approximate: StrictBool = Field(default=False, description="Sant om källan säger ”nästan” eller ”cirka”.")
    as_stated: Name | None = Field(default=None, description="Förändringen ordagrant, t.ex. ”ökat med nästan 40 %”.")


class Target(Strict):
    value: StrictFloat | None = Field(default=None, description="Målvärdet, om det är ett tal.")
    direction: Direction | None = Field(default=None, description="minska, öka eller bibehålla.")
    by: PartialDate | None = Field(default=None, description="När målet ska vara nått (år, månad eller dag).")
    qualifier: Qualifier | None = Field(default=None, description="Hur exakt målvärdet är, som i dokumentet.")
    text: Text | None = Field(default=None, description="Målet i ord, om det inte är ett tal.")


class Indicator(Strict):
    id: Slug = Field(description="Kort id för indikatorn.")
    name: Name = Field(description="Vad som mäts, t.ex. ”Orosanmälningar till socialtjänsten med brott som orsak”.")
    source: Slug | None = Field(
        default=None, description="Id för källan i dokumentets källförteckning; utelämnas om den inte anges."
    )
    unit: Name | None = Field(default=None, description="Enhet, t.ex. ”antal” eller ”procent”.")
    scale: Scale | None = Field(default=None, description="Skalan värdena anges på, t.ex. 0–6 där lägre är bättre.")
    scope: Scope | None = Field(
        default=None, description="Vad siffrorna omfattar, t.ex. hela lokalpolisområdet eller en kommun."
    )
    survey: Survey | None = Field(default=None, description="Enkäten bakom indikatorn, om den gäller alla värden.")
    baseline: Measurement | None = Field(default=None, description="Utgångsläget som effekten mäts mot.")
    target: Target | None = Field(default=None, description="Vad indikatorn ska nå.")
    values: list[Measurement] = Field(default_factory=list, description="Uppmätta värden, period för period.")
    changes: list[Change] = Field(default_factory=list, description="Förändringar som källan anger.")
    notes: Text | None = _notes()
    remarks: Text | None = _remarks()


class Goal(Strict):
    id: Slug = Field(description="Kort id som aktiviteter hänvisar till.")
    name: Name = Field(description="Målet som i handlingsplanen, t.ex. ”Minska ungdomsbrottsligheten”.")
    kind: GoalKind | None = Field(default=None, description="effektmål, processmål eller produktionsmål.")
    direction: Direction | None = Field(default=None, description="Om målet är att minska, öka eller bibehålla.")
    focus_areas: list[Slug] = Field(default_factory=list, description="Inriktningar (id) som målet tjänar.")
    problems: list[Slug] = Field(default_factory=list, description="Problem (id) i lägesbilden som målet svarar mot.")
    causes: list[Slug] = Field(default_factory=list, description="Orsaker (id) som målet riktar sig mot.")
    applies_to: list[Slug] = Field(
        default_factory=list, description="Kommunerna (part-id) som målet gäller; tom lista betyder alla."
    )
    target_year: StrictInt | None = Field(default=None, ge=1990, le=2100, description="Året då målet ska vara nått.")
    situation: Text | None = Field(default=None, description="Lägesbilden under målet i handlingsplanen, ordagrant.")
    indicators: list[Indicator] = Field(default_factory=list, description="Hur målet mäts.")
    subgoals: list[Goal] = Field(default_factory=list, description="Delmål under detta mål.")
    notes: Text | None = _notes()
    remarks: Text | None = _remarks()


class ActionPlan(Strict):
    title: Name = Field(description="Handlingsplanens rubrik som i dokumentet.")
    table_title: Name | None = Field(default=None, description="Rubriken över aktivitetstabellen.")
    columns: list[PlanColumn] = Field(
        default_factory=list,
        description="Kolumnerna i dokumentets åtgärdstabell; tom lista betyder det som är vanligt för dokumentets "
        "sort.",
    )
    overall_goal: Text | None = Field(default=None, description="Ett övergripande mål, om planen har ett.")
    overall_target_year: StrictInt | None = Field(
        default=None, ge=1990, le=2100, description="Målår för det övergripande målet."
    )
    goals_intro: Name | None = Field(default=None, description="Inledningen till målen, t.ex. ”Mål för perioden är:”.")
    goals: list[Goal] = Field(default_factory=list, description="Handlingsplanens mål med lägesbild och indikatorer.")
    notes: Text | None = _notes()


class PartHeading(Strict):
    title: Name = Field(description="Delens rubrik.")
    text: Text | None = Field(default=None, description="Delens inledande text.")


class LocalPart(Strict):
    id: Slug = Field(description="Kort id som aktiviteter hänvisar till med `part`.")
    party: Slug = Field(description="Kommunen (part-id) som delen gäller.")
    title: Name = Field(description="Delens rubrik.")
    focus_areas: list[Slug] = Field(default_factory=list, description="Inriktningar (id) som kommunen arbetar med.")
    situation: Text | None = Field(default=None, description="Kommunens lokala lägesbild, ordagrant.")
    goals: list[Goal] = Field(default_factory=list, description="Kommunens egna mål.")
    notes: Text | None = _notes()


# ------------------------------------------------------------------------------------------ the lägesbild (4 §)


class Finding(Strict):
    id: Slug = Field(description="Kort id som problem hänvisar till.")
    crime: Name = Field(description="Brottstypen, t.ex. ”skadegörelse vid skolor”.")
    extent: Text | None = Field(default=None, description="Omfattning.")
    consequences: Text | None = Field(default=None, description="Konsekvenser.")
    sources: list[Slug] = Field(default_factory=list, description="Källor (id) som fyndet bygger på.")
    indicators: list[Slug] = Field(default_factory=list, description="Indikatorer (id) som mäter fyndet.")


class CrimeMapping(Strict):
    text: Text | None = Field(default=None, description="Kartläggningen i ord.")
    findings: list[Finding] = Field(default_factory=list, description="Brottstyperna som kartläggningen tar upp.")


class LawPart(Strict):
    text: Text = Field(description="Delen som i dokumentet.")
    sources: list[Slug] = Field(default_factory=list, description="Källor (id) som delen bygger på.")


class Cause(Strict):
    id: Slug = Field(description="Kort id som mål och åtgärder hänvisar till.")
    text: Text = Field(description="Orsaken som i dokumentet.")
    sources: list[Slug] = Field(default_factory=list, description="Källor (id) som orsaken bygger på.")


class Problem(Strict):
    id: Slug = Field(description="Kort id som inriktningar, mål och aktiviteter hänvisar till.")
    name: Name = Field(description="Problemet som i dokumentet.")
    description: Text | None = Field(default=None, description="Problemet utförligare.")
    findings: list[Slug] = Field(default_factory=list, description="Fynd (id) i kartläggningen.")
    focus_areas: list[Slug] = Field(default_factory=list, description="Inriktningar (id) som problemet hör till.")
    causes: list[Cause] = Field(default_factory=list, description="Troliga orsaker enligt orsaksanalysen.")


class SituationReport(Strict):
    title: Name | None = Field(default=None, description="Lägesbildens rubrik.")
    date: PartialDate | None = Field(default=None, description="När lägesbilden togs fram.")
    as_stated: Name | None = Field(default=None, description="Uppgiften om när och av vem, ordagrant.")
    prepared_by: Name | None = Field(default=None, description="Vem som tog fram den (organisation, inte namn).")
    period: PeriodSpan | None = Field(default=None, description="Tiden som kartläggningen avser.")
    period_as_stated: Name | None = Field(default=None, description="Tiden som kartläggningen avser, ordagrant.")
    summary: Text | None = Field(
        default=None, description="Lägesbilden i korthet, t.ex. ett medborgarlöftes lokala problembild."
    )
    sources: list[Slug] = Field(default_factory=list, description="Källor (id) som lägesbilden bygger på.")
    crime_mapping: CrimeMapping | None = Field(
        default=None, description="4 § 1: kartläggning av brottsligheten, dess omfattning och konsekvenser."
    )
    other_information: LawPart | None = Field(default=None, description="4 § 2: annan information av betydelse.")
    analysis: LawPart | None = Field(default=None, description="4 § 3: analys av kartläggningen och informationen.")
    problems: list[Problem] = Field(default_factory=list, description="Problemen lägesbilden pekar ut.")
    notes: Text | None = _notes()


# --------------------------------------------------------------------------------------------------- the document

#: Each `not_stated` key and the fields it stands for (a value there conflicts with it).
_NOT_STATED_FIELDS: dict[NotStated, str] = {
    NotStated.VALIDITY: "validity",
    NotStated.SIGNING: "signing",
    NotStated.SIGNATORIES: "signatories",
    NotStated.ADOPTION: "adoptions",
    NotStated.FORUM: "forum",
    NotStated.CADENCE: "cadence",
    NotStated.FOLLOW_UP_QUESTIONS: "questions",
    NotStated.FOCUS_AREAS: "focus_areas",
    NotStated.GOVERNANCE: "governance",
    NotStated.SOURCES: "sources",
    NotStated.SITUATION_REPORT: "situation_report",
    NotStated.COORDINATION_FUNCTION: "coordination_function",
}


class Agreement(Publishable):
    """`data/agreement.yaml`: the document (a samverkansöverenskommelse, a medborgarlöfte, an åtgärdsplan …) and
    its action plan; activities have their own files."""

    id: Slug = Field(description="Kort id för dokumentet, t.ex. `strangnas-2020-2023`.")
    kind: DocumentKind = Field(default=DocumentKind.SAMVERKANSOVERENSKOMMELSE, description=_KIND)
    illustrative: StrictBool = Field(
        default=False, description="Sant när innehållet är ett påhittat exempel och inte ett verkligt dokument."
    )
    internal_fields: list[FieldName] = _internal_fields()
    title: Name = Field(description="Dokumentets titel som i dokumentet.")
    links: DocumentLinks | None = Field(
        default=None,
        description="Kopplingar till andra dokument: det dokumentet hör till, ersätter eller är en del av.",
    )
    legal_basis: Name | None = Field(
        default=None,
        description="Lagrum dokumentet bygger på, t.ex. ”Lag (2023:196) om kommuners ansvar för brottsförebyggande "
        "arbete”.",
    )
    parties: list[Party] = Field(min_length=1, description="Parterna: kommuner, Polisen och andra samverkansparter.")
    validity: Validity | None = Field(
        default=None, description="Perioden dokumentet gäller; utelämnas om dokumentet inte anger den."
    )
    not_stated: list[NotStated] = Field(
        default_factory=list,
        description="Uppgifter som dokumentet inte anger. Lint varnar inte för dem, och dokumentet skriver inte ut "
        "något i deras ställe.",
    )
    signing: Signing | None = Field(
        default=None, description="När och var dokumentet undertecknades; utelämnas om det inte anges."
    )
    signatories: list[Signatory] = Field(default_factory=list, description="De som skrev under, med titel.")
    adoptions: list[Adoption] = Field(
        default_factory=list,
        description="Beslut om dokumentet, ett per kommun och beslutande organ, med det organ som beredde ärendet.",
    )
    commitment: Text | None = Field(default=None, description="Vad parterna åtar sig, ordagrant.")
    background: list[Text] = Field(default_factory=list, description="Bakgrunden, ett stycke per punkt.")
    sections: list[Section] = Field(
        default_factory=list, description="Övriga avsnitt ordagrant, t.ex. om gemensamt ansvar och arbetets cykel."
    )
    shared_part: PartHeading | None = Field(
        default=None, description="Den gemensamma delen när dokumentet har en gemensam del och lokala delar."
    )
    focus_areas: list[FocusArea] = Field(default_factory=list, description="De valda inriktningarna.")
    line_organisation: Text | None = Field(
        default=None, description="Samverkan som fortsätter i den vanliga linjeverksamheten, utanför överenskommelsen."
    )
    citizen_promise: Text | None = Field(default=None, description="Vad dokumentet säger om medborgarlöftet.")
    governance: Governance | None = Field(
        default=None, description="Hur samverkan leds: forum, företrädare och koordinatorer."
    )
    coordination_function: CoordinationFunction | None = Field(
        default=None, description="Vem som har kommunens samordningsfunktion enligt lag (2023:196)."
    )
    situation_report: SituationReport | None = Field(
        default=None,
        description="Lägesbilden som dokumentet bygger på (för en åtgärdsplan: enligt 4 § lag 2023:196).",
    )
    sources: list[Source] = Field(default_factory=list, description="Källorna som lägesbilden bygger på.")
    sources_intro: Text | None = Field(default=None, description="Texten som inleder källförteckningen.")
    work_cycle: list[Name] = Field(default_factory=list, description="Arbetets steg, t.ex. analysera, planera …")
    indicators: list[Indicator] = Field(
        default_factory=list,
        description="Indikatorer för hela dokumentet, som inte hör till en viss inriktning eller ett visst mål.",
    )
    follow_up: FollowUpRule | None = Field(default=None, description="Hur och hur ofta arbetet följs upp.")
    communication: Communication | None = Field(default=None, description="Kommunikationsstrategin.")
    action_plan: ActionPlan | None = Field(default=None, description="Handlingsplanen: mål, lägesbild och indikatorer.")
    local_parts: list[LocalPart] = Field(
        default_factory=list, description="De lokala delarna, en per kommun, med egna mål."
    )
    notes: Text | None = _notes()

    # ------------------------------------------------------------------ what code reads instead of the raw fields

    @property
    def all_adoptions(self) -> list[Adoption]:
        return list(self.adoptions) or (list(self.signing.adoptions) if self.signing else [])

    @property
    def cadence(self) -> Cadence | None:
        return self.follow_up.cadence if self.follow_up else None

    @property
    def forum(self) -> str | None:
        """Where the work is followed up: `follow_up.forum`, else `governance.forum`, else unknown."""
        if self.follow_up is not None and self.follow_up.forum:
            return self.follow_up.forum
        return self.governance.forum if self.governance is not None else None

    @property
    def questions(self) -> list[tuple[str, str]]:
        return self.follow_up.answered if self.follow_up else []

    @property
    def first_day(self) -> dt.date | None:
        return self.validity.first_day if self.validity else None

    @property
    def last_day(self) -> dt.date | None:
        return self.validity.last_day if self.validity else None

    @property
    def goals(self) -> list[Goal]:
        """The action plan's goals (not the local parts')."""
        return list(self.action_plan.goals) if self.action_plan else []

    def states(self, key: NotStated) -> bool:
        """Whether the document gives a value for what `key` stands for."""
        if key is NotStated.FORUM:
            return self.forum is not None
        if key is NotStated.CADENCE:
            return self.cadence is not None
        if key is NotStated.FOLLOW_UP_QUESTIONS:
            return bool(self.follow_up and self.follow_up.questions)
        if key is NotStated.ADOPTION:
            return bool(self.all_adoptions)
        return bool(getattr(self, _NOT_STATED_FIELDS[key]))

    @model_validator(mode="after")
    def _consistent(self) -> Agreement:
        if any(self.states(key) for key in self.not_stated):
            raise _inconsistent(
                "not_stated_conflict", "Uppgiften är både angiven och markerad som inte angiven i dokumentet"
            )
        if self.adoptions and self.signing is not None and self.signing.adoptions:
            raise _inconsistent("adoptions_twice", "Skriv besluten antingen i adoptions eller i signing.adoptions")
        return self


# ----------------------------------------------------------------------------------------------------- activities


class Responsibility(Strict):
    party: Slug = Field(description="Part-id för den part som ansvarar.")
    units: list[Name] = Field(
        default_factory=list, description="Enheter eller funktioner hos parten, t.ex. ”Socialtjänsten”, ”Fritid”."
    )
    roles: list[Role] = Field(default_factory=list, description="Partens roll: samordnar, initierar, deltar …")
    scope: Name | None = Field(default=None, description="Begränsning av rollen, t.ex. ”i undervisningsdelar”.")
    contact_role: Name | None = Field(
        default=None, description="Kontaktperson efter roll (Brås kolumn Vem), inte namn."
    )
    uncertain: StrictBool = Field(
        default=False, description="Sant när dokumentet lämnar rollen oklar; rättas inte i tysthet."
    )
    as_signed: Name | None = Field(default=None, description="Cellen i handlingsplanens tabell, ordagrant.")


class CommunicationDuty(Strict):
    parties: list[Slug] = Field(min_length=1, description="Part-id för dem som kommunicerar om aktiviteten.")
    units: list[Name] = Field(
        default_factory=list, description="Funktioner som kommunicerar, t.ex. ”Trygghetssamordnare”."
    )
    as_signed: Name | None = Field(default=None, description="Cellen i tabellens kommunikationskolumn, ordagrant.")


class ProductionTarget(Strict):
    id: Slug | None = Field(default=None, description="Kort id så att en uppföljning kan redovisa resultat mot målet.")
    text: Name = Field(description="Målet ordagrant, t.ex. ”minst tre tillfällen per år”.")
    count: StrictInt | None = Field(default=None, ge=0, description="Antal, om målet anger ett.")
    qualifier: Qualifier | None = Field(
        default=None, description="Hur exakt antalet är: exakt, minst, högst, cirka, drygt eller knappt."
    )
    unit: Name | None = Field(default=None, description="Vad som räknas, t.ex. ”trygghetsvandringar”.")
    per: Cadence | None = Field(default=None, description="Per vilken period antalet gäller.")
    as_stated: Name | None = Field(default=None, description="Antalet ordagrant, t.ex. ”drygt femtio kvällar”.")


class Activity(FromStartToEnd, Publishable):
    """`data/activities/<id>.yaml`: one row of the action plan's table, one löfte or one åtgärd, with who does what."""

    id: Slug = Field(description="Aktivitetens id; filen ska heta `<id>.yaml`.")
    kind: ActivityKind = Field(
        default=ActivityKind.AKTIVITET,
        description="aktivitet i en handlingsplan, löfte i ett medborgarlöfte eller åtgärd i en åtgärdsplan.",
    )
    illustrative: StrictBool = Field(
        default=False, description="Sant när innehållet är ett påhittat exempel och inte ett verkligt dokument."
    )
    internal: StrictBool = _internal_file()
    internal_fields: list[FieldName] = _internal_fields()
    name: Name | None = Field(
        default=None, description="Kort namn som i tabellen, t.ex. ”SIG”; för ett löfte räcker `text`."
    )
    full_name: Name | None = Field(default=None, description="Utskrivet namn, t.ex. ”Sociala insatsgrupper”.")
    text: Text | None = Field(
        default=None,
        description="Löftet eller åtgärden ordagrant, t.ex. ”Polisen genomför minst 10 trygghetsvandringar per år …”.",
    )
    description: Text | None = Field(default=None, description="Vad aktiviteten går ut på.")
    by: list[Slug] = Field(
        default_factory=list,
        description="Vem som lovar eller utför: part-id, eller `vi` när parterna lovar gemensamt.",
    )
    involves: list[Slug] = Field(
        default_factory=list,
        description="Andra parter (id) som deltar utan att lova något, t.ex. boende i en trygghetsvandring.",
    )
    part: Slug | None = Field(
        default=None, description="Den lokala del (id) aktiviteten hör till; utelämnas när den är gemensam."
    )
    applies_to: list[Slug] = Field(
        default_factory=list, description="Kommunerna (part-id) som aktiviteten gäller; tom lista betyder alla."
    )
    problems: list[Slug] = Field(default_factory=list, description="Problem (id) som aktiviteten svarar mot.")
    causes: list[Slug] = Field(default_factory=list, description="Orsaker (id) som aktiviteten riktar sig mot.")
    goals: list[Slug] = Field(default_factory=list, description="Mål (id) i handlingsplanen som aktiviteten tjänar.")
    focus_areas: list[Slug] = Field(default_factory=list, description="Inriktningar (id) som aktiviteten tjänar.")
    indicators: list[Slug] = Field(default_factory=list, description="Indikatorer (id) som aktiviteten följs med.")
    responsibilities: list[Responsibility] = Field(
        default_factory=list, description="Vem som gör vad: en post per part, som tabellens kolumner Kommun och Polis."
    )
    communication: CommunicationDuty | None = Field(default=None, description="Vem som kommunicerar om aktiviteten.")
    trigger: Name | None = Field(default=None, description="Tillfället som utlöser löftet, t.ex. ”vid föräldramöten”.")
    condition: Name | None = Field(default=None, description="Villkoret för löftet, t.ex. ”om det kommer önskemål”.")
    timing: Timing | None = Field(default=None, description="engång (med slutdatum), återkommande eller vid behov.")
    start: PartialDate | None = Field(default=None, description="När aktiviteten börjar; annars när dokumentet börjar.")
    end: PartialDate | None = Field(default=None, description="När aktiviteten slutar; annars när dokumentet slutar.")
    due: PartialDate | None = Field(default=None, description="När en leverans som görs en gång ska vara klar.")
    due_as_stated: Name | None = Field(
        default=None, description="Slutdatumet ordagrant, t.ex. ”senast den 30 juni 2024”."
    )
    extension: Name | None = Field(default=None, description="Villkor för förlängning av just detta löfte, ordagrant.")
    status: ActivityStatus = Field(
        default=ActivityStatus.PAGAENDE, description="planerad, pågående, pausad eller avslutad."
    )
    production_targets: list[ProductionTarget] = Field(default_factory=list, description="Produktionsmål.")
    order: StrictInt | None = Field(default=None, ge=1, description="Radens plats i handlingsplanens tabell.")
    notes: Text | None = _notes()
    remarks: Text | None = _remarks()

    @property
    def label(self) -> str:
        """The name, else the promise's own words: what a list or a heading calls the activity."""
        return self.name or self.text or self.id

    @model_validator(mode="after")
    def _ordered(self) -> Activity:
        if self.name is None and self.text is None:
            raise _inconsistent("name_or_text", "Ange name eller text")
        _check_order(self.first_day, self.last_day)
        if self.due is not None and self.timing not in (None, Timing.ENGANG):
            raise _inconsistent("due_needs_once", "due hör till en leverans som görs en gång (timing: engång)")
        return self


# ------------------------------------------------------------------------------------------ follow-ups and meetings


class ProductionResult(Strict):
    target: Slug | None = Field(
        default=None, description="Produktionsmålet (id) i aktiviteten som resultatet redovisas mot."
    )
    state: ResultState = Field(
        default=ResultState.GENOMFORT,
        description="Om posten anger vad som var planerat eller vad som genomfördes.",
    )
    text: Name = Field(description="Vad som producerades, t.ex. ”fyra lektioner i åk 8”.")
    count: StrictInt | None = Field(default=None, ge=0, description="Antal tillfällen eller deltagare.")
    qualifier: Qualifier | None = Field(default=None, description="Hur exakt antalet är, som i rapporten.")
    as_stated: Name | None = Field(default=None, description="Resultatet ordagrant.")


class IndicatorValue(Strict):
    indicator: Slug = Field(description="Id för indikatorn i handlingsplanen.")
    value: StrictFloat = Field(description="Uppmätt värde.")
    period: PeriodSpan | None = Field(default=None, description="Perioden värdet gäller, om inte uppföljningens.")
    when: PartialDate | None = Field(default=None, description="Året eller månaden värdet gäller.")
    approximate: StrictBool = Field(default=False, description="Sant om värdet är ungefärligt.")
    as_stated: Name | None = Field(default=None, description="Värdet ordagrant.")

    @model_validator(mode="after")
    def _one_time(self) -> IndicatorValue:
        if self.period is not None and self.when is not None:
            raise _inconsistent("period_and_when", "Ange period eller when, inte båda")
        return self


class FollowUp(Publishable):
    """`data/followups/<period>/<activity>.yaml`: one activity's answer to the document's follow-up questions."""

    activity: Slug = Field(description="Aktivitetens id; filen ska heta `<aktivitet>.yaml`.")
    period: PeriodCode = Field(
        description="Perioden som följs upp, t.ex. `2021Q3`, `2024`, `2024W11` eller ett uppföljningsfönster; "
        "mappen ska ha samma namn."
    )
    illustrative: StrictBool = Field(
        default=False, description="Sant när innehållet är ett påhittat exempel och inte en verklig uppföljning."
    )
    internal: StrictBool = _internal_file()
    internal_fields: list[FieldName] = _internal_fields()
    planned: str | None = Field(
        default=None,
        max_length=20_000,
        description="Vad som var planerat under perioden; hålls isär från det som genomförts.",
    )
    done: str | None = Field(default=None, max_length=20_000, description="Vad har genomförts under perioden?")
    cooperated: str | None = Field(default=None, max_length=20_000, description="Vem har samverkat kring aktiviteten?")
    effects: str | None = Field(
        default=None,
        max_length=20_000,
        description="Vilka effekter har aktiviteten haft? ”Inga kända effekter ännu” är ett svar.",
    )
    answers: dict[Slug, Answer | None] = Field(
        default_factory=dict,
        # Spelled out because older pydantic (2.7) leaves the key constraint out of the JSON Schema.
        json_schema_extra={"propertyNames": {"maxLength": 80}},
        description="Svar på dokumentets egna frågor som inte är done, cooperated eller effects "
        "(nyckeln som i frågans `answer: answers.<nyckel>`); tomt tills frågan är besvarad.",
    )
    rating: Rating | None = Field(default=None, description="Hur åtagandena uppfylldes: grön, gul eller röd.")
    done_on: Date | None = Field(default=None, description="Datum då det som rapporteras genomfördes, om ett enda.")
    production: list[ProductionResult] = Field(default_factory=list, description="Vad som producerades.")
    indicator_values: list[IndicatorValue] = Field(default_factory=list, description="Nya värden för indikatorer.")
    reported_by: Name | None = Field(
        default=None, description="Roll och organisation för den som rapporterar (inte namn)."
    )
    notes: Text | None = _notes()


class ItemRef(Strict):
    meeting: PeriodCode | None = Field(
        default=None, description="Mötet (filens namn, t.ex. `2024-02-13`) om det är ett annat möte."
    )
    item: StrictInt = Field(ge=1, description="Paragrafnumret.")


class Decision(Strict):
    text: Text = Field(description="Beslutet.")
    item: StrictInt | None = Field(
        default=None,
        ge=1,
        description="Paragrafen (§) beslutet hör till: punktens nummer när punkterna är numrerade, annars dess "
        "plats i listan.",
    )
    cites: list[ItemRef] = Field(default_factory=list, description="Paragrafer beslutet hänvisar till.")


class ActionPoint(Strict):
    id: Slug = Field(description="Kort id så att punkten kan följas från möte till möte.")
    what: Text = Field(description="Vad som ska göras.")
    owner_party: Slug | None = Field(default=None, description="Part-id för den som äger punkten.")
    owner_organisation: Name | None = Field(
        default=None, description="Organisationen som äger punkten när den inte är part, t.ex. ett bostadsbolag."
    )
    owner_role: Name | None = Field(default=None, description="Roll hos parten, t.ex. ”Kommunpolis”.")
    deadline: Date = Field(description="Senast när.")
    moved_from: list[Date] = Field(
        default_factory=list,
        description="Tidigare sista datum som punkten har flyttats från, det äldsta först (”flyttad från 31 maj "
        "2020”). `samverkan new followup` för historiken vidare; lägg till det gamla datumet när du flyttar punkten.",
    )
    status: ActionStatus = Field(default=ActionStatus.OPPEN, description="öppen, pågår, klar eller struken.")
    done_on: Date | None = Field(default=None, description="När punkten blev klar.")
    reason: Text | None = Field(
        default=None, description="Varför punkten ströks eller flyttades, med egna ord; visas i minnesanteckningarna."
    )
    notes: Text | None = _notes()

    @model_validator(mode="after")
    def _done_has_date(self) -> ActionPoint:
        if self.owner_party is None and self.owner_organisation is None:
            raise _inconsistent("owner_missing", "Ange owner_party eller owner_organisation")
        if self.done_on is not None and self.status is not ActionStatus.KLAR:
            raise _inconsistent("done_not_klar", "done_on får bara anges när status är klar")
        return self


class AgendaItem(Strict):
    number: StrictInt | None = Field(
        default=None, ge=1, description="Paragrafnumret (§) som i protokollet; behålls som det är."
    )
    heading: Name = Field(description="Punktens rubrik.")
    text: Text | None = Field(default=None, description="Vad som sades under punkten.")


class NextMeeting(Strict):
    date: Date = Field(description="Datum för nästa möte.")
    time: Clock | None = Field(default=None, description="Klockslag, TT:MM.")
    place: Name | None = Field(default=None, description="Plats.")


class Meeting(Publishable):
    """`data/meetings/<period>.yaml`: the BRÅ meeting that follows up one period, or a council's meeting of a day."""

    period: PeriodCode = Field(
        description="Perioden mötet följer upp, t.ex. `2020Q1`, eller mötesdagen (`2024-02-13`) när rådet träffas "
        "löpande; filen ska heta `<period>.yaml`."
    )
    forum: Name | None = Field(default=None, description="Forumet, t.ex. ”Centrala BRÅ”; utelämnas om det inte anges.")
    illustrative: StrictBool = Field(
        default=False, description="Sant när innehållet är ett påhittat exempel och inte verkliga anteckningar."
    )
    internal: StrictBool = _internal_file()
    internal_fields: list[FieldName] = _internal_fields()
    kind: RecordKind | None = Field(default=None, description="protokoll eller minnesanteckningar; styr rubriken.")
    title: Name | None = Field(
        default=None,
        description="Mötets rubrik när det inte har ett forum, t.ex. ”Uppföljning av medborgarlöftet 2024”.",
    )
    sequence: Name | None = Field(
        default=None, description="Mötets nummer som i protokollet, t.ex. ”Sammanträde 2/2024”."
    )
    status: MeetingStatus = Field(default=MeetingStatus.PLANERAT, description="planerat, genomfört eller inställt.")
    date: Date = Field(description="Mötesdatum.")
    start_time: Clock | None = Field(default=None, description="Starttid, TT:MM.")
    end_time: Clock | None = Field(default=None, description="Sluttid, TT:MM.")
    place: Name | None = Field(default=None, description="Plats.")
    chair: Participant | None = Field(default=None, description="Ordförande.")
    secretary: Participant | None = Field(default=None, description="Sekreterare.")
    adjuster: Participant | None = Field(default=None, description="Justerare.")
    present: list[Participant] = Field(default_factory=list, description="Närvarande, efter roll och organisation.")
    absent: list[Participant] = Field(default_factory=list, description="Frånvarande, efter roll och organisation.")
    first_item: StrictInt | None = Field(
        default=None,
        ge=1,
        description="Numret på mötets första paragraf (§) när numreringen fortsätter genom året, t.ex. 14. "
        "Utelämnas annars: då börjar den på 1.",
    )
    adjusted_on: Date | None = Field(default=None, description="Dagen då anteckningarna justerades.")
    agenda_decision: Text | None = Field(
        default=None,
        description="Vad mötet beslutade om dagordningen, ordagrant, när det var något annat än att den godkändes, "
        "t.ex. ”Dagordningen godkändes med en extra punkt om sommarlovet.”",
    )
    items: list[AgendaItem] = Field(default_factory=list, description="Övriga punkter på dagordningen.")
    decisions: list[Decision] = Field(default_factory=list, description="Beslut.")
    action_points: list[ActionPoint] = Field(default_factory=list, description="Åtgärdspunkter med ägare och deadline.")
    next_meeting: NextMeeting | None = Field(default=None, description="Nästa möte.")
    notes: Text | None = _notes()

    @model_validator(mode="after")
    def _times_ordered(self) -> Meeting:
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise _inconsistent("end_before_start", "Sluttiden ligger före starttiden")
        return self


# ------------------------------------------------------------------------------------ a council without a document


class Council(Publishable):
    """`data/bra.yaml`: ett råd som för protokoll utan någon överenskommelse i repot."""

    id: Slug = Field(description="Kort id för rådet, t.ex. `exempeldal-bra`.")
    illustrative: StrictBool = Field(
        default=False, description="Sant när innehållet är ett påhittat exempel och inte ett verkligt råd."
    )
    internal_fields: list[FieldName] = _internal_fields()
    name: Name = Field(description="Rådets namn.")
    kind: CouncilKind | None = Field(
        default=None, description="Vilket slags råd: lokalt brå, centralt brå, trygghetsråd eller annat."
    )
    other_names: list[Name] = Field(default_factory=list, description="Andra namn som används för rådet.")
    established: PartialDate | None = Field(default=None, description="När rådet bildades.")
    established_as_stated: Name | None = Field(default=None, description="När och hur rådet bildades, ordagrant.")
    parties: list[Party] = Field(
        min_length=1, description="Organisationerna i rådet; mötesfilerna hänvisar till deras id."
    )
    members: list[Member] = Field(
        default_factory=list, description="Rådets ledamöter efter roll och organisation (inte namn)."
    )
    meetings: MeetingRule | None = Field(
        default=None, description="Hur ofta rådet sammanträder och hur det dokumenterar."
    )
    agreement_status: Text | None = Field(
        default=None, description="Vad som gäller för en överenskommelse, t.ex. att ett förslag tas fram."
    )
    notes: Text | None = _notes()

    @property
    def cadence(self) -> Cadence | None:
        return self.meetings.cadence if self.meetings else None


FocusArea.model_rebuild()

MODELS: dict[str, type[Strict]] = {
    "agreement": Agreement,
    "activity": Activity,
    "followup": FollowUp,
    "meeting": Meeting,
    "council": Council,
}
