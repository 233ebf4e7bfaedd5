"""Texts of the lint area (see samverkan.catalog): every rule's message, hint, summary and explanation, the words
of `samverkan rules`, and docs/lint.md, which `samverkan rules --format markdown` writes from these texts.

For each rule with code `<code>`:

- `<code>`: the message of a finding; `<code>.hint`: how to fix it.
- `rule.<code>.summary`: what the rule checks, in one line (the table of `samverkan rules`).
- `rule.<code>.explanation`: what it looks for; then a paragraph "Undvik:" / "Anti-pattern:" with a short example;
  then "Bättre:" / "Better:", the better way. Paragraphs are separated by a blank line and are not wrapped:
  `samverkan rules KOD` wraps them to the terminal, docs/lint.md keeps one line a paragraph.

`{{` and `}}` are a literal brace (a template is a `str.format` string).
"""

SV: dict[str, str] = {
    # ------------------------------------------------------------------------------------------ shared parts
    "lint.did-you-mean": " Menade du {value}?",
    "lint.start-date": "startdatum",
    "lint.end-date": "slutdatum",
    "lint.id.party.a": "en part",
    "lint.id.party.where": "`parties` i agreement.yaml",
    "lint.id.party.another": "en annan part",
    "lint.id.focus-area.a": "en inriktning",
    "lint.id.focus-area.where": "`focus_areas` i agreement.yaml",
    "lint.id.focus-area.another": "en annan inriktning",
    "lint.id.goal.a": "ett mål",
    "lint.id.goal.where": "`action_plan.goals` i agreement.yaml",
    "lint.id.goal.another": "ett annat mål",
    "lint.id.indicator.a": "en indikator",
    "lint.id.indicator.where": "målens `indicators` i agreement.yaml",
    "lint.id.indicator.another": "en annan indikator",
    "lint.id.source.a": "en källa",
    "lint.id.source.where": "`sources` i agreement.yaml",
    "lint.id.source.another": "en annan källa",
    "lint.id.activity.a": "en aktivitet",
    "lint.id.activity.where": "filnamnen i data/activities/",
    "lint.id.activity.another": "en annan aktivitet",
    "lint.id.action-point.another": "en annan åtgärdspunkt i samma möte",
    "lint.id.problem.a": "ett problem",
    "lint.id.problem.where": "`situation_report.problems` i agreement.yaml",
    "lint.id.problem.another": "ett annat problem",
    "lint.id.cause.a": "en orsak",
    "lint.id.cause.where": "problemens `causes` under `situation_report` i agreement.yaml",
    "lint.id.cause.another": "en annan orsak",
    "lint.id.finding.a": "ett fynd i kartläggningen",
    "lint.id.finding.where": "`situation_report.crime_mapping.findings` i agreement.yaml",
    "lint.id.finding.another": "ett annat fynd",
    "lint.id.local-part.a": "en lokal del",
    "lint.id.local-part.where": "`local_parts` i agreement.yaml",
    "lint.id.local-part.another": "en annan lokal del",
    "lint.id.production-target.a": "ett produktionsmål",
    "lint.id.production-target.where": "aktivitetens `production_targets`",
    "lint.id.production-target.another": "ett annat produktionsmål i samma aktivitet",
    "lint.id.window.a": "ett uppföljningsfönster",
    "lint.id.window.where": "`follow_up.windows` i agreement.yaml",
    "lint.id.window.another": "ett annat uppföljningsfönster",
    "lint.layout.activity": "activities/<id>.yaml",
    "lint.layout.followup": "followups/<period>/<aktivitet>.yaml",
    "lint.layout.meeting": "meetings/<period>.yaml",
    "enum.IdentityKind.personnummer": "personnummer",
    "enum.IdentityKind.samordningsnummer": "samordningsnummer",
    # ------------------------------------------------------------------------------------------ references
    "unknown-reference": "Id:t hänvisar till {target} som inte finns.{suggestion}",
    "unknown-reference.hint": "Kontrollera stavningen mot {where}.{known} Ett id skrivs med små bokstäver a–z, "
    "siffror och bindestreck.",
    "unknown-reference.known": " Där finns {ids}.",
    "unknown-reference.none-known": " Där finns inga ännu.",
    "rule.unknown-reference.summary": "Varje id som en fil hänvisar till (part, inriktning, mål, indikator, källa, "
    "aktivitet, problem, orsak, lokal del, produktionsmål, uppföljningsfönster) finns.",
    "rule.unknown-reference.explanation": "Ett id som inte pekar på något.\n\n"
    "Undvik: en aktivitet anger `goals: [minska-ungdomsbrott]` medan målets id är `minska-ungdomsbrottslighet`, "
    "eller en uppföljning nämner en aktivitet som har bytt namn. Kopplingen försvinner då ur rapporten utan att "
    "någon märker det.\n\n"
    "Bättre: kopiera id:t från där det står definierat (`parties`, `focus_areas`, `action_plan.goals`, `sources`, "
    "målens `indicators` i agreement.yaml, eller aktivitetens filnamn).",
    "duplicate-id": "Id:t används redan för {kind} ({first}).",
    "duplicate-id.hint": "Ge varje part, inriktning, mål, indikator, källa, problem, orsak, fynd, lokal del, "
    "aktivitet, produktionsmål och åtgärdspunkt ett eget id.",
    "duplicate-id.first-on-line": "först på rad {line}",
    "duplicate-id.first-in": "först i {file}",
    "rule.duplicate-id.summary": "Id:n är unika: parter, inriktningar, mål, indikatorer, källor, problem, orsaker, "
    "fynd, lokala delar, aktiviteter, produktionsmål i en aktivitet, åtgärdspunkter i ett möte.",
    "rule.duplicate-id.explanation": "Två saker med samma id.\n\n"
    "Undvik: två mål som båda heter `trygghet`, eller en kopierad aktivitetsfil där `id` inte har ändrats. Varje "
    "hänvisning till det id:t blir då tvetydig.\n\n"
    "Bättre: ett id per sak. En åtgärdspunkt får behålla sitt id från möte till möte (det är så man följer den), "
    "men inom ett möte används varje id bara en gång.",
    "file-name-mismatch": "Fältet {field} stämmer inte med var filen ligger: filen ska ligga som {layout}.",
    "file-name-mismatch.hint": "Byt namn på filen (eller flytta den), eller rätta fältet, så att de stämmer.",
    "rule.file-name-mismatch.summary": "Filnamnet stämmer med innehållet: aktivitet = id, uppföljning = aktivitet "
    "i mappen för perioden, möte = period.",
    "rule.file-name-mismatch.explanation": "En fil vars namn (eller mapp) inte stämmer med id:t eller perioden i "
    "filen.\n\n"
    "Undvik: `activities/team-ungdom.yaml` med `id: team-unga`, eller en uppföljning för 2021Q3 som sparats i "
    "`followups/2021Q2/`. Man letar efter filer på deras namn, och två uppföljningar kan då krocka.\n\n"
    "Bättre: `activities/<id>.yaml`, `followups/<period>/<aktivitet>.yaml`, `meetings/<period>.yaml`.",
    # ------------------------------------------------------------------------------------------ the chain
    "focus-area-unserved": "Inget mål och ingen aktivitet arbetar med den här inriktningen.",
    "focus-area-unserved.hint": "Lägg till inriktningens id i `focus_areas` hos ett mål eller en aktivitet, eller "
    "skriv i inriktningens `no_measures_reason` varför den saknar egna åtgärder.",
    "rule.focus-area-unserved.summary": "Varje inriktning har minst ett mål eller en aktivitet som arbetar med den.",
    "rule.focus-area-unserved.explanation": "En vald inriktning som ingenting i handlingsplanen arbetar med.\n\n"
    "Undvik: överenskommelsen anger fyra inriktningar, men handlingsplanens mål och aktiviteter täcker bara tre. "
    "Det fjärde problemet prioriterades men får sedan inga åtgärder, ingen uppföljning och ingen effekt.\n\n"
    "Bättre: ge inriktningen ett mål (`focus_areas: [<id>]` på målet) eller aktiviteter, eller skriv öppet varför "
    "inte i `no_measures_reason`.",
    "activity-unanchored": "Aktiviteten hör inte till något mål eller någon inriktning.",
    "activity-unanchored.hint": "Ange vilka mål (`goals`), inriktningar (`focus_areas`) eller problem i lägesbilden "
    "(`problems`) aktiviteten arbetar mot.",
    "rule.activity-unanchored.summary": "Varje aktivitet, löfte och åtgärd arbetar mot minst ett mål, en inriktning, "
    "ett problem eller en orsak.",
    "rule.activity-unanchored.explanation": "En aktivitet som inte arbetar mot något mål eller någon inriktning.\n\n"
    "Undvik: en aktivitet som står i planen för att den alltid har gjort det. Dess effekt går inte att koppla till "
    "något prioriterat problem, och uppföljningen kan inte säga vad den har förändrat.\n\n"
    "Bättre: `goals: [<målets id>]` eller `focus_areas: [<inriktningens id>]` – varje åtgärd ska ta sig an ett "
    "valt problem.",
    "goal-unmeasurable": "Målet har ingen indikator, så det går inte att följa upp om det nås.",
    "goal-unmeasurable.hint": "Lägg till minst en indikator (`indicators`) med källa, gärna med utgångsläge "
    "(`baseline`) och målvärde (`target`), hos målet eller ett delmål.",
    "rule.goal-unmeasurable.summary": "Varje mål kan mätas: det eller ett delmål har minst en indikator.",
    "rule.goal-unmeasurable.explanation": "Ett mål som inte går att mäta.\n\n"
    "Undvik: ”Öka tryggheten” utan någon indikator. Brå efterfrågar avgränsade och mätbara mål; utan ett mått kan "
    "uppföljningen bara säga vad som gjordes, aldrig om det hjälpte.\n\n"
    "Bättre: en indikator från en av överenskommelsens källor (t.ex. Polisens trygghetsmätning), med utgångsläget "
    "från lägesbilden och ett målvärde (ett värde eller en riktning, samt ett datum).",
    "goal-vague-verb": "Målet använder ett vagt verb (som ”verka för”, ”värna om” eller ”arbeta för”) som inte går "
    "att följa upp.",
    "goal-vague-verb.hint": "Skriv vad som ska förändras, hur mycket och till när, t.ex. ”Minska anmälda "
    "skadegörelsebrott i centrum med 20 % till 2023”.",
    "rule.goal-vague-verb.summary": "Målens namn säger vad som ska förändras, inte bara att man ska ”verka för” något.",
    "rule.goal-vague-verb.explanation": "Ett mål formulerat med ett verb som lovar ansträngning, inte ett "
    "resultat.\n\n"
    "Undvik: ”Verka för ökad trygghet”, ”Värna om ungdomarna”. Ingenting i ett sådant mål går att mäta, och det "
    "kan aldrig visa sig att målet inte nåddes.\n\n"
    "Bättre: ett konkret, mätbart mål med ett datum: ”Minska andelen elever i åk 9 som använt narkotika till under "
    "5 % till 2023” – ett effektmål, processmål eller produktionsmål.",
    "followup-plan-as-done": "Svaret på vad som har genomförts (`done`) är samma text som det som var planerat "
    "(`planned`).",
    "followup-plan-as-done.hint": "Skriv i `done` vad som faktiskt blev gjort under perioden, och vad som inte blev "
    "av. Blev allt precis som planerat, säg det med egna ord, t.ex. med antal och datum.",
    "rule.followup-plan-as-done.summary": "En uppföljning redovisar det genomförda, inte planen en gång till.",
    "rule.followup-plan-as-done.explanation": "En uppföljning där svaret på ”Vad har genomförts?” är planen, ord "
    "för ord (stora och små bokstäver och radbrytningar räknas inte).\n\n"
    "Undvik: planen kopieras från `planned` till `done`. Då ser det ut som om allt blev gjort, men ingen har "
    "kontrollerat det.\n\n"
    "Bättre: `planned` säger vad som skulle göras, `done` vad som blev gjort – med antal, datum och det som "
    "ställdes in.",
    "result-below-target": "Det genomförda är färre än produktionsmålet i aktiviteten säger för perioden.",
    "result-below-target.hint": "Skriv i uppföljningen varför målet inte nåddes och vad som görs nu (t.ex. i "
    "`done` eller `effects`), och ta upp det på mötet. När det är gjort: lägg till "
    "`# samverkan: ignore[result-below-target]` sist på raden. Är målet fel, ändra det i aktiviteten.",
    "rule.result-below-target.summary": "Ett resultat som redovisas mot ett produktionsmål når upp till målet "
    "(för ett mål per år: i en uppföljning av året).",
    "rule.result-below-target.explanation": "En uppföljning redovisar ett genomfört antal mot ett produktionsmål "
    "(`production: - target: <id>`) som är lägre än målets antal.\n\n"
    "Undvik: löftet är ”minst 10 trygghetsvandringar per år”, uppföljningen av året redovisar 7 genomförda och "
    "betyget grönt, utan ett ord om varför. Att målet missades syns inte förrän någon räknar.\n\n"
    "Bättre: säg öppet att målet inte nåddes, varför, och vad som görs nu. Regeln jämför bara när uppföljningens "
    "period är lika lång som målets (`per`), när målet är ett golv (”minst” eller ett exakt antal) och när "
    "resultatet är genomfört (`state: genomfört`); ett ungefärligt mål (”cirka”) eller ett tak (”högst”) jämförs "
    "inte.",
    "plan-without-activity": "Dokumentet har ingen aktivitet, inget löfte och ingen åtgärd: det säger inte vad som "
    "ska göras.",
    "plan-without-activity.hint": "Lägg en fil per aktivitet, löfte eller åtgärd i `activities/`, med "
    "vem som gör vad och vilket mål den arbetar mot.",
    "rule.plan-without-activity.summary": "Ett dokument som ska styra arbetet har minst en aktivitet, ett löfte eller "
    "en åtgärd.",
    "rule.plan-without-activity.explanation": "En överenskommelse, ett medborgarlöfte eller en åtgärdsplan där "
    "ingenting står om vad som ska göras.\n\n"
    "Undvik: mål och inriktningar skrivs under, men handlingsplanen blir aldrig av. Då finns inget att följa upp.\n\n"
    "Bättre: minst en aktivitet (eller ett löfte) per mål, med ansvar och tid. En lägesbild för sig kontrolleras "
    "inte: åtgärderna kommer i planen efter den.",
    "goal-unserved": "Ingen aktivitet arbetar mot det här målet.",
    "goal-unserved.hint": "Ange målets id i `goals` hos den aktivitet som ska nå det (eller hos ett delmåls "
    "aktivitet), eller lägg till en aktivitet för målet.",
    "rule.goal-unserved.summary": "Varje mål har minst en aktivitet som arbetar mot det (eller mot ett delmål).",
    "rule.goal-unserved.explanation": "Ett mål som inget i handlingsplanen görs för att nå.\n\n"
    "Undvik: ett mål står i överenskommelsen, men ingen aktivitet hänvisar till det. Vid uppföljningen finns "
    "inget att redovisa för målet.\n\n"
    "Bättre: varje mål får minst en aktivitet (`goals: [<id>]` i aktivitetens fil). Ett mål räknas som betjänat "
    "när en aktivitet arbetar mot målet, mot ett av dess delmål eller mot målet det är en del av. Finns ingen "
    "aktivitet alls säger regeln `plan-without-activity` det en gång i stället för en gång per mål.",
    "activity-vague-verb": "Texten säger att man ska anstränga sig (med ett vagt verb som ”verka för”, ”motverka” "
    "eller ”arbeta för att”), inte vad som ska göras.",
    "activity-vague-verb.hint": "Skriv vad som görs, av vem och hur ofta, så att det går att se om det blev gjort, "
    "t.ex. ”Polisen genomför trygghetsvandringar i centrum en gång i månaden”.",
    "rule.activity-vague-verb.summary": "Aktiviteter, löften och åtgärder säger vad som görs, inte bara att man ska "
    "”verka för” något.",
    "rule.activity-vague-verb.explanation": "En aktivitet, ett löfte eller en åtgärd formulerad med ett verb som Brå "
    "varnar för: ”arbeta för att”, ”verka för”, ”motverka”, ”värna om”.\n\n"
    "Undvik: ”Polisen ska verka för ökad närvaro i centrum”. Vid uppföljningen går det inte att säga om löftet "
    "hölls.\n\n"
    "Bättre: en handling som går att se och räkna: ”Polisen patrullerar i centrum fredagar och lördagar kl. 21–02”.",
    # ------------------------------------------------------------------------------------------ responsibility
    "responsibility-kommun-missing": "Aktiviteten saknar {side}.",
    "responsibility-kommun-missing.hint": "{fix}",
    "responsibility-kommun-missing.side.kommun": "en roll för kommunen",
    "responsibility-kommun-missing.side.anyone": "någon som ansvarar (kolumnen Vem)",
    "responsibility-kommun-missing.fix.kommun": "Lägg till en post i `responsibilities` för kommunens part, med "
    "enhet och roll.",
    "responsibility-kommun-missing.fix.anyone": "Lägg till en post i `responsibilities` för den som ansvarar, gärna "
    "med enhet och `contact_role`.",
    "rule.responsibility-kommun-missing.summary": "Varje rad i åtgärdstabellen har en roll för kommunen (i en tabell "
    "med kolumnen Vem: någon som ansvarar).",
    "rule.responsibility-kommun-missing.explanation": "En aktivitet där kolumnen Kommun är tom; i en åtgärdsplan med "
    "kolumnen Vem: en åtgärd utan någon som ansvarar. Regeln gäller bara när dokumentets tabell har kolumnen "
    "(`action_plan.columns`, annars det som är vanligt för dokumentets sort), och aldrig ett löfte eller ett "
    "medborgarlöfte.\n\nUndvik: en aktivitet där bara Polisens roll är ifylld i en överenskommelse vars tabell har "
    "kolumnerna Kommun, Polis och Kommunikation. En tom ruta betyder att ingen på kommunens sida "
    "ansvarar.\n\nBättre: en post i `responsibilities` för en part av sorten `kommun` (eller `stadsdel`), med enhet "
    "och roll.",
    "responsibility-police-missing": "Aktiviteten saknar en roll för Polisen.",
    "responsibility-police-missing.hint": "Lägg till en post i `responsibilities` för Polisens part, med enhet och "
    "roll.",
    "rule.responsibility-police-missing.summary": "Varje rad i en åtgärdstabell med kolumnen Polis har en roll för "
    "Polisen.",
    "rule.responsibility-police-missing.explanation": "En aktivitet där kolumnen Polis är tom. Regeln gäller bara "
    "när dokumentets tabell har kolumnen, och aldrig ett löfte eller ett medborgarlöfte.\n\nUndvik: en aktivitet i "
    "en samverkansöverenskommelse där bara kommunens roll är ifylld. Tabellen i en svensk handlingsplan har "
    "kolumnerna Kommun, Polis och Kommunikation, och en tom ruta betyder att ingen ansvarar för den "
    "delen.\n\nBättre: en post i `responsibilities` för en part av sorten `polismyndigheten`. Gör Polisen ingenting "
    "i aktiviteten: stäng av regeln för den raden med `# samverkan: ignore[responsibility-police-missing]`.",
    "communication-missing": "Aktiviteten saknar uppgift om vem som kommunicerar.",
    "communication-missing.hint": "Lägg till `communication:` med `parties:` (och gärna `units:`) för den som "
    "kommunicerar.",
    "rule.communication-missing.summary": "Varje rad i en åtgärdstabell med kolumnen Kommunikation anger vem som "
    "kommunicerar.",
    "rule.communication-missing.explanation": "En aktivitet där kolumnen Kommunikation är tom. Regeln gäller bara "
    "när dokumentets tabell har kolumnen, och aldrig ett löfte eller ett medborgarlöfte.\n\nUndvik: en aktivitet "
    "utan `communication`. Ingen vet då vem som berättar om arbetet för invånarna eller medierna, och det blir ofta "
    "ingen.\n\nBättre: `communication:` med de parter (och gärna funktioner) som kommunicerar om aktiviteten.",
    "promise-giver-missing": "Löftet säger inte vem som lovar.",
    "promise-giver-missing.hint": "Lägg till `by:` med part-id för den som lovar, eller `[vi]` när parterna lovar "
    "gemensamt.",
    "rule.promise-giver-missing.summary": "Varje löfte anger vem som lovar (`by`).",
    "rule.promise-giver-missing.explanation": "Ett löfte (`kind: löfte`) utan `by`.\n\nUndvik: ”Vi ordnar "
    "trygghetsvandringar” utan att det står om det är Polisen, kommunen eller båda. Vid uppföljningen vet ingen vem "
    "som skulle ha gjort det.\n\nBättre: `by: [polisen]`, `by: [<kommunens id>]` eller `by: [vi]` när parterna lovar "
    "gemensamt, som i dokumentet.",
    "uncertain-responsibility": "Rollen i aktiviteten är osäker: {why}.",
    "uncertain-responsibility.hint": "Reda ut med parterna vem som gör vad och rätta handlingsplanen vid nästa "
    "revision. Tills dess: låt markeringen stå, så att osäkerheten syns.",
    "uncertain-responsibility.why.marked-in-text": "texten har ett frågetecken eller ett ord som ”oklart” eller "
    "”eventuellt”",
    "uncertain-responsibility.why.flagged": "den är markerad `uncertain: true`",
    "rule.uncertain-responsibility.summary": "Ingen roll i en aktivitet är osäker (`uncertain: true`, eller ”?”, "
    "”oklart”, ”eventuellt” i texten).",
    "rule.uncertain-responsibility.explanation": "Ett ansvar som det undertecknade dokumentet lämnar oklart.\n\n"
    "Undvik: ”Socialtjänst? deltar” – frågetecknet skrevs under, och ingen vet om socialtjänsten deltar. En oklar "
    "roll blir oftast en roll som ingen fyller.\n\n"
    "Bättre: behåll texten som den skrevs under i `as_signed` med `uncertain: true` (rätta aldrig ett undertecknat "
    "dokument i tysthet), och reda ut frågan på nästa BRÅ-möte.",
    # ------------------------------------------------------------------------------------------ dates
    "activity-outside-agreement": "Aktivitetens {which} ligger utanför {document} giltighetstid.",
    "activity-outside-agreement.hint": "Rätta datumet, eller flytta aktiviteten till den överenskommelse den hör till.",
    "rule.activity-outside-agreement.summary": "Aktiviteter börjar och slutar inom överenskommelsens giltighetstid.",
    "rule.activity-outside-agreement.explanation": "En aktivitet som börjar före överenskommelsen eller slutar "
    "efter den.\n\n"
    "Undvik: `start: 2019-08-01` på en aktivitet under en överenskommelse som gäller från 2019-12-20 – aktiviteten "
    "hörde då inte till den här överenskommelsen, och dess uppföljningar hör hemma någon annanstans.\n\n"
    "Bättre: utelämna `start`/`end` när aktiviteten pågår lika länge som överenskommelsen; ange dem bara när de "
    "ligger inom den.",
    "dates-out-of-order": "{what} ligger före {before}.",
    "dates-out-of-order.hint": "Kontrollera datumen; ett slut kommer efter sin början, och nästa möte efter det här.",
    "dates-out-of-order.activity-end": "Aktivitetens slutdatum ({day})",
    "dates-out-of-order.agreement-start": "{document} startdatum ({day})",
    "dates-out-of-order.next-meeting": "Nästa mötes datum ({day})",
    "dates-out-of-order.this-meeting": "det här mötets datum ({day}) eller är samma dag",
    "rule.dates-out-of-order.summary": "Slut kommer efter början: aktivitetens slut efter dess (eller avtalets) "
    "start, nästa möte efter mötet.",
    "rule.dates-out-of-order.explanation": "Ett slut före början som schemat inte ser, eftersom början står i en "
    "annan fil.\n\n"
    "Undvik: en aktivitet med bara `end: 2019-06-30` under en överenskommelse som börjar 2019-12-20 (aktiviteten "
    "börjar då samtidigt som överenskommelsen och slutar alltså innan den har börjat), eller ett möte vars "
    "`next_meeting` ligger före mötet självt.\n\n"
    "Bättre: kontrollera årtalet – oftast är det ett skrivfel i det.",
    "followup-outside-activity": "Uppföljningen gäller en period då aktiviteten inte pågår.",
    "followup-outside-activity.hint": "Kontrollera perioden (`period` och mappen), och aktivitetens `start` och "
    "`end` (utan dem gäller överenskommelsens giltighetstid).",
    "rule.followup-outside-activity.summary": "En uppföljnings period överlappar den tid då aktiviteten pågår.",
    "rule.followup-outside-activity.explanation": "En uppföljning för en period då aktiviteten inte pågick.\n\n"
    "Undvik: en uppföljning för 2024Q1 av en aktivitet under en överenskommelse som slutade 2023-06-01. Oftast är "
    "det ett skrivfel i årtalet eller en kopierad fil.\n\n"
    "Bättre: uppföljningar bara för perioder då aktiviteten pågår, alltså perioder som överlappar aktivitetens "
    "`start`–`end` (utan egna datum gäller överenskommelsens).",
    "meeting-date-out-of-period": "Mötet är daterat {when}.",
    "meeting-date-out-of-period.hint": "Ett möte som följer upp en period hålls tidigast när perioden börjar och "
    "senast under perioden efter. Kontrollera `date` och `period`.",
    "meeting-date-out-of-period.before": "före {period}, perioden det följer upp",
    "meeting-date-out-of-period.after": "efter {next}, perioden efter den det följer upp ({period})",
    "meeting-date-out-of-period.before-window": "före {start}, när uppföljningsfönstret det följer upp börjar",
    "meeting-date-out-of-period.after-window": "efter {end}, när fönstret efter det det följer upp slutar",
    "rule.meeting-date-out-of-period.summary": "Ett mötes datum ligger tidigast i perioden det följer upp och "
    "senast i perioden efter.",
    "rule.meeting-date-out-of-period.explanation": "Ett möte med ett datum långt från perioden det följer upp.\n\n"
    "Undvik: `meetings/2021Q3.yaml` med datumet 2021-03-10 (innan kvartalet började) eller 2022-05-01 (tre kvartal "
    "senare). Ett av de två är fel, och rapporten för kvartalet väljer fel möte.\n\n"
    "Bättre: mötet som följer upp en period hålls under perioden eller under perioden efter.",
    "done-in-future": "{what} med ett datum efter {today}.",
    "done-in-future.hint": "Det som ännu inte har hänt kan inte vara genomfört. Rätta datumet, eller ändra status "
    "tills det har skett.",
    "done-in-future.followup": "Uppföljningen är registrerad som genomförd",
    "done-in-future.meeting": "Mötet är registrerat som genomfört",
    "done-in-future.action-point": "Åtgärdspunkten är registrerad som genomförd",
    "rule.done-in-future.summary": "Inget är registrerat som genomfört efter dagens datum (eller --as-of).",
    "rule.done-in-future.explanation": "Något som är registrerat som genomfört en dag som inte har kommit än.\n\n"
    "Undvik: en uppföljning med `done_on` nästa månad, en åtgärdspunkt som är `klar` med ett `done_on` i "
    "framtiden, ett möte markerat `genomfört` nästa vecka. Oftast är det ett skrivfel i årtalet, eller en plan som "
    "har skrivits som ett resultat.\n\n"
    "Bättre: registrera det som är planerat som planerat (`status: planerat`, `öppen`), och som genomfört först "
    "när det är gjort.",
    # ------------------------------------------------------------------------------------------ follow-ups
    "followup-incomplete": "Uppföljningen svarar inte på fråga {number} i dokumentets uppföljningsfrågor: fältet "
    "{field} ({meaning}) saknas eller är tomt.",
    "followup-incomplete.hint": "Skriv ett svar, även ett kort. ”Inget genomfört under perioden” och ”Inga kända "
    "effekter ännu” är giltiga svar.",
    "followup-incomplete.meaning.done": "vad som har genomförts",
    "followup-incomplete.meaning.cooperated": "vem som har samverkat",
    "followup-incomplete.meaning.effects": "vilka effekter det har haft",
    "followup-incomplete.meaning.planned": "vad som var planerat",
    "followup-incomplete.meaning.production": "vad som producerades",
    "followup-incomplete.meaning.rating": "hur åtagandet uppfylldes",
    "followup-incomplete.meaning.indicator_values": "nya värden för indikatorerna",
    "followup-incomplete.meaning.answers": "svaret på dokumentets egen fråga",
    "rule.followup-incomplete.summary": "Varje uppföljning svarar på dokumentets egna uppföljningsfrågor "
    "(`follow_up.questions`), hur många de än är.",
    "rule.followup-incomplete.explanation": "En uppföljning som lämnar en av dokumentets uppföljningsfrågor "
    "obesvarad. Frågorna är dokumentets egna: en fråga skriven som text svarar i tur och ordning mot `done`, "
    "`cooperated` och `effects` (som i Strängnäs tre frågor); en fråga skriven som `{{text, answer}}` besvaras i "
    "fältet `answer` anger. Ett medborgarlöfte med en enda fråga kräver alltså ett enda svar.\n\nUndvik: en "
    "uppföljning där `done:` är ifyllt men `effects:` saknas, när dokumentet lovar att varje uppföljning visar "
    "eventuella effekter. En tyst lucka ser ut som ”ingenting”.\n\nBättre: besvara varje fråga, med enkla ord. ”Inga "
    "kända effekter ännu” är ett ärligt svar, och det räknas som ett svar.",
    "followup-empty": "Uppföljningen är inte ifylld än: den svarar inte på någon av frågorna. {when}",
    "followup-empty.before": "Den ska vara ifylld senast {due}.",
    "followup-empty.after": "Den skulle ha varit ifylld senast {due} ({days:dag|dagar} sedan).",
    "followup-empty.when-unknown": "Dokumentet anger ingen rytm som säger när den ska vara klar.",
    "followup-empty.hint": "Skriv svaren i fälten under frågorna (t.ex. `done:`). En tom uppföljning räknas som "
    "saknad i `overdue` och i minnesanteckningarna; den är en varning fram till mötet och ett fel efter det.",
    "rule.followup-empty.summary": "En uppföljning är ifylld senast vid mötet som följer upp perioden.",
    "rule.followup-empty.explanation": "En uppföljning som inte svarar på någon av dokumentets frågor (eller, när "
    "dokumentet inte anger några frågor, inte säger något alls), till exempel en fil som `samverkan new followup` "
    "skrev och som ingen har fyllt i än. Fram till periodens möte (eller periodens sista dag om inget möte finns) är "
    "det en varning, så att samordnaren kan slå ihop mallarna i en pull request och var och en fylla i sin egen utan "
    "att CI blir rött. Efter mötet är det ett fel. En tom fil räknas aldrig som inlämnad: `overdue` och `report` "
    "visar den som saknad.\n\nUndvik: att låta en tom mall ligga kvar efter mötet, så att det ser ut som om "
    "uppföljningen kom in.\n\nBättre: fyll i svaren före mötet; ”Inget genomfört under perioden” är ett svar.",
    # ------------------------------------------------------------------------------------------ the agreement
    "agreement-expired": "{document:cap} gällde till {until} och har löpt ut.",
    "agreement-expired.day": "{end}",
    "agreement-expired.through": "och med {end}",
    "agreement-expired.hint": "Teckna en ny överenskommelse och lägg den i ett nytt repo eller en ny datamapp; den "
    "här finns kvar som historik. Aktiviteter som fortsätter hör till den nya.",
    "rule.agreement-expired.summary": "Dokumentet (överenskommelsen, medborgarlöftet, åtgärdsplanen …) har inte löpt "
    "ut.",
    "rule.agreement-expired.explanation": "En överenskommelse vars sista dag har passerat.\n\n"
    "Undvik: att BRÅ fortsätter att följa upp en handlingsplan som inte längre binder någon. Polisens lokala "
    "överenskommelser ska förnyas utifrån en ny lägesbild.\n\n"
    "Bättre: teckna en ny överenskommelse i tid (se `agreement-expiring`) och behåll den gamla som historik.",
    "agreement-expiring": "{document:cap} löper ut {end}, {when}.",
    "agreement-expiring.in-days": "om {days:dag|dagar}",
    "agreement-expiring.today": "alltså i dag",
    "agreement-expiring.hint": "Börja ta fram en ny lägesbild och en ny överenskommelse. Hur långt i förväg "
    "samverkan varnar ställs in med `expiry_warning_days` i data/samverkan.yaml.",
    "rule.agreement-expiring.summary": "Överenskommelsen löper inte ut inom `expiry_warning_days` dagar (förval 90).",
    "rule.agreement-expiring.explanation": "En överenskommelse som snart löper ut.\n\n"
    "Undvik: att på sista BRÅ-mötet upptäcka att överenskommelsen gick ut förra månaden, utan någon lägesbild att "
    "bygga en ny på.\n\n"
    "Bättre: börja med den nya lägesbilden och överenskommelsen några månader i förväg. Varningen kommer "
    "`expiry_warning_days` dagar (förval 90) före sista dagen.",
    "signatory-missing": "Parten är avtalspart men ingen har skrivit under för den.",
    "signatory-missing.hint": "Lägg till en post i `signatories` med `party` och namn eller titel, eller ändra "
    "partens `standing` till `samverkanspart` eller `medverkande` om den inte skriver under. Anger dokumentet inga "
    "undertecknare: lägg till `signatories` i `not_stated`.",
    "rule.signatory-missing.summary": "Varje avtalspart har någon som skrivit under för den (i en överenskommelse, "
    "ett medborgarlöfte eller en lokal del).",
    "rule.signatory-missing.explanation": "En avtalspart (`standing: avtalspart`, som är förval) som ingen har "
    "skrivit under för.\n\n"
    "Undvik: en tredje kommun som har lagts till bland parterna men inte bland underskrifterna. Överenskommelsen "
    "påstår då ett åtagande som ingen har gjort.\n\n"
    "Bättre: varje `avtalspart` har en post i `signatories`; parter som inte skriver under är `samverkanspart` "
    "eller `medverkande`.",
    "validity-missing": "Det står inte hur länge {document} gäller.",
    "validity-missing.hint": "Skriv in uppgiften i `validity` om dokumentet anger den; annars lägg till `validity` i "
    "`not_stated`.",
    "rule.validity-missing.summary": "Dokumentet anger hur länge det gäller.",
    "rule.validity-missing.explanation": "Ett dokument utan giltighetstid (`validity`). Gäller för alla sorter utom "
    "en lägesbild.\n\nUndvik: att hitta på ett slutdatum för att fylla i fältet. Står det bara ett år, skriv året "
    "(`end: 2025`); står det ”tills vidare”, skriv `until_further_notice: true`.\n\nBättre: skriv perioden som "
    "dokumentet anger den, med den precision det har, och ordagrant i `as_stated`. Anger dokumentet ingen period "
    "alls: skriv `validity` i `not_stated`, så tystnar varningen.",
    "signing-missing": "Det står inte när eller var {document} undertecknades.",
    "signing-missing.hint": "Skriv in uppgiften i `signing` om dokumentet anger den; annars lägg till `signing` i "
    "`not_stated`.",
    "rule.signing-missing.summary": "Ett dokument som skrivs under anger när och var.",
    "rule.signing-missing.explanation": "En överenskommelse, ett medborgarlöfte eller en lokal del utan uppgift om "
    "undertecknandet (`signing`). En åtgärdsplan beslutas i stället för att skrivas under och får ingen "
    "varning.\n\nUndvik: att skriva dagens datum eller ett påhittat datum.\n\nBättre: datum (år, månad eller dag, "
    "som i dokumentet), ort och orden ordagrant i `as_stated`. Står det ingenting om undertecknandet: skriv "
    "`signing` i `not_stated`.",
    "forum-missing": "Det står inte i vilket forum arbetet enligt {document} följs upp.",
    "forum-missing.hint": "Skriv in uppgiften i `follow_up.forum` (eller `governance.forum`) om dokumentet anger "
    "den; annars lägg till `forum` i `not_stated`.",
    "rule.forum-missing.summary": "Dokumentet anger var arbetet följs upp.",
    "rule.forum-missing.explanation": "Ett dokument som inte säger var arbetet följs upp (`follow_up.forum` eller "
    "`governance.forum`). Gäller för alla sorter utom en lägesbild.\n\nUndvik: att skriva in ett forum som "
    "dokumentet inte nämner, t.ex. kommunens BRÅ när uppföljningen i själva verket sker någon annanstans.\n\nBättre: "
    "forumet som i dokumentet. Nämns inget: skriv `forum` i `not_stated`; mötena får då en egen rubrik (`title`).",
    "cadence-missing": "Det står inte hur ofta arbetet enligt {document} följs upp.",
    "cadence-missing.hint": "Skriv in uppgiften i `follow_up.cadence` om dokumentet anger den; annars lägg till "
    "`cadence` i `not_stated`.",
    "rule.cadence-missing.summary": "Dokumentet anger hur ofta arbetet följs upp.",
    "rule.cadence-missing.explanation": "Ett dokument som inte säger hur ofta arbetet följs upp "
    "(`follow_up.cadence`). Utan rytm vet `samverkan overdue` inte när en uppföljning är sen.\n\nUndvik: att välja "
    "`kvartal` för att det är vanligt.\n\nBättre: rytmen som i dokumentet (`år`, `halvår`, `tertial`, `kvartal`, "
    "`månad`, `vecka`, `varannan vecka` eller `löpande`), och orden i `cadence_as_stated`. Anges ingen: skriv "
    "`cadence` i `not_stated`.",
    "followup-questions-missing": "Det står inte vilka frågor uppföljningen av {document} ska besvara.",
    "followup-questions-missing.hint": "Skriv in uppgiften i `follow_up.questions` om dokumentet anger den; annars "
    "lägg till `follow_up_questions` i `not_stated`.",
    "rule.followup-questions-missing.summary": "Dokumentet anger vilka frågor en uppföljning besvarar.",
    "rule.followup-questions-missing.explanation": "Ett dokument utan uppföljningsfrågor (`follow_up.questions`). "
    "Utan frågor kräver `followup-incomplete` inget svar, och `samverkan new followup` vet inte vilka fält det ska "
    "skriva.\n\nUndvik: att kopiera in Strängnäs tre frågor i ett dokument som inte ställer dem.\n\nBättre: frågorna "
    "som i dokumentet, som text (svarar i tur och ordning mot `done`, `cooperated`, `effects`) eller som `{{text, "
    "answer}}`. Anger dokumentet inga frågor: skriv `follow_up_questions` i `not_stated`.",
    "coordination-function-missing": "Det står inte vem som har kommunens samordningsfunktion enligt lag (2023:196).",
    "coordination-function-missing.hint": "Skriv in uppgiften i `coordination_function` om dokumentet anger den; "
    "annars lägg till `coordination_function` i `not_stated`.",
    "rule.coordination-function-missing.summary": "En åtgärdsplan anger kommunens samordningsfunktion.",
    "rule.coordination-function-missing.explanation": "En åtgärdsplan som inte säger vem som har kommunens "
    "samordningsfunktion för det brottsförebyggande arbetet (lag 2023:196).\n\nUndvik: att skriva in en person; ange "
    "en roll och en enhet.\n\nBättre: `coordination_function` med part, roll (t.ex. ”Brottsförebyggande samordnare”) "
    "och enhet, som i dokumentet. Anges den inte: skriv `coordination_function` i `not_stated`.",
    "adoption-missing": "{who}",
    "adoption-missing.who.document": "Det står inte vem som beslutade {document} eller när.",
    "adoption-missing.who.kommun": "Kommunen har inget beslut i `adoptions`, fast de andra kommunernas beslut står "
    "där.",
    "adoption-missing.hint": "Skriv in beslutet i `adoptions` (organ, datum med den precision dokumentet har, "
    "paragraf) om dokumentet anger det; annars lägg till `adoption` i `not_stated`.",
    "rule.adoption-missing.summary": "En åtgärdsplan anger beslutet; i en gemensam överenskommelse har varje kommun "
    "sitt beslut.",
    "rule.adoption-missing.explanation": "En åtgärdsplan utan beslut (`adoptions`), eller en överenskommelse där "
    "besluten anger kommun (`party`) och en av kommunerna saknas.\n\nUndvik: att bara skriva in den första kommunens "
    "beslut när tre kommuner har antagit samma överenskommelse.\n\nBättre: ett beslut per kommun och beslutande "
    "organ, med det organ som beredde ärendet (`prepared_by`) och det som antog det (`adopted_by`). Anges inget "
    "beslut: skriv `adoption` i `not_stated`.",
    "situation-report-incomplete": "Lägesbilden i {document} saknar {parts} (4 § lag 2023:196).",
    "situation-report-incomplete.part.crime_mapping": "kartläggningen av brottsligheten (`crime_mapping`)",
    "situation-report-incomplete.part.other_information": "annan information av betydelse (`other_information`)",
    "situation-report-incomplete.part.analysis": "analysen (`analysis`)",
    "situation-report-incomplete.hint": "Skriv in delen under `situation_report` om dokumentet har den; saknar "
    "dokumentet en lägesbild helt: lägg till `situation_report` i `not_stated`.",
    "rule.situation-report-incomplete.summary": "En åtgärdsplans lägesbild har lagens tre delar: kartläggning, annan "
    "information och analys.",
    "rule.situation-report-incomplete.explanation": "En åtgärdsplan vars lägesbild saknar någon av de tre delar som "
    "4 § lag (2023:196) räknar upp: en kartläggning av brottsligheten, annan information av betydelse, och en analys "
    "av dem.\n\nUndvik: en lägesbild som bara är statistik, utan analys av vad som driver problemen. Åtgärderna går "
    "då inte att koppla till orsaker.\n\nBättre: `situation_report` med `crime_mapping` (gärna med `findings`), "
    "`other_information` och `analysis`, ordagrant som i dokumentet.",
    # ------------------------------------------------------------------------------------------ personal data
    "personal-identity-number": "Raden innehåller ett {kind}.",
    "personal-identity-number.hint": "Ta bort numret: uppgifter som identifierar en enskild person får inte finnas "
    "i filerna, inte heller i kommentarer. Har filen redan checkats in finns numret kvar i git-historiken; be den "
    "som förvaltar repot att rensa den.",
    "identity-number-in-name": "Ett fil- eller mappnamn i den här mappen innehåller ett {kind}.",
    "identity-number-in-name.hint": "Byt namn på filen eller mappen så att numret försvinner: namnen "
    "checkas in och publiceras precis som innehållet.",
    "rule.identity-number-in-name.summary": "Inget personnummer eller samordningsnummer i namnen på filer "
    "och mappar under data/.",
    "rule.identity-number-in-name.explanation": "Ett fil- eller mappnamn under data/ som innehåller ett "
    "personnummer eller samordningsnummer. Fyndet pekar på mappen, aldrig på namnet, så att numret inte syns i "
    "utskriften.\n\n"
    "Undvik: `data/followups/2021Q3/850709-9805.yaml` – filnamnet syns i git, på webbsidan och i varje "
    "utskrift.\n\n"
    "Bättre: döp filen efter åtgärden eller rollen, t.ex. `data/activities/sig.yaml`.",
    "personal-data-not-checked": "Filen kunde inte genomsökas efter personuppgifter: {reason}",
    "personal-data-not-checked.hint": "git checkar in filen ändå. Se själv efter att den inte innehåller "
    "personnummer, telefonnummer eller e-postadresser, eller ta bort den ur data/.",
    "personal-data-not-checked.too-large": "den är större än 1 MB.",
    "personal-data-not-checked.unreadable": "den gick inte att läsa.",
    "rule.personal-data-not-checked.summary": "Varje fil under data/ genomsöks efter personuppgifter.",
    "rule.personal-data-not-checked.explanation": "En fil under data/ som sökningen efter personuppgifter inte "
    "kunde läsa: för stor eller utan läsrättighet. git checkar in den ändå.\n\n"
    "Undvik: en stor export ur ett ärendesystem lagd i data/ – ingen kontroll ser vad den innehåller.\n\n"
    "Bättre: lägg bara det som behövs i data/, i små YAML-filer som samverkan kan kontrollera.",
    "rule.personal-identity-number.summary": "Inget personnummer eller samordningsnummer någonstans under data/, "
    "inte heller i kommentarer.",
    "rule.personal-identity-number.explanation": "Ett personnummer eller samordningsnummer i någon fil under data/, "
    "kommentarer inräknade.\n\n"
    "Undvik: `# gäller 0501011234, se akten` inklistrat i en uppföljning. Uppföljningar sparas i git och "
    "publiceras. Uppgifter om brott eller droger som går att knyta till en person genom ett personnummer är "
    "särskilt skyddade (GDPR art. 9 och 10, OSL).\n\n"
    "Bättre: beskriv vad som gjordes utan att någon går att identifiera (”en ungdom i åk 9”). Uppgifter om "
    "enskilda ärenden hör hemma i socialtjänstens eller Polisens egna system, aldrig här.",
    "personal-phone-number": "Raden innehåller ett mobilnummer, som kan vara en privatpersons.",
    "personal-phone-number.hint": "Skriv en funktion eller organisationens växelnummer i stället. Är det ett "
    "tjänstenummer som ska stå kvar: lägg till `# samverkan: ignore[personal-phone-number]` sist på raden.",
    "rule.personal-phone-number.summary": "Inget mobilnummer (070, 072, 073, 076, 079) under data/; det kan vara en "
    "privatpersons.",
    "rule.personal-phone-number.explanation": "Ett svenskt mobilnummer i någon fil under data/.\n\n"
    "Undvik: ”Kontakt: mamma 070-…” i mötesanteckningar. En privatpersons nummer i ett publicerat repo går inte "
    "att ta tillbaka.\n\n"
    "Bättre: ange en funktion (”Trygghetssamordnare, via kommunens växel”). Ett växelnummer flaggas inte; en "
    "tjänstepersons jobbmobil kan undantas på sin rad med `# samverkan: ignore[personal-phone-number]`.",
    "personal-email": "Raden innehåller en e-postadress på en domän som inte är en känd organisations.",
    "personal-email.hint": "Använd en funktionsadress hos organisationen i stället. Tillhör domänen en organisation "
    "(t.ex. kommunens egen domän): lägg till den i `organisation_domains` i data/samverkan.yaml.",
    "rule.personal-email.summary": "Ingen e-postadress utanför polisen.se, *.kommun.se och domänerna i "
    "`organisation_domains`.",
    "rule.personal-email.explanation": "En e-postadress som inte är en organisations.\n\n"
    "Undvik: en förälders eller en ungdoms gmail-adress i protokollet från ett BRÅ-möte.\n\n"
    "Bättre: en organisations adress (`polisen.se`, `<kommun>.kommun.se` eller en domän som står i "
    "`organisation_domains` i data/samverkan.yaml), helst en funktionsadress snarare än en persons.",
    # ------------------------------------------------------------------------------------------ settings
    "config-unknown-rule": "Regeln {code} finns inte.{suggestion}",
    "config-unknown-rule.hint": "Kontrollera stavningen. `samverkan rules` listar alla regler.",
    "rule.config-unknown-rule.summary": "Varje regelkod i data/samverkan.yaml finns.",
    "rule.config-unknown-rule.explanation": "En regelkod i data/samverkan.yaml som samverkan inte känner till.\n\n"
    "Undvik: `rules: {{goal-vague-verbs: av}}` – den felstavade koden stänger inte av något, och ingen märker "
    "det.\n\n"
    "Bättre: kopiera koden från `samverkan rules`.",
    "rule-always-on": "Regeln {code} går inte att stänga av, sänka eller undanta; den gäller ändå.",
    "rule-always-on.hint": "Ta bort inställningen eller kommentaren. Ett personnummer eller samordningsnummer får "
    "aldrig finnas i repot, inte ens undantaget: ta bort numret i stället.",
    "rule.rule-always-on.summary": "Regeln om personnummer går inte att stänga av.",
    "rule.rule-always-on.explanation": "En inställning i data/samverkan.yaml eller en undantagskommentar som "
    "försöker stänga av, sänka eller undanta regeln `personal-identity-number`.\n\n"
    "Undvik: `rules: {{personal-identity-number: off}}` eller `# samverkan: ignore[personal-identity-number]` – "
    "numret finns kvar i git-historiken och kan publiceras.\n\n"
    "Bättre: ta bort numret och skriv en roll i stället för en person.",
    "ignore-unknown-rule": "Kommentaren undantar regeln {code}, som inte finns.{suggestion}",
    "ignore-unknown-rule.hint": "Skriv koden som `samverkan rules` visar den, t.ex. "
    "`# samverkan: ignore[uncertain-responsibility]`.",
    "rule.ignore-unknown-rule.summary": "Varje regelkod i en `# samverkan: ignore[…]`-kommentar finns.",
    "rule.ignore-unknown-rule.explanation": "En undantagskommentar som nämner en regel som inte finns.\n\n"
    "Undvik: `# samverkan: ignore[uncertain-role]` – fyndet som kommentaren skulle undanta rapporteras ändå, och "
    "kommentaren ser ut som om den gjorde något.\n\n"
    "Bättre: den exakta koden från `samverkan rules`; flera koder skiljs med kommatecken.",
    # ------------------------------------------------------------------------------------------ the themes
    "rule-theme.references": "Hänvisningar och id",
    "rule-theme.references.intro": "En aktivitet hänvisar till mål och inriktningar, en uppföljning till en "
    "aktivitet och indikatorer, ansvar, kommunikation, undertecknare, koordinatorer, företrädare, mötesdeltagare "
    "och åtgärdspunkternas ansvariga till parter, en indikator till en källa, ett mål till inriktningar och en part "
    "(`serves`) till andra parter. En aktivitet vars fil finns men inte klarar schemat räknas som befintlig, så att "
    "ett fel inte ger följdfel. Ett id som inte finns får förslag på det närmaste id som finns (”Menade du …?”). "
    "Åtgärdspunkter får behålla sitt id från möte till möte, men inom ett möte är varje id unikt.",
    "rule-theme.chain": "Brås kedja: inriktning, mål, aktivitet",
    "rule-theme.chain.intro": "En inriktning räknas som omhändertagen när ett mål (eller delmål, även i en lokal "
    "del) eller en aktivitet anger den i `focus_areas`, eller arbetar med ett problem i lägesbilden som hör till "
    "inriktningen. En brottsbekämpande inriktning (`kind: brottsbekämpande`) är Polisens eget arbete och behöver "
    "inget i den gemensamma planen. En inriktning med `applies_to` ska vara omhändertagen i någon av de kommunerna: "
    "av något gemensamt, eller av något i en av deras lokala delar. En aktivitet, ett löfte eller en åtgärd är "
    "förankrad när den anger ett mål, en inriktning, ett problem eller en orsak. Ett mål räknas som mätbart när det "
    "eller ett delmål har minst en indikator, eller när alla inriktningar det tjänar har egna indikatorer. Vaga "
    "verb: ”verka för”, ”värna om”, ”arbeta för”, ”sträva efter”, ”bidra till”.",
    "rule-theme.responsibility": "Ansvar",
    "rule-theme.responsibility.intro": "Kolumnerna är dokumentets egna (`action_plan.columns`), annars det som är "
    "vanligt för dess sort: Kommun, Polis och Kommunikation i en samverkansöverenskommelse eller handlingsplan, Brås "
    "mall (med Vem) i en åtgärdsplan och inga i ett medborgarlöfte. Reglerna för kolumnerna gäller aldrig ett löfte "
    "(`kind: löfte`); ett löfte ska i stället säga vem som lovar (`by`). Kommunens sida är en part av sorten "
    "`kommun` eller `stadsdel`, Polisens sida en part av sorten `polismyndigheten`. Den gamla koden "
    "`responsibility-missing` godtas fortfarande i `data/samverkan.yaml` och i undantagskommentarer och gäller då "
    "alla tre kolumnreglerna. En roll är osäker när den har `uncertain: true`, eller när `as_signed`, `units` eller "
    "`scope` innehåller ”?”, ”oklart”, ”eventuellt” eller ”osäkert”. Fyndet pekar på raden med texten (annars raden "
    "med `uncertain: true`).",
    "rule-theme.dates": "Datum",
    "rule-theme.dates.intro": "En aktivitet utan `start`/`end` gäller lika länge som avtalet. Ett möte som följer "
    "upp en period hålls tidigast när perioden börjar och senast under perioden efter. ”Genomfört efter i dag” "
    "gäller uppföljningens `done_on`, åtgärdspunktens `done_on` och ett möte med `status: genomfört`; ”i dag” är "
    "`--as-of` när den anges.",
    "rule-theme.followups": "Uppföljningar",
    "rule-theme.followups.intro": "Vilka fält en uppföljning ska fylla i styrs av dokumentets egna frågor "
    "(`follow_up.questions`): frågor skrivna som text svarar i tur och ordning mot `done`, `cooperated` och "
    "`effects`, och en fråga `{{text, answer}}` mot fältet den anger (`planned`, `production`, `rating`, "
    "`indicator_values` eller `answers.<nyckel>`). Ett svar ska finnas och inte vara tomt; en lista ska ha minst en "
    "post. ”Inga kända effekter ännu” är ett giltigt svar. Anger dokumentet inga frågor krävs inget fält, men en "
    "uppföljning som inte svarar på något alls ger en varning.",
    "rule-theme.agreement": "Dokumentet: giltighet och uppgifter",
    "rule-theme.agreement.intro": "”I dag” är `--as-of` när den anges. Hur långt i förväg samverkan varnar för att "
    "dokumentet löper ut ställs in med `expiry_warning_days` i `data/samverkan.yaml`. En sista dag som bara anges "
    "som år eller månad räknas som årets eller månadens sista dag. Det som dokumentet inte säger ger som mest en "
    "varning, aldrig ett fel, och bara för de sorter som brukar säga det: undertecknande och undertecknare för en "
    "överenskommelse, ett medborgarlöfte och en lokal del (en åtgärdsplan beslutas i stället); beslut, lägesbild och "
    "samordningsfunktion för en åtgärdsplan; giltighet, forum, uppföljningsrytm och uppföljningsfrågor för alla utom "
    "en lägesbild. Varningen tystnar när uppgiften står i `not_stated`: den som förde in dokumentet har kontrollerat "
    "att dokumentet inte säger det.",
    # ------------------------------------------------------------------------------------------ lag (2023:196)
    "decision-item-unknown": "Beslutet hänvisar till något som inte finns: {problem}.",
    "decision-item-unknown.hint": "{known} Ange en som finns, eller ta bort hänvisningen.",
    "decision-item-unknown.item": "§ {item} finns inte bland mötets punkter",
    "decision-item-unknown.meeting": "mötet finns inte bland mötesfilerna",
    "decision-item-unknown.items": "Mötets punkter är {items}.",
    "decision-item-unknown.no-items": "Mötet har inga egna punkter (`items`).",
    "decision-item-unknown.meetings": "Mötesfilerna heter {meetings}.",
    "rule.decision-item-unknown.summary": "Ett beslut står under en punkt (§) som finns och hänvisar bara till "
    "punkter och möten som finns.",
    "rule.decision-item-unknown.explanation": "Ett beslut vars `item` eller `cites` pekar på en paragraf som mötet "
    "inte har, eller på ett möte som inte finns bland mötesfilerna. Minnesanteckningarna placerar beslutet under "
    "punkten det anger; finns punkten inte hamnar beslutet bland de lösa besluten, och en hänvisning till en "
    "paragraf som inte finns leder läsaren ingenstans.\n\nUndvik: `item: 7` i ett möte med fem punkter.\n\n"
    "Bättre: punktens eget nummer när punkterna är numrerade (`number`), annars dess plats i listan; i `cites` "
    "mötesfilens namn (`meeting: 2024-02-13`) och paragrafen i det mötet.",
    "citizen-feedback-missing": "Det står inte hur resultatet av {document} återkopplas till invånarna.",
    "citizen-feedback-missing.hint": "Skriv i `follow_up.feedback` hur och när invånarna får veta vad som har gjorts, "
    "t.ex. ett medborgardialogmöte eller en nyhet på kommunens webbplats, som det står i dokumentet.",
    "rule.citizen-feedback-missing.summary": "Ett medborgarlöfte säger hur resultatet återkopplas till invånarna.",
    "rule.citizen-feedback-missing.explanation": "Ett medborgarlöfte som inte säger hur invånarna får veta vad som "
    "blev gjort. Ett löfte ges till invånarna, och Brås utvärdering av medborgarlöftena fann att återkopplingen "
    "till dem var den svagaste delen av arbetet. Gäller bara medborgarlöften.\n\nUndvik: ett löfte som följs upp "
    "i BRÅ men aldrig redovisas för dem som det gavs till.\n\nBättre: `follow_up.feedback` som säger hur och när, "
    "t.ex. ”Resultatet redovisas på ett öppet möte i januari och på kommunens webbplats”.",
    "situation-report-old": "Lägesbilden är från {date}, {months:månad|månader} sedan; kommunen har bestämt att den "
    "får vara högst {limit:månad|månader} gammal.",
    "situation-report-old.hint": "Ta fram en ny lägesbild och för in den under `situation_report`. Gränsen ställs in "
    "med `situation_report_max_age_months` i `data/samverkan.yaml`.",
    "rule.situation-report-old.summary": "En åtgärdsplans lägesbild är inte äldre än kommunen har bestämt "
    "(`situation_report_max_age_months`, förval: ingen gräns).",
    "rule.situation-report-old.explanation": "En åtgärdsplan vars lägesbild är äldre än den gräns kommunen har satt "
    "i `data/samverkan.yaml`. Lag (2023:196) säger inte hur ofta lägesbilden ska förnyas; därför kontrolleras "
    "ingenting förrän kommunen anger en gräns. En lägesbild som bara har år eller månad räknas från periodens sista "
    "dag.\n\nUndvik: en åtgärdsplan som beslutas om på nytt utifrån en lägesbild som är flera år gammal.\n\n"
    "Bättre: `situation_report_max_age_months: 24` (till exempel) och en ny lägesbild innan den gamla passerar "
    "gränsen.",
    "rule-theme.lag": "Lag (2023:196) och Brås checklista",
    "rule-theme.lag.intro": "Lagens krav på en åtgärdsplan prövas av reglerna i temat om dokumentet: lägesbildens "
    "tre delar enligt 4 § (`situation-report-incomplete`), beslutet (`adoption-missing`) och "
    "samordningsfunktionen (`coordination-function-missing`). De gäller bara en åtgärdsplan: en "
    "samverkansöverenskommelse eller ett medborgarlöfte är inte kommunens åtgärdsplan enligt lagen. Här finns det "
    "som Brå därutöver frågar efter. Vilken paragraf varje kontroll vilar på står i docs/lag-2023-196.md.",
    "rule-theme.personal-data": "Personuppgifter",
    "rule-theme.personal-data.intro": "Reglerna läser den råa texten i **varje fil under `data/`** – kommentarer, "
    "filer som inte gick att tolka och filer som samverkan inte känner till – inte bara de värden som schemat "
    "godtog. Dolda mappar (`.git`) hoppas över.\n\n"
    "- **Personnummer och samordningsnummer** (fel): 10 eller 12 siffror, `ÅÅMMDDNNNK` eller `ÅÅÅÅMMDDNNNK`, med "
    "eller utan `-` eller `+` före de fyra sista, med en månad och dag som finns (för samordningsnummer dagen plus "
    "60) och en korrekt kontrollsiffra (Luhn). Ett nummer med fel kontrollsiffra flaggas inte.\n"
    "- **Mobilnummer** (varning): svenska mobilnummer som börjar på `070`, `072`, `073`, `076` eller `079` (även "
    "`+46 7…` och `0046 7…`), med eller utan mellanslag och bindestreck. Ett växel- eller servicenummer (`08-…`, "
    "`0152-…`, `0771-…`) går inte att skilja från en privatpersons fasta nummer och flaggas inte.\n"
    "- **E-postadresser** (varning): en adress räknas som en organisations när domänen är `polisen.se`, slutar på "
    "`.kommun.se`, eller står i `organisation_domains` i `data/samverkan.yaml` (underdomäner räknas med). Alla "
    "andra adresser ger en varning.\n\n"
    "Ett fynd säger fil, rad, kolumn och vilken sorts uppgift det är, aldrig själva numret eller adressen. Ta bort "
    "uppgiften. Har filen redan checkats in finns uppgiften kvar i git-historiken: be den som förvaltar repot att "
    "rensa den.",
    "rule-theme.settings": "Regelkoder i inställningarna",
    "rule-theme.settings.intro": "Reglerna ställs in i `data/samverkan.yaml` och undantas rad för rad med en "
    "kommentar (se de två avsnitten nedan). En regelkod som inte finns gör ingenting där den står – därför är den i "
    "sig ett fynd.",
    # ------------------------------------------------------------------------------------------ samverkan rules
    "rules.column.rule": "REGEL",
    "rules.column.level": "NIVÅ",
    "rules.column.checks": "KONTROLLERAR",
    "rules.one": "{code} (förvald nivå: {severity})",
    "rules.unknown-rule": "Regeln {code} finns inte.{suggestion} Kör `samverkan rules` för att se alla.",
    # ------------------------------------------------------------------------------------------ docs/lint.md
    "rules-doc.title": "# `samverkan lint` – regler för hela datamappen",
    "rules-doc.generated": "<!-- Genererad av `samverkan rules --format markdown > docs/lint.md` ur "
    "src/samverkan/catalog/lint.py. Redigera texterna där, inte här. -->",
    "rules-doc.intro": "`samverkan validate` kontrollerar varje fil för sig mot sitt schema. `samverkan lint` gör "
    "det också, och kontrollerar sedan det som bara syns när man läser alla filer tillsammans: att hänvisningar "
    "stämmer, att Brås kedja från inriktning till mål, aktivitet och uppföljning hänger ihop, att någon ansvarar "
    "för varje del, att datumen går ihop, att varje uppföljning svarar på avtalets tre frågor, att avtalet gäller "
    "– och att inga personuppgifter har hamnat i filerna.\n\n"
    "    samverkan lint [--as-of ÅÅÅÅ-MM-DD] [--strict] [--format text|json|github] [--data MAPP] [--lang sv|en]\n\n"
    "| flagga | betyder |\n"
    "| --- | --- |\n"
    "| `--as-of 2021-01-15` | dagen som räknas som i dag (utgånget avtal, genomfört i framtiden). Utan den: "
    "dagens datum. |\n"
    "| `--strict` | avsluta med 1 även vid varningar |\n"
    "| `--format` | `text` (för människor), `json` (för program) eller `github` (anteckningar i en pull request) |\n"
    "| `--data` | datamappen; annars `$SAMVERKAN_DATA`, annars `data/` här eller i närmaste mapp ovanför |\n"
    "| `--lang en` | meddelanden på engelska (eller `SAMVERKAN_LANG=en`) |\n\n"
    "Slutstatus: **0** inga fel (varningar är tillåtna), **1** minst ett fel (eller en varning med `--strict`), "
    "**2** felaktig användning (okänd flagga, felaktigt datum, ingen datamapp).\n\n"
    "Varje fynd börjar med `FIL:RAD:KOLUMN:` och säger vad som är fel och hur det rättas. Ett fynd visar aldrig ett "
    "värde ur filerna – bara var det står och vilken sorts uppgift det är – eftersom ett värde kan vara ett "
    "personnummer och utskriften kan hamna i en CI-logg som många läser.",
    "rules-doc.rules": "## Reglerna\n\n"
    "`samverkan rules` listar reglerna, `samverkan rules KOD` förklarar en regel: vad den letar efter, vad som är "
    "fel med det (med ett kort exempel) och hur man gör bättre. Förklaringarna är på svenska; `--lang en` visar dem "
    "på engelska, `--format json` ger samma sak för program och `--format markdown` skriver den här sidan.",
    "rules-doc.table.head": "| kod | förvald nivå | kontrollerar |\n| --- | --- | --- |",
    "rules-doc.table.row": "| [`{code}`](#{code}) | {severity} | {summary} |",
    "rules-doc.rule.heading": "### `{code}`",
    "rules-doc.rule.severity": "Förvald nivå: **{severity}**. {summary}",
    "rules-doc.settings": "## Inställningar: `data/samverkan.yaml`\n\n"
    "```yaml\n"
    "# yaml-language-server: $schema=../schemas/samverkan.schema.json\n"
    "rules:\n"
    "  goal-vague-verb: av              # stäng av en regel\n"
    "  followup-incomplete: varning     # eller ändra nivån: av, varning eller fel\n"
    "  uncertain-responsibility: fel\n"
    "expiry_warning_days: 120           # varna så här många dagar före avtalets slutdatum (förval 90)\n"
    "checklist: fel                     # nivån för alla regler i checklistan enligt lag (2023:196) och Brå\n"
    "organisation_domains:              # e-postdomäner som tillhör en organisation\n"
    "  - strangnas.se\n"
    "```\n\n"
    "Nivån skrivs som `samverkan rules` visar den: `fel`, `varning` eller `av` (`error`, `warning` och `off` går "
    "också bra). En regelkod som inte finns är i sig ett fel (`config-unknown-rule`), så att en felstavad kod inte "
    "tyst låter bli att göra något. Inställningarna gäller reglerna ovan, inte schemakontrollen: en fil som inte "
    "klarar sitt schema är alltid ett fel.",
    "rules-doc.ignore": "## Undanta en rad\n\n"
    "En enstaka rad undantas med en kommentar på samma rad som nämner regelns kod:\n\n"
    "```yaml\n"
    "    as_signed: Socialtjänst? deltar  # samverkan: ignore[uncertain-responsibility]\n"
    "    notes: Jour 070-000 00 00        # samverkan: ignore[personal-phone-number, personal-email]\n"
    "```\n\n"
    "Flera koder skiljs med kommatecken. Kommentaren undantar bara fynd på just den raden och bara de koder den "
    "nämner. En kod som inte finns ger en varning (`ignore-unknown-rule`). Använd undantag sparsamt: en osäker roll "
    "i ett undertecknat dokument är bättre att låta synas tills den är utredd.",
    "rules-doc.schema": "## JSON-scheman för editorn\n\n"
    "    samverkan schema [--output-dir MAPP] [--force] [--check]\n\n"
    "skriver `agreement.schema.json`, `activity.schema.json`, `followup.schema.json`, `meeting.schema.json` och "
    "`samverkan.schema.json` (inställningarna). Utan `--output-dir` skrivs de till `schemas/` bredvid datamappen, "
    "dit datafilernas första rad pekar:\n\n"
    "```yaml\n"
    "# yaml-language-server: $schema=../schemas/agreement.schema.json\n"
    "```\n\n"
    "En editor med YAML-stöd (t.ex. VS Code med tillägget YAML från Red Hat) visar då fältens beskrivningar och "
    "kontrollerar värdena medan man skriver. En befintlig fil med annat innehåll skrivs bara över med `--force`; "
    "varje fil skrivs först till en tillfällig fil och flyttas sedan på plats. `--check` skriver inget och avslutas "
    "med 1 om filerna saknas eller inte stämmer med den installerade versionen av samverkan.",
}

