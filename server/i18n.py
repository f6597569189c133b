"""UI strings in Arabic and English (``server/i18n.json``) and the request's language.

``current_lang() -> "ar" | "en"`` from ``?lang=``, else the ``kg_lang`` cookie, else Arabic.
``install(app)`` puts ``t`` (strings), ``lang``, ``dir`` and ``url`` (``url_for`` that keeps
the language) into every template.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from flask import Flask, request, url_for

LANGS = ("ar", "en")


@cache
def strings() -> dict[str, dict[str, str]]:
    """-> {lang: {key: text}}; both languages must have the same keys."""
    data = json.loads((Path(__file__).parent / "i18n.json").read_text(encoding="utf-8"))
    if set(data["ar"]) != set(data["en"]):
        raise ValueError(
            f"server/i18n.json: ar and en keys differ: {sorted(set(data['ar']) ^ set(data['en']))}"
        )
    return data


@cache
def event_type_labels() -> dict[str, dict[str, str]]:
    """-> {lang: {event type id: label}} from the event typology (``event_types.tsv``)."""
    from kg.nlp.lexicons import load_tsv

    rows = load_tsv("event_types.tsv")
    return {
        "ar": {r["id"]: r["label_ar"] for r in rows if r.get("label_ar")},
        "en": {r["id"]: r["label_en"] for r in rows if r.get("label_en")},
    }


def current_lang() -> str:
    """-> the UI language of this request."""
    lang = request.args.get("lang") or request.cookies.get("kg_lang") or "ar"
    return lang if lang in LANGS else "ar"


def lang_url(endpoint: str, **values: Any) -> str:
    """``url_for`` that carries the current language."""
    values.setdefault("lang", current_lang())
    return url_for(endpoint, **values)


def install(app: Flask) -> None:
    """Template globals and a cookie remembering an explicit ``?lang=``."""

    @app.context_processor
    def _globals() -> dict[str, Any]:
        lang = current_lang()
        table = strings()[lang]
        return {
            "event_label": lambda type_id: event_type_labels()[lang].get(type_id, type_id),
            "t": table,
            "lang": lang,
            "dir": table["dir"],
            "url": lang_url,
            "other_lang": "en" if lang == "ar" else "ar",
        }

    @app.after_request
    def _remember(resp):  # type: ignore[no-untyped-def]
        lang = request.args.get("lang")
        if lang in LANGS and request.cookies.get("kg_lang") != lang:
            resp.set_cookie("kg_lang", lang, max_age=365 * 24 * 3600, samesite="Lax")
        return resp
