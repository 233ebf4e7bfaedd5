"""Texts of the quarterly cycle: `overdue`, `new followup`, `report` and `render` (see samverkan.catalog).

- `followup-overdue`, `action-point-overdue`: the findings of `overdue`; `<code>.detail` is shown after the message
  in text and github output (the JSON has `owner` as its own key). `group.quarter` heads the text output's groups.
- `scaffold.*`: the guidance comments `new followup` writes into the files it creates, line by line (`\\n`).
- `new.*`: what `new followup` says it did.
- `template-*`: a template that could not be rendered (`report`, `render`).
"""

SV: dict[str, str] = {
    # ------------------------------------------------------------------------------------ overdue
    "followup-overdue": "Uppföljningen av aktiviteten {activity} för {period} ({period:code}) {state}; den skulle ha "
    "funnits {due} ({days:dag|dagar} sent).",
    "followup-overdue.missing": "saknas",
    "followup-overdue.blank": "är inte ifylld (filen finns men svarar inte på något)",
    "followup-overdue.hint": "Skapa filen med `samverkan new followup --quarter {period:code}` och be den ansvariga "
    "fylla i frågorna.",
    "followup-overdue.detail": "(ansvarig: {owner})",
    "action-point-overdue": "Åtgärdspunkten {point} passerade sitt sista datum {due} ({days:dag|dagar} sent) och är "
    "inte klar.",
    "action-point-overdue.hint": "När punkten är gjord: skriv `status: klar` och `done_on:` i den senaste mötesfilen. "
    "Annars: ge den ett nytt sista datum (`deadline:`), eller stryk den med `status: struken`.",
    "action-point-overdue.detail": "(ansvarig: {owner})",
    "agreement-ended": "{document:cap} upphörde att gälla {date}. Perioder som börjar efter det behöver ingen "
    "uppföljning.",
    "overdue.no-cadence": "{document:cap} anger ingen uppföljningsrytm, så ingen uppföljning kan vara försenad; bara "
    "åtgärdspunkterna kontrolleras.",
    "overdue.lopande": "{document:cap} följs upp löpande, utan fasta perioder, så ingen uppföljning kan vara "
    "försenad; bara åtgärdspunkterna kontrolleras.",
    "overdue.no-agreement": "Det finns ingen överenskommelse i datamappen, bara rådet (bra.yaml); bara "
    "åtgärdspunkterna kontrolleras.",
    "group.quarter": "{value} ({value:code})",
    "group.quarter.none": "utan period",
    "overdue.found": "Försenat per {as_of}: {followups:uppföljning|uppföljningar} och "
    "{points:åtgärdspunkt|åtgärdspunkter}.",
    "overdue.nothing": "Inget är försenat per {as_of}.",
    # ------------------------------------------------------------------------------------ new followup
    "new.outcome.created": "skapad: {file}",
    "new.outcome.overwritten": "överskriven: {file}",
    "new.outcome.skipped": "finns redan, orörd: {file}",
    "new.summary": "{period}: {made:fil|filer} skapades, {skipped} fanns redan ({followups:uppföljning|uppföljningar} "
    "och en mötesfil; {carried:öppen åtgärdspunkt|öppna åtgärdspunkter} från förra mötet).",
    "new.existing-kept": "Filer som finns skrivs aldrig över; lägg till --force om det är meningen.",
    "new.meeting-date-passed": "Obs: mötesdatumet {date} har redan passerat; ändra det.",
    "new.outside-validity": "Perioden {period:code} ligger utanför {document} giltighetstid ({start} – {end}).",
    "new.until-further-notice": "tills vidare",
    "new.start-unknown": "start okänd",
    "new.no-cadence": "{document:cap} anger ingen uppföljningsrytm (follow_up.cadence), så det finns inga perioder "
    "att skapa uppföljningar för.",
    "new.lopande": "{document:cap} följs upp löpande, utan fasta perioder, så det finns inga perioder att skapa "
    "uppföljningar för.",
    "usage.needs-agreement": "Kommandot behöver en överenskommelse (data/agreement.yaml), men datamappen beskriver "
    "bara rådet (data/bra.yaml).",
    "usage.bad-period-any": "--quarter ska vara en period, t.ex. 2021Q3, 2021T2, 2021H1, 2021M09, 2021, 2024W11 eller "
    "en mötesdag som 2024-02-13.",
    "scaffold-unsafe-path": "Filen skrevs inte: sökvägen skulle hamna utanför datamappen eller är inget namn som "
    "samverkan skapar.",
    "scaffold-unsafe-path.hint": "Kontrollera att mapparna followups/ och meetings/ i datamappen är vanliga mappar, "
    "inte länkar ut ur den.",
    "scaffold-write-failed": "Filen kunde inte skrivas ({reason}).",
    "scaffold-write-failed.hint": "Kontrollera att du får skriva i datamappen och att disken inte är full.",
    # ------------------------------------------------------------------------------------ the files new followup writes
    "scaffold.followup.intro": "Uppföljning av {title}, {period}.\n"
    "Svara på {questions} i fälten nedan: skriv texten efter kolon, eller på raderna under\n"
    "`done: >-` med två mellanslag indrag. Skriv roller och organisationer, aldrig namn på privatpersoner,\n"
    "personnummer eller annat som kan peka ut en ung person.",
    "scaffold.questions.none": "frågorna",
    "scaffold.questions.1": "{document} fråga",
    "scaffold.questions.2": "{document} två frågor",
    "scaffold.questions.3": "{document} tre frågor",
    "scaffold.questions.many": "{document} {n} frågor",
    "scaffold.followup.planned": "Vad var planerat under perioden? Håll det isär från det som genomfördes.",
    "scaffold.followup.production": "Vad producerades? En post per resultat: text, count och target (målets id).",
    "scaffold.followup.indicator_values": "Nya värden för indikatorer: indicator, value och när värdet gäller.",
    "scaffold.followup.done": "Vad har genomförts under perioden? Möten, insatser, tillfällen, hur många som nåddes.",
    "scaffold.followup.cooperated": "Vem har samverkat kring aktiviteten? T.ex. ”Socialtjänsten, skolan och polisen”.",
    "scaffold.followup.effects": "Vilka effekter har aktiviteten haft? ”Inga kända effekter ännu” är också ett svar.",
    "scaffold.followup.rating": "Hur uppfylldes åtagandena under perioden: grön, gul eller röd.",
    "scaffold.followup.reported_by": "Din roll och organisation (inte ditt namn), t.ex. ”Fritid, Strängnäs kommun”.",
    "scaffold.meeting.intro": "Centrala BRÅ-mötet som följer upp {period}. Skapad av `samverkan new followup`.\n"
    "Datumet är ett förslag: ändra det. Efter mötet: fyll i närvaro, beslut och åtgärdspunkter och sätt\n"
    "status: genomfört. `samverkan report --quarter {period:code}` skriver sedan minnesanteckningarna.",
    "scaffold.meeting.carried": "Öppna åtgärdspunkter från förra mötet; uppdatera status (klar med done_on, eller "
    "struken).",
    "scaffold.meeting.people": "Från förra mötet: ordförande, sekreterare, justerare och närvarande. Ändra efter mötet "
    "så att det stämmer.",
    "scaffold.meeting.decisions": "Övriga punkter (items) och beslut (decisions) skrivs in efter mötet.",
    # ------------------------------------------------------------------------------------ templates (report, render)
    "publish-identity-number": "Här skulle dokumentet innehålla ett {kind}. Ingenting skrevs.",
    "publish-identity-number.hint": "Numret kommer från datat eller mallen. Kör `samverkan lint` för att hitta det i "
    "filerna och ta bort det: uppgifter som identifierar en enskild person får aldrig publiceras.",
    "template-unsafe": "Mallen försöker komma åt något som en mall inte får röra (Pythons inre delar), och stoppades.",
    "template-unsafe.hint": "Mallar körs i en sandlåda och får bara läsa dokumentets data. Ta bort uttrycket på "
    "raden, eller utgå från den inbyggda mallen.",
    "template-syntax": "Mallen är inte giltig Jinja: {problem}.",
    "template-syntax.hint": "Kontrollera att varje {{% if %}} och {{% for %}} har sitt {{% endif %}}/{{% endfor %}} "
    "och att klamrarna är parade.",
    "template-undefined": "Mallen använder ett namn eller fält som inte finns i dokumentets data.",
    "template-undefined.hint": "Kontrollera stavningen mot den inbyggda mallen. Ett fält som kan saknas skrivs "
    "`{{% if x is defined %}}…{{% endif %}}` eller `x | default('')`.",
    "template-missing": "Mallen hänvisar till en annan mall som inte finns.",
    "template-missing.hint": "Den inbyggda mallen nås som `builtin/<namn>`, t.ex. "
    "`{{% extends 'builtin/minutes.md.j2' %}}`.",
    "template-error": "Mallen kunde inte fyllas i ({kind}).",
    "template-error.hint": "Kontrollera uttrycket på raden; prova den inbyggda mallen för att se om felet ligger i "
    "mallen eller i data.",
    "template-unreadable": "Mallen kunde inte läsas som UTF-8-text.",
    "template-unreadable.hint": "Spara mallen som UTF-8.",
    "template-outside": "Mallen hänvisar till en fil som är en symbolisk länk eller ligger utanför mallmappen, "
    "och den lästes inte.",
    "template-outside.hint": "En mall får bara läsa mallar i sin egen mapp. Ersätt länken med en vanlig fil i "
    "mappen `templates`.",
    "template-recursion": "Mallen anropar sig själv utan slut (en makro eller include i en slinga) och stoppades.",
    "template-recursion.hint": "Kontrollera att varje makro som anropar sig själv har ett slut, och att ingen mall "
    "tar med sig själv.",
    "template-too-long": "Mallen gör för många varv i sina slingor och stoppades.",
    "template-too-long.hint": "En mall går igenom dokumentets data; en `range` med stora tal eller slingor i "
    "många nivåer behövs inte för ett dokument.",
    "template-too-large": "Mallen bygger en för stor text och stoppades; ingenting skrevs.",
    "template-too-large.hint": "Kontrollera uttryck som upprepar text (`'x' * n`) eller slingor som skriver "
    "samma sak om och om igen.",
}

