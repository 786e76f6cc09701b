"""``richtext.to_plain`` for the many cells of a large import, faster, with the same result.

Most cells hold no markup at all, or the simple HTML of a TimelineJS sheet (paragraphs, links,
emphasis, line breaks). Such text skips the general HTML tokenizer: its tags are found by one
pattern and handed to richtext's own converter, which writes the text exactly as it does for
``to_plain``; anything else (comments, scripts, unquoted attributes, a stray '<', tags not in
the simple set) takes ``to_plain`` itself. tests/formats/test_plaintext.py holds the two to
the same result.
"""

from __future__ import annotations

import re
from html import unescape

from timeline_app.formats import richtext

# Anything that could be markup, or an invisible character to take out.
_MARKUP = re.compile(r"[<>&\[\]*_`#\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]|^\s*[-+]")
# Control characters, and halves of surrogate pairs that JSON's \ud800 escapes can leave.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_SIMPLE_TAGS = frozenset(
    (
        *("p", "a", "br", "b", "strong", "i", "em", "u", "span", "cite", "small", "sup"),
        *("sub", "div", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6"),
    )
)
_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9]*)"
    r"((?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))?)*)"
    r"\s*(/?)>"
)
_ATTR = re.compile(r"([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'))?")
# What the Markdown pass of to_plain could change, besides tidying the lines.
_MARKDOWN = re.compile(r"[\[\]*_`#<>]|^\s*[-*+]", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")


def visible(text: str) -> str:
    """The text without invisible control characters and lone surrogates (tabs and line
    ends stay)."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def plain(text: str) -> str:
    """``richtext.to_plain(text)``, with invisible control characters taken out first (a NUL
    from a damaged export: the app neither shows nor saves them)."""
    if _MARKUP.search(text) is None:
        return text.rstrip()
    text = visible(text)
    if _MARKUP.search(text) is None:
        return text.rstrip()
    if "<" in text and richtext.looks_like_html(text):
        converted = _simple_html(text)
        if converted is None:
            return richtext.to_plain(text)
        if _MARKDOWN.search(converted) is None:
            return _tidy(converted)
        return richtext._markdown_to_plain(converted)
    return richtext.to_plain(text)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def _simple_html(text: str) -> str | None:
    """What richtext's HTML converter writes for ``text``, if its HTML is simple; else None."""
    parser = richtext._HtmlToText()
    at = 0
    for tag in _TAG.finditer(text):
        data = text[at : tag.start()]
        if "<" in data or ">" in data:
            return None
        if data:
            parser.handle_data(unescape(data))
        closing, name, attrs, self_closing = tag.groups()
        name = name.lower()
        if name not in _SIMPLE_TAGS:
            return None
        if closing:
            if attrs or self_closing:
                return None
            parser.handle_endtag(name)
        else:
            pairs: list[tuple[str, str | None]] = [
                (
                    m.group(1).lower(),
                    None
                    if m.group(2) is None and m.group(3) is None
                    else unescape(m.group(2) if m.group(2) is not None else m.group(3)),
                )
                for m in _ATTR.finditer(attrs)
            ]
            if self_closing:
                parser.handle_startendtag(name, pairs)
            else:
                parser.handle_starttag(name, pairs)
        at = tag.end()
    rest = text[at:]
    if "<" in rest or ">" in rest:
        return None
    if rest:
        parser.handle_data(unescape(rest))
    parser.end_block()
    return "\n".join(parser.out)
