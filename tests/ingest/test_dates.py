from __future__ import annotations

import pytest

from kg.ingest.dates import parse_date


@pytest.mark.parametrize(
    ("s", "iso"),
    [
        ("12.04.2017 | 14:59", "2017-04-12T14:59"),
        ("12.04.2017", "2017-04-12"),
        ("2017-04-12", "2017-04-12"),
        ("2017-04-12T14:59:00+03:00", "2017-04-12T14:59"),
        ("12/4/2017", "2017-04-12"),
        ("١٢.٠٤.٢٠١٧", "2017-04-12"),
        ("31.02.2017", None),
        ("نيسان 2017", None),
    ],
)
def test_parse_date(s, iso):
    assert parse_date(s) == iso
