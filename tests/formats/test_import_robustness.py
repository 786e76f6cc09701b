"""Broken files of the other tools' formats: whatever the damage, a load ends in a timeline or
in TimelineFileError whose every problem prints on one line; and reading takes memory for
the file's size, not for the size limit."""

from __future__ import annotations

import os
import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline_app.formats import TimelineFileError, markwhen, simile
from timeline_app.formats import thetimelineproject as ttp
from timeline_app.formats.registry import open_any
from timeline_app.model.timeline import Timeline

SEEDS: dict[str, tuple[Callable[[str], Timeline], bytes]] = {
    "t.timeline": (
        ttp.load,
        b"""<?xml version="1.0" encoding="utf-8"?>
<timeline><version>2.5.0</version><timetype>gregoriantime</timetype>
<eras><era><name>E</name><start>-43-1-1 0:0:0</start><end>-40-1-1 00:00:00</end>
<color>1,2,3</color></era></eras>
<categories><category><name>A</name><color>1,2,3</color></category>
<category><name>B</name><color>4,5,6</color><parent>A</parent></category></categories>
<events><event><start>2009-11-4 22:52:0</start><end>2009-11-11 22:52:0</end>
<text>[1]Box</text><category>B</category><hyperlink>a;b</hyperlink></event>
<event><start>2009-11-5 00:00:00</start><end>2009-11-5 00:00:00</end><text>(1)In</text>
<fuzzy>True</fuzzy><milestone>True</milestone><description>d</description></event>
</events><view/></timeline>""",
    ),
    "s.xml": (
        simile.load_xml,
        b"""<data>
<event start="200 BC" end="1 AD" isDuration="true" title="A" image="a.png">x &lt;p&gt;y</event>
<event start="Sat May 20 1961 10:30:00 GMT-0600" latestStart="1962" title="B"/>
</data>""",
    ),
    "s.json": (
        simile.load_json,
        b'{"dateTimeFormat": "iso8601", "events": [{"s": "1924-01-05T10:00Z", "e": "1930",'
        b' "t": "A", "d": "<b>x</b>", "de": true}, {"start": 1901, "title": "B"}]}',
    ),
    "m.mw": (
        markwhen.load,
        b"""title: T
#War: #c00
section S #War
1914-1918: Great War [Paris](location) https://example.org/x
  id: war
Text under it
- [ ] item
endSection
3000 BC: Old
2023-04/4 months: Later #War
now: Today
""",
    ),
}
TOKENS = [
    b"<",
    b">",
    b"&",
    b'"',
    b":",
    b" ",
    b"\n",
    b"-",
    b"/",
    b"BC",
    b"9" * 15,
    b"now",
    b"#",
    b"[",
    b"(",
    b")",
    b"[1]",
    b"(1)",
    b"\x00",
    b"\xff",
    b"&lol;",
    b"{",
    b"}",
    b'<!DOCTYPE t [<!ENTITY lol "lol">]>',
    b"every ",
    b"/4 months",
    b"T",
    b"+14:00",
]


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_damaged_files_end_in_a_timeline_or_a_one_line_error(tmp_path: Path, name: str) -> None:
    load, seed = SEEDS[name]
    rnd = random.Random(name)
    path = tmp_path / name
    loaded = refused = 0
    for _ in range(150):
        data = bytearray(seed)
        for _ in range(rnd.randint(1, 6)):
            pos = rnd.randrange(len(data) + 1)
            op = rnd.random()
            if op < 0.35:
                del data[pos : pos + rnd.randint(1, 12)]
            elif op < 0.8:
                data[pos:pos] = rnd.choice(TOKENS)
            elif op < 0.9:
                del data[pos:]
            elif data:
                data[min(pos, len(data) - 1)] = rnd.randrange(256)
        path.write_bytes(bytes(data))
        for read in (load, open_any):
            try:
                read(str(path))
                loaded += 1
            except TimelineFileError as err:
                refused += 1
                for problem in err.problems:
                    assert "\n" not in str(problem), (bytes(data), str(problem))
                    assert str(problem).startswith(f"{path}:")
    assert loaded and refused  # the damage covers both outcomes


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_reading_takes_memory_for_the_file_not_for_the_limit(tmp_path: Path, name: str) -> None:
    load, seed = SEEDS[name]
    path = tmp_path / name
    path.write_bytes(seed)
    load(str(path))  # imports and caches out of the way
    tracemalloc.start()
    try:
        load(str(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000, f"{peak:,} bytes at the peak for a {len(seed)}-byte file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("name", sorted(SEEDS))
def test_a_named_pipe_or_a_folder_is_refused_at_once(tmp_path: Path, name: str) -> None:
    load, _ = SEEDS[name]
    fifo = tmp_path / name
    os.mkfifo(fifo)  # without a writer: reading it would wait for ever
    folder = tmp_path / f"folder-{name}"
    folder.mkdir()
    for path, what in ((fifo, "a FIFO (named pipe)"), (folder, "a folder (directory)")):
        with pytest.raises(TimelineFileError) as err:
            load(str(path))
        assert str(err.value) == f"{path}:1:1: (file): it is {what}, not a file"
