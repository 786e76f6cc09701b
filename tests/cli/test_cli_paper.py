"""`timeline-app export` makes the paper a class uses: a wall poster and a handout."""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def export(*args: str) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "timeline_app", "export", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0 and r.stderr == "", r.stderr


def test_the_handout_of_the_bundled_timeline(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    export("-o", str(out), "--handout", "--title", "Lesson 4")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert len(pages) <= 5
    for n, text in enumerate(pages, start=1):
        assert "Lesson 4" in text and f"page {n} of {len(pages)}" in text


def test_a_four_page_a3_poster_labels_in_18_pt(tmp_path: Path) -> None:
    out = tmp_path / "wall.pdf"
    export("-o", str(out), "--poster", "--poster-pages", "4", "--page", "A3", "--title", "2017")
    reader = PdfReader(out)
    assert len(reader.pages) == 4
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if re.fullmatch(r"G20\s+summit\s+in\s+Hamburg", text.strip()):
            c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
            sizes.append(size * math.hypot(c, d))

    reader.pages[3].extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 18.0
