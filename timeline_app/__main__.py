"""`python -m timeline_app`: the same as the `timeline-app` command."""

from timeline_app.cli import main

raise SystemExit(main())
