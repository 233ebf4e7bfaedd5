"""Words samverkan fills into the documents it writes (minutes, the agreement), in the document's language.

The prose of a document lives in its Jinja template (`templates/*.md.j2`); these are the words the code puts in
place of data: an action point's status, a meeting duty, a party's role in the action plan's table, the table's
column headers and how a span of dates is written (see samverkan.documents).
"""

SV: dict[str, str] = {
    "document.status.öppen": "öppen",
    "document.status.pågår": "pågår",
    "document.status.klar": "klar",
    "document.status.struken": "struken",
    "document.duty.chair": "ordförande",
    "document.duty.secretary": "sekreterare",
    "document.duty.adjuster": "justerare",
    "document.role.samordnar": "samordnar",
    "document.role.initierar": "initierar",
    "document.role.deltar": "deltar",
    "document.role.ansvarig": "ansvarig",
    "document.role.sammankallar": "sammankallar",
    "document.role.samverkar": "samverkar",
    "document.uncertain": "(oklart)",
    "document.column.kommun": "Kommun",
    "document.column.polis": "Polis",
    "document.span": "{start} – {end}",
    "document.percent-change": "{sign}{percent} %",
}

EN: dict[str, str] = {
    "document.status.öppen": "open",
    "document.status.pågår": "in progress",
    "document.status.klar": "done",
    "document.status.struken": "dropped",
    "document.duty.chair": "chair",
    "document.duty.secretary": "secretary",
    "document.duty.adjuster": "adjuster",
    "document.role.samordnar": "coordinates",
    "document.role.initierar": "initiates",
    "document.role.deltar": "takes part",
    "document.role.ansvarig": "is responsible",
    "document.role.sammankallar": "convenes",
    "document.role.samverkar": "cooperates",
    "document.uncertain": "(unclear)",
    "document.column.kommun": "Municipality",
    "document.column.polis": "Police",
    "document.span": "{start} – {end}",
    "document.percent-change": "{sign}{percent} %",
}
