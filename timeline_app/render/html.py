"""Event details as HTML: the detail pane and the printed handout share this text.

Every piece of dataset text is escaped, so nothing in a file is ever interpreted as markup.
"""

from __future__ import annotations

import html
import os
from collections.abc import Collection, Sequence

from timeline_app.formats.quotecheck import NOT_FOUND, UNCHECKED, VERBATIM, QuoteCheck, describe
from timeline_app.i18n import context, number
from timeline_app.model.timeline import Event, Media, Quote, quotation, quoted_in
from timeline_app.render.theme import Theme
from timeline_app.view.text import break_long_words

tr = context("DetailHtml")

# The words below are marked here and translated where the HTML is made (tr(value)).
DATE_SOURCE_TEXT = {
    "article": tr.mark("Date as given in the article."),
    "public-record": tr.mark("Date from the public record, not from the article."),
}


def is_web_link(url: str) -> bool:
    """Only http and https links are ever offered; nothing else in a file becomes a link."""
    return url.lower().startswith(("http://", "https://")) and not any(
        c.isspace() or ord(c) < 32 for c in url
    )


def _p(text: str) -> str:
    """Escaped text with line breaks kept, and long words given places to break (a text
    layout of one unbroken word takes time in the square of its length)."""
    return html.escape(break_long_words(text)).replace("\n", "<br>")


MEDIA_WORDS = {
    "image": tr.mark("Picture"),
    "video": tr.mark("Video"),
    "audio": tr.mark("Sound"),
    "document": tr.mark("Document"),
    "link": tr.mark("Link"),
    "embed": tr.mark("Embedded"),
}


def media_html(
    k: int, media: Media, theme: Theme, shown: bool, links: bool = True, small: bool = True
) -> str:
    """One media item: the picture (named media:k, handed to the document by the caller)
    where ``shown``, else a line saying what it is; then its caption and credit. A web
    address is a link the user is asked about before it opens, and is never fetched."""
    muted = theme.muted_text
    kind = media.resolved_kind
    parts = []
    if shown:
        alt = html.escape(media.alt or media.caption, quote=True)
        parts.append(f"<p style='margin:8px 0 2px 0'><img src='media:{k}' alt='{alt}'></p>")
    else:
        word = tr(MEDIA_WORDS.get(kind, MEDIA_WORDS["link"]))
        if kind == "embed":
            what = ""
        elif media.is_web and links and is_web_link(media.url):
            href = html.escape(media.url, quote=True)
            what = f"<a href='{href}'>{_p(media.url[:200])}</a>"
        elif media.is_web:
            what = _p(media.url[:200])
        elif media.url.lower().startswith("data:"):
            what = html.escape(tr("(in the file; it cannot be shown)"))
        elif ":" in media.url.split("/", 1)[0] and len(media.url.split(":", 1)[0]) > 1:
            what = _p(media.url[:200])  # an address of another kind: shown, never opened
        elif os.path.isabs(media.url) or media.url.startswith(("\\", "~")):
            what = tr("{address} (only files beside the timeline file are shown)").format(
                address=_p(media.url[:200])
            )
        else:
            what = tr("{address} (not found beside the timeline file)").format(
                address=_p(media.url[:200])
            )
        alt = f"<br><span style='color:{muted}'>{_p(media.alt)}</span>" if media.alt else ""
        said = tr("{kind}: {what}").format(kind=html.escape(word), what=what)
        parts.append(f"<p style='margin:8px 0 2px 0'>{said}{alt}</p>")
    caption = " — ".join(p for p in (media.caption, media.credit and f"© {media.credit}") if p)
    if caption:
        size = "; font-size:small" if small else ""
        parts.append(f"<p style='margin:0; color:{muted}{size}'>{_p(caption)}</p>")
    return "".join(parts)


# The detail pane lays out quotes a page at a time: a page is this many quotes, or fewer
# once they hold this many characters (ten thousand quotes took 3.8 s to show at once).
QUOTES_PER_PAGE = 50
QUOTE_CHARS_PER_PAGE = 60_000


def quotes_shown(quotes: tuple[Quote, ...], pages: int) -> int:
    """How many of ``quotes`` the first ``pages`` pages hold (at least one quote a page)."""
    shown = 0
    for _ in range(pages):
        chars = 0
        end = min(len(quotes), shown + QUOTES_PER_PAGE)
        first = shown
        while shown < end and (
            shown == first or chars + len(quotes[shown].text) <= QUOTE_CHARS_PER_PAGE
        ):
            chars += len(quotes[shown].text)
            shown += 1
    return shown


