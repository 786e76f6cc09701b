"""The benchmark workload (benchmarks/workload.py) against /work/shared/bench/SPEC.md.

The generator must reproduce SPEC's data byte for byte (its SHA-256 table) so that our figures
and vis-timeline's are measured on the same events; the window script must be SPEC's. No Qt.
"""

import hashlib
import itertools
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(1, str(REPO_ROOT))

import workload  # noqa: E402

DAY_MS = 86_400_000
JULIAN_YEAR_MS = 365.25 * DAY_MS


def epoch_ms(*args: int) -> int:
    return int(datetime(*args, tzinfo=timezone.utc).timestamp()) * 1000


def test_fixed_instants_are_the_spec_dates() -> None:
    assert epoch_ms(1900, 1, 1) == workload.S0
    assert epoch_ms(2026, 1, 1) == workload.E0
    assert epoch_ms(1969, 7, 20) == workload.ANCHOR
    assert epoch_ms(1950, 1, 1) == workload.P0
    assert epoch_ms(1960, 1, 1) == workload.P1
    # The draw's scale is the true number of minutes in [S0, E0) (see workload.py on SPEC's
    # "66,268,800", which is one day short and matches neither the first lines nor the table).
    assert workload.MINUTES_1900_2026 == (workload.E0 - workload.S0) // 60_000 == 66_270_240


def test_first_two_lines_match_spec() -> None:
    lines = workload.canonical_csv(2).decode("utf-8").splitlines()
    assert lines == [
        "0,-2127863400000,Silent Valley #00000",
        "1,315525840000,Tender Empire #00001",
    ]


@pytest.mark.parametrize("n", [100, 1_000, 10_000])
def test_sha256_matches_spec_table(n: int) -> None:
    assert hashlib.sha256(workload.canonical_csv(n)).hexdigest() == workload.SHA256[n]


def test_chunked_hash_is_the_hash_of_the_csv() -> None:
    assert workload.sha256_of(1_000) == workload.SHA256[1_000]
    assert workload.sha256_of(12_345) == hashlib.sha256(workload.canonical_csv(12_345)).hexdigest()


def test_sha256_table_is_spec_table() -> None:
    assert sorted(workload.SHA256) == [100, 1_000, 10_000, 100_000, 1_000_000]
    assert (
        workload.SHA256[100] == "4f5b4ba8685c23aeef54ca0e3c5b32945009be6fc0ff6ee55d0173456de78dc4"
    )


def test_verify_rejects_a_wrong_table_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(workload.SHA256, 100, "0" * 64)
    with pytest.raises(ValueError, match="N=100"):
        workload.verify(100)


def test_smaller_dataset_is_a_prefix_of_a_larger_one() -> None:
    small = list(workload.generate(700))
    large = list(workload.generate(3_000))
    assert large[:700] == small
    assert workload.canonical_csv(3_000).startswith(workload.canonical_csv(700))


def test_events_lie_in_range_on_whole_minutes() -> None:
    for i, (eid, ms, title) in enumerate(workload.generate(5_000)):
        assert eid == i
        assert workload.S0 <= ms < workload.E0
        assert ms % 60_000 == 0
        assert title.endswith(f" #{i:05d}")


def test_zoom_has_30_steps_narrowing_around_the_anchor() -> None:
    windows = workload.zoom_windows()
    assert len(windows) == 30
    widths = [b - a for a, b in windows]
    assert all(w1 > w2 for w1, w2 in itertools.pairwise(widths))
    assert all(a <= workload.ANCHOR <= b for a, b in windows)


def test_zoom_step_1_is_about_88_years_and_step_30_exactly_one_day() -> None:
    windows = workload.zoom_windows()
    first = (windows[0][1] - windows[0][0]) / JULIAN_YEAR_MS
    assert 87.5 < first < 88.5
    assert windows[29][1] - windows[29][0] == DAY_MS


def test_pan_moves_by_d_pixels_at_the_pan_scale() -> None:
    p0, p1 = workload.pan_start()
    assert (p0, p1) == (workload.P0, workload.P1)
    d_px = round(0.1 * 1280)
    d_ms = d_px * (p1 - p0) // 1280
    assert d_ms * 1280 == d_px * (p1 - p0)  # exact at 1280 px: a tenth of the 10-year window
    assert workload.pan_shift_ms(1280) == d_ms == 31_553_280_000
    windows = workload.pan_windows(1280)
    assert len(windows) == 30
    assert windows == [(p0 + k * d_ms, p1 + k * d_ms) for k in range(1, 31)]
    prev = (p0, p1)
    for a, b in windows:
        assert (a - prev[0], b - prev[1]) == (d_ms, d_ms)
        prev = (a, b)


def test_pan_shift_follows_the_width() -> None:
    span = workload.P1 - workload.P0
    assert workload.pan_shift_ms(1000) == span // 10
    assert workload.pan_shift_ms(1234) == round(123 * span / 1234)


def test_make_timeline_has_every_event_sorted() -> None:
    from timeline_app.model.timepoint import Precision

    data = list(workload.generate(1_000))
    timeline = workload.make_timeline(1_000)
    assert len(timeline) == 1_000
    starts = [e.t0 for e in timeline.events]
    assert starts == sorted(starts)
    assert {e.id for e in timeline.events} == {str(i) for i in range(1_000)}
    by_id = {str(i): (ms, title) for i, ms, title in data}
    for e in timeline.events:
        assert (e.t0 * 1000, e.title) == by_id[e.id]  # start_ms survives the civil conversion
        assert e.end is None
        assert e.precision is Precision.MINUTE and e.start.precision is Precision.MINUTE
        assert e.start.offset_minutes == 0
        assert e.category == "synthetic"
    assert [c.id for c in timeline.categories] == ["synthetic"]


def test_arabic_variant_has_the_same_events_with_arabic_titles() -> None:
    from timeline_app.render.shaping import has_rtl, needs_shaping

    english = list(workload.generate(2_000))
    arabic = list(workload.generate(2_000, titles="arabic"))
    # The same ids and dates, so that frames differ only by the script of their labels.
    assert [(i, ms) for i, ms, _ in arabic] == [(i, ms) for i, ms, _ in english]
    assert all(needs_shaping(t) and has_rtl(t) and t.endswith(f"#{i:05d}") for i, _, t in arabic)
    # Each English word has its own Arabic word: as many distinct titles either way.
    assert len({t.rsplit(" ", 1)[0] for *_, t in arabic}) == len(
        {t.rsplit(" ", 1)[0] for *_, t in english}
    )
    with pytest.raises(ValueError, match="titles"):
        next(workload.generate(1, titles="klingon"))
