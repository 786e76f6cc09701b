"""Shared by the TimelineJS tests: the samples' folder and small file writers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / ".." / "shared" / "samples" / "timelinejs"
sys.path.insert(0, str(REPO / "benchmarks"))

import sheetfiles  # noqa: E402

__all__ = ["SAMPLES", "sample", "sheetfiles"]


def sample(relative: str) -> Path:
    """A file of the shared samples; the test is skipped where they are not there."""
    path = SAMPLES / relative
    if not path.exists():
        pytest.skip(f"the shared samples are not here ({path})")
    return path
