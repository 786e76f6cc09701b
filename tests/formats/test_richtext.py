"""HTML and Markdown from other tools become plain text that keeps what a reader needs."""

from __future__ import annotations

import pytest

from timeline_app.formats.richtext import to_plain


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Plain words stay as they are.", "Plain words stay as they are."),
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("Line one<br>line two", "Line one\nline two"),
        (
            'Read <a href="https://example.org/ada">her notes</a> today.',
            "Read her notes (https://example.org/ada) today.",
        ),
        ('<a href="https://example.org">https://example.org</a>', "https://example.org"),
        ("<ul><li>Bread</li><li>Milk</li></ul>", "• Bread\n• Milk"),
        ("<ol><li>First</li><li>Second</li></ol>", "1. First\n2. Second"),
        (
            "<blockquote>We choose to go to the Moon.</blockquote><p>Kennedy, 1962</p>",
            "> We choose to go to the Moon.\n\nKennedy, 1962",
        ),
        ("Fish &amp; chips &mdash; 5&nbsp;£", "Fish & chips — 5\u00a0£"),
        ("<p>Hi<script>alert('x')</script> there</p>", "Hi there"),
        ("<style>p {color: red}</style><p>Shown</p>", "Shown"),
        ('<img src="a.jpg" alt="A map of Europe">', "[Image: A map of Europe; a.jpg]"),
        (
            '<iframe src="https://www.youtube.com/embed/x"></iframe>',
            "[Embedded: https://www.youtube.com/embed/x]",
        ),
        ('<a href="javascript:alert(1)">click</a>', "click"),
        ("<p>  lots   of\n   space </p>", "lots of space"),
        ("<b>Unclosed <i>tags", "Unclosed tags"),
        # Markdown
        ("See [the source](https://example.org/s).", "See the source (https://example.org/s)."),
        ("**Bold** and *em* and _em_ and `code`", "Bold and em and em and code"),
        ("# Heading\nText", "Heading\nText"),
        ("- one\n- two\n* three", "• one\n• two\n• three"),
        ("> quoted\n> on", "> quoted\n> on"),
        ("5 * 3 * 2 = 30", "5 * 3 * 2 = 30"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("![A map](maps/europe.png)", "[Image: A map; maps/europe.png]"),
        ("a\n\n\n\nb", "a\n\nb"),
    ],
)
def test_to_plain(written: str, plain: str) -> None:
    assert to_plain(written) == plain
