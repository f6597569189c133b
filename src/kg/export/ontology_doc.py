"""Human-readable ontology page: ``render_html(lang="en") -> str``, a complete standalone HTML
document (no CDN, no script): header (version, alignments), an inline SVG diagram of the class
hierarchy (kgo classes as a tree; each box lists the reused classes it aligns to), then tables of
classes, object properties and datatype properties with English and Arabic labels and comments.
``lang="ar"`` gives a right-to-left page with Arabic headings.
"""

from __future__ import annotations

from html import escape
from typing import Any

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.rdf.namespaces import KGO, PREFIXES
from kg.resources import ontology_path

_T = {
    "en": {
        "title": "kg ontology",
        "classes": "Classes",
        "objprops": "Object properties",
        "dataprops": "Datatype properties",
        "diagram": "Class hierarchy",
        "term": "Term",
        "label_en": "English",
        "label_ar": "Arabic",
        "comment": "Comment",
        "super": "Sub-class / sub-property of",
        "domain": "Domain",
        "range": "Range",
        "version": "Version",
        "aligns": "Aligned vocabularies (referenced, not imported)",
    },
    "ar": {
        "title": "أنطولوجيا kg",
        "classes": "الأصناف",
        "objprops": "خصائص الربط",
        "dataprops": "خصائص القيم",
        "diagram": "تسلسل الأصناف",
        "term": "المصطلح",
        "label_en": "بالإنجليزية",
        "label_ar": "بالعربية",
        "comment": "الشرح",
        "super": "صنف فرعي / خاصية فرعية من",
        "domain": "المجال",
        "range": "المدى",
        "version": "الإصدار",
        "aligns": "المفردات المرتبطة (مرجعية، غير مستوردة)",
    },
}
_BOX_W, _BOX_H, _ROW, _INDENT = 250, 34, 44, 40


def _qname(term: Any) -> str:
    s = str(term)
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if s.startswith(str(ns)) and len(s) > len(str(ns)):
            return f"{prefix}:{s[len(str(ns)) :]}"
    return s


def _label(g: Graph, term: Any, lang: str) -> str:
    for lab in g.objects(term, RDFS.label):
        if getattr(lab, "language", None) == lang:
            return str(lab)
    return ""


def _kgo_terms(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(
        t
        for t in g.subjects(RDF.type, kind)
        if isinstance(t, URIRef) and str(t).startswith(str(KGO))
    )


def _tree_rows(g: Graph, classes: list[URIRef]) -> list[tuple[URIRef, int, URIRef | None]]:
    """-> (class, depth, kgo parent) in depth-first order; a class's first kgo super-class
    (in IRI order) is its parent in the drawing."""
    parent = {}
    for c in classes:
        sups = sorted(s for s in g.objects(c, RDFS.subClassOf) if s in classes)
        parent[c] = sups[0] if sups else None
    rows: list[tuple[URIRef, int, URIRef | None]] = []

    def walk(node: URIRef | None, depth: int) -> None:
        for c in sorted(k for k, p in parent.items() if p == node):
            rows.append((c, depth, node))
            walk(c, depth + 1)

    walk(None, 0)
    return rows


def class_diagram(g: Graph, lang: str = "en") -> str:
    """Ontology graph -> an inline ``<svg>`` drawing of the kgo class tree."""
    classes = _kgo_terms(g, OWL.Class)
    rows = _tree_rows(g, classes)
    ypos = {c: 10 + i * _ROW for i, (c, _, _) in enumerate(rows)}
    chars = max(
        (
            len(_qname(c)) + len(_label(g, c, "en")) + len(_label(g, c, "ar")) + 6
            for c, _, _ in rows
        ),
        default=20,
    )
    box_w = max(_BOX_W, int(chars * 7.6) + 16)  # ~7.6 px per character at 13 px sans-serif
    width = 10 + max((d for _, d, _ in rows), default=0) * _INDENT + box_w + 330
    height = 20 + len(rows) * _ROW
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" direction="ltr" '
        f'aria-label="{escape(_T[lang]["diagram"])}" font-family="sans-serif" '
        'font-size="13">'
    ]
    for c, depth, par in rows:
        x, y = 10 + depth * _INDENT, ypos[c]
        if par is not None:
            px = 10 + (depth - 1) * _INDENT + 14
            parts.append(
                f'<path d="M{px},{ypos[par] + _BOX_H} V{y + _BOX_H // 2} H{x}" '
                'fill="none" stroke="#667" stroke-width="1.2"/>'
            )
        en, ar = _label(g, c, "en"), _label(g, c, "ar")
        external = sorted(
            _qname(s)
            for s in g.objects(c, RDFS.subClassOf)
            if isinstance(s, URIRef) and not str(s).startswith(str(KGO))
        )
        parts.append(
            f'<g class="cls" id="svg-{escape(_qname(c)).replace(":", "-")}">'
            f'<rect x="{x}" y="{y}" width="{box_w}" height="{_BOX_H}" rx="5" '
            'fill="#eef3fb" stroke="#34568b"/>'
            f'<text x="{x + 8}" y="{y + 22}"><tspan font-weight="bold">'
            f"{escape(_qname(c))}</tspan> · {escape(en)} · "
            f'<tspan direction="rtl" unicode-bidi="embed">{escape(ar)}</tspan></text>'
        )
        if external:
            parts.append(
                f'<text x="{x + box_w + 8}" y="{y + 22}" fill="#555">⊑ '
                f"{escape(', '.join(external))}</text>"
            )
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _cell_terms(terms: list[Any]) -> str:
    return ", ".join(f"<code>{escape(_qname(t))}</code>" for t in sorted(terms, key=str))


