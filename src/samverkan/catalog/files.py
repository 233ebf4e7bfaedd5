"""Texts of the files area: reading a file, its encoding and its YAML, and finding it in the data folder
(`samverkan.loader`, `samverkan.repository`; see samverkan.catalog)."""

SV: dict[str, str] = {
    # ---------------------------------------------------------------------------------------- reading a file
    "file-too-large": "Filen är för stor ({size} byte, gränsen är {limit} byte).",
    "file-too-large.hint": "En datafil ska beskriva en sak: dela upp den, eller kontrollera att ingen annan fil har "
    "hamnat här.",
    "file-unreadable": "Filen kunde inte läsas ({reason}).",
    "file-unreadable.hint": "Kontrollera att filen finns och att du har rätt att läsa den.",
    "folder-unreadable": "Mappen kunde inte läsas ({reason}), så filerna i den är inte kontrollerade.",
    "folder-unreadable.hint": "Kontrollera att du har rätt att läsa mappen (`ls -ld` visar behörigheterna).",
    "reason.not-regular": "det är ingen vanlig fil",
    "reason.missing": "filen finns inte",
    "reason.denied": "behörighet saknas",
    "reason.directory": "det är en mapp",
    "reason.loop": "en symbolisk länk pekar i en slinga",
    "reason.other": "okänt fel vid läsning",
    "file-empty": "Filen är tom.",
    "file-empty.hint": "Fyll i filen eller ta bort den. Kommandot `samverkan new followup` skapar ifyllda mallar.",
    "encoding-utf16": "Filen är sparad som UTF-16, men samverkan läser bara UTF-8.",
    "encoding-utf16.hint": "Spara om filen som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8).",
    "encoding-invalid": "Filen innehåller en byte som inte är giltig UTF-8.",
    "encoding-invalid.hint": "Spara om filen som UTF-8. Text som klistrats in från Word eller ett gammalt system kan "
    "ha fel kodning.",
    "control-character": "Filen innehåller ett osynligt styrtecken ({name}).",
    "control-character.hint": "Ta bort tecknet; det följer ofta med när text klistras in från andra program.",
    "merge-conflict": "Filen innehåller en olöst konfliktmarkering från git.",
    "merge-conflict.hint": "Välj vilken version som ska gälla, ta bort raderna med <<<<<<<, ======= och >>>>>>> "
    "och spara.",
    # ------------------------------------------------------------------------------------------------- YAML
    "yaml-tab": "Tabbtecken används som indrag.",
    "yaml-tab.hint": "YAML tillåter bara mellanslag som indrag. Ersätt tabben med mellanslag.",
    "yaml-syntax": "Filen är inte giltig YAML: {problem}.",
    "yaml-syntax.hint": "Kontrollera indrag, kolon och citattecken på raden och raden före.",
    "yaml-multiple-documents": "Filen innehåller mer än ett YAML-dokument.",
    "yaml-multiple-documents.hint": "En fil ska innehålla ett dokument. Ta bort raden med `---` eller dela upp filen.",
    "yaml-anchor": "Ankare (`&namn`) och alias (`*namn`) används inte i samverkans filer.",
    "yaml-anchor.hint": "Skriv ut värdet på varje ställe där det behövs; det gör filen lättare att läsa och granska.",
    "yaml-tag": "YAML-taggar (`!tagg`) används inte i samverkans filer.",
    "yaml-tag.hint": "Ta bort taggen. Skriv text inom citattecken om den ska läsas som text.",
    "yaml-merge-key": "Sammanslagningsnyckeln `<<` används inte i samverkans filer.",
    "yaml-merge-key.hint": "Skriv ut nycklarna direkt i stället för att slå samman dem från ett annat ställe.",
    "yaml-complex-key": "En nyckel måste vara en enkel text, inte en lista eller en tabell.",
    "yaml-complex-key.hint": "Ta bort `?` framför nyckeln eller skriv nyckeln som vanlig text följd av kolon.",
    "yaml-duplicate-key": "Nyckeln {key} finns två gånger i samma avsnitt (först på rad {first_line}).",
    "yaml-duplicate-key.hint": "Ta bort den ena, eller slå ihop innehållet. Annars är det oklart vilket värde som "
    "gäller.",
    "yaml-too-deep": "Filen är nästlad djupare än {limit} nivåer.",
    "yaml-too-deep.hint": "Kontrollera indrag och hakparenteser; ingen av samverkans filer behöver så många nivåer.",
    "file-not-mapping": "Filen ska bestå av nycklar med värden (`nyckel: värde`), inte av {kind}.",
    "file-not-mapping.hint": "Börja filen med nycklarna på den översta nivån, utan `-` framför.",
    "shape.list": "en lista",
    "shape.scalar": "ett enstaka värde",
    # What libyaml's complaints mean, in words a coordinator understands (`yaml-syntax`'s {problem}).
    "yaml.problem.did-not-find-expected-key": "en nyckel väntades här; oftast är indraget fel på den här raden "
    "eller raden före",
    "yaml.problem.mapping-values-not-allowed": "ett kolon står där det inte får stå; sätt texten inom citattecken",
    "yaml.problem.could-not-find-expected-colon": "ett kolon saknas efter nyckeln",
    "yaml.problem.character-cannot-start-token": "ett tecken som inte får inleda ett värde; sätt texten inom "
    "citattecken",
    "yaml.problem.unexpected-end-of-stream": "filen tar slut mitt i ett värde (saknas ett avslutande citattecken)",
    "yaml.problem.did-not-find-expected-dash": "ett listelement saknar `-` eller har fel indrag",
    "yaml.problem.did-not-find-expected-node-content": "ett värde saknas",
    "yaml.problem.unclosed-flow-sequence": "en lista inom [ ] är inte avslutad med ]",
    "yaml.problem.unclosed-flow-mapping": "en tabell inom {{ }} är inte avslutad med }}",
    "yaml.problem.unknown-escape": "ett okänt `\\`-tecken inom dubbla citattecken; använd enkla citattecken",
    "yaml.problem.invalid-unicode-escape": "en ogiltig `\\u`-kod inom dubbla citattecken",
    "yaml.problem.sequence-entry-not-allowed": "ett listelement (`-`) står där det inte får stå; börja listan på "
    "raden under nyckeln, med indrag",
    "yaml.problem.did-not-find-document-start": "något står efter filens slut eller har fel indrag; nycklarna på "
    "översta nivån ska börja längst till vänster",
    "yaml.problem.did-not-find-comment-or-line-break": "raden fortsätter där den borde ta slut; flytta texten efter "
    "`|`, `>` eller citattecknet till en egen rad",
    "yaml.problem.unknown-directive": "en rad som börjar med `%` måste stå inom citattecken",
    # Causes we find ourselves where libyaml's own complaint would send the user the wrong way.
    "yaml.problem.quote-then-text": "ett citattecken i början av värdet avslutas inte, eller text följer efter det "
    "avslutande citattecknet; sätt hela värdet inom citattecken",
    "yaml.problem.unclosed-quote": "citattecknet i början av värdet avslutas aldrig; avsluta värdet med samma sorts "
    "citattecken",
    "yaml.problem.no-space-after-colon": "mellanslaget efter kolonet saknas; skriv `nyckel: värde`",
    "yaml.problem.space-before-colon": "ett mellanslag står före kolonet i stället för efter det; skriv "
    "`nyckel: värde`",
    "yaml.problem.unknown": "okänt fel",
    # libyaml's own English, scrubbed of anything it quoted from the file: the same text in either language.
    "yaml.problem.libyaml": "{text}",
    # ------------------------------------------------------------------------------------------ the data folder
    "file-unknown-kind": "samverkan vet inte vad den här filen är.",
    "file-unknown-kind.hint": "Lägg avtalet i data/agreement.yaml, ett råd utan avtal i data/bra.yaml, aktiviteter i data/activities/, uppföljningar i "
    "data/followups/<period>/ och möten i data/meetings/. Andra filer läggs utanför data/.",
    "file-outside-data": "Filen ligger utanför datamappen {data} (eller är en symbolisk länk dit) och läses inte.",
    "file-outside-data.hint": "Flytta filen till datamappen, eller ersätt länken med en vanlig fil.",
    "agreement-missing": "Överenskommelsen saknas: det finns ingen {file}.",
    "agreement-missing.hint": "Skapa filen utifrån exemplet i README, eller ange rätt mapp med --data.",
}

