"""``kg kb verify|refresh|suggest``: check and extend the curated KB against Wikidata.

These are the only commands that may use the network (``wbgetentities``/``wbsearchentities``,
see :mod:`kg.kb.wikidata`); ``--offline`` (or ``KG_OFFLINE=1``) restricts them to the cache.
Changes to the KB files are proposed as a report; ``--write`` applies them in place.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from kg.cli import main
from kg.cli.options import open_for_reading, print_jsonl, quiet_json_options

_CACHE = "data/wikidata-cache"


def _wikidata_options(f: Callable) -> Callable:
    f = click.option(
        "--kb",
        "kb_dir",
        type=click.Path(file_okay=False),
        default=None,
        help="KB data folder (default: the packaged kg/kb/data).",
    )(f)
    f = click.option(
        "--cache",
        "cache",
        metavar="DIR",
        default=None,
        help=f"Wikidata answer cache (default $KG_WIKIDATA_CACHE or {_CACHE}).",
    )(f)
    f = click.option(
        "--offline", is_flag=True, help="Use cached answers only; never touch the network."
    )(f)
    return click.option(
        "--contact",
        metavar="URL",
        default=None,
        help="Contact URL for the User-Agent ($KG_WIKIDATA_CONTACT).",
    )(f)


def _client(cache: str | None, offline: bool, contact: str | None):
    from kg.kb.wikidata import WikidataClient

    folder = cache or os.environ.get("KG_WIKIDATA_CACHE") or _CACHE
    return WikidataClient(folder, allow_network=not offline, contact=contact)


def _load(kb_dir: str | None):
    from kg.kb import DATA_DIR, KnowledgeBase

    path = Path(kb_dir) if kb_dir else DATA_DIR
    return path, KnowledgeBase.load(path)


def _checks(kb_dir: str | None, only: tuple[str, ...], client) -> tuple[Path, list]:
    from kg.kb.verify import check_kb

    path, kb = _load(kb_dir)
    entries = [e for e in kb if e.qid and (not only or e.id in only or e.qid in only)]
    items = client.entities(e.qid for e in entries)
    return path, check_kb(entries, items)


def _say(quiet: bool, msg: str) -> None:
    if not quiet:
        click.echo(msg, err=True)


@main.group()
def kb() -> None:
    """Check the curated KB against Wikidata, propose aliases and QIDs."""


@kb.command()
@_wikidata_options
@click.option("--only", multiple=True, metavar="ID|QID", help="Check only these entries.")
@click.option(
    "--write", is_flag=True, help='Mark matching entries "verified" in the KB files (in place).'
)
@quiet_json_options
def verify(
    kb_dir: str | None,
    cache: str | None,
    offline: bool,
    contact: str | None,
    only: tuple[str, ...],
    write: bool,
    quiet: bool,
    as_json: bool,
) -> None:
    """Compare every KB entry that has a QID with its Wikidata labels and aliases.

    Flags QIDs whose Arabic and English names share nothing with the entry (normalised
    comparison), missing and redirected items. Exit 1 when anything is flagged.
    """
    from kg.kb.verify import mark_verified

    path, checks = _checks(kb_dir, only, _client(cache, offline, contact))
    flagged = [c for c in checks if c.status != "match"]
    if as_json:
        print_jsonl(c.to_dict() for c in checks)
    elif not quiet:
        for c in flagged:
            wd = f"«{c.wikidata_label_ar or ''}» / {c.wikidata_label_en or ''}"
            extra = f" -> {c.redirect_to}" if c.redirect_to else ""
            click.echo(
                f"{c.status:9} {c.qid:10} {c.id}: KB «{c.label_ar}» / {c.label_en}; "
                f"Wikidata {wd}{extra}"
            )
        for c in checks:
            if c.status == "match" and c.types_ok is False:
                click.echo(f"type?     {c.qid:10} {c.id}: P31 {', '.join(c.types)}")
        new = sum(c.status == "match" and not c.already_verified for c in checks)
        click.echo(
            f"{len(checks)} checked: {len(checks) - len(flagged)} match "
            f"({new} not yet verified), {len(flagged)} flagged"
        )
    if write:
        changed = mark_verified(path, checks, dt.date.today().isoformat())
        _say(quiet, f"kg: marked {len(changed)} entries verified in {path}")
    sys.exit(1 if flagged else 0)


@kb.command()
@_wikidata_options
@click.option("--only", multiple=True, metavar="ID|QID", help="Refresh only these entries.")
@click.option("--write", is_flag=True, help="Add the proposed aliases to the KB files.")
@quiet_json_options
def refresh(
    kb_dir: str | None,
    cache: str | None,
    offline: bool,
    contact: str | None,
    only: tuple[str, ...],
    write: bool,
    quiet: bool,
    as_json: bool,
) -> None:
    """Propose new Arabic/English aliases (and list P39 positions the KB lacks) from Wikidata.

    Only entries whose names match their item are considered. --write adds the aliases;
    positions are reported for review, never written.
    """
    from kg.kb.verify import add_aliases

    client = _client(cache, offline, contact)
    path, checks = _checks(kb_dir, only, client)
    pos_qids = {p["qid"] for c in checks for p in c.new_positions}
    titles = client.entities(pos_qids) if pos_qids else {}
    rows = []
    for c in checks:
        if c.status != "match" or not (c.new_aliases_ar or c.new_aliases_en or c.new_positions):
            continue
        for p in c.new_positions:
            t = titles.get(p["qid"])
            p["title_ar"] = t.labels.get("ar") if t else None
            p["title_en"] = t.labels.get("en") if t else None
        rows.append(
            {
                "id": c.id,
                "qid": c.qid,
                "label_ar": c.label_ar,
                "new_aliases_ar": c.new_aliases_ar,
                "new_aliases_en": c.new_aliases_en,
                "new_positions": c.new_positions,
            }
        )
    if as_json:
        print_jsonl(rows)
    elif not quiet:
        for r in rows:
            click.echo(f"{r['qid']:10} {r['id']} «{r['label_ar']}»")
            for a in r["new_aliases_ar"] + r["new_aliases_en"]:
                click.echo(f"    + alias  {a}")
            for p in r["new_positions"]:
                click.echo(
                    f"    ? P39    {p['qid']} {p['title_ar'] or p['title_en'] or ''} "
                    f"{p['start'] or '?'}..{p['end'] or ''}"
                )
        click.echo(f"{len(rows)} entries with proposals ({len(checks)} checked)")
    if write:
        changed = add_aliases(path, checks)
        _say(quiet, f"kg: added aliases to {len(changed)} entries in {path}")


@kb.command()
@click.argument("name", required=False)
@click.option(
    "--store",
    "store",
    default=None,
    metavar="DIR|URL",
    help="List the store's actors without a Wikidata link, with candidates.",
)
@click.option(
    "--limit",
    type=int,
    default=20,
    show_default=True,
    help="With --store: at most this many actors (most mentioned first).",
)
@click.option("--candidates", type=int, default=5, show_default=True, help="Candidates per name.")
@click.option(
    "--type",
    "type_",
    type=click.Choice(["Person", "Organization", "Country", "Place", "Facility"]),
    default=None,
    help="With NAME: the actor type, to rank candidates whose P31 fits it first.",
)
@click.option("--cache", "cache", metavar="DIR", default=None, help="Wikidata answer cache.")
@click.option("--offline", is_flag=True, help="Use cached answers only.")
@click.option("--contact", metavar="URL", default=None, help="Contact URL for the User-Agent.")
@quiet_json_options
def suggest(
    name: str | None,
    store: str | None,
    limit: int,
    candidates: int,
    type_: str | None,
    cache: str | None,
    offline: bool,
    contact: str | None,
    quiet: bool,
    as_json: bool,
) -> None:
    """Propose Wikidata QIDs for NAME (Arabic search), or for the store's unlinked actors.

    Candidates whose P31 (instance of) fits the actor's type come first (``type_ok``)."""
    from kg.errors import ConfigError
    from kg.kb import default_kb

    if bool(name) == bool(store):
        raise ConfigError("give either a NAME or --store DIR")
    client = _client(cache, offline, contact)
    kb = default_kb()
    targets: list[dict] = [{"name": name, "type": type_}] if name else _unlinked(store, limit)
    for t in targets:
        hits = client.search(t.get("label") or t["name"], limit=candidates)
        t["candidates"] = [
            {
                "qid": h.qid,
                "label": h.label,
                "description": h.description,
                "matched": h.matched,
                "in_kb": [e.id for e in kb.by_qid(h.qid)],
            }
            for h in hits
        ]
    _rank_by_type(client, targets)
    if as_json:
        print_jsonl(targets)
        return
    if quiet:
        return
    for t in targets:
        head = t.get("label") or t["name"]
        if "actor" in t:
            head += f"  ({t['kind']}, {t['type']}, {t['mentions']} mentions) {t['actor']}"
        click.echo(head)
        for c in t["candidates"]:
            kb_note = f"  [KB: {', '.join(c['in_kb'])}]" if c["in_kb"] else ""
            click.echo(f"    {c['qid']:10} {c['label'] or ''} — {c['description'] or ''}{kb_note}")
        if not t["candidates"]:
            click.echo("    (no candidate)")