def _table(g: Graph, terms: list[URIRef], t: dict, sup: URIRef, props: bool) -> str:
    head = [t["term"], t["label_en"], t["label_ar"], t["comment"], t["super"]]
    if props:
        head += [t["domain"], t["range"]]
    out = ["<table><thead><tr>", *(f"<th>{escape(h)}</th>" for h in head), "</tr></thead><tbody>"]
    for term in terms:
        q = _qname(term)
        cells = [
            f'<td id="{escape(q.replace(":", "-"))}"><code>{escape(q)}</code></td>',
            f"<td>{escape(_label(g, term, 'en'))}</td>",
            f'<td lang="ar" dir="rtl">{escape(_label(g, term, "ar"))}</td>',
            f"<td>{escape(str(g.value(term, RDFS.comment) or ''))}</td>",
            f"<td>{_cell_terms(list(g.objects(term, sup)))}</td>",
        ]
        if props:
            cells += [
                f"<td>{_cell_terms(list(g.objects(term, RDFS.domain)))}</td>",
                f"<td>{_cell_terms(list(g.objects(term, RDFS.range)))}</td>",
            ]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


_CSS = (
    "body{font-family:sans-serif;margin:2em;line-height:1.4;color:#222}"
    "table{border-collapse:collapse;width:100%;margin-bottom:2em}"
    "th,td{border:1px solid #ccd;padding:4px 6px;vertical-align:top;text-align:start}"
    "th{background:#eef3fb}code{font-size:90%;direction:ltr;unicode-bidi:isolate}.diagram{overflow-x:auto}"
)


def render_html(lang: str = "en", ontology: Graph | None = None) -> str:
    """-> the ontology page as a complete HTML document (``lang`` "en" or "ar")."""
    if lang not in _T:
        raise ValueError(f"lang must be one of {sorted(_T)}")
    t = _T[lang]
    g = ontology if ontology is not None else Graph().parse(ontology_path(), format="turtle")
    onto = next(iter(g.subjects(RDF.type, OWL.Ontology)), None)
    title = _label(g, onto, lang) or t["title"]
    version = str(g.value(onto, OWL.versionInfo) or "")
    version_iri = str(g.value(onto, OWL.versionIRI) or "")
    aligns = sorted(str(r) for r in g.objects(onto, DCTERMS.references))
    comment = str(g.value(onto, RDFS.comment) or "")
    direction = "rtl" if lang == "ar" else "ltr"
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(comment)}</p>",
        f"<p>{escape(t['version'])}: {escape(version)} "
        f"(<code>{escape(version_iri)}</code>)<br>Namespace: <code>{escape(str(KGO))}</code></p>",
        f"<h2>{escape(t['aligns'])}</h2><ul>",
        *(f"<li><code>{escape(a)}</code></li>" for a in aligns),
        "</ul>",
        f'<h2>{escape(t["diagram"])}</h2><div class="diagram">{class_diagram(g, lang)}</div>',
        f'<h2 id="classes">{escape(t["classes"])}</h2>',
        _table(g, _kgo_terms(g, OWL.Class), t, RDFS.subClassOf, False),
        f'<h2 id="object-properties">{escape(t["objprops"])}</h2>',
        _table(g, _kgo_terms(g, OWL.ObjectProperty), t, RDFS.subPropertyOf, True),
        f'<h2 id="datatype-properties">{escape(t["dataprops"])}</h2>',
        _table(g, _kgo_terms(g, OWL.DatatypeProperty), t, RDFS.subPropertyOf, True),
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )
