"""Texts of the command line: help screens, usage problems, what a command says it did (see samverkan.catalog).

Help screens (`samverkan.cli.help_screen`) look their texts up by command path and option name:

- `help.<path>` describes the command (`help.root`, `help.lint`, `help.new.followup`); paragraphs are separated by a
  blank line and wrapped to the terminal. `help.<path>.summary` is its one line in the parent's list of commands.
- `help.<path>.option.<name>` (for one command) or `help.option.<name>` (every command that has it) explains an option,
  named by its long form without dashes (`as-of`, `output`); `help.<path>.argument.<name>` explains an argument.
- `help.value.<metavar>` names the value an option takes (`--data MAPP`, `--data FOLDER`).
"""

SV: dict[str, str] = {
    # ------------------------------------------------------------------------------------ help: the frame
    "help.usage": "Användning:",
    "help.usage.options": "[FLAGGOR]",
    "help.usage.command": "KOMMANDO [ARGUMENT]...",
    "help.options": "Flaggor:",
    "help.arguments": "Argument:",
    "help.commands": "Kommandon:",
    "help.required": "[krävs]",
    "help.value.mapp": "MAPP",
    "help.value.fil": "FIL",
    "help.value.datum": "DATUM",
    "help.value.period": "PERIOD",
    "help.value.format": "FORMAT",
    "help.value.språk": "SPRÅK",
    "help.value.kod": "KOD",
    "help.value.värde": "VÄRDE",
    "help.value.sort": "SORT",
    "help.value.namn": "NAMN",
    "help.value.tabell": "TABELL",
    "help.value.antal": "ANTAL",
    # ------------------------------------------------------------------------------------ help: options
    "help.option.help": "Visa den här hjälpen och avsluta.",
    "help.option.version": "Visa versionen och avsluta.",
    "help.option.lang": "Språk för meddelanden och hjälp: sv (förval) eller en. Annars $SAMVERKAN_LANG.",
    "help.option.data": "Datamappen. Annars $SAMVERKAN_DATA, annars data/ i aktuell mapp eller närmaste mapp ovanför.",
    "help.option.format": "Utdataformat: {formats:or}. Förval: {default}.",
    "help.option.as-of": "Datum (ÅÅÅÅ-MM-DD) som ersätter dagens datum, för resultat som går att upprepa.",
    "help.option.quarter": "Perioden, t.ex. 2021Q3 (även 2021-Q3 eller 2021q3); 2021T2 för tertial om avtalet "
    "följs upp per tertial.",
    "help.option.force": "Skriv över filer som redan finns.",
    "help.option.no-cache": "Läs alla filer på nytt i stället för att svara från .samverkan_cache/ när inget har "
    "ändrats. Annars $SAMVERKAN_NO_CACHE=1.",
    "help.option.jobs": "Hur många processer som läser och tolkar filerna samtidigt. Förval: en per processorkärna. "
    "En mapp med färre än 2 000 filer läses alltid i en process.",
    "help.option.template": "Egen Jinja-mall. Annars templates/ bredvid datamappen, annars den inbyggda.",
    "help.option.output": "Skriv till filen i stället för till skärmen (- betyder skärmen).",
    # ------------------------------------------------------------------------------------ help: commands
    "help.root": "Kommunens och Polisens brottsförebyggande samverkan som YAML i git: validera, granska, följ upp "
    "och skriv minnesanteckningar.\n\n"
    "Skriv `samverkan KOMMANDO --help` för att läsa om ett kommando.",
    "help.init.summary": "Starta ett nytt repo för kommunens eget dokument.",
    "help.init": "Starta ett nytt repo för kommunens eget dokument: en samverkansöverenskommelse, ett "
    "medborgarlöfte eller en åtgärdsplan.\n\n"
    "Skapar data/agreement.yaml av den sorten och en exempelfil i data/activities/ att byta ut, README.md för "
    "repot, .pre-commit-config.yaml och .github/workflows/samverkan.yml som kör `samverkan validate` och "
    "`samverkan lint`, .gitignore och JSON-schemana i schemas/. Datamappen är giltig direkt: det som bara "
    "dokumentet kan säga lämnas bort, med kommentarer om vad som ska fyllas i, och `samverkan lint` påminner om "
    "det. Kommandot frågar ingenting.\n\n"
    "Finns någon av filerna redan skrivs ingenting, utom med --force.\n\n"
    "Avslutas med 0 när filerna är skapade, 1 när en fil redan finns eller inte kunde skrivas och 2 vid felaktig "
    "användning.",
    "help.init.argument.folder": "Mappen där repot skapas; den skapas om den inte finns. Förval: aktuell mapp.",
    "help.init.option.kind": "Vilket slags dokument: samverkansoverenskommelse, medborgarlofte eller atgardsplan "
    "(även med å, ä och ö).",
    "help.init.option.kommun": "Kommunens namn som i dokumentet, t.ex. ”Exempelby kommun”. Annars står det "
    "Kommunen i filen, att byta ut.",
    "help.init.option.force": "Skriv över de filer som redan finns. Utan --force skrivs ingenting när någon av dem "
    "finns.",
    "help.validate.summary": "Kontrollera varje YAML-fil mot sitt schema.",
    "help.validate": "Läs och kontrollera varje YAML-fil i datamappen mot sitt schema.\n\n"
    "Avslutas med 0 när allt är giltigt, 1 när en fil är ogiltig och 2 vid felaktig användning eller när det "
    "inte finns något att läsa.",
    "help.validate.argument.paths": "Bara dessa filer eller mappar (som pre-commit skickar dem). Annars hela "
    "datamappen.",
    "help.lint.summary": "Granska hela datamappen: schemat och reglerna mellan filerna.",
    "help.lint": "Granska hela datamappen: först schemat, sedan reglerna mellan filerna.\n\n"
    "Reglerna gäller hänvisningar, Brås kedja från inriktning till uppföljning, vem som ansvarar, datum, "
    "uppföljningarnas tre frågor, avtalets giltighet och personuppgifter. `samverkan rules` listar dem; "
    "data/samverkan.yaml ändrar deras nivå, och `# samverkan: ignore[kod]` undantar en rad.\n\n"
    "Avslutas med 0 utan fel (varningar tillåts), 1 vid fel (eller varningar med --strict) och 2 vid felaktig "
    "användning.",
    "help.lint.option.strict": "Avsluta med 1 även vid varningar, inte bara vid fel.",
    "help.rules.summary": "Lista reglerna som `samverkan lint` kör.",
    "help.rules": "Lista reglerna som `samverkan lint` kör: kod, förvald nivå och vad regeln kontrollerar.\n\n"
    "Nivån ändras, eller regeln stängs av, i data/samverkan.yaml under `rules:`.",
    "help.rules.argument.code": "Visa en regel utförligt: vad den letar efter och hur man gör bättre.",
    "help.rules.option.format": "Utdataformat: text, json eller markdown (sidan docs/lint.md). Förval: {default}.",
    "help.overdue.summary": "Lista försenade uppföljningar och åtgärdspunkter.",
    "help.overdue": "Lista uppföljningar som skulle ha skrivits och åtgärdspunkter vars sista datum har passerat.\n\n"
    "En uppföljning ska finnas för varje aktivitet och period (kvartal för de flesta avtal) medan avtalet gäller. "
    "Den ska vara klar till periodens BRÅ-möte, eller periodens sista dag om inget möte är inlagt. Försenat betyder "
    "att det datumet har passerat (samma dag räknas inte som försenat).\n\n"
    "Avslutas med 0 (en lista är inget fel), med 1 när data är ogiltiga eller, med --check, när något är "
    "försenat, och med 2 vid felaktig användning.",
    "help.overdue.option.check": "Avsluta med 1 när något är försenat (för CI och pre-commit).",
    "help.new.summary": "Skapa nya, ifyllda datafiler.",
    "help.new": "Skapa nya, ifyllda datafiler.",
    "help.new.followup.summary": "Skapa periodens uppföljningsfiler och mötesfil.",
    "help.new.followup": "Skapa periodens uppföljningsfiler, en per aktivitet, och periodens mötesfil.\n\n"
    "Varje uppföljningsfil har aktivitet och period ifyllda och de tre frågorna som tomma fält med vägledning. "
    "Mötesfilen får ett föreslaget datum och förra mötets öppna åtgärdspunkter. En fil som redan finns skrivs "
    "aldrig över utan --force.\n\n"
    "Avslutas med 0, med 1 när data är ogiltiga eller en fil inte kunde skrivas och med 2 vid felaktig användning.",
    "help.report.summary": "Skriv minnesanteckningarna från periodens BRÅ-möte.",
    "help.report": "Skriv minnesanteckningarna från periodens möte i centrala BRÅ som Markdown.\n\n"
    "Har mötet inte hållits än (ingen mötesfil, status planerat eller ett datum efter --as-of) blir det ett förslag "
    "till dagordning. Mallen är templates/minutes.md.j2: --template FIL, annars templates/ bredvid datamappen, "
    "annars den inbyggda. Utan -o skrivs dokumentet till skärmen; -o skriver aldrig över en fil utan --force. "
    "Med -o protokoll.docx blir det ett Word-dokument.\n\n"
    "Avslutas med 0, med 1 när data eller mallen är ogiltiga och med 2 vid felaktig användning.",
    "help.report.option.format": "md (Markdown, förval) eller docx (Word; kräver -o FIL.docx). Annars avgör "
    "filnamnet efter -o.",
    "help.render.summary": "Skriv ut dokument ur datat som Markdown.",
    "help.render": "Skriv ut dokument ur datat som Markdown.",
    "help.render.agreement.summary": "Skriv överenskommelsen och handlingsplanen som Markdown.",
    "help.render.agreement": "Skriv överenskommelsen och handlingsplanen som ett Markdown-dokument.\n\n"
    "Handlingsplanens tabell (Vad · Kommun · Polis · Kommunikation) återges med cellerna ordagrant som de "
    "undertecknades. Mallen är templates/agreement.md.j2 (--template FIL, templates/ bredvid datamappen, annars "
    "den inbyggda). Med -o overenskommelse.docx blir det ett Word-dokument.\n\n"
    "Avslutas med 0, med 1 när data eller mallen är ogiltiga och med 2 vid felaktig användning.",
    "help.render.agreement.option.format": "md (Markdown, förval) eller docx (Word; kräver -o FIL.docx). Annars "
    "avgör filnamnet efter -o.",
    "help.schema.summary": "Skriv JSON-scheman för datafilerna, för editorer och CI.",
    "help.schema": "Skriv JSON-scheman för datafilerna: agreement, activity, followup, meeting och samverkan "
    "(inställningarna).\n\n"
    "En editor med YAML-stöd (t.ex. VS Code med YAML-tillägget) visar då fältens beskrivningar och kontrollerar "
    "värdena medan man skriver. En befintlig fil med annat innehåll skrivs bara över med --force. Varje fil "
    "skrivs först till en tillfällig fil och flyttas sedan på plats, så ingen ser en halvskriven fil.\n\n"
    "Avslutas med 0 när schemana är skrivna (eller stämmer, med --check), 1 när en fil inte skrevs (eller inte "
    "stämmer) och 2 vid felaktig användning.",
    "help.schema.option.output-dir": "Mappen schemana skrivs till. Förval: schemas/ bredvid datamappen, dit "
    "datafilernas `# yaml-language-server: $schema=…`-rader pekar.",
    "help.schema.option.force": "Skriv över befintliga filer med annat innehåll.",
    "help.schema.option.check": "Skriv inget; avsluta med 1 om filerna saknas eller inte stämmer.",
    # ------------------------------------------------------------------------------------ mistakes on the command line
    "usage.command-line": "fel i kommandoraden: {problem}\nSe `{command} --help`.",
    "usage.no-such-option": "okänd flagga {option}.",
    "usage.no-such-option.did-you-mean": "okänd flagga {option} (menade du {choices:or}?).",
    "usage.no-such-command": "okänt kommando {command}.",
    "usage.no-such-command.did-you-mean": "okänt kommando {command} (menade du {choices:or}?).",
    "usage.missing-option": "flaggan {option} saknas; den måste anges.",
    "usage.missing-argument": "argumentet {name} saknas.",
    "usage.missing-value": "ett värde saknas.",
    "usage.option-needs-value": "flaggan {option} behöver ett värde efter sig.",
    "usage.option-takes-no-value": "flaggan {option} tar inget värde.",
    "usage.extra-arguments": "{count:~oväntat|oväntade} argument ({words}); kommandot tar inga fler argument.",
    "usage.other": "{message}",
    "usage.nul-in-argument": "Ett argument innehåller ett NUL-tecken (\\x00); inget filnamn eller värde kan ha det.",
    # ------------------------------------------------------------------------------------ usage problems
    "usage.unknown-lang": "Okänt språk för --lang eller SAMVERKAN_LANG. Välj {choices:or}.",
    "usage.unknown-format": "Okänt format för --format. Välj {choices:or}.",
    "usage.unknown-document-format": "Okänt format för --format. Välj {choices:or}.",
    "usage.word-to-terminal": "Ett Word-dokument kan inte skrivas till skärmen. Ange en fil med -o, t.ex. "
    "-o protokoll.docx.",
    "usage.format-name-mismatch.md": "Filen {path} heter .docx men formatet är Markdown, och Word kan inte öppna "
    "den. Ta bort --format md eller ge filen ett namn som slutar på .md.",
    "usage.format-name-mismatch.docx": "Ett Word-dokument skrivs till en fil vars namn slutar på .docx; {path} gör "
    "inte det. Byt namn på filen eller ta bort --format docx.",
    "usage.bad-as-of": "--as-of ska vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD, t.ex. 2021-01-15.",
    "usage.bad-jobs": "--jobs ska vara ett heltal från 1 till {limit}, t.ex. --jobs 4.",
    "usage.no-data-folder": "Hittar ingen datamapp ({reason}). Ange den med --data eller SAMVERKAN_DATA, "
    "eller kör kommandot i en mapp som har en data/-mapp.",
    "usage.no-yaml-files": "Det finns inga YAML-filer att läsa i {folder}.",
    "usage.paths-with-several-folders": "Ange filer att kontrollera, eller flera datamappar med --data, men inte "
    "båda på en gång.",
    "help.validate.option.data": "Datamappen. Upprepa --data för att kontrollera flera kommuners mappar i samma "
    "körning. Annars $SAMVERKAN_DATA, annars data/ i aktuell mapp eller närmaste mapp ovanför.",
    "help.lint.option.data": "Datamappen. Upprepa --data för att granska flera kommuners mappar i samma körning, "
    "var och en med sina egna inställningar. Annars $SAMVERKAN_DATA, annars data/ i aktuell mapp eller närmaste "
    "mapp ovanför.",
    "usage.no-such-file": "Filen eller mappen {path} finns inte.",
    "usage.not-a-folder": "{folder} finns men är ingen mapp.",
    "usage.bad-period": "--quarter ska vara en period som avtalet följs upp per ({cadence}), t.ex. {example}.",
    "usage.output-is-folder": "{path} är en mapp. Ange ett filnamn för -o, t.ex. {path}/dokument.md.",
    "usage.output-exists": "Filen {path} finns redan. Välj ett annat namn eller lägg till --force för att skriva "
    "över den.",
    "usage.output-folder-missing": "Mappen för {path} finns inte. Skapa mappen först eller välj en som finns.",
    "usage.write-failed": "Kunde inte skriva {path} ({reason}).",
    "usage.no-such-template": "Mallen {path} finns inte.",
    "usage.init.unknown-kind": "Okänd sort för --kind. Välj {choices:or}.",
    "usage.init.bad-kommun": "--kommun ska vara kommunens namn på en rad, med minst en bokstav och högst 300 tecken, "
    "t.ex. ”Exempelby kommun”.",
    # ------------------------------------------------------------------------------------ the program itself
    "cli.aborted": "avbrutet.",
    "cli.internal-error": "internt fel ({kind}). Det här är ett fel i samverkan, inte i dina filer; rapportera det "
    "gärna med kommandot du körde.",
    # ------------------------------------------------------------------------------------ why the system refused
    "os.eacces": "behörighet saknas",
    "os.eperm": "behörighet saknas",
    "os.enoent": "mappen finns inte",
    "os.eisdir": "det är en mapp",
    "os.enotdir": "en del av sökvägen är inte en mapp",
    "os.enospc": "disken är full",
    "os.erofs": "filsystemet är skrivskyddat",
    "os.edquot": "diskkvoten är slut",
    "os.not-regular": "det är ingen vanlig fil utan t.ex. en enhet, en namngiven pipe eller en symbolisk länk, och "
    "den ersätts aldrig, inte ens med --force",
    "os.other": "{reason}",
    # ------------------------------------------------------------------------------------ samverkan schema
    "cli.schema.stale": "stämmer inte med modellerna: {file}",
    "cli.schema.run-force": "Kör `samverkan schema --force` för att uppdatera.",
    "cli.schema.all-match": "Schemana stämmer med modellerna.",
    "cli.schema.exists-differs": "{file} finns redan med annat innehåll; inget skrevs. Använd --force för att "
    "skriva över.",
    "cli.schema.unchanged": "oförändrad: {file}",
    "cli.schema.wrote": "skrev: {file}",
    "cli.schema.write-failed": "kunde inte skriva ({reason}).",
    # ------------------------------------------------------------------------------------ samverkan init
    "init.outcome.created": "skapad: {file}",
    "init.outcome.overwritten": "överskriven: {file}",
    "init.summary": "{created:fil|filer} skapades.",
    "init.summary.overwritten": "{created:fil|filer} skapades och {overwritten:fil|filer} "
    "skrevs över.",
    "init.next": "Nästa steg:",
    "init.next.in": "Nästa steg, i mappen {folder}:",
    "init.next.fill.samverkansoverenskommelse": "  1. Fyll i {agreement} ur överenskommelsen och byt exemplet i "
    "{activities} mot era aktiviteter.",
    "init.next.fill.medborgarlofte": "  1. Fyll i {agreement} ur medborgarlöftet och byt exemplet i {activities} mot "
    "era löften.",
    "init.next.fill.atgardsplan": "  1. Fyll i {agreement} ur åtgärdsplanen och byt exemplet i {activities} mot era "
    "åtgärder.",
    "init.next.check": "  2. Kör `samverkan validate` och `samverkan lint`; varningarna visar vad som återstår.",
    "init.next.commit": "  3. Checka in: `git init`, `git add .` och `git commit`.",
    "init.refused": "Inget skrevs: {count:fil|filer} finns redan. Flytta undan {count:~den|dem}, välj en annan mapp "
    "eller lägg till --force för att skriva över.",
    "init.failed": "{failed:fil|filer} kunde inte skrivas.",
    "init-file-exists": "Filen finns redan.",
    "init-write-failed": "Filen kunde inte skrivas ({reason}).",
    "init-write-failed.hint": "Kontrollera att du får skriva i mappen och att disken inte är full.",
}

EN: dict[str, str] = {
    # ------------------------------------------------------------------------------------ help: the frame
    "help.usage": "Usage:",
    "help.usage.options": "[OPTIONS]",
    "help.usage.command": "COMMAND [ARGS]...",
    "help.options": "Options:",
    "help.arguments": "Arguments:",
    "help.commands": "Commands:",
    "help.required": "[required]",
    "help.value.mapp": "FOLDER",
    "help.value.fil": "FILE",
    "help.value.datum": "DATE",
    "help.value.period": "PERIOD",
    "help.value.format": "FORMAT",
    "help.value.språk": "LANGUAGE",
    "help.value.kod": "CODE",
    "help.value.värde": "VALUE",
    "help.value.sort": "KIND",
    "help.value.namn": "NAME",
    "help.value.tabell": "TABLE",
    "help.value.antal": "NUMBER",
    # ------------------------------------------------------------------------------------ help: options
    "help.option.help": "Show this help and exit.",
    "help.option.version": "Show the version and exit.",
    "help.option.lang": "Language of messages and help: sv (the default) or en. Otherwise $SAMVERKAN_LANG.",
    "help.option.data": "The data folder. Otherwise $SAMVERKAN_DATA, otherwise data/ in the current folder or the "
    "nearest folder above it.",
    "help.option.format": "Output format: {formats:or}. Default: {default}.",
    "help.option.as-of": "A date (YYYY-MM-DD) used instead of today's date, for results that can be repeated.",
    "help.option.quarter": "The period, e.g. 2021Q3 (also 2021-Q3 or 2021q3); 2021T2 for a tertial when the "
    "agreement is followed up per tertial.",
    "help.option.force": "Overwrite files that already exist.",
    "help.option.no-cache": "Read every file again instead of answering from .samverkan_cache/ when nothing has "
    "changed. Otherwise $SAMVERKAN_NO_CACHE=1.",
    "help.option.jobs": "How many processes read and parse the files at once. Default: one per processor core. A "
    "folder with fewer than 2,000 files is always read in one process.",
    "help.option.template": "Your own Jinja template. Otherwise templates/ next to the data folder, otherwise the "
    "built-in one.",
    "help.option.output": "Write to the file instead of the screen (- means the screen).",
    # ------------------------------------------------------------------------------------ help: commands
    "help.root": "The municipality's and the Police's crime-prevention cooperation as YAML in git: validate, "
    "check, follow up and write meeting minutes.\n\n"
    "Run `samverkan COMMAND --help` to read about a command.",
    "help.init.summary": "Start a new repository for the municipality's own document.",
    "help.init": "Start a new repository for the municipality's own document: a samverkansöverenskommelse "
    "(cooperation agreement), a medborgarlöfte (citizen promise) or an åtgärdsplan (action plan).\n\n"
    "Creates data/agreement.yaml of that kind and an example file in data/activities/ to replace, README.md for "
    "the repository, .pre-commit-config.yaml and .github/workflows/samverkan.yml that run `samverkan validate` "
    "and `samverkan lint`, .gitignore and the JSON Schemas in schemas/. The data folder is valid at once: what "
    "only the document can tell is left out, with comments saying what to fill in, and `samverkan lint` reminds "
    "you of it. The command asks nothing.\n\n"
    "When any of the files already exists nothing is written, unless --force is given.\n\n"
    "Exits with 0 when the files are created, 1 when a file already exists or could not be written and 2 on "
    "wrong usage.",
    "help.init.argument.folder": "The folder the repository is created in; created if it does not exist. "
    "Default: the current folder.",
    "help.init.option.kind": "The kind of document: samverkansoverenskommelse, medborgarlofte or atgardsplan "
    "(also spelt with å, ä and ö).",
    "help.init.option.kommun": "The municipality's name as in the document, e.g. “Exempelby kommun”. Otherwise "
    "the file says Kommunen, to be replaced.",
    "help.init.option.force": "Overwrite the files that already exist. Without --force nothing is written when any "
    "of them exists.",
    "help.validate.summary": "Check every YAML file against its schema.",
    "help.validate": "Read every YAML file in the data folder and check it against its schema.\n\n"
    "Exits with 0 when everything is valid, 1 when a file is invalid and 2 on wrong usage or when there is "
    "nothing to read.",
    "help.validate.argument.paths": "Only these files or folders (as pre-commit passes them). Otherwise the whole "
    "data folder.",
    "help.lint.summary": "Check the whole data folder: schema and cross-file rules.",
    "help.lint": "Check the whole data folder: first the schema, then the rules between the files.\n\n"
    "The rules cover references, BRÅ's chain from focus area to follow-up, who is responsible, dates, the "
    "follow-ups' three questions, the agreement's validity and personal data. `samverkan rules` lists them; "
    "data/samverkan.yaml changes their level, and `# samverkan: ignore[code]` exempts a line.\n\n"
    "Exits with 0 without errors (warnings are allowed), 1 on errors (or warnings with --strict) and 2 on wrong "
    "usage.",
    "help.lint.option.strict": "Exit with 1 on warnings too, not only on errors.",
    "help.rules.summary": "List the rules that `samverkan lint` runs.",
    "help.rules": "List the rules that `samverkan lint` runs: code, default level and what the rule checks.\n\n"
    "The level is changed, or the rule turned off, in data/samverkan.yaml under `rules:`.",
    "help.rules.argument.code": "Show one rule in full: what it looks for and how to do better.",
    "help.rules.option.format": "Output format: text, json or markdown (the page docs/lint.md). Default: {default}.",
    "help.overdue.summary": "List overdue follow-ups and action points.",
    "help.overdue": "List follow-ups that should have been written and action points whose due date has "
    "passed.\n\n"
    "A follow-up is due for every activity and period (a quarter for most agreements) while the agreement is "
    "valid. It should be ready by the period's BRÅ meeting, or the period's last day when no meeting is entered. "
    "Overdue means that date has passed (the same day does not count as overdue).\n\n"
    "Exits with 0 (a list is not an error), with 1 when the data are invalid or, with --check, when anything is "
    "overdue, and with 2 on wrong usage.",
    "help.overdue.option.check": "Exit with 1 when anything is overdue (for CI and pre-commit).",
    "help.new.summary": "Create new, pre-filled data files.",
    "help.new": "Create new, pre-filled data files.",
    "help.new.followup.summary": "Create the period's follow-up files and meeting file.",
    "help.new.followup": "Create the period's follow-up files, one per activity, and the period's meeting file.\n\n"
    "Each follow-up file has the activity and period filled in and the three questions as empty fields with "
    "guidance. The meeting file gets a suggested date and the previous meeting's open action points. A file that "
    "already exists is never overwritten without --force.\n\n"
    "Exits with 0, with 1 when the data are invalid or a file could not be written and with 2 on wrong usage.",
    "help.report.summary": "Write the minutes of the period's BRÅ meeting.",
    "help.report": "Write the minutes of the period's central BRÅ meeting as Markdown.\n\n"
    "When the meeting has not been held yet (no meeting file, status planned or a date after --as-of) it becomes "
    "a draft agenda. The template is templates/minutes.md.j2: --template FILE, otherwise templates/ next to the "
    "data folder, otherwise the built-in one. Without -o the document goes to the screen; -o never overwrites a "
    "file without --force. With -o minutes.docx it becomes a Word document.\n\n"
    "Exits with 0, with 1 when the data or the template are invalid and with 2 on wrong usage.",
    "help.report.option.format": "md (Markdown, the default) or docx (Word; needs -o FILE.docx). Otherwise the "
    "name after -o decides.",
    "help.render.summary": "Write documents from the data as Markdown.",
    "help.render": "Write documents from the data as Markdown.",
    "help.render.agreement.summary": "Write the agreement and the action plan as Markdown.",
    "help.render.agreement": "Write the agreement and the action plan as one Markdown document.\n\n"
    "The action plan's table (What · Municipality · Police · Communication) keeps its cells word for word as they "
    "were signed. The template is templates/agreement.md.j2 (--template FILE, templates/ next to the data folder, "
    "otherwise the built-in one). With -o agreement.docx it becomes a Word document.\n\n"
    "Exits with 0, with 1 when the data or the template are invalid and with 2 on wrong usage.",
    "help.render.agreement.option.format": "md (Markdown, the default) or docx (Word; needs -o FILE.docx). "
    "Otherwise the name after -o decides.",
    "help.schema.summary": "Write JSON Schemas of the data files, for editors and CI.",
    "help.schema": "Write JSON Schemas of the data files: agreement, activity, followup, meeting and samverkan "
    "(the settings).\n\n"
    "An editor with YAML support (e.g. VS Code with the YAML extension) then shows the fields' descriptions and "
    "checks the values while you type. An existing file with other content is only overwritten with --force. "
    "Each file is first written to a temporary file and then moved into place, so no one sees a half-written "
    "file.\n\n"
    "Exits with 0 when the schemas are written (or match, with --check), 1 when a file was not written (or does "
    "not match) and 2 on wrong usage.",
    "help.schema.option.output-dir": "The folder the schemas are written to. Default: schemas/ next to the data "
    "folder, where the data files' `# yaml-language-server: $schema=…` lines point.",
    "help.schema.option.force": "Overwrite existing files that have other content.",
    "help.schema.option.check": "Write nothing; exit with 1 when the files are missing or do not match.",
    # ------------------------------------------------------------------------------------ mistakes on the command line
    "usage.command-line": "usage error: {problem}\nSee `{command} --help`.",
    "usage.no-such-option": "unknown option {option}.",
    "usage.no-such-option.did-you-mean": "unknown option {option} (did you mean {choices:or}?).",
    "usage.no-such-command": "unknown command {command}.",
    "usage.no-such-command.did-you-mean": "unknown command {command} (did you mean {choices:or}?).",
    "usage.missing-option": "the option {option} is missing; it is required.",
    "usage.missing-argument": "the argument {name} is missing.",
    "usage.missing-value": "a value is missing.",
    "usage.option-needs-value": "the option {option} needs a value after it.",
    "usage.option-takes-no-value": "the option {option} takes no value.",
    "usage.extra-arguments": "{count:~unexpected argument|unexpected arguments} ({words}); the command takes no "
    "more arguments.",
    "usage.other": "{message}",
    "usage.nul-in-argument": "An argument contains a NUL character (\\x00); no file name or value can have one.",
    # ------------------------------------------------------------------------------------ usage problems
    "usage.unknown-lang": "Unknown language for --lang or SAMVERKAN_LANG. Choose {choices:or}.",
    "usage.unknown-format": "Unknown format for --format. Choose {choices:or}.",
    "usage.unknown-document-format": "Unknown format for --format. Choose {choices:or}.",
    "usage.word-to-terminal": "A Word document cannot be written to the screen. Give a file with -o, e.g. "
    "-o minutes.docx.",
    "usage.format-name-mismatch.md": "The file {path} is named .docx but the format is Markdown, which Word cannot "
    "open. Remove --format md or give the file a name ending in .md.",
    "usage.format-name-mismatch.docx": "A Word document is written to a file whose name ends in .docx; {path} does "
    "not. Rename the file or remove --format docx.",
    "usage.bad-as-of": "--as-of must be a real date written YYYY-MM-DD, e.g. 2021-01-15.",
    "usage.bad-jobs": "--jobs must be a whole number from 1 to {limit}, e.g. --jobs 4.",
    "usage.no-data-folder": "No data folder found ({reason}). Give it with --data or SAMVERKAN_DATA, "
    "or run the command in a folder that has a data/ folder.",
    "usage.no-yaml-files": "There are no YAML files to read in {folder}.",
    "usage.paths-with-several-folders": "Give files to check, or several data folders with --data, but not both "
    "at once.",
    "help.validate.option.data": "The data folder. Repeat --data to check several kommuners' folders in one run. "
    "Otherwise $SAMVERKAN_DATA, otherwise data/ in the current folder or the nearest one above.",
    "help.lint.option.data": "The data folder. Repeat --data to check several kommuners' folders in one run, each "
    "with its own settings. Otherwise $SAMVERKAN_DATA, otherwise data/ in the current folder or the nearest one "
    "above.",
    "usage.no-such-file": "The file or folder {path} does not exist.",
    "usage.not-a-folder": "{folder} exists but is not a folder.",
    "usage.bad-period": "--quarter must be a period of the agreement's follow-up cadence ({cadence}), e.g. {example}.",
    "usage.output-is-folder": "{path} is a folder. Give -o a file name, e.g. {path}/document.md.",
    "usage.output-exists": "The file {path} already exists. Choose another name or add --force to overwrite it.",
    "usage.output-folder-missing": "The folder for {path} does not exist. Create the folder first or choose one "
    "that exists.",
    "usage.write-failed": "Could not write {path} ({reason}).",
    "usage.no-such-template": "The template {path} does not exist.",
    "usage.init.unknown-kind": "Unknown kind for --kind. Choose {choices:or}.",
    "usage.init.bad-kommun": "--kommun must be the municipality's name on one line, with at least one letter and at "
    "most 300 characters, e.g. “Exempelby kommun”.",
    # ------------------------------------------------------------------------------------ the program itself
    "cli.aborted": "aborted.",
    "cli.internal-error": "internal error ({kind}). This is a bug in samverkan, not in your files; please report "
    "it with the command you ran.",
    # ------------------------------------------------------------------------------------ why the system refused
    "os.eacces": "permission denied",
    "os.eperm": "permission denied",
    "os.enoent": "the folder does not exist",
    "os.eisdir": "it is a folder",
    "os.enotdir": "part of the path is not a folder",
    "os.enospc": "the disk is full",
    "os.erofs": "the file system is read-only",
    "os.edquot": "the disk quota is used up",
    "os.not-regular": "it is not an ordinary file but e.g. a device, a named pipe or a symbolic link, and it is "
    "never replaced, not even with --force",
    "os.other": "{reason}",
    # ------------------------------------------------------------------------------------ samverkan schema
    "cli.schema.stale": "does not match the models: {file}",
    "cli.schema.run-force": "Run `samverkan schema --force` to update.",
    "cli.schema.all-match": "The schemas match the models.",
    "cli.schema.exists-differs": "{file} already exists with different content; nothing was written. Use --force "
    "to overwrite.",
    "cli.schema.unchanged": "unchanged: {file}",
    "cli.schema.wrote": "wrote: {file}",
    "cli.schema.write-failed": "could not write ({reason}).",
    # ------------------------------------------------------------------------------------ samverkan init
    "init.outcome.created": "created: {file}",
    "init.outcome.overwritten": "overwritten: {file}",
    "init.summary": "{created:file|files} created.",
    "init.summary.overwritten": "{created:file|files} created and {overwritten:file|files} overwritten.",
    "init.next": "Next steps:",
    "init.next.in": "Next steps, in the folder {folder}:",
    "init.next.fill.samverkansoverenskommelse": "  1. Fill in {agreement} from the agreement and replace the example "
    "in {activities} with your activities.",
    "init.next.fill.medborgarlofte": "  1. Fill in {agreement} from the citizen promise and replace the example in "
    "{activities} with your promises.",
    "init.next.fill.atgardsplan": "  1. Fill in {agreement} from the action plan and replace the example in "
    "{activities} with your measures.",
    "init.next.check": "  2. Run `samverkan validate` and `samverkan lint`; the warnings show what is left to do.",
    "init.next.commit": "  3. Commit: `git init`, `git add .` and `git commit`.",
    "init.refused": "Nothing was written: {count:file|files} already {count:~exists|exist}. Move {count:~it|them} "
    "away, choose another folder or add --force to overwrite.",
    "init.failed": "{failed:file|files} could not be written.",
    "init-file-exists": "The file already exists.",
    "init-write-failed": "The file could not be written ({reason}).",
    "init-write-failed.hint": "Check that you may write in the folder and that the disk is not full.",
}
