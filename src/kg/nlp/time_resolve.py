"""Resolution of time expressions against an anchor date (the publication day).

``Resolver(anchor)``: ``weekday(wd, direction, future)``, ``year_for(month, day, direction,
future)``, ``relative(unit, n, precision)`` -> ISO values (None without an anchor).
``parse_iso(s) -> date | None``, ``make_date(y, m, d) -> date | None`` (None when invalid).
"""

from __future__ import annotations

from datetime import date, timedelta


def parse_iso(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


class Resolver:
    """Resolves atoms against one anchor date (None -> only self-contained dates)."""

    def __init__(self, anchor: date | None) -> None:
        self.a = anchor

    def weekday(self, wd: int, direction: str | None, future: bool) -> str | None:
        a = self.a
        if a is None:
            return None
        back = (a.isoweekday() - wd) % 7
        fwd = (wd - a.isoweekday()) % 7
        if direction == "past":
            d = a - timedelta(days=back or 7)
        elif direction == "future":
            d = a + timedelta(days=fwd or 7)
        elif direction == "current" or not future:
            d = a - timedelta(days=back)
        else:
            d = a + timedelta(days=fwd)
        return d.isoformat()

    def year_for(self, m: int, d: int | None, direction: str | None, future: bool) -> int | None:
        """Year of a month (day) given without one, from the anchor and direction."""
        a = self.a
        if a is None:
            return None
        here = (m, d or 0)
        now = (a.month, a.day if d else 0)
        if direction == "current":
            return a.year
        if direction == "past":
            return a.year if here < now else a.year - 1
        if direction == "future" or future:
            strict = direction == "future"
            return a.year if (here > now if strict else here >= now) else a.year + 1
        return a.year if here <= now else a.year - 1

    def relative(self, unit: str, n: int, precision: str) -> str | None:
        a = self.a
        if a is None:
            return None
        if unit == "day":
            return (a + timedelta(days=n)).isoformat()
        if unit == "week":
            d = a + timedelta(days=7 * n)
            return _iso_week(d) if precision == "week" else d.isoformat()
        if unit == "month":
            y, m = _shift_month(a.year, a.month, n)
            return f"{y:04d}-{m:02d}"
        return f"{a.year + n:04d}"
