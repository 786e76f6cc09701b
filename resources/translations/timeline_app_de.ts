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
    <name>Dates</name>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>.</source>
        <comment>the decimal sign, as in 4.5</comment>
        <translation>,</translation>
    </message>
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
    <name>Numbers</name>
    <message>
        <location filename="../../timeline_app/i18n.py"/>
        <source>,</source>
        <comment>the thousands separator in 1,234,567</comment>
        <translation>.</translation>
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
    <name>Undo</name>
    <message>
        <location filename="../../timeline_app/ui/undo.py"/>
        <source>Edit</source>
        <comment>a change</comment>
        <translation>Änderung</translation>
    </message>
</context>
</TS>
