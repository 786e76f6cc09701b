"""timeline-app: a desktop timeline viewer for teaching history."""

__version__ = "0.1.0"
