"""Quotes checked against the full text of their source: are the words there verbatim, and
where the locator says?

A source may name its full text in its ``text`` field: a local ``.txt``, ``.md`` or ``.html``
file, relative to the timeline file (never fetched from anywhere). The text is read as a
reader sees it (Markdown and HTML become plain text through ``formats.richtext``) and cut into
blocks at blank lines. The first block is the title; the blocks after it are ¶1, ¶2, … and
headings count as blocks. A file may also number its own blocks, each starting with
``[TITLE]`` or ``[¶N]``, as a numbered copy of an article does. Pages are marked by form
feeds (as ``pdftotext`` writes them) or by lines such as ``[p. 12]``.

Within a block, a line break is a space (a text file wrapped at 72 columns reads as one
paragraph); every other character, curly quotes, dashes and no-break spaces included, must
be as written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from unicodedata import category, name

from timeline_app.formats.richtext import html_to_plain, markdown_to_plain
from timeline_app.fsutil import FileRefused, describe_os_error, read_regular_file
from timeline_app.i18n import context
from timeline_app.model.timeline import Quote, Source

tr = context("QuoteCheck")

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_TEXT_BYTES = 32 * 1024 * 1024

VERBATIM, WRONG_PLACE, NOT_FOUND, UNCHECKED = "verbatim", "wrong-place", "not-found", "unchecked"
MARKS = {VERBATIM: "✓", WRONG_PLACE: "✗", NOT_FOUND: "✗", UNCHECKED: tr.mark("unchecked")}

_BLOCK_MARKER = re.compile(r"\[(TITLE|¶\s?(\d+))\][ \t]?")
_PAGE_LINE = re.compile(r"[ \t]*\[(?:p\.|page)[ \t]*(\d+)\][ \t]*", re.IGNORECASE)
_PARAGRAPHS = re.compile(
    r"(?:¶¶?|paras?\.|paragraphs?)\s*(\d+)(?:\s*[–—-]\s*(?:¶\s*)?(\d+))?", re.IGNORECASE
)
_PAGES = re.compile(r"(?:pp?\.|pages?)\s*(\d+)(?:\s*[–—-]\s*(\d+))?", re.IGNORECASE)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")
_SOFT_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")

# The closest passage is looked for from this many pieces of the quote, each found at most
# this many times: bounded work on a long source, whatever the quote.
_ANCHORS = 48
_HITS_PER_ANCHOR = 24
_CANDIDATES = 3
# Characters of a quote compared character by character (difflib's matcher takes time in
# the product of the lengths, and far more on repetitive text): the first this many of a
# longer quote; the rest is compared as one piece.
_LONGEST_DIFFED = 500
_RESULTS_KEPT = 10_000  # checks kept per source text


class SourceTextError(Exception):
    """The source's text could not be read; ``reason`` is one line for people."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- the 'text' field ---------------------------------------------------------------------


def text_path_problem(value: str) -> str:
    """Why ``value`` cannot be a source's 'text', or "". Only relative paths are taken: the
    timeline and its texts move together between computers, and an absolute path would not
    be found on the next one. A web address is refused: the app never fetches a source."""
    v = value.strip()
    if v != value or not v:
        return tr("'text' must be a file name without spaces around it, e.g. \"lesson-source.txt\"")
    if "://" in v or (_SCHEME.match(v) and len(v.split(":", 1)[0]) > 1):
        return tr(
            "'text' names a file beside the timeline, e.g. \"lesson-source.txt\"; "
            "the app never fetches a source from the web: save its text next to the timeline"
        )
    if os.path.isabs(v) or v.startswith(("/", "\\", "~")) or re.match(r"[A-Za-z]:", v):
        return tr(
            "'text' must be a path relative to the timeline file, "
            'e.g. "sources/lesson-source.txt", not an absolute path'
        )
    if not v.lower().endswith(TEXT_SUFFIXES):
        return tr("'text' must name a .txt, .md or .html file, not {name}").format(
            name=repr(os.path.basename(v)[:60])
        )
    return ""


