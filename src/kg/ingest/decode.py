"""Bytes -> text, with the checks that keep bad files out.

``decode(data, source) -> (text, encoding)`` accepts UTF-8 (with or without BOM) and, failing
that, windows-1256 (common for Arabic) when the result really looks like Arabic text. Raises
:class:`kg.errors.IngestError` for binary data, empty files and undecodable bytes.
"""

from __future__ import annotations

import re

from kg.errors import IngestError

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control bytes in its first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Raw file bytes -> (text, encoding name). Text keeps newlines exactly as in the file."""
    if not data.strip():
        raise IngestError(source, "empty file")
    if looks_binary(data):
        raise IngestError(source, "binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("windows-1256")
    except UnicodeDecodeError:
        text = ""
    letters = len(_ARABIC.findall(text))
    if text and letters >= max(3, len(text) // 10) and not _CONTROL.search(text):
        return text, "windows-1256"
    raise IngestError(
        source,
        f"not UTF-8 (invalid byte at offset {utf8_error.start}) and not windows-1256 Arabic text",
    )
