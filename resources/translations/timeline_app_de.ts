<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>%n events shown, {dates}. {how}</source>
        <extracomment>English for 1: %n event shown, {dates}. {how}</extracomment>
        <translation>
            <numerusform>%n Ereignis angezeigt, {dates}. {how}</numerusform>
            <numerusform>%n Ereignisse angezeigt, {dates}. {how}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>%n more events, {dates}</source>
        <extracomment>English for 1: %n more event, {dates}</extracomment>
        <translation>
            <numerusform>%n weiteres Ereignis, {dates}</numerusform>
            <numerusform>%n weitere Ereignisse, {dates}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>%n quotes</source>
        <extracomment>English for 1: %n quote</extracomment>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>%n quotes of {title}</source>
        <extracomment>English for 1: %n quote of {title}</extracomment>
        <translation>
            <numerusform>%n Zitat zu {title}</numerusform>
            <numerusform>%n Zitate zu {title}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Copies quote {number} of {count} and its citation</source>
        <translation>Kopiert Zitat {number} von {count} mit Quellenangabe</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Copy quote with citation</source>
        <translation>Zitat mit Quellenangabe kopieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Event card</source>
        <translation>Ereigniskarte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Folded for lack of room. Click to zoom in and show them.</source>
        <translation>Aus Platzgründen zusammengefasst. Klicken, um hineinzuzoomen und sie anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Keys shown; press question mark again to hide them</source>
        <translation>Tastenliste angezeigt; Fragezeichen erneut drücken, um sie auszublenden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>More quotes, page {page} of {pages} (more follow): {text}</source>
        <translation>Weitere Zitate, Seite {page} von {pages} (weitere folgen): {text}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>More quotes, page {page} of {pages}: {text}</source>
        <translation>Weitere Zitate, Seite {page} von {pages}: {text}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Quote {number} of {count}: {text}</source>
        <translation>Zitat {number} von {count}: {text}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Reveal mode off</source>
        <translation>Aufdeckmodus aus</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Reveal mode on: the date and the quotes come on the next click</source>
        <translation>Aufdeckmodus an: Datum und Zitate erscheinen beim nächsten Klick</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Screen blanked to black</source>
        <translation>Bildschirm schwarz geschaltet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Screen blanked to white</source>
        <translation>Bildschirm weiß geschaltet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Show more quotes</source>
        <translation>Weitere Zitate anzeigen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Showing {dates}</source>
        <translation>Angezeigt: {dates}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Source quotes</source>
        <translation>Quellenzitate</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Tab and Shift+Tab select the next or previous event; F6 or Ctrl+Tab moves to the next pane.</source>
        <translation>Tab und Umschalt+Tab wählen das nächste oder vorige Ereignis; F6 oder Strg+Tab wechselt zum nächsten Bereich.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>The whole timeline</source>
        <translation>Die ganze Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Timeline shown again</source>
        <translation>Zeitleiste wieder sichtbar</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Web address {url}: asks before it opens</source>
        <translation>Webadresse {url}: wird erst nach Rückfrage geöffnet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>date not yet shown</source>
        <translation>Datum noch verborgen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>no quotes</source>
        <translation>keine Zitate</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>{date}: the date and the quotes are shown</source>
        <translation>{date}: Datum und Zitate werden angezeigt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>{title}, {date}, {progress}</source>
        <translation>{title}, {date}, {progress}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../timeline_app/ui/app.py"/>
        <source>An unexpected error occurred: {error}.
The app will keep running.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten: {error}.
Das Programm läuft weiter.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/app.py"/>
        <source>Details were written to {path}.</source>
        <translation>Einzelheiten wurden in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/app.py"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <location filename="../../timeline_app/ui/busy.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CanvasEditing</name>
    <message>
        <location filename="../../timeline_app/ui/canvas_edit.py"/>
        <source>Add Event on {date}</source>
        <translation>Ereignis am {date} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/canvas_edit.py"/>
        <source>Change the Dates of {title}</source>
        <translation>Daten von {title} ändern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/canvas_edit.py"/>
        <source>Move cancelled</source>
        <translation>Verschieben abgebrochen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/canvas_edit.py"/>
        <source>Move {title}</source>
        <translation>{title} verschieben</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Categories (lanes, top to bottom)</source>
        <translation>&amp;Kategorien (Bahnen, von oben nach unten)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Eras (bands behind the lanes)</source>
        <translation>E&amp;pochen (Bänder hinter den Bahnen)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Set Dates</source>
        <translation>&amp;Daten festlegen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add &amp;Era…</source>
        <translation>Epoche hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add Category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add Category {name}</source>
        <translation>Kategorie {name} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add Era</source>
        <translation>Epoche hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add Era {name}</source>
        <translation>Epoche {name} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>C&amp;olour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Categories and Eras</source>
        <translation>Kategorien und Epochen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Category Colour</source>
        <translation>Farbe der Kategorie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Change the Dates of Era {name}</source>
        <translation>Daten der Epoche {name} ändern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Eras</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Move &amp;Down</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Move Category {name}</source>
        <translation>Kategorie {name} verschieben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Name of the era:</source>
        <translation>Name der Epoche:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Name of the new category:</source>
        <translation>Name der neuen Kategorie:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Not changed: see the status bar.</source>
        <translation>Nicht geändert: siehe Statusleiste.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Re&amp;name Era…</source>
        <translation>Epoche umben&amp;ennen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Recolour Category {name}</source>
        <translation>Farbe der Kategorie {name} ändern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Remo&amp;ve Era</source>
        <translation>Epoche entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Remove Era {name}</source>
        <translation>Epoche {name} entfernen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Rename Category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Rename Category {name}</source>
        <translation>Kategorie {name} umbenennen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Rename Era</source>
        <translation>Epoche umbenennen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Rename Era {name}</source>
        <translation>Epoche {name} umbenennen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>The era ends before it starts.</source>
        <translation>Die Epoche endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>The era&apos;s end: {problem}</source>
        <translation>Ende der Epoche: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>The era&apos;s start: {problem}</source>
        <translation>Beginn der Epoche: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>{era} ({dates})</source>
        <translation>{era} ({dates})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>‘Other’ holds the events of no category: give them a category instead.</source>
        <translation>„Sonstige“ enthält die Ereignisse ohne Kategorie: Geben Sie ihnen stattdessen eine Kategorie.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>Ambiguous: {first} or {second}?</source>
        <translation>Mehrdeutig: {first} oder {second}?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>Type a date, such as 14 July 1789 or 1789-07-14</source>
        <translation>Geben Sie ein Datum ein, etwa 14. Juli 1789 oder 1789-07-14</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}” has no year: add it in full (for example 14 July 1789)</source>
        <translation>„{typed}“ hat kein Jahr: Ergänzen Sie es vollständig (zum Beispiel 14. Juli 1789)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: neither {a} nor {b} is a month</source>
        <translation>„{typed}“: weder {a} noch {b} ist ein Monat</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: the year {year} is too far away</source>
        <translation>„{typed}“: das Jahr {year} liegt zu weit entfernt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: there is no month {month}</source>
        <translation>„{typed}“: es gibt keinen Monat {month}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: write the year in full (is it {a}, {b}…?)</source>
        <translation>„{typed}“: Schreiben Sie das Jahr vollständig (ist es {a}, {b}…?)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: write the year in full; “{year}” could be {a}, {b} or {c}</source>
        <translation>„{typed}“: Schreiben Sie das Jahr vollständig; „{year}“ könnte {a}, {b} oder {c} sein</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: {month} {year} has {days} days, not {day}</source>
        <translation>„{typed}“: {month} {year} hat {days} Tage, nicht {day}</translation>
    </message>
