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
</TS>
