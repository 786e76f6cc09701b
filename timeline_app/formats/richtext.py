"""HTML and Markdown from other tools' files, turned into the plain text the app shows.

Timelines made for the web carry their text as HTML (TimelineJS, SIMILE) or Markdown
(markwhen, TimelineJS sheets). The app shows plain text only, so that nothing in a file is
ever run, fetched or laid out by a browser engine. What a reader needs is kept: paragraphs,
list items, block quotes, line breaks, and every link as its text followed by its address.
Images and embedded frames become a line naming them, with their address; scripts and styles
are dropped whole.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_HTML_HINT = re.compile(r"<\s*/?\s*[A-Za-z][A-Za-z0-9]*[\s/>]|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
_BLOCKS = frozenset(
    (
        *("p", "div", "section", "article", "header", "footer", "aside", "main", "nav"),
        *("figure", "figcaption", "table", "thead", "tbody", "tr", "pre", "address"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "hr", "center"),
    )
)
_DROPPED = frozenset(("script", "style", "head", "title", "noscript", "template", "svg"))
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")

# Markdown, inline: [text](address), <address>, **strong**, __strong__, *em*, _em_, `code`.
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
# Markdown, per line: headings, list items, block quotes.
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^(\s*)[-*+]\s+(?=\S)")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")


def looks_like_html(text: str) -> bool:
    return _HTML_HINT.search(text) is not None


def to_plain(text: str) -> str:
    """Plain text for ``text`` written as HTML, Markdown or both (a TimelineJS cell may hold
    either). Paragraphs are separated by a blank line, list items start with '• ' (or their
    number), block quotes with '> ', and a link reads 'text (address)'."""
    if not text:
        return ""
    if looks_like_html(text):
        text = _HtmlToText.convert(text)
    return _markdown_to_plain(text)


def html_to_plain(text: str) -> str:
    """Plain text for a whole HTML page, as ``to_plain`` writes it, without the Markdown pass
    (a page's own asterisks and underscores are its text, not emphasis)."""
    return _tidy(_HtmlToText.convert(text)) if text else ""


def markdown_to_plain(text: str) -> str:
    """Plain text for Markdown: headings, list items, links and emphasis as ``to_plain``."""
    return _markdown_to_plain(text)


def _markdown_to_plain(text: str) -> str:
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        heading = _MD_HEADING.match(line)
        line = heading.group(1) if heading else _MD_BULLET.sub(r"\1• ", line, count=1)
        lines.append(_markdown_inline(line))
    return _tidy("\n".join(lines))


def _markdown_inline(line: str) -> str:
    line = _MD_IMAGE.sub(lambda m: _image_text(m.group(1), m.group(2)), line)
    line = _MD_LINK.sub(lambda m: _link_text(m.group(1), m.group(2)), line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_CODE.sub(r"\1", line)
    line = _MD_STRONG.sub(r"\2", line)
    return _MD_EM.sub(r"\2", line)


def _link_text(text: str, href: str) -> str:
    text, href = text.strip(), href.strip()
    if not href or href.startswith("#") or href.lower().startswith(("javascript:", "data:")):
        return text
    shown = href.removeprefix("mailto:")
    if not text or text in (href, shown):
        return shown
    return f"{text} ({shown})"


def _image_text(alt: str, src: str) -> str:
    alt, src = alt.strip(), src.strip()
    if src.lower().startswith("data:"):
        src = ""
    inner = "; ".join(p for p in (alt, src) if p)
    return f"[Image: {inner}]" if inner else ""


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


class _HtmlToText(HTMLParser):
    """A forgiving walk over HTML that writes what a reader sees, as plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.line: list[str] = []  # the words of the current line
        self.dropped = 0  # depth inside script, style and the like
        self.quote = 0  # depth of block quotes
        self.lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
        self.links: list[str] = []  # the href of each open <a>
        self.link_starts: list[int] = []
        self.pre = 0

    @classmethod
    def convert(cls, html: str) -> str:
        parser = cls()
        parser.feed(html)
        parser.close()
        parser.end_block()
        return "\n".join(parser.out)

    # -- output ---------------------------------------------------------------------------

    def write(self, text: str) -> None:
        if self.dropped:
            return
        if not self.pre:
            text = _SPACE.sub(" ", text)
            if not self.line and text.startswith(" "):
                text = text[1:]
            if self.line and self.line[-1].endswith(" ") and text.startswith(" "):
                text = text[1:]
        if text:
            self.line.append(text)

    def end_line(self) -> None:
        line = "".join(self.line).rstrip()
        self.line = []
        if line:
            prefix = "> " * self.quote
            self.out.append(prefix + line)

    def end_block(self) -> None:
        self.end_line()
        if self.out and self.out[-1] != "" and not self.lists:
            self.out.append("")

    # -- the parser's events --------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _DROPPED:
            self.dropped += 1
        elif tag == "br":
            self.end_line()
        elif tag in _BLOCKS:
            self.end_block()
            if tag == "pre":
                self.pre += 1
        elif tag == "blockquote":
            self.end_block()
            self.quote += 1
        elif tag in ("ul", "ol"):
            self.end_line()
            self.lists.append([1] if tag == "ol" else [])
        elif tag == "li":
            self.end_line()
            depth = max(0, len(self.lists) - 1)
            numbered = self.lists[-1] if self.lists else []
            if numbered:
                marker = f"{numbered[0]}. "
                numbered[0] += 1
            else:
                marker = "• "
            self.line.append("  " * depth + marker)
        elif tag == "a":
            self.links.append(a.get("href", ""))
            self.link_starts.append(len(self.line))
        elif tag == "img":
            self.write(_image_text(a.get("alt", ""), a.get("src", "")))
        elif tag in ("iframe", "embed", "video", "audio", "object", "source"):
            src = a.get("src", "") or a.get("data", "")
            if src and not src.lower().startswith(("javascript:", "data:")):
                self.write(f"[Embedded: {src}]")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _DROPPED:
            self.dropped -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropped = max(0, self.dropped - 1)
        elif tag in _BLOCKS:
            self.end_block()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag == "blockquote":
            self.end_block()
            self.quote = max(0, self.quote - 1)
        elif tag in ("ul", "ol"):
            self.end_line()
            if self.lists:
                self.lists.pop()
            if not self.lists:
                self.end_block()
        elif tag == "li":
            self.end_line()
        elif tag == "a" and self.links:
            href = self.links.pop()
            start = self.link_starts.pop()
            text = "".join(self.line[start:])
            self.line[start:] = [_link_text(text, href)] if text.strip() or href else []

    def handle_data(self, data: str) -> None:
        self.write(data)

    def unknown_decl(self, data: str) -> None:  # <![CDATA[...]]> and the like
        if data.upper().startswith("CDATA["):
            self.write(unescape(data[6:]))
