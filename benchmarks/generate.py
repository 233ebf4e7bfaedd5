"""Make a synthetic, schema-valid samverkan data repository for the benchmark.

    python benchmarks/generate.py --scale small      # 1 kommun over ten years, about 1,000 files
    python benchmarks/generate.py --scale county     # 20 kommuner, about 20,000 files
    python benchmarks/generate.py --scale country    # 290 kommuner, about 300,000 files

Layout: one data folder per kommun, the way each kommun keeps its own repository:

    <out>/<kommun-slug>/data/agreement.yaml
    <out>/<kommun-slug>/data/activities/<activity>.yaml
    <out>/<kommun-slug>/data/followups/<period>/<activity>.yaml
    <out>/<kommun-slug>/data/meetings/<period>.yaml

With `--one-folder`, the same number of files in ONE data folder, `<out>/one-folder-<N>/data`: the first kommun's
agreement and meetings, and its activities N times over (`sig`, `sig-2` … `sig-N`), each with its own follow-ups.
That is the worst case for memory: everything a run keeps, it keeps for all files at once.

Kommun number *k* is generated from its own seeded random stream, so the scales are prefixes of one another: the
`small` repository is the first kommun of `county`, which is the first twenty of `country`. That is what lets the
benchmark compare growth at a fixed content per file. A kommun that is already complete (its `.complete` stamp
carries this generator's version and seed) is not written again.

The text is Swedish and varied (SIG, SSPF, EST, trygghetsvandringar, skolor, fritidsgårdar…), built from phrase
lists by a seeded random generator. There is NO personal data: people appear only as roles ("Kommunpolis",
"Trygghetssamordnare"), never by name, and there are no personnummer, phone numbers or e-mail addresses.

The files are written with a small emitter of our own (block style, plain scalars where a person would write them,
folded `>-` blocks for long text) rather than `yaml.dump`, both for speed and because that is what hand-written
files look like. `--self-check` parses every file of the first kommun back with samverkan's loader and compares it
with what was meant to be written.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import time
from pathlib import Path
from typing import Any

GENERATOR_VERSION = "3"
DEFAULT_SEED = 20_240_601
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / ".work" / "data"

SCALES = {"small": 1, "county": 20, "country": 290}
FIRST_YEAR = 2016
YEARS = 10  # 2016–2025: forty quarters
#: The date the benchmark passes to `lint --as-of`: after the last meeting and its action points.
AS_OF = "2026-03-31"

# ------------------------------------------------------------------------------------------------------ kommuner

# Real kommun names (public, not personal data) first; synthetic ones fill up to 290. Order matters only for
# which kommuner make up the smaller scales.
_REAL_TEXT = """
Strängnäs Eskilstuna Nyköping Katrineholm Flen Gnesta Oxelösund Trosa Vingåker Västerås Köping Arboga Sala
Enköping Uppsala Håbo Knivsta Östhammar Tierp Älvkarleby Heby Örebro Karlskoga Kumla Hallsberg Lindesberg
Nora Askersund Laxå Lekeberg Ljusnarsberg Degerfors Hällefors Linköping Norrköping Motala Mjölby Finspång
Söderköping Valdemarsvik Åtvidaberg Kinda Ydre Boxholm Ödeshög Vadstena Jönköping Värnamo Nässjö Vetlanda
Eksjö Gislaved Gnosjö Tranås Sävsjö Aneby Mullsjö Habo Växjö Ljungby Älmhult Alvesta Tingsryd Markaryd
Uppvidinge Lessebo Kalmar Västervik Oskarshamn Nybro Vimmerby Hultsfred Mönsterås Emmaboda Torsås Mörbylånga
Borgholm Högsby Gotland Karlskrona Karlshamn Ronneby Sölvesborg Olofström Malmö Helsingborg Lund Kristianstad
Landskrona Trelleborg Ängelholm Hässleholm Ystad Eslöv Höganäs Lomma Staffanstorp Svedala Skurup Sjöbo Hörby
Höör Tomelilla Simrishamn Båstad Klippan Åstorp Bjuv Perstorp Osby Östra_Göinge Bromölla Kävlinge Burlöv
Vellinge Svalöv Örkelljunga Halmstad Varberg Kungsbacka Falkenberg Laholm Hylte Göteborg Borås Mölndal
Trollhättan Uddevalla Skövde Alingsås Lerum Partille Kungälv Lidköping Vänersborg Mariestad Falköping
Härryda Ale Stenungsund Tjörn Orust Lysekil Sotenäs Munkedal Tanum Strömstad Dals-Ed Bengtsfors Åmål Mellerud
Färgelanda Vårgårda Herrljunga Tranemo Svenljunga Mark Bollebygd Ulricehamn Tidaholm Hjo Tibro Karlsborg
Gullspång Töreboda Skara Götene Grästorp Essunga Vara Lilla_Edet Öckerö Karlstad Kristinehamn Arvika
Säffle Filipstad Hagfors Torsby Sunne Kil Forshaga Grums Hammarö Munkfors Storfors Årjäng Eda Falun Borlänge
Mora Ludvika Avesta Leksand Rättvik Orsa Älvdalen Malung-Sälen Vansbro Gagnef Säter Hedemora Smedjebacken
Gävle Sandviken Hudiksvall Bollnäs Söderhamn Ljusdal Ovanåker Nordanstig Ockelbo Hofors Sundsvall Härnösand
Örnsköldsvik Kramfors Sollefteå Timrå Ånge Östersund Krokom Strömsund Åre Berg Härjedalen Bräcke Ragunda
Umeå Skellefteå Lycksele Vindeln Robertsfors Nordmaling Vännäs Bjurholm Vilhelmina Storuman Åsele Dorotea
Sorsele Malå Norsjö Luleå Piteå Boden Kiruna Gällivare Kalix Haparanda Älvsbyn Arvidsjaur Jokkmokk Pajala
Överkalix Övertorneå Arjeplog Solna Sundbyberg Huddinge Botkyrka Haninge Tyresö Nacka Värmdö Lidingö
Täby Danderyd Sollentuna Järfälla Upplands_Väsby Sigtuna Vallentuna Österåker Norrtälje Södertälje Nykvarn
Salem Ekerö Upplands-Bro Vaxholm Nynäshamn Stockholm
"""
_REAL = _REAL_TEXT.split()

_SYNTH_A = ["Björk", "Ek", "Lind", "Sjö", "Å", "Berg", "Mo", "Tall", "Gran", "Ås", "Dal", "Häll", "Ström", "Älv"]
_SYNTH_B = ["vik", "by", "hamn", "ryd", "ås", "köping", "torp", "fors", "sta", "hult", "näs", "backa"]


def kommun_names(count: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for raw in _REAL:
        name = raw.replace("_", " ")
        if name not in seen:
            seen.add(name)
            names.append(name)
    for a in _SYNTH_A:
        for b in _SYNTH_B:
            name = a + b
            if name not in seen:
                seen.add(name)
                names.append(name)
    if count > len(names):
        raise SystemExit(f"Only {len(names)} kommun names are available.")
    return names[:count]


_SLUG_MAP = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-"})


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", text.lower().translate(_SLUG_MAP))
    return re.sub(r"-+", "-", slug).strip("-")


# ------------------------------------------------------------------------------------------------ phrase lists

#: (id, name, full name, description); every kommun takes a subset.
ACTIVITIES = [
    ("sig", "SIG", "Sociala insatsgrupper", "stödja unga som riskerar att fastna i kriminalitet med en samordnad plan"),
    ("sspf", "SSPF", "Skola, socialtjänst, polis och fritid", "fånga upp unga i riskzon tidigt och tillsammans"),
    ("est", "EST", "Effektiv samordning för trygghet", "ta fram en gemensam lägesbild varje vecka och agera på den"),
    (
        "trygghetsvandringar",
        "Trygghetsvandringar",
        None,
        "gå runt i bostadsområden med boende och hitta otrygga platser",
    ),
    ("nattvandring", "Nattvandring", "Vuxna på stan fredag och lördag kväll", "öka vuxennärvaron där unga samlas"),
    ("fritidsgardar", "Fritidsgårdar", "Utökade öppettider på fritidsgårdarna", "erbjuda unga en trygg mötesplats"),
    ("polis-i-skolan", "Polis i skolan", None, "besöka högstadieskolorna och prata om konsekvenser av brott"),
    (
        "grannsamverkan",
        "Grannsamverkan",
        "Grannsamverkan mot brott",
        "minska bostadsinbrotten genom uppmärksamma grannar",
    ),
    ("medborgarloften", "Medborgarlöfte", None, "arbeta med de frågor som invånarna själva lyft i dialoger"),
    ("langning", "Langningskampanj", "Tillsammans mot langning", "förhindra att unga får tag på alkohol via vuxna"),
    ("krogar-mot-knark", "Krogar mot knark", None, "minska droganvändningen i krogmiljön genom utbildning och tillsyn"),
    ("mvp", "MVP", "Mentorer i våldsprevention", "ge elever verktyg att säga ifrån mot våld och kränkningar"),
    ("belysning", "Belysningsinventering", None, "se över belysningen längs gång- och cykelvägar"),
    ("klotter", "Klottersanering", "Snabb sanering av klotter", "sanera klotter och skadegörelse inom ett dygn"),
    ("sommarlov", "Sommarlovsaktiviteter", None, "erbjuda meningsfull fritid under sommarlovet"),
    ("foraldrastod", "Föräldrastöd", "Föräldraskapsstöd i grupp", "stärka föräldrar till tonåringar"),
    ("ansvar", "Ansvar och konsekvens", None, "samtala med unga som begått brott om konsekvenserna"),
    ("ungdomsrad", "Ungdomsråd", None, "låta unga själva peka ut otrygga platser och föreslå åtgärder"),
    (
        "samverkan-vid-oro",
        "Oro i skolan",
        "Samverkan vid oro på skolor",
        "snabbt samla skola och polis när oro uppstår",
    ),
    ("varldsdagen", "Trygghetsdag", "Årlig trygghetsdag i centrum", "möta invånarna på torget och svara på frågor"),
    ("andt", "ANDT", "Alkohol, narkotika, dopning och tobak", "förebygga missbruk bland unga"),
    ("vald-i-nara-relation", "Våld i nära relation", None, "upptäcka våld i nära relation tidigare"),
    ("bostadsbolag", "Trygga bostadsområden", None, "arbeta med bostadsbolagen mot skadegörelse i trapphus"),
    ("kameraovervakning", "Kamerabevakning", "Kamerabevakning av centrala torget", "minska brott på torget"),
    ("idrott", "Idrott sent", "Spontanidrott fredagskvällar", "erbjuda idrott i sporthallen sena kvällar"),
    ("larmkedja", "Larmkedja", "Gemensam larmkedja vid allvarliga händelser", "larma varandra snabbt vid händelser"),
    ("skolans-trygghetsteam", "Trygghetsteam", "Skolans trygghetsteam", "arbeta förebyggande mot mobbning och våld"),
    ("ungdomssamordnare", "Fältare", "Fältassistenter", "finnas där unga är på kvällar och helger"),
    ("narkotikaspaning", "Narkotikaspaning", None, "störa den öppna narkotikahandeln i centrum"),
    ("cykelstold", "Cykelstölder", "Minska cykelstölderna vid stationen", "märka cyklar och förbättra parkeringen"),
]

#: Areas, phrased to follow "i", "vid", "kring" or "för".
PLACES = [
    "centrum",
    "stationsområdet",
    "hamnområdet",
    "Södra bostadsområdet",
    "Östra stadsdelen",
    "Norrmalm",
    "området kring resecentrum",
    "skolområdet vid Centralskolan",
    "parkområdet längs ån",
    "industriområdet",
    "villaområdet i Väster",
    "köpcentrumets närområde",
    "idrottsplatsens närområde",
    "Solbacken",
    "Björkhagen",
    "Ekdalen",
    "området kring fritidsgården",
    "gamla stan",
    "Sjöstaden",
    "Lindängen",
]
UNITS_KOMMUN = [
    "Socialtjänsten",
    "Fritidsförvaltningen",
    "Barn- och utbildningsförvaltningen",
    "Trygghetssamordnare",
    "Fältgruppen",
    "Samhällsbyggnad",
    "Kultur och fritid",
    "Gymnasieskolan",
    "Elevhälsan",
    "Kommunikationsenheten",
]
#: (role, which party it belongs to: "kommun", "polis" or one of the extra parties' ids)
ROLES = [
    ("Kommunpolis", "polis"),
    ("Områdespolis", "polis"),
    ("Lokalpolisområdeschef", "polis"),
    ("Polisens brottsförebyggare", "polis"),
    ("Trygghetssamordnare", "kommun"),
    ("Rektor", "kommun"),
    ("Fältassistent", "kommun"),
    ("Enhetschef socialtjänsten", "kommun"),
    ("Fritidsledare", "kommun"),
    ("Brottsförebyggande samordnare", "kommun"),
    ("Skolkurator", "kommun"),
    ("Säkerhetschef", "kommun"),
    ("Räddningschef", "raddningstjansten"),
    ("Bostadsbolagets trygghetsvärd", "bostadsbolaget"),
]
VERBS_DONE = [
    "Under perioden har vi genomfört",
    "Arbetet har fortsatt med",
    "Vi har hållit",
    "Under kvartalet genomfördes",
    "Tillsammans med skolorna har vi ordnat",
    "Enligt planen har vi genomfört",
    "Trots personalbrist har vi klarat",
]
THINGS_DONE = [
    "{n} trygghetsvandringar i {place}",
    "{n} möten i SSPF-gruppen med skola, socialtjänst, polis och fritid",
    "{n} ärenden i SIG där unga fått en individuell plan",
    "{n} lektioner om droger och konsekvenser i årskurs 8",
    "veckovisa EST-möten med en gemensam lägesbild för {place}",
    "{n} kvällar med nattvandring kring {place}",
    "utökade öppettider på fritidsgården under helgerna",
    "en föräldraträff för boende i {place} med {n} deltagare",
    "{n} besök av kommunpolisen på skolorna",
    "en genomgång av belysningen vid {place}",
    "sanering av klotter inom ett dygn i {n} fall",
    "en dialog med boende i {place} om vad som känns otryggt",
    "{n} tillsynsbesök på krogar tillsammans med alkoholhandläggarna",
    "en utbildning i MVP för {n} lärare och fritidsledare",
]
COOPERATED = [
    "Socialtjänsten, skolan och lokalpolisområdet har samverkat nära.",
    "Fritidsförvaltningen och polisen har haft gemensamma genomgångar varje vecka.",
    "Bostadsbolaget har deltagit i trygghetsvandringarna och åtgärdat det som kom fram.",
    "Räddningstjänsten och kommunens trygghetssamordnare har delat lägesbilden.",
    "Rektorerna på högstadieskolorna har deltagit i planeringen.",
    "Fältgruppen har samordnat med kommunpolisen och fritidsgårdarna.",
    "Föreningslivet har bidragit med ledare till aktiviteterna på helgerna.",
    "Samverkan har skett i EST-gruppen där alla parter är representerade.",
]
EFFECTS = [
    "Inga kända effekter ännu; det är för tidigt att mäta.",
    "Färre anmälningar om skadegörelse kring {place} jämfört med samma period förra året.",
    "Personalen på fritidsgården upplever att stämningen blivit lugnare under kvällarna.",
    "Boende i {place} säger i dialogerna att de känner sig tryggare än tidigare.",
    "Antalet unga som vistas ute sent utan vuxen har minskat enligt fältgruppens iakttagelser.",
    "Trygghetsmätningen visar ett något bättre resultat för {place}.",
    "Det är svårt att se en tydlig effekt, men samverkan mellan parterna har blivit snabbare.",
    "Skolorna rapporterar färre incidenter med droger på skolgården.",
    "Fler orosanmälningar kommer in tidigt, vilket ger socialtjänsten bättre möjlighet att agera.",
]
NOTES = [
    "Aktiviteten behöver mer resurser under sommaren när fler unga är ute.",
    "Uppföljningen bygger på underlag från både kommunen och polisen.",
    "Gruppen föreslår att arbetet fortsätter i samma form nästa år.",
    "Det har varit svårt att få tag på vuxna till nattvandringen under hösten.",
    "En del av arbetet har flyttats till linjeverksamheten och följs upp där.",
    "Mätningen görs om efter sommaren för att kunna jämföra över tid.",
    "Lägesbilden har förändrats efter händelserna i {place}; arbetet har anpassats efter den.",
]
AGENDA = [
    ("Lägesbild", "Kommunpolisen redogjorde för läget i {place} och i kommunen i stort."),
    ("Uppföljning av handlingsplanen", "Varje aktivitetsansvarig gick igenom sin uppföljning för perioden."),
    ("Skolorna", "Rektorerna berättade om arbetet mot droger och kränkningar på skolorna."),
    ("Fritid och föreningar", "Fritidsförvaltningen presenterade lovaktiviteterna och öppettiderna."),
    ("Trygghetsmätningen", "Resultatet av årets trygghetsmätning presenterades och diskuterades."),
    ("Medborgarlöftet", "Rådet diskuterade vilka frågor från medborgardialogen som ska prioriteras."),
    ("Övrigt", "Inga övriga frågor."),
]
DECISIONS = [
    "Rådet beslutade att fortsätta med trygghetsvandringarna i samma omfattning.",
    "Rådet godkände uppföljningen för perioden.",
    "Rådet beslutade att ta fram en ny lägesbild till nästa möte.",
    "Rådet gav trygghetssamordnaren i uppdrag att samordna sommarens aktiviteter.",
    "Rådet beslutade att bjuda in bostadsbolagen till nästa möte.",
]
ACTIONS = [
    "Ta fram statistik över anmälda brott i {place}",
    "Boka lokal för nästa föräldraträff",
    "Sammanställa resultatet av trygghetsvandringen i {place}",
    "Kontakta bostadsbolaget om belysningen vid {place}",
    "Uppdatera lägesbilden inför nästa möte",
    "Planera sommarlovets aktiviteter tillsammans med föreningarna",
    "Bjuda in skolorna till en gemensam genomgång om droger",
]
FOCUS = [
    ("ungdomsbrottslighet", "Minska ungdomsbrottsligheten", "brottsförebyggande"),
    ("trygghet-centrum", "Öka tryggheten i centrum", "trygghetsskapande"),
    ("narkotika", "Minska narkotikabrotten och droganvändningen bland unga", "brottsförebyggande"),
    ("skadegorelse", "Minska skadegörelse och klotter", "brottsförebyggande"),
    ("bostadsomraden", "Öka tryggheten i bostadsområdena", "trygghetsskapande"),
    ("vald-offentlig-miljo", "Minska våldet i offentlig miljö", "brottsförebyggande"),
]
CAUSES = [
    "Unga saknar meningsfull fritid under kvällar och helger.",
    "Få vuxna rör sig ute när unga samlas.",
    "Dålig belysning och skymd sikt gör vissa platser otrygga.",
    "Tillgången till narkotika har ökat enligt polisens lägesbild.",
    "Skolfrånvaro och bristande föräldrastöd ökar risken för kriminalitet.",
]
SOURCES = [
    ("trygghetsmatning", "Polisens trygghetsmätning", "Polismyndigheten"),
    ("ntu", "Nationella trygghetsundersökningen", "Brå"),
    ("anmalda-brott", "Anmälda brott", "Brå"),
    ("skolenkaten", "Skolenkäten", "Skolinspektionen"),
    ("lupp", "LUPP-undersökningen", "Kommunen"),
]


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


# ------------------------------------------------------------------------------------------------------ emitter

#: Text a person would type without quotes: no `: `, ` #`, trailing colon, quotes or brackets.
_PLAIN = re.compile(r"[A-Za-zÅÄÖåäöÉé0-9(”](?:[^#\n\"'`{}\[\]:]|:(?! ))*(?<!:)\Z")
#: Text that some YAML reader would take for something else (YAML 1.1 booleans included, for the other tools).
_NOT_TEXT = re.compile(
    r"(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|no|No|on|On|off|Off|y|n|"
    r"[-+]?[0-9]+|[-+]?[0-9]*\.[0-9]+(?:[eE][-+]?[0-9]+)?)\Z"
)
FOLD_AT = 72


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if _PLAIN.match(value) and not _NOT_TEXT.match(value) and value == value.strip() and "  " not in value:
        return value
    return json.dumps(value, ensure_ascii=False)


def _is_plain_text(value: Any) -> bool:
    return isinstance(value, str) and _scalar(value) == value


def emit(data: dict[str, Any], header: str) -> str:
    """Block-style YAML as a person writes it: two-space indents, plain scalars, folded blocks for long text."""
    out: list[str] = [f"# {header}\n"]
    _emit_mapping(data, 0, out, first_prefix=None)
    return "".join(out)


def _emit_value_after_key(value: Any, indent: int, out: list[str]) -> None:
    if isinstance(value, dict):
        out.append("\n")
        _emit_mapping(value, indent + 2, out, first_prefix=None)
    elif isinstance(value, list):
        if not value:
            out.append(" []\n")
            return
        out.append("\n")
        _emit_sequence(value, indent + 2, out)
    elif _is_plain_text(value) and len(value) > FOLD_AT:
        out.append(" >-\n")
        pad = " " * (indent + 2)
        out.extend(f"{pad}{line}\n" for line in _wrap(value, max(40, 96 - indent)))
    else:
        out.append(f" {_scalar(value)}\n")


def _emit_mapping(data: dict[str, Any], indent: int, out: list[str], first_prefix: str | None) -> None:
    pad = " " * indent
    for number, (key, value) in enumerate(data.items()):
        out.append(f"{first_prefix if number == 0 and first_prefix is not None else pad}{key}:")
        _emit_value_after_key(value, indent, out)


def _emit_sequence(items: list[Any], indent: int, out: list[str]) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, dict):
            _emit_mapping(item, indent + 2, out, first_prefix=f"{pad}- ")
        elif _is_plain_text(item) and len(item) > FOLD_AT:
            out.append(f"{pad}- >-\n")
            out.extend(f"{pad}  {line}\n" for line in _wrap(item, max(40, 96 - indent)))
        else:
            out.append(f"{pad}- {_scalar(item)}\n")


# ------------------------------------------------------------------------------------------------------ content


class Kommun:
    """Everything generated for one kommun, from its own random stream."""

    def __init__(self, index: int, name: str, seed: int, copies: int = 1) -> None:
        self.index = index
        self.name = name
        self.slug = slugify(name)
        self.rng = random.Random(f"{seed}:{index}:{self.slug}")
        rng = self.rng
        self.kommun_id = f"{self.slug}-kommun"
        self.police_id = "polisen"
        self.extra_parties = rng.sample(
            [
                ("bostadsbolaget", f"{name}hem AB", "bostadsbolag"),
                ("raddningstjansten", "Räddningstjänsten", "räddningstjänst"),
            ],
            k=rng.randint(0, 2),
        )
        self.party_ids = [self.kommun_id, self.police_id, *(p[0] for p in self.extra_parties)]
        self.party_names = {self.kommun_id: f"{name} kommun", self.police_id: "Polisen"}
        self.party_names.update((pid, pname) for pid, pname, _kind in self.extra_parties)
        owners = {"kommun": self.kommun_id, "polis": self.police_id}
        #: (role, party id) for every role that exists in this kommun's cooperation
        self.roles = [
            (role, owners.get(owner, owner)) for role, owner in ROLES if owners.get(owner, owner) in self.party_ids
        ]
        self.focus = rng.sample(FOCUS, k=rng.randint(3, 4))
        self.sources = rng.sample(SOURCES, k=3)
        self.activities = sorted(rng.sample(ACTIVITIES, k=rng.randint(22, 27)), key=lambda a: a[0])
        if copies > 1:  # one data folder as large as COPIES kommuner: every activity COPIES times
            self.activities = [
                (f"{aid}-{copy}" if copy > 1 else aid, f"{name} {copy}" if copy > 1 else name, full, purpose)
                for copy in range(1, copies + 1)
                for aid, name, full, purpose in self.activities
            ]
        self.goals: list[tuple[str, str, list[str]]] = []  # (goal id, focus id, indicator ids)
        for number, (fid, _name, _kind) in enumerate(self.focus, start=1):
            indicators = [f"{fid}-ind-{i}" for i in range(1, rng.randint(2, 3) + 1)]
            self.goals.append((f"mal-{number}", fid, indicators))
        self.quarters = [f"{FIRST_YEAR + q // 4}Q{q % 4 + 1}" for q in range(YEARS * 4)]

    # -- text
    def place(self) -> str:
        return self.rng.choice(PLACES)

    def fill(self, template: str) -> str:
        return template.format(n=self.rng.randint(2, 14), place=self.place())

    def sentences(self, pool: list[str], low: int, high: int) -> str:
        return " ".join(self.fill(s) for s in self.rng.sample(pool, k=self.rng.randint(low, high)))

    def done_text(self) -> str:
        parts = []
        for _ in range(self.rng.randint(1, 3)):
            things = self.rng.sample(THINGS_DONE, k=self.rng.randint(1, 2))
            parts.append(f"{self.rng.choice(VERBS_DONE)} {' och '.join(self.fill(t) for t in things)}.")
        return " ".join(parts)

    # -- files
    def agreement(self) -> dict[str, Any]:
        rng, name = self.rng, self.name
        parties: list[dict[str, Any]] = [
            {
                "id": self.kommun_id,
                "name": f"{name} kommun",
                "kind": "kommun",
                "bra": {"name": f"Centrala BRÅ {name}"},
            },
            {
                "id": self.police_id,
                "name": "Polismyndigheten",
                "kind": "polismyndigheten",
                "unit": f"Lokalpolisområde {name}",
            },
        ]
        for pid, pname, kind in self.extra_parties:
            parties.append({"id": pid, "name": pname, "kind": kind, "standing": "medverkande"})
        goals = []
        for (gid, fid, indicators), (_f, fname, _k) in zip(self.goals, self.focus, strict=True):
            goals.append(
                {
                    "id": gid,
                    "name": fname,
                    "kind": "effektmål",
                    "direction": "öka" if fname.startswith("Öka") else "minska",
                    "focus_areas": [fid],
                    "target_year": FIRST_YEAR + YEARS - 1,
                    "situation": self.sentences(EFFECTS + NOTES, 2, 3),
                    "indicators": [
                        {
                            "id": ind,
                            "name": f"Andel som svarar att de känner sig trygga i {self.place()}",
                            "source": rng.choice(self.sources)[0],
                            "unit": "procent",
                            "baseline": {
                                "period": {"start": f"{FIRST_YEAR - 1}-01-01", "end": f"{FIRST_YEAR - 1}-12-31"},
                                "value": float(rng.randint(40, 80)),
                            },
                            "target": {"direction": "öka", "by": f"{FIRST_YEAR + YEARS - 1}-12-31"},
                        }
                        for ind in indicators
                    ],
                }
            )
        return {
            "id": f"{self.slug}-{FIRST_YEAR}-{FIRST_YEAR + YEARS - 1}",
            "title": f"Samverkansöverenskommelse mellan {name} kommun och Polisen {FIRST_YEAR}–{FIRST_YEAR + YEARS - 1}",
            "parties": parties,
            "validity": {"start": f"{FIRST_YEAR}-01-01", "end": f"{FIRST_YEAR + YEARS - 1}-12-31"},
            "signing": {
                "date": f"{FIRST_YEAR - 1}-12-{rng.randint(10, 20)}",
                "place": name,
                "adoptions": [
                    {
                        "adopted_by": "Kommunstyrelsen",
                        "date": f"{FIRST_YEAR - 1}-11-{rng.randint(10, 28)}",
                        "reference": f"KS § {rng.randint(100, 250)}",
                    }
                ],
            },
            "commitment": f"{name} kommun och Polisen åtar sig att tillsammans arbeta för att minska brottsligheten "
            "och öka tryggheten, och att följa upp arbetet regelbundet i Centrala BRÅ.",
            "background": [self.sentences(CAUSES + NOTES, 2, 3) for _ in range(rng.randint(2, 4))],
            "focus_areas": [
                {"id": fid, "name": fname, "kind": kind, "causes": rng.sample(CAUSES, k=2)}
                for fid, fname, kind in self.focus
            ],
            "governance": {
                "forum": f"Centrala BRÅ {name}",
                "representation": [
                    {"party": self.kommun_id, "roles": ["Kommundirektör", "Trygghetssamordnare"]},
                    {"party": self.police_id, "roles": ["Lokalpolisområdeschef", "Kommunpolis"]},
                ],
                "coordinators": [
                    {"role": "Trygghetssamordnare", "party": self.kommun_id},
                    {"role": "Kommunpolis", "party": self.police_id},
                ],
            },
            "sources": [{"id": sid, "name": sname, "publisher": pub} for sid, sname, pub in self.sources],
            "work_cycle": ["Analysera", "Planera", "Genomföra", "Följa upp"],
            "follow_up": {
                "cadence": "kvartal",
                "forum": f"Centrala BRÅ {name}",
                "questions": [
                    "Vad har genomförts under perioden?",
                    "Vem har samverkat kring aktiviteten?",
                    "Vilka effekter har aktiviteten haft?",
                ],
            },
            "communication": {
                "principles": ["öppen", "saklig", "samordnad"],
                "text": "Parterna kommunicerar gemensamt om arbetet och stämmer av med varandra innan något "
                "publiceras i sociala medier eller lokalpressen.",
            },
            "action_plan": {
                "title": f"Handlingsplan för brottsförebyggande och trygghetsskapande arbete i {name}",
                "goals_intro": "Mål för perioden är:",
                "goals": goals,
            },
        }

    def activity(self, order: int, spec: tuple[str, str, str | None, str]) -> dict[str, Any]:
        rng = self.rng
        aid, name, full, purpose = spec
        goal = rng.choice(self.goals)
        doc: dict[str, Any] = {"id": aid, "name": name}
        if full:
            doc["full_name"] = full
        doc["description"] = f"Syftet är att {purpose}. {self.sentences(NOTES, 1, 2)}"
        doc["goals"] = [goal[0]]
        doc["focus_areas"] = [goal[1]]
        responsibilities = [
            {
                "party": self.kommun_id,
                "units": rng.sample(UNITS_KOMMUN, k=rng.randint(1, 3)),
                "roles": [rng.choice(["samordnar", "ansvarig", "initierar"])],
            },
            {"party": self.police_id, "units": ["Kommunpolis"], "roles": [rng.choice(["deltar", "samverkar"])]},
        ]
        doc["responsibilities"] = responsibilities
        doc["communication"] = {"parties": [self.kommun_id], "units": ["Trygghetssamordnare"]}
        doc["status"] = "pågående"
        doc["production_targets"] = [
            {"text": f"minst {rng.randint(2, 6)} tillfällen per kvartal", "count": rng.randint(2, 6), "per": "kvartal"}
        ]
        doc["order"] = order
        return doc

    def followup(self, activity_id: str, period: str, year: int, quarter: int) -> dict[str, Any]:
        rng = self.rng
        doc: dict[str, Any] = {
            "activity": activity_id,
            "period": period,
            "done": self.done_text(),
            "cooperated": self.sentences(COOPERATED, 1, 2),
            "effects": self.sentences(EFFECTS, 1, 2),
            "rating": rng.choices(["grön", "gul", "röd"], weights=(6, 3, 1))[0],
        }
        if rng.random() < 0.3:
            month = (quarter - 1) * 3 + rng.randint(1, 3)
            doc["done_on"] = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
        doc["production"] = [
            {"text": self.fill(t), "count": rng.randint(1, 30)} for t in rng.sample(THINGS_DONE, k=rng.randint(1, 2))
        ]
        if rng.random() < 0.15:
            goal = rng.choice(self.goals)
            doc["indicator_values"] = [{"indicator": goal[2][0], "value": round(rng.uniform(40, 90), 1)}]
        role, party = rng.choice(self.roles)
        doc["reported_by"] = f"{role}, {self.party_names[party]}"
        if rng.random() < 0.25:
            doc["notes"] = self.sentences(NOTES, 1, 2)
        return doc

    def meeting(self, period: str, year: int, quarter: int) -> dict[str, Any]:
        rng = self.rng
        month = quarter * 3 + 1
        meet_year = year + (1 if month > 12 else 0)
        month = month - 12 if month > 12 else month
        day = rng.randint(5, 25)
        present = [{"role": role, "party": party} for role, party in rng.sample(self.roles, k=rng.randint(4, 8))]
        points = []
        for number in range(1, rng.randint(1, 4) + 1):
            owner_role, owner_party = rng.choice(self.roles)
            status = rng.choice(["öppen", "pågår", "klar", "klar"])
            deadline_month = month + 1 if month < 12 else 12
            point: dict[str, Any] = {
                "id": f"{period.lower()}-{number}",
                "what": self.fill(rng.choice(ACTIONS)),
                "owner_party": owner_party,
                "owner_role": owner_role,
                "deadline": f"{meet_year}-{deadline_month:02d}-28",
                "status": status,
            }
            if status == "klar":
                point["done_on"] = f"{meet_year}-{deadline_month:02d}-{rng.randint(1, 27):02d}"
            points.append(point)
        next_month = month + 3 if month <= 9 else month - 9
        next_year = meet_year if month <= 9 else meet_year + 1
        start_hour = rng.choice([8, 9, 13, 14])
        return {
            "period": period,
            "forum": f"Centrala BRÅ {self.name}",
            "status": "genomfört",
            "date": f"{meet_year}-{month:02d}-{day:02d}",
            "start_time": f"{start_hour:02d}:00",
            "end_time": f"{start_hour + 2:02d}:00",
            "place": rng.choice(["Stadshuset, sammanträdesrum 1", "Polishuset", "Kommunhuset", "Biblioteket"]),
            "chair": {"role": "Kommundirektör", "party": self.kommun_id},
            "secretary": {"role": "Trygghetssamordnare", "party": self.kommun_id},
            "present": present,
            "items": [{"heading": h, "text": self.fill(t)} for h, t in rng.sample(AGENDA, k=rng.randint(3, 5))],
            "decisions": [{"text": t, "item": i} for i, t in enumerate(rng.sample(DECISIONS, k=rng.randint(1, 3)), 1)],
            "action_points": points,
            "next_meeting": {
                "date": f"{next_year}-{next_month:02d}-{rng.randint(5, 25):02d}",
                "time": f"{start_hour:02d}:00",
                "place": "Stadshuset",
            },
        }

    def files(self) -> list[tuple[str, dict[str, Any], str]]:
        """(relative path inside data/, content, header comment) for every file of this kommun, in a fixed order."""
        out: list[tuple[str, dict[str, Any], str]] = [
            ("agreement.yaml", self.agreement(), f"Samverkansöverenskommelse, {self.name}")
        ]
        for order, spec in enumerate(self.activities, start=1):
            out.append((f"activities/{spec[0]}.yaml", self.activity(order, spec), f"Aktivitet: {spec[1]}"))
        for number, period in enumerate(self.quarters):
            year, quarter = FIRST_YEAR + number // 4, number % 4 + 1
            for spec in self.activities:
                out.append(
                    (
                        f"followups/{period}/{spec[0]}.yaml",
                        self.followup(spec[0], period, year, quarter),
                        f"Uppföljning av {spec[1]} för {period}",
                    )
                )
            out.append((f"meetings/{period}.yaml", self.meeting(period, year, quarter), f"Centrala BRÅ, {period}"))
        return out


# ------------------------------------------------------------------------------------------------------ writing


def _stamp(seed: int) -> str:
    return f"samverkan-benchmark-generator {GENERATOR_VERSION} seed {seed}\n"


def kommun_folders(out: Path, count: int) -> list[Path]:
    """The data folders of the first `count` kommuner, in generation order."""
    return [out / slugify(name) / "data" for name in kommun_names(count)]


def generate(count: int, out: Path = DEFAULT_OUT, seed: int = DEFAULT_SEED, *, quiet: bool = False) -> list[Path]:
    """Make sure the first `count` kommuner exist under `out`; returns their data folders. Idempotent."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = _stamp(seed)
    folders: list[Path] = []
    started = time.perf_counter()
    written = 0
    for index, name in enumerate(kommun_names(count)):
        kommun = Kommun(index, name, seed)
        root = out / kommun.slug
        marker = root / ".complete"
        folders.append(root / "data")
        if marker.exists() and marker.read_text(encoding="utf-8").startswith(stamp):
            continue
        if root.exists():
            shutil.rmtree(root)
        made: set[Path] = set()
        files = kommun.files()
        for relative, content, header in files:
            path = root / "data" / relative
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(emit(content, header))
        marker.write_text(f"{stamp}files {len(files)}\n", encoding="utf-8")
        written += len(files)
        if not quiet and (index + 1) % 10 == 0:
            rate = written / max(time.perf_counter() - started, 1e-9)
            print(f"  … {index + 1}/{count} kommuner ({rate:,.0f} files/s)", file=sys.stderr)
    if not quiet and written:
        print(f"generated {written:,} files in {time.perf_counter() - started:.1f} s under {out}", file=sys.stderr)
    return folders


