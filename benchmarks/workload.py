"""The benchmark workload of /work/shared/bench/SPEC.md: synthetic events and a fixed
zoom/pan window script, the same data and windows the vis-timeline comparison uses.

Pure Python (no Qt): the generator and the window script are checked by
tests/test_benchmark_workload.py; ``make_timeline`` builds the app's own model from them.
All window times are integer UTC epoch milliseconds, as in the SPEC; the app's
``Viewport`` works in seconds, so callers divide by 1000.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from fractions import Fraction

SEED = 12345

# SHA-256 of the canonical CSV of Dataset(N), from SPEC.md.
SHA256: dict[int, str] = {
    100: "4f5b4ba8685c23aeef54ca0e3c5b32945009be6fc0ff6ee55d0173456de78dc4",
    1_000: "584a9b35abdf687561b5dccd6e6aa2a2e374ff94209d749f55a106d9e8a7d662",
    10_000: "76570f374625a2fb3290b6b2bbded3bbab1ebc8a612c776240a1c58380168e84",
    100_000: "de03aa08fc23b1bdee874b7e3754593452b2ee35b399704f24e065ddad407ddd",
    1_000_000: "85770f038891ee17c673aa3727c3a63f384375358efdac01b84b6de7c307be38",
}

ADJ = [
    "Silent",
    "Golden",
    "Hidden",
    "Frozen",
    "Bright",
    "Broken",
    "Gentle",
    "Wicked",
    "Humble",
    "Mighty",
    "Modest",
    "Sacred",
    "Savage",
    "Steady",
    "Tender",
    "Clever",
]
NOUN = [
    "Harbor",
    "Empire",
    "Temple",
    "Forest",
    "Castle",
    "Bridge",
    "Garden",
    "Island",
    "Valley",
    "Market",
    "Palace",
    "Tunnel",
    "Canyon",
    "Meadow",
    "Desert",
    "Summit",
]

# The same words in Arabic, for a variant of the dataset whose titles all need shaping and
# right to left order ('ميناء صامت #00042', the noun first): the same draws, dates and sizes,
# so that its frames differ from SPEC's only by the script of the labels. It is not SPEC's
# data (its checksums are not in the table).
ADJ_AR = [
    "صامت", "ذهبي", "خفي", "متجمد", "ساطع", "مكسور", "لطيف", "شرير",
    "متواضع", "جبار", "محتشم", "مقدس", "متوحش", "ثابت", "رقيق", "ذكي",
]  # fmt: skip
NOUN_AR = [
    "ميناء", "عرش", "معبد", "حرش", "حصن", "جسر", "بستان", "شاطئ",
    "وادي", "سوق", "قصر", "نفق", "أخدود", "مرج", "سهل", "جبل",
]  # fmt: skip
TITLES = ("english", "arabic")

MINUTE_MS = 60_000
DAY_MS = 86_400_000

# Epoch milliseconds (UTC) of the SPEC's fixed instants.
S0 = -2_208_988_800_000  # 1900-01-01T00:00Z
E0 = 1_767_225_600_000  # 2026-01-01T00:00Z

# Minutes from 1900-01-01T00:00Z to 2026-01-01T00:00Z: 46,021 days * 1,440 = 66,270,240.
# SPEC.md's text writes "66,268,800" (46,020 days, one day short), but its own first two lines
# and its whole SHA-256 table are produced with the true count 66,270,240; with 66,268,800 not
# one of them matches. The table is the contract, so the true count is used.
MINUTES_1900_2026 = (E0 - S0) // MINUTE_MS
assert MINUTES_1900_2026 == 66_270_240
ANCHOR = -14_256_000_000  # c = 1969-07-20T00:00Z
P0 = -631_152_000_000  # 1950-01-01T00:00Z
P1 = -315_619_200_000  # 1960-01-01T00:00Z

WIDTH = 1280
HEIGHT = 720
STEPS = 30

_MASK = 0xFFFF_FFFF


def generate(n: int, seed: int = SEED, titles: str = "english") -> Iterator[tuple[int, int, str]]:
    """Dataset(n): (id, start_ms, title) in generation order (unsorted), three LCG draws each.

    Every draw advances the 32-bit LCG first and then uses the new state. ``titles``
    "arabic" gives the Arabic variant: the same draws, its words from ADJ_AR and NOUN_AR.
    """
    if titles not in TITLES:
        raise ValueError(f"titles must be one of {', '.join(TITLES)}, not {titles!r}")
    arabic = titles == "arabic"
    adjectives, nouns = (ADJ_AR, NOUN_AR) if arabic else (ADJ, NOUN)
    state = seed & _MASK
    for i in range(n):
        state = (1664525 * state + 1013904223) & _MASK
        minute = (state * MINUTES_1900_2026) >> 32
        state = (1664525 * state + 1013904223) & _MASK
        adj = adjectives[state >> 28]
        state = (1664525 * state + 1013904223) & _MASK
        noun = nouns[state >> 28]
        title = f"{noun} {adj} #{i:05d}" if arabic else f"{adj} {noun} #{i:05d}"
        yield i, S0 + minute * MINUTE_MS, title


def canonical_csv(n: int, seed: int = SEED) -> bytes:
    """The canonical CSV of Dataset(n): ``id,start_ms,title\\n`` per event, UTF-8."""
    return "".join(f"{i},{ms},{title}\n" for i, ms, title in generate(n, seed)).encode("utf-8")


def sha256_of(n: int, seed: int = SEED) -> str:
    """SHA-256 of ``canonical_csv(n)``, hashed in chunks so that memory stays small.

    (The benchmark's parent process runs this; a child started from a big parent would inherit
    the parent's peak RSS through fork and exec, and report it as its own.)
    """
    h = hashlib.sha256()
    lines: list[str] = []
    for i, ms, title in generate(n, seed):
        lines.append(f"{i},{ms},{title}\n")
        if len(lines) == 10_000:
            h.update("".join(lines).encode("utf-8"))
            lines.clear()
    h.update("".join(lines).encode("utf-8"))
    return h.hexdigest()


def verify(n: int) -> None:
    """Raise ValueError if Dataset(n)'s SHA-256 differs from SPEC's table (n must be in it)."""
    got = sha256_of(n)
    if got != SHA256[n]:
        raise ValueError(
            f"workload generator mismatch for N={n:,}: SHA-256 {got} but SPEC.md says {SHA256[n]}"
        )


# --- the app's model ------------------------------------------------------------------------


def make_timeline(n: int, seed: int = SEED, titles: str = "english"):  # -> Timeline
    """Dataset(n) as a Timeline of point events at minute precision (UTC), one category
    (``titles``: see ``generate``)."""
    from timeline_app.model.timeline import Category, Event, Timeline
    from timeline_app.model.timepoint import Precision, TimePoint, civil_from_days

    minute_p = Precision.MINUTE
    events = []
    for i, ms, title in generate(n, seed, titles):
        days, rest = divmod(ms, DAY_MS)  # floor division: correct before 1970 too
        year, month, day = civil_from_days(days)
        hour, minute = divmod(rest // MINUTE_MS, 60)
        start = TimePoint(year, month, day, hour, minute, precision=minute_p)
        events.append(Event(str(i), title, start, precision=minute_p, category="synthetic"))
    return Timeline(
        events,
        title=f"Synthetic benchmark dataset, N = {n:,}",
        description="SPEC.md workload: 32-bit LCG, seed 12345.",
        categories=[Category("synthetic", "Synthetic events")],
    )


# --- the window script ----------------------------------------------------------------------


def zoom_windows() -> list[tuple[int, int]]:
    """Zoom steps k = 1 … 30 towards 1969-07-20: from about 88 years to exactly one day."""
    r = (DAY_MS / (E0 - S0)) ** (1 / STEPS)
    c = ANCHOR
    return [(round(c - (c - S0) * r**k), round(c + (E0 - c) * r**k)) for k in range(1, STEPS + 1)]


def pan_start() -> tuple[int, int]:
    """The untimed window the pan starts from: 1950-01-01 to 1960-01-01."""
    return P0, P1


def pan_shift_ms(width: int = WIDTH) -> int:
    """How far one pan step moves, in milliseconds.

    SPEC says ``d = round(0.1 * width)``: ``width`` is the viewport width in pixels, so ``d`` is
    in pixels (128 px at 1280 px, a tenth of the view, as a drag or arrow key would move it).
    At the pan window's scale, (P1 - P0) ms over ``width`` px, d px are
    d * (P1 - P0) / width ms: 31,553,280,000 ms (365.2 days: 3,652 days / 10) at 1280 px, an
    exact integer (rounded to the millisecond for other widths).
    """
    d_px = round(0.1 * width)
    return round(Fraction(d_px * (P1 - P0), width))


def pan_windows(width: int = WIDTH) -> list[tuple[int, int]]:
    """Pan steps k = 1 … 30: [P0 + k*d, P1 + k*d], d = round(0.1 * width) px in time."""
    d = pan_shift_ms(width)
    return [(P0 + k * d, P1 + k * d) for k in range(1, STEPS + 1)]