EN: dict[str, str] = {
    # ------------------------------------------------------------------------------------------ shared parts
    "lint.did-you-mean": " Did you mean {value}?",
    "lint.start-date": "start date",
    "lint.end-date": "end date",
    "lint.id.party.a": "a party",
    "lint.id.party.where": "`parties` in agreement.yaml",
    "lint.id.party.another": "another party",
    "lint.id.focus-area.a": "a focus area",
    "lint.id.focus-area.where": "`focus_areas` in agreement.yaml",
    "lint.id.focus-area.another": "another focus area",
    "lint.id.goal.a": "a goal",
    "lint.id.goal.where": "`action_plan.goals` in agreement.yaml",
    "lint.id.goal.another": "another goal",
    "lint.id.indicator.a": "an indicator",
    "lint.id.indicator.where": "the goals' `indicators` in agreement.yaml",
    "lint.id.indicator.another": "another indicator",
    "lint.id.source.a": "a source",
    "lint.id.source.where": "`sources` in agreement.yaml",
    "lint.id.source.another": "another source",
    "lint.id.activity.a": "an activity",
    "lint.id.activity.where": "the file names in data/activities/",
    "lint.id.activity.another": "another activity",
    "lint.id.action-point.another": "another action point in the same meeting",
    "lint.id.problem.a": "a problem",
    "lint.id.problem.where": "`situation_report.problems` in agreement.yaml",
    "lint.id.problem.another": "another problem",
    "lint.id.cause.a": "a cause",
    "lint.id.cause.where": "the problems' `causes` under `situation_report` in agreement.yaml",
    "lint.id.cause.another": "another cause",
    "lint.id.finding.a": "a finding of the crime mapping",
    "lint.id.finding.where": "`situation_report.crime_mapping.findings` in agreement.yaml",
    "lint.id.finding.another": "another finding",
    "lint.id.local-part.a": "a local part",
    "lint.id.local-part.where": "`local_parts` in agreement.yaml",
    "lint.id.local-part.another": "another local part",
    "lint.id.production-target.a": "a production target",
    "lint.id.production-target.where": "the activity's `production_targets`",
    "lint.id.production-target.another": "another production target in the same activity",
    "lint.id.window.a": "a follow-up window",
    "lint.id.window.where": "`follow_up.windows` in agreement.yaml",
    "lint.id.window.another": "another follow-up window",
    "lint.layout.activity": "activities/<id>.yaml",
    "lint.layout.followup": "followups/<period>/<activity>.yaml",
    "lint.layout.meeting": "meetings/<period>.yaml",
    "enum.IdentityKind.personnummer": "personal identity number (personnummer)",
    "enum.IdentityKind.samordningsnummer": "co-ordination number (samordningsnummer)",
    # ------------------------------------------------------------------------------------------ references
    "unknown-reference": "The id refers to {target} that does not exist.{suggestion}",
    "unknown-reference.hint": "Check the spelling against {where}.{known} An id uses lowercase a–z, digits and "
    "hyphens.",
    "unknown-reference.known": " The ids there are {ids}.",
    "unknown-reference.none-known": " There are none yet.",
    "rule.unknown-reference.summary": "Every id a file refers to (party, focus area, goal, indicator, source, "
    "activity, problem, cause, local part, production target, follow-up window) exists.",
    "rule.unknown-reference.explanation": "An id that points at nothing.\n\n"
    "Anti-pattern: an activity lists `goals: [minska-ungdomsbrott]` while the goal's id is "
    "`minska-ungdomsbrottslighet`; a follow-up names an activity that was renamed. The report then silently loses "
    "the link.\n\n"
    "Better: copy the id from where it is defined (`parties`, `focus_areas`, `action_plan.goals`, `sources`, the "
    "goals' `indicators` in agreement.yaml, or the activity's file name).",
    "duplicate-id": "The id is already used for {kind} ({first}).",
    "duplicate-id.hint": "Give each party, focus area, goal, indicator, source, problem, cause, finding, local part, "
    "activity, production target and action point its own id.",
    "duplicate-id.first-on-line": "first on line {line}",
    "duplicate-id.first-in": "first in {file}",
    "rule.duplicate-id.summary": "Ids are unique: parties, focus areas, goals, indicators, sources, problems, "
    "causes, findings, local parts, activities, production targets within an activity, action points within a "
    "meeting.",
    "rule.duplicate-id.explanation": "Two things with the same id.\n\n"
    "Anti-pattern: two goals both called `trygghet`, or a copied activity file whose `id` was not changed; every "
    "reference to that id is then ambiguous.\n\n"
    "Better: one id per thing. Action points may keep their id from meeting to meeting (that is how a point is "
    "followed), but within one meeting each id is used once.",
    "file-name-mismatch": "The field {field} does not match where the file lies: the file should be {layout}.",
    "file-name-mismatch.hint": "Rename (or move) the file, or correct the field, so that they match.",
    "rule.file-name-mismatch.summary": "File names match the content: activity = id, follow-up = activity in the "
    "period's folder, meeting = period.",
    "rule.file-name-mismatch.explanation": "A file whose name (or folder) disagrees with the id or period inside "
    "it.\n\n"
    "Anti-pattern: `activities/team-ungdom.yaml` with `id: team-unga`; a follow-up for 2021Q3 saved in "
    "`followups/2021Q2/`. People find files by their names, and two follow-ups can then collide.\n\n"
    "Better: `activities/<id>.yaml`, `followups/<period>/<activity>.yaml`, `meetings/<period>.yaml`.",
    # ------------------------------------------------------------------------------------------ the chain
    "focus-area-unserved": "No goal and no activity works on this focus area.",
    "focus-area-unserved.hint": "Add the focus area's id to `focus_areas` of a goal or an activity, or explain in "
    "the focus area's `no_measures_reason` why it has no measures of its own.",
    "rule.focus-area-unserved.summary": "Every focus area has at least one goal or activity working on it.",
    "rule.focus-area-unserved.explanation": "A chosen focus area that nothing in the action plan works on.\n\n"
    "Anti-pattern: the agreement names four focus areas, but the action plan's goals and activities only cover "
    "three. The fourth problem was prioritised and then has no measures, no follow-up and no effect.\n\n"
    "Better: give the focus area a goal (`focus_areas: [<id>]` on the goal) or activities, or state openly why "
    "not in `no_measures_reason`.",
    "activity-unanchored": "The activity belongs to no goal and no focus area.",
    "activity-unanchored.hint": "Say which goals (`goals`), focus areas (`focus_areas`) or problems of the situation "
    "report (`problems`) the activity works towards.",
    "rule.activity-unanchored.summary": "Every activity, promise and measure works towards at least one goal, focus "
    "area, problem or cause.",
    "rule.activity-unanchored.explanation": "An activity that serves no goal and no focus area.\n\n"
    "Anti-pattern: an activity that is in the plan because it always was; its effect cannot be traced to any "
    "prioritised problem, and the follow-up cannot say what it changed.\n\n"
    "Better: `goals: [<goal id>]` or `focus_areas: [<focus area id>]` — every measure acts on a chosen problem.",
    "goal-unmeasurable": "The goal has no indicator, so whether it is reached cannot be followed up.",
    "goal-unmeasurable.hint": "Add at least one indicator (`indicators`) with a source, preferably with a baseline "
    "(`baseline`) and a target (`target`), on the goal or a sub-goal.",
    "rule.goal-unmeasurable.summary": "Every goal can be measured: it or a sub-goal has at least one indicator.",
    "rule.goal-unmeasurable.explanation": "A goal with no way to measure it.\n\n"
    "Anti-pattern: “Öka tryggheten” with no indicator. Brå asks for bounded and measurable goals; without a measure "
    "the follow-up can only say what was done, never whether it helped.\n\n"
    "Better: an indicator from one of the agreement's sources (e.g. Polisens trygghetsmätning), with the baseline "
    "from the lägesbild and a target (a value or a direction and a date).",
    "goal-vague-verb": "The goal uses a vague verb (such as “verka för”, “värna om” or “arbeta för”) that cannot be "
    "followed up.",
    "goal-vague-verb.hint": "Say what should change, by how much and by when, e.g. “Reduce reported vandalism in the "
    "centre by 20 % by 2023”.",
    "rule.goal-vague-verb.summary": "Goal names say what should change, not just that one will “work towards” "
    "something.",
    "rule.goal-vague-verb.explanation": "A goal phrased with a verb that promises effort, not a result.\n\n"
    "Anti-pattern: “Verka för ökad trygghet”, “Värna om ungdomarna”. Nothing in such a goal can be measured or "
    "found not to be met.\n\n"
    "Better: a specific, measurable, dated goal: “Minska andelen elever i åk 9 som använt narkotika till under 5 % "
    "till 2023” — an effektmål, processmål or produktionsmål.",
    "followup-plan-as-done": "The answer to what was done (`done`) is the same text as what was planned "
    "(`planned`).",
    "followup-plan-as-done.hint": "Write in `done` what was actually done in the period, and what was not. If "
    "everything went exactly as planned, say so in your own words, e.g. with numbers and dates.",
    "rule.followup-plan-as-done.summary": "A follow-up reports what was done, not the plan a second time.",
    "rule.followup-plan-as-done.explanation": "A follow-up whose answer to “Vad har genomförts?” is the plan, "
    "word for word (case and line breaks do not count).\n\n"
    "Anti-pattern: the plan is copied from `planned` to `done`. It then looks as if everything was done, but "
    "nobody has checked.\n\n"
    "Better: `planned` says what was to be done, `done` what was done — with numbers, dates and what was "
    "cancelled.",
    "result-below-target": "Fewer were done than the activity's production target asks for the period.",
    "result-below-target.hint": "Say in the follow-up why the target was missed and what is done now (e.g. in "
    "`done` or `effects`), and raise it at the meeting. Once that is done, add "
    "`# samverkan: ignore[result-below-target]` at the end of the line. If the target is wrong, change it in the "
    "activity.",
    "rule.result-below-target.summary": "A result reported against a production target reaches the target (for a "
    "target per year: in a follow-up of the year).",
    "rule.result-below-target.explanation": "A follow-up reports a count done against a production target "
    "(`production: - target: <id>`) that is below the target's count.\n\n"
    "Anti-pattern: the promise is “minst 10 trygghetsvandringar per år”, the follow-up of the year reports 7 done "
    "and a green rating, without a word on why. That the target was missed goes unseen until someone counts.\n\n"
    "Better: say openly that the target was missed, why, and what is done now. The rule only compares when the "
    "follow-up's period is as long as the target's (`per`), when the target is a floor (“minst” or an exact "
    "number) and when the result is done (`state: genomfört`); an approximate target (“cirka”) or a ceiling "
    "(“högst”) is not compared.",
    "plan-without-activity": "The document has no activity, no promise and no measure: it does not say what will "
    "be done.",
    "plan-without-activity.hint": "Add one file per activity, promise or measure under `activities/`, with "
    "who does what and which goal it works towards.",
    "rule.plan-without-activity.summary": "A document meant to steer the work has at least one activity, promise or "
    "measure.",
    "rule.plan-without-activity.explanation": "An agreement, medborgarlöfte or åtgärdsplan that says nothing about "
    "what will be done.\n\n"
    "Anti-pattern: goals and focus areas are signed, but the action plan never comes. Then there is nothing to "
    "follow up.\n\n"
    "Better: at least one activity (or promise) per goal, with responsibility and time. A lägesbild on its own is "
    "not checked: the measures come in the plan that follows it.",
    "goal-unserved": "No activity works towards this goal.",
    "goal-unserved.hint": "Put the goal's id in `goals` of the activity meant to reach it (or of a sub-goal's "
    "activity), or add an activity for the goal.",
    "rule.goal-unserved.summary": "Every goal has at least one activity working towards it (or towards a sub-goal).",
    "rule.goal-unserved.explanation": "A goal that nothing in the action plan is done to reach.\n\n"
    "Anti-pattern: a goal stands in the agreement, but no activity refers to it. At the follow-up there is nothing "
    "to report for the goal.\n\n"
    "Better: every goal gets at least one activity (`goals: [<id>]` in the activity's file). A goal counts as "
    "served when an activity works towards it, towards one of its sub-goals or towards the goal it is part of. "
    "With no activity at all, the rule `plan-without-activity` says so once instead of once per goal.",
    "activity-vague-verb": "The wording promises an effort (with a vague verb such as “verka för”, “motverka” or "
    "“arbeta för att”), not what will be done.",
    "activity-vague-verb.hint": "Say what is done, by whom and how often, so that one can see whether it was done, "
    "e.g. “Polisen genomför trygghetsvandringar i centrum en gång i månaden”.",
    "rule.activity-vague-verb.summary": "Activities, promises and measures say what is done, not just that one will "
    "“work towards” something.",
    "rule.activity-vague-verb.explanation": "An activity, promise or measure worded with a verb Brå warns against: "
    "“arbeta för att”, “verka för”, “motverka”, “värna om”.\n\n"
    "Anti-pattern: “Polisen ska verka för ökad närvaro i centrum”. At the follow-up nobody can say whether the "
    "promise was kept.\n\n"
    "Better: an action one can see and count: “Polisen patrullerar i centrum fredagar och lördagar kl. 21–02”.",
    # ------------------------------------------------------------------------------------------ responsibility
    "responsibility-kommun-missing": "The activity lacks {side}.",
    "responsibility-kommun-missing.hint": "{fix}",
    "responsibility-kommun-missing.side.kommun": "a role for the kommun",
    "responsibility-kommun-missing.side.anyone": "anyone responsible (the column Who)",
    "responsibility-kommun-missing.fix.kommun": "Add an entry to `responsibilities` for the kommun's party, with "
    "unit and role.",
    "responsibility-kommun-missing.fix.anyone": "Add an entry to `responsibilities` for whoever is responsible, "
    "preferably with unit and `contact_role`.",
    "rule.responsibility-kommun-missing.summary": "Every row of the action table has a role for the kommun (in a "
    "table with a Who column: someone responsible).",
    "rule.responsibility-kommun-missing.explanation": "An activity whose Kommun column is empty; in an åtgärdsplan "
    "with a Who column: a measure with nobody responsible. The rule applies only when the document's table has the "
    "column (`action_plan.columns`, else what is usual for its kind of document), and never to a promise or a "
    "citizen promise.\n\nAnti-pattern: an activity with only the Police's role filled in, in an agreement whose "
    "table has the columns Kommun, Polis and Kommunikation. An empty cell means nobody on the kommun's side is "
    "responsible.\n\nBetter: an entry in `responsibilities` for a party of kind `kommun` (or `stadsdel`), with unit "
    "and role.",
    "responsibility-police-missing": "The activity lacks a role for the Police.",
    "responsibility-police-missing.hint": "Add an entry to `responsibilities` for the Police's party, with unit and "
    "role.",
    "rule.responsibility-police-missing.summary": "Every row of an action table with a Police column has a role for "
    "the Police.",
    "rule.responsibility-police-missing.explanation": "An activity whose Police column is empty. The rule applies "
    "only when the document's table has the column, and never to a promise or a citizen promise.\n\nAnti-pattern: an "
    "activity in a cooperation agreement with only the kommun's role filled in. The table of a Swedish action plan "
    "has the columns Kommun, Polis and Kommunikation, and an empty cell means nobody is responsible for that "
    "part.\n\nBetter: an entry in `responsibilities` for a party of kind `polismyndigheten`. If the Police has no "
    "part in the activity: excuse that line with `# samverkan: ignore[responsibility-police-missing]`.",
    "communication-missing": "The activity does not say who communicates.",
    "communication-missing.hint": "Add `communication:` with `parties:` (and preferably `units:`) for whoever "
    "communicates.",
    "rule.communication-missing.summary": "Every row of an action table with a Communication column says who "
    "communicates.",
    "rule.communication-missing.explanation": "An activity whose Communication column is empty. The rule applies "
    "only when the document's table has the column, and never to a promise or a citizen promise.\n\nAnti-pattern: an "
    "activity without `communication`. Nobody then knows who tells residents or the media about the work, and often "
    "nobody does.\n\nBetter: `communication:` with the parties (and preferably the functions) that communicate about "
    "the activity.",
    "promise-giver-missing": "The promise does not say who makes it.",
    "promise-giver-missing.hint": "Add `by:` with the id of the party that promises, or `[vi]` when the parties "
    "promise jointly.",
    "rule.promise-giver-missing.summary": "Every promise says who makes it (`by`).",
    "rule.promise-giver-missing.explanation": "A promise (`kind: löfte`) without `by`.\n\nAnti-pattern: “Vi ordnar "
    "trygghetsvandringar” without saying whether the Police, the kommun or both promise it. At the follow-up nobody "
    "knows who should have done it.\n\nBetter: `by: [polisen]`, `by: [<the kommun's id>]` or `by: [vi]` when the "
    "parties promise jointly, as the document says.",
    "uncertain-responsibility": "The role in the activity is uncertain: {why}.",
    "uncertain-responsibility.hint": "Settle with the parties who does what and correct the action plan at the next "
    "revision. Until then: leave the marking, so that the uncertainty stays visible.",
    "uncertain-responsibility.why.marked-in-text": "the text has a question mark or a word such as “oklart” or "
    "“eventuellt”",
    "uncertain-responsibility.why.flagged": "it is marked `uncertain: true`",
    "rule.uncertain-responsibility.summary": "No role in an activity is uncertain (`uncertain: true`, or “?”, "
    "“oklart”, “eventuellt” in its text).",
    "rule.uncertain-responsibility.explanation": "A responsibility that the signed document leaves unclear.\n\n"
    "Anti-pattern: “Socialtjänst? deltar” — the question mark was signed, and nobody knows whether the social "
    "services take part. An unclear role is usually a role nobody fills.\n\n"
    "Better: keep the text as signed in `as_signed` with `uncertain: true` (never correct a signed document in "
    "silence), and settle the question at the next BRÅ meeting.",
    # ------------------------------------------------------------------------------------------ dates
    "activity-outside-agreement": "The activity's {which} lies outside {document} period of validity.",
    "activity-outside-agreement.hint": "Correct the date, or move the activity to the agreement it belongs to.",
    "rule.activity-outside-agreement.summary": "Activities start and end within the agreement's period of validity.",
    "rule.activity-outside-agreement.explanation": "An activity that starts before the agreement or ends after "
    "it.\n\n"
    "Anti-pattern: `start: 2019-08-01` on an activity under an agreement valid from 2019-12-20 — the activity was "
    "then not part of this agreement, and its follow-ups belong elsewhere.\n\n"
    "Better: leave `start`/`end` out when the activity runs as long as the agreement; set them only inside it.",
    "dates-out-of-order": "{what} lies before {before}.",
    "dates-out-of-order.hint": "Check the dates; an end comes after its start, and the next meeting after this one.",
    "dates-out-of-order.activity-end": "The activity's end date ({day})",
    "dates-out-of-order.agreement-start": "{document} start date ({day})",
    "dates-out-of-order.next-meeting": "The next meeting's date ({day})",
    "dates-out-of-order.this-meeting": "this meeting's date ({day}) or is the same day",
    "rule.dates-out-of-order.summary": "Ends come after starts: an activity's end after its (or the agreement's) "
    "start, the next meeting after this one.",
    "rule.dates-out-of-order.explanation": "An end before its start, where the schema alone cannot see it because "
    "the start lives in another file.\n\n"
    "Anti-pattern: an activity with only `end: 2019-06-30` under an agreement that starts 2019-12-20 (its start "
    "defaults to the agreement's, so it ends before it begins); a meeting whose `next_meeting` is before itself.\n\n"
    "Better: check the year — most of these are a typo in it.",
    "followup-outside-activity": "The follow-up is for a period when the activity is not running.",
    "followup-outside-activity.hint": "Check the period (`period` and the folder), and the activity's `start` and "
    "`end` (without them, the agreement's period of validity applies).",
    "rule.followup-outside-activity.summary": "A follow-up's period overlaps the time the activity runs.",
    "rule.followup-outside-activity.explanation": "A follow-up for a period in which its activity did not run.\n\n"
    "Anti-pattern: a follow-up for 2024Q1 of an activity under an agreement that ended 2023-06-01; usually a typo "
    "in the year or a copied file.\n\n"
    "Better: follow-ups only for periods that overlap the activity's `start`–`end` (the agreement's by default).",
    "meeting-date-out-of-period": "The meeting is dated {when}.",
    "meeting-date-out-of-period.hint": "A meeting that follows up a period is held at the earliest when the period "
    "starts and at the latest during the period after it. Check `date` and `period`.",
    "meeting-date-out-of-period.before": "before {period}, the period it follows up",
    "meeting-date-out-of-period.after": "after {next}, the period after the one it follows up ({period})",
    "meeting-date-out-of-period.before-window": "before {start}, when the follow-up window it follows up starts",
    "meeting-date-out-of-period.after-window": "after {end}, when the window after the one it follows up ends",
    "rule.meeting-date-out-of-period.summary": "A meeting's date lies at the earliest in the period it follows up "
    "and at the latest in the next one.",
    "rule.meeting-date-out-of-period.explanation": "A meeting dated far from the period it follows up.\n\n"
    "Anti-pattern: `meetings/2021Q3.yaml` dated 2021-03-10 (before the quarter began) or 2022-05-01 (three "
    "quarters later): one of the two is wrong, and the report for the quarter picks the wrong meeting.\n\n"
    "Better: the meeting that follows up a period is held during it or in the following one.",
    "done-in-future": "{what} with a date after {today}.",
    "done-in-future.hint": "What has not happened yet cannot be done. Correct the date, or change the status until "
    "it has happened.",
    "done-in-future.followup": "The follow-up is recorded as done",
    "done-in-future.meeting": "The meeting is recorded as done",
    "done-in-future.action-point": "The action point is recorded as done",
    "rule.done-in-future.summary": "Nothing is recorded as done after today (or --as-of).",
    "rule.done-in-future.explanation": "Something recorded as done on a day that has not come yet.\n\n"
    "Anti-pattern: a follow-up with `done_on` next month, an action point `klar` with a future `done_on`, a meeting "
    "marked `genomfört` for next week. Usually a typo in the year, or a plan written as a result.\n\n"
    "Better: record what is planned as planned (`status: planerat`, `öppen`), and as done once it is.",
    # ------------------------------------------------------------------------------------------ follow-ups
    "followup-incomplete": "The follow-up does not answer question {number} of the document's follow-up questions: "
    "the field {field} ({meaning}) is missing or empty.",
    "followup-incomplete.hint": "Write an answer, even a short one. “Inget genomfört under perioden” and “Inga kända "
    "effekter ännu” are valid answers.",
    "followup-incomplete.meaning.done": "what has been done",
    "followup-incomplete.meaning.cooperated": "who has cooperated",
    "followup-incomplete.meaning.effects": "what effects it has had",
    "followup-incomplete.meaning.planned": "what was planned",
    "followup-incomplete.meaning.production": "what was produced",
    "followup-incomplete.meaning.rating": "how the commitment was met",
    "followup-incomplete.meaning.indicator_values": "new values of the indicators",
    "followup-incomplete.meaning.answers": "the answer to the document's own question",
    "rule.followup-incomplete.summary": "Every follow-up answers the document's own follow-up questions "
    "(`follow_up.questions`), however many.",
    "rule.followup-incomplete.explanation": "A follow-up that leaves one of the document's follow-up questions "
    "unanswered. The questions are the document's own: a question written as text answers, in order, to `done`, "
    "`cooperated` and `effects` (as Strängnäs's three questions do); a question written as `{{text, answer}}` is "
    "answered in the field `answer` names. A citizen promise with a single question therefore needs a single "
    "answer.\n\nAnti-pattern: a follow-up with `done:` filled in and `effects:` left out, when the document promises "
    "that every follow-up shows any effects. A silent gap looks like “nothing”.\n\nBetter: answer each question, "
    "plainly. “Inga kända effekter ännu” is an honest answer, and it is one.",
    "followup-empty": "The follow-up is not filled in yet: it answers none of the questions. {when}",
    "followup-empty.before": "It is due by {due}.",
    "followup-empty.after": "It was due by {due} ({days:day|days} ago).",
    "followup-empty.when-unknown": "The document sets no rhythm that says when it is due.",
    "followup-empty.hint": "Write the answers in the fields under the questions (e.g. `done:`). A blank follow-up "
    "counts as missing in `overdue` and in the minutes; it is a warning until the meeting and an error after it.",
    "rule.followup-empty.summary": "A follow-up is filled in by the meeting that follows up its period.",
    "rule.followup-empty.explanation": "A follow-up that answers none of the document's questions (or, when the "
    "document states none, says nothing at all), such as a file `samverkan new followup` wrote and nobody has filled "
    "in yet. Until the period's meeting (or the period's last day when there is no meeting) it is a warning, so the "
    "coordinator can merge the scaffolding in one pull request and each owner fill in their own without CI going "
    "red. After the meeting it is an error. A blank file never counts as handed in: `overdue` and `report` show it "
    "as missing.\n\nAnti-pattern: leaving a blank scaffold after the meeting, so it looks as if the follow-up came "
    "in.\n\nBetter: fill in the answers before the meeting; “Inget genomfört under perioden” is an answer.",
    # ------------------------------------------------------------------------------------------ the agreement
    "agreement-expired": "{document:cap} was valid until {until} and has expired.",
    "agreement-expired.day": "{end}",
    "agreement-expired.through": "the end of {end}",
    "agreement-expired.hint": "Sign a new agreement and keep it in a new repository or data folder; this one stays "
    "as history. Activities that continue belong to the new one.",
    "rule.agreement-expired.summary": "The document (agreement, citizen promise, action plan …) has not expired.",
    "rule.agreement-expired.explanation": "An agreement whose last day has passed.\n\n"
    "Anti-pattern: the BRÅ keeps following up an action plan that no longer binds anyone; the Police's local "
    "agreements are meant to be renewed from a fresh lägesbild.\n\n"
    "Better: sign a new agreement in time (see `agreement-expiring`), and keep the old one as history.",
    "agreement-expiring": "{document:cap} expires on {end}, {when}.",
    "agreement-expiring.in-days": "in {days:day|days}",
    "agreement-expiring.today": "that is today",
    "agreement-expiring.hint": "Start on a new lägesbild and a new agreement. How early samverkan warns is set with "
    "`expiry_warning_days` in data/samverkan.yaml.",
    "rule.agreement-expiring.summary": "The agreement does not expire within `expiry_warning_days` days (default 90).",
    "rule.agreement-expiring.explanation": "An agreement that ends soon.\n\n"
    "Anti-pattern: noticing at the last BRÅ meeting that the agreement ended last month, with no lägesbild for a "
    "new one.\n\n"
    "Better: start the new lägesbild and agreement a few months ahead; the warning comes `expiry_warning_days` days "
    "(default 90) before the last day.",
    "signatory-missing": "The party is a signing party but nobody has signed for it.",
    "signatory-missing.hint": "Add an entry to `signatories` with `party` and a name or title, or change the party's "
    "`standing` to `samverkanspart` or `medverkande` if it does not sign. If the document names no signatories: add "
    "`signatories` to `not_stated`.",
    "rule.signatory-missing.summary": "Every signing party has someone who signed for it (in an agreement, a citizen "
    "promise or a local part).",
    "rule.signatory-missing.explanation": "A signing party (`standing: avtalspart`, the default) with no "
    "signatory.\n\n"
    "Anti-pattern: a third kommun added to the parties list but not to the signatures; the agreement then claims a "
    "commitment nobody made.\n\n"
    "Better: every `avtalspart` has a `signatories` entry; partners who do not sign are `samverkanspart` or "
    "`medverkande`.",
    "validity-missing": "It is not stated how long {document} is valid.",
    "validity-missing.hint": "Enter it in `validity` if the document states it; otherwise add `validity` to "
    "`not_stated`.",
    "rule.validity-missing.summary": "The document states how long it is valid.",
    "rule.validity-missing.explanation": "A document without a period of validity (`validity`). Applies to every "
    "kind but a situation report.\n\nAnti-pattern: inventing an end date to fill the field in. If only a year is "
    "stated, write the year (`end: 2025`); if it says “until further notice”, write `until_further_notice: "
    "true`.\n\nBetter: write the period as the document gives it, with its precision, and word for word in "
    "`as_stated`. If the document states no period at all: write `validity` in `not_stated`, and the warning goes "
    "away.",
    "signing-missing": "It is not stated when or where {document} was signed.",
    "signing-missing.hint": "Enter it in `signing` if the document states it; otherwise add `signing` to `not_stated`.",
    "rule.signing-missing.summary": "A document that is signed states when and where.",
    "rule.signing-missing.explanation": "An agreement, a citizen promise or a local part with nothing about its "
    "signing (`signing`). An åtgärdsplan is decided rather than signed and gets no warning.\n\nAnti-pattern: writing "
    "today's date or an invented one.\n\nBetter: the date (year, month or day, as in the document), the place and "
    "the words in `as_stated`. If the document says nothing about its signing: write `signing` in `not_stated`.",
    "forum-missing": "It is not stated in which forum the work under {document} is followed up.",
    "forum-missing.hint": "Enter it in `follow_up.forum` (or `governance.forum`) if the document states it; "
    "otherwise add `forum` to `not_stated`.",
    "rule.forum-missing.summary": "The document states where the work is followed up.",
    "rule.forum-missing.explanation": "A document that does not say where the work is followed up (`follow_up.forum` "
    "or `governance.forum`). Applies to every kind but a situation report.\n\nAnti-pattern: entering a forum the "
    "document does not name, e.g. the kommun's BRÅ when the follow-up really happens elsewhere.\n\nBetter: the forum "
    "as the document names it. If none is named: write `forum` in `not_stated`; the meetings then get a heading of "
    "their own (`title`).",
    "cadence-missing": "It is not stated how often the work under {document} is followed up.",
    "cadence-missing.hint": "Enter it in `follow_up.cadence` if the document states it; otherwise add `cadence` to "
    "`not_stated`.",
    "rule.cadence-missing.summary": "The document states how often the work is followed up.",
    "rule.cadence-missing.explanation": "A document that does not say how often the work is followed up "
    "(`follow_up.cadence`). Without a cadence `samverkan overdue` cannot tell when a follow-up is "
    "late.\n\nAnti-pattern: choosing `kvartal` because it is common.\n\nBetter: the cadence as in the document "
    "(`år`, `halvår`, `tertial`, `kvartal`, `månad`, `vecka`, `varannan vecka` or `löpande`), and the words in "
    "`cadence_as_stated`. If none is stated: write `cadence` in `not_stated`.",
    "followup-questions-missing": "It is not stated which questions a follow-up of {document} answers.",
    "followup-questions-missing.hint": "Enter it in `follow_up.questions` if the document states it; otherwise add "
    "`follow_up_questions` to `not_stated`.",
    "rule.followup-questions-missing.summary": "The document states which questions a follow-up answers.",
    "rule.followup-questions-missing.explanation": "A document without follow-up questions (`follow_up.questions`). "
    "Without questions `followup-incomplete` demands no answer, and `samverkan new followup` does not know which "
    "fields to write.\n\nAnti-pattern: copying Strängnäs's three questions into a document that does not ask "
    "them.\n\nBetter: the questions as in the document, as text (answering `done`, `cooperated`, `effects` in order) "
    "or as `{{text, answer}}`. If the document states none: write `follow_up_questions` in `not_stated`.",
    "coordination-function-missing": "It is not stated who holds the kommun's coordination function under lag "
    "(2023:196).",
    "coordination-function-missing.hint": "Enter it in `coordination_function` if the document states it; otherwise "
    "add `coordination_function` to `not_stated`.",
    "rule.coordination-function-missing.summary": "An åtgärdsplan names the kommun's coordination function.",
    "rule.coordination-function-missing.explanation": "An åtgärdsplan that does not say who holds the kommun's "
    "coordination function for crime prevention (lag 2023:196).\n\nAnti-pattern: entering a person; name a role and "
    "a unit.\n\nBetter: `coordination_function` with party, role (e.g. “Brottsförebyggande samordnare”) and unit, as "
    "in the document. If it is not stated: write `coordination_function` in `not_stated`.",
    "adoption-missing": "{who}",
    "adoption-missing.who.document": "It is not stated who decided {document}, or when.",
    "adoption-missing.who.kommun": "The kommun has no decision in `adoptions`, although the other kommuner's "
    "decisions are there.",
    "adoption-missing.hint": "Enter the decision in `adoptions` (body, date with the document's precision, "
    "paragraph) if the document states it; otherwise add `adoption` to `not_stated`.",
    "rule.adoption-missing.summary": "An åtgärdsplan states its decision; in a joint agreement every kommun has its "
    "decision.",
    "rule.adoption-missing.explanation": "An åtgärdsplan without a decision (`adoptions`), or an agreement whose "
    "decisions name their kommun (`party`) and one of the kommuner is missing.\n\nAnti-pattern: entering only the "
    "first kommun's decision when three kommuner adopted the same agreement.\n\nBetter: one decision per kommun and "
    "deciding body, with the body that prepared the matter (`prepared_by`) and the one that adopted it "
    "(`adopted_by`). If no decision is stated: write `adoption` in `not_stated`.",
    "situation-report-incomplete": "The situation report of {document} lacks {parts} (4 § lag 2023:196).",
    "situation-report-incomplete.part.crime_mapping": "the mapping of crime (`crime_mapping`)",
    "situation-report-incomplete.part.other_information": "other relevant information (`other_information`)",
    "situation-report-incomplete.part.analysis": "the analysis (`analysis`)",
    "situation-report-incomplete.hint": "Enter the part under `situation_report` if the document has it; if the "
    "document has no situation report at all: add `situation_report` to `not_stated`.",
    "rule.situation-report-incomplete.summary": "An åtgärdsplan's situation report has the law's three parts: "
    "mapping, other information and analysis.",
    "rule.situation-report-incomplete.explanation": "An åtgärdsplan whose situation report lacks one of the three "
    "parts 4 § lag (2023:196) lists: a mapping of crime, other relevant information, and an analysis of "
    "both.\n\nAnti-pattern: a situation report that is only statistics, with no analysis of what drives the "
    "problems. The measures then cannot be tied to causes.\n\nBetter: `situation_report` with `crime_mapping` "
    "(preferably with `findings`), `other_information` and `analysis`, word for word as in the document.",
    # ------------------------------------------------------------------------------------------ personal data
    "personal-identity-number": "The line contains a {kind}.",
    "personal-identity-number.hint": "Remove the number: data that identifies a private person must not be in the "
    "files, not even in comments. If the file was already committed, the number remains in the git history; ask "
    "whoever manages the repository to clean it.",
    "identity-number-in-name": "A file or folder name in this folder contains a {kind}.",
    "identity-number-in-name.hint": "Rename the file or folder so that the number is gone: names are "
    "committed and published just like the contents.",
    "rule.identity-number-in-name.summary": "No personnummer or samordningsnummer in the names of files "
    "and folders under data/.",
    "rule.identity-number-in-name.explanation": "A file or folder name under data/ that contains a "
    "personnummer or samordningsnummer. The finding points to the folder, never to the name, so the number is "
    "not shown in the output.\n\n"
    "Anti-pattern: `data/followups/2021Q3/850709-9805.yaml` — the file name shows in git, on the web page and in "
    "every listing.\n\n"
    "Better: name the file after the activity or the role, e.g. `data/activities/sig.yaml`.",
    "personal-data-not-checked": "The file could not be searched for personal data: {reason}",
    "personal-data-not-checked.hint": "git commits the file anyway. Check yourself that it holds no personnummer, "
    "phone numbers or e-mail addresses, or remove it from data/.",
    "personal-data-not-checked.too-large": "it is larger than 1 MB.",
    "personal-data-not-checked.unreadable": "it could not be read.",
    "rule.personal-data-not-checked.summary": "Every file under data/ is searched for personal data.",
    "rule.personal-data-not-checked.explanation": "A file under data/ that the search for personal data could not "
    "read: too large or without read permission. git commits it anyway.\n\n"
    "Anti-pattern: a large export from a case system put in data/ — no check sees what it holds.\n\n"
    "Better: put only what is needed in data/, in small YAML files that samverkan can check.",
    "rule.personal-identity-number.summary": "No personnummer or samordningsnummer anywhere under data/, not even in "
    "comments.",
    "rule.personal-identity-number.explanation": "A personnummer or samordningsnummer in any file under data/, "
    "comments included.\n\n"
    "Anti-pattern: `# gäller 0501011234, se akten` pasted into a follow-up. Follow-ups are kept in git and "
    "published; a personnummer together with words about crime or drugs is specially protected data (GDPR art. 9 "
    "and 10, OSL).\n\n"
    "Better: describe what was done without anyone being identifiable (“en ungdom i åk 9”). Case details belong in "
    "the social services' or the Police's own systems, never here.",
    "personal-phone-number": "The line contains a mobile phone number, which may be a private person's.",
    "personal-phone-number.hint": "Write a function or the organisation's switchboard number instead. If it is a "
    "work number that should stay: add `# samverkan: ignore[personal-phone-number]` at the end of the line.",
    "rule.personal-phone-number.summary": "No mobile number (070, 072, 073, 076, 079) under data/; it may be a "
    "private person's.",
    "rule.personal-phone-number.explanation": "A Swedish mobile number in any file under data/.\n\n"
    "Anti-pattern: “Kontakt: mamma 070-…” in meeting notes. A private person's number in a published repository "
    "cannot be taken back.\n\n"
    "Better: name a function (“Trygghetssamordnare, via kommunens växel”). A switchboard number is not flagged; an "
    "official's work mobile may be excused on its line with `# samverkan: ignore[personal-phone-number]`.",
    "personal-email": "The line contains an e-mail address on a domain that is not a known organisation's.",
    "personal-email.hint": "Use a function address at the organisation instead. If the domain belongs to an "
    "organisation (e.g. the kommun's own domain): add it to `organisation_domains` in data/samverkan.yaml.",
    "rule.personal-email.summary": "No e-mail address outside polisen.se, *.kommun.se and the domains in "
    "`organisation_domains`.",
    "rule.personal-email.explanation": "An e-mail address that is not an organisation's.\n\n"
    "Anti-pattern: a parent's or a young person's gmail address in the minutes of a BRÅ meeting.\n\n"
    "Better: an organisation's address (`polisen.se`, `<kommun>.kommun.se`, or a domain listed in "
    "`organisation_domains` in data/samverkan.yaml), preferably a function address rather than a person's.",
    # ------------------------------------------------------------------------------------------ settings
    "config-unknown-rule": "There is no rule {code}.{suggestion}",
    "config-unknown-rule.hint": "Check the spelling. `samverkan rules` lists every rule.",
    "rule.config-unknown-rule.summary": "Every rule code in data/samverkan.yaml exists.",
    "rule.config-unknown-rule.explanation": "A rule code in data/samverkan.yaml that samverkan does not know.\n\n"
    "Anti-pattern: `rules: {{goal-vague-verbs: off}}` — the misspelt code switches nothing off, and nobody "
    "notices.\n\n"
    "Better: copy the code from `samverkan rules`.",
    "rule-always-on": "The rule {code} cannot be switched off, lowered or excused; it still applies.",
    "rule-always-on.hint": "Remove the setting or the comment. A personnummer or samordningsnummer must never be in "
    "the repository, not even excused: remove the number instead.",
    "rule.rule-always-on.summary": "The personnummer rule cannot be switched off.",
    "rule.rule-always-on.explanation": "A setting in data/samverkan.yaml or an ignore comment that tries to switch "
    "off, lower or excuse the rule `personal-identity-number`.\n\n"
    "Anti-pattern: `rules: {{personal-identity-number: off}}` or `# samverkan: ignore[personal-identity-number]` "
    "— the number stays in the git history and can be published.\n\n"
    "Better: remove the number and write a role instead of a person.",
    "ignore-unknown-rule": "The comment excuses the rule {code}, which does not exist.{suggestion}",
    "ignore-unknown-rule.hint": "Write the code as `samverkan rules` shows it, e.g. "
    "`# samverkan: ignore[uncertain-responsibility]`.",
    "rule.ignore-unknown-rule.summary": "Every rule code in a `# samverkan: ignore[…]` comment exists.",
    "rule.ignore-unknown-rule.explanation": "An inline ignore comment naming a rule that does not exist.\n\n"
    "Anti-pattern: `# samverkan: ignore[uncertain-role]` — the finding it was meant to excuse is still reported, "
    "and the comment looks as if it did something.\n\n"
    "Better: the exact code from `samverkan rules`; several codes are separated by commas.",
    # ------------------------------------------------------------------------------------------ the themes
    "rule-theme.references": "References and ids",
    "rule-theme.references.intro": "An activity refers to goals and focus areas, a follow-up to an activity and "
    "indicators; responsibilities, communication, signatories, coordinators, representatives, meeting attendees "
    "and the parties responsible for action points refer to parties; an indicator refers to a source, a goal to "
    "focus areas and a party (`serves`) to other parties. An activity whose file exists but fails its schema counts "
    "as existing, so that one error does not cause others. An id that does not exist gets the closest id that does "
    "as a suggestion (“Did you mean …?”). Action points may keep their id from meeting to meeting, but within one "
    "meeting each id is unique.",
    "rule-theme.chain": "Brå's chain: focus area, goal, activity",
    "rule-theme.chain.intro": "A focus area counts as taken care of when a goal (or sub-goal, also in a local part) "
    "or an activity lists it in `focus_areas`, or works on a problem of the situation report that belongs to the "
    "area. A law-enforcement focus area (`kind: brottsbekämpande`) is the Police's own work and needs nothing in the "
    "joint plan. A focus area with `applies_to` must be taken care of in one of those kommuner: by something shared, "
    "or by something in one of their local parts. An activity, promise or measure is anchored when it names a goal, "
    "a focus area, a problem or a cause. A goal counts as measurable when it or a sub-goal has at least one "
    "indicator, or when every focus area it serves has indicators of its own. Vague verbs: “verka för”, “värna om”, "
    "“arbeta för”, “sträva efter”, “bidra till”.",
    "rule-theme.responsibility": "Responsibility",
    "rule-theme.responsibility.intro": "The columns are the document's own (`action_plan.columns`), else what is "
    "usual for its kind: Kommun, Polis and Kommunikation in a cooperation agreement or handlingsplan, Brå's template "
    "(with Who) in an åtgärdsplan and none in a citizen promise. The column rules never apply to a promise (`kind: "
    "löfte`); a promise must instead say who makes it (`by`). The kommun's side is a party of kind `kommun` or "
    "`stadsdel`, the Police's side a party of kind `polismyndigheten`. The old code `responsibility-missing` is "
    "still accepted in `data/samverkan.yaml` and in ignore comments, where it stands for all three column rules. A "
    "role is uncertain when it has `uncertain: true`, or when `as_signed`, `units` or `scope` contains “?”, "
    "“oklart”, “eventuellt” or “osäkert”. The finding points at the line with the text (otherwise the line with "
    "`uncertain: true`).",
    "rule-theme.dates": "Dates",
    "rule-theme.dates.intro": "An activity without `start`/`end` runs as long as the agreement. A meeting that "
    "follows up a period is held at the earliest when the period starts and at the latest during the period after "
    "it. “Done after today” covers a follow-up's `done_on`, an action point's `done_on` and a meeting with "
    "`status: genomfört`; “today” is `--as-of` when it is given.",
    "rule-theme.followups": "Follow-ups",
    "rule-theme.followups.intro": "Which fields a follow-up must fill in follows the document's own questions "
    "(`follow_up.questions`): questions written as text answer, in order, to `done`, `cooperated` and `effects`, and "
    "a question `{{text, answer}}` to the field it names (`planned`, `production`, `rating`, `indicator_values` or "
    "`answers.<key>`). An answer must be present and not empty; a list must have at least one entry. “Inga kända "
    "effekter ännu” is a valid answer. When the document states no questions no field is required, but a follow-up "
    "that answers nothing at all is a warning.",
    "rule-theme.agreement": "The document: validity and what it states",
    "rule-theme.agreement.intro": "“Today” is `--as-of` when it is given. How early samverkan warns that the "
    "document runs out is set with `expiry_warning_days` in `data/samverkan.yaml`. A last day given only as a year "
    "or a month counts as the last day of that year or month. What a document does not say is at most a warning, "
    "never an error, and only for the kinds that usually say it: signing and signatories for an agreement, a citizen "
    "promise and a local part (an åtgärdsplan is decided instead); decision, situation report and coordination "
    "function for an åtgärdsplan; validity, forum, follow-up cadence and follow-up questions for every kind but a "
    "situation report. The warning goes away when the fact is listed in `not_stated`: whoever entered the document "
    "has checked that the document does not say it.",
    # ------------------------------------------------------------------------------------------ lag (2023:196)
    "decision-item-unknown": "The decision refers to something that does not exist: {problem}.",
    "decision-item-unknown.hint": "{known} Name one that exists, or remove the reference.",
    "decision-item-unknown.item": "§ {item} is not among the meeting's items",
    "decision-item-unknown.meeting": "the meeting is not among the meeting files",
    "decision-item-unknown.items": "The meeting's items are {items}.",
    "decision-item-unknown.no-items": "The meeting has no items of its own (`items`).",
    "decision-item-unknown.meetings": "The meeting files are named {meetings}.",
    "rule.decision-item-unknown.summary": "A decision stands under an item (§) that exists and cites only items and "
    "meetings that exist.",
    "rule.decision-item-unknown.explanation": "A decision whose `item` or `cites` points at a section the meeting "
    "does not have, or at a meeting that is not among the meeting files. The minutes place a decision under the "
    "item it names; when the item is not there the decision ends up among the loose decisions, and a citation of "
    "a section that does not exist leads the reader nowhere.\n\nAnti-pattern: `item: 7` in a meeting with five "
    "items.\n\nBetter: the item's own number when the items are numbered (`number`), else its place in the list; "
    "in `cites` the meeting file's name (`meeting: 2024-02-13`) and the section in that meeting.",
    "citizen-feedback-missing": "It is not stated how the results of {document} are fed back to the citizens.",
    "citizen-feedback-missing.hint": "Write in `follow_up.feedback` how and when citizens learn what has been done, "
    "e.g. a public meeting or news on the kommun's web site, as the document says.",
    "rule.citizen-feedback-missing.summary": "A medborgarlöfte says how the results are fed back to the citizens.",
    "rule.citizen-feedback-missing.explanation": "A medborgarlöfte that does not say how citizens learn what was "
    "done. A promise is made to the citizens, and Brå's evaluation of medborgarlöften found feedback to them to be "
    "the weakest part of the work. Applies to medborgarlöften only.\n\nAnti-pattern: a promise followed up in the "
    "council but never reported to those it was made to.\n\nBetter: `follow_up.feedback` saying how and when, "
    "e.g. “The results are presented at an open meeting in January and on the kommun's web site”.",
    "situation-report-old": "The situation report is from {date}, {months:month|months} ago; the kommun has decided it "
    "may be at most {limit:month|months} old.",
    "situation-report-old.hint": "Produce a new situation report and enter it under `situation_report`. The limit is "
    "set with `situation_report_max_age_months` in `data/samverkan.yaml`.",
    "rule.situation-report-old.summary": "An åtgärdsplan's situation report is no older than the kommun has decided "
    "(`situation_report_max_age_months`, default: no limit).",
    "rule.situation-report-old.explanation": "An åtgärdsplan whose situation report is older than the limit the "
    "kommun set in `data/samverkan.yaml`. Lag (2023:196) does not say how often the situation report is renewed, so "
    "nothing is checked until the kommun sets a limit. A situation report dated only by year or month counts from "
    "the last day of that period.\n\nAnti-pattern: an åtgärdsplan decided anew from a situation report several "
    "years old.\n\nBetter: `situation_report_max_age_months: 24` (for example) and a new situation report before "
    "the old one passes the limit.",
    "rule-theme.lag": "Lag (2023:196) and Brå's checklist",
    "rule-theme.lag.intro": "The law's requirements on an åtgärdsplan are checked by rules of the theme on the "
    "document: the situation report's three parts under 4 § (`situation-report-incomplete`), the decision "
    "(`adoption-missing`) and the coordination function (`coordination-function-missing`). They apply to an "
    "åtgärdsplan only: a samverkansöverenskommelse or a medborgarlöfte is not the kommun's åtgärdsplan under the "
    "law. This theme holds what Brå asks for beyond that. Which paragraph each check rests on is in "
    "docs/lag-2023-196.md.",
    "rule-theme.personal-data": "Personal data",
    "rule-theme.personal-data.intro": "These rules read the raw text of **every file under `data/`** — comments, "
    "files that could not be parsed and files samverkan does not know — not only the values the schema accepted. "
    "Hidden folders (`.git`) are skipped.\n\n"
    "- **Personnummer and samordningsnummer** (error): 10 or 12 digits, `ÅÅMMDDNNNK` or `ÅÅÅÅMMDDNNNK`, with or "
    "without `-` or `+` before the last four, with a month and day that exist (for a samordningsnummer the day plus "
    "60) and a correct check digit (Luhn). A number with a wrong check digit is not flagged.\n"
    "- **Mobile numbers** (warning): Swedish mobile numbers starting with `070`, `072`, `073`, `076` or `079` (also "
    "`+46 7…` and `0046 7…`), with or without spaces and dashes. A switchboard or service number (`08-…`, `0152-…`, "
    "`0771-…`) cannot be told from a private person's landline and is not flagged.\n"
    "- **E-mail addresses** (warning): an address counts as an organisation's when its domain is `polisen.se`, ends "
    "in `.kommun.se`, or is listed in `organisation_domains` in `data/samverkan.yaml` (subdomains included). Every "
    "other address is a warning.\n\n"
    "A finding names the file, line, column and the kind of data, never the number or address itself. Remove the "
    "data. If the file was already committed, the data remains in the git history: ask whoever manages the "
    "repository to clean it.",
    "rule-theme.settings": "Rule codes in the settings",
    "rule-theme.settings.intro": "Rules are set in `data/samverkan.yaml` and excused line by line with a comment "
    "(see the two sections below). A rule code that does not exist does nothing where it stands — which is why it "
    "is a finding in itself.",
    # ------------------------------------------------------------------------------------------ samverkan rules
    "rules.column.rule": "RULE",
    "rules.column.level": "LEVEL",
    "rules.column.checks": "CHECKS",
    "rules.one": "{code} (default severity: {severity})",
    "rules.unknown-rule": "There is no rule {code}.{suggestion} Run `samverkan rules` to see them all.",
    # ------------------------------------------------------------------------------------------ docs/lint.md
    "rules-doc.title": "# `samverkan lint` — rules for the whole data folder",
    "rules-doc.generated": "<!-- Generated by `samverkan rules --format markdown > docs/lint.md` from "
    "src/samverkan/catalog/lint.py. Edit the texts there, not here. -->",
    "rules-doc.intro": "`samverkan validate` checks each file on its own against its schema. `samverkan lint` does "
    "that too, and then checks what only shows when all files are read together: that references hold, that Brå's "
    "chain from focus area to goal, activity and follow-up is unbroken, that someone is responsible for each part, "
    "that the dates agree, that every follow-up answers the agreement's three questions, that the agreement is in "
    "force — and that no personal data has ended up in the files.\n\n"
    "    samverkan lint [--as-of YYYY-MM-DD] [--strict] [--format text|json|github] [--data FOLDER] [--lang sv|en]\n\n"
    "| option | means |\n"
    "| --- | --- |\n"
    "| `--as-of 2021-01-15` | the day that counts as today (expired agreement, done in the future). Without it: "
    "today's date. |\n"
    "| `--strict` | exit with 1 on warnings too |\n"
    "| `--format` | `text` (for people), `json` (for programs) or `github` (annotations in a pull request) |\n"
    "| `--data` | the data folder; else `$SAMVERKAN_DATA`, else `data/` here or in the nearest folder above |\n"
    "| `--lang en` | messages in English (or `SAMVERKAN_LANG=en`) |\n\n"
    "Exit status: **0** no errors (warnings are allowed), **1** at least one error (or a warning with "
    "`--strict`), **2** wrong usage (unknown option, invalid date, no data folder).\n\n"
    "Every finding starts with `FILE:LINE:COLUMN:` and says what is wrong and how to fix it. A finding never shows "
    "a value from the files — only where it is and what kind of data it is — because a value could be a "
    "personnummer and the output may end up in a CI log that many people read.",
    "rules-doc.rules": "## The rules\n\n"
    "`samverkan rules` lists the rules, `samverkan rules CODE` explains one: what it looks for, what is wrong with "
    "it (with a short example) and how to do better. The explanations are in Swedish by default; `--lang en` shows "
    "them in English, `--format json` gives the same for programs and `--format markdown` writes this page.",
    "rules-doc.table.head": "| code | default severity | checks |\n| --- | --- | --- |",
    "rules-doc.table.row": "| [`{code}`](#{code}) | {severity} | {summary} |",
    "rules-doc.rule.heading": "### `{code}`",
    "rules-doc.rule.severity": "Default severity: **{severity}**. {summary}",
    "rules-doc.settings": "## Settings: `data/samverkan.yaml`\n\n"
    "```yaml\n"
    "# yaml-language-server: $schema=../schemas/samverkan.schema.json\n"
    "rules:\n"
    "  goal-vague-verb: off             # switch a rule off\n"
    "  followup-incomplete: warning     # or change its level: off, warning or error\n"
    "  uncertain-responsibility: error\n"
    "expiry_warning_days: 120           # warn this many days before the agreement ends (default 90)\n"
    "checklist: error                   # the level of every rule of the checklist of Act (2023:196) and Brå\n"
    "organisation_domains:              # e-mail domains that belong to an organisation\n"
    "  - strangnas.se\n"
    "```\n\n"
    "The level is written `error`, `warning` or `off`, or as the Swedish `samverkan rules` shows it: `fel`, "
    "`varning` or `av`. A rule code that does not exist is itself an error (`config-unknown-rule`), so that a "
    "misspelt code never silently does nothing. The settings apply to the rules above, not to the schema check: a "
    "file that fails its schema is always an error.",
    "rules-doc.ignore": "## Excusing a line\n\n"
    "A single line is excused with a comment on that line naming the rule's code:\n\n"
    "```yaml\n"
    "    as_signed: Socialtjänst? deltar  # samverkan: ignore[uncertain-responsibility]\n"
    "    notes: Jour 070-000 00 00        # samverkan: ignore[personal-phone-number, personal-email]\n"
    "```\n\n"
    "Several codes are separated by commas. The comment excuses only findings on that very line, and only the codes "
    "it names. A code that does not exist is a warning (`ignore-unknown-rule`). Use exceptions sparingly: an "
    "uncertain role in a signed document is better left visible until it has been settled.",
    "rules-doc.schema": "## JSON Schemas for the editor\n\n"
    "    samverkan schema [--output-dir FOLDER] [--force] [--check]\n\n"
    "writes `agreement.schema.json`, `activity.schema.json`, `followup.schema.json`, `meeting.schema.json` and "
    "`samverkan.schema.json` (the settings). Without `--output-dir` they are written to `schemas/` beside the data "
    "folder, where the first line of the data files points:\n\n"
    "```yaml\n"
    "# yaml-language-server: $schema=../schemas/agreement.schema.json\n"
    "```\n\n"
    "An editor with YAML support (e.g. VS Code with the YAML extension from Red Hat) then shows the fields' "
    "descriptions and checks the values while one types. An existing file with other content is only overwritten "
    "with `--force`; each file is first written to a temporary file and then moved into place. `--check` writes "
    "nothing and exits with 1 when the files are missing or do not match the installed version of samverkan.",
}