def generate_one_folder(count: int, out: Path = DEFAULT_OUT, seed: int = DEFAULT_SEED) -> Path:
    """Make sure the data folder as large as `count` kommuner exists under `out`; returns it. Idempotent."""
    name = kommun_names(1)[0]
    root = out / f"one-folder-{count}"
    marker = root / ".complete"
    stamp = _stamp(seed)
    if marker.exists() and marker.read_text(encoding="utf-8").startswith(stamp):
        return root / "data"
    if root.exists():
        shutil.rmtree(root)
    files = Kommun(0, name, seed, copies=count).files()
    for relative, content, header in files:
        path = root / "data" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(emit(content, header))
    marker.write_text(f"{stamp}files {len(files)}\n", encoding="utf-8")
    return root / "data"


def count_files(folders: list[Path]) -> int:
    total = 0
    for folder in folders:
        marker = folder.parent / ".complete"
        match = re.search(r"^files (\d+)$", marker.read_text(encoding="utf-8"), re.MULTILINE)
        total += int(match.group(1)) if match else sum(len(f) for _, _, f in os.walk(folder))
    return total


def self_check(seed: int = DEFAULT_SEED) -> int:
    """Parse every file of the first kommun with samverkan's loader and compare with what was meant."""
    from samverkan.loader import parse_bytes

    kommun = Kommun(0, kommun_names(1)[0], seed)
    bad = 0
    for relative, content, header in kommun.files():
        document, problems = parse_bytes(emit(content, header).encode("utf-8"), relative)
        if document is None or problems or document.data != content:
            bad += 1
            print(f"self-check: {relative} does not round-trip", file=sys.stderr)
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--kommuner", type=int, help="Number of kommuner (overrides --scale).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--self-check", action="store_true", help="Round-trip the first kommun through the loader.")
    parser.add_argument("--one-folder", action="store_true", help="All the files in one data folder.")
    args = parser.parse_args(argv)
    if args.self_check:
        bad = self_check(args.seed)
        print("self-check: ok" if not bad else f"self-check: {bad} files differ", file=sys.stderr)
        return 1 if bad else 0
    if args.one_folder:
        folder = generate_one_folder(args.kommuner or SCALES[args.scale], args.out, args.seed)
        print(f"{count_files([folder]):,} files in {folder}")
        return 0
    folders = generate(args.kommuner or SCALES[args.scale], args.out, args.seed)
    print(f"{len(folders)} kommuner, {count_files(folders):,} files under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
