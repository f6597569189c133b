"""Publication dates from metadata strings and date lines -> ISO 8601.

``parse_date(s) -> str | None`` for metadata (JSON ``date`` fields): ``2017-04-12``,
``2017-04-12T14:59[:00][Z|+hh:mm]``, ``12.04.2017``, ``12/04/2017``, ``12-04-2017``,
optionally followed by ``| 14:59`` or ``14:59``.
Arabic-Indic digits are accepted. Date lines inside article text are found by the text stage
(:func:`kg.text.headline.find_dateline`), which runs before anything needs the date.
"""

from __future__ import annotations

import re
from datetime import date

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TIME = r"(?:\s*(?:\||-|,|،|T)?\s*(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2}))?)?"
_ISO = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME + r"(?:Z|[+-]\d{2}:?\d{2})?$"
)
_DMY = re.compile(r"^(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})" + _TIME + r"$")
_YMD_SLASH = re.compile(r"^(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})" + _TIME + r"$")


def parse_date(value: str) -> str | None:
    """A date or date-time string -> ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``; None if not a date."""
    s = value.strip().translate(_DIGITS)
    for rx in (_ISO, _DMY, _YMD_SLASH):
        m = rx.match(s)
        if not m:
            continue
        try:
            d = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        if m["hh"] is not None:
            hh, mi = int(m["hh"]), int(m["mi"])
            if hh > 23 or mi > 59:
                return d.isoformat()
            return f"{d.isoformat()}T{hh:02d}:{mi:02d}"
        return d.isoformat()
    return None