def text_file_of(source: Source, timeline_path: str) -> str:
    """The file a source's 'text' names, beside ``timeline_path``; "" when it names none."""
    if not source.text or text_path_problem(source.text) or not timeline_path:
        return ""
    base = os.path.dirname(os.path.abspath(timeline_path))
    return os.path.normpath(os.path.join(base, source.text.replace("\\", "/")))


# --- the text, cut into blocks ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a source text: a paragraph, a heading or the title."""

    text: str
    number: int | None  # ¶number; None for the title and unnumbered blocks
    page: int | None  # the page it starts on; None where the text marks no pages
    start: int  # where it starts in SourceText.joined

    @property
    def label(self) -> str:
        """'¶4', 'title', or the page ('p. 12') for an unnumbered block."""
        if self.number is not None:
            return f"¶{self.number}"
        return f"p. {self.page}" if self.page is not None else "title"


@dataclass(frozen=True, slots=True)
class SourceText:
    path: str
    blocks: tuple[Block, ...]
    joined: str  # the blocks' text, separated by blank lines
    has_pages: bool
    # Checks made against this text, by (quote, locator): the detail pane shows the same
    # event again and again, and a quote not found costs a search of the whole text.
    results: dict[tuple[str, str], QuoteCheck] = field(
        default_factory=dict, compare=False, repr=False
    )

    def numbers(self) -> list[int]:
        return [b.number for b in self.blocks if b.number is not None]

    def block_at(self, offset: int) -> int:
        """The position in ``blocks`` of the block holding ``offset`` of ``joined``."""
        lo, hi = 0, len(self.blocks) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.blocks[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def locator(self, block: int) -> str:
        """The locator a quote from ``blocks[block]`` gets: '¶N', else 'p. N', else ''."""
        b = self.blocks[block]
        if b.number is not None:
            return f"¶{b.number}"
        return f"p. {b.page}" if b.page is not None else ""


def parse_text(text: str, path: str = "") -> SourceText:
    """Blocks of a plain text, numbered as the module's docstring says."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    has_ff = "\f" in text
    page: int | None = 1 if has_ff else None
    raw: list[tuple[str, int | None]] = []
    lines: list[str] = []

    def end_block() -> None:
        if lines:
            raw.append((" ".join(lines), block_page))
            lines.clear()

    block_page = page
    for line in text.split("\n"):
        pieces = line.split("\f")
        for k, piece in enumerate(pieces):
            if k:  # a form feed: a new page, and a new block
                end_block()
                page = (page or 0) + 1
            marker = _PAGE_LINE.fullmatch(piece)
            if marker:
                end_block()
                page = int(marker.group(1))
            elif not piece.strip(" \t"):
                if k == len(pieces) - 1:
                    end_block()
            else:
                if not lines:
                    block_page = page
                lines.append(piece.strip(" \t"))
    end_block()
    numbered = any(_BLOCK_MARKER.match(t) for t, _ in raw)
    blocks: list[Block] = []
    at = 0
    n = 0
    for k, (t, pg) in enumerate(raw):
        number: int | None
        if numbered:
            m = _BLOCK_MARKER.match(t)
            number = int(m.group(2)) if m and m.group(2) else None
            if m:
                t = t[m.end() :]
        elif k == 0:
            number = None  # the title
        else:
            n += 1
            number = n
        blocks.append(Block(t, number, pg, at))
        at += len(t) + 2
    joined = "\n\n".join(b.text for b in blocks)
    return SourceText(path, tuple(blocks), joined, has_ff or page is not None)


def decode_text(data: bytes) -> str:
    """UTF-8 (a byte-order mark is dropped) or UTF-16 with its byte-order mark."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise SourceTextError(
                tr("not valid UTF-16 (byte offset {offset})").format(offset=err.start)
            ) from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        raise SourceTextError(
            tr("not UTF-8 text (byte offset {offset}: {byte}); save it as UTF-8").format(
                offset=err.start, byte=f"0x{data[err.start]:02X}"
            )
        ) from None