EN: dict[str, str] = {
    # ---------------------------------------------------------------------------------------- reading a file
    "file-too-large": "The file is too large ({size:byte|bytes}, the limit is {limit:byte|bytes}).",
    "file-too-large.hint": "A data file describes one thing: split it, or check that no other file ended up here.",
    "file-unreadable": "The file could not be read ({reason}).",
    "file-unreadable.hint": "Check that the file exists and that you may read it.",
    "folder-unreadable": "The folder could not be read ({reason}), so the files in it are not checked.",
    "folder-unreadable.hint": "Check that you may read the folder (`ls -ld` shows its permissions).",
    "reason.not-regular": "it is not an ordinary file",
    "reason.missing": "the file does not exist",
    "reason.denied": "permission denied",
    "reason.directory": "it is a folder",
    "reason.loop": "a symbolic link points in a loop",
    "reason.other": "unknown error while reading",
    "file-empty": "The file is empty.",
    "file-empty.hint": "Fill in the file or delete it. `samverkan new followup` creates pre-filled templates.",
    "encoding-utf16": "The file is saved as UTF-16, but samverkan reads only UTF-8.",
    "encoding-utf16.hint": "Save the file again as UTF-8 (in Notepad: Save as → Encoding: UTF-8).",
    "encoding-invalid": "The file contains a byte that is not valid UTF-8.",
    "encoding-invalid.hint": "Save the file again as UTF-8. Text pasted from Word or an old system can have the "
    "wrong encoding.",
    "control-character": "The file contains an invisible control character ({name}).",
    "control-character.hint": "Remove the character; it often comes along when text is pasted from other programs.",
    "merge-conflict": "The file contains an unresolved git conflict marker.",
    "merge-conflict.hint": "Choose which version is right, delete the <<<<<<<, ======= and >>>>>>> lines and save.",
    # ------------------------------------------------------------------------------------------------- YAML
    "yaml-tab": "A tab character is used for indentation.",
    "yaml-tab.hint": "YAML allows only spaces for indentation. Replace the tab with spaces.",
    "yaml-syntax": "The file is not valid YAML: {problem}.",
    "yaml-syntax.hint": "Check the indentation, colons and quotes on this line and the one before.",
    "yaml-multiple-documents": "The file contains more than one YAML document.",
    "yaml-multiple-documents.hint": "A file holds one document. Remove the `---` line or split the file.",
    "yaml-anchor": "Anchors (`&name`) and aliases (`*name`) are not used in samverkan's files.",
    "yaml-anchor.hint": "Write the value out wherever it is needed; the file is easier to read and review.",
    "yaml-tag": "YAML tags (`!tag`) are not used in samverkan's files.",
    "yaml-tag.hint": "Remove the tag. Put text in quotes if it should be read as text.",
    "yaml-merge-key": "The merge key `<<` is not used in samverkan's files.",
    "yaml-merge-key.hint": "Write the keys out directly instead of merging them from elsewhere.",
    "yaml-complex-key": "A key must be plain text, not a list or a mapping.",
    "yaml-complex-key.hint": "Remove the `?` before the key or write the key as plain text followed by a colon.",
    "yaml-duplicate-key": "The key {key} appears twice in the same section (first on line {first_line}).",
    "yaml-duplicate-key.hint": "Remove one, or merge their content. Otherwise it is unclear which value holds.",
    "yaml-too-deep": "The file is nested deeper than {limit} levels.",
    "yaml-too-deep.hint": "Check the indentation and brackets; none of samverkan's files needs that many levels.",
    "file-not-mapping": "The file should consist of keys with values (`key: value`), not of {kind}.",
    "file-not-mapping.hint": "Start the file with its top-level keys, with no `-` in front.",
    "shape.list": "a list",
    "shape.scalar": "a single value",
    "yaml.problem.did-not-find-expected-key": "a key was expected here; usually the indentation is wrong on this "
    "line or the one before",
    "yaml.problem.mapping-values-not-allowed": "a colon stands where it may not; put the text in quotes",
    "yaml.problem.could-not-find-expected-colon": "a colon is missing after the key",
    "yaml.problem.character-cannot-start-token": "a character that may not start a value; put the text in quotes",
    "yaml.problem.unexpected-end-of-stream": "the file ends in the middle of a value (is a closing quote missing?)",
    "yaml.problem.did-not-find-expected-dash": "a list item lacks its `-` or is indented wrongly",
    "yaml.problem.did-not-find-expected-node-content": "a value is missing",
    "yaml.problem.unclosed-flow-sequence": "a list in [ ] is not closed with ]",
    "yaml.problem.unclosed-flow-mapping": "a mapping in {{ }} is not closed with }}",
    "yaml.problem.unknown-escape": "an unknown `\\` escape inside double quotes; use single quotes",
    "yaml.problem.invalid-unicode-escape": "an invalid `\\u` code inside double quotes",
    "yaml.problem.sequence-entry-not-allowed": "a list item (`-`) stands where it may not; start the list on the "
    "line below the key, indented",
    "yaml.problem.did-not-find-document-start": "something stands after the end of the file or is indented wrongly; "
    "top-level keys start at the left margin",
    "yaml.problem.did-not-find-comment-or-line-break": "the line goes on where it should end; move the text after "
    "`|`, `>` or the quote to a line of its own",
    "yaml.problem.unknown-directive": "a line that starts with `%` must be in quotes",
    "yaml.problem.quote-then-text": "a quote at the start of the value is not closed, or text follows the closing "
    "quote; put the whole value in quotes",
    "yaml.problem.unclosed-quote": "the quote at the start of the value is never closed; end the value with the "
    "same kind of quote",
    "yaml.problem.no-space-after-colon": "the space after the colon is missing; write `key: value`",
    "yaml.problem.space-before-colon": "a space stands before the colon instead of after it; write `key: value`",
    "yaml.problem.unknown": "unknown error",
    "yaml.problem.libyaml": "{text}",
    # ------------------------------------------------------------------------------------------ the data folder
    "file-unknown-kind": "samverkan does not know what this file is.",
    "file-unknown-kind.hint": "Put the agreement in data/agreement.yaml, a council without one in data/bra.yaml, activities in data/activities/, follow-ups "
    "in data/followups/<period>/ and meetings in data/meetings/. Other files go outside data/.",
    "file-outside-data": "The file lies outside the data folder {data} (or is a symbolic link there) and is not read.",
    "file-outside-data.hint": "Move the file into the data folder, or replace the link with an ordinary file.",
    "agreement-missing": "The agreement is missing: there is no {file}.",
    "agreement-missing.hint": "Create the file from the example in the README, or give the right folder with --data.",
}
