"""Quote checks against a source text: what reading the text and checking one quote cost as
the text grows.

    python benchmarks/quotecheck_bench.py [--sizes 0.01,1,10] [--repeat 5]

The text is the article the bundled dataset quotes (tests/fixtures/source/paragraphs.txt
without its markers), followed by filler paragraphs of its own words in an order drawn by an
LCG (seed 12345), up to each size in MB; the article stays first, so every quote keeps its ¶.
Per size: reading and numbering the file (first read; later reads come from the cache), a
bundled quote found verbatim, the same quote with one character changed (closest passage and
differences), and words found nowhere (every piece searched for in vain). Each figure is the
median of --repeat runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_app.formats import quotecheck as qc  # noqa: E402

NUMBERED = ROOT / "tests" / "fixtures" / "source" / "paragraphs.txt"
DATASET = ROOT / "resources" / "timeline-2017.json"


def text_of_size(mb: float) -> str:
    article = re.sub(r"(?m)^\[(TITLE|¶\d+)\] ", "", NUMBERED.read_text("utf-8"))
    words = sorted(set(re.findall(r"\w+", article)))
    target = int(mb * 1_000_000)
    parts = [article]
    size = len(article.encode("utf-8"))
    state = 12345
    while size < target:
        paragraph = []
        for _ in range(120):
            state = (1103515245 * state + 12345) & 0x7FFF_FFFF
            paragraph.append(words[state % len(words)])
        chunk = "\n\n" + " ".join(paragraph) + "."
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "".join(parts)


def median_ms(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def row(path: Path, text: str, changed: str, nowhere: str, locator: str, repeat: int) -> str:
    """One line of the table: the text at ``path`` read, and the three quotes checked."""

    def first_read() -> None:
        qc._CACHE.clear()
        qc.read_source_text(str(path))

    read = median_ms(first_read, repeat)
    cached = median_ms(lambda: qc.read_source_text(str(path)), repeat)
    source = qc.read_source_text(str(path))
    quotes = (text, changed, nowhere)
    statuses = [qc.check_quote(q, locator, source).status for q in quotes]
    assert statuses == [qc.VERBATIM, qc.NOT_FOUND, qc.NOT_FOUND], statuses
    ok, one, none = (
        median_ms(lambda q=q: qc.check_quote(q, locator, source), repeat) for q in quotes
    )
    size = path.stat().st_size / 1e6
    return (
        f"{size:8.3f} {len(source.blocks):7,} {read:8.1f} {cached:9.3f} {ok:7.2f} "
        f"{one:11.2f} {none:12.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.01,1,10", help="text sizes in MB")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    quote = next(
        q
        for e in json.loads(DATASET.read_text("utf-8"))["events"]
        for q in e["quotes"]
        if q["locator"] == "¶4"
    )
    text, locator = quote["text"], quote["locator"]
    changed = text.replace("e", "a", 1)
    nowhere = "Zebras quietly juggle forty violet umbrellas beneath the harbour lights."
    print(f"quote: {len(text)} characters, {locator}")
    print(
        f"{'text MB':>8} {'blocks':>7} {'read ms':>8} {'cached ms':>9} {'✓ ms':>7} "
        f"{'✗ 1 char ms':>11} {'✗ nowhere ms':>12}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (float(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"source-{mb}.txt"
            path.write_text(text_of_size(mb), "utf-8")
            print(row(path, text, changed, nowhere, locator, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