</context>
<context>
    <name>DateReader</name>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>-0000 is not a year; write 0000 for 1 BCE</source>
        <translation>-0000 ist kein Jahr; schreiben Sie 0000 für 1 v. Chr.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>UTC offset {offset} is out of range (-14:00 to +14:00)</source>
        <translation>der UTC-Versatz {offset} liegt außerhalb des gültigen Bereichs (-14:00 bis +14:00)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>cannot read {text} as a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm+hh:mm (for example 2017-07-07T15:45+02:00)</source>
        <translation>{text} kann nicht als Datum gelesen werden; schreiben Sie JJJJ, JJJJ-MM, JJJJ-MM-TT oder JJJJ-MM-TTThh:mm+hh:mm (zum Beispiel 2017-07-07T15:45+02:00)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>cannot read {text} as a date; write it as YYYY-MM-DD</source>
        <translation>{text} kann nicht als Datum gelesen werden; schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>empty date; write a date such as &quot;2017-05-10&quot;</source>
        <translation>leeres Datum; schreiben Sie ein Datum wie &quot;2017-05-10&quot;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>expected a date as text, such as &quot;2017-05-10&quot;, not {kind}</source>
        <translation>ein Datum als Text erwartet, etwa &quot;2017-05-10&quot;, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>there is no year 0 BCE; 1 BCE is followed by 1 CE</source>
        <translation>es gibt kein Jahr 0 v. Chr.; auf 1 v. Chr. folgt 1 n. Chr.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>there is no year 0 CE; write 1 BCE (0000) or 1 CE (0001)</source>
        <translation>es gibt kein Jahr 0 n. Chr.; schreiben Sie 1 v. Chr. (0000) oder 1 n. Chr. (0001)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>write the date as text in quotes, such as &quot;2017&quot; or &quot;2017-05-10&quot;; the number {number} is not a date</source>
        <translation>schreiben Sie das Datum als Text in Anführungszeichen, etwa &quot;2017&quot; oder &quot;2017-05-10&quot;; die Zahl {number} ist kein Datum</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>write the date as text in quotes, {quoted}, not as a number</source>
        <translation>schreiben Sie das Datum als Text in Anführungszeichen, {quoted}, nicht als Zahl</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>year {year} has more than four digits; write it with a sign, as {signed}</source>
        <translation>das Jahr {year} hat mehr als vier Ziffern; schreiben Sie es mit Vorzeichen, als {signed}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>year {year} is outside the supported range (±{limit})</source>
        <translation>das Jahr {year} liegt außerhalb des unterstützten Bereichs (±{limit})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} has a time of day but no UTC offset; add one, such as {summer} for Central European Summer Time, or {utc} for UTC</source>
        <translation>{text} hat eine Uhrzeit, aber keinen UTC-Versatz; ergänzen Sie einen, etwa {summer} für die Mitteleuropäische Sommerzeit oder {utc} für UTC</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} has no year; write the year too (a missing year is never guessed)</source>
        <translation>{text} hat kein Jahr; schreiben Sie auch das Jahr (ein fehlendes Jahr wird nie geraten)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} has no year; write the year too, for example {example} or 2017-05-10 (a missing year is never guessed)</source>
        <translation>{text} hat kein Jahr; schreiben Sie auch das Jahr, zum Beispiel {example} oder 2017-05-10 (ein fehlendes Jahr wird nie geraten)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} is ambiguous (day, month and year could be in any order); write it as YYYY-MM-DD, for example 2017-05-10</source>
        <translation>{text} ist mehrdeutig (Tag, Monat und Jahr könnten in jeder Reihenfolge stehen); schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2017-05-10</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} is ambiguous: {first} or {second}; write the one you mean as {first_iso} or {second_iso}</source>
        <translation>{text} ist mehrdeutig: {first} oder {second}; schreiben Sie das gemeinte Datum als {first_iso} oder {second_iso}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} is not a date in any order of day and month; write it as YYYY-MM-DD</source>
        <translation>{text} ist in keiner Reihenfolge von Tag und Monat ein Datum; schreiben Sie es als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} looks like a date without dashes; write it as {iso}</source>
        <translation>{text} sieht aus wie ein Datum ohne Bindestriche; schreiben Sie es als {iso}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: a year of one or two digits is never guessed; write the year in full, or with its era (for example {ce} or {bce})</source>
        <translation>{text}: ein ein- oder zweistelliges Jahr wird nie geraten; schreiben Sie das Jahr vollständig oder mit seiner Ära (zum Beispiel {ce} oder {bce})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: month {month} does not exist (01 to 12)</source>
        <translation>{text}: den Monat {month} gibt es nicht (01 bis 12)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: only {date} is possible; write it as {iso}</source>
        <translation>{text}: nur der {date} ist möglich; schreiben Sie es als {iso}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: that month has no such day</source>
        <translation>{text}: diesen Tag hat der Monat nicht</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: the year is outside the supported range</source>
        <translation>{text}: das Jahr liegt außerhalb des unterstützten Bereichs</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: there is no year 0; 1 BCE is followed by 1 CE</source>
        <translation>{text}: es gibt kein Jahr 0; auf 1 v. Chr. folgt 1 n. Chr.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: time of day {clock} does not exist</source>
        <translation>{text}: die Uhrzeit {clock} gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: write dates with a time of day as YYYY-MM-DDThh:mm+hh:mm</source>
        <translation>{text}: schreiben Sie Daten mit Uhrzeit als JJJJ-MM-TTThh:mm+hh:mm</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: write it as {iso}, with dashes and two digits for month and day</source>
        <translation>{text}: schreiben Sie es als {iso}, mit Bindestrichen und zwei Ziffern für Monat und Tag</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: {clock} is a leap second, which the app cannot place; write {before}, or the next minute, {after}</source>
        <translation>{text}: {clock} ist eine Schaltsekunde, die das Programm nicht einordnen kann; schreiben Sie {before} oder die nächste Minute, {after}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: {date} was a {weekday}, not a {named}</source>
        <translation>{text}: der {date} war ein {weekday}, kein {named}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: {month} has {days} days, not {day}</source>
        <translation>{text}: {month} hat {days} Tage, nicht {day}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{year} BCE</source>
        <translation>{year} v. Chr.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{year} CE</source>
        <translation>{year} n. Chr.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{date}, {time} {zone}</source>
        <translation>{date}, {time} {zone}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{date}, {time}–{end_time} {zone}</source>
        <translation>{date}, {time}–{end_time} {zone}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{day} {month} – {end_day} {end_month} {year}</source>
        <translation>{day}. {month} – {end_day}. {end_month} {year}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{day}–{end_day} {month} {year}</source>
        <translation>{day}.–{end_day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{month} – {end_month} {year}</source>
        <translation>{month} – {end_month} {year}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{year} BCE</source>
        <translation>{year} v. Chr.</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>(in the file; it cannot be shown)</source>
        <translation>(in der Datei; kann nicht angezeigt werden)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Copy quote with citation</source>
        <translation>Zitat mit Quellenangabe kopieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Date as given in the article.</source>
        <translation>Datum wie im Artikel angegeben.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Date from the public record, not from the article.</source>
        <translation>Datum aus öffentlichen Quellen, nicht aus dem Artikel.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Embedded</source>
        <translation>Eingebettet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Not found verbatim in the source. Closest passage, in {where}:</source>
        <translation>Nicht wörtlich in der Quelle gefunden. Ähnlichste Stelle, in {where}:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Open the source</source>
        <translation>Quelle öffnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Show more quotes</source>
        <translation>Weitere Zitate anzeigen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Source quote</source>
        <translation>Quellenzitat</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Source quotes</source>
        <translation>Quellenzitate</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Unchecked: {reason}</source>
        <translation>Nicht geprüft: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>{address} (not found beside the timeline file)</source>
        <translation>{address} (nicht neben der Zeitleisten-Datei gefunden)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>{address} (only files beside the timeline file are shown)</source>
        <translation>{address} (nur Dateien neben der Zeitleisten-Datei werden angezeigt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/render/html.py"/>
        <source>{differences}; and %n more</source>
        <translation>
            <numerusform>{differences}; und %n weiterer Unterschied</numerusform>
            <numerusform>{differences}; und %n weitere Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>{kind}: {what}</source>
        <translation>{kind}: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/render/html.py"/>
        <source>{shown} of %n quotes shown.</source>
        <translation>
            <numerusform>{shown} von %n Zitat angezeigt.</numerusform>
            <numerusform>{shown} von %n Zitaten angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Event details</source>
        <translation>Details des Ereignisses</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Quote copied with its citation</source>
        <translation>Zitat mit Quellenangabe kopiert</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Quote copied with its citation.</source>
        <translation>Zitat mit Quellenangabe kopiert.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Select an event on the timeline or in the list to read its source quotes.</source>
        <translation>Wählen Sie ein Ereignis auf der Zeitleiste oder in der Liste, um seine Quellenzitate zu lesen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Tab moves to the next event; Enter zooms to it; Home shows the whole timeline.</source>
        <translation>Tab springt zum nächsten Ereignis, Eingabe zoomt darauf, Pos1 zeigt die ganze Zeitleiste.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>only http:// and https:// addresses are fetched</source>
        <translation>nur http://- und https://-Adressen werden abgerufen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>the address gives {kind}, not a picture</source>
        <translation>die Adresse liefert {kind}, kein Bild</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>the picture is larger than {size} MB</source>
        <translation>das Bild ist größer als {size} MB</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>the server answered {code} {reason}</source>
        <translation>der Server antwortete {code} {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>what the address gives is not a picture</source>
        <translation>was die Adresse liefert, ist kein Bild</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Copy Event</source>
        <translation>Ereignis &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Delete Event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Edit Event…</source>
        <translation>Ereignis &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Paste Events</source>
        <translation>Ereignisse &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Wiederholen: {change}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Rückgängig: {change}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Write Back to the Sheet</source>
        <translation>In die Tabelle &amp;zurückschreiben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>A new timeline: double-click to add an event</source>
        <translation>Eine neue Zeitleiste: Doppelklicken, um ein Ereignis hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Add an event in the middle of the view, and edit it</source>
        <translation>Ein Ereignis in der Mitte der Ansicht hinzufügen und bearbeiten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Add the events copied, in this or another timeline</source>
        <translation>Die kopierten Ereignisse einfügen, aus dieser oder einer anderen Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Add, rename, recolour and reorder categories; edit eras</source>
        <translation>Kategorien hinzufügen, umbenennen, umfärben und ordnen; Epochen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Categories and E&amp;ras…</source>
        <translation>Kategorien und E&amp;pochen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Checking what the sheet “{name}” can hold…</source>
        <translation>Es wird geprüft, was die Tabelle „{name}“ aufnehmen kann …</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Copied {title}</source>
        <translation>{title} kopiert</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Copy the selected event, with its quotes and sources</source>
        <translation>Das ausgewählte Ereignis mit Zitaten und Quellen kopieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Copy the selected event, with its quotes, beside it</source>
        <translation>Das ausgewählte Ereignis mit seinen Zitaten daneben kopieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Cu&amp;t Event</source>
        <translation>Ereignis aus&amp;schneiden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Cut {title}</source>
        <translation>{title} ausschneiden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>D&amp;uplicate Event</source>
        <translation>Ereignis d&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Delete {title}</source>
        <translation>{title} löschen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Duplicate {title}</source>
        <translation>{title} duplizieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Edit the selected event in the event editor</source>
        <translation>Das ausgewählte Ereignis im Ereignis-Editor bearbeiten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Every category is hidden: show one in the Categories tab first</source>
        <translation>Alle Kategorien sind ausgeblendet: Blenden Sie zuerst eine im Reiter Kategorien ein</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>New E&amp;vent</source>
        <translation>&amp;Neues Ereignis</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>New Event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Not saved: the check was cancelled</source>
        <translation>Nicht gespeichert: Die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Not saved: the sheet could not be checked ({error})</source>
        <translation>Nicht gespeichert: Die Tabelle konnte nicht geprüft werden ({error})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Nothing would be lost: every event, era and category fits the sheet&apos;s columns, and the sheet reads back as the timeline you see. Or save it in the app&apos;s own format, beside the sheet, which leaves the sheet as it is.</source>
        <translation>Nichts ginge verloren: Jedes Ereignis, jede Epoche und jede Kategorie passt in die Spalten der Tabelle, und die Tabelle wird wieder als die Zeitleiste gelesen, die Sie sehen. Oder speichern Sie die Zeitleiste im eigenen Format des Programms neben der Tabelle; die Tabelle bleibt dann, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Remove the selected event (Undo brings it back)</source>
        <translation>Das ausgewählte Ereignis entfernen (Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save a TimelineJS sheet</source>
        <translation>TimelineJS-Tabelle speichern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save in the App&apos;s &amp;Format…</source>
        <translation>Im &amp;Format des Programms speichern…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Änderungen an „{name}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save the changes to “{name}” before going on?</source>
        <translation>Änderungen an „{name}“ speichern, bevor es weitergeht?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save the changes to “{name}” before opening {file}?</source>
        <translation>Änderungen an „{name}“ speichern, bevor {file} geöffnet wird?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save the timeline (a file of another program is never overwritten unasked)</source>
        <translation>Die Zeitleiste speichern (die Datei eines anderen Programms wird nie ungefragt überschrieben)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Select an event to copy</source>
        <translation>Wählen Sie ein Ereignis zum Kopieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Select an event to delete</source>
        <translation>Wählen Sie ein Ereignis zum Löschen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Select an event to duplicate</source>
        <translation>Wählen Sie ein Ereignis zum Duplizieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Start an empty timeline</source>
        <translation>Eine leere Zeitleiste beginnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The app does not write back into workbooks (.xlsx, .ods): one may hold other sheets and formatting that writing it again would lose. Save in the app&apos;s own format, beside it: the workbook is left as it is.</source>
        <translation>Das Programm schreibt nicht in Arbeitsmappen (.xlsx, .ods) zurück: Eine Arbeitsmappe kann weitere Blätter und Formatierungen enthalten, die beim erneuten Schreiben verloren gingen. Speichern Sie im eigenen Format des Programms daneben: Die Arbeitsmappe bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The change was not made: {reason}</source>
        <translation>Die Änderung wurde nicht vorgenommen: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The clipboard holds no events to paste</source>
        <translation>Die Zwischenablage enthält keine Ereignisse zum Einfügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The file has changed</source>
        <translation>Die Datei wurde geändert</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The version on disk is then lost. Save As keeps both.</source>
        <translation>Die Fassung auf dem Datenträger geht dann verloren. „Speichern unter“ behält beide.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Write your changes back into the TimelineJS sheet “{name}”?</source>
        <translation>Ihre Änderungen in die TimelineJS-Tabelle „{name}“ zurückschreiben?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Writing back into the sheet would lose: {what}.

Save in the app&apos;s own format instead, beside the sheet: it keeps everything, and the sheet is left as it is.</source>
        <translation>Beim Zurückschreiben in die Tabelle ginge verloren: {what}.

Speichern Sie stattdessen im eigenen Format des Programms neben der Tabelle: Es bewahrt alles, und die Tabelle bleibt, wie sie ist.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>{change} was not made: {reason}</source>
        <translation>{change} wurde nicht ausgeführt: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>“{name}” is a TimelineJS sheet, which cannot hold all of this timeline.</source>
        <translation>„{name}“ ist eine TimelineJS-Tabelle, die nicht die ganze Zeitleiste aufnehmen kann.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>“{name}” is a spreadsheet workbook.</source>
        <translation>„{name}“ ist eine Arbeitsmappe einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>“{name}” was changed on disk after it was opened here. Save your version over it?</source>
        <translation>„{name}“ wurde auf dem Datenträger geändert, nachdem es hier geöffnet wurde. Ihre Fassung darüber speichern?</translation>
    </message>
</context>
<context>
    <name>EditorMedia</name>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>A picture beside the timeline, or https://…</source>
        <translation>Ein Bild neben der Zeitleiste oder https://…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Alt text (&amp;what it shows):</source>
        <translation>Alternati&amp;vtext (was es zeigt):</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Capt&amp;ion:</source>
        <translation>Bildunterschri&amp;ft:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Choose a Picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Choose a picture file (named relative to the timeline file)</source>
        <translation>Eine Bilddatei auswählen (relativ zur Zeitleisten-Datei benannt)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Cre&amp;dit:</source>
        <translation>Bildna&amp;chweis:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Picture or &amp;link:</source>
        <translation>Bild oder &amp;Link:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.svg *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The alt text is longer than {limit} characters.</source>
        <translation>Der Alternativtext ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The caption is longer than {limit} characters.</source>
        <translation>Die Bildunterschrift ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The credit is longer than {limit} characters.</source>
        <translation>Der Bildnachweis ist länger als {limit} Zeichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The event has %n more pictures, kept as they are.</source>
        <extracomment>English for 1: The event has %n more picture, kept as it is.</extracomment>
        <translation>
            <numerusform>Das Ereignis hat %n weiteres Bild, das unverändert bleibt.</numerusform>
            <numerusform>Das Ereignis hat %n weitere Bilder, die unverändert bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The picture is longer than {limit} characters.</source>
        <translation>Die Bildangabe ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The picture was not taken: {reason}.</source>
        <translation>Das Bild wurde nicht übernommen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The picture: choose a file or type a link for the caption to go with.</source>
        <translation>Das Bild: Wählen Sie eine Datei oder geben Sie einen Link ein, zu dem die Bildunterschrift gehört.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The picture: name a file beside the timeline or an http(s) link.</source>
        <translation>Das Bild: Nennen Sie eine Datei neben der Zeitleiste oder einen http(s)-Link.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>What the picture shows, for those who cannot see it</source>
        <translation>Was das Bild zeigt, für alle, die es nicht sehen können</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>save the timeline first: a picture is named relative to the timeline file</source>
        <translation>speichern Sie zuerst die Zeitleiste: Ein Bild wird relativ zur Zeitleisten-Datei benannt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>{name} is on another drive than the timeline file: copy it beside the timeline first</source>
        <translation>{name} liegt auf einem anderen Laufwerk als die Zeitleisten-Datei: Kopieren Sie es zuerst neben die Zeitleiste</translation>
    </message>
</context>
<context>
    <name>EditorQuotes</name>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>A .txt, .md or .html file beside the timeline</source>
        <translation>Eine .txt-, .md- oder .html-Datei neben der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>A quote holds at most {limit} characters.</source>
        <translation>Ein Zitat hat höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Add &amp;Quote</source>
        <translation>Zitat &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Add Quote to {title}</source>
        <translation>Zitat zu {title} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Add the quote in the fields to the event</source>
        <translation>Das Zitat aus den Feldern dem Ereignis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Added from {locator}.</source>
        <translation>Aus {locator} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Address (URL):</source>
        <translation>Adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Check of the quote against its source</source>
        <translation>Prüfung des Zitats an seiner Quelle</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Check: unchecked: {reason}</source>
        <translation>Prüfung: ungeprüft: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Check: {result}</source>
        <translation>Prüfung: {result}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose a quote in the list to replace it.</source>
        <translation>Wählen Sie in der Liste ein Zitat, um es zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose the Source&apos;s Text</source>
        <translation>Text der Quelle auswählen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose the source of the quote, or make a new one.</source>
        <translation>Wählen Sie die Quelle des Zitats oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose the source&apos;s text file</source>
        <translation>Textdatei der Quelle auswählen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Edit Quote in {title}</source>
        <translation>Zitat in {title} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>From Source Te&amp;xt…</source>
        <translation>Aus Quellte&amp;xt…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Locator</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Locator (¶ or page):</source>
        <translation>Fundstelle (¶ oder Seite):</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move Quote in {title}</source>
        <translation>Zitat in {title} verschieben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move the quote down the list (Alt+Down in the list)</source>
        <translation>Das Zitat in der Liste nach unten verschieben (Alt+Unten in der Liste)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move the quote up the list (Alt+Up in the list)</source>
        <translation>Das Zitat in der Liste nach oben verschieben (Alt+Oben in der Liste)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>New source…</source>
        <translation>Neue Quelle…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Publisher:</source>
        <translation>Verlag:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Put the fields in place of the quote chosen in the list</source>
        <translation>Die Felder an die Stelle des in der Liste gewählten Zitats setzen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Quote (&amp;just as written):</source>
        <translation>Zitat (genau wie &amp;geschrieben):</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Quotes of the event</source>
        <translation>Zitate des Ereignisses</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Quotes of the event, with their checks:</source>
        <translation>Zitate des Ereignisses, mit ihren Prüfungen:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Remove Quote from {title}</source>
        <translation>Zitat aus {title} entfernen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Remove the quote (Delete in the list); Undo brings it back</source>
        <translation>Das Zitat entfernen (Entf in der Liste); Rückgängig holt es zurück</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Repla&amp;ce Quote</source>
        <translation>Zitat er&amp;setzen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Show the source&apos;s text with its ¶ numbers; a passage selected there becomes a new quote with its locator</source>
        <translation>Den Text der Quelle mit ¶-Nummern zeigen; eine dort ausgewählte Stelle wird ein neues Zitat mit Fundstelle</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Source (&amp;book, article…):</source>
        <translation>Q&amp;uelle (Buch, Artikel…):</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Source texts (*.txt *.md *.markdown *.html *.htm)</source>
        <translation>Quelltexte (*.txt *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Source title:</source>
        <translation>Titel der Quelle:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Spea&amp;ker:</source>
        <translation>S&amp;precher:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Text file:</source>
        <translation>Textdatei:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The change was not made (see the status bar).</source>
        <translation>Die Änderung wurde nicht vorgenommen (siehe Statusleiste).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The editor shows another event now: press From Source Text… there.</source>
        <translation>Der Editor zeigt jetzt ein anderes Ereignis: Drücken Sie dort „Aus Quelltext…“.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The locator is longer than {limit} characters.</source>
        <translation>Die Fundstelle ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The new source needs a title.</source>
        <translation>Die neue Quelle braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The quote has not changed.</source>
        <translation>Das Zitat hat sich nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The quote&apos;s text is empty: type it, or take it from the source&apos;s text.</source>
        <translation>Der Text des Zitats ist leer: Tippen Sie ihn ein oder übernehmen Sie ihn aus dem Text der Quelle.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s address is longer than {limit} characters.</source>
        <translation>Die Adresse der Quelle ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s address must start with http:// or https://.</source>
        <translation>Die Adresse der Quelle muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s author is longer than {limit} characters.</source>
        <translation>Der Autor der Quelle ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s publisher is longer than {limit} characters.</source>
        <translation>Der Verlag der Quelle ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s text file: {reason}.</source>
        <translation>Die Textdatei der Quelle: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s title is longer than {limit} characters.</source>
        <translation>Der Titel der Quelle ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s year must be a number, such as 2017, not “{year}”.</source>
        <translation>Das Jahr der Quelle muss eine Zahl sein, etwa 2017, nicht „{year}“.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The speaker is longer than {limit} characters.</source>
        <translation>Der Sprecher ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The text file was not taken: {reason}.</source>
        <translation>Die Textdatei wurde nicht übernommen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Year:</source>
        <translation>Jahr:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>e.g. 2017 (or empty)</source>
        <translation>z. B. 2017 (oder leer)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>https://… (or empty)</source>
        <translation>https://… (oder leer)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>{speaker}: “{quote}”</source>
        <translation>{speaker}: „{quote}“</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>¶14, p. 12 (or empty)</source>
        <translation>¶14, S. 12 (oder leer)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>an event already has the id {id}</source>
        <translation>ein Ereignis hat bereits die Kennung {id}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>no category has the id {id}: add the category first</source>
        <translation>keine Kategorie hat die Kennung {id}: Legen Sie zuerst die Kategorie an</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>no event has the id {id}</source>
        <translation>kein Ereignis hat die Kennung {id}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>the year {year} is beyond the years a timeline can hold (±{most})</source>
        <translation>das Jahr {year} liegt außerhalb der Jahre, die eine Zeitleiste fassen kann (±{most})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>the ‘Other’ lane holds the events of no category and cannot be renamed or recoloured: give them a category instead</source>
        <translation>die Spur „Sonstige“ enthält die Ereignisse ohne Kategorie und kann weder umbenannt noch umgefärbt werden: Geben Sie ihnen stattdessen eine Kategorie</translation>
    </message>
</context>
<context>
    <name>Encoding</name>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a ZIP archive (as Word, Excel and OpenDocument files are)</source>
        <translation>ein ZIP-Archiv (wie Word-, Excel- und OpenDocument-Dateien)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a gzip-compressed file</source>
        <translation>eine gzip-komprimierte Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>an RTF document from a word processor</source>
        <translation>ein RTF-Dokument aus einer Textverarbeitung</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>an old Microsoft Office document (.doc, .xls)</source>
        <translation>ein altes Microsoft-Office-Dokument (.doc, .xls)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is not valid UTF-16 (byte offset {offset}); save the file as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-16 (Byte {offset}); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is not valid UTF-8 (byte offset {offset}: {byte}); save the file as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte {offset}: {byte}); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is {encoding} without a byte-order mark; timeline files are UTF-8: save it as UTF-8</source>
        <translation>die Datei ist {encoding} ohne Byte-Order-Mark; Zeitleisten-Dateien sind UTF-8: speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is {encoding}; timeline files are UTF-8: save it as UTF-8</source>
        <translation>die Datei ist {encoding}; Zeitleisten-Dateien sind UTF-8: speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is {what}, not text; a timeline file is JSON text in UTF-8</source>
        <translation>die Datei ist {what}, kein Text; eine Zeitleisten-Datei ist JSON-Text in UTF-8</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file starts with the byte-order mark %n times (U+FEFF, invisible in most editors); a file has at most one: save it as UTF-8 without BOM</source>
        <translation>
            <numerusform>die Datei beginnt %n-mal mit der Byte-Order-Mark (U+FEFF, in den meisten Editoren unsichtbar); eine Datei hat höchstens eine: speichern Sie sie als UTF-8 ohne BOM</numerusform>
            <numerusform>die Datei beginnt %n-mal mit der Byte-Order-Mark (U+FEFF, in den meisten Editoren unsichtbar); eine Datei hat höchstens eine: speichern Sie sie als UTF-8 ohne BOM</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file starts with the byte-order mark twice (U+FEFF, invisible in most editors); a file has at most one: save it as UTF-8 without BOM</source>
        <translation>die Datei beginnt zweimal mit der Byte-Order-Mark (U+FEFF, in den meisten Editoren unsichtbar); eine Datei hat höchstens eine: speichern Sie sie als UTF-8 ohne BOM</translation>
    </message>
</context>
<context>
    <name>EventClipboard</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/event_clipboard.py"/>
        <source>Paste %n Events</source>
        <extracomment>English for 1: Paste %n Event</extracomment>
        <translation>
            <numerusform>%n Ereignis einfügen</numerusform>
            <numerusform>%n Ereignisse einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;New…</source>
        <comment>a new category</comment>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>14 July 1789, 1789-07-14, 14/07/1789</source>
        <translation>14. Juli 1789, 1789-07-14, 14.07.1789</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>14 July 1789, 1789-07-14, 14/07/1789 (or empty)</source>
        <translation>14. Juli 1789, 1789-07-14, 14.07.1789 (oder leer)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Add Category {name}</source>
        <translation>Kategorie {name} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Add a category, with its own colour</source>
        <translation>Eine Kategorie mit eigener Farbe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Apply the changes (Ctrl+Return); Undo takes them back</source>
        <translation>Die Änderungen anwenden (Strg+Eingabe); Rückgängig nimmt sie zurück</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Date no&amp;te:</source>
        <translation>Datumshin&amp;weis:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Date so&amp;urce:</source>
        <translation>Datums&amp;quelle:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Edit {title}</source>
        <translation>{title} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Event Editor</source>
        <translation>Ereignis-Editor</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Move {title}</source>
        <translation>{title} verschieben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>N&amp;otes:</source>
        <translation>An&amp;merkungen:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Name of the new category:</source>
        <translation>Name der neuen Kategorie:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>New Category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Nothing has changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>P&amp;articipants:</source>
        <translation>Beteil&amp;igte:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Put the fields back as the event is (Escape)</source>
        <translation>Die Felder auf den Stand des Ereignisses zurücksetzen (Esc)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Read as {date}</source>
        <translation>Gelesen als {date}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Select an event to edit it.</source>
        <translation>Wählen Sie ein Ereignis, um es zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The change was not made (see the status bar).</source>
        <translation>Die Änderung wurde nicht vorgenommen (siehe Statusleiste).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The end comes before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The end: {problem}</source>
        <translation>Das Ende: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The start: {problem}</source>
        <translation>Der Beginn: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The title is empty: every event needs one.</source>
        <translation>Der Titel ist leer: Jedes Ereignis braucht einen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Which date is meant</source>
        <translation>Welches Datum gemeint ist</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Which date?</source>
        <translation>Welches Datum?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>{reading} Choose one in the list.</source>
        <translation>{reading} Wählen Sie eines in der Liste.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <location filename="../../timeline_app/render/export.py"/>
        <source>%n events do not fit on {paper}: try a shorter range of dates</source>
        <extracomment>English for 1: %n event does not fit on {paper}: try a shorter range of dates</extracomment>
        <translation>
            <numerusform>%n Ereignis passt nicht auf {paper}: Versuchen Sie einen kürzeren Zeitraum</numerusform>
            <numerusform>%n Ereignisse passen nicht auf {paper}: Versuchen Sie einen kürzeren Zeitraum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/render/export.py"/>
        <source>%n events do not fit on {paper}: try {remedy}</source>
        <extracomment>English for 1: %n event does not fit on {paper}: try {remedy}</extracomment>
        <translation>
            <numerusform>%n Ereignis passt nicht auf {paper}. Vorschlag: {remedy}</numerusform>
            <numerusform>%n Ereignisse passen nicht auf {paper}. Vorschlag: {remedy}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/render/export.py"/>
        <source>%n events do not fit on {width} × {height} px: try a larger size</source>
        <extracomment>English for 1: %n event does not fit on {width} × {height} px: try a larger size</extracomment>
        <translation>
            <numerusform>%n Ereignis passt nicht auf {width} × {height} px: Versuchen Sie eine größere Abmessung</numerusform>
            <numerusform>%n Ereignisse passen nicht auf {width} × {height} px: Versuchen Sie eine größere Abmessung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>a {pages}-page poster</source>
        <translation>ein Poster aus {pages} Seiten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>height {value} px is out of range ({least} to {most} px)</source>
        <translation>die Höhe {value} px liegt außerhalb des Bereichs ({least} bis {most} px)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>margin {margin} mm is out of range (0 to 50 mm)</source>
        <translation>der Rand {margin} mm liegt außerhalb des Bereichs (0 bis 50 mm)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>no events between {start} and {end}; nothing to export</source>
        <translation>keine Ereignisse zwischen {start} und {end}; nichts zu exportieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos; ends before it starts</source>
        <translation>der Zeitraum „{range}“ endet, bevor er beginnt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos; has too many dots to tell where FROM ends; write FROM..TO, for example 2017-05..2017-07</source>
        <translation>der Zeitraum „{range}“ hat zu viele Punkte, um zu erkennen, wo FROM endet; schreiben Sie FROM..TO, zum Beispiel 2017-05..2017-07</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos; is {length} characters long; write FROM..TO in at most {most}, for example 2017-05..2017-07</source>
        <translation>der Zeitraum „{range}“ ist {length} Zeichen lang; schreiben Sie FROM..TO in höchstens {most} Zeichen, zum Beispiel 2017-05..2017-07</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos; must look like FROM..TO, for example 2017-05..2017-07</source>
        <translation>der Zeitraum „{range}“ muss die Form FROM..TO haben, zum Beispiel 2017-05..2017-07</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos;: {problem}</source>
        <translation>Zeitraum „{range}“: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>text size {size} is out of range ({least} to {most})</source>
        <translation>die Textgröße {size} liegt außerhalb des Bereichs ({least} bis {most})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>the image could not be encoded as PNG</source>
        <translation>das Bild konnte nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>the page device could not be opened</source>
        <translation>das Ausgabegerät für die Seiten konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>unknown file type {type} for {name}; use {known}</source>
        <translation>unbekannter Dateityp {type} für {name}; verwenden Sie {known}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>unknown page size {page}; use {sizes}</source>
        <translation>unbekanntes Papierformat {page}; verwenden Sie {sizes}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>unknown theme {theme}; choose {themes}</source>
        <translation>unbekanntes Farbschema {theme}; wählen Sie {themes}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>width {value} px is out of range ({least} to {most} px)</source>
        <translation>die Breite {value} px liegt außerhalb des Bereichs ({least} bis {most} px)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>{dpi} dpi is out of range (24 to 2400)</source>
        <translation>{dpi} dpi liegt außerhalb des Bereichs (24 bis 2400)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>{pages} poster pages is out of range (1 to 20)</source>
        <translation>{pages} Posterseiten liegen außerhalb des Bereichs (1 bis 20)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>{page} poster over {pages} pages</source>
        <translation>{page}-Poster über {pages} Seiten</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source> pages</source>
        <translation> Seiten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>3840 × 2160 (4K, sharp)</source>
        <translation>3840 × 2160 (4K, scharf)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>A3 landscape, 300 dpi</source>
        <translation>A3 quer, 300 dpi</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 quer, 300 dpi</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Category legend</source>
        <translation>Legende der Kategorien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Could not export: {reason}.</source>
        <translation>Export nicht möglich: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Date axis</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Dates to export</source>
        <translation>Zu exportierende Daten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export message</source>
        <translation>Meldung zum Export</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Handout: the timeline, then a card per event with its quotes</source>
        <translation>Handout: die Zeitleiste, dann eine Karte je Ereignis mit Zitaten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Lesson 4: the first meeting</source>
        <translation>Stunde 4: das erste Treffen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Nothing was exported; “{name}” is unchanged.</source>
        <translation>Nichts wurde exportiert; „{name}“ ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Optional, for example: {example}</source>
        <translation>Optional, zum Beispiel: {example}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Pages of the poster</source>
        <translation>Seiten des Posters</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Poster over</source>
        <translation>Poster über</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Replace write-protected file?</source>
        <translation>Schreibgeschützte Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Resolution in dots per inch</source>
        <translation>Auflösung in Punkten pro Zoll</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>SVG vector image</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Someone marked this file read-only, perhaps to keep it as it is. Replace it with the export anyway? It stays write-protected afterwards.</source>
        <translation>Jemand hat diese Datei schreibgeschützt, vielleicht um sie so zu erhalten. Trotzdem durch den Export ersetzen? Sie bleibt danach schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Source credit</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>The current view</source>
        <translation>Die aktuelle Ansicht</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>The whole timeline</source>
        <translation>Die ganze Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>the export failed: {reason}</source>
        <translation>der Export ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} landscape</source>
        <translation>{page} quer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} landscape, poster over %n pages</source>
        <translation>
            <numerusform>{page} quer, Poster über %n Seite</numerusform>
            <numerusform>{page} quer, Poster über %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} landscape, poster over %n pages, with a handout</source>
        <translation>
            <numerusform>{page} quer, Poster über %n Seite, mit Handout</numerusform>
            <numerusform>{page} quer, Poster über %n Seiten, mit Handout</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} landscape, with a handout</source>
        <translation>{page} quer, mit Handout</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} portrait</source>
        <translation>{page} hoch</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} portrait, with a handout</source>
        <translation>{page} hoch, mit Handout</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{percent}%</source>
        <comment>a text size, such as 125%</comment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{width} × {height} px at {dpi} dpi</source>
        <translation>{width} × {height} px bei {dpi} dpi</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>“{name}” is write-protected.</source>
        <translation>„{name}“ ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>FileFormats</name>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>Markwhen timelines</source>
        <translation>Markwhen-Zeitleisten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>SIMILE Timeline JSON files</source>
        <translation>SIMILE-Timeline-JSON-Dateien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>SIMILE Timeline XML files</source>
        <translation>SIMILE-Timeline-XML-Dateien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>The Timeline Project files</source>
        <translation>Dateien von The Timeline Project</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>Timeline files</source>
        <translation>Zeitleisten-Dateien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>TimelineJS files</source>
        <translation>TimelineJS-Dateien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>TimelineJS sheets</source>
        <translation>TimelineJS-Tabellen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>Timelines ({patterns})</source>
        <translation>Zeitleisten ({patterns})</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message numerus="yes">
        <location filename="../../timeline_app/fsutil.py"/>
        <source>%n bytes</source>
        <extracomment>English for 1: %n byte</extracomment>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a FIFO (named pipe), not a file</source>
        <translation>es ist ein FIFO (Named Pipe), keine Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a block device, not a file</source>
        <translation>es ist ein Blockgerät, keine Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a character device, not a file</source>
        <translation>es ist ein zeichenorientiertes Gerät, keine Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a folder (directory), not a file</source>
        <translation>es ist ein Ordner (Verzeichnis), keine Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a socket, not a file</source>
        <translation>es ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a special file, not a file</source>
        <translation>es ist eine Spezialdatei, keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is write-protected (read-only)</source>
        <translation>sie ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>the file is larger than the limit of {limit}</source>
        <translation>die Datei ist größer als die Grenze von {limit}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>the file is {size}; the limit is {limit}; it was not read</source>
        <translation>die Datei ist {size} groß; die Grenze liegt bei {limit}; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>{size} MB</source>
        <comment>megabytes</comment>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>ForeignFiles</name>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>a GeoJSON file (map data)</source>
        <translation>eine GeoJSON-Datei (Kartendaten)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>a JSON Schema (timeline.schema.json describes timeline files; it is not one)</source>
        <translation>ein JSON-Schema (timeline.schema.json beschreibt Zeitleisten-Dateien, ist aber keine)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>a package.json (npm)</source>
        <translation>eine package.json (npm)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>the settings file of this app</source>
        <translation>die Einstellungsdatei dieses Programms</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>this is not a timeline file: a JSON file without &quot;events&quot; (its fields: {fields})</source>
        <translation>das ist keine Zeitleisten-Datei: eine JSON-Datei ohne &quot;events&quot; (ihre Felder: {fields})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>this is not a timeline file: it is an empty JSON object, without &quot;events&quot;</source>
        <translation>das ist keine Zeitleisten-Datei: es ist ein leeres JSON-Objekt, ohne &quot;events&quot;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>this is not a timeline file: it looks like {kind}</source>
        <translation>das ist keine Zeitleisten-Datei: es sieht aus wie {kind}</translation>
    </message>