def _unlinked(store: str | None, limit: int) -> list[dict]:
    """-> the store's actors without a Wikidata link, most mentioned first."""
    from kg.resources import query_text

    q = query_text("unlinked-actors")
    out = []
    with open_for_reading(store) as st:
        for r in st.query(q):
            iri = str(r["actor"])
            out.append(
                {
                    "actor": iri,
                    "label": str(r["label"]),
                    "type": str(r["type"]).rsplit("#", 1)[-1],
                    "kind": "local" if "/actor/local/" in iri else "kb",
                    "mentions": int(r["mentions"]),
                }
            )
            if len(out) >= limit:
                break
    return out


def _rank_by_type(client, targets: list[dict]) -> None:
    """Add ``types``/``type_ok`` (P31 from the query service) to each candidate and put the
    candidates whose type fits the actor's first (stable otherwise)."""
    from kg.kb.verify import type_table

    qids = {c["qid"] for t in targets for c in t["candidates"]}
    if not qids:
        return
    claims = client.claims(qids)
    order = {True: 0, None: 1, False: 2}
    for t in targets:
        fit = type_table().get(t.get("type") or "")
        for c in t["candidates"]:
            c["types"] = list(claims.get(c["qid"], ((), ()))[0])
            c["type_ok"] = None if fit is None or not c["types"] else bool(fit & set(c["types"]))
        t["candidates"].sort(key=lambda c: order[c["type_ok"]])
