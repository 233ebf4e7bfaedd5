"""`samverkan site`: its help, its usage problems, and the words the code fills into the public web site.

The prose of the pages lives in their templates (`templates/site/*.j2`); these are the words that depend on the data:
an activity's status, a follow-up's rating, a target's direction, the page names in the menu and the text
alternative of each chart (samverkan.site).
"""

SV: dict[str, str] = {
    "help.site.summary": "Skriv en publik webbplats om arbetet för invånarna.",
    "help.site": "Skriv en publik webbplats om arbetet: några fristående HTML-sidor som invånarna kan läsa.\n\n"
    "Sidorna visar dokumentet med klara ord, löftena och aktiviteterna med status, vad som gjordes varje period, "
    "indikatorerna som diagram med samma siffror i en tabell bredvid och när nästa uppföljning och möte är. De "
    "har ingen JavaScript och hämtar inget utifrån, så de fungerar lika bra öppnade från disk som på en webbserver.\n\n"
    "Bara det som är publikt kommer med: en fil med `internal: true` och fält som en fil räknar upp i "
    "`internal_fields` utelämnas. Mallarna är templates/site/*.j2 (templates/site/ bredvid datamappen, annars de "
    "inbyggda). En mapp som finns och inte är tom skrivs aldrig i utan --force.\n\n"
    "Avslutas med 0, med 1 när data eller en mall är ogiltiga eller sidorna innehåller personuppgifter och med 2 "
    "vid felaktig användning.",
    "help.site.option.output": "Mappen som webbplatsen skrivs till; skapas om den inte finns.",
    "help.site.option.force": "Skriv i en mapp som inte är tom; webbplatsens egna filer skrivs över.",
    "usage.site-output-not-empty": "mappen {path} finns redan och är inte tom. Välj en ny mapp, eller ange --force "
    "för att skriva över webbplatsens filer i den.",
    "usage.site-output-not-folder": "{path} finns redan och är ingen mapp.",
    "usage.site-output-parent-missing": "mappen som ska innehålla {path} finns inte.",
    "site.written": "Webbplatsen skrevs till {path}: {count:fil|filer}.",
    "inconsistent.internal_field_unknown": "`internal_fields` får bara räkna upp fält på filens översta nivå som får "
    "utelämnas (inte `illustrative`, `internal` eller ett fält som krävs)",
    "site.page.index": "Översikt",
    "site.page.aktiviteter": "Aktiviteter",
    "site.page.uppfoljning": "Vad har gjorts",
    "site.page.indikatorer": "Så går det",
    "site.status.planerad": "Planerad",
    "site.status.pagaende": "Pågår",
    "site.status.pausad": "Pausad",
    "site.status.avslutad": "Avslutad",
    "site.rating.gron": "Grönt: genomfört som planerat",
    "site.rating.gul": "Gult: delvis genomfört",
    "site.rating.rod": "Rött: inte genomfört som planerat",
    "site.direction.minska": "ska minska",
    "site.direction.oka": "ska öka",
    "site.direction.bibehalla": "ska ligga kvar på samma nivå",
    "site.span": "{start} – {end}",
    "site.meeting": "Möte",
    "site.chart.title": "Diagram: {name} över tid",
    "site.chart.point": "{value} ({when})",
    "site.chart.desc": "Linjediagram. Värdena i tidsordning: {points}.",
    "site.chart.target": "Målet är {value}.",
    "site.chart.target-label": "Mål",
    "site.chart.month": "{month:month} {year}",
}

EN: dict[str, str] = {
    "help.site.summary": "Write a public web site about the work for the residents.",
    "help.site": "Write a public web site about the work: a few self-contained HTML pages the residents can read.\n\n"
    "The pages show the document in plain words, the promises and activities with their status, what was done each "
    "period, the indicators as charts with the same figures in a table beside them, and when the next follow-up and "
    "meeting are. They have no JavaScript and fetch nothing from elsewhere, so they work opened from disk as well "
    "as on a web server.\n\n"
    "Only public content is included: a file with `internal: true` and the fields a file lists in "
    "`internal_fields` are left out. The templates are templates/site/*.j2 (templates/site/ next to the data "
    "folder, otherwise the built-in ones). A folder that exists and is not empty is never written to without "
    "--force.\n\n"
    "Exits with 0, with 1 when the data or a template is invalid or the pages contain personal data, and with 2 "
    "on wrong usage.",
    "help.site.option.output": "The folder the site is written to; created if it does not exist.",
    "help.site.option.force": "Write into a folder that is not empty; the site's own files are overwritten.",
    "usage.site-output-not-empty": "the folder {path} already exists and is not empty. Choose a new folder, or give "
    "--force to overwrite the site's files in it.",
    "usage.site-output-not-folder": "{path} already exists and is not a folder.",
    "usage.site-output-parent-missing": "the folder that should hold {path} does not exist.",
    "site.written": "The site was written to {path}: {count:file|files}.",
    "inconsistent.internal_field_unknown": "`internal_fields` may only list top-level fields of the file that may be "
    "left out (not `illustrative`, `internal` or a required field)",
    "site.page.index": "Overview",
    "site.page.aktiviteter": "Activities",
    "site.page.uppfoljning": "What has been done",
    "site.page.indikatorer": "How it is going",
    "site.status.planerad": "Planned",
    "site.status.pagaende": "Ongoing",
    "site.status.pausad": "Paused",
    "site.status.avslutad": "Finished",
    "site.rating.gron": "Green: done as planned",
    "site.rating.gul": "Yellow: partly done",
    "site.rating.rod": "Red: not done as planned",
    "site.direction.minska": "should go down",
    "site.direction.oka": "should go up",
    "site.direction.bibehalla": "should stay at the same level",
    "site.span": "{start} – {end}",
    "site.meeting": "Meeting",
    "site.chart.title": "Chart: {name} over time",
    "site.chart.point": "{value} ({when})",
    "site.chart.desc": "Line chart. The values in time order: {points}.",
    "site.chart.target": "The target is {value}.",
    "site.chart.target-label": "Target",
    "site.chart.month": "{month:month} {year}",
}