def event_html(
    event: Event,
    theme: Theme,
    *,
    copy_links: bool = True,
    shown_media: Collection[int] = (),
    quote_pages: int | None = None,
    checks: Sequence[QuoteCheck] = (),
) -> str:
    """The pane's content for one event; every piece of dataset text is escaped.
    ``shown_media``: the places in ``event.media`` of the pictures the document holds. With
    ``quote_pages``, only that many pages of quotes, then a link that asks for more.
    ``checks``: what the check against the source found for the first quotes, each shown
    under its quote."""
    muted = theme.muted_text
    parts = [
        f"<h2 style='margin-bottom:2px'>{_p(event.title)}</h2>",
        f"<p style='margin-top:0; font-size:large'><b>{_p(event.date_text())}</b></p>",
    ]
    facts = []
    cell = f"<td style='color:{muted}; padding-right:8px'>"
    if event.location:
        where = html.escape(tr("Where"))
        facts.append(f"<tr>{cell}{where}</td><td>{_p(event.location)}</td></tr>")
    if event.participants:
        who = html.escape(tr("Who"))
        facts.append(f"<tr>{cell}{who}</td><td>{_p(', '.join(event.participants))}</td></tr>")
    if facts:
        parts.append(f"<table cellspacing='0' cellpadding='1'>{''.join(facts)}</table>")
    if event.summary:
        parts.append(f"<p>{_p(event.summary)}</p>")
    note = DATE_SOURCE_TEXT.get(event.date_source, "")
    note = tr(note) if note else ""
    if event.date_note:
        note = f"{note} {event.date_note}".strip()
    if note:
        parts.append(f"<p style='color:{muted}; font-size:small'>{_p(note)}</p>")
    for k, media in enumerate(event.media):
        parts.append(media_html(k, media, theme, k in shown_media, copy_links))
    if event.quotes:
        label = tr("Source quote") if len(event.quotes) == 1 else tr("Source quotes")
        parts.append(f"<h3 style='margin-bottom:0'>{html.escape(label)}</h3>")
    count = len(event.quotes)
    shown = count if quote_pages is None else quotes_shown(event.quotes, quote_pages)
    for i, quote in enumerate(event.quotes[:shown]):
        check = checks[i] if i < len(checks) else None
        parts.append(_quote_html(i, quote, theme, copy_links, check))
    if shown < count:
        said = tr.n("{shown} of %n quotes shown.", count)
        more = html.escape(tr("Show more quotes"))
        parts.append(
            f"<p style='margin-top:8px'>{html.escape(said.format(shown=number(shown)))} "
            f"<a href='more:quotes'>{more}</a></p>"
        )
    return "".join(parts)


def check_html(check: QuoteCheck, theme: Theme) -> str:
    """The mark of a quote's check against its source: ✓ verbatim, ✗ with the closest
    passage and what differs (the source's own characters underlined), or unchecked and why."""
    ok, bad, mark = (
        ("#7BD88F", "#FF8A80", "#5C2B29") if theme.dark else ("#1B7F3B", "#B3261E", "#FCE4E2")
    )
    muted = theme.muted_text
    p = "<p style='margin:4px 0 0 0'>"
    if check.status == UNCHECKED:
        said = tr("Unchecked: {reason}").format(reason=_p(check.message))
        return f"{p}<span style='color:{muted}'>{said}</span></p>"
    if check.status == VERBATIM:
        return f"{p}<b style='color:{ok}'>✓</b> {_p(_sentence(check.message))}</p>"
    if check.status != NOT_FOUND or not check.passage:
        return f"{p}<b style='color:{bad}'>✗</b> {_p(_sentence(check.message))}</p>"
    marked = []
    for kind, _, theirs in check.diff:
        if kind == "equal":
            marked.append(_p(theirs))
        elif theirs:
            marked.append(f"<u style='color:{bad}; background-color:{mark}'>{_p(theirs)}</u>")
        else:  # the quote adds text here
            marked.append(f"<b style='color:{bad}; background-color:{mark}'>‸</b>")
    said = describe(check.diff)
    listed = "; ".join(said[:3])
    if len(said) > 3:
        listed = tr.n("{differences}; and %n more", len(said) - 3).format(differences=listed)
    closest = tr("Not found verbatim in the source. Closest passage, in {where}:").format(
        where=_p(check.where)
    )
    return (
        f"{p}<b style='color:{bad}'>✗</b> {closest}</p>"
        f"<p style='margin:2px 0 0 12px'>{quotation(''.join(marked))}</p>"
        f"<p style='margin:2px 0 0 12px; color:{muted}; font-size:small'>"
        f"{_p(_sentence(listed))}.</p>"
    )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quote_html(
    i: int, quote: Quote, theme: Theme, copy_links: bool = True, check: QuoteCheck | None = None
) -> str:
    citation = (
        f"{_p(quote.source.author + ', ') if quote.source.author else ''}"
        f"<i>{_p(quote.source.title)}</i>"
        f"{_p(', ' + quote.source.publisher) if quote.source.publisher else ''}"
        f"{_p(', ' + str(quote.source.year)) if quote.source.year is not None else ''}"
        f"{_p(', ' + quote.locator) if quote.locator else ''}"
    )
    if quote.speaker:
        citation = quoted_in(f"<b>{_p(quote.speaker)}</b>", citation)
    # An unchecked quote says so at the end of its citation, in a line of its own only
    # where there is something to see.
    unchecked = (
        "<br><span style='font-size:small'>"
        f"{tr('Unchecked: {reason}').format(reason=_p(check.message))}</span>"
        if check is not None and check.status == UNCHECKED
        else ""
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='8' style='margin-top:8px'>"
        f"<tr><td width='4' bgcolor='{theme.grid}'></td>"
        f"<td><p style='margin:0'>{quotation(_p(quote.text))}</p>"
        f"<p style='margin:4px 0 0 0; color:{theme.muted_text}'>— {citation}{unchecked}</p>"
        + (check_html(check, theme) if check is not None and not unchecked else "")
        + (
            f"<p style='margin:4px 0 0 0'><a href='copy:{i}'>"
            f"{html.escape(tr('Copy quote with citation'))}</a>"
            + (
                f" · <a href='{html.escape(quote.source.url, quote=True)}'>"
                f"{html.escape(tr('Open the source'))}</a>"
                if is_web_link(quote.source.url)
                else ""
            )
            + "</p>"
            if copy_links
            else ""
        )
        + "</td></tr></table>"
    )


def sources_html(sources: list[tuple[str, str]]) -> str:
    """The closing list of sources: (citation, note) pairs, escaped."""
    items = "".join(
        f"<li>{_p(citation)}{'<br><small>' + _p(note) + '</small>' if note else ''}</li>"
        for citation, note in sources
    )
    return f"<h2>{html.escape(tr('Sources'))}</h2><ul>{items}</ul>"
