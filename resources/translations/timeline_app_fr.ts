<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>%n events shown, {dates}. {how}</source>
        <extracomment>English for 1: %n event shown, {dates}. {how}</extracomment>
        <translation>
            <numerusform>%n événement affiché, {dates}. {how}</numerusform>
            <numerusform>%n événements affichés, {dates}. {how}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>%n more events, {dates}</source>
        <extracomment>English for 1: %n more event, {dates}</extracomment>
        <translation>
            <numerusform>%n autre événement, {dates}</numerusform>
            <numerusform>%n autres événements, {dates}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>%n quotes</source>
        <extracomment>English for 1: %n quote</extracomment>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>%n quotes of {title}</source>
        <extracomment>English for 1: %n quote of {title}</extracomment>
        <translation>
            <numerusform>%n citation pour {title}</numerusform>
            <numerusform>%n citations pour {title}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Copies quote {number} of {count} and its citation</source>
        <translation>Copie la citation {number} sur {count} avec sa source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Copy quote with citation</source>
        <translation>Copier la citation avec sa source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Event card</source>
        <translation>Fiche de l’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Folded for lack of room. Click to zoom in and show them.</source>
        <translation>Regroupés faute de place. Cliquez pour zoomer et les afficher.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Keys shown; press question mark again to hide them</source>
        <translation>Touches affichées&#xa0;; appuyez de nouveau sur le point d’interrogation pour les masquer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>More quotes, page {page} of {pages} (more follow): {text}</source>
        <translation>Autres citations, page {page} sur {pages} (la suite vient après)&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>More quotes, page {page} of {pages}: {text}</source>
        <translation>Autres citations, page {page} sur {pages}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Quote {number} of {count}: {text}</source>
        <translation>Citation {number} sur {count}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Reveal mode off</source>
        <translation>Mode révélation désactivé</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Reveal mode on: the date and the quotes come on the next click</source>
        <translation>Mode révélation activé&#xa0;: la date et les citations apparaissent au clic suivant</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Screen blanked to black</source>
        <translation>Écran passé au noir</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Screen blanked to white</source>
        <translation>Écran passé au blanc</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Show more quotes</source>
        <translation>Afficher plus de citations</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Showing {dates}</source>
        <translation>Affiché&#xa0;: {dates}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Source quotes</source>
        <translation>Citations des sources</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Tab and Shift+Tab select the next or previous event; F6 or Ctrl+Tab moves to the next pane.</source>
        <translation>Tab et Maj+Tab sélectionnent l’événement suivant ou précédent&#xa0;; F6 ou Ctrl+Tab passe au volet suivant.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>The whole timeline</source>
        <translation>Toute la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Timeline shown again</source>
        <translation>Frise de nouveau affichée</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>Web address {url}: asks before it opens</source>
        <translation>Adresse web {url}&#xa0;: demande confirmation avant de s’ouvrir</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>date not yet shown</source>
        <translation>date pas encore affichée</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>no quotes</source>
        <translation>aucune citation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/accessibility.py"/>
        <source>{date}: the date and the quotes are shown</source>
        <translation>{date}&#xa0;: la date et les citations sont affichées</translation>
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
        <translation>Une erreur inattendue s’est produite&#xa0;: {error}.
L’application continue de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/app.py"/>
        <source>Details were written to {path}.</source>
        <translation>Les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/app.py"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
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
        <translation>{date} à {time} {zone}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{date}, {time}–{end_time} {zone}</source>
        <translation>{date}, {time}–{end_time} {zone}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{day} {month} – {end_day} {end_month} {year}</source>
        <translation>{day} {month} – {end_day} {end_month} {year}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timepoint.py"/>
        <source>{day}–{end_day} {month} {year}</source>
        <translation>{day}–{end_day} {month} {year}</translation>
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
        <translation>{year} av. J.-C.</translation>
    </message>
