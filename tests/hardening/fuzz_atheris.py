"""Coverage-guided fuzzing of the loader with atheris (optional, not part of the test run).

    .venv/bin/pip install atheris
    .venv/bin/python tests/hardening/fuzz_atheris.py -atheris_runs=200000

Any exception other than TimelineFileError is a bug: atheris stops and saves the input.
"""

from __future__ import annotations

import contextlib
import sys

import atheris

with atheris.instrument_imports():
    from timeline_app.formats import TimelineFileError
    from timeline_app.formats.timeline_json import decode_bytes, loads_timeline


def one_input(data: bytes) -> None:
    with contextlib.suppress(TimelineFileError):
        loads_timeline(decode_bytes(data, "<fuzz>"), "<fuzz>")


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
