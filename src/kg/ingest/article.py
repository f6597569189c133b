"""The Article record: what ingestion produces and every later stage reads."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(slots=True)
class Article:
    """One news article. ``text`` is exactly as read; every offset in kg indexes into it.

    ``date`` is the publication date as ISO 8601 (``2017-04-12`` or ``2017-04-12T14:59``) when
    known from metadata or a date line, else None. ``encoding`` records how the bytes were decoded.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None  # publisher / outlet
    lang: str = "ar"
    source_file: str | None = None
    encoding: str = "utf-8"
    line: int | None = None  # line number for .jsonl inputs
    extra: dict[str, str] = field(default_factory=dict)
    content_hash: str = ""  # computed at creation from the input as read (see below)

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = self.compute_hash()

    def compute_hash(self) -> str:
        """sha256 of the text and metadata as read: a rebuild is a no-op when it is unchanged.

        Fixed at creation, so later refinements (a headline chosen outside boilerplate) do
        not change it."""
        h = hashlib.sha256()
        for part in (self.id, self.text, self.title, self.date, self.url, self.source, self.lang):
            h.update((part or "").encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()

    @property
    def pub_date(self) -> str | None:
        """The publication day ``YYYY-MM-DD`` (time of day dropped), or None."""
        return self.date[:10] if self.date else None
