"""The schemas of samverkan's data files: the agreement, an activity, a follow-up and a BRÅ meeting.

Strict on purpose: an unknown key is an error (a misspelt key would otherwise vanish silently), ids are slugs
(they become file names), dates are real calendar dates, and every vocabulary is an enum with Swedish values.
Every field has a Swedish description because the exported JSON Schema is what an editor shows while a
coordinator types. Free text (`notes`, `text`) exists wherever a real agreement says something the structure does
not capture, so nothing in a signed document ever has to be dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from samverkan.periods import LAST_YEAR, Period, PeriodError
from samverkan.periods import PERIOD_PATTERN as PERIOD_PATTERN  # re-exported: the schemas' name for it
from samverkan.periods import Cadence as Cadence  # re-exported: a vocabulary of the agreement like the others

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_CLOCK = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]\Z")


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


def _period_code(value: Any) -> Any:
    """A `period:` field, read by the one period parser (`Period.of_file`): `2021Q3`, `2021T2`, `2021H1`,
    `2021M09`, or a year, also as a number (`period: 2018`). The canonical text is kept. A failure is reported as
    a mismatch with `PERIOD_PATTERN`, the canonical spelling the JSON Schema shows (`schema-invalid-period`)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return value  # not text: pydantic's own type error (`schema-wrong-type`)
    try:
        return str(Period.of_file(value))
    except PeriodError:
        raise PydanticCustomError(
            "string_pattern_mismatch", "String should match pattern '{pattern}'", {"pattern": PERIOD_PATTERN}
        ) from None


def _clock(value: Any) -> Any:
    if not isinstance(value, str) or not _CLOCK.match(value):
        raise PydanticCustomError("time_format", "Klockslag ska skrivas TT:MM")
    return value