EN: dict[str, str] = {
    # ------------------------------------------------------------------------------------ overdue
    "followup-overdue": "The follow-up of activity {activity} for {period} ({period:code}) {state}; it was due "
    "{due} ({days:day|days} late).",
    "followup-overdue.missing": "is missing",
    "followup-overdue.blank": "is not filled in (the file is there but answers nothing)",
    "followup-overdue.hint": "Create the file with `samverkan new followup --quarter {period:code}` and ask the "
    "person responsible to answer the questions.",
    "followup-overdue.detail": "(responsible: {owner})",
    "action-point-overdue": "Action point {point} passed its due date {due} ({days:day|days} late) and is not done.",
    "action-point-overdue.hint": "When it is done: write `status: klar` and `done_on:` in the latest meeting file. "
    "Otherwise give it a new due date (`deadline:`), or drop it with `status: struken`.",
    "action-point-overdue.detail": "(responsible: {owner})",
    "agreement-ended": "{document:cap} ended on {date}. Periods that begin after that need no follow-up.",
    "overdue.no-cadence": "{document:cap} sets no follow-up rhythm, so no follow-up can be overdue; only the action "
    "points are checked.",
    "overdue.lopande": "{document:cap} is followed up as needed, with no fixed periods, so no follow-up can be "
    "overdue; only the action points are checked.",
    "overdue.no-agreement": "There is no agreement in the data folder, only the council (bra.yaml); only the action "
    "points are checked.",
    "group.quarter": "{value} ({value:code})",
    "group.quarter.none": "no period",
    "overdue.found": "Overdue as of {as_of}: {followups:follow-up|follow-ups} and {points:action point|action points}.",
    "overdue.nothing": "Nothing is overdue as of {as_of}.",
    # ------------------------------------------------------------------------------------ new followup
    "new.outcome.created": "created: {file}",
    "new.outcome.overwritten": "overwritten: {file}",
    "new.outcome.skipped": "exists, left as it is: {file}",
    "new.summary": "{period}: {made:file|files} created, {skipped} already existed ({followups:follow-up|follow-ups} "
    "and one meeting file; {carried:open action point|open action points} carried over from the last meeting).",
    "new.existing-kept": "Existing files are never overwritten; add --force if that is what you want.",
    "new.meeting-date-passed": "Note: the meeting date {date} has passed; change it.",
    "new.outside-validity": "The period {period:code} lies outside {document} validity ({start} – {end}).",
    "new.until-further-notice": "until further notice",
    "new.start-unknown": "start unknown",
    "new.no-cadence": "{document:cap} sets no follow-up rhythm (follow_up.cadence), so there are no periods to create "
    "follow-ups for.",
    "new.lopande": "{document:cap} is followed up as needed, with no fixed periods, so there are no periods to create "
    "follow-ups for.",
    "usage.needs-agreement": "The command needs an agreement (data/agreement.yaml), but the data folder describes "
    "only the council (data/bra.yaml).",
    "usage.bad-period-any": "--quarter must be a period, e.g. 2021Q3, 2021T2, 2021H1, 2021M09, 2021, 2024W11 or a "
    "meeting day such as 2024-02-13.",
    "scaffold-unsafe-path": "The file was not written: its path would leave the data folder or is not a name "
    "samverkan makes.",
    "scaffold-unsafe-path.hint": "Check that the folders followups/ and meetings/ in the data folder are ordinary "
    "folders, not links out of it.",
    "scaffold-write-failed": "The file could not be written ({reason}).",
    "scaffold-write-failed.hint": "Check that you may write in the data folder and that the disk is not full.",
    # ------------------------------------------------------------------------------------ the files new followup writes
    "scaffold.followup.intro": "Follow-up of {title}, {period}.\n"
    "Answer {questions} in the fields below: write the text after the colon, or on the lines\n"
    "under `done: >-`, indented by two spaces. Write roles and organisations, never names of private persons,\n"
    "personal identity numbers or anything else that can point out a young person.",
    "scaffold.questions.none": "the questions",
    "scaffold.questions.1": "{document} question",
    "scaffold.questions.2": "{document} two questions",
    "scaffold.questions.3": "{document} three questions",
    "scaffold.questions.many": "{document} {n} questions",
    "scaffold.followup.planned": "What was planned for the period? Keep it apart from what was done.",
    "scaffold.followup.production": "What was produced? One entry per result: text, count and target (the target's "
    "id).",
    "scaffold.followup.indicator_values": "New values of indicators: indicator, value and when the value holds.",
    "scaffold.followup.done": "What has been done during the period? Meetings, efforts, occasions, how many were "
    "reached.",
    "scaffold.followup.cooperated": "Who has cooperated on the activity? E.g. “Social services, the school and the "
    "police”.",
    "scaffold.followup.effects": "What effects has the activity had? “No known effects yet” is an answer too.",
    "scaffold.followup.rating": "How were the commitments met during the period: grön (green), gul (yellow) or röd "
    "(red).",
    "scaffold.followup.reported_by": "Your role and organisation (not your name), e.g. “Fritid, Strängnäs kommun”.",
    "scaffold.meeting.intro": "The central BRÅ meeting that follows up {period}. Created by `samverkan new followup`.\n"
    "The date is a suggestion: change it. After the meeting: fill in attendance, decisions and action points and\n"
    "set status: genomfört. `samverkan report --quarter {period:code}` then writes the minutes.",
    "scaffold.meeting.carried": "Open action points from the last meeting; update their status (klar with done_on, "
    "or struken).",
    "scaffold.meeting.people": "From the last meeting: chair, secretary, adjuster and those present. Correct them "
    "after the meeting.",
    "scaffold.meeting.decisions": "Other items (items) and decisions (decisions) are written in after the meeting.",
    # ------------------------------------------------------------------------------------ templates (report, render)
    "publish-identity-number": "Here the document would contain a {kind}. Nothing was written.",
    "publish-identity-number.hint": "The number comes from the data or the template. Run `samverkan lint` to find it "
    "in the files and remove it: data that identifies a private person must never be published.",
    "template-unsafe": "The template tries to reach something a template may not touch (Python's internals), and "
    "was stopped.",
    "template-unsafe.hint": "Templates run in a sandbox and may only read the document's data. Remove the expression "
    "on this line, or start from the built-in template.",
    "template-syntax": "The template is not valid Jinja: {problem}.",
    "template-syntax.hint": "Check that every {{% if %}} and {{% for %}} has its {{% endif %}}/{{% endfor %}} and "
    "that the braces pair up.",
    "template-undefined": "The template uses a name or field that does not exist in the document's data.",
    "template-undefined.hint": "Check the spelling against the built-in template. A field that may be missing is "
    "written `{{% if x is defined %}}…{{% endif %}}` or `x | default('')`.",
    "template-missing": "The template refers to another template that does not exist.",
    "template-missing.hint": "The built-in template is reached as `builtin/<name>`, e.g. "
    "`{{% extends 'builtin/minutes.md.j2' %}}`.",
    "template-error": "The template could not be filled in ({kind}).",
    "template-error.hint": "Check the expression on this line; try the built-in template to see whether the problem "
    "is the template or the data.",
    "template-unreadable": "The template could not be read as UTF-8 text.",
    "template-unreadable.hint": "Save the template as UTF-8.",
    "template-outside": "The template refers to a file that is a symbolic link or lies outside the templates "
    "folder, and it was not read.",
    "template-outside.hint": "A template may only read templates in its own folder. Replace the link with an "
    "ordinary file in the `templates` folder.",
    "template-recursion": "The template calls itself without end (a macro or include in a loop) and was stopped.",
    "template-recursion.hint": "Check that every macro that calls itself has an end, and that no template includes "
    "itself.",
    "template-too-long": "The template goes round its loops too many times and was stopped.",
    "template-too-long.hint": "A template walks the document's data; a `range` with large numbers or loops many "
    "levels deep are not needed for a document.",
    "template-too-large": "The template builds too large a text and was stopped; nothing was written.",
    "template-too-large.hint": "Check expressions that repeat text (`'x' * n`) or loops that write the same thing "
    "over and over.",
}
