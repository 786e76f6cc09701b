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

# Anything that could be markup, or an invisible character to take out: a character, or a
# list item's marker at the start. (Two patterns: one with both, '[...]|^\s*[-+]', tries
# both at every place and takes two to three times as long as these together.)
_MARKUP = re.compile(r"[<>&\[\]*_`#\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_MARKUP_START = re.compile(r"\s*[-+]")
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
# Tags the converter writes nothing for: only their text shows.
_INLINE = frozenset(("b", "strong", "i", "em", "u", "span", "cite", "small", "sup", "sub"))
_SPACE = re.compile(r"[ \t\r\n\f\v]+")  # as richtext collapses white space
_SPACES = re.compile(r"[\t\r\n\f\v]|  ")  # what _SPACE would change
# Text and the tags between them (a '<' or '>' in the text is found by counting them).
_TOKEN = re.compile(r"(<[^<>]*>)")
_LINK = re.compile(r"""<a\s+href\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')\s*>""")  # one _TAG takes
# A link as _paragraph reads it: to a web address, its text without markup, without white
# space but single spaces inside it, and other than the address.
_WEB_LINK = re.compile(
    r"""<a href=(["'])(https?://[^"'<>&\s]*)\1>(?!\2</a>)([^<>&\s]++(?: [^<>&\s]++)*+)</a>"""
)
_ACTIONS: dict[str, tuple[str, str, int]] = {}  # a tag as written -> what it does
_MAX_ACTIONS = 4096
_ATTR = re.compile(r"([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'))?")
# What the Markdown pass of to_plain could change, besides tidying the lines.
_MARKDOWN = re.compile(r"[\[\]*_`#<>]|^\s*[-*+]", re.MULTILINE)
_MARKDOWN_CHARS = re.compile(r"[\[\]*_`#<>]")  # _MARKDOWN in two steps, each faster
_MARKDOWN_STARTS = frozenset("-*+")
_BLANK_LINES = re.compile(r"\n{3,}")


def visible(text: str) -> str:
    """The text without invisible control characters and lone surrogates (tabs and line
    ends stay)."""
    if text.isprintable():  # (no invisible character is printable: a quick test first)
        return text
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def plain(text: str) -> str:
    """``richtext.to_plain(text)``, with invisible control characters taken out first (a NUL
    from a damaged export: the app neither shows nor saves them)."""
    if _MARKUP.search(text) is None and _MARKUP_START.match(text) is None:
        return text.rstrip()
    if not text.isprintable() and _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("", text)
        if _MARKUP.search(text) is None and _MARKUP_START.match(text) is None:
            return text.rstrip()
    if "<" in text:
        body = _paragraph(text)
        if body is not None:
            # (what the general way below does with the lines [body, ""])
            if _MARKDOWN_CHARS.search(body) is not None or body.lstrip()[:1] in _MARKDOWN_STARTS:
                return richtext._markdown_to_plain(f"{body}\n")
            return body
    if "<" in text and richtext.looks_like_html(text):
        lines = _simple_html(text)
        if lines is None:
            return richtext.to_plain(text)
        converted = "\n".join(lines)
        if converted.count("\n") >= len(lines):  # a line break in a link's address
            if _MARKDOWN.search(converted) is None:
                return _tidy(converted)
            return richtext._markdown_to_plain(converted)
        if _MARKDOWN_CHARS.search(converted) is not None or any(
            line.lstrip()[:1] in _MARKDOWN_STARTS for line in lines
        ):
            return richtext._markdown_to_plain(converted)
        # _tidy has nothing to do but take off the blank line at the end: the lines are
        # right-stripped as they are written, and no two blank lines are written in a row.
        return converted.strip("\n")
    return richtext.to_plain(text)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def _paragraph(text: str) -> str | None:
    """The one line richtext's HTML converter writes for the commonest cell of a TimelineJS
    sheet, one paragraph of plain text with links to web addresses: '<p>Text <a
    href="https://…">link</a>.</p>'; None for any other text.

    Found by one pattern (for the links) and a few tests of the text between them, where
    _simple_html's walk over the tags takes about three times as long. The line is what the
    converter writes where nothing in it needs tidying: no white space but single spaces,
    each link with text that is not its address (so written 'text (address)').
    """
    if "<" not in text:
        return None  # not HTML: the converter for plain text keeps a space at the start
    body = text.strip(" \t\r\n\f\v")  # (white space outside the paragraph shows nothing)
    if body.startswith("<p>"):
        body = body[3:]
    if body.endswith("</p>"):
        body = body[:-4]
    if "<a" in body:
        parts = _WEB_LINK.split(body)  # text, then per link: quote, address, text, text
        n = len(parts)
        if n == 5:
            body = f"{parts[0]}{parts[3]} ({parts[2]}){parts[4]}"
        elif n > 5:
            pieces = [parts[0]]
            for k in range(4, n, 4):
                pieces += (parts[k - 1], " (", parts[k - 2], ")", parts[k])
            body = "".join(pieces)
    if "<" in body or ">" in body or "&" in body:
        return None  # other markup, or an entity
    if (not body.isprintable() or "  " in body) and _SPACES.search(body) is not None:
        return None  # white space the converter would change (tabs and line ends are not
        # printable: most text is, and needs no search)
    if body[:1] == " ":
        body = body[1:]  # (the converter drops a space at the start of a line)
    return body.rstrip()


def _simple_html(text: str) -> list[str] | None:
    """The lines richtext's HTML converter writes for ``text``, if its HTML is simple; else
    None.

    The converter's handlers for the simple tags, written out in one loop over the pieces
    of text and the tags between them: no HTML parser is made and no method is called per
    tag or piece of text, and what a tag does is looked up (a cell's tags are mostly the
    same few: <p>, </p>, </a>). Several times faster than feeding the tags to the converter.
    """
    parts = _TOKEN.split(text)
    tags = len(parts) // 2
    if text.count("<") != tags or text.count(">") != tags:
        return None  # a '<' or '>' outside a tag
    out: list[str] = []  # the lines written
    line: list[str] = []  # the pieces of the current line
    quote = 0  # depth of block quotes
    lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
    links: list[str] = []  # the href of each open <a>
    link_starts: list[int] = []
    found = parts[1::2]
    # The end of the text ends the block, as a closing </p> does.
    found.append("</p>")
    for data, tag in zip(parts[0::2], found, strict=True):
        if data:
            # _HtmlToText.write, outside <pre> and dropped elements
            if "&" in data:
                data = unescape(data)
            if (not data.isprintable() or "  " in data) and _SPACES.search(data) is not None:
                data = _SPACE.sub(" ", data)
            if data[:1] == " " and (not line or line[-1][-1:] == " "):
                data = data[1:]
            if data:
                line.append(data)
        action = _ACTIONS.get(tag)
        if action is None:
            action = _action(tag)
            if action is None:
                return None
            if action[0] != "a" and len(_ACTIONS) < _MAX_ACTIONS:
                _ACTIONS[tag] = action  # (a link's address is not worth keeping)
        kind, name, ends = action
        if not kind:
            continue
        if kind == "a":
            links.append(name)
            link_starts.append(len(line))
            continue
        if kind == "/a":
            if links:
                href = links.pop()
                first = link_starts.pop()
                shown = "".join(line[first:])
                link = richtext._link_text(shown, href)
                line[first:] = [link] if shown.strip() or href else []
            continue
        # _HtmlToText.end_line, and end_block where ``ends`` is 2
        written = "".join(line).rstrip()
        line = []
        if written:
            out.append("> " * quote + written if quote else written)
        if ends == 2 and out and out[-1] != "" and not lists:
            out.append("")
        if kind == "/":
            if name == "blockquote":
                quote = max(0, quote - 1)
            elif name == "ul" or name == "ol":
                if lists:
                    lists.pop()
                if not lists and out and out[-1] != "":
                    out.append("")  # end_block: its end_line has nothing left to write
        elif name == "blockquote":
            quote += 1
        elif name == "ul" or name == "ol":
            lists.append([1] if name == "ol" else [])
        elif name == "li":
            numbered = lists[-1] if lists else []
            if numbered:
                marker = f"{numbered[0]}. "
                numbered[0] += 1
            else:
                marker = "• "
            line.append("  " * max(0, len(lists) - 1) + marker)
    return out


def _action(tag: str) -> tuple[str, str, int] | None:
    """What a tag does in _simple_html, None where it is not simple: ('', name, 0) for
    nothing; ('a', href, 0) and ('/a', 'a', 0) for a link; ('<', name, ends) and
    ('/', name, ends) for the others, which end the line (1) or the block (2) first."""
    link = _LINK.fullmatch(tag)  # the most common tag, and a different one each time
    if link is not None:
        value = link.group(1) if link.group(1) is not None else link.group(2)
        return ("a", unescape(value) if value else "", 0)
    found = _TAG.fullmatch(tag)
    if found is None:
        return None
    closing, name, attrs, self_closing = found.groups()
    name = name.lower()
    if closing and (attrs or self_closing):
        return None
    if name in _INLINE:
        return ("", name, 0)
    if name not in _SIMPLE_TAGS:
        return None
    if closing:
        if name == "br":
            return ("", name, 0)  # </br> writes nothing
        if name == "a":
            return ("/a", name, 0)
        return ("/", name, 1 if name in ("li", "ul", "ol") else 2)
    if name == "a":
        href = ""  # the last href given, as the converter's dict of attributes keeps it
        for attr in _ATTR.finditer(attrs):
            if attr.group(1).lower() == "href":
                value = attr.group(2) if attr.group(2) is not None else attr.group(3)
                href = unescape(value) if value else ""
        return ("a", href, 0)
    return ("<", name, 1 if name in ("br", "ul", "ol", "li") else 2)