Slug = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=80)]
#: A follow-up period as a data file writes it; the value is its canonical text (`2021Q3`, `2018`).
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
Date = Annotated[dt.date, BeforeValidator(_iso_date), Field(json_schema_extra={"format": "date"})]
Clock = Annotated[str, BeforeValidator(_clock), Field(pattern=r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")]
Text = Annotated[str, Field(min_length=1, max_length=20_000)]
Name = Annotated[str, Field(min_length=1, max_length=300)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False, use_enum_values=False)


def _notes() -> Any:
    return Field(
        default=None,
        description="Fri text: allt som dokumentet säger och som inte ryms i fälten ovan. Inget ska behöva strykas.",
    )


# ---------------------------------------------------------------------------------------------------- vocabularies


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
    ANNAN = "annan"


class PartyStanding(StrEnum):
    """How a party stands in the agreement."""

    AVTALSPART = "avtalspart"  # signs the agreement
    SAMVERKANSPART = "samverkanspart"  # a full partner that does not sign, e.g. Kriminalvården in some agreements
    MEDVERKANDE = "medverkande"  # responsible for single activities only, e.g. a housing company


class FocusKind(StrEnum):
    BROTTSFOREBYGGANDE = "brottsförebyggande"
    TRYGGHETSSKAPANDE = "trygghetsskapande"


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


# -------------------------------------------------------------------------------------------------- the agreement


class Bra(Strict):
    name: Name = Field(description="Rådets namn, t.ex. ”Centrala BRÅ Strängnäs”.")
    notes: Text | None = _notes()


class Party(Strict):
    id: Slug = Field(description="Kort id som andra filer hänvisar till, t.ex. `strangnas-kommun` eller `polisen`.")
    name: Name = Field(description="Partens namn som i dokumentet, t.ex. ”Strängnäs kommun”.")
    kind: PartyKind = Field(description="Vilken sorts organisation parten är.")
    standing: PartyStanding = Field(
        default=PartyStanding.AVTALSPART,
        description="avtalspart (skriver under), samverkanspart (fullvärdig partner) eller medverkande "
        "(ansvarar bara för enstaka aktiviteter).",
    )
    unit: Name | None = Field(default=None, description="Enhet eller område, t.ex. ”Lokalpolisområde Strängnäs”.")
    serves: list[Slug] = Field(
        default_factory=list,
        description="De kommuner (part-id) som parten verkar i, när en part, t.ex. ett lokalpolisområde, "
        "tjänar flera kommuner i samma överenskommelse.",
    )
    bra: Bra | None = Field(default=None, description="Kommunens eget brottsförebyggande råd, om parten har ett.")
    notes: Text | None = _notes()


class Validity(Strict):
    start: Date = Field(description="Första dagen överenskommelsen gäller.")
    end: Date | None = Field(default=None, description="Sista dagen den gäller; utelämnas om den gäller tills vidare.")
    until_further_notice: StrictBool = Field(default=False, description="Sant om överenskommelsen gäller tills vidare.")
    review_interval_months: StrictInt | None = Field(
        default=None, ge=1, le=120, description="Hur ofta (i månader) en tills vidare-överenskommelse ska omprövas."
    )
    as_stated: Name | None = Field(
        default=None, description="Perioden ordagrant som i dokumentet, t.ex. ”2019-12-20 - 2023-06-01”."
    )

    @model_validator(mode="after")
    def _end_after_start(self) -> Validity:
        if self.end is not None and self.end < self.start:
            raise PydanticCustomError("end_before_start", "Slutdatum ligger före startdatum")
        if self.end is None and not self.until_further_notice:
            raise PydanticCustomError("open_ended", "Ange slutdatum eller until_further_notice: true")
        if self.end is not None and self.until_further_notice:
            raise PydanticCustomError("open_ended", "Ange antingen slutdatum eller until_further_notice: true")
        return self


class Adoption(Strict):
    body: Name = Field(description="Det politiska organ som antog överenskommelsen, t.ex. ”Kommunstyrelsen”.")
    date: Date = Field(description="Datum för beslutet.")
    reference: Name | None = Field(default=None, description="Paragraf eller diarienummer för beslutet.")


class Signing(Strict):
    date: Date = Field(description="Datum då överenskommelsen undertecknades.")
    place: Name | None = Field(default=None, description="Ort där den undertecknades.")
    as_stated: Name | None = Field(
        default=None, description="Ort och datum ordagrant, t.ex. ”Strängnäs kommun 20 december 2019”."
    )
    adoptions: list[Adoption] = Field(default_factory=list, description="Politiska beslut som antog överenskommelsen.")


class Signatory(Strict):
    party: Slug = Field(description="Part-id för den part som personen skriver under för.")
    name: Name = Field(description="Namnet på den tjänsteperson som skriver under.")
    title: Name = Field(description="Tjänstetitel, t.ex. ”Kommundirektör Strängnäs kommun”.")


class FocusArea(Strict):
    id: Slug = Field(description="Kort id som mål och aktiviteter hänvisar till.")
    name: Name = Field(description="Inriktningen som i dokumentet, t.ex. ”Minska ungdomsbrottsligheten”.")
    kind: FocusKind = Field(description="brottsförebyggande eller trygghetsskapande.")
    causes: list[Text] = Field(default_factory=list, description="Troliga orsaker enligt orsaksanalysen, om de anges.")
    notes: Text | None = _notes()


class Coordinator(Strict):
    role: Name = Field(description="Rollen, t.ex. ”Samordnare för BRÅ” eller ”Kommunpolis”.")
    party: Slug = Field(description="Part-id för den organisation rollen hör till.")


class Representation(Strict):
    party: Slug = Field(description="Part-id.")
    roles: list[Name] = Field(min_length=1, description="Vilka roller som företräder parten i rådet.")
    task: Text | None = Field(default=None, description="Vad företrädaren har i uppdrag, som i dokumentet.")


class Governance(Strict):
    heading: Name | None = Field(default=None, description="Avsnittets rubrik som i dokumentet.")
    forum: Name = Field(description="Forumet där arbetet leds och följs upp, t.ex. ”Centrala BRÅ”.")
    text: Text | None = Field(default=None, description="Vad dokumentet säger om hur samverkan leds.")
    representation: list[Representation] = Field(default_factory=list, description="Vem som företräder varje part.")
    coordinators: list[Coordinator] = Field(default_factory=list, description="Koordinatorerna för arbetet.")
    coordinators_task: Text | None = Field(default=None, description="Koordinatorernas uppdrag.")
    continuous_contact: Text | None = Field(default=None, description="Vem som har fortlöpande kontakt under löptiden.")
    changed_situation: Text | None = Field(
        default=None, description="Vad som händer vid förändrad lägesbild eller akut läge (t.ex. orsaksanalys)."
    )
    notes: Text | None = _notes()


class Source(Strict):
    id: Slug = Field(description="Kort id som indikatorer hänvisar till.")
    name: Name = Field(description="Källans namn, t.ex. ”Polisens trygghetsmätning”.")
    publisher: Name | None = Field(default=None, description="Vem som ger ut källan.")
    notes: Text | None = _notes()


class FollowUpRule(Strict):
    cadence: Cadence = Field(description="Hur ofta arbetet följs upp: månad, tertial, kvartal, halvår eller år.")
    forum: Name = Field(description="Där uppföljningen sker, t.ex. ”Centrala BRÅ”.")
    questions: list[Name] = Field(
        min_length=1, description="Frågorna varje uppföljning ska besvara, t.ex. vad som genomförts."
    )
    text: Text | None = Field(default=None, description="Uppföljningsavsnittet ordagrant.")


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
        if self.end < self.start:
            raise PydanticCustomError("end_before_start", "Slutdatum ligger före startdatum")
        return self


class Measurement(Strict):
    period: PeriodSpan = Field(description="Vilken period värdet gäller.")
    value: StrictFloat = Field(description="Uppmätt värde.")
    notes: Text | None = _notes()


class Change(Strict):
    from_period: PeriodSpan = Field(description="Jämförelseperioden.")
    to_period: PeriodSpan = Field(description="Perioden som jämförs med den.")
    percent: StrictFloat = Field(description="Förändringen i procent; positiv för ökning.")
    approximate: StrictBool = Field(default=False, description="Sant om källan säger ”nästan” eller ”cirka”.")
    as_stated: Name | None = Field(default=None, description="Förändringen ordagrant, t.ex. ”ökat med nästan 40 %”.")


class Target(Strict):
    value: StrictFloat | None = Field(default=None, description="Målvärdet, om det är ett tal.")
    direction: Direction | None = Field(default=None, description="minska, öka eller bibehålla.")
    by: Date | None = Field(default=None, description="När målet ska vara nått.")
    text: Text | None = Field(default=None, description="Målet i ord, om det inte är ett tal.")


class Indicator(Strict):
    id: Slug = Field(description="Kort id för indikatorn.")
    name: Name = Field(description="Vad som mäts, t.ex. ”Orosanmälningar till socialtjänsten med brott som orsak”.")
    source: Slug = Field(description="Id för källan i överenskommelsens källförteckning.")
    unit: Name | None = Field(default=None, description="Enhet, t.ex. ”antal” eller ”procent”.")
    baseline: Measurement | None = Field(default=None, description="Utgångsläget som effekten mäts mot.")
    target: Target | None = Field(default=None, description="Vad indikatorn ska nå.")
    values: list[Measurement] = Field(default_factory=list, description="Uppmätta värden, period för period.")
    changes: list[Change] = Field(default_factory=list, description="Förändringar som källan anger.")
    notes: Text | None = _notes()


class Goal(Strict):
    id: Slug = Field(description="Kort id som aktiviteter hänvisar till.")
    name: Name = Field(description="Målet som i handlingsplanen, t.ex. ”Minska ungdomsbrottsligheten”.")
    kind: GoalKind | None = Field(default=None, description="effektmål, processmål eller produktionsmål.")
    direction: Direction | None = Field(default=None, description="Om målet är att minska, öka eller bibehålla.")
    focus_areas: list[Slug] = Field(default_factory=list, description="Inriktningar (id) som målet tjänar.")
    target_year: StrictInt | None = Field(default=None, ge=1990, le=2100, description="Året då målet ska vara nått.")
    situation: Text | None = Field(default=None, description="Lägesbilden under målet i handlingsplanen, ordagrant.")
    indicators: list[Indicator] = Field(default_factory=list, description="Hur målet mäts.")
    subgoals: list[Goal] = Field(default_factory=list, description="Delmål under detta mål.")
    notes: Text | None = _notes()


class ActionPlan(Strict):
    title: Name = Field(description="Handlingsplanens rubrik som i dokumentet.")
    table_title: Name | None = Field(default=None, description="Rubriken över aktivitetstabellen.")
    overall_goal: Text | None = Field(default=None, description="Ett övergripande mål, om planen har ett.")
    overall_target_year: StrictInt | None = Field(
        default=None, ge=1990, le=2100, description="Målår för det övergripande målet."
    )
    goals_intro: Name | None = Field(default=None, description="Inledningen till målen, t.ex. ”Mål för perioden är:”.")
    goals: list[Goal] = Field(default_factory=list, description="Handlingsplanens mål med lägesbild och indikatorer.")
    notes: Text | None = _notes()


class Agreement(Strict):
    """`data/agreement.yaml`: the signed samverkansöverenskommelse and its action plan (activities have own files)."""

    id: Slug = Field(description="Kort id för överenskommelsen, t.ex. `strangnas-2020-2023`.")
    title: Name = Field(description="Överenskommelsens titel som i dokumentet.")
    parties: list[Party] = Field(min_length=2, description="Parterna: kommuner, Polisen och andra samverkansparter.")
    validity: Validity = Field(description="Perioden överenskommelsen gäller.")
    signing: Signing = Field(description="När och var den undertecknades, och politiska beslut.")
    signatories: list[Signatory] = Field(default_factory=list, description="De som skrev under, med titel.")
    commitment: Text | None = Field(default=None, description="Vad parterna åtar sig, ordagrant.")
    background: list[Text] = Field(default_factory=list, description="Bakgrunden, ett stycke per punkt.")
    sections: list[Section] = Field(
        default_factory=list, description="Övriga avsnitt ordagrant, t.ex. om gemensamt ansvar och arbetets cykel."
    )
    focus_areas: list[FocusArea] = Field(min_length=1, description="De valda inriktningarna.")
    line_organisation: Text | None = Field(
        default=None, description="Samverkan som fortsätter i den vanliga linjeverksamheten, utanför överenskommelsen."
    )
    citizen_promise: Text | None = Field(default=None, description="Vad dokumentet säger om medborgarlöftet.")
    governance: Governance = Field(description="Hur samverkan leds: forum, företrädare och koordinatorer.")
    sources: list[Source] = Field(default_factory=list, description="Källorna som lägesbilden bygger på.")
    sources_intro: Text | None = Field(default=None, description="Texten som inleder källförteckningen.")
    work_cycle: list[Name] = Field(default_factory=list, description="Arbetets steg, t.ex. analysera, planera …")
    follow_up: FollowUpRule = Field(description="Hur och hur ofta arbetet följs upp.")
    communication: Communication | None = Field(default=None, description="Kommunikationsstrategin.")
    action_plan: ActionPlan = Field(description="Handlingsplanen: mål, lägesbild och indikatorer.")
    notes: Text | None = _notes()


# ----------------------------------------------------------------------------------------------------- activities


class Responsibility(Strict):
    party: Slug = Field(description="Part-id för den part som ansvarar.")
    units: list[Name] = Field(
        default_factory=list, description="Enheter eller funktioner hos parten, t.ex. ”Socialtjänsten”, ”Fritid”."
    )
    roles: list[Role] = Field(default_factory=list, description="Partens roll: samordnar, initierar, deltar …")
    scope: Name | None = Field(default=None, description="Begränsning av rollen, t.ex. ”i undervisningsdelar”.")
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
    text: Name = Field(description="Målet ordagrant, t.ex. ”minst tre tillfällen per år”.")
    count: StrictInt | None = Field(default=None, ge=0, description="Antal, om målet anger ett.")
    per: Cadence | None = Field(default=None, description="Per vilken period antalet gäller.")


class Activity(Strict):
    """`data/activities/<id>.yaml`: one row of the action plan's table, with who does what."""

    id: Slug = Field(description="Aktivitetens id; filen ska heta `<id>.yaml`.")
    name: Name = Field(description="Aktivitetens namn som i tabellen, t.ex. ”SIG”.")
    full_name: Name | None = Field(default=None, description="Utskrivet namn, t.ex. ”Sociala insatsgrupper”.")
    description: Text | None = Field(default=None, description="Vad aktiviteten går ut på.")
    goals: list[Slug] = Field(default_factory=list, description="Mål (id) i handlingsplanen som aktiviteten tjänar.")
    focus_areas: list[Slug] = Field(default_factory=list, description="Inriktningar (id) som aktiviteten tjänar.")
    responsibilities: list[Responsibility] = Field(
        default_factory=list, description="Vem som gör vad: en post per part, som tabellens kolumner Kommun och Polis."
    )
    communication: CommunicationDuty | None = Field(default=None, description="Vem som kommunicerar om aktiviteten.")
    start: Date | None = Field(default=None, description="När aktiviteten börjar; annars när överenskommelsen börjar.")
    end: Date | None = Field(default=None, description="När aktiviteten slutar; annars när överenskommelsen slutar.")
    status: ActivityStatus = Field(
        default=ActivityStatus.PAGAENDE, description="planerad, pågående, pausad eller avslutad."
    )
    production_targets: list[ProductionTarget] = Field(default_factory=list, description="Produktionsmål.")
    order: StrictInt | None = Field(default=None, ge=1, description="Radens plats i handlingsplanens tabell.")
    notes: Text | None = _notes()

    @model_validator(mode="after")
    def _ordered(self) -> Activity:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise PydanticCustomError("end_before_start", "Slutdatum ligger före startdatum")
        return self


# ------------------------------------------------------------------------------------------ follow-ups and meetings


class ProductionResult(Strict):
    text: Name = Field(description="Vad som producerades, t.ex. ”fyra lektioner i åk 8”.")
    count: StrictInt | None = Field(default=None, ge=0, description="Antal tillfällen eller deltagare.")


class IndicatorValue(Strict):
    indicator: Slug = Field(description="Id för indikatorn i handlingsplanen.")
    value: StrictFloat = Field(description="Uppmätt värde.")
    period: PeriodSpan | None = Field(default=None, description="Perioden värdet gäller, om inte uppföljningens.")


class FollowUp(Strict):
    """`data/followups/<period>/<activity>.yaml`: one activity's answer to the agreement's three questions."""

    activity: Slug = Field(description="Aktivitetens id; filen ska heta `<aktivitet>.yaml`.")
    period: PeriodCode = Field(description="Perioden som följs upp, t.ex. `2021Q3`; mappen ska ha samma namn.")
    illustrative: StrictBool = Field(
        default=False, description="Sant när innehållet är ett påhittat exempel och inte en verklig uppföljning."
    )
    done: str | None = Field(default=None, max_length=20_000, description="Vad har genomförts under perioden?")
    cooperated: str | None = Field(default=None, max_length=20_000, description="Vem har samverkat kring aktiviteten?")
    effects: str | None = Field(
        default=None,
        max_length=20_000,
        description="Vilka effekter har aktiviteten haft? ”Inga kända effekter ännu” är ett svar.",
    )
    rating: Rating | None = Field(default=None, description="Hur åtagandena uppfylldes: grön, gul eller röd.")
    done_on: Date | None = Field(default=None, description="Datum då det som rapporteras genomfördes, om ett enda.")
    production: list[ProductionResult] = Field(default_factory=list, description="Vad som producerades.")
    indicator_values: list[IndicatorValue] = Field(default_factory=list, description="Nya värden för indikatorer.")
    reported_by: Name | None = Field(
        default=None, description="Roll och organisation för den som rapporterar (inte namn)."
    )
    notes: Text | None = _notes()


class Participant(Strict):
    role: Name = Field(description="Roll, t.ex. ”Kommunpolis” eller ”Trygghetssamordnare”.")
    party: Slug = Field(description="Part-id för organisationen.")
    name: Name | None = Field(default=None, description="Namn, bara för tjänstepersoner i sin roll.")


class Decision(Strict):
    text: Text = Field(description="Beslutet.")
    item: StrictInt | None = Field(default=None, ge=1, description="Paragrafen (§) beslutet hör till, om någon.")


class ActionPoint(Strict):
    id: Slug = Field(description="Kort id så att punkten kan följas från möte till möte.")
    what: Text = Field(description="Vad som ska göras.")
    owner_party: Slug = Field(description="Part-id för den som äger punkten.")
    owner_role: Name | None = Field(default=None, description="Roll hos parten, t.ex. ”Kommunpolis”.")
    deadline: Date = Field(description="Senast när.")
    status: ActionStatus = Field(default=ActionStatus.OPPEN, description="öppen, pågår, klar eller struken.")
    done_on: Date | None = Field(default=None, description="När punkten blev klar.")
    notes: Text | None = _notes()

    @model_validator(mode="after")
    def _done_has_date(self) -> ActionPoint:
        if self.done_on is not None and self.status is not ActionStatus.KLAR:
            raise PydanticCustomError("done_not_klar", "done_on får bara anges när status är klar")
        return self


class AgendaItem(Strict):
    heading: Name = Field(description="Punktens rubrik.")
    text: Text | None = Field(default=None, description="Vad som sades under punkten.")


class NextMeeting(Strict):
    date: Date = Field(description="Datum för nästa möte.")
    time: Clock | None = Field(default=None, description="Klockslag, TT:MM.")
    place: Name | None = Field(default=None, description="Plats.")


class Meeting(Strict):
    """`data/meetings/<period>.yaml`: the central BRÅ meeting that follows up one period."""

    period: PeriodCode = Field(description="Perioden mötet följer upp, t.ex. `2020Q1`; filen ska heta `<period>.yaml`.")
    forum: Name = Field(description="Forumet, t.ex. ”Centrala BRÅ”.")
    illustrative: StrictBool = Field(
        default=False, description="Sant när innehållet är ett påhittat exempel och inte verkliga anteckningar."
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
    items: list[AgendaItem] = Field(default_factory=list, description="Övriga punkter på dagordningen.")
    decisions: list[Decision] = Field(default_factory=list, description="Beslut.")
    action_points: list[ActionPoint] = Field(default_factory=list, description="Åtgärdspunkter med ägare och deadline.")
    next_meeting: NextMeeting | None = Field(default=None, description="Nästa möte.")
    notes: Text | None = _notes()

    @model_validator(mode="after")
    def _times_ordered(self) -> Meeting:
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise PydanticCustomError("end_before_start", "Sluttiden ligger före starttiden")
        return self


MODELS: dict[str, type[Strict]] = {
    "agreement": Agreement,
    "activity": Activity,
    "followup": FollowUp,
    "meeting": Meeting,
}