</context>
<context>
    <name>DetailHtml</name>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>(in the file; it cannot be shown)</source>
        <translation>(dans le fichier&#xa0;; ne peut pas être affiché)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Copy quote with citation</source>
        <translation>Copier la citation avec sa source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Date as given in the article.</source>
        <translation>Date telle que donnée dans l’article.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Date from the public record, not from the article.</source>
        <translation>Date issue des sources publiques, pas de l’article.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Embedded</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Not found verbatim in the source. Closest passage, in {where}:</source>
        <translation>Introuvable mot pour mot dans la source. Passage le plus proche, dans {where}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Open the source</source>
        <translation>Ouvrir la source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Show more quotes</source>
        <translation>Afficher plus de citations</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Source quote</source>
        <translation>Citation de la source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Source quotes</source>
        <translation>Citations des sources</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Unchecked: {reason}</source>
        <translation>Non vérifiée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>{address} (not found beside the timeline file)</source>
        <translation>{address} (introuvable à côté du fichier de la frise)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>{address} (only files beside the timeline file are shown)</source>
        <translation>{address} (seuls les fichiers à côté du fichier de la frise sont affichés)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/render/html.py"/>
        <source>{differences}; and %n more</source>
        <translation>
            <numerusform>{differences}&#xa0;; et %n autre</numerusform>
            <numerusform>{differences}&#xa0;; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/html.py"/>
        <source>{kind}: {what}</source>
        <translation>{kind}&#xa0;: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/render/html.py"/>
        <source>{shown} of %n quotes shown.</source>
        <translation>
            <numerusform>{shown} citation sur %n affichée.</numerusform>
            <numerusform>{shown} citations sur %n affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>an event already has the id {id}</source>
        <translation>un événement a déjà l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>no category has the id {id}: add the category first</source>
        <translation>aucune catégorie n’a l’identifiant {id}&#xa0;: ajoutez d’abord la catégorie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>no event has the id {id}</source>
        <translation>aucun événement n’a l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>the year {year} is beyond the years a timeline can hold (±{most})</source>
        <translation>l’année {year} dépasse les années qu’une frise peut contenir (±{most})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/edit.py"/>
        <source>the ‘Other’ lane holds the events of no category and cannot be renamed or recoloured: give them a category instead</source>
        <translation>la ligne «&#xa0;Autres&#xa0;» contient les événements sans catégorie et ne peut être ni renommée ni recolorée&#xa0;: donnez-leur plutôt une catégorie</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <location filename="../../timeline_app/render/export.py"/>
        <source>%n events do not fit on {paper}: try a shorter range of dates</source>
        <extracomment>English for 1: %n event does not fit on {paper}: try a shorter range of dates</extracomment>
        <translation>
            <numerusform>%n événement ne tient pas sur {paper}&#xa0;: essayez une période plus courte</numerusform>
            <numerusform>%n événements ne tiennent pas sur {paper}&#xa0;: essayez une période plus courte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/render/export.py"/>
        <source>%n events do not fit on {paper}: try {remedy}</source>
        <extracomment>English for 1: %n event does not fit on {paper}: try {remedy}</extracomment>
        <translation>
            <numerusform>%n événement ne tient pas sur {paper}&#xa0;: essayez {remedy}</numerusform>
            <numerusform>%n événements ne tiennent pas sur {paper}&#xa0;: essayez {remedy}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/render/export.py"/>
        <source>%n events do not fit on {width} × {height} px: try a larger size</source>
        <extracomment>English for 1: %n event does not fit on {width} × {height} px: try a larger size</extracomment>
        <translation>
            <numerusform>%n événement ne tient pas sur {width} × {height} px&#xa0;: essayez une taille plus grande</numerusform>
            <numerusform>%n événements ne tiennent pas sur {width} × {height} px&#xa0;: essayez une taille plus grande</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>a {pages}-page poster</source>
        <translation>une affiche de {pages} pages</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>height {value} px is out of range ({least} to {most} px)</source>
        <translation>hauteur de {value} px hors limites ({least} à {most} px)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>margin {margin} mm is out of range (0 to 50 mm)</source>
        <translation>marge de {margin} mm hors limites (0 à 50 mm)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>no events between {start} and {end}; nothing to export</source>
        <translation>aucun événement entre {start} et {end}&#xa0;; rien à exporter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>page {page} of {pages}</source>
        <translation>page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos; ends before it starts</source>
        <translation>la période «&#xa0;{range}&#xa0;» finit avant de commencer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos; has too many dots to tell where FROM ends; write FROM..TO, for example 2017-05..2017-07</source>
        <translation>la période «&#xa0;{range}&#xa0;» a trop de points pour savoir où finit FROM&#xa0;; écrivez FROM..TO, par exemple 2017-05..2017-07</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos; is {length} characters long; write FROM..TO in at most {most}, for example 2017-05..2017-07</source>
        <translation>la période «&#xa0;{range}&#xa0;» fait {length} caractères&#xa0;; écrivez FROM..TO en {most} caractères au plus, par exemple 2017-05..2017-07</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos; must look like FROM..TO, for example 2017-05..2017-07</source>
        <translation>la période «&#xa0;{range}&#xa0;» doit avoir la forme FROM..TO, par exemple 2017-05..2017-07</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>range &apos;{range}&apos;: {problem}</source>
        <translation>période «&#xa0;{range}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>text size {size} is out of range ({least} to {most})</source>
        <translation>taille du texte {size} hors limites ({least} à {most})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>the export was cancelled</source>
        <translation>l’export a été annulé</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>the image could not be encoded as PNG</source>
        <translation>l’image n’a pas pu être encodée en PNG</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>the page device could not be opened</source>
        <translation>le périphérique de sortie des pages n’a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>unknown file type {type} for {name}; use {known}</source>
        <translation>type de fichier {type} inconnu pour {name}&#xa0;; utilisez {known}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>unknown page size {page}; use {sizes}</source>
        <translation>format de page {page} inconnu&#xa0;; utilisez {sizes}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>unknown theme {theme}; choose {themes}</source>
        <translation>thème {theme} inconnu&#xa0;; choisissez {themes}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>width {value} px is out of range ({least} to {most} px)</source>
        <translation>largeur de {value} px hors limites ({least} à {most} px)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>{dpi} dpi is out of range (24 to 2400)</source>
        <translation>{dpi} ppp hors limites (24 à 2400)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>{pages} poster pages is out of range (1 to 20)</source>
        <translation>{pages} pages d’affiche hors limites (1 à 20)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/render/export.py"/>
        <source>{page} poster over {pages} pages</source>
        <translation>affiche {page} sur {pages} pages</translation>
    </message>
</context>
<context>
    <name>FormatGuide</name>
    <message>
        <location filename="../../timeline_app/ui/guide.py"/>
        <source>File Format Guide</source>
        <translation>Guide du format de fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/guide.py"/>
        <source>File format guide</source>
        <translation>Guide du format de fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/guide.py"/>
        <source>The file format guide could not be read from {path}: {problem}</source>
        <translation>Le guide du format de fichier n’a pas pu être lu depuis {path}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../../timeline_app/view/layout.py"/>
        <source>All categories are hidden.</source>
        <translation>Toutes les catégories sont masquées.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/layout.py"/>
        <source>No events in this period. Press Home to see the whole timeline.</source>
        <translation>Aucun événement dans cette période. Appuyez sur Origine pour voir toute la frise.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/layout.py"/>
        <source>No events in this timeline.</source>
        <translation>Aucun événement dans cette frise.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source> or </source>
        <comment>between two keys of one command</comment>
        <translation> ou </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n could not be fetched; they show as links. Details name each address and why.</source>
        <extracomment>English for 1: %n could not be fetched; it shows as a link. Details name its address and why.</extracomment>
        <translation>
            <numerusform>%n n’a pas pu être récupérée&#xa0;; elle s’affiche comme un lien. Les détails donnent son adresse et la raison.</numerusform>
            <numerusform>%n n’ont pas pu être récupérées&#xa0;; elles s’affichent comme des liens. Les détails donnent chaque adresse et la raison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n events</source>
        <extracomment>English for 1: %n event</extracomment>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n events from {name}</source>
        <extracomment>English for 1: %n event from {name}</extracomment>
        <translation>
            <numerusform>%n événement de {name}</numerusform>
            <numerusform>%n événements de {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n more problems under Show Details.</source>
        <extracomment>English for 1: %n more problem under Show Details.</extracomment>
        <translation>
            <numerusform>%n autre problème sous «&#xa0;Afficher les détails&#xa0;».</numerusform>
            <numerusform>%n autres problèmes sous «&#xa0;Afficher les détails&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n more under Show Details.</source>
        <translation>
            <numerusform>%n autre sous «&#xa0;Afficher les détails&#xa0;».</numerusform>
            <numerusform>%n autres sous «&#xa0;Afficher les détails&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>%n more were found and not listed.</source>
        <extracomment>English for 1: %n more was found and not listed.</extracomment>
        <translation>
            <numerusform>%n autre a été trouvé et n’est pas listé.</numerusform>
            <numerusform>%n autres ont été trouvés et ne sont pas listés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;About Timeline</source>
        <translation>À &amp;propos de Timeline</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copier l’image</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Dark</source>
        <comment>theme</comment>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;File Format Guide</source>
        <translation>Guide du &amp;format de fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Larger</source>
        <translation>&amp;Plus grand</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Light</source>
        <comment>theme</comment>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Smaller</source>
        <translation>Plus peti&amp;t</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;Theme</source>
        <translation>Thè&amp;me</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>(The log is empty: nothing has gone wrong.)</source>
        <translation>(Le journal est vide&#xa0;: rien ne s’est mal passé.)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>(There is no log yet: nothing has gone wrong.)</source>
        <translation>(Il n’y a pas encore de journal&#xa0;: rien ne s’est mal passé.)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>A spreadsheet laid out like the TimelineJS template, with columns for quotes</source>
        <translation>Un tableur présenté comme le modèle TimelineJS, avec des colonnes pour les citations</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>A timeline viewer for teaching history: zoom from millennia to minutes and read each event&apos;s verbatim source quotes.

Qt {qt} (LGPL-3.0), PySide6 {pyside} (LGPL-3.0), python-dateutil (Apache-2.0/BSD), platformdirs (MIT). Timeline itself is under the MIT licence. Show Details for the licences and for how to replace the Qt libraries.</source>
        <translation>Une frise chronologique pour enseigner l’histoire&#xa0;: zoomer des millénaires aux minutes et lire mot pour mot les citations des sources de chaque événement.

Qt {qt} (LGPL-3.0), PySide6 {pyside} (LGPL-3.0), python-dateutil (Apache-2.0/BSD), platformdirs (MIT). Timeline est sous licence MIT. «&#xa0;Afficher les détails&#xa0;» donne les licences et la façon de remplacer les bibliothèques Qt.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>About Timeline</source>
        <translation>À propos de Timeline</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>CSV, for any spreadsheet program (*.csv)</source>
        <translation>CSV, pour tout tableur (*.csv)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Cannot open timeline</source>
        <translation>Impossible d’ouvrir la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Cannot save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Copied the view as a {width} × {height} image</source>
        <translation>Vue copiée comme image de {width} × {height}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Copy the current view as an image, at twice its size</source>
        <translation>Copier la vue actuelle comme image, au double de sa taille</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Could not open {name}: {problem}</source>
        <translation>Impossible d’ouvrir {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Could not print: {problem}</source>
        <translation>Impossible d’imprimer&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Could not write the template: {problem}</source>
        <translation>Impossible d’écrire le modèle&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Download &amp;Images…</source>
        <translation>&amp;Télécharger les images…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Download Images</source>
        <translation>Télécharger les images</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Downloading %n pictures into “{folder}”…</source>
        <extracomment>English for 1: Downloading %n picture into “{folder}”…</extracomment>
        <translation>
            <numerusform>Téléchargement de %n image dans «&#xa0;{folder}&#xa0;»…</numerusform>
            <numerusform>Téléchargement de %n images dans «&#xa0;{folder}&#xa0;»…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Events and categories</source>
        <translation>Événements et catégories</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Excel or LibreOffice spreadsheet (*.xlsx)</source>
        <translation>Classeur Excel ou LibreOffice (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Export an image or PDF of the timeline</source>
        <translation>Exporter une image ou un PDF de la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Fetch the timeline&apos;s pictures from the web once, into a folder beside it</source>
        <translation>Récupérer une fois les images de la frise sur le web, dans un dossier à côté</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Fin&amp;d Event…</source>
        <translation>Rec&amp;hercher un événement…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Follow the &amp;System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>How to write a timeline file by hand: every field, with examples</source>
        <translation>Comment écrire un fichier de frise à la main&#xa0;: chaque champ, avec des exemples</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Larger text on the timeline</source>
        <translation>Texte plus grand sur la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Log File</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Move to the next pane</source>
        <translation>Aller au volet suivant</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Move to the previous pane</source>
        <translation>Aller au volet précédent</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Ne&amp;xt Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>New Timeline from &amp;Template…</source>
        <translation>Nouvelle frise depuis un &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>New Timeline from Template</source>
        <translation>Nouvelle frise depuis un modèle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>None of the %n files handed over could be opened.</source>
        <translation>
            <numerusform>Aucun des %n fichiers transmis n’a pu être ouvert.</numerusform>
            <numerusform>Aucun des %n fichiers transmis n’a pu être ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Nothing from the other launch could be opened.</source>
        <translation>Rien de l’autre lancement n’a pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open Timeline</source>
        <translation>Ouvrir une frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open a timeline file</source>
        <translation>Ouvrir un fichier de frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open the E&amp;xample Timeline</source>
        <translation>Ouvrir la &amp;frise d’exemple</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open the Other Events</source>
        <translation>Ouvrir les autres événements</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Open the events without problems; the file is not changed</source>
        <translation>Ouvrir les événements sans problème&#xa0;; le fichier n’est pas modifié</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Pr&amp;esent On</source>
        <translation>Présenter s&amp;ur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Present full screen for a class: clicker keys, large type, event cards</source>
        <translation>Présenter en plein écran devant une classe&#xa0;: touches de télécommande, grands caractères, fiches d’événements</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Previous Pa&amp;ne</source>
        <translation>&amp;Volet précédent</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Read the open file again (it is also read again by itself when it is saved)</source>
        <translation>Relire le fichier ouvert (il est aussi relu de lui-même quand il est enregistré)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer so&amp;us…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Save Timeline As</source>
        <translation>Enregistrer la frise sous</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Save the timeline in the app&apos;s own format (an imported file stays as it is)</source>
        <translation>Enregistrer la frise dans le format propre à l’application (un fichier importé reste tel quel)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Show &amp;Log File</source>
        <translation>Afficher le &amp;journal</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Show the whole timeline</source>
        <translation>Afficher toute la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Smaller text on the timeline</source>
        <translation>Texte plus petit sur la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Stopped opening {name}; the timeline on screen is unchanged.</source>
        <translation>Ouverture de {name} arrêtée&#xa0;; la frise affichée est inchangée.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Text Si&amp;ze</source>
        <translation>Ta&amp;ille du texte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Text size {size}%</source>
        <translation>Taille du texte {size} %</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>The app&apos;s log: what to send with a bug report</source>
        <translation>Le journal de l’application&#xa0;: à joindre à un rapport de bogue</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>The language changes when Timeline is next started.</source>
        <translation>La langue change au prochain démarrage de Timeline.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>The timeline on screen is unchanged.</source>
        <translation>La frise affichée est inchangée.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>The timeline&apos;s text at the size of the system&apos;s font</source>
        <translation>Le texte de la frise à la taille de la police du système</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>This timeline names no pictures on the web.</source>
        <translation>Cette frise ne désigne aucune image sur le web.</translation>
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
        <translation>Fichiers de frise (*.timeline.json)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Timeline {version}</source>
        <translation>Timeline {version}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>my-timeline</source>
        <comment>a new file&apos;s suggested name</comment>
        <translation>ma-frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>timeline</source>
        <comment>a file&apos;s name</comment>
        <translation>frise</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{failed} of the %n files handed over could not be opened.</source>
        <translation>
            <numerusform>{failed} des %n fichiers transmis n’a pas pu être ouvert.</numerusform>
            <numerusform>{failed} des %n fichiers transmis n’ont pas pu être ouverts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{loaded}, with %n warnings: {first}</source>
        <extracomment>English for 1: {loaded}, with %n warning: {first}</extracomment>
        <translation>
            <numerusform>{loaded}, avec %n avertissement&#xa0;: {first}</numerusform>
            <numerusform>{loaded}, avec %n avertissements&#xa0;: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{name} changed on disk: %n events now</source>
        <extracomment>English for 1: {name} changed on disk: %n event now</extracomment>
        <translation>
            <numerusform>{name} a changé sur le disque&#xa0;: %n événement désormais</numerusform>
            <numerusform>{name} a changé sur le disque&#xa0;: %n événements désormais</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{name} is ready: open it in your spreadsheet program and replace the rows; the timeline here follows every save.</source>
        <translation>{name} est prêt&#xa0;: ouvrez-le dans votre tableur et remplacez les lignes&#xa0;; la frise suit ici chaque enregistrement.</translation>
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
            <numerusform>{opened} ouverts&#xa0;; %n laissé de côté à cause de problèmes (voir les détails). Corrigez-le dans le fichier&#xa0;: il est suivi, et l’événement apparaît dès qu’il est enregistré.</numerusform>
            <numerusform>{opened} ouverts&#xa0;; %n laissés de côté à cause de problèmes (voir les détails). Corrigez-les dans le fichier&#xa0;: il est suivi, et ils apparaissent dès qu’il est enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{saved} of %n pictures are in “{folder}” (stopped).</source>
        <extracomment>English for 1: {saved} of %n picture is in “{folder}” (stopped).</extracomment>
        <translation>
            <numerusform>{saved} image sur %n est dans «&#xa0;{folder}&#xa0;» (arrêté).</numerusform>
            <numerusform>{saved} images sur %n sont dans «&#xa0;{folder}&#xa0;» (arrêté).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>{saved} of %n pictures are in “{folder}”.</source>
        <extracomment>English for 1: {saved} of %n picture is in “{folder}”.</extracomment>
        <translation>
            <numerusform>{saved} image sur %n est dans «&#xa0;{folder}&#xa0;».</numerusform>
            <numerusform>{saved} images sur %n sont dans «&#xa0;{folder}&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>“{name}” could not be opened.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>“{name}” could not be saved.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>“{name}”: {problem}</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/main_window.py"/>
        <source>… and %n more problems</source>
        <extracomment>English for 1: … and %n more problem</extracomment>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../timeline_app/i18n.py"/>
        <source>,</source>
        <comment>the thousands separator in 1,234,567</comment>
        <translation>&#x202f;</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../timeline_app/ui/overview_strip.py"/>
        <source>Overview of the whole timeline</source>
        <translation>Vue d’ensemble de la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/overview_strip.py"/>
        <source>Overview of the whole timeline: drag the window or click to move there</source>
        <translation>Vue d’ensemble de la frise&#xa0;: faites glisser la fenêtre ou cliquez pour vous y rendre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/overview_strip.py"/>
        <source>The whole timeline, with the part shown above framed. Left and Right move the view, Page Up and Page Down by its width, Home and End to either end.</source>
        <translation>Toute la frise, la partie affichée au-dessus étant encadrée. Gauche et Droite déplacent la vue, Page préc. et Page suiv. d’une largeur, Origine et Fin jusqu’aux extrémités.</translation>
    </message>
</context>
<context>
    <name>PageCompose</name>
    <message>
        <location filename="../../timeline_app/view/compose.py"/>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/compose.py"/>
        <source>Sources: {sources}</source>
        <translation>Sources&#xa0;: {sources}</translation>
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
        <translation>B ou .</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Black screen (again, or any arrow, to return)</source>
        <translation>Écran noir (à nouveau ou flèche&#xa0;: retour)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>First / last event</source>
        <translation>Premier / dernier événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Go to that event</source>
        <translation>Aller à cet événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Home / End</source>
        <translation>Origine / Fin</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Leave the presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Reveal mode off</source>
        <translation>Mode révélation désactivé</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Reveal mode on: each date and its quotes wait for a click</source>
        <translation>Mode révélation activé&#xa0;: chaque date et ses citations attendent un clic</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Reveal mode: date and quotes after the next click</source>
        <translation>Mode révélation&#xa0;: date et citations au clic suivant</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Show or hide this list</source>
        <translation>Afficher ou masquer cette liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>W or ,</source>
        <translation>W ou ,</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Wheel, drag</source>
        <translation>Molette, glisser</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>White screen (again, or any arrow, to return)</source>
        <translation>Écran blanc (à nouveau ou flèche&#xa0;: retour)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>Zoom and move the timeline</source>
        <translation>Zoomer et déplacer la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>bring the picture back</source>
        <translation>réafficher l’image</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>close the list of keys</source>
        <translation>fermer la liste des touches</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>more quotes</source>
        <translation>autres citations</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>next: {title}</source>
        <translation>suivant&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>nothing more: Esc leaves</source>
        <translation>plus rien&#xa0;: Échap pour quitter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>number, then Enter</source>
        <translation>numéro, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>reveal the date</source>
        <translation>révéler la date</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>the end slide</source>
        <translation>la diapositive de fin</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>←  ↑  Page Up  Backspace</source>
        <translation>←  ↑  Page préc.  Retour arrière</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/presentation.py"/>
        <source>→  ↓  Page Down  Space  Enter</source>
        <translation>→  ↓  Page suiv.  Espace  Entrée</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>%n events. Press → to begin.</source>
        <translation>
            <numerusform>%n événement. Appuyez sur → pour commencer.</numerusform>
            <numerusform>%n événements. Appuyez sur → pour commencer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>Date: ?</source>
        <translation>Date&#xa0;:&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>Go to {number}…</source>
        <translation>Aller à {number}…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>More quotes with the next click…</source>
        <translation>Autres citations au clic suivant…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>The date and the sources come with the next click.</source>
        <translation>La date et les sources apparaissent au clic suivant.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>The end. Esc leaves the presentation.</source>
        <translation>Fin. Échap quitte la présentation.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>{title} (continued)</source>
        <translation>{title} (suite)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presentation.py"/>
        <source>{title} — Presentation</source>
        <translation>{title} — Présentation</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>(no notes for this event)</source>
        <translation>(pas de notes pour cet événement)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Next click: {what}</source>
        <translation>Clic suivant&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Now: {title} — {date}</source>
        <translation>Maintenant&#xa0;: {title} — {date}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Now: {title} — {date}  (date not yet shown)</source>
        <translation>Maintenant&#xa0;: {title} — {date}  (date pas encore affichée)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Presenter view</source>
        <translation>Mode présentateur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Presenter view — title</source>
        <translation>Mode présentateur — titre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Presenter view — {progress}</source>
        <translation>Mode présentateur — {progress}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Projector blanked (black)</source>
        <translation>Projecteur masqué (noir)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>Projector blanked (white)</source>
        <translation>Projecteur masqué (blanc)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>The end slide</source>
        <translation>La diapositive de fin</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/presenter.py"/>
        <source>The title slide</source>
        <translation>La diapositive de titre</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../timeline_app/settings.py"/>
        <source>Settings could not be read ({problem}); using defaults.</source>
        <translation>Les réglages n’ont pas pu être lus ({problem})&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/settings.py"/>
        <source>Some settings were not valid and were reset to their defaults ({names}).</source>
        <translation>Certains réglages n’étaient pas valides et ont repris leur valeur par défaut ({names}).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/settings.py"/>
        <source>The old file was kept as {name}.</source>
        <translation>L’ancien fichier a été conservé sous le nom {name}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/settings.py"/>
        <source>The settings file was damaged ({why}); defaults are used.</source>
        <translation>Le fichier des réglages était endommagé ({why})&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/settings.py"/>
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} et %n autre</numerusform>
            <numerusform>{names} et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>0 or Home</source>
        <translation>0 ou Début</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Enter or Space</source>
        <translation>Entrée ou Espace</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Enter or double-click</source>
        <translation>Entrée ou double-clic</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Event list</source>
        <translation>Liste des événements</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>F6 / Shift+F6</source>
        <translation>F6 / Maj+F6</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Follow the link or press the button that has the focus</source>
        <translation>Suivre le lien ou appuyer sur le bouton qui a le focus</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Go to the beginning / the end of the timeline</source>
        <translation>Aller au début / à la fin de la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Go to the events found</source>
        <translation>Aller aux événements trouvés</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Home / End</source>
        <translation>Début / Fin</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Leave the timeline: the next / previous control</source>
        <translation>Quitter la frise&#xa0;: contrôle suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Menu commands</source>
        <translation>Commandes des menus</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Mouse wheel</source>
        <translation>Molette de la souris</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Move along the timeline</source>
        <translation>Se déplacer le long de la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Move along the timeline (Shift: faster)</source>
        <translation>Se déplacer le long de la frise (Maj&#xa0;: plus vite)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Move the view a little earlier / later</source>
        <translation>Déplacer un peu la vue plus tôt / plus tard</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Move the view by its own width</source>
        <translation>Déplacer la vue de sa propre largeur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Next / previous control (in the details: the next link)</source>
        <translation>Contrôle suivant / précédent (dans les détails&#xa0;: le lien suivant)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Next / previous pane: timeline, details, events, categories, overview</source>
        <translation>Volet suivant / précédent&#xa0;: frise, détails, événements, catégories, vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Overview strip</source>
        <translation>Bande de vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Page Up / Page Down</source>
        <translation>Page préc. / Page suiv.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Presenting</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Previous / next event in the list</source>
        <translation>Événement précédent / suivant de la liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Select the next / previous event in time; past the last, on to the next pane</source>
        <translation>Sélectionner l’événement suivant / précédent dans le temps&#xa0;; après le dernier, passer au volet suivant</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Shift+wheel, horizontal wheel, drag</source>
        <translation>Maj+molette, molette horizontale, glisser</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Show the whole timeline</source>
        <translation>Afficher toute la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Tab moves between the table and the Close button; Esc closes.</source>
        <translation>Tab passe du tableau au bouton «&#xa0;Fermer&#xa0;»&#xa0;; Échap ferme.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Timeline</source>
        <comment>a part of the window</comment>
        <translation>Frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Zoom in / out</source>
        <translation>Zoom avant / arrière</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Zoom in and out around the pointer</source>
        <translation>Zoomer en avant et en arrière autour du pointeur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Zoom to the event</source>
        <translation>Zoomer sur l’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>Zoom to the selected event</source>
        <translation>Zoomer sur l’événement sélectionné</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/shortcuts.py"/>
        <source>↓ in the search box</source>
        <translation>↓ dans le champ de recherche</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was lost: it stopped after {part}.</source>
        <translation>Une demande d’un autre lancement de Timeline a été perdue&#xa0;: elle s’est arrêtée après {part}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was lost: it was cut off after {part}.</source>
        <translation>Une demande d’un autre lancement de Timeline a été perdue&#xa0;: elle a été coupée après {part}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it has fields this version does not know: {names}.</source>
        <translation>Une demande d’un autre lancement de Timeline a été refusée&#xa0;: elle a des champs que cette version ne connaît pas&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it is not UTF-8 text.</source>
        <translation>Une demande d’un autre lancement de Timeline a été refusée&#xa0;: ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it is not valid JSON.</source>
        <translation>Une demande d’un autre lancement de Timeline a été refusée&#xa0;: ce n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it is {kind}, not an object.</source>
        <translation>Une demande d’un autre lancement de Timeline a été refusée&#xa0;: c’est {kind}, pas un objet.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it is {size} bytes long; at most {limit} are read.</source>
        <translation>Une demande d’un autre lancement de Timeline a été refusée&#xa0;: elle fait {size} octets&#xa0;; au plus {limit} sont lus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it names %n files; at most {limit} open at once.</source>
        <translation>
            <numerusform>Une demande d’un autre lancement de Timeline a été refusée&#xa0;: elle désigne %n fichier&#xa0;; au plus {limit} s’ouvrent à la fois.</numerusform>
            <numerusform>Une demande d’un autre lancement de Timeline a été refusée&#xa0;: elle désigne %n fichiers&#xa0;; au plus {limit} s’ouvrent à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: it nests too deeply.</source>
        <translation>Une demande d’un autre lancement de Timeline a été refusée&#xa0;: elle est trop imbriquée.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>A request from another launch of Timeline was refused: its “open” is {what}, not a list of files.</source>
        <translation>Une demande d’un autre lancement de Timeline a été refusée&#xa0;: son «&#xa0;open&#xa0;» est {what}, pas une liste de fichiers.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>File {n} of the request is an empty name.</source>
        <translation>Le fichier {n} de la demande est un nom vide.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>File {n} of the request is {kind}, not a file name.</source>
        <translation>Le fichier {n} de la demande est {kind}, pas un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>{received} of its {size} bytes</source>
        <translation>{received} de ses {size} octets</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>{received} of the 4 bytes of its length</source>
        <translation>{received} des 4 octets de sa longueur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>“{name}”: a name of {length} characters is longer than any file system allows ({limit}).</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: un nom de {length} caractères est plus long que ce qu’autorise tout système de fichiers ({limit}).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>“{name}”: not a full path, so it is unclear which folder it is in.</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: pas un chemin complet, on ne sait donc pas dans quel dossier il se trouve.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>“{name}”: the name holds a NUL character, which no file name can.</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: le nom contient un caractère NUL, impossible dans un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/single_instance.py"/>
        <source>“{name}”: the name holds characters no file name can.</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: le nom contient des caractères impossibles dans un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>Ticks</name>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>in {time}</source>
        <comment>a time after 1950</comment>
        <translation>dans {time}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>present</source>
        <comment>the year 1950 on a scale of years before present</comment>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{n} Ga</source>
        <comment>billions of years</comment>
        <translation>{n} Ga</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{n} Ma</source>
        <comment>millions of years</comment>
        <translation>{n} Ma</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{n} ka</source>
        <comment>thousands of years</comment>
        <translation>{n} ka</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/view/ticks.py"/>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../timeline_app/model/timeline.py"/>
        <source>All shown categories</source>
        <translation>Toutes les catégories affichées</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timeline.py"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timeline.py"/>
        <source>{speaker}, quoted in {citation}</source>
        <translation>{speaker}, cité dans {citation}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/model/timeline.py"/>
        <source>“{quote}”</source>
        <translation>«&#xa0;{quote}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/canvas.py"/>
        <source>%n more events here. Click to zoom in.</source>
        <translation>
            <numerusform>%n autre événement ici. Cliquez pour zoomer.</numerusform>
            <numerusform>%n autres événements ici. Cliquez pour zoomer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/canvas.py"/>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../timeline_app/ui/undo.py"/>
        <source>Edit</source>
        <comment>a change</comment>
        <translation>Modification</translation>
    </message>
</context>
</TS>
