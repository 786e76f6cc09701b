"""Ids handed out to the events of The Timeline Project, SIMILE and markwhen files: unique,
the same for the same file, and found in work that grows with the events, not its square."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.formats.importkit import ID, Ids, slug


def _naive(requests: list[tuple[str, str]]) -> list[str]:
    """The rule as stated: the own id where valid, else the title's slug; a taken one gets
    -2, -3, ... searched from -2 each time."""
    taken: set[str] = set()
    out = []
    for own, title in requests:
        base = own if own and ID.fullmatch(own) else slug(title or own)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base[:120]}-{n}"
        taken.add(candidate)
        out.append(candidate)
    return out


_WORDS = st.sampled_from(["a", "a-2", "a-3", "b", "a 2", "", "x-10", "x", "x-1", "Ünï"])


@settings(max_examples=300)
@given(st.lists(st.tuples(_WORDS, _WORDS), max_size=40))
def test_the_ids_are_those_the_rule_gives(requests: list[tuple[str, str]]) -> None:
    """Own ids that look like suffixed ones ('a-2') and titles that repeat, in any order,
    give exactly the ids of the rule searched from -2 every time."""
    ids = Ids()
    assert [ids.take(own, title) for own, title in requests] == _naive(requests)


class _CountingSet(set[str]):
    looked_up = 0

    def __contains__(self, item: object) -> bool:
        _CountingSet.looked_up += 1
        return super().__contains__(item)


def test_many_events_of_one_title_cost_work_in_proportion() -> None:
    """20,000 events called 'Meeting' (a class's log of meetings) get meeting, meeting-2,
    ... meeting-20000 with a few look-ups each, where searching from -2 each time would
    take 200 million."""
    ids = Ids()
    ids._taken = _CountingSet()
    _CountingSet.looked_up = 0
    got = [ids.take("", "Meeting") for _ in range(20_000)]
    assert got[:3] == ["meeting", "meeting-2", "meeting-3"] and got[-1] == "meeting-20000"
    assert len(set(got)) == 20_000
    assert _CountingSet.looked_up <= 3 * 20_000
