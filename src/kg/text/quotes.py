"""Quotation marks as Arabic news text uses them (ASCII, guillemets, curly quotes).

``OPEN_QUOTES`` / ``CLOSE_QUOTES`` are tuples (so ``str.startswith`` takes them, and ``in``
tests one mark); ``QUOTE_CHARS`` is every mark that may open or close a quotation.
"""

from __future__ import annotations

OPEN_QUOTES: tuple[str, ...] = ('"', "«", "\u201c")
CLOSE_QUOTES: tuple[str, ...] = ('"', "»", "\u201d")
QUOTE_CHARS = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb')