</context>
<context>
    <name>FormatErrors</name>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>Line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>category {number}</source>
        <translation>Kategorie {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>era {number}</source>
        <translation>Epoche {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>event {number}</source>
        <translation>Ereignis {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>media item {number}</source>
        <translation>Medium {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>participant {number}</source>
        <translation>Beteiligte(r) {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>quote {number}</source>
        <translation>Zitat {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>source {number}</source>
        <translation>Quelle {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>{problem} (and %n more problems)</source>
        <extracomment>English for 1: {problem} (and %n more problem)</extracomment>
        <translation>
            <numerusform>{problem} (und %n weiteres Problem)</numerusform>
            <numerusform>{problem} (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>“{field}”</source>
        <comment>a field of the file</comment>
        <translation>„{field}“</translation>
    </message>
</context>
<context>
    <name>FormatGuide</name>
    <message>
        <location filename="../../timeline_app/ui/guide.py"/>
        <source>File Format Guide</source>
        <translation>Dateiformat-Handbuch</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/guide.py"/>
        <source>File format guide</source>
        <translation>Dateiformat-Handbuch</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/guide.py"/>
        <source>The file format guide could not be read from {path}: {problem}</source>
        <translation>Das Dateiformat-Handbuch konnte nicht aus {path} gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportKit</name>
    <message>
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>the file holds no events that could be read ({what})</source>
        <translation>die Datei enthält keine lesbaren Ereignisse ({what})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>the file holds no events that could be read ({what}); %n problems in it, the first: {first}</source>
        <extracomment>English for 1: the file holds no events that could be read ({what}); %n problem in it, the first: {first}</extracomment>
        <translation>
            <numerusform>die Datei enthält keine lesbaren Ereignisse ({what}); %n Problem darin: {first}</numerusform>
            <numerusform>die Datei enthält keine lesbaren Ereignisse ({what}); %n Probleme darin, das erste: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>year {year} BCE is outside the supported range (±{limit} years)</source>
        <translation>das Jahr {year} v. Chr. liegt außerhalb des unterstützten Bereichs (±{limit} Jahre)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>year {year} is outside the supported range (±{limit} years)</source>
        <translation>das Jahr {year} liegt außerhalb des unterstützten Bereichs (±{limit} Jahre)</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>%n eras</source>
        <extracomment>English for 1: %n era</extracomment>
        <translation>
            <numerusform>%n Epoche</numerusform>
            <numerusform>%n Epochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>%n events</source>
        <extracomment>English for 1: %n event</extracomment>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>%n pictures are on the web (File › Download Images… fetches them)</source>
        <extracomment>English for 1: %n picture is on the web (File › Download Images… fetches them)</extracomment>
        <translation>
            <numerusform>%n Bild ist im Web (Datei › Bilder herunterladen… lädt es)</numerusform>
            <numerusform>%n Bilder sind im Web (Datei › Bilder herunterladen… lädt sie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>%n problems (see Details)</source>
        <extracomment>English for 1: %n problem (see Details)</extracomment>
        <translation>
            <numerusform>%n Problem (siehe Details)</numerusform>
            <numerusform>%n Probleme (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{events} and {eras}</source>
        <translation>{events} und {eras}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from The Timeline Project file</source>
        <translation>{read} aus einer Datei von The Timeline Project</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a SIMILE Timeline JSON file</source>
        <translation>{read} aus einer SIMILE-Timeline-JSON-Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a SIMILE Timeline XML file</source>
        <translation>{read} aus einer SIMILE-Timeline-XML-Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a TimelineJS file</source>
        <translation>{read} aus einer TimelineJS-Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a TimelineJS sheet</source>
        <translation>{read} aus einer TimelineJS-Tabelle</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a markwhen timeline</source>
        <translation>{read} aus einer markwhen-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a timeline file</source>
        <translation>{read} aus einer Zeitleisten-Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from {kind}</source>
        <translation>{read} aus: {kind}</translation>
    </message>
</context>
<context>
    <name>JsonScan</name>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a NUL byte: the file is not plain text, or not UTF-8</source>
        <translation>ein NUL-Byte: die Datei ist kein reiner Text oder kein UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a byte-order mark, invisible in most editors</source>
        <translation>eine Byte-Order-Mark, in den meisten Editoren unsichtbar</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a line break inside a string: close the string with a double quote, or write the line break as \n</source>
        <translation>ein Zeilenumbruch in einer Zeichenkette: Schließen Sie die Zeichenkette mit einem doppelten Anführungszeichen, oder schreiben Sie den Zeilenumbruch als \n</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a no-break space; write an ordinary space</source>
        <translation>ein geschütztes Leerzeichen; schreiben Sie ein gewöhnliches Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a string is not closed with a double quote</source>
        <translation>eine Zeichenkette ist nicht mit einem doppelten Anführungszeichen geschlossen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>control character {code} inside a string; escape it</source>
        <translation>Steuerzeichen {code} in einer Zeichenkette; maskieren Sie es</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>duplicate key {key}; each key may appear once</source>
        <translation>doppelter Schlüssel {key}; jeder Schlüssel darf nur einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>extra text after the end of the JSON document</source>
        <translation>zusätzlicher Text nach dem Ende des JSON-Dokuments</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>invalid escape sequence in a string</source>
        <translation>ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>lone surrogate {escape} is not a character</source>
        <translation>das einzelne Surrogat {escape} ist kein Zeichen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>nested deeper than {depth} levels</source>
        <translation>tiefer als {depth} Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>not a valid number</source>
        <translation>keine gültige Zahl</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>number has {length} characters; too long</source>
        <translation>die Zahl hat {length} Zeichen; zu lang</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>number {number} is too large</source>
        <translation>die Zahl {number} ist zu groß</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>remove the comma after the last field: JSON allows none before &apos;}&apos;</source>
        <translation>entfernen Sie das Komma nach dem letzten Feld: JSON erlaubt keines vor &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>remove the comma after the last item: JSON allows none before &apos;]&apos;</source>
        <translation>entfernen Sie das Komma nach dem letzten Eintrag: JSON erlaubt keines vor &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>the file ends inside an object</source>
        <translation>die Datei endet innerhalb eines Objekts</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>the file ends inside an unfinished object or array</source>
        <translation>die Datei endet in einem unvollständigen Objekt oder Array</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>the file ends too early</source>
        <translation>die Datei endet zu früh</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>the file ends where a value should be</source>
        <translation>die Datei endet, wo ein Wert stehen sollte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>unexpected character {code}</source>
        <translation>unerwartetes Zeichen {code}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>unexpected character {code} ({name})</source>
        <translation>unerwartetes Zeichen {code} ({name})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>unexpected word {word}; strings need double quotes</source>
        <translation>unerwartetes Wort {word}; Zeichenketten brauchen doppelte Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>unexpected {character}</source>
        <translation>unerwartetes {character}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{found}; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>{found}; erwartet wurde &apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{found}; expected &apos;,&apos; or {brace}</source>
        <translation>{found}; erwartet wurde &apos;,&apos; oder {brace}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{found}; expected &apos;:&apos; after the key</source>
        <translation>{found}; erwartet wurde &apos;:&apos; nach dem Schlüssel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{found}; expected a key in double quotes</source>
        <translation>{found}; erwartet wurde ein Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{word} is not allowed in JSON; write a number</source>
        <translation>{word} ist in JSON nicht erlaubt; schreiben Sie eine Zahl</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../../timeline_app/view/layout.py"/>
        <source>All categories are hidden.</source>
        <translation>Alle Kategorien sind ausgeblendet.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/layout.py"/>
        <source>No events in this period. Press Home to see the whole timeline.</source>
        <translation>Keine Ereignisse in diesem Zeitraum. Drücken Sie Pos1, um die ganze Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/layout.py"/>
        <source>No events in this timeline.</source>
        <translation>Keine Ereignisse in dieser Zeitleiste.</translation>
    </message>
</context>
<context>
    <name>LiveReload</name>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>&amp;Keep My Changes</source>
        <translation>Meine Änderungen &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>&amp;Reload from Disk</source>
        <translation>Vom Datenträger &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Go on editing; Save will ask before writing over the file</source>
        <translation>Weiter bearbeiten; Speichern fragt, bevor die Datei überschrieben wird</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Show the file as it is on disk; your changes are lost</source>
        <translation>Die Datei so zeigen, wie sie auf dem Datenträger ist; Ihre Änderungen gehen verloren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>{name} changed on disk but does not read as it is now ({problem}). The timeline shown is the last version that did; it updates when the file is saved again.</source>
        <translation>{name} wurde auf dem Datenträger geändert, lässt sich so aber nicht lesen ({problem}). Die gezeigte Zeitleiste ist die letzte lesbare Fassung; sie wird aktualisiert, sobald die Datei erneut gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>“{name}” was changed on disk, and you have unsaved changes here. Reload it (your changes are lost), or keep your changes (Save will ask before writing over the file).</source>
        <translation>„{name}“ wurde auf dem Datenträger geändert, und Sie haben hier ungespeicherte Änderungen. Neu laden (Ihre Änderungen gehen verloren) oder Ihre Änderungen behalten (Speichern fragt, bevor die Datei überschrieben wird).</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>An unexpected error stopped the loading ({reason}).</source>
        <translation>Ein unerwarteter Fehler hat das Laden abgebrochen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Opening {name}: preparing the timeline…</source>
        <translation>{name} wird geöffnet: Zeitleiste wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Progress of opening {name}</source>
        <translation>Fortschritt beim Öffnen von {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Stop opening this file; the timeline on screen stays</source>
        <translation>Öffnen dieser Datei abbrechen; die angezeigte Zeitleiste bleibt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>There is not enough memory to open this file.</source>
        <translation>Der Speicher reicht nicht aus, um diese Datei zu öffnen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source> or </source>
        <comment>between two keys of one command</comment>
        <translation> oder </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n could not be fetched; they show as links. Details name each address and why.</source>
        <extracomment>English for 1: %n could not be fetched; it shows as a link. Details name its address and why.</extracomment>
        <translation>
            <numerusform>%n konnte nicht geholt werden; es erscheint als Link. Die Details nennen seine Adresse und den Grund.</numerusform>
            <numerusform>%n konnten nicht geholt werden; sie erscheinen als Links. Die Details nennen jede Adresse und den Grund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n events</source>
        <extracomment>English for 1: %n event</extracomment>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n events from {name}</source>
        <extracomment>English for 1: %n event from {name}</extracomment>
        <translation>
            <numerusform>%n Ereignis aus {name}</numerusform>
            <numerusform>%n Ereignisse aus {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n more problems under Show Details.</source>
        <extracomment>English for 1: %n more problem under Show Details.</extracomment>
        <translation>
            <numerusform>%n weiteres Problem unter „Details einblenden“.</numerusform>
            <numerusform>%n weitere Probleme unter „Details einblenden“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n more under Show Details.</source>
        <translation>
            <numerusform>%n weiteres unter „Details einblenden“.</numerusform>
            <numerusform>%n weitere unter „Details einblenden“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n more were found and not listed.</source>
        <extracomment>English for 1: %n more was found and not listed.</extracomment>
        <translation>
            <numerusform>%n weiteres wurde gefunden und nicht aufgeführt.</numerusform>
            <numerusform>%n weitere wurden gefunden und nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;About Timeline</source>
        <translation>Ü&amp;ber Timeline</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Dark</source>
        <comment>theme</comment>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;File Format Guide</source>
        <translation>&amp;Dateiformat-Handbuch</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Larger</source>
        <translation>&amp;Größer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Light</source>
        <comment>theme</comment>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Smaller</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>(The log is empty: nothing has gone wrong.)</source>
        <translation>(Das Protokoll ist leer: Nichts ist schiefgegangen.)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>(There is no log yet: nothing has gone wrong.)</source>
        <translation>(Es gibt noch kein Protokoll: Nichts ist schiefgegangen.)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>A spreadsheet laid out like the TimelineJS template, with columns for quotes</source>
        <translation>Eine Tabelle im Aufbau der TimelineJS-Vorlage, mit Spalten für Zitate</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>A timeline viewer for teaching history: zoom from millennia to minutes and read each event&apos;s verbatim source quotes.

Qt {qt} (LGPL-3.0), PySide6 {pyside} (LGPL-3.0), python-dateutil (Apache-2.0/BSD), platformdirs (MIT). Timeline itself is under the MIT licence. Show Details for the licences and for how to replace the Qt libraries.</source>
        <translation>Eine Zeitleiste für den Geschichtsunterricht: von Jahrtausenden bis auf Minuten zoomen und die wörtlichen Quellenzitate jedes Ereignisses lesen.

Qt {qt} (LGPL-3.0), PySide6 {pyside} (LGPL-3.0), python-dateutil (Apache-2.0/BSD), platformdirs (MIT). Timeline selbst steht unter der MIT-Lizenz. Unter „Details einblenden“ stehen die Lizenzen und wie sich die Qt-Bibliotheken ersetzen lassen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>About Timeline</source>
        <translation>Über Timeline</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>CSV, for any spreadsheet program (*.csv)</source>
        <translation>CSV, für jedes Tabellenprogramm (*.csv)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Cannot open timeline</source>
        <translation>Zeitleiste kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Copied the view as a {width} × {height} image</source>
        <translation>Ansicht als Bild mit {width} × {height} Pixeln kopiert</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Copy the current view as an image, at twice its size</source>
        <translation>Die aktuelle Ansicht als Bild in doppelter Größe kopieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Could not open {name}: {problem}</source>
        <translation>{name} konnte nicht geöffnet werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Could not print: {problem}</source>
        <translation>Drucken nicht möglich: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Could not write the template: {problem}</source>
        <translation>Die Vorlage konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Download &amp;Images…</source>
        <translation>B&amp;ilder herunterladen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Download Images</source>
        <translation>Bilder herunterladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Downloading %n pictures into “{folder}”…</source>
        <extracomment>English for 1: Downloading %n picture into “{folder}”…</extracomment>
        <translation>
            <numerusform>%n Bild wird in „{folder}“ heruntergeladen…</numerusform>
            <numerusform>%n Bilder werden in „{folder}“ heruntergeladen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Events and categories</source>
        <translation>Ereignisse und Kategorien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Excel or LibreOffice spreadsheet (*.xlsx)</source>
        <translation>Excel- oder LibreOffice-Tabelle (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Export an image or PDF of the timeline</source>
        <translation>Die Zeitleiste als Bild oder PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Fetch the timeline&apos;s pictures from the web once, into a folder beside it</source>
        <translation>Die Bilder der Zeitleiste einmal aus dem Web holen, in einen Ordner daneben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Fin&amp;d Event…</source>
        <translation>Ereignis &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>How to write a timeline file by hand: every field, with examples</source>
        <translation>Wie man eine Zeitleisten-Datei von Hand schreibt: jedes Feld, mit Beispielen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Larger text on the timeline</source>
        <translation>Größere Schrift auf der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Log File</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Main toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Move to the next pane</source>
        <translation>Zum nächsten Bereich wechseln</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Move to the previous pane</source>
        <translation>Zum vorherigen Bereich wechseln</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Ne&amp;xt Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>New Timeline from &amp;Template…</source>
        <translation>Neue Zeitleiste aus &amp;Vorlage…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>New Timeline from Template</source>
        <translation>Neue Zeitleiste aus Vorlage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>None of the %n files handed over could be opened.</source>
        <translation>
            <numerusform>Keine der %n übergebenen Dateien konnte geöffnet werden.</numerusform>
            <numerusform>Keine der %n übergebenen Dateien konnte geöffnet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Nothing from the other launch could be opened.</source>
        <translation>Vom anderen Programmstart konnte nichts geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open Timeline</source>
        <translation>Zeitleiste öffnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open a timeline file</source>
        <translation>Eine Zeitleisten-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open the E&amp;xample Timeline</source>
        <translation>Beis&amp;piel-Zeitleiste öffnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open the Other Events</source>
        <translation>Die übrigen Ereignisse öffnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open the events without problems; the file is not changed</source>
        <translation>Die Ereignisse ohne Probleme öffnen; die Datei wird nicht verändert</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Pr&amp;esent On</source>
        <translation>Präsentieren a&amp;uf</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Present full screen for a class: clicker keys, large type, event cards</source>
        <translation>Im Vollbild vor einer Klasse präsentieren: Presenter-Tasten, große Schrift, Ereigniskarten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Previous Pa&amp;ne</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Read the open file again (it is also read again by itself when it is saved)</source>
        <translation>Die geöffnete Datei neu einlesen (das geschieht auch von selbst, wenn sie gespeichert wird)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Save Timeline As</source>
        <translation>Zeitleiste speichern unter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Save the timeline in the app&apos;s own format (an imported file stays as it is)</source>
        <translation>Die Zeitleiste im eigenen Format des Programms speichern (eine importierte Datei bleibt, wie sie ist)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Show &amp;Log File</source>
        <translation>&amp;Protokolldatei anzeigen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Show the whole timeline</source>
        <translation>Die ganze Zeitleiste zeigen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Smaller text on the timeline</source>
        <translation>Kleinere Schrift auf der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Stopped opening {name}; the timeline on screen is unchanged.</source>
        <translation>Öffnen von {name} abgebrochen; die angezeigte Zeitleiste ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Text Si&amp;ze</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Text size {size}%</source>
        <translation>Textgröße {size} %</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>The app&apos;s log: what to send with a bug report</source>
        <translation>Das Protokoll des Programms: was einem Fehlerbericht beiliegen sollte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>The language changes when Timeline is next started.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Timeline.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>The timeline on screen is unchanged.</source>
        <translation>Die angezeigte Zeitleiste ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>The timeline&apos;s text at the size of the system&apos;s font</source>
        <translation>Die Schrift der Zeitleiste in der Größe der Systemschrift</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>This timeline names no pictures on the web.</source>
        <translation>Diese Zeitleiste nennt keine Bilder im Web.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Timeline</source>
        <comment>the application&apos;s name</comment>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Timeline files (*.timeline.json)</source>
        <translation>Zeitleisten-Dateien (*.timeline.json)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Timeline {version}</source>
        <translation>Timeline {version}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>my-timeline</source>
        <comment>a new file&apos;s suggested name</comment>
        <translation>meine-zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>timeline</source>
        <comment>a file&apos;s name</comment>
        <translation>zeitleiste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{failed} of the %n files handed over could not be opened.</source>
        <translation>
            <numerusform>{failed} der %n übergebenen Datei konnte nicht geöffnet werden.</numerusform>
            <numerusform>{failed} der %n übergebenen Dateien konnten nicht geöffnet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{loaded}, with %n warnings: {first}</source>
        <extracomment>English for 1: {loaded}, with %n warning: {first}</extracomment>
        <translation>
            <numerusform>{loaded}, mit %n Warnung: {first}</numerusform>
            <numerusform>{loaded}, mit %n Warnungen: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{name} changed on disk: %n events now</source>
        <extracomment>English for 1: {name} changed on disk: %n event now</extracomment>
        <translation>
            <numerusform>{name} wurde auf der Festplatte geändert: jetzt %n Ereignis</numerusform>
            <numerusform>{name} wurde auf der Festplatte geändert: jetzt %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{name} is ready: open it in your spreadsheet program and replace the rows; the timeline here follows every save.</source>
        <translation>{name} ist fertig: Öffnen Sie die Datei in Ihrem Tabellenprogramm und ersetzen Sie die Zeilen; die Zeitleiste hier folgt jedem Speichern.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{name}[*] — Timeline</source>
        <translation>{name}[*] — Timeline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{opened} opened; %n left out because of problems (see Details). Fix them in the file: it is followed, and they appear as soon as it is saved.</source>
        <translation>
            <numerusform>{opened} geöffnet; %n wegen Problemen ausgelassen (siehe Details). Beheben Sie sie in der Datei: Sie wird verfolgt, und es erscheint, sobald sie gespeichert ist.</numerusform>
            <numerusform>{opened} geöffnet; %n wegen Problemen ausgelassen (siehe Details). Beheben Sie sie in der Datei: Sie wird verfolgt, und sie erscheinen, sobald sie gespeichert ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{saved} of %n pictures are in “{folder}” (stopped).</source>
        <extracomment>English for 1: {saved} of %n picture is in “{folder}” (stopped).</extracomment>
        <translation>
            <numerusform>{saved} von %n Bild ist in „{folder}“ (abgebrochen).</numerusform>
            <numerusform>{saved} von %n Bildern sind in „{folder}“ (abgebrochen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{saved} of %n pictures are in “{folder}”.</source>
        <extracomment>English for 1: {saved} of %n picture is in “{folder}”.</extracomment>
        <translation>
            <numerusform>{saved} von %n Bild ist in „{folder}“.</numerusform>
            <numerusform>{saved} von %n Bildern sind in „{folder}“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>“{name}” could not be opened.</source>
        <translation>„{name}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>“{name}” could not be saved.</source>
        <translation>„{name}“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>“{name}”: {problem}</source>
        <translation>„{name}“: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>… and %n more problems</source>
        <extracomment>English for 1: … and %n more problem</extracomment>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Markwhen</name>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>lines such as &apos;2023-05-10: What happened&apos;</source>
        <translation>Zeilen wie &apos;2023-05-10: Was geschah&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>the event is skipped: the range {start} – {end} ends before it starts</source>
        <translation>das Ereignis wird übersprungen: der Zeitraum {start} – {end} endet, bevor er beginnt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>the event is skipped: {problem}</source>
        <translation>das Ereignis wird übersprungen: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>the event is skipped: {text} is not a date markwhen reads (write 2023-05-10, 1215, 3000 BC, Jan 2023 or 05/10/2023)</source>
        <translation>das Ereignis wird übersprungen: {text} ist kein Datum, das markwhen liest (schreiben Sie 2023-05-10, 1215, 3000 BC, Jan 2023 oder 05/10/2023)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>this line belongs to no event and is not part of the header; it is left out</source>
        <translation>diese Zeile gehört zu keinem Ereignis und nicht zum Kopfteil; sie wird ausgelassen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>time zone {zone} is not known; times are kept as written</source>
        <translation>die Zeitzone {zone} ist unbekannt; die Uhrzeiten bleiben, wie sie geschrieben sind</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{colour} is not a colour this app knows (write #rrggbb, #rgb, rgb(r, g, b) or a colour name); the tag keeps its lane without it</source>
        <translation>{colour} ist keine Farbe, die dieses Programm kennt (schreiben Sie #rrggbb, #rgb, rgb(r, g, b) oder einen Farbnamen); das Schlagwort behält seine Bahn ohne Farbe</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: UTC offset {offset} is out of range (-14:00 to +14:00)</source>
        <translation>{text}: der UTC-Versatz {offset} liegt außerhalb des gültigen Bereichs (-14:00 bis +14:00)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: a year of one or two digits is never guessed; write it in full</source>
        <translation>{text}: ein ein- oder zweistelliges Jahr wird nie geraten; schreiben Sie es vollständig</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: a year of one or two digits is never guessed; write it in full, or with its era ({ad}, {bc})</source>
        <translation>{text}: ein ein- oder zweistelliges Jahr wird nie geraten; schreiben Sie es vollständig oder mit seiner Ära ({ad}, {bc})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: there is no year 0 AD; 1 BC is followed by AD 1</source>
        <translation>{text}: es gibt kein Jahr 0 AD; auf 1 BC folgt AD 1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: there is no year 0 BC; 1 BC is followed by AD 1</source>
        <translation>{text}: es gibt kein Jahr 0 BC; auf 1 BC folgt AD 1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: {hour} is not an hour of a 12-hour clock</source>
        <translation>{text}: {hour} ist keine Stunde einer 12-Stunden-Uhr</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../timeline_app/i18n.py"/>
        <source>,</source>
        <comment>the thousands separator in 1,234,567</comment>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/i18n.py"/>
        <source>.</source>
        <comment>the decimal sign, as in 4.5</comment>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../timeline_app/ui/overview_strip.py"/>
        <source>Overview of the whole timeline</source>
        <translation>Übersicht über die ganze Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/overview_strip.py"/>
        <source>Overview of the whole timeline: drag the window or click to move there</source>
        <translation>Übersicht über die ganze Zeitleiste: Fenster ziehen oder klicken, um dorthin zu wechseln</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/overview_strip.py"/>
        <source>The whole timeline, with the part shown above framed. Left and Right move the view, Page Up and Page Down by its width, Home and End to either end.</source>
        <translation>Die ganze Zeitleiste, der oben gezeigte Ausschnitt umrahmt. Links und Rechts verschieben die Ansicht, Bild auf und Bild ab um ihre Breite, Pos1 und Ende an den Anfang oder das Ende.</translation>
    </message>
</context>
<context>
    <name>PageCompose</name>
    <message>
        <location filename="../../timeline_app/view/compose.py"/>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/compose.py"/>
        <source>Sources: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
</context>
<context>
    <name>PresentationSteps</name>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>B or .</source>
        <translation>B oder .</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Black screen (again, or any arrow, to return)</source>
        <translation>Schwarzbild (erneut oder Pfeiltaste: zurück)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>First / last event</source>
        <translation>Erstes / letztes Ereignis</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Go to that event</source>
        <translation>Zu diesem Ereignis springen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Leave the presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Reveal mode off</source>
        <translation>Aufdeckmodus aus</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Reveal mode on: each date and its quotes wait for a click</source>
        <translation>Aufdeckmodus an: Datum und Zitate erscheinen erst nach einem Klick</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Reveal mode: date and quotes after the next click</source>
        <translation>Aufdeckmodus: Datum und Zitate nach dem nächsten Klick</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Show or hide this list</source>
        <translation>Diese Liste ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>W or ,</source>
        <translation>W oder ,</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Wheel, drag</source>
        <translation>Mausrad, Ziehen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>White screen (again, or any arrow, to return)</source>
        <translation>Weißbild (erneut oder Pfeiltaste: zurück)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Zoom and move the timeline</source>
        <translation>Zeitleiste zoomen und verschieben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>bring the picture back</source>
        <translation>Bild wieder anzeigen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>close the list of keys</source>
        <translation>Tastenliste schließen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>more quotes</source>
        <translation>weitere Zitate</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>next: {title}</source>
        <translation>weiter: {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>nothing more: Esc leaves</source>
        <translation>nichts mehr: Esc beendet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>number, then Enter</source>
        <translation>Nummer, dann Eingabe</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>reveal the date</source>
        <translation>Datum aufdecken</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>the end slide</source>
        <translation>die Schlussfolie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>←  ↑  Page Up  Backspace</source>
        <translation>←  ↑  Bild auf  Rücktaste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>→  ↓  Page Down  Space  Enter</source>
        <translation>→  ↓  Bild ab  Leertaste  Eingabe</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>%n events. Press → to begin.</source>
        <translation>
            <numerusform>%n Ereignis. Mit → beginnen.</numerusform>
            <numerusform>%n Ereignisse. Mit → beginnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>Date: ?</source>
        <translation>Datum: ?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>Go to {number}…</source>
        <translation>Gehe zu {number} …</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>More quotes with the next click…</source>
        <translation>Weitere Zitate beim nächsten Klick …</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>The date and the sources come with the next click.</source>
        <translation>Datum und Quellen folgen beim nächsten Klick.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>The end. Esc leaves the presentation.</source>
        <translation>Ende. Esc beendet die Präsentation.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>{title} — Presentation</source>
        <translation>{title} – Präsentation</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>(no notes for this event)</source>
        <translation>(keine Notizen zu diesem Ereignis)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Next click: {what}</source>
        <translation>Nächster Klick: {what}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Now: {title} — {date}</source>
        <translation>Jetzt: {title} – {date}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Now: {title} — {date}  (date not yet shown)</source>
        <translation>Jetzt: {title} – {date}  (Datum noch verborgen)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Presenter view</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Presenter view — title</source>
        <translation>Referentenansicht – Titel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Presenter view — {progress}</source>
        <translation>Referentenansicht – {progress}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Projector blanked (black)</source>
        <translation>Projektor ausgeblendet (schwarz)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Projector blanked (white)</source>
        <translation>Projektor ausgeblendet (weiß)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>The end slide</source>
        <translation>Die Schlussfolie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>The title slide</source>
        <translation>Die Titelfolie</translation>
    </message>
</context>
<context>
    <name>QuoteCheck</name>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>&apos;text&apos; must be a file name without spaces around it, e.g. &quot;lesson-source.txt&quot;</source>
        <translation>&apos;text&apos; muss ein Dateiname ohne Leerzeichen davor oder danach sein, z. B. &quot;lesson-source.txt&quot;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>&apos;text&apos; must be a path relative to the timeline file, e.g. &quot;sources/lesson-source.txt&quot;, not an absolute path</source>
        <translation>&apos;text&apos; muss ein Pfad relativ zur Zeitleisten-Datei sein, z. B. &quot;sources/lesson-source.txt&quot;, kein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>&apos;text&apos; must name a .txt, .md or .html file, not {name}</source>
        <translation>&apos;text&apos; muss eine .txt-, .md- oder .html-Datei nennen, nicht {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>&apos;text&apos; names a file beside the timeline, e.g. &quot;lesson-source.txt&quot;; the app never fetches a source from the web: save its text next to the timeline</source>
        <translation>&apos;text&apos; nennt eine Datei neben der Zeitleiste, z. B. &quot;lesson-source.txt&quot;; das Programm lädt nie eine Quelle aus dem Web: Speichern Sie ihren Text neben der Zeitleiste</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>and %n more differences</source>
        <extracomment>English for 1: and %n more difference</extracomment>
        <translation>
            <numerusform>und %n weiterer Unterschied</numerusform>
            <numerusform>und %n weitere Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>found verbatim in {where}, not in {locator} as its locator says</source>
        <translation>wörtlich gefunden in {where}, nicht in {locator}, wie die Fundstelle sagt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>it differs</source>
        <translation>er weicht ab</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not UTF-8 text (byte offset {offset}: {byte}); save it as UTF-8</source>
        <translation>kein UTF-8-Text (Byte {offset}: {byte}); speichern Sie ihn als UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not found verbatim; closest passage in {where} (not where its locator says): “{passage}”; {differences}</source>
        <translation>nicht wörtlich gefunden; ähnlichste Stelle in {where} (nicht dort, wo die Fundstelle sagt): „{passage}“; {differences}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not found verbatim; closest passage in {where}: “{passage}”; {differences}</source>
        <translation>nicht wörtlich gefunden; ähnlichste Stelle in {where}: „{passage}“; {differences}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not found: no passage of the source resembles it</source>
        <translation>nicht gefunden: keine Stelle der Quelle ähnelt ihm</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not valid UTF-16 (byte offset {offset})</source>
        <translation>kein gültiges UTF-16 (Byte {offset})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote adds {mine}</source>
        <translation>das Zitat fügt {mine} hinzu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote adds {mine}, after “{before}”</source>
        <translation>das Zitat fügt {mine} hinzu, nach „{before}“</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote has {mine} where the source has {theirs}</source>
        <translation>das Zitat hat {mine}, wo die Quelle {theirs} hat</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote has {mine} where the source has {theirs}, after “{before}”</source>
        <translation>das Zitat hat {mine}, wo die Quelle {theirs} hat, nach „{before}“</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote leaves out {theirs}</source>
        <translation>das Zitat lässt {theirs} aus</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote leaves out {theirs}, after “{before}”</source>
        <translation>das Zitat lässt {theirs} aus, nach „{before}“</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source has no {locator} (its paragraphs are ¶{first}–¶{last})</source>
        <translation>die Quelle hat kein {locator} (ihre Absätze sind ¶{first}–¶{last})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source has no {locator} (its paragraphs are ¶{first}–¶{last}); the words are in {where}</source>
        <translation>die Quelle hat kein {locator} (ihre Absätze sind ¶{first}–¶{last}); die Worte stehen in {where}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source has no {locator} (none)</source>
        <translation>die Quelle hat kein {locator} (keine Absätze)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source has no {locator} (none); the words are in {where}</source>
        <translation>die Quelle hat kein {locator} (keine Absätze); die Worte stehen in {where}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source names no full text to check against</source>
        <translation>die Quelle nennt keinen vollständigen Text zum Prüfen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the timeline is not in a file, so the text beside it is not known</source>
        <translation>die Zeitleiste ist in keiner Datei, daher ist der Text daneben nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>unchecked</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>verbatim in {where}</source>
        <translation>wörtlich in {where}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>verbatim in {where}; the locator {locator} names no ¶ or page, so only the words were checked</source>
        <translation>wörtlich in {where}; die Fundstelle {locator} nennt keinen ¶ und keine Seite, daher wurden nur die Worte geprüft</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>verbatim in {where}; the text marks no pages, so the page was not checked</source>
        <translation>wörtlich in {where}; der Text kennzeichnet keine Seiten, daher wurde die Seite nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>{name}: no such file</source>
        <translation>{name}: Datei nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Last changed at {when}: %n events. If you discard it, it cannot be brought back.</source>
        <extracomment>English for 1: Last changed at {when}: %n event. If you discard it, it cannot be brought back.</extracomment>
        <translation>
            <numerusform>Zuletzt geändert am {when}: %n Ereignis. Wenn Sie es verwerfen, lässt es sich nicht zurückholen.</numerusform>
            <numerusform>Zuletzt geändert am {when}: %n Ereignisse. Wenn Sie es verwerfen, lässt es sich nicht zurückholen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Restored the unsaved work on {name}, last changed at {when}</source>
        <translation>Ungespeicherte Arbeit an {name} wiederhergestellt, zuletzt geändert am {when}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>{time} on {day} {month} {year}</source>
        <translation>{day}. {month} {year}, {time} Uhr</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>“{name}” was not saved when Timeline last closed. Restore the unsaved work?</source>
        <translation>„{name}“ wurde nicht gespeichert, als Timeline zuletzt geschlossen wurde. Die ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../timeline_app/settings.py"/>
        <source>Settings could not be read ({problem}); using defaults.</source>
        <translation>Die Einstellungen konnten nicht gelesen werden ({problem}); es gelten die Voreinstellungen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/settings.py"/>
        <source>Some settings were not valid and were reset to their defaults ({names}).</source>
        <translation>Einige Einstellungen waren ungültig und wurden auf ihre Voreinstellungen zurückgesetzt ({names}).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/settings.py"/>
        <source>The old file was kept as {name}.</source>
        <translation>Die alte Datei wurde als {name} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/settings.py"/>
        <source>The settings file was damaged ({why}); defaults are used.</source>
        <translation>Die Einstellungsdatei war beschädigt ({why}); es gelten die Voreinstellungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/settings.py"/>
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} und %n weitere</numerusform>
            <numerusform>{names} und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>0 or Home</source>
        <translation>0 oder Pos1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Clear the selection</source>
        <translation>Die Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Strg+Tab / Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Enter or Space</source>
        <translation>Eingabe oder Leertaste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Enter or double-click</source>
        <translation>Eingabe oder Doppelklick</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Event list</source>
        <translation>Ereignisliste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>F6 / Shift+F6</source>
        <translation>F6 / Umschalt+F6</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Follow the link or press the button that has the focus</source>
        <translation>Dem Link folgen oder die Schaltfläche drücken, die den Fokus hat</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Go to the beginning / the end of the timeline</source>
        <translation>Zum Anfang / zum Ende der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Go to the events found</source>
        <translation>Zu den gefundenen Ereignissen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Leave the timeline: the next / previous control</source>
        <translation>Die Zeitleiste verlassen: zum nächsten / vorherigen Bedienelement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Menu commands</source>
        <translation>Menübefehle</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Move along the timeline</source>
        <translation>Entlang der Zeitleiste bewegen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Move along the timeline (Shift: faster)</source>
        <translation>Entlang der Zeitleiste bewegen (Umschalt: schneller)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Move the view a little earlier / later</source>
        <translation>Die Ansicht etwas früher / später</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Move the view by its own width</source>
        <translation>Die Ansicht um ihre eigene Breite verschieben</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Next / previous control (in the details: the next link)</source>
        <translation>Nächstes / vorheriges Bedienelement (in den Details: der nächste Link)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Next / previous pane: timeline, details, events, categories, overview</source>
        <translation>Nächster / vorheriger Bereich: Zeitleiste, Details, Ereignisse, Kategorien, Übersicht</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Overview strip</source>
        <translation>Übersichtsleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Page Up / Page Down</source>
        <translation>Bild auf / Bild ab</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Presenting</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Previous / next event in the list</source>
        <translation>Vorheriges / nächstes Ereignis der Liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Select the next / previous event in time; past the last, on to the next pane</source>
        <translation>Das zeitlich nächste / vorherige Ereignis auswählen; nach dem letzten weiter zum nächsten Bereich</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Shift+wheel, horizontal wheel, drag</source>
        <translation>Umschalt+Mausrad, horizontales Mausrad, Ziehen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Show the whole timeline</source>
        <translation>Die ganze Zeitleiste zeigen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Tab moves between the table and the Close button; Esc closes.</source>
        <translation>Tab wechselt zwischen der Tabelle und der Schaltfläche „Schließen“; Esc schließt.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Timeline</source>
        <comment>a part of the window</comment>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>What it does</source>
        <translation>Was sie bewirkt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Zoom in / out</source>
        <translation>Vergrößern / verkleinern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Zoom in and out around the pointer</source>
        <translation>Um den Mauszeiger vergrößern und verkleinern</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Zoom to the event</source>
        <translation>Auf das Ereignis zoomen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Zoom to the selected event</source>
        <translation>Auf das ausgewählte Ereignis zoomen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>↓ in the search box</source>
        <translation>↓ im Suchfeld</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>%n events</source>
        <extracomment>English for 1: %n event</extracomment>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Events in time order</source>
        <translation>Ereignisse in zeitlicher Reihenfolge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>No match among %n events</source>
        <extracomment>English for 1: No match among %n event</extracomment>
        <translation>
            <numerusform>Kein Treffer unter %n Ereignis</numerusform>
            <numerusform>Kein Treffer unter %n Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Search events</source>
        <translation>Ereignisse suchen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Search events…</source>
        <translation>Ereignisse suchen…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Show or hide the category “{name}”</source>
        <translation>Kategorie „{name}“ ein- oder ausblenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>{row} of %n matches</source>
        <extracomment>English for 1: {row} of %n match</extracomment>
        <translation>
            <numerusform>{row} von %n Treffer</numerusform>
            <numerusform>{row} von %n Treffern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>{shown} of %n events</source>
        <extracomment>English for 1: {shown} of %n event</extracomment>
        <translation>
            <numerusform>{shown} von %n Ereignis</numerusform>
            <numerusform>{shown} von %n Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>{shown} of %n events match</source>
        <extracomment>English for 1: {shown} of %n event match</extracomment>
        <translation>
            <numerusform>Treffer: {shown} von %n Ereignis</numerusform>
            <numerusform>Treffer: {shown} von %n Ereignissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Simile</name>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>a SIMILE JSON file is an object with a list &quot;events&quot;</source>
        <translation>eine SIMILE-JSON-Datei ist ein Objekt mit einer Liste &quot;events&quot;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>event {number} has neither a title nor a description; skipped</source>
        <translation>Ereignis {number} hat weder Titel noch Beschreibung; übersprungen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>event {number} is not an object</source>
        <translation>Ereignis {number} ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>events with a start date and a title</source>
        <translation>Ereignisse mit Anfangsdatum und Titel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>the date is empty</source>
        <translation>das Datum ist leer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>the root element is {element}; SIMILE files have &lt;data&gt;</source>
        <translation>das Wurzelelement ist {element}; SIMILE-Dateien haben &lt;data&gt;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{element} is not an event; skipped</source>
        <translation>{element} ist kein Ereignis; übersprungen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text} is not a date SIMILE Timeline reads; write a year (1840, 200 BC) or a date such as &apos;Nov 14 1840 00:00:00 GMT&apos; or 1840-11-14</source>
        <translation>{text} ist kein Datum, das SIMILE Timeline liest; schreiben Sie ein Jahr (1840, 200 BC) oder ein Datum wie &apos;Nov 14 1840 00:00:00 GMT&apos; oder 1840-11-14</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text} is not a year (SIMILE reads a date this short as a year)</source>
        <translation>{text} ist kein Jahr (SIMILE liest ein so kurzes Datum als Jahr)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text} is not an ISO 8601 date, which this file says it uses</source>
        <translation>{text} ist kein Datum nach ISO 8601, wie es diese Datei laut eigener Angabe verwendet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text}: UTC offset {offset} is out of range (-14:00 to +14:00)</source>
        <translation>{text}: der UTC-Versatz {offset} liegt außerhalb des gültigen Bereichs (-14:00 bis +14:00)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text}: a year before the common era counts from 1</source>
        <translation>{text}: ein Jahr vor Christus zählt ab 1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text}: {hour} is not an hour of a 12-hour clock</source>
        <translation>{text}: {hour} ist keine Stunde einer 12-Stunden-Uhr</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{title} has no start date; skipped</source>
        <translation>{title} hat kein Anfangsdatum; übersprungen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{title} is skipped: it ends before it starts</source>
        <translation>{title} wird übersprungen: es endet, bevor es beginnt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{title} is skipped: {problem}</source>
        <translation>{title} wird übersprungen: {problem}</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was lost: it stopped after {part}.</source>
        <translation>Eine Anfrage eines weiteren Starts von Timeline ging verloren: Sie brach nach {part} ab.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was lost: it was cut off after {part}.</source>
        <translation>Eine Anfrage eines weiteren Starts von Timeline ging verloren: Sie wurde nach {part} abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it has fields this version does not know: {names}.</source>
        <translation>Eine Anfrage eines weiteren Starts von Timeline wurde abgelehnt: Sie hat Felder, die diese Version nicht kennt: {names}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it is not UTF-8 text.</source>
        <translation>Eine Anfrage eines weiteren Starts von Timeline wurde abgelehnt: Sie ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it is not valid JSON.</source>
        <translation>Eine Anfrage eines weiteren Starts von Timeline wurde abgelehnt: Sie ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it is {kind}, not an object.</source>
        <translation>Eine Anfrage eines weiteren Starts von Timeline wurde abgelehnt: Sie ist {kind}, kein Objekt.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it is {size} bytes long; at most {limit} are read.</source>
        <translation>Eine Anfrage eines weiteren Starts von Timeline wurde abgelehnt: Sie ist {size} Byte lang; höchstens {limit} werden gelesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it names %n files; at most {limit} open at once.</source>
        <translation>
            <numerusform>Eine Anfrage eines weiteren Starts von Timeline wurde abgelehnt: Sie nennt %n Datei; höchstens {limit} werden auf einmal geöffnet.</numerusform>
            <numerusform>Eine Anfrage eines weiteren Starts von Timeline wurde abgelehnt: Sie nennt %n Dateien; höchstens {limit} werden auf einmal geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it nests too deeply.</source>
        <translation>Eine Anfrage eines weiteren Starts von Timeline wurde abgelehnt: Sie ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: its “open” is {what}, not a list of files.</source>
        <translation>Eine Anfrage eines weiteren Starts von Timeline wurde abgelehnt: Ihr „open“ ist {what}, keine Liste von Dateien.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>File {n} of the request is an empty name.</source>
        <translation>Datei {n} der Anfrage ist ein leerer Name.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>File {n} of the request is {kind}, not a file name.</source>
        <translation>Datei {n} der Anfrage ist {kind}, kein Dateiname.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>{received} of its {size} bytes</source>
        <translation>{received} ihrer {size} Byte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>{received} of the 4 bytes of its length</source>
        <translation>{received} der 4 Byte ihrer Länge</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>“{name}”: a name of {length} characters is longer than any file system allows ({limit}).</source>
        <translation>„{name}“: Ein Name mit {length} Zeichen ist länger, als es ein Dateisystem erlaubt ({limit}).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>“{name}”: not a full path, so it is unclear which folder it is in.</source>
        <translation>„{name}“: kein vollständiger Pfad, daher ist unklar, in welchem Ordner die Datei liegt.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>“{name}”: the name holds a NUL character, which no file name can.</source>
        <translation>„{name}“: Der Name enthält ein NUL-Zeichen, das kein Dateiname enthalten kann.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>“{name}”: the name holds characters no file name can.</source>
        <translation>„{name}“: Der Name enthält Zeichen, die kein Dateiname enthalten kann.</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>A quote holds at most {limit} characters.</source>
        <translation>Ein Zitat hat höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>A quote is one passage from one paragraph: make two quotes.</source>
        <translation>Ein Zitat ist eine Stelle aus einem Absatz: Machen Sie zwei Zitate daraus.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Select a passage within one paragraph, then press Use as Quote.</source>
        <translation>Wählen Sie eine Stelle innerhalb eines Absatzes und drücken Sie dann „Als Zitat verwenden“.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Source text</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Source text — {title}</source>
        <translation>Quelltext – {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>The text of “{title}” cannot be shown: {reason}.</source>
        <translation>Der Text von „{title}“ kann nicht angezeigt werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Title</source>
        <comment>the title of a source text</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Use as Quote</source>
        <translation>Als Zitat verwenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>{locator}: %n characters selected</source>
        <extracomment>English for 1: {locator}: %n character selected</extracomment>
        <translation>
            <numerusform>{locator}: %n Zeichen ausgewählt</numerusform>
            <numerusform>{locator}: %n Zeichen ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>a sheet of the spreadsheet spans {cells} cells (from A1 to its last cell with anything in it); at most {limit} are read</source>
        <translation>ein Blatt der Tabelle umfasst {cells} Zellen (von A1 bis zur letzten gefüllten Zelle); höchstens {limit} werden gelesen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>row {row}, column {column}</source>
        <translation>Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>row {row}: a quoted cell is never closed (a &quot; is missing), so the rest of the file would be read as one cell</source>
        <translation>Zeile {row}: eine Zelle in Anführungszeichen wird nie geschlossen (ein &quot; fehlt), daher würde der Rest der Datei als eine Zelle gelesen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>row {row}: the file is not readable as CSV ({reason})</source>
        <translation>Zeile {row}: die Datei ist als CSV nicht lesbar ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>sheet {sheet}, {place}</source>
        <translation>Blatt {sheet}, {place}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the file is not UTF-8; it was read as Windows-1252 (Excel&apos;s plain CSV): check accented letters, or save it as &apos;CSV UTF-8&apos;</source>
        <translation>die Datei ist kein UTF-8; sie wurde als Windows-1252 gelesen (Excels einfaches CSV): Prüfen Sie Umlaute und Akzente, oder speichern Sie sie als &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the file is not a spreadsheet this app reads (an .xlsx or .ods workbook, or CSV text)</source>
        <translation>die Datei ist keine Tabelle, die dieses Programm liest (eine .xlsx- oder .ods-Arbeitsmappe oder CSV-Text)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet cannot be opened ({reason})</source>
        <translation>die Tabelle kann nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet cannot be opened: it is damaged ({reason})</source>
        <translation>die Tabelle kann nicht geöffnet werden: sie ist beschädigt ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet cannot be read: {reason}</source>
        <translation>die Tabelle kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet has no sheets</source>
        <translation>die Tabelle hat keine Blätter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet unpacks to {size} bytes; the limit is {limit} bytes; it was not read</source>
        <translation>die Tabelle entpackt sich zu {size} Byte; die Grenze ist {limit} Byte; sie wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Ticks</name>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>in {time}</source>
        <comment>a time after 1950</comment>
        <translation>in {time}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>present</source>
        <comment>the year 1950 on a scale of years before present</comment>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{n} Ga</source>
        <comment>billions of years</comment>
        <translation>{n} Mrd. J.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{n} Ma</source>
        <comment>millions of years</comment>
        <translation>{n} Mio. J.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{n} ka</source>
        <comment>thousands of years</comment>
        <translation>{n} Tsd. J.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../timeline_app/model/timeline.py"/>
        <source>All shown categories</source>
        <translation>Alle angezeigten Kategorien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timeline.py"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timeline.py"/>
        <source>{speaker}, quoted in {citation}</source>
        <translation>{speaker}, zitiert in {citation}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timeline.py"/>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/canvas.py"/>
        <source>%n more events here. Click to zoom in.</source>
        <translation>
            <numerusform>%n weiteres Ereignis hier. Klicken zum Hineinzoomen.</numerusform>
            <numerusform>%n weitere Ereignisse hier. Klicken zum Hineinzoomen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/canvas.py"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TimelineJSSheetWriter</name>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>A TimelineJS sheet cannot hold: {what}</source>
        <translation>Eine TimelineJS-Tabelle kann nicht aufnehmen: {what}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>categories whose names the sheet reads differently</source>
        <translation>Kategorien, deren Namen die Tabelle anders liest</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>categories without events</source>
        <translation>Kategorien ohne Ereignisse</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>category colours</source>
        <translation>Farben der Kategorien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>date sources and date notes</source>
        <translation>Quellen und Anmerkungen zu Daten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>dates the sheet writes differently (a time zone, or a precision of its own)</source>
        <translation>Daten, die die Tabelle anders schreibt (eine Zeitzone oder eine eigene Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>eras&apos; colours, or eras the sheet reads differently</source>
        <translation>Farben von Epochen oder Epochen, die die Tabelle anders liest</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>more than one picture or media item, or one the sheet reads differently</source>
        <translation>mehr als ein Bild oder Medium, oder eines, das die Tabelle anders liest</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>quotes the sheet reads differently (with no source or locator, or blank)</source>
        <translation>Zitate, die die Tabelle anders liest (ohne Quelle oder Fundstelle, oder leer)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>sources the sheet cannot name as they are (an author, an address, a note, a full text, a title with commas, or no quote citing them)</source>
        <translation>Quellen, die die Tabelle nicht so benennen kann, wie sie sind (mit Autor, Adresse, Notiz, Volltext, einem Titel mit Kommas oder ohne Zitat, das sie anführt)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>the order of the categories</source>
        <translation>die Reihenfolge der Kategorien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>the rows left out when the file was opened</source>
        <translation>die beim Öffnen ausgelassenen Zeilen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>the timeline&apos;s title or description</source>
        <translation>Titel oder Beschreibung der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>titles or texts the sheet reads differently</source>
        <translation>Titel oder Texte, die die Tabelle anders liest</translation>
    </message>
</context>
<context>
    <name>TimelineJs</name>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a day of that month</source>
        <translation>ein Tag dieses Monats</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a day of the month</source>
        <translation>ein Tag des Monats</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a minute (0 to 59)</source>
        <translation>eine Minute (0 bis 59)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a month (1 to 12)</source>
        <translation>ein Monat (1 bis 12)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a second (0 to 59)</source>
        <translation>eine Sekunde (0 bis 59)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a year</source>
        <translation>ein Jahr</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>an era needs an end date; it is left out</source>
        <translation>eine Epoche braucht ein Enddatum; sie wird ausgelassen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>an hour (0 to 23)</source>
        <translation>eine Stunde (0 bis 23)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>the end ({end}) is before the start ({start}); it is left out</source>
        <translation>das Ende ({end}) liegt vor dem Beginn ({start}); es wird ausgelassen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>the era {title} keeps its headline and dates only; its {fields} is not shown (as in TimelineJS)</source>
        <translation>die Epoche {title} behält nur Überschrift und Daten; {fields} wird nicht gezeigt (wie in TimelineJS)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>the year is empty</source>
        <translation>das Jahr ist leer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>the year {year} is beyond the supported range (±{limit} years)</source>
        <translation>das Jahr {year} liegt außerhalb des unterstützten Bereichs (±{limit} Jahre)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>{value} is not a date (write 1943-06-05, 6/5/1943 or 1943)</source>
        <translation>{value} ist kein Datum (schreiben Sie 1943-06-05, 6/5/1943 oder 1943)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>{value} is not a time of day (write 3:30 pm, 15:30, 1530 or 15.30)</source>
        <translation>{value} ist keine Uhrzeit (schreiben Sie 3:30 pm, 15:30, 1530 oder 15.30)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>{value} is not {what}</source>
        <translation>{value} passt nicht: erwartet wurde {what}</translation>
    </message>
</context>
<context>
    <name>TimelineJsJson</name>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>an event</source>
        <translation>ein Ereignis</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>and %n more problems like these</source>
        <extracomment>English for 1: and %n more problem like these</extracomment>
        <translation>
            <numerusform>und %n weiteres Problem dieser Art</numerusform>
            <numerusform>und %n weitere Probleme dieser Art</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>must be text or a number, not {kind}</source>
        <translation>muss Text oder eine Zahl sein, gefunden: {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>the file has no events that can be read</source>
        <translation>die Datei hat keine lesbaren Ereignisse</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>the file is not a TimelineJS timeline (an object)</source>
        <translation>die Datei ist keine TimelineJS-Zeitleiste (ein Objekt)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>the file is not a TimelineJS timeline: it has neither &apos;events&apos; nor a &apos;timeline&apos; object</source>
        <translation>die Datei ist keine TimelineJS-Zeitleiste: sie hat weder &apos;events&apos; noch ein &apos;timeline&apos;-Objekt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>the number is too large to be read</source>
        <translation>die Zahl ist zu groß, um gelesen zu werden</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>{key} must be a list [...]</source>
        <translation>{key} muss eine Liste [...] sein</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>{what} must be an object {object}</source>
        <translation>{what} muss ein Objekt {object} sein</translation>
    </message>
</context>
<context>
    <name>TimelineJsSheet</name>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>and %n more problems like these</source>
        <extracomment>English for 1: and %n more problem like these</extracomment>
        <translation>
            <numerusform>und %n weiteres Problem dieser Art</numerusform>
            <numerusform>und %n weitere Probleme dieser Art</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>the sheet has no &apos;Year&apos; column, which TimelineJS needs; its first row has {cells}</source>
        <translation>die Tabelle hat keine Spalte &apos;Year&apos;, die TimelineJS braucht; ihre erste Zeile enthält {cells}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>the sheet has no events: no row below the header has a Year that can be read</source>
        <translation>die Tabelle hat keine Ereignisse: keine Zeile unter der Kopfzeile hat ein lesbares Year</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>the sheet is empty</source>
        <translation>die Tabelle ist leer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>this quote has no event above it to belong to; it is left out</source>
        <translation>dieses Zitat hat kein Ereignis darüber, zu dem es gehört; es wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>TimelineJson</name>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>&apos;source&apos; is required: the id of the source the quote is from (defined: {ids})</source>
        <translation>&apos;source&apos; ist erforderlich: die ID der Quelle, aus der das Zitat stammt (definiert: {ids})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>&apos;source&apos; is required: the id of the source the quote is from; the file defines no sources yet, so add one to &apos;sources&apos; first</source>
        <translation>&apos;source&apos; ist erforderlich: die ID der Quelle, aus der das Zitat stammt; die Datei definiert noch keine Quellen, fügen Sie also zuerst eine zu &apos;sources&apos; hinzu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>&apos;year&apos; must be a whole number such as 2017, not {kind}</source>
        <translation>&apos;year&apos; muss eine ganze Zahl wie 2017 sein, gefunden: {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a category</source>
        <translation>eine Kategorie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a media item</source>
        <translation>ein Medium</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a quote</source>
        <translation>ein Zitat</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>an era</source>
        <translation>eine Epoche</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>an event</source>
        <translation>ein Ereignis</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>category id {id} is used twice</source>
        <translation>die Kategorie-ID {id} wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>contains the invisible control character {code} at position {position}; remove it</source>
        <translation>enthält das unsichtbare Steuerzeichen {code} an Position {position}; entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>each participant must be a name in double quotes</source>
        <translation>jede(r) Beteiligte muss ein Name in doppelten Anführungszeichen sein</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>event id {id} is used twice (first at {first})</source>
        <translation>die Ereignis-ID {id} wird zweimal verwendet (zuerst bei {first})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>event {id}: the end is the same as the start ({start}); it is shown as a single date</source>
        <translation>Ereignis {id}: das Ende ist gleich dem Beginn ({start}); es wird als einzelnes Datum gezeigt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>event {id}: the title has {length} characters; the timeline shows the beginning, the detail pane all of it</source>
        <translation>Ereignis {id}: der Titel hat {length} Zeichen; die Zeitleiste zeigt den Anfang, die Detailansicht alles</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>event {id}: year 0000 is 1 BCE (ISO 8601 counts a year 0); write &quot;1 BCE&quot; to say so plainly, or 0001 for 1 CE</source>
        <translation>Ereignis {id}: das Jahr 0000 ist 1 v. Chr. (ISO 8601 zählt ein Jahr 0); schreiben Sie &quot;1 BCE&quot;, um es deutlich zu sagen, oder 0001 für 1 n. Chr.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>must be &quot;{name}&quot; (is this a timeline-app file?)</source>
        <translation>muss &quot;{name}&quot; sein (ist das eine Datei von timeline-app?)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>must be one of {names}</source>
        <translation>muss eines von {names} sein</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>must be one of {names}; got {value}</source>
        <translation>muss eines von {names} sein; gefunden: {value}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>not valid JSON ({reason})</source>
        <translation>kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>only http:// and https:// links are allowed</source>
        <translation>nur http://- und https://-Links sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>source id {id} is used twice</source>
        <translation>die Quellen-ID {id} wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the end {end} is before the start {start}</source>
        <translation>das Ende {end} liegt vor dem Beginn {start}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the era has no &apos;end&apos; date</source>
        <translation>die Epoche hat kein &apos;end&apos;-Datum</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the era has no &apos;start&apos; date</source>
        <translation>die Epoche hat kein &apos;start&apos;-Datum</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the event has no &apos;start&apos; date</source>
        <translation>das Ereignis hat kein &apos;start&apos;-Datum</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the file has no &apos;events&apos; list</source>
        <translation>die Datei hat keine &apos;events&apos;-Liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the file is empty; expected a JSON object</source>
        <translation>die Datei ist leer; erwartet wurde ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the top level must be an object {object}, not {kind}</source>
        <translation>die oberste Ebene muss ein Objekt {object} sein, gefunden: {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>this app reads format version {version}; the file says {found}</source>
        <translation>dieses Programm liest die Formatversion {version}; die Datei nennt {found}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown category {ref} (defined: {ids})</source>
        <translation>unbekannte Kategorie {ref} (definiert: {ids})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown category {ref} (no category is defined)</source>
        <translation>unbekannte Kategorie {ref} (keine Kategorie definiert)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown category {ref}; did you mean {close}?</source>
        <translation>unbekannte Kategorie {ref}; meinten Sie {close}?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown field {key}; did you mean {close}?</source>
        <translation>unbekanntes Feld {key}; meinten Sie {close}?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown field {key}; {what} may have: {fields}</source>
        <translation>unbekanntes Feld {key}; zulässige Felder für {what}: {fields}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown source {ref} (defined: {ids})</source>
        <translation>unbekannte Quelle {ref} (definiert: {ids})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown source {ref} (no source is defined)</source>
        <translation>unbekannte Quelle {ref} (keine Quelle definiert)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown source {ref}; did you mean {close}?</source>
        <translation>unbekannte Quelle {ref}; meinten Sie {close}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{ids} and %n more</source>
        <extracomment>English for 1: {ids} and %n more</extracomment>
        <translation>
            <numerusform>{ids} und %n weitere</numerusform>
            <numerusform>{ids} und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} is required and must be text</source>
        <translation>{key} ist erforderlich und muss Text sein</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} is {length} characters long; the limit is {limit}</source>
        <translation>{key} ist {length} Zeichen lang; die Grenze ist {limit}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} is {length} characters long; the limit is {limit}; put the rest in {rest}</source>
        <translation>{key} ist {length} Zeichen lang; die Grenze ist {limit}; schreiben Sie den Rest in {rest}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be a date such as &quot;2017-05-10&quot;</source>
        <translation>{key} muss ein Datum wie &quot;2017-05-10&quot; sein</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be a list [...]</source>
        <translation>{key} muss eine Liste [...] sein</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be a list [...], not {kind}</source>
        <translation>{key} muss eine Liste [...] sein, gefunden: {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be text in double quotes, not {kind}</source>
        <translation>{key} muss Text in doppelten Anführungszeichen sein, gefunden: {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be text, not null; or leave it out</source>
        <translation>{key} muss Text sein, nicht null; oder lassen Sie es weg</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must not be empty</source>
        <translation>{key} darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must not be empty: it has only invisible characters ({names})</source>
        <translation>{key} darf nicht leer sein: es enthält nur unsichtbare Zeichen ({names})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{label} is finer than the start date {start} says</source>
        <translation>{label} ist feiner, als das Beginndatum {start} angibt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{value} is not a colour; write #rrggbb, e.g. #0072B2</source>
        <translation>{value} ist keine Farbe; schreiben Sie #rrggbb, z. B. #0072B2</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{value} is not a valid id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (start with a letter or digit, at most 128 characters)</source>
        <translation>{value} ist keine gültige ID: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; (am Anfang ein Buchstabe oder eine Ziffer, höchstens 128 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{what} must be an object {object}, not {kind}</source>
        <translation>{what} muss ein Objekt {object} sein, gefunden: {kind}</translation>
    </message>
</context>
<context>
    <name>TimelineProject</name>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>&lt;event&gt; elements with a &lt;start&gt;, an &lt;end&gt; and a &lt;text&gt;</source>
        <translation>&lt;event&gt;-Elemente mit &lt;start&gt;, &lt;end&gt; und &lt;text&gt;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>a category without a name is skipped</source>
        <translation>eine Kategorie ohne Namen wird übersprungen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>category {name}: its parent {parent} is not in the file</source>
        <translation>Kategorie {name}: ihre übergeordnete Kategorie {parent} ist nicht in der Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>category {name}: {problem}</source>
        <translation>Kategorie {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>colour {value} has a part over 255; it is left out</source>
        <translation>die Farbe {value} hat einen Anteil über 255; sie wird ausgelassen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>colour {value} is not written r,g,b; it is left out</source>
        <translation>die Farbe {value} ist nicht als r,g,b geschrieben; sie wird ausgelassen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>era {name} is skipped: {problem}</source>
        <translation>die Epoche {name} wird übersprungen: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>era {name}: {problem}</source>
        <translation>Epoche {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>event {number}</source>
        <translation>Ereignis {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>event {number} has no text (title); skipped</source>
        <translation>Ereignis {number} hat keinen Text (Titel); übersprungen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>it ends ({end}) before it starts ({start})</source>
        <translation>es endet ({end}), bevor es beginnt ({start})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>it has no &lt;start&gt;</source>
        <translation>es hat kein &lt;start&gt;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the Bosparanian calendar of The Dark Eye</source>
        <translation>den Bosparanischen Kalender von Das Schwarze Auge</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the Coptic calendar</source>
        <translation>den koptischen Kalender</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the Pharaonic calendar</source>
        <translation>den pharaonischen Kalender</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the file has no version number such as &lt;version&gt;2.5.0&lt;/version&gt;; it is not a file of The Timeline Project</source>
        <translation>die Datei hat keine Versionsnummer wie &lt;version&gt;2.5.0&lt;/version&gt;; sie ist keine Datei von The Timeline Project</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the root element is {element}; a .timeline file has &lt;timeline&gt;</source>
        <translation>das Wurzelelement ist {element}; eine .timeline-Datei hat &lt;timeline&gt;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>this is a numeric timeline (timetype numtime): its times are plain numbers such as 5 or 24, not dates, so they cannot be placed on a calendar</source>
        <translation>das ist eine numerische Zeitleiste (timetype numtime): ihre Zeiten sind bloße Zahlen wie 5 oder 24, keine Daten, und lassen sich daher nicht in einen Kalender einordnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>this is a text file of an early version of The Timeline Project ({written_by}), from before its XML format (0.10); open it in The Timeline Project 0.21.1, which converts it, and open the saved file</source>
        <translation>das ist eine Textdatei einer frühen Version von The Timeline Project ({written_by}), aus der Zeit vor dem XML-Format (0.10); öffnen Sie sie in The Timeline Project 0.21.1, das sie umwandelt, und öffnen Sie dann die gespeicherte Datei</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>this timeline uses {calendar} (timetype {kind}); only timelines of the Gregorian calendar (gregoriantime) can be opened</source>
        <translation>diese Zeitleiste verwendet {calendar} (timetype {kind}); nur Zeitleisten im gregorianischen Kalender (gregoriantime) lassen sich öffnen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>unknown timetype {kind}; expected gregoriantime</source>
        <translation>unbekannter timetype {kind}; erwartet wurde gregoriantime</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>{event} belongs to container {container}, which is not in the file; it is shown on its own</source>
        <translation>{event} gehört zum Container {container}, der nicht in der Datei ist; es wird für sich gezeigt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>{event} is skipped: {problem}</source>
        <translation>{event} wird übersprungen: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>{event}: category {category} is not among the file&apos;s categories; it is kept in the event&apos;s notes</source>
        <translation>{event}: die Kategorie {category} gehört nicht zu den Kategorien der Datei; sie bleibt in den Notizen des Ereignisses erhalten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>{value} is not a time as The Timeline Project writes it (YYYY-MM-DD hh:mm:ss)</source>
        <translation>{value} ist keine Zeitangabe, wie The Timeline Project sie schreibt (YYYY-MM-DD hh:mm:ss)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../timeline_app/ui/undo.py"/>
        <source>Edit</source>
        <comment>a change</comment>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>XmlFiles</name>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file declares an XML entity ({name}); entities are refused, since a few lines of them can expand to gigabytes</source>
        <translation>die Datei deklariert eine XML-Entität ({name}); Entitäten werden abgelehnt, da wenige Zeilen davon sich zu Gigabytes aufblähen können</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file declares an XML entity; entities are refused, since a few lines of them can expand to gigabytes</source>
        <translation>die Datei deklariert eine XML-Entität; Entitäten werden abgelehnt, da wenige Zeilen davon sich zu Gigabytes aufblähen können</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file ends before its XML is complete (is it cut short?)</source>
        <translation>die Datei endet, bevor ihr XML vollständig ist (ist sie abgeschnitten?)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file is not valid {encoding} (byte offset {offset}); save it as UTF-8</source>
        <translation>die Datei ist kein gültiges {encoding} (Byte {offset}); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file is not well-formed XML ({reason})</source>
        <translation>die Datei ist kein wohlgeformtes XML ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file names an unknown encoding {name}</source>
        <translation>die Datei nennt eine unbekannte Kodierung {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file refers to an outside file or address ({target}) through an XML entity; it is refused and nothing is read: a timeline file must hold its own text</source>
        <translation>die Datei verweist über eine XML-Entität auf eine fremde Datei oder Adresse ({target}); das wird abgelehnt und nichts gelesen: eine Zeitleisten-Datei muss ihren Text selbst enthalten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file refers to an outside file or address through an XML entity; it is refused and nothing is read: a timeline file must hold its own text</source>
        <translation>die Datei verweist über eine XML-Entität auf eine fremde Datei oder Adresse; das wird abgelehnt und nichts gelesen: eine Zeitleisten-Datei muss ihren Text selbst enthalten</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file&apos;s elements are nested too deeply</source>
        <translation>die Elemente der Datei sind zu tief verschachtelt</translation>
    </message>
</context>
</TS>
