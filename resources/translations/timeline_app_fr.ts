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
    <name>Busy</name>
    <message>
        <location filename="../../timeline_app/ui/busy.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CanvasEditing</name>
    <message>
        <location filename="../../timeline_app/ui/canvas_edit.py"/>
        <source>Add Event on {date}</source>
        <translation>Ajouter un événement le {date}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/canvas_edit.py"/>
        <source>Change the Dates of {title}</source>
        <translation>Changer les dates de {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/canvas_edit.py"/>
        <source>Move cancelled</source>
        <translation>Déplacement annulé</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/canvas_edit.py"/>
        <source>Move {title}</source>
        <translation>Déplacer {title}</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Categories (lanes, top to bottom)</source>
        <translation>&amp;Catégories (lignes, de haut en bas)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Eras (bands behind the lanes)</source>
        <translation>É&amp;poques (bandes derrière les lignes)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;Set Dates</source>
        <translation>Appliquer les &amp;dates</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>&amp;To:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add &amp;Era…</source>
        <translation>Ajouter une &amp;époque…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add Category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add Category {name}</source>
        <translation>Ajouter la catégorie {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add Era</source>
        <translation>Ajouter une époque</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Add Era {name}</source>
        <translation>Ajouter l’époque {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>C&amp;olour…</source>
        <translation>C&amp;ouleur…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Categories and Eras</source>
        <translation>Catégories et époques</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Category Colour</source>
        <translation>Couleur de la catégorie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Change the Dates of Era {name}</source>
        <translation>Changer les dates de l’époque {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Eras</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Fro&amp;m:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Move &amp;Down</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Move Category {name}</source>
        <translation>Déplacer la catégorie {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Name of the era:</source>
        <translation>Nom de l’époque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Name of the new category:</source>
        <translation>Nom de la nouvelle catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Not changed: see the status bar.</source>
        <translation>Rien n’a changé&#xa0;: voir la barre d’état.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Re&amp;name Era…</source>
        <translation>Re&amp;nommer l’époque…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Recolour Category {name}</source>
        <translation>Changer la couleur de la catégorie {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Remo&amp;ve Era</source>
        <translation>&amp;Supprimer l’époque</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Remove Era {name}</source>
        <translation>Supprimer l’époque {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Rename Category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Rename Category {name}</source>
        <translation>Renommer la catégorie {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Rename Era</source>
        <translation>Renommer l’époque</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>Rename Era {name}</source>
        <translation>Renommer l’époque {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>The era ends before it starts.</source>
        <translation>L’époque finit avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>The era&apos;s end: {problem}</source>
        <translation>Fin de l’époque&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>The era&apos;s start: {problem}</source>
        <translation>Début de l’époque&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>{era} ({dates})</source>
        <translation>{era} ({dates})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/categories_dialog.py"/>
        <source>‘Other’ holds the events of no category: give them a category instead.</source>
        <translation>«&#xa0;Autres&#xa0;» contient les événements sans catégorie&#xa0;: donnez-leur plutôt une catégorie.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>Ambiguous: {first} or {second}?</source>
        <translation>Ambigu&#xa0;: {first} ou {second}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>Type a date, such as 14 July 1789 or 1789-07-14</source>
        <translation>Saisissez une date, comme 14 juillet 1789 ou 1789-07-14</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}” has no year: add it in full (for example 14 July 1789)</source>
        <translation>«&#xa0;{typed}&#xa0;» n’a pas d’année&#xa0;: ajoutez-la en entier (par exemple 14 juillet 1789)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: neither {a} nor {b} is a month</source>
        <translation>«&#xa0;{typed}&#xa0;»&#xa0;: ni {a} ni {b} n’est un mois</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: the year {year} is too far away</source>
        <translation>«&#xa0;{typed}&#xa0;»&#xa0;: l’année {year} est trop lointaine</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: there is no month {month}</source>
        <translation>«&#xa0;{typed}&#xa0;»&#xa0;: il n’y a pas de mois {month}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: write the year in full (is it {a}, {b}…?)</source>
        <translation>«&#xa0;{typed}&#xa0;»&#xa0;: écrivez l’année en entier (est-ce {a}, {b}…&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: write the year in full; “{year}” could be {a}, {b} or {c}</source>
        <translation>«&#xa0;{typed}&#xa0;»&#xa0;: écrivez l’année en entier&#xa0;; «&#xa0;{year}&#xa0;» pourrait être {a}, {b} ou {c}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/datefield.py"/>
        <source>“{typed}”: {month} {year} has {days} days, not {day}</source>
        <translation>«&#xa0;{typed}&#xa0;»&#xa0;: {month} {year} a {days} jours, pas {day}</translation>
    </message>
</context>
<context>
    <name>DateReader</name>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>-0000 is not a year; write 0000 for 1 BCE</source>
        <translation>-0000 n’est pas une année&#xa0;; écrivez 0000 pour 1 av. J.-C.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>UTC offset {offset} is out of range (-14:00 to +14:00)</source>
        <translation>le décalage UTC {offset} est hors limites (de -14:00 à +14:00)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>cannot read {text} as a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm+hh:mm (for example 2017-07-07T15:45+02:00)</source>
        <translation>impossible de lire {text} comme une date&#xa0;; écrivez AAAA, AAAA-MM, AAAA-MM-JJ ou AAAA-MM-JJThh:mm+hh:mm (par exemple 2017-07-07T15:45+02:00)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>cannot read {text} as a date; write it as YYYY-MM-DD</source>
        <translation>impossible de lire {text} comme une date&#xa0;; écrivez la date sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>empty date; write a date such as &quot;2017-05-10&quot;</source>
        <translation>date vide&#xa0;; écrivez une date comme &quot;2017-05-10&quot;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>expected a date as text, such as &quot;2017-05-10&quot;, not {kind}</source>
        <translation>une date était attendue sous forme de texte, comme &quot;2017-05-10&quot;, et non {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>there is no year 0 BCE; 1 BCE is followed by 1 CE</source>
        <translation>il n’y a pas d’an 0 av. J.-C.&#xa0;; 1 av. J.-C. est suivi de 1 apr. J.-C.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>there is no year 0 CE; write 1 BCE (0000) or 1 CE (0001)</source>
        <translation>il n’y a pas d’an 0 apr. J.-C.&#xa0;; écrivez 1 av. J.-C. (0000) ou 1 apr. J.-C. (0001)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>write the date as text in quotes, such as &quot;2017&quot; or &quot;2017-05-10&quot;; the number {number} is not a date</source>
        <translation>écrivez la date comme texte entre guillemets, par exemple &quot;2017&quot; ou &quot;2017-05-10&quot;&#xa0;; le nombre {number} n’est pas une date</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>write the date as text in quotes, {quoted}, not as a number</source>
        <translation>écrivez la date comme texte entre guillemets, {quoted}, et non comme un nombre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>year {year} has more than four digits; write it with a sign, as {signed}</source>
        <translation>l’année {year} a plus de quatre chiffres&#xa0;; écrivez-la avec un signe&#xa0;: {signed}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>year {year} is outside the supported range (±{limit})</source>
        <translation>l’année {year} est hors de la plage prise en charge (±{limit})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} has a time of day but no UTC offset; add one, such as {summer} for Central European Summer Time, or {utc} for UTC</source>
        <translation>{text} a une heure mais pas de décalage UTC&#xa0;; ajoutez-en un, par exemple {summer} pour l’heure d’été d’Europe centrale, ou {utc} pour UTC</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} has no year; write the year too (a missing year is never guessed)</source>
        <translation>{text} n’a pas d’année&#xa0;; écrivez aussi l’année (une année manquante n’est jamais devinée)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} has no year; write the year too, for example {example} or 2017-05-10 (a missing year is never guessed)</source>
        <translation>{text} n’a pas d’année&#xa0;; écrivez aussi l’année, par exemple {example} ou 2017-05-10 (une année manquante n’est jamais devinée)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} is ambiguous (day, month and year could be in any order); write it as YYYY-MM-DD, for example 2017-05-10</source>
        <translation>{text} est ambigu (jour, mois et année pourraient être dans n’importe quel ordre)&#xa0;; écrivez la date sous la forme AAAA-MM-JJ, par exemple 2017-05-10</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} is ambiguous: {first} or {second}; write the one you mean as {first_iso} or {second_iso}</source>
        <translation>{text} est ambigu&#xa0;: {first} ou {second}&#xa0;; écrivez la date voulue sous la forme {first_iso} ou {second_iso}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} is not a date in any order of day and month; write it as YYYY-MM-DD</source>
        <translation>{text} n’est une date dans aucun ordre du jour et du mois&#xa0;; écrivez la date sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text} looks like a date without dashes; write it as {iso}</source>
        <translation>{text} ressemble à une date sans tirets&#xa0;; écrivez-la {iso}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: a year of one or two digits is never guessed; write the year in full, or with its era (for example {ce} or {bce})</source>
        <translation>{text}&#xa0;: une année d’un ou deux chiffres n’est jamais devinée&#xa0;; écrivez l’année en entier, ou avec son ère (par exemple {ce} ou {bce})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: month {month} does not exist (01 to 12)</source>
        <translation>{text}&#xa0;: le mois {month} n’existe pas (01 à 12)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: only {date} is possible; write it as {iso}</source>
        <translation>{text}&#xa0;: seul le {date} est possible&#xa0;; écrivez-le {iso}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: that month has no such day</source>
        <translation>{text}&#xa0;: ce mois n’a pas ce jour</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: the year is outside the supported range</source>
        <translation>{text}&#xa0;: l’année est hors de la plage prise en charge</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: there is no year 0; 1 BCE is followed by 1 CE</source>
        <translation>{text}&#xa0;: il n’y a pas d’an 0&#xa0;; 1 av. J.-C. est suivi de 1 apr. J.-C.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: time of day {clock} does not exist</source>
        <translation>{text}&#xa0;: l’heure {clock} n’existe pas</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: write dates with a time of day as YYYY-MM-DDThh:mm+hh:mm</source>
        <translation>{text}&#xa0;: écrivez les dates avec une heure sous la forme AAAA-MM-JJThh:mm+hh:mm</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: write it as {iso}, with dashes and two digits for month and day</source>
        <translation>{text}&#xa0;: écrivez-la {iso}, avec des tirets et deux chiffres pour le mois et le jour</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: {clock} is a leap second, which the app cannot place; write {before}, or the next minute, {after}</source>
        <translation>{text}&#xa0;: {clock} est une seconde intercalaire, que l’application ne peut pas placer&#xa0;; écrivez {before}, ou la minute suivante, {after}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: {date} was a {weekday}, not a {named}</source>
        <translation>{text}&#xa0;: le {date} était un {weekday}, pas un {named}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{text}: {month} has {days} days, not {day}</source>
        <translation>{text}&#xa0;: {month} a {days} jours, pas {day}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{year} BCE</source>
        <translation>{year} av. J.-C.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/dates.py"/>
        <source>{year} CE</source>
        <translation>{year} apr. J.-C.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
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
    <name>DetailPane</name>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Quote copied with its citation</source>
        <translation>Citation copiée avec sa référence</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Quote copied with its citation.</source>
        <translation>Citation copiée avec sa référence.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Select an event on the timeline or in the list to read its source quotes.</source>
        <translation>Sélectionnez un événement sur la frise ou dans la liste pour lire ses citations.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/detail_pane.py"/>
        <source>Tab moves to the next event; Enter zooms to it; Home shows the whole timeline.</source>
        <translation>Tab passe à l’événement suivant&#xa0;; Entrée zoome dessus&#xa0;; Début montre toute la frise.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>only http:// and https:// addresses are fetched</source>
        <translation>seules les adresses http:// et https:// sont téléchargées</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>the address gives {kind}, not a picture</source>
        <translation>l’adresse renvoie {kind}, pas une image</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>the picture is larger than {size} MB</source>
        <translation>l’image dépasse {size} Mo</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>the server answered {code} {reason}</source>
        <translation>le serveur a répondu {code} {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/downloads.py"/>
        <source>what the address gives is not a picture</source>
        <translation>ce que renvoie l’adresse n’est pas une image</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Copy Event</source>
        <translation>&amp;Copier l’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Delete Event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Écraser</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Paste Events</source>
        <translation>C&amp;oller les événements</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Rétablir&#xa0;: {change}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Annuler&#xa0;: {change}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>&amp;Write Back to the Sheet</source>
        <translation>&amp;Réécrire dans la feuille</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>A new timeline: double-click to add an event</source>
        <translation>Une nouvelle frise&#xa0;: double-cliquez pour ajouter un événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Add an event in the middle of the view, and edit it</source>
        <translation>Ajouter un événement au milieu de la vue et le modifier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Add the events copied, in this or another timeline</source>
        <translation>Ajouter les événements copiés, de cette frise ou d’une autre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Add, rename, recolour and reorder categories; edit eras</source>
        <translation>Ajouter, renommer, recolorer et réordonner les catégories&#xa0;; modifier les époques</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Categories and E&amp;ras…</source>
        <translation>Catégories et &amp;époques…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Checking what the sheet “{name}” can hold…</source>
        <translation>Vérification de ce que la feuille «&#xa0;{name}&#xa0;» peut contenir…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Copied {title}</source>
        <translation>{title} copié</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Copy the selected event, with its quotes and sources</source>
        <translation>Copier l’événement sélectionné, avec ses citations et ses sources</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Copy the selected event, with its quotes, beside it</source>
        <translation>Copier l’événement sélectionné, avec ses citations, à côté de lui</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Cu&amp;t Event</source>
        <translation>Co&amp;uper l’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Cut {title}</source>
        <translation>Couper {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>D&amp;uplicate Event</source>
        <translation>&amp;Dupliquer l’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Delete {title}</source>
        <translation>Supprimer {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Duplicate {title}</source>
        <translation>Dupliquer {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Edit the selected event in the event editor</source>
        <translation>Modifier l’événement sélectionné dans l’éditeur d’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Every category is hidden: show one in the Categories tab first</source>
        <translation>Toutes les catégories sont masquées&#xa0;: affichez-en d’abord une dans l’onglet Catégories</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>New E&amp;vent</source>
        <translation>Nou&amp;vel événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Not saved: the check was cancelled</source>
        <translation>Non enregistré&#xa0;: la vérification a été annulée</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Not saved: the sheet could not be checked ({error})</source>
        <translation>Non enregistré&#xa0;: la feuille n’a pas pu être vérifiée ({error})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Nothing would be lost: every event, era and category fits the sheet&apos;s columns, and the sheet reads back as the timeline you see. Or save it in the app&apos;s own format, beside the sheet, which leaves the sheet as it is.</source>
        <translation>Rien ne serait perdu&#xa0;: chaque événement, époque et catégorie tient dans les colonnes de la feuille, et la feuille se relit comme la frise que vous voyez. Vous pouvez aussi l’enregistrer au format propre à l’application, à côté de la feuille, qui reste alors telle quelle.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Remove the selected event (Undo brings it back)</source>
        <translation>Supprimer l’événement sélectionné (Annuler le rétablit)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save a TimelineJS sheet</source>
        <translation>Enregistrer une feuille TimelineJS</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save in the App&apos;s &amp;Format…</source>
        <translation>Enregistrer au &amp;format de l’application…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save the changes to “{name}” before going on?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save the changes to “{name}” before opening {file}?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant d’ouvrir {file}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Save the timeline (a file of another program is never overwritten unasked)</source>
        <translation>Enregistrer la frise (un fichier d’un autre programme n’est jamais écrasé sans demander)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Select an event to copy</source>
        <translation>Sélectionnez un événement à copier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Select an event to delete</source>
        <translation>Sélectionnez un événement à supprimer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Select an event to duplicate</source>
        <translation>Sélectionnez un événement à dupliquer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Start an empty timeline</source>
        <translation>Commencer une frise vide</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The app does not write back into workbooks (.xlsx, .ods): one may hold other sheets and formatting that writing it again would lose. Save in the app&apos;s own format, beside it: the workbook is left as it is.</source>
        <translation>L’application ne réécrit pas dans les classeurs (.xlsx, .ods)&#xa0;: un classeur peut contenir d’autres feuilles et une mise en forme que sa réécriture perdrait. Enregistrez au format propre à l’application, à côté&#xa0;: le classeur reste tel quel.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The change was not made: {reason}</source>
        <translation>La modification n’a pas été faite&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The clipboard holds no events to paste</source>
        <translation>Le presse-papiers ne contient aucun événement à coller</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The file has changed</source>
        <translation>Le fichier a changé</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>The version on disk is then lost. Save As keeps both.</source>
        <translation>La version sur le disque est alors perdue. «&#xa0;Enregistrer sous&#xa0;» garde les deux.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Write your changes back into the TimelineJS sheet “{name}”?</source>
        <translation>Réécrire vos modifications dans la feuille TimelineJS «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>Writing back into the sheet would lose: {what}.

Save in the app&apos;s own format instead, beside the sheet: it keeps everything, and the sheet is left as it is.</source>
        <translation>La réécriture dans la feuille perdrait&#xa0;: {what}.

Enregistrez plutôt au format propre à l’application, à côté de la feuille&#xa0;: il garde tout, et la feuille reste telle quelle.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>{change} was not made: {reason}</source>
        <translation>{change} n’a pas été fait&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>“{name}” is a TimelineJS sheet, which cannot hold all of this timeline.</source>
        <translation>«&#xa0;{name}&#xa0;» est une feuille TimelineJS, qui ne peut pas contenir toute cette frise.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>“{name}” is a spreadsheet workbook.</source>
        <translation>«&#xa0;{name}&#xa0;» est un classeur de tableur.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editing.py"/>
        <source>“{name}” was changed on disk after it was opened here. Save your version over it?</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque après son ouverture ici. Enregistrer votre version par-dessus&#xa0;?</translation>
    </message>
</context>
<context>
    <name>EditorMedia</name>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>A picture beside the timeline, or https://…</source>
        <translation>Une image à côté de la frise, ou https://…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Alt text (&amp;what it shows):</source>
        <translation>Texte alternatif (ce &amp;qu’elle montre)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Capt&amp;ion:</source>
        <translation>Légend&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Choose a Picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Choose a picture file (named relative to the timeline file)</source>
        <translation>Choisir un fichier image (nommé par rapport au fichier de la frise)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Cre&amp;dit:</source>
        <translation>Cr&amp;édit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Picture or &amp;link:</source>
        <translation>&amp;Image ou lien&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.svg *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The alt text is longer than {limit} characters.</source>
        <translation>Le texte alternatif dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The caption is longer than {limit} characters.</source>
        <translation>La légende dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The credit is longer than {limit} characters.</source>
        <translation>Le crédit dépasse {limit} caractères.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The event has %n more pictures, kept as they are.</source>
        <extracomment>English for 1: The event has %n more picture, kept as it is.</extracomment>
        <translation>
            <numerusform>L’événement a %n autre image, conservée telle quelle.</numerusform>
            <numerusform>L’événement a %n autres images, conservées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The picture is longer than {limit} characters.</source>
        <translation>L’adresse de l’image dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The picture was not taken: {reason}.</source>
        <translation>L’image n’a pas été prise&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The picture: choose a file or type a link for the caption to go with.</source>
        <translation>L’image&#xa0;: choisissez un fichier ou saisissez un lien auquel la légende se rapporte.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>The picture: name a file beside the timeline or an http(s) link.</source>
        <translation>L’image&#xa0;: indiquez un fichier à côté de la frise ou un lien http(s).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>What the picture shows, for those who cannot see it</source>
        <translation>Ce que montre l’image, pour qui ne peut pas la voir</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>save the timeline first: a picture is named relative to the timeline file</source>
        <translation>enregistrez d’abord la frise&#xa0;: une image est nommée par rapport au fichier de la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_media.py"/>
        <source>{name} is on another drive than the timeline file: copy it beside the timeline first</source>
        <translation>{name} est sur un autre lecteur que le fichier de la frise&#xa0;: copiez-le d’abord à côté de la frise</translation>
    </message>
</context>
<context>
    <name>EditorQuotes</name>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>A .txt, .md or .html file beside the timeline</source>
        <translation>Un fichier .txt, .md ou .html à côté de la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>A quote holds at most {limit} characters.</source>
        <translation>Une citation compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Add &amp;Quote</source>
        <translation>A&amp;jouter la citation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Add Quote to {title}</source>
        <translation>Ajouter une citation à {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Add the quote in the fields to the event</source>
        <translation>Ajouter à l’événement la citation des champs</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Added from {locator}.</source>
        <translation>Ajoutée depuis {locator}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Address (URL):</source>
        <translation>Adresse (URL)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Check of the quote against its source</source>
        <translation>Vérification de la citation dans sa source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Check: unchecked: {reason}</source>
        <translation>Vérification&#xa0;: non vérifiée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Check: {result}</source>
        <translation>Vérification&#xa0;: {result}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose a quote in the list to replace it.</source>
        <translation>Choisissez une citation dans la liste pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose the Source&apos;s Text</source>
        <translation>Choisir le texte de la source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose the source of the quote, or make a new one.</source>
        <translation>Choisissez la source de la citation, ou créez-en une.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose the source&apos;s text file</source>
        <translation>Choisir le fichier texte de la source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Edit Quote in {title}</source>
        <translation>Modifier une citation de {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>From Source Te&amp;xt…</source>
        <translation>Extraire du te&amp;xte source…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Locator</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Locator (¶ or page):</source>
        <translation>Emplacement (¶ ou page)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move Quote in {title}</source>
        <translation>Déplacer une citation de {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move the quote down the list (Alt+Down in the list)</source>
        <translation>Descendre la citation dans la liste (Alt+Bas dans la liste)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Move the quote up the list (Alt+Up in the list)</source>
        <translation>Monter la citation dans la liste (Alt+Haut dans la liste)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>New source…</source>
        <translation>Nouvelle source…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Publisher:</source>
        <translation>Éditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Put the fields in place of the quote chosen in the list</source>
        <translation>Mettre les champs à la place de la citation choisie dans la liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Quote (&amp;just as written):</source>
        <translation>&amp;Citation (mot pour mot)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Quotes of the event</source>
        <translation>Citations de l’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Quotes of the event, with their checks:</source>
        <translation>Citations de l’événement, avec leur vérification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Remove Quote from {title}</source>
        <translation>Supprimer une citation de {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Remove the quote (Delete in the list); Undo brings it back</source>
        <translation>Supprimer la citation (Suppr dans la liste)&#xa0;; Annuler la rétablit</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Repla&amp;ce Quote</source>
        <translation>C&amp;hanger la citation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Show the source&apos;s text with its ¶ numbers; a passage selected there becomes a new quote with its locator</source>
        <translation>Afficher le texte de la source avec ses numéros de ¶&#xa0;; un passage qui y est sélectionné devient une nouvelle citation avec son emplacement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Source (&amp;book, article…):</source>
        <translation>Source (livre, article, site &amp;web…)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Source texts (*.txt *.md *.markdown *.html *.htm)</source>
        <translation>Textes sources (*.txt *.md *.markdown *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Source title:</source>
        <translation>Titre de la source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Spea&amp;ker:</source>
        <translation>L&amp;ocuteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Text file:</source>
        <translation>Fichier texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The change was not made (see the status bar).</source>
        <translation>La modification n’a pas été faite (voir la barre d’état).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The editor shows another event now: press From Source Text… there.</source>
        <translation>L’éditeur montre maintenant un autre événement&#xa0;: appuyez là sur «&#xa0;Extraire du texte source…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The locator is longer than {limit} characters.</source>
        <translation>L’emplacement dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The new source needs a title.</source>
        <translation>La nouvelle source doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The quote has not changed.</source>
        <translation>La citation n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The quote&apos;s text is empty: type it, or take it from the source&apos;s text.</source>
        <translation>Le texte de la citation est vide&#xa0;: saisissez-le, ou prenez-le dans le texte de la source.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s address is longer than {limit} characters.</source>
        <translation>L’adresse de la source dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s address must start with http:// or https://.</source>
        <translation>L’adresse de la source doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s author is longer than {limit} characters.</source>
        <translation>L’auteur de la source dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s publisher is longer than {limit} characters.</source>
        <translation>L’éditeur de la source dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s text file: {reason}.</source>
        <translation>Le fichier texte de la source&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s title is longer than {limit} characters.</source>
        <translation>Le titre de la source dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The source&apos;s year must be a number, such as 2017, not “{year}”.</source>
        <translation>L’année de la source doit être un nombre, comme 2017, et non «&#xa0;{year}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The speaker is longer than {limit} characters.</source>
        <translation>Le locuteur dépasse {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>The text file was not taken: {reason}.</source>
        <translation>Le fichier texte n’a pas été pris&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>e.g. 2017 (or empty)</source>
        <translation>p. ex. 2017 (ou vide)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>https://… (or empty)</source>
        <translation>https://… (ou vide)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>{speaker}: “{quote}”</source>
        <translation>{speaker}&#xa0;: «&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>¶14, p. 12 (or empty)</source>
        <translation>¶14, p. 12 (ou vide)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/editor_quotes.py"/>
        <source>“{quote}”</source>
        <translation>«&#xa0;{quote}&#xa0;»</translation>
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
    <name>Encoding</name>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a ZIP archive (as Word, Excel and OpenDocument files are)</source>
        <translation>une archive ZIP (comme les fichiers Word, Excel et OpenDocument)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>a gzip-compressed file</source>
        <translation>un fichier compressé avec gzip</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>an RTF document from a word processor</source>
        <translation>un document RTF de traitement de texte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>an old Microsoft Office document (.doc, .xls)</source>
        <translation>un ancien document Microsoft Office (.doc, .xls)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is not valid UTF-16 (byte offset {offset}); save the file as UTF-8</source>
        <translation>le fichier n’est pas de l’UTF-16 valide (octet {offset})&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is not valid UTF-8 (byte offset {offset}: {byte}); save the file as UTF-8</source>
        <translation>le fichier n’est pas de l’UTF-8 valide (octet {offset}&#xa0;: {byte})&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is {encoding} without a byte-order mark; timeline files are UTF-8: save it as UTF-8</source>
        <translation>le fichier est en {encoding} sans indicateur d’ordre des octets&#xa0;; les fichiers de frise sont en UTF-8&#xa0;: enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is {encoding}; timeline files are UTF-8: save it as UTF-8</source>
        <translation>le fichier est en {encoding}&#xa0;; les fichiers de frise sont en UTF-8&#xa0;: enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file is {what}, not text; a timeline file is JSON text in UTF-8</source>
        <translation>le fichier est {what}, pas du texte&#xa0;; un fichier de frise est du texte JSON en UTF-8</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file starts with the byte-order mark %n times (U+FEFF, invisible in most editors); a file has at most one: save it as UTF-8 without BOM</source>
        <translation>
            <numerusform>le fichier commence %n fois par l’indicateur d’ordre des octets (U+FEFF, invisible dans la plupart des éditeurs)&#xa0;; un fichier en a au plus un&#xa0;: enregistrez-le en UTF-8 sans BOM</numerusform>
            <numerusform>le fichier commence %n fois par l’indicateur d’ordre des octets (U+FEFF, invisible dans la plupart des éditeurs)&#xa0;; un fichier en a au plus un&#xa0;: enregistrez-le en UTF-8 sans BOM</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/encoding.py"/>
        <source>the file starts with the byte-order mark twice (U+FEFF, invisible in most editors); a file has at most one: save it as UTF-8 without BOM</source>
        <translation>le fichier commence deux fois par l’indicateur d’ordre des octets (U+FEFF, invisible dans la plupart des éditeurs)&#xa0;; un fichier en a au plus un&#xa0;: enregistrez-le en UTF-8 sans BOM</translation>
    </message>
</context>
<context>
    <name>EventClipboard</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/event_clipboard.py"/>
        <source>Paste %n Events</source>
        <extracomment>English for 1: Paste %n Event</extracomment>
        <translation>
            <numerusform>Coller %n événement</numerusform>
            <numerusform>Coller %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;New…</source>
        <comment>a new category</comment>
        <translation>Nou&amp;velle…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Revert</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>14 July 1789, 1789-07-14, 14/07/1789</source>
        <translation>14 juillet 1789, 1789-07-14, 14/07/1789</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>14 July 1789, 1789-07-14, 14/07/1789 (or empty)</source>
        <translation>14 juillet 1789, 1789-07-14, 14/07/1789 (ou vide)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Add Category {name}</source>
        <translation>Ajouter la catégorie {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Add a category, with its own colour</source>
        <translation>Ajouter une catégorie, avec sa propre couleur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Apply the changes (Ctrl+Return); Undo takes them back</source>
        <translation>Appliquer les modifications (Ctrl+Entrée)&#xa0;; Annuler les reprend</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Date no&amp;te:</source>
        <translation>Re&amp;marque sur la date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Date so&amp;urce:</source>
        <translation>&amp;Source de la date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Edit {title}</source>
        <translation>Modifier {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Event Editor</source>
        <translation>Éditeur d’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Move {title}</source>
        <translation>Déplacer {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Name of the new category:</source>
        <translation>Nom de la nouvelle catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>New Category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Nothing has changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>P&amp;articipants:</source>
        <translation>&amp;Participants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Put the fields back as the event is (Escape)</source>
        <translation>Remettre les champs comme dans l’événement (Échap)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Read as {date}</source>
        <translation>Lu comme {date}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Select an event to edit it.</source>
        <translation>Sélectionnez un événement pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The change was not made (see the status bar).</source>
        <translation>La modification n’a pas été faite (voir la barre d’état).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The end: {problem}</source>
        <translation>La fin&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The start: {problem}</source>
        <translation>Le début&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>The title is empty: every event needs one.</source>
        <translation>Le titre est vide&#xa0;: chaque événement en a besoin.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Which date is meant</source>
        <translation>Quelle date est voulue</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>Which date?</source>
        <translation>Quelle date&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/event_editor.py"/>
        <source>{reading} Choose one in the list.</source>
        <translation>{reading} Choisissez-en une dans la liste.</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source> pages</source>
        <translation> pages</translation>
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
        <translation>3840 × 2160 (4K, net)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>A3 landscape, 300 dpi</source>
        <translation>A3 paysage, 300 ppp</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 paysage, 300 ppp</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Category legend</source>
        <translation>Légende des catégories</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Could not export: {reason}.</source>
        <translation>Exportation impossible&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Date axis</source>
        <translation>Axe des dates</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Dates to export</source>
        <translation>Dates à exporter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export Timeline</source>
        <translation>Exporter la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export message</source>
        <translation>Message d’exportation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Handout: the timeline, then a card per event with its quotes</source>
        <translation>Polycopié&#xa0;: la frise, puis une fiche par événement avec ses citations</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Lesson 4: the first meeting</source>
        <translation>Leçon 4&#xa0;: la première rencontre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Nothing was exported; “{name}” is unchanged.</source>
        <translation>Rien n’a été exporté&#xa0;; «&#xa0;{name}&#xa0;» est inchangé.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Optional, for example: {example}</source>
        <translation>Facultatif, par exemple&#xa0;: {example}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Pages of the poster</source>
        <translation>Pages de l’affiche</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Poster over</source>
        <translation>Affiche sur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Replace write-protected file?</source>
        <translation>Remplacer le fichier protégé en écriture&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Resolution in dots per inch</source>
        <translation>Résolution en points par pouce</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>SVG vector image</source>
        <translation>Image vectorielle SVG</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>SVG vector image (*.svg)</source>
        <translation>Image vectorielle SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Someone marked this file read-only, perhaps to keep it as it is. Replace it with the export anyway? It stays write-protected afterwards.</source>
        <translation>Quelqu’un a mis ce fichier en lecture seule, peut-être pour le garder tel quel. Le remplacer quand même par l’exportation&#xa0;? Il reste protégé en écriture ensuite.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Source credit</source>
        <translation>Crédit des sources</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>The current view</source>
        <translation>La vue actuelle</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>The whole timeline</source>
        <translation>Toute la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Transparent background</source>
        <translation>Fond transparent</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>the export failed: {reason}</source>
        <translation>l’exportation a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} landscape</source>
        <translation>{page} paysage</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} landscape, poster over %n pages</source>
        <translation>
            <numerusform>{page} paysage, affiche sur %n page</numerusform>
            <numerusform>{page} paysage, affiche sur %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} landscape, poster over %n pages, with a handout</source>
        <translation>
            <numerusform>{page} paysage, affiche sur %n page, avec polycopié</numerusform>
            <numerusform>{page} paysage, affiche sur %n pages, avec polycopié</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} landscape, with a handout</source>
        <translation>{page} paysage, avec polycopié</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} portrait</source>
        <translation>{page} portrait</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>{page} portrait, with a handout</source>
        <translation>{page} portrait, avec polycopié</translation>
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
        <translation>{width} × {height} px à {dpi} ppp</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/export_dialog.py"/>
        <source>“{name}” is write-protected.</source>
        <translation>«&#xa0;{name}&#xa0;» est protégé en écriture.</translation>
    </message>
</context>
<context>
    <name>FileFormats</name>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>Markwhen timelines</source>
        <translation>Frises markwhen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>SIMILE Timeline JSON files</source>
        <translation>Fichiers JSON SIMILE Timeline</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>SIMILE Timeline XML files</source>
        <translation>Fichiers XML SIMILE Timeline</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>The Timeline Project files</source>
        <translation>Fichiers The Timeline Project</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>Timeline files</source>
        <translation>Fichiers de frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>TimelineJS files</source>
        <translation>Fichiers TimelineJS</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>TimelineJS sheets</source>
        <translation>Feuilles TimelineJS</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/registry.py"/>
        <source>Timelines ({patterns})</source>
        <translation>Frises ({patterns})</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message numerus="yes">
        <location filename="../../timeline_app/fsutil.py"/>
        <source>%n bytes</source>
        <extracomment>English for 1: %n byte</extracomment>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a FIFO (named pipe), not a file</source>
        <translation>c’est un FIFO (tube nommé), pas un fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a block device, not a file</source>
        <translation>c’est un périphérique en mode bloc, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a character device, not a file</source>
        <translation>c’est un périphérique en mode caractère, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a folder (directory), not a file</source>
        <translation>c’est un dossier (répertoire), pas un fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a socket, not a file</source>
        <translation>c’est un socket, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is a special file, not a file</source>
        <translation>c’est un fichier spécial, pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>it is write-protected (read-only)</source>
        <translation>il est protégé en écriture (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>the file is larger than the limit of {limit}</source>
        <translation>le fichier dépasse la limite de {limit}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>the file is {size}; the limit is {limit}; it was not read</source>
        <translation>le fichier fait {size}&#xa0;; la limite est de {limit}&#xa0;; il n’a pas été lu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/fsutil.py"/>
        <source>{size} MB</source>
        <comment>megabytes</comment>
        <translation>{size}&#xa0;Mo</translation>
    </message>
</context>
<context>
    <name>ForeignFiles</name>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>a GeoJSON file (map data)</source>
        <translation>un fichier GeoJSON (données cartographiques)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>a JSON Schema (timeline.schema.json describes timeline files; it is not one)</source>
        <translation>un schéma JSON (timeline.schema.json décrit les fichiers de frise&#xa0;; ce n’en est pas un)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>a package.json (npm)</source>
        <translation>un package.json (npm)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>the settings file of this app</source>
        <translation>le fichier de réglages de cette application</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>this is not a timeline file: a JSON file without &quot;events&quot; (its fields: {fields})</source>
        <translation>ce n’est pas un fichier de frise&#xa0;: un fichier JSON sans &quot;events&quot; (ses champs&#xa0;: {fields})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>this is not a timeline file: it is an empty JSON object, without &quot;events&quot;</source>
        <translation>ce n’est pas un fichier de frise&#xa0;: c’est un objet JSON vide, sans &quot;events&quot;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/foreign.py"/>
        <source>this is not a timeline file: it looks like {kind}</source>
        <translation>ce n’est pas un fichier de frise&#xa0;: cela ressemble à {kind}</translation>
    </message>
</context>
<context>
    <name>FormatErrors</name>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>Line {line}, column {column}</source>
        <translation>Ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>category {number}</source>
        <translation>catégorie {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>era {number}</source>
        <translation>époque {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>event {number}</source>
        <translation>événement {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>media item {number}</source>
        <translation>média {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>participant {number}</source>
        <translation>participant {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>quote {number}</source>
        <translation>citation {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>source {number}</source>
        <translation>source {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>{problem} (and %n more problems)</source>
        <extracomment>English for 1: {problem} (and %n more problem)</extracomment>
        <translation>
            <numerusform>{problem} (et %n autre problème)</numerusform>
            <numerusform>{problem} (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/errors.py"/>
        <source>“{field}”</source>
        <comment>a field of the file</comment>
        <translation>«&#xa0;{field}&#xa0;»</translation>
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
    <name>ImportKit</name>
    <message>
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>the file holds no events that could be read ({what})</source>
        <translation>le fichier ne contient aucun événement lisible ({what})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>the file holds no events that could be read ({what}); %n problems in it, the first: {first}</source>
        <extracomment>English for 1: the file holds no events that could be read ({what}); %n problem in it, the first: {first}</extracomment>
        <translation>
            <numerusform>le fichier ne contient aucun événement lisible ({what})&#xa0;; %n problème&#xa0;: {first}</numerusform>
            <numerusform>le fichier ne contient aucun événement lisible ({what})&#xa0;; %n problèmes, dont le premier&#xa0;: {first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>year {year} BCE is outside the supported range (±{limit} years)</source>
        <translation>l’année {year} av. J.-C. est hors de la plage prise en charge (±{limit} ans)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/importkit.py"/>
        <source>year {year} is outside the supported range (±{limit} years)</source>
        <translation>l’année {year} est hors de la plage prise en charge (±{limit} ans)</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>%n eras</source>
        <extracomment>English for 1: %n era</extracomment>
        <translation>
            <numerusform>%n époque</numerusform>
            <numerusform>%n époques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>%n events</source>
        <extracomment>English for 1: %n event</extracomment>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>%n pictures are on the web (File › Download Images… fetches them)</source>
        <extracomment>English for 1: %n picture is on the web (File › Download Images… fetches them)</extracomment>
        <translation>
            <numerusform>%n image est sur le web (Fichier › Télécharger les images… la récupère)</numerusform>
            <numerusform>%n images sont sur le web (Fichier › Télécharger les images… les récupère)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>%n problems (see Details)</source>
        <extracomment>English for 1: %n problem (see Details)</extracomment>
        <translation>
            <numerusform>%n problème (voir Détails)</numerusform>
            <numerusform>%n problèmes (voir Détails)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{events} and {eras}</source>
        <translation>{events} et {eras}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from The Timeline Project file</source>
        <translation>{read} d’un fichier The Timeline Project</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a SIMILE Timeline JSON file</source>
        <translation>{read} d’un fichier JSON SIMILE Timeline</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a SIMILE Timeline XML file</source>
        <translation>{read} d’un fichier XML SIMILE Timeline</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a TimelineJS file</source>
        <translation>{read} d’un fichier TimelineJS</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a TimelineJS sheet</source>
        <translation>{read} d’une feuille TimelineJS</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a markwhen timeline</source>
        <translation>{read} d’une frise markwhen</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from a timeline file</source>
        <translation>{read} d’un fichier de frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/summary.py"/>
        <source>{read} from {kind}</source>
        <translation>{read} de&#xa0;: {kind}</translation>
    </message>
</context>
<context>
    <name>JsonScan</name>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a NUL byte: the file is not plain text, or not UTF-8</source>
        <translation>un octet NUL&#xa0;: le fichier n’est pas du texte brut, ou pas en UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a byte-order mark, invisible in most editors</source>
        <translation>un indicateur d’ordre des octets, invisible dans la plupart des éditeurs</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a line break inside a string: close the string with a double quote, or write the line break as \n</source>
        <translation>un saut de ligne dans une chaîne&#xa0;: fermez la chaîne par un guillemet droit double, ou écrivez le saut de ligne \n</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a no-break space; write an ordinary space</source>
        <translation>une espace insécable&#xa0;; écrivez une espace ordinaire</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>a string is not closed with a double quote</source>
        <translation>une chaîne n’est pas fermée par un guillemet droit double</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>control character {code} inside a string; escape it</source>
        <translation>caractère de contrôle {code} dans une chaîne&#xa0;; échappez-le</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>duplicate key {key}; each key may appear once</source>
        <translation>clé en double {key}&#xa0;; chaque clé ne peut apparaître qu’une fois</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>extra text after the end of the JSON document</source>
        <translation>texte en trop après la fin du document JSON</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>invalid escape sequence in a string</source>
        <translation>séquence d’échappement non valide dans une chaîne</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>lone surrogate {escape} is not a character</source>
        <translation>le substitut isolé {escape} n’est pas un caractère</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>nested deeper than {depth} levels</source>
        <translation>imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>not a valid number</source>
        <translation>nombre non valide</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>number has {length} characters; too long</source>
        <translation>le nombre compte {length} caractères&#xa0;; trop long</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>number {number} is too large</source>
        <translation>le nombre {number} est trop grand</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>remove the comma after the last field: JSON allows none before &apos;}&apos;</source>
        <translation>supprimez la virgule après le dernier champ&#xa0;: JSON n’en permet aucune avant &apos;}&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>remove the comma after the last item: JSON allows none before &apos;]&apos;</source>
        <translation>supprimez la virgule après le dernier élément&#xa0;: JSON n’en permet aucune avant &apos;]&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>the file ends inside an object</source>
        <translation>le fichier se termine à l’intérieur d’un objet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>the file ends inside an unfinished object or array</source>
        <translation>le fichier se termine dans un objet ou un tableau inachevé</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>the file ends too early</source>
        <translation>le fichier se termine trop tôt</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>the file ends where a value should be</source>
        <translation>le fichier se termine là où une valeur devrait se trouver</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>unexpected character {code}</source>
        <translation>caractère inattendu {code}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>unexpected character {code} ({name})</source>
        <translation>caractère inattendu {code} ({name})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>unexpected word {word}; strings need double quotes</source>
        <translation>mot inattendu {word}&#xa0;; les chaînes doivent être entre guillemets droits doubles</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>unexpected {character}</source>
        <translation>{character} inattendu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{found}; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>{found}&#xa0;; &apos;,&apos; ou &apos;]&apos; était attendu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{found}; expected &apos;,&apos; or {brace}</source>
        <translation>{found}&#xa0;; &apos;,&apos; ou {brace} était attendu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{found}; expected &apos;:&apos; after the key</source>
        <translation>{found}&#xa0;; &apos;:&apos; était attendu après la clé</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{found}; expected a key in double quotes</source>
        <translation>{found}&#xa0;; une clé entre guillemets droits doubles était attendue</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/jsonscan.py"/>
        <source>{word} is not allowed in JSON; write a number</source>
        <translation>{word} n’est pas permis en JSON&#xa0;; écrivez un nombre</translation>
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
    <name>LiveReload</name>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>&amp;Keep My Changes</source>
        <translation>&amp;Garder mes modifications</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Recharger depuis le disque</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Go on editing; Save will ask before writing over the file</source>
        <translation>Continuer à modifier&#xa0;; Enregistrer demandera avant d’écraser le fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>Show the file as it is on disk; your changes are lost</source>
        <translation>Afficher le fichier tel qu’il est sur le disque&#xa0;; vos modifications sont perdues</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>{name} changed on disk but does not read as it is now ({problem}). The timeline shown is the last version that did; it updates when the file is saved again.</source>
        <translation>{name} a changé sur le disque mais ne peut pas être lu tel quel ({problem}). La frise affichée est la dernière version lisible&#xa0;; elle se met à jour quand le fichier est de nouveau enregistré.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/live_reload.py"/>
        <source>“{name}” was changed on disk, and you have unsaved changes here. Reload it (your changes are lost), or keep your changes (Save will ask before writing over the file).</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque, et vous avez ici des modifications non enregistrées. Rechargez-le (vos modifications sont perdues) ou gardez vos modifications (Enregistrer demandera avant d’écraser le fichier).</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>An unexpected error stopped the loading ({reason}).</source>
        <translation>Une erreur inattendue a interrompu le chargement ({reason}).</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Opening {name}: preparing the timeline…</source>
        <translation>Ouverture de {name}&#xa0;: préparation de la frise…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Progress of opening {name}</source>
        <translation>Progression de l’ouverture de {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>Stop opening this file; the timeline on screen stays</source>
        <translation>Arrêter l’ouverture de ce fichier&#xa0;; la frise affichée reste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/loading.py"/>
        <source>There is not enough memory to open this file.</source>
        <translation>La mémoire ne suffit pas pour ouvrir ce fichier.</translation>
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
    <name>Markwhen</name>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>lines such as &apos;2023-05-10: What happened&apos;</source>
        <translation>des lignes comme &apos;2023-05-10: Ce qui s’est passé&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>the event is skipped: the range {start} – {end} ends before it starts</source>
        <translation>l’événement est ignoré&#xa0;: la période {start} – {end} finit avant de commencer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>the event is skipped: {problem}</source>
        <translation>l’événement est ignoré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>the event is skipped: {text} is not a date markwhen reads (write 2023-05-10, 1215, 3000 BC, Jan 2023 or 05/10/2023)</source>
        <translation>l’événement est ignoré&#xa0;: {text} n’est pas une date que markwhen lit (écrivez 2023-05-10, 1215, 3000 BC, Jan 2023 ou 05/10/2023)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>this line belongs to no event and is not part of the header; it is left out</source>
        <translation>cette ligne n’appartient à aucun événement ni à l’en-tête&#xa0;; elle est omise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>time zone {zone} is not known; times are kept as written</source>
        <translation>le fuseau horaire {zone} est inconnu&#xa0;; les heures restent telles qu’écrites</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{colour} is not a colour this app knows (write #rrggbb, #rgb, rgb(r, g, b) or a colour name); the tag keeps its lane without it</source>
        <translation>{colour} n’est pas une couleur que cette application connaît (écrivez #rrggbb, #rgb, rgb(r, g, b) ou un nom de couleur)&#xa0;; l’étiquette garde sa ligne sans couleur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: UTC offset {offset} is out of range (-14:00 to +14:00)</source>
        <translation>{text}&#xa0;: le décalage UTC {offset} est hors limites (de -14:00 à +14:00)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: a year of one or two digits is never guessed; write it in full</source>
        <translation>{text}&#xa0;: une année d’un ou deux chiffres n’est jamais devinée&#xa0;; écrivez-la en entier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: a year of one or two digits is never guessed; write it in full, or with its era ({ad}, {bc})</source>
        <translation>{text}&#xa0;: une année d’un ou deux chiffres n’est jamais devinée&#xa0;; écrivez-la en entier, ou avec son ère ({ad}, {bc})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: there is no year 0 AD; 1 BC is followed by AD 1</source>
        <translation>{text}&#xa0;: il n’y a pas d’an 0 AD&#xa0;; 1 BC est suivi de AD 1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: there is no year 0 BC; 1 BC is followed by AD 1</source>
        <translation>{text}&#xa0;: il n’y a pas d’an 0 BC&#xa0;; 1 BC est suivi de AD 1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/markwhen.py"/>
        <source>{text}: {hour} is not an hour of a 12-hour clock</source>
        <translation>{text}&#xa0;: {hour} n’est pas une heure d’une horloge de 12 heures</translation>
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
    <name>QuoteCheck</name>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>&apos;text&apos; must be a file name without spaces around it, e.g. &quot;lesson-source.txt&quot;</source>
        <translation>&apos;text&apos; doit être un nom de fichier sans espace autour, p. ex. &quot;lesson-source.txt&quot;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>&apos;text&apos; must be a path relative to the timeline file, e.g. &quot;sources/lesson-source.txt&quot;, not an absolute path</source>
        <translation>&apos;text&apos; doit être un chemin relatif au fichier de la frise, p. ex. &quot;sources/lesson-source.txt&quot;, pas un chemin absolu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>&apos;text&apos; must name a .txt, .md or .html file, not {name}</source>
        <translation>&apos;text&apos; doit désigner un fichier .txt, .md ou .html, pas {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>&apos;text&apos; names a file beside the timeline, e.g. &quot;lesson-source.txt&quot;; the app never fetches a source from the web: save its text next to the timeline</source>
        <translation>&apos;text&apos; désigne un fichier à côté de la frise, p. ex. &quot;lesson-source.txt&quot;&#xa0;; l’application ne télécharge jamais une source sur le web&#xa0;: enregistrez son texte à côté de la frise</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>and %n more differences</source>
        <extracomment>English for 1: and %n more difference</extracomment>
        <translation>
            <numerusform>et %n autre différence</numerusform>
            <numerusform>et %n autres différences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>found verbatim in {where}, not in {locator} as its locator says</source>
        <translation>trouvée mot pour mot dans {where}, et non dans {locator} comme le dit son emplacement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>it differs</source>
        <translation>il diffère</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not UTF-8 text (byte offset {offset}: {byte}); save it as UTF-8</source>
        <translation>pas du texte UTF-8 (octet {offset}&#xa0;: {byte})&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not found verbatim; closest passage in {where} (not where its locator says): “{passage}”; {differences}</source>
        <translation>non trouvée mot pour mot&#xa0;; passage le plus proche dans {where} (pas là où le dit son emplacement)&#xa0;: «&#xa0;{passage}&#xa0;»&#xa0;; {differences}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not found verbatim; closest passage in {where}: “{passage}”; {differences}</source>
        <translation>non trouvée mot pour mot&#xa0;; passage le plus proche dans {where}&#xa0;: «&#xa0;{passage}&#xa0;»&#xa0;; {differences}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not found: no passage of the source resembles it</source>
        <translation>non trouvée&#xa0;: aucun passage de la source ne lui ressemble</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>not valid UTF-16 (byte offset {offset})</source>
        <translation>UTF-16 non valide (octet {offset})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote adds {mine}</source>
        <translation>la citation ajoute {mine}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote adds {mine}, after “{before}”</source>
        <translation>la citation ajoute {mine}, après «&#xa0;{before}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote has {mine} where the source has {theirs}</source>
        <translation>la citation a {mine} là où la source a {theirs}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote has {mine} where the source has {theirs}, after “{before}”</source>
        <translation>la citation a {mine} là où la source a {theirs}, après «&#xa0;{before}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote leaves out {theirs}</source>
        <translation>la citation omet {theirs}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the quote leaves out {theirs}, after “{before}”</source>
        <translation>la citation omet {theirs}, après «&#xa0;{before}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source has no {locator} (its paragraphs are ¶{first}–¶{last})</source>
        <translation>la source n’a pas de {locator} (ses paragraphes vont de ¶{first} à ¶{last})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source has no {locator} (its paragraphs are ¶{first}–¶{last}); the words are in {where}</source>
        <translation>la source n’a pas de {locator} (ses paragraphes vont de ¶{first} à ¶{last})&#xa0;; les mots sont dans {where}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source has no {locator} (none)</source>
        <translation>la source n’a pas de {locator} (aucun paragraphe)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source has no {locator} (none); the words are in {where}</source>
        <translation>la source n’a pas de {locator} (aucun paragraphe)&#xa0;; les mots sont dans {where}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the source names no full text to check against</source>
        <translation>la source n’indique aucun texte complet pour la vérifier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>the timeline is not in a file, so the text beside it is not known</source>
        <translation>la frise n’est pas dans un fichier, donc le texte à côté est inconnu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>unchecked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>verbatim in {where}</source>
        <translation>mot pour mot dans {where}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>verbatim in {where}; the locator {locator} names no ¶ or page, so only the words were checked</source>
        <translation>mot pour mot dans {where}&#xa0;; l’emplacement {locator} n’indique ni ¶ ni page, seuls les mots ont donc été vérifiés</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>verbatim in {where}; the text marks no pages, so the page was not checked</source>
        <translation>mot pour mot dans {where}&#xa0;; le texte ne marque pas de pages, la page n’a donc pas été vérifiée</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/quotecheck.py"/>
        <source>{name}: no such file</source>
        <translation>{name}&#xa0;: fichier introuvable</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Last changed at {when}: %n events. If you discard it, it cannot be brought back.</source>
        <extracomment>English for 1: Last changed at {when}: %n event. If you discard it, it cannot be brought back.</extracomment>
        <translation>
            <numerusform>Dernière modification le {when}&#xa0;: %n événement. Si vous l’abandonnez, il ne pourra pas être récupéré.</numerusform>
            <numerusform>Dernière modification le {when}&#xa0;: %n événements. Si vous l’abandonnez, il ne pourra pas être récupéré.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Restored the unsaved work on {name}, last changed at {when}</source>
        <translation>Travail non enregistré sur {name} restauré, dernière modification le {when}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>{time} on {day} {month} {year}</source>
        <translation>{day} {month} {year} à {time}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/recovery.py"/>
        <source>“{name}” was not saved when Timeline last closed. Restore the unsaved work?</source>
        <translation>«&#xa0;{name}&#xa0;» n’était pas enregistré quand Timeline a été fermé la dernière fois. Restaurer le travail non enregistré&#xa0;?</translation>
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
    <name>SidePanels</name>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>%n events</source>
        <extracomment>English for 1: %n event</extracomment>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Events in time order</source>
        <translation>Événements dans l’ordre chronologique</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>No match among %n events</source>
        <extracomment>English for 1: No match among %n event</extracomment>
        <translation>
            <numerusform>Aucun résultat parmi %n événement</numerusform>
            <numerusform>Aucun résultat parmi %n événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Search events…</source>
        <translation>Rechercher des événements…</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>Show or hide the category “{name}”</source>
        <translation>Afficher ou masquer la catégorie «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>{row} of %n matches</source>
        <extracomment>English for 1: {row} of %n match</extracomment>
        <translation>
            <numerusform>{row} sur %n résultat</numerusform>
            <numerusform>{row} sur %n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>{shown} of %n events</source>
        <extracomment>English for 1: {shown} of %n event</extracomment>
        <translation>
            <numerusform>{shown} sur %n événement</numerusform>
            <numerusform>{shown} sur %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/side_panels.py"/>
        <source>{shown} of %n events match</source>
        <extracomment>English for 1: {shown} of %n event match</extracomment>
        <translation>
            <numerusform>Résultats&#xa0;: {shown} sur %n événement</numerusform>
            <numerusform>Résultats&#xa0;: {shown} sur %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Simile</name>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>a SIMILE JSON file is an object with a list &quot;events&quot;</source>
        <translation>un fichier JSON de SIMILE est un objet avec une liste &quot;events&quot;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>event {number} has neither a title nor a description; skipped</source>
        <translation>l’événement {number} n’a ni titre ni description&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>event {number} is not an object</source>
        <translation>l’événement {number} n’est pas un objet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>events with a start date and a title</source>
        <translation>des événements avec une date de début et un titre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>the root element is {element}; SIMILE files have &lt;data&gt;</source>
        <translation>l’élément racine est {element}&#xa0;; les fichiers SIMILE ont &lt;data&gt;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{element} is not an event; skipped</source>
        <translation>{element} n’est pas un événement&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text} is not a date SIMILE Timeline reads; write a year (1840, 200 BC) or a date such as &apos;Nov 14 1840 00:00:00 GMT&apos; or 1840-11-14</source>
        <translation>{text} n’est pas une date que SIMILE Timeline lit&#xa0;; écrivez une année (1840, 200 BC) ou une date comme &apos;Nov 14 1840 00:00:00 GMT&apos; ou 1840-11-14</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text} is not a year (SIMILE reads a date this short as a year)</source>
        <translation>{text} n’est pas une année (SIMILE lit une date aussi courte comme une année)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text} is not an ISO 8601 date, which this file says it uses</source>
        <translation>{text} n’est pas une date ISO 8601, le format que ce fichier déclare utiliser</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text}: UTC offset {offset} is out of range (-14:00 to +14:00)</source>
        <translation>{text}&#xa0;: le décalage UTC {offset} est hors limites (de -14:00 à +14:00)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text}: a year before the common era counts from 1</source>
        <translation>{text}&#xa0;: une année avant l’ère commune se compte à partir de 1</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{text}: {hour} is not an hour of a 12-hour clock</source>
        <translation>{text}&#xa0;: {hour} n’est pas une heure d’une horloge de 12 heures</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{title} has no start date; skipped</source>
        <translation>{title} n’a pas de date de début&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{title} is skipped: it ends before it starts</source>
        <translation>{title} est ignoré&#xa0;: il finit avant de commencer</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/simile.py"/>
        <source>{title} is skipped: {problem}</source>
        <translation>{title} est ignoré&#xa0;: {problem}</translation>
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
    <name>SourceViewer</name>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>A quote holds at most {limit} characters.</source>
        <translation>Une citation compte au plus {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>A quote is one passage from one paragraph: make two quotes.</source>
        <translation>Une citation est un passage d’un seul paragraphe&#xa0;: faites-en deux citations.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Select a passage within one paragraph, then press Use as Quote.</source>
        <translation>Sélectionnez un passage dans un seul paragraphe, puis appuyez sur «&#xa0;Utiliser comme citation&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Source text — {title}</source>
        <translation>Texte source — {title}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>The text of “{title}” cannot be shown: {reason}.</source>
        <translation>Le texte de «&#xa0;{title}&#xa0;» ne peut pas être affiché&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Title</source>
        <comment>the title of a source text</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>Use as Quote</source>
        <translation>Utiliser comme citation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/ui/source_viewer.py"/>
        <source>{locator}: %n characters selected</source>
        <extracomment>English for 1: {locator}: %n character selected</extracomment>
        <translation>
            <numerusform>{locator}&#xa0;: %n caractère sélectionné</numerusform>
            <numerusform>{locator}&#xa0;: %n caractères sélectionnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>a sheet of the spreadsheet spans {cells} cells (from A1 to its last cell with anything in it); at most {limit} are read</source>
        <translation>une feuille du classeur s’étend sur {cells} cellules (de A1 à sa dernière cellule remplie)&#xa0;; au plus {limit} sont lues</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>row {row}, column {column}</source>
        <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>row {row}: a quoted cell is never closed (a &quot; is missing), so the rest of the file would be read as one cell</source>
        <translation>ligne {row}&#xa0;: une cellule entre guillemets n’est jamais fermée (il manque un &quot;), le reste du fichier serait donc lu comme une seule cellule</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>row {row}: the file is not readable as CSV ({reason})</source>
        <translation>ligne {row}&#xa0;: le fichier n’est pas lisible en CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>sheet {sheet}, {place}</source>
        <translation>feuille {sheet}, {place}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the file is not UTF-8; it was read as Windows-1252 (Excel&apos;s plain CSV): check accented letters, or save it as &apos;CSV UTF-8&apos;</source>
        <translation>le fichier n’est pas en UTF-8&#xa0;; il a été lu en Windows-1252 (le CSV simple d’Excel)&#xa0;: vérifiez les lettres accentuées, ou enregistrez-le en &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the file is not a spreadsheet this app reads (an .xlsx or .ods workbook, or CSV text)</source>
        <translation>le fichier n’est pas un classeur que cette application lit (un classeur .xlsx ou .ods, ou du texte CSV)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet cannot be opened ({reason})</source>
        <translation>le classeur ne peut pas être ouvert ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet cannot be opened: it is damaged ({reason})</source>
        <translation>le classeur ne peut pas être ouvert&#xa0;: il est endommagé ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet cannot be read: {reason}</source>
        <translation>le classeur ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet has no sheets</source>
        <translation>le classeur n’a pas de feuille</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/tables.py"/>
        <source>the spreadsheet unpacks to {size} bytes; the limit is {limit} bytes; it was not read</source>
        <translation>le classeur se décompresse en {size} octets&#xa0;; la limite est de {limit} octets&#xa0;; il n’a pas été lu</translation>
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
    <name>TimelineJSSheetWriter</name>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>A TimelineJS sheet cannot hold: {what}</source>
        <translation>Une feuille TimelineJS ne peut pas contenir&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>categories whose names the sheet reads differently</source>
        <translation>des catégories dont la feuille lit le nom autrement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>categories without events</source>
        <translation>des catégories sans événements</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>category colours</source>
        <translation>les couleurs des catégories</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>date sources and date notes</source>
        <translation>les sources et les notes des dates</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>dates the sheet writes differently (a time zone, or a precision of its own)</source>
        <translation>des dates que la feuille écrit autrement (un fuseau horaire, ou une précision propre)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>eras&apos; colours, or eras the sheet reads differently</source>
        <translation>les couleurs des époques, ou des époques que la feuille lit autrement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>more than one picture or media item, or one the sheet reads differently</source>
        <translation>plus d’une image ou d’un média, ou un média que la feuille lit autrement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>participants</source>
        <translation>les participants</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>places</source>
        <translation>les lieux</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>quotes the sheet reads differently (with no source or locator, or blank)</source>
        <translation>des citations que la feuille lit autrement (sans source ni emplacement, ou vides)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>sources the sheet cannot name as they are (an author, an address, a note, a full text, a title with commas, or no quote citing them)</source>
        <translation>des sources que la feuille ne peut pas nommer telles quelles (un auteur, une adresse, une note, un texte intégral, un titre avec des virgules, ou aucune citation qui les cite)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>the order of the categories</source>
        <translation>l’ordre des catégories</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>the rows left out when the file was opened</source>
        <translation>les lignes omises à l’ouverture du fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>the timeline&apos;s title or description</source>
        <translation>le titre ou la description de la frise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet_writer.py"/>
        <source>titles or texts the sheet reads differently</source>
        <translation>des titres ou des textes que la feuille lit autrement</translation>
    </message>
</context>
<context>
    <name>TimelineJs</name>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a day of that month</source>
        <translation>un jour de ce mois</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a day of the month</source>
        <translation>un jour du mois</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a minute (0 to 59)</source>
        <translation>une minute (0 à 59)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a month (1 to 12)</source>
        <translation>un mois (1 à 12)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a second (0 to 59)</source>
        <translation>une seconde (0 à 59)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>a year</source>
        <translation>une année</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>an era needs an end date; it is left out</source>
        <translation>une époque a besoin d’une date de fin&#xa0;; elle est omise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>an hour (0 to 23)</source>
        <translation>une heure (0 à 23)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>the end ({end}) is before the start ({start}); it is left out</source>
        <translation>la fin ({end}) précède le début ({start})&#xa0;; elle est omise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>the era {title} keeps its headline and dates only; its {fields} is not shown (as in TimelineJS)</source>
        <translation>l’époque {title} ne garde que son titre et ses dates&#xa0;; son champ {fields} n’est pas affiché (comme dans TimelineJS)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>the year is empty</source>
        <translation>l’année est vide</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>the year {year} is beyond the supported range (±{limit} years)</source>
        <translation>l’année {year} est hors de la plage prise en charge (±{limit} ans)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>{value} is not a date (write 1943-06-05, 6/5/1943 or 1943)</source>
        <translation>{value} n’est pas une date (écrivez 1943-06-05, 6/5/1943 ou 1943)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>{value} is not a time of day (write 3:30 pm, 15:30, 1530 or 15.30)</source>
        <translation>{value} n’est pas une heure (écrivez 3:30 pm, 15:30, 1530 ou 15.30)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_common.py"/>
        <source>{value} is not {what}</source>
        <translation>{value} n’est pas {what}</translation>
    </message>
</context>
<context>
    <name>TimelineJsJson</name>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>and %n more problems like these</source>
        <extracomment>English for 1: and %n more problem like these</extracomment>
        <translation>
            <numerusform>et %n autre problème de ce genre</numerusform>
            <numerusform>et %n autres problèmes de ce genre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>must be text or a number, not {kind}</source>
        <translation>doit être du texte ou un nombre, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>the file has no events that can be read</source>
        <translation>le fichier n’a aucun événement lisible</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>the file is not a TimelineJS timeline (an object)</source>
        <translation>le fichier n’est pas une frise TimelineJS (un objet)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>the file is not a TimelineJS timeline: it has neither &apos;events&apos; nor a &apos;timeline&apos; object</source>
        <translation>le fichier n’est pas une frise TimelineJS&#xa0;: il n’a ni &apos;events&apos; ni objet &apos;timeline&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>the number is too large to be read</source>
        <translation>le nombre est trop grand pour être lu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>{key} must be a list [...]</source>
        <translation>{key} doit être une liste [...]</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>{value} is not a whole number</source>
        <translation>{value} n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_json.py"/>
        <source>{what} must be an object {object}</source>
        <translation>{what} doit être un objet {object}</translation>
    </message>
</context>
<context>
    <name>TimelineJsSheet</name>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>and %n more problems like these</source>
        <extracomment>English for 1: and %n more problem like these</extracomment>
        <translation>
            <numerusform>et %n autre problème de ce genre</numerusform>
            <numerusform>et %n autres problèmes de ce genre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>the sheet has no &apos;Year&apos; column, which TimelineJS needs; its first row has {cells}</source>
        <translation>la feuille n’a pas de colonne &apos;Year&apos;, nécessaire à TimelineJS&#xa0;; sa première ligne contient {cells}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>the sheet has no events: no row below the header has a Year that can be read</source>
        <translation>la feuille n’a aucun événement&#xa0;: aucune ligne sous l’en-tête n’a de Year lisible</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>the sheet is empty</source>
        <translation>la feuille est vide</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timelinejs_sheet.py"/>
        <source>this quote has no event above it to belong to; it is left out</source>
        <translation>cette citation n’a pas d’événement au-dessus auquel se rattacher&#xa0;; elle est omise</translation>
    </message>
</context>
<context>
    <name>TimelineJson</name>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>&apos;source&apos; is required: the id of the source the quote is from (defined: {ids})</source>
        <translation>&apos;source&apos; est obligatoire&#xa0;: l’identifiant de la source de la citation (définies&#xa0;: {ids})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>&apos;source&apos; is required: the id of the source the quote is from; the file defines no sources yet, so add one to &apos;sources&apos; first</source>
        <translation>&apos;source&apos; est obligatoire&#xa0;: l’identifiant de la source de la citation&#xa0;; le fichier ne définit encore aucune source, ajoutez-en d’abord une à &apos;sources&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>&apos;year&apos; must be a whole number such as 2017, not {kind}</source>
        <translation>&apos;year&apos; doit être un nombre entier comme 2017, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a category</source>
        <translation>une catégorie</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a media item</source>
        <translation>un média</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a quote</source>
        <translation>une citation</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>a source</source>
        <translation>une source</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>an era</source>
        <translation>une époque</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>category id {id} is used twice</source>
        <translation>l’identifiant de catégorie {id} est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>contains the invisible control character {code} at position {position}; remove it</source>
        <translation>contient le caractère de contrôle invisible {code} à la position {position}&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>each participant must be a name in double quotes</source>
        <translation>chaque participant doit être un nom entre guillemets droits doubles</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>event id {id} is used twice (first at {first})</source>
        <translation>l’identifiant d’événement {id} est utilisé deux fois (d’abord à {first})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>event {id}: the end is the same as the start ({start}); it is shown as a single date</source>
        <translation>événement {id}&#xa0;: la fin est identique au début ({start})&#xa0;; il est affiché comme une date unique</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>event {id}: the title has {length} characters; the timeline shows the beginning, the detail pane all of it</source>
        <translation>événement {id}&#xa0;: le titre compte {length} caractères&#xa0;; la frise en montre le début, le panneau de détails tout</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>event {id}: year 0000 is 1 BCE (ISO 8601 counts a year 0); write &quot;1 BCE&quot; to say so plainly, or 0001 for 1 CE</source>
        <translation>événement {id}&#xa0;: l’année 0000 est 1 av. J.-C. (ISO 8601 compte une année 0)&#xa0;; écrivez &quot;1 BCE&quot; pour le dire clairement, ou 0001 pour 1 apr. J.-C.</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>must be &quot;{name}&quot; (is this a timeline-app file?)</source>
        <translation>doit être &quot;{name}&quot; (est-ce un fichier timeline-app&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>must be one of {names}</source>
        <translation>doit être l’un de {names}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>must be one of {names}; got {value}</source>
        <translation>doit être l’un de {names}&#xa0;; trouvé&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>not valid JSON ({reason})</source>
        <translation>JSON non valide ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>only http:// and https:// links are allowed</source>
        <translation>seuls les liens http:// et https:// sont permis</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>source id {id} is used twice</source>
        <translation>l’identifiant de source {id} est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the end {end} is before the start {start}</source>
        <translation>la fin {end} précède le début {start}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the era has no &apos;end&apos; date</source>
        <translation>l’époque n’a pas de date &apos;end&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the era has no &apos;start&apos; date</source>
        <translation>l’époque n’a pas de date &apos;start&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the event has no &apos;start&apos; date</source>
        <translation>l’événement n’a pas de date &apos;start&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the file has no &apos;events&apos; list</source>
        <translation>le fichier n’a pas de liste &apos;events&apos;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the file is empty; expected a JSON object</source>
        <translation>le fichier est vide&#xa0;; un objet JSON était attendu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>the top level must be an object {object}, not {kind}</source>
        <translation>le niveau supérieur doit être un objet {object}, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>this app reads format version {version}; the file says {found}</source>
        <translation>cette application lit la version {version} du format&#xa0;; le fichier indique {found}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown category {ref} (defined: {ids})</source>
        <translation>catégorie inconnue {ref} (définies&#xa0;: {ids})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown category {ref} (no category is defined)</source>
        <translation>catégorie inconnue {ref} (aucune catégorie n’est définie)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown category {ref}; did you mean {close}?</source>
        <translation>catégorie inconnue {ref}&#xa0;; vouliez-vous dire {close}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown field {key}; did you mean {close}?</source>
        <translation>champ inconnu {key}&#xa0;; vouliez-vous dire {close}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown field {key}; {what} may have: {fields}</source>
        <translation>champ inconnu {key}&#xa0;; champs permis pour {what}&#xa0;: {fields}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown source {ref} (defined: {ids})</source>
        <translation>source inconnue {ref} (définies&#xa0;: {ids})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown source {ref} (no source is defined)</source>
        <translation>source inconnue {ref} (aucune source n’est définie)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>unknown source {ref}; did you mean {close}?</source>
        <translation>source inconnue {ref}&#xa0;; vouliez-vous dire {close}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{ids} and %n more</source>
        <extracomment>English for 1: {ids} and %n more</extracomment>
        <translation>
            <numerusform>{ids} et %n autre</numerusform>
            <numerusform>{ids} et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} is required and must be text</source>
        <translation>{key} est obligatoire et doit être du texte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} is {length} characters long; the limit is {limit}</source>
        <translation>{key} compte {length} caractères&#xa0;; la limite est {limit}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} is {length} characters long; the limit is {limit}; put the rest in {rest}</source>
        <translation>{key} compte {length} caractères&#xa0;; la limite est {limit}&#xa0;; mettez le reste dans {rest}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be a date such as &quot;2017-05-10&quot;</source>
        <translation>{key} doit être une date comme &quot;2017-05-10&quot;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be a list [...]</source>
        <translation>{key} doit être une liste [...]</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be a list [...], not {kind}</source>
        <translation>{key} doit être une liste [...], pas {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be text in double quotes, not {kind}</source>
        <translation>{key} doit être du texte entre guillemets droits doubles, pas {kind}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must be text, not null; or leave it out</source>
        <translation>{key} doit être du texte, pas null&#xa0;; ou bien omettez-le</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must not be empty</source>
        <translation>{key} ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{key} must not be empty: it has only invisible characters ({names})</source>
        <translation>{key} ne doit pas être vide&#xa0;: il ne contient que des caractères invisibles ({names})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{label} is finer than the start date {start} says</source>
        <translation>{label} est plus fin que ce que dit la date de début {start}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{value} is not a colour; write #rrggbb, e.g. #0072B2</source>
        <translation>{value} n’est pas une couleur&#xa0;; écrivez #rrggbb, p. ex. #0072B2</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{value} is not a valid id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (start with a letter or digit, at most 128 characters)</source>
        <translation>{value} n’est pas un identifiant valide&#xa0;: utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; (commencez par une lettre ou un chiffre, 128 caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/timeline_json.py"/>
        <source>{what} must be an object {object}, not {kind}</source>
        <translation>{what} doit être un objet {object}, pas {kind}</translation>
    </message>
</context>
<context>
    <name>TimelineProject</name>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>&lt;event&gt; elements with a &lt;start&gt;, an &lt;end&gt; and a &lt;text&gt;</source>
        <translation>des éléments &lt;event&gt; avec un &lt;start&gt;, un &lt;end&gt; et un &lt;text&gt;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>a category without a name is skipped</source>
        <translation>une catégorie sans nom est ignorée</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>category {name}: its parent {parent} is not in the file</source>
        <translation>catégorie {name}&#xa0;: son parent {parent} n’est pas dans le fichier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>category {name}: {problem}</source>
        <translation>catégorie {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>colour {value} has a part over 255; it is left out</source>
        <translation>la couleur {value} a une composante supérieure à 255&#xa0;; elle est omise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>colour {value} is not written r,g,b; it is left out</source>
        <translation>la couleur {value} n’est pas écrite r,g,b&#xa0;; elle est omise</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>era {name} is skipped: {problem}</source>
        <translation>l’époque {name} est ignorée&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>era {name}: {problem}</source>
        <translation>époque {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>event {number}</source>
        <translation>l’événement {number}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>event {number} has no text (title); skipped</source>
        <translation>l’événement {number} n’a pas de texte (titre)&#xa0;; ignoré</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>it ends ({end}) before it starts ({start})</source>
        <translation>il finit ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>it has no &lt;start&gt;</source>
        <translation>il n’a pas de &lt;start&gt;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the Bosparanian calendar of The Dark Eye</source>
        <translation>le calendrier bosparanien de L’Œil noir</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the Coptic calendar</source>
        <translation>le calendrier copte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the Pharaonic calendar</source>
        <translation>le calendrier pharaonique</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the file has no version number such as &lt;version&gt;2.5.0&lt;/version&gt;; it is not a file of The Timeline Project</source>
        <translation>le fichier n’a pas de numéro de version comme &lt;version&gt;2.5.0&lt;/version&gt;&#xa0;; ce n’est pas un fichier de The Timeline Project</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>the root element is {element}; a .timeline file has &lt;timeline&gt;</source>
        <translation>l’élément racine est {element}&#xa0;; un fichier .timeline a &lt;timeline&gt;</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>this is a numeric timeline (timetype numtime): its times are plain numbers such as 5 or 24, not dates, so they cannot be placed on a calendar</source>
        <translation>c’est une frise numérique (timetype numtime)&#xa0;: ses temps sont de simples nombres comme 5 ou 24, pas des dates, ils ne peuvent donc pas être placés dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>this is a text file of an early version of The Timeline Project ({written_by}), from before its XML format (0.10); open it in The Timeline Project 0.21.1, which converts it, and open the saved file</source>
        <translation>c’est un fichier texte d’une ancienne version de The Timeline Project ({written_by}), antérieure à son format XML (0.10)&#xa0;; ouvrez-le dans The Timeline Project 0.21.1, qui le convertit, puis ouvrez le fichier enregistré</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>this timeline uses {calendar} (timetype {kind}); only timelines of the Gregorian calendar (gregoriantime) can be opened</source>
        <translation>cette frise utilise {calendar} (timetype {kind})&#xa0;; seules les frises du calendrier grégorien (gregoriantime) peuvent être ouvertes</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>unknown timetype {kind}; expected gregoriantime</source>
        <translation>timetype inconnu {kind}&#xa0;; gregoriantime était attendu</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>{event} belongs to container {container}, which is not in the file; it is shown on its own</source>
        <translation>{event} appartient au conteneur {container}, qui n’est pas dans le fichier&#xa0;; il est affiché seul</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>{event} is skipped: {problem}</source>
        <translation>{event} est ignoré&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>{event}: category {category} is not among the file&apos;s categories; it is kept in the event&apos;s notes</source>
        <translation>{event}&#xa0;: la catégorie {category} ne fait pas partie des catégories du fichier&#xa0;; elle est gardée dans les notes de l’événement</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/thetimelineproject.py"/>
        <source>{value} is not a time as The Timeline Project writes it (YYYY-MM-DD hh:mm:ss)</source>
        <translation>{value} n’est pas une heure telle que l’écrit The Timeline Project (AAAA-MM-JJ hh:mm:ss)</translation>
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
<context>
    <name>XmlFiles</name>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file declares an XML entity ({name}); entities are refused, since a few lines of them can expand to gigabytes</source>
        <translation>le fichier déclare une entité XML ({name})&#xa0;; les entités sont refusées, car quelques lignes peuvent en produire des gigaoctets</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file declares an XML entity; entities are refused, since a few lines of them can expand to gigabytes</source>
        <translation>le fichier déclare une entité XML&#xa0;; les entités sont refusées, car quelques lignes peuvent en produire des gigaoctets</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file ends before its XML is complete (is it cut short?)</source>
        <translation>le fichier se termine avant que son XML soit complet (est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file is not valid {encoding} (byte offset {offset}); save it as UTF-8</source>
        <translation>le fichier n’est pas du {encoding} valide (octet {offset})&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file is not well-formed XML ({reason})</source>
        <translation>le fichier n’est pas du XML bien formé ({reason})</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file names an unknown encoding {name}</source>
        <translation>le fichier indique un encodage inconnu {name}</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file refers to an outside file or address ({target}) through an XML entity; it is refused and nothing is read: a timeline file must hold its own text</source>
        <translation>le fichier renvoie par une entité XML à un fichier ou une adresse extérieurs ({target})&#xa0;; c’est refusé et rien n’est lu&#xa0;: un fichier de frise doit contenir son propre texte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file refers to an outside file or address through an XML entity; it is refused and nothing is read: a timeline file must hold its own text</source>
        <translation>le fichier renvoie par une entité XML à un fichier ou une adresse extérieurs&#xa0;; c’est refusé et rien n’est lu&#xa0;: un fichier de frise doit contenir son propre texte</translation>
    </message>
    <message>
        <location filename="../../timeline_app/formats/xmlread.py"/>
        <source>the file&apos;s elements are nested too deeply</source>
        <translation>les éléments du fichier sont imbriqués trop profondément</translation>
    </message>
</context>
</TS>