def plain_text(text: str, path: str) -> str:
    """The text a reader sees in a .txt, .md or .html file."""
    lower = path.lower()
    if lower.endswith((".html", ".htm")):
        return html_to_plain(text)
    if lower.endswith((".md", ".markdown")):
        return markdown_to_plain(text)
    return text


# Read texts by real path, with the (mtime, size) they had: the detail pane asks on every
# selection, and a text is read again only when its file has changed.
_CACHE: dict[str, tuple[tuple[int, int], SourceText]] = {}
_CACHE_SIZE = 8


def read_source_text(path: str) -> SourceText:
    """The source text in the file at ``path``, from the cache while the file is unchanged;
    SourceTextError with a reason for people when it cannot be read."""
    shown = os.path.basename(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise SourceTextError(tr("{name}: no such file").format(name=shown)) from None
    except OSError as err:
        raise SourceTextError(f"{shown}: {describe_os_error(err)}") from None
    key = os.path.realpath(path)
    stamp = (st.st_mtime_ns, st.st_size)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        data = read_regular_file(path, MAX_TEXT_BYTES)
    except FileRefused as err:
        raise SourceTextError(f"{shown}: {err.reason}") from None
    except OSError as err:
        raise SourceTextError(f"{shown}: {describe_os_error(err)}") from None
    try:
        text = decode_text(data)
    except SourceTextError as err:
        raise SourceTextError(f"{shown}: {err.reason}") from None
    source_text = parse_text(plain_text(text, path), path)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (stamp, source_text)
    return source_text


# --- checking a quote ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """What the check of one quote found."""

    status: str  # VERBATIM, WRONG_PLACE, NOT_FOUND or UNCHECKED
    message: str  # one line for people, without the mark
    where: str = ""  # the block where the words are, or the closest passage ('¶4')
    passage: str = ""  # the closest passage, for NOT_FOUND
    # The quote against the passage, piece by piece: (kind, quote's text, source's text)
    # with kind 'equal', 'replace', 'delete' (only in the quote) or 'insert' (only in the
    # source).
    diff: tuple[tuple[str, str, str], ...] = ()

    @property
    def mark(self) -> str:
        return tr(MARKS[self.status])

    @property
    def failed(self) -> bool:
        return self.status in (WRONG_PLACE, NOT_FOUND)

    def line(self) -> str:
        """'✗ not found verbatim; …' or 'unchecked: why', as the command line prints it."""
        sep = ":" if self.status == UNCHECKED else ""
        return f"{self.mark}{sep} {self.message}"


def unchecked(reason: str) -> QuoteCheck:
    """The result of a quote whose source's text cannot be read, saying why."""
    return QuoteCheck(UNCHECKED, reason)


def _locator_range(locator: str, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    m = pattern.fullmatch(locator.strip())
    if m is None:
        return None
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    return (first, last) if first <= last else (last, first)


def _words(text: str) -> str:
    """A quote's line breaks read as spaces, as a block's do."""
    return _SOFT_BREAK.sub(" ", text.strip(" \t\r\n")) if "\n" in text else text


def check_quote(text: str, locator: str, source: SourceText) -> QuoteCheck:
    """Whether ``text`` is in ``source`` verbatim, in the block or on the page ``locator``
    names ('¶4', '¶¶4–5', 'p. 12', 'pp. 12–13'; another locator is not checked)."""
    quote = _words(text)
    blocks = source.blocks
    hits = _blocks_holding(quote, source)
    paragraphs = _locator_range(locator, _PARAGRAPHS)
    pages = _locator_range(locator, _PAGES) if paragraphs is None else None
    if paragraphs is not None:
        lo, hi = paragraphs
        named = [k for k, b in enumerate(blocks) if b.number is not None and lo <= b.number <= hi]
        if not named:
            numbers = source.numbers()
            if numbers and hits:
                said = tr(
                    "the source has no {locator} (its paragraphs are ¶{first}–¶{last}); "
                    "the words are in {where}"
                )
            elif numbers:
                said = tr("the source has no {locator} (its paragraphs are ¶{first}–¶{last})")
            elif hits:
                said = tr("the source has no {locator} (none); the words are in {where}")
            else:
                said = tr("the source has no {locator} (none)")
            return QuoteCheck(
                NOT_FOUND if not hits else WRONG_PLACE,
                said.format(
                    locator=locator.strip(),
                    first=numbers[0] if numbers else "",
                    last=numbers[-1] if numbers else "",
                    where=_labels(source, hits),
                ),
                _labels(source, hits[:1]),
            )
    elif pages is not None and source.has_pages:
        lo, hi = pages
        named = [k for k, b in enumerate(blocks) if b.page is not None and lo <= b.page <= hi]
    else:
        named = list(range(len(blocks)))
    named_set = set(named)
    inside = [k for k in hits if k in named_set]
    if inside:
        where = _labels(source, inside[:1])
        if paragraphs is None and pages is None:
            said = tr(
                "verbatim in {where}; the locator {locator} names no ¶ or page, so only the "
                "words were checked"
            )
        elif pages is not None and not source.has_pages:
            said = tr("verbatim in {where}; the text marks no pages, so the page was not checked")
        else:
            said = tr("verbatim in {where}")
        return QuoteCheck(VERBATIM, said.format(where=where, locator=repr(locator.strip())), where)
    if hits:
        where = _labels(source, hits[:1])
        return QuoteCheck(
            WRONG_PLACE,
            tr("found verbatim in {where}, not in {locator} as its locator says").format(
                where=where, locator=locator.strip()
            ),
            where,
        )
    return _not_found(quote, source, named)


def _blocks_holding(quote: str, source: SourceText, limit: int = 1000) -> list[int]:
    """The blocks the quote is in (the first ``limit`` of them), found by scanning the whole
    text once: a quote holds no line break, so no find spans two blocks."""
    text = source.joined
    found: list[int] = []
    at = text.find(quote) if quote and "\n" not in quote else -1
    while at >= 0 and len(found) < limit:
        k = source.block_at(at)
        if not found or found[-1] != k:
            found.append(k)
        at = text.find(quote, source.blocks[k].start + len(source.blocks[k].text))
    return found


def _labels(source: SourceText, ks: Sequence[int]) -> str:
    return ", ".join(source.blocks[k].label for k in ks)


def _not_found(quote: str, source: SourceText, named: Sequence[int]) -> QuoteCheck:
    span = closest_passage(quote, source)
    if span is None:
        return QuoteCheck(NOT_FOUND, tr("not found: no passage of the source resembles it"))
    start, end = span
    block = source.block_at(start)
    passage = source.joined[start:end]
    where = source.blocks[block].label
    diff = differences(quote, passage)
    described = describe(diff)
    listed = described[:3]
    more = len(described) - 3
    if more > 0:
        listed.append(tr.n("and %n more differences", more, one="and %n more difference"))
    said = "; ".join(listed) or tr("it differs")
    if block in named:
        text = tr("not found verbatim; closest passage in {where}: “{passage}”; {differences}")
    else:
        text = tr(
            "not found verbatim; closest passage in {where} (not where its locator says): "
            "“{passage}”; {differences}"
        )
    return QuoteCheck(
        NOT_FOUND,
        text.format(where=where, passage=_clip(passage), differences=said),
        where,
        passage,
        diff,
    )


def _clip(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def closest_passage(quote: str, source: SourceText) -> tuple[int, int] | None:
    """(start, end) in ``source.joined`` of the passage most like ``quote``, within one block;
    None when nothing resembles it. Pieces of the quote are found exactly (at most
    _ANCHORS pieces, each at most _HITS_PER_ANCHOR times), they vote for where the quote
    would start, and only the few best places are compared character by character."""
    text = source.joined
    if not quote or not text:
        return None
    votes = _votes(quote, text, _pieces(quote))
    if not votes:
        votes = _votes(quote, text, _word_pieces(quote))
    if not votes:
        return None
    best: tuple[float, int, int] | None = None
    shown = quote[:_LONGEST_DIFFED]
    for at, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:_CANDIDATES]:
        span = _align(quote, text, at)
        if span is None:
            continue
        start, end = _within_block(source, *span)
        # An upper bound of the matcher's ratio, in linear time: enough to rank a few places.
        score = SequenceMatcher(None, shown, text[start : start + len(shown)], False).quick_ratio()
        if best is None or score > best[0]:
            best = (score, start, end)
    if best is None:
        return None
    _, start, end = best
    if SequenceMatcher(None, shown, text[start:end][: 2 * len(shown)], False).ratio() < 0.6:
        return None
    return start, end


def _pieces(quote: str) -> list[tuple[int, str]]:
    """(offset, piece) of the quote, evenly spread, long enough to be found by chance rarely."""
    size = max(4, min(12, len(quote) // 4))
    offsets = list(range(0, max(1, len(quote) - size + 1), size))
    if len(offsets) > _ANCHORS:
        step = len(offsets) / _ANCHORS
        offsets = [offsets[int(k * step)] for k in range(_ANCHORS)]
    return [(o, quote[o : o + size]) for o in offsets]


def _word_pieces(quote: str) -> list[tuple[int, str]]:
    found = [(m.start(), m.group()) for m in re.finditer(r"\w{4,}", quote)]
    return found[:_ANCHORS]


def _votes(quote: str, text: str, pieces: Iterable[tuple[int, str]]) -> dict[int, int]:
    """Where the quote would start, by how many pieces put it there (within 16 characters)."""
    votes: dict[int, int] = {}
    for offset, piece in pieces:
        at = text.find(piece)
        seen = 0
        while at >= 0 and seen < _HITS_PER_ANCHOR:
            bucket = max(0, at - offset) // 16 * 16
            votes[bucket] = votes.get(bucket, 0) + 1
            seen += 1
            at = text.find(piece, at + 1)
    return votes


def _align(quote: str, text: str, at: int) -> tuple[int, int] | None:
    """The span of ``text`` near ``at`` that the quote's characters match, first to last."""
    shown = quote[:_LONGEST_DIFFED]
    slack = min(len(shown) // 2, 400) + 32
    lo = max(0, at - slack)
    window = text[lo : at + len(shown) + slack]
    blocks = [
        b for b in SequenceMatcher(None, shown, window, False).get_matching_blocks() if b.size
    ]
    # Stray single characters far from the rest are not the passage.
    blocks = [b for b in blocks if b.size > 1] or blocks
    if not blocks:
        return None
    start = lo + blocks[0].b - blocks[0].a
    end = lo + blocks[-1].b + blocks[-1].size + (len(shown) - blocks[-1].a - blocks[-1].size)
    if len(quote) > len(shown):
        end += len(quote) - len(shown)
    return max(lo, start), min(len(text), end)


def _within_block(source: SourceText, start: int, end: int) -> tuple[int, int]:
    """The span cut to the one block where most of it lies."""
    k = source.block_at((start + end) // 2)
    b = source.blocks[k]
    return max(start, b.start), min(end, b.start + len(b.text))


def differences(quote: str, passage: str) -> tuple[tuple[str, str, str], ...]:
    """The quote against the passage: (kind, quote's text, source's text) pieces."""
    n = _LONGEST_DIFFED
    if len(quote) > n:
        rest, theirs = quote[n:], passage[n:]
        tail = (("equal" if rest == theirs else "replace", rest, theirs),)
        return differences(quote[:n], passage[:n]) + tail
    passage_head = passage[: 2 * n]
    m = SequenceMatcher(None, quote, passage_head, False)
    out = tuple((op, quote[i1:i2], passage[j1:j2]) for op, i1, i2, j1, j2 in m.get_opcodes())
    if len(passage) > len(passage_head):
        out += (("insert", "", passage[len(passage_head) :]),)
    return out


def describe(diff: Sequence[tuple[str, str, str]]) -> list[str]:
    """Each difference in words: 'the quote has “'” (U+0027) where the source has “’”
    (U+2019), after “Trump”'."""
    out = []
    before = ""
    for kind, mine, theirs in diff:
        context = before[-20:]
        if len(before) > 20 and " " in context:
            context = context.split(" ", 1)[1]  # from the start of a word
        context = context.strip()
        if kind == "replace":
            said = (
                tr("the quote has {mine} where the source has {theirs}, after “{before}”")
                if context
                else tr("the quote has {mine} where the source has {theirs}")
            )
        elif kind == "delete":
            said = (
                tr("the quote adds {mine}, after “{before}”")
                if context
                else tr("the quote adds {mine}")
            )
        elif kind == "insert":
            said = (
                tr("the quote leaves out {theirs}, after “{before}”")
                if context
                else tr("the quote leaves out {theirs}")
            )
        else:
            said = ""
        if said:
            out.append(said.format(mine=_show(mine), theirs=_show(theirs), before=context))
        before += theirs
        before = before[-40:]
    return out


def _show(text: str) -> str:
    """A piece of text in quotation marks; a short one that is not a word gets its
    characters' code points too, since ' and ’ or a space and a no-break space look alike."""
    shown = f"“{_clip(text, 60)}”"
    if len(text) <= 3 and not text.isalnum():
        codes = ", ".join(_char_name(c) for c in text)
        shown += f" ({codes})"
    return shown


def _char_name(c: str) -> str:
    if category(c).startswith(("Z", "C")) or c in "'\"‘’“”–—-":
        return f"U+{ord(c):04X} {name(c, '').lower()}".rstrip()
    return f"U+{ord(c):04X}"


# --- a timeline's quotes ------------------------------------------------------------------


def source_file(
    source: Source, timeline_path: str, overrides: Mapping[str, str] | None = None
) -> str:
    """The file a source's text is read from: the one ``overrides`` gives for its id (a
    path as the user typed it), else the one its 'text' names beside the timeline."""
    if overrides and source.id in overrides:
        return overrides[source.id]
    return text_file_of(source, timeline_path)


def load_for(
    source: Source, timeline_path: str, overrides: Mapping[str, str] | None = None
) -> SourceText | QuoteCheck:
    """The source's text, or the 'unchecked' result every quote of it gets."""
    path = source_file(source, timeline_path, overrides)
    if not path:
        if source.text and not timeline_path:
            return unchecked(
                tr("the timeline is not in a file, so the text beside it is not known")
            )
        if source.text:
            return unchecked(text_path_problem(source.text))
        return unchecked(tr("the source names no full text to check against"))
    try:
        return read_source_text(path)
    except SourceTextError as err:
        return unchecked(err.reason)


def check_quotes(
    quotes: Sequence[Quote], timeline_path: str, overrides: Mapping[str, str] | None = None
) -> list[QuoteCheck]:
    """The check of each quote; each source's text is looked up once."""
    texts: dict[str, SourceText | QuoteCheck] = {}
    out = []
    for q in quotes:
        found = texts.get(q.source.id)
        if found is None:
            found = texts[q.source.id] = load_for(q.source, timeline_path, overrides)
        if isinstance(found, QuoteCheck):
            out.append(found)
            continue
        key = (q.text, q.locator)
        result = found.results.get(key)
        if result is None:
            if len(found.results) >= _RESULTS_KEPT:
                found.results.clear()
            result = found.results[key] = check_quote(q.text, q.locator, found)
        out.append(result)
    return out
