"""How long each text of a timeline may be: limits no real timeline meets.

A timeline is written by a person, about sources a person reads. The longest texts in real
ones are quotes: a passage from a speech or a treaty runs to a few thousand characters, a
whole page of a source to about 3,000. Every limit here is several times the longest text of
its kind, so a person never meets one by writing; they stop a file that is not a timeline
(a 50 MB summary, a title pasted a thousand times) with a message, before the app spends
seconds or minutes laying it out. Within them, the screen still shows only what fits: the
timeline measures the beginning of a title, and the detail pane breaks long words.

The loader (formats/timeline_json.py) checks these when it reads a file; the pure packages
and the UI read them from here, so there is one number for each.
"""

from __future__ import annotations

# An event's title names the event on the timeline, where about 40 characters show; real
# ones are under 150. Longer ones load with a warning (the timeline shows the beginning).
LONG_TITLE = 300
# 1,000 characters is a paragraph: text that belongs in the summary, which the message says.
MAX_TITLE = 1_000

# The timeline's own title stands in the window title and above exports.
MAX_TIMELINE_TITLE = 500

# A quote's text: the longest verbatim passages in history sources are a few thousand
# characters; 20,000 is about seven printed pages.
MAX_QUOTE = 20_000

# An event's summary, the teacher's notes, a source's note and the timeline's description:
# a few sentences to a few paragraphs; 20,000 characters is about 3,000 words.
MAX_SUMMARY = 20_000
MAX_NOTES = 20_000

# Every other text is a short field: a place, a participant's name, a speaker, a locator
# ("p. 42"), a date note, a category's label, a source's title, publisher or author. The
# longest real ones are the titles of old books and pamphlets, a few hundred characters.
MAX_FIELD = 2_000

# A date as text: the longest a person writes, "Wednesday, 20 September 2017, 15:45
# UTC+02:00", is under 50 characters.
MAX_DATE = 100

# A source's link, kept for reference: links in the wild reach tens of thousands of
# characters (tracking parameters, encoded searches); 64 Ki is far above them.
MAX_URL = 65_536

# A picture's address: a web address or a path is short, but a picture may be embedded in the
# file as a data: address, which holds the whole image; 16 Mi characters is a 12 MB picture.
MAX_MEDIA_URL = 16 * 1024 * 1024
