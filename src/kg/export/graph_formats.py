"""Network -> GraphML, GEXF 1.3 and Cytoscape.js JSON, with typed attributes.

``to_graphml(net) -> bytes``, ``to_gexf(net) -> bytes``, ``to_cytoscape(net) -> dict``.
Attribute types come from :data:`kg.export.network.NODE_ATTRS` / ``EDGE_ATTRS``: GraphML
``attr.type`` (string, int, double, boolean), GEXF ``type`` (string, integer, double, boolean),
JSON numbers and booleans in Cytoscape.js. "Said about" edges are directed, co-participation
edges undirected by meaning; both files still declare every edge directed (networkx and other
readers refuse mixed graphs) and carry a boolean ``directed`` attribute that says which edges
are really undirected (co-participation pairs are emitted once, in IRI order).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lxml import etree

from kg import __version__
from kg.export.network import EDGE_ATTRS, NODE_ATTRS, Network

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://gexf.net/1.3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_GEXF_TYPES = {"string": "string", "int": "integer", "double": "double", "boolean": "boolean"}


def _text(value: Any, typ: str) -> str:
    if typ == "boolean":
        return "true" if value else "false"
    if typ == "double":
        return repr(float(value))
    return str(int(value)) if typ == "int" else str(value)


def to_graphml(net: Network) -> bytes:
    """Network -> GraphML document (UTF-8 bytes); keys n_<attr> for nodes, e_<attr> for edges."""
    root = etree.Element(f"{{{GRAPHML_NS}}}graphml", nsmap={None: GRAPHML_NS, "xsi": XSI})
    root.set(
        f"{{{XSI}}}schemaLocation",
        f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    )
    keys = [("node", "n", "label", "string")]
    keys += [("node", "n", k, t) for k, t in NODE_ATTRS.items()]
    keys += [("edge", "e", k, t) for k, t in EDGE_ATTRS.items()]
    for dom, pre, name, typ in keys:
        etree.SubElement(
            root,
            f"{{{GRAPHML_NS}}}key",
            {"id": f"{pre}_{name}", "for": dom, "attr.name": name, "attr.type": typ},
        )
    graph = etree.SubElement(
        root, f"{{{GRAPHML_NS}}}graph", {"id": "kg-actors", "edgedefault": "directed"}
    )
    for nid, attrs in net.nodes.items():
        node = etree.SubElement(graph, f"{{{GRAPHML_NS}}}node", {"id": nid})
        d = etree.SubElement(node, f"{{{GRAPHML_NS}}}data", {"key": "n_label"})
        d.text = net.label(nid)
        for k, t in NODE_ATTRS.items():
            d = etree.SubElement(node, f"{{{GRAPHML_NS}}}data", {"key": f"n_{k}"})
            d.text = _text(attrs[k], t)
    for e in net.edges:
        el = etree.SubElement(
            graph,
            f"{{{GRAPHML_NS}}}edge",
            {"id": e["id"], "source": e["source"], "target": e["target"]},
        )
        for k, t in EDGE_ATTRS.items():
            d = etree.SubElement(el, f"{{{GRAPHML_NS}}}data", {"key": f"e_{k}"})
            d.text = _text(e[k], t)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_gexf(net: Network) -> bytes:
    """Network -> GEXF 1.3 document (UTF-8 bytes); weights on ``edge/@weight`` as well."""
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "xsi": XSI}, version="1.3")
    root.set(f"{{{XSI}}}schemaLocation", f"{GEXF_NS} http://gexf.net/1.3/gexf.xsd")
    meta = etree.SubElement(
        root, f"{{{GEXF_NS}}}meta", lastmodifieddate=dt.date.today().isoformat()
    )
    etree.SubElement(meta, f"{{{GEXF_NS}}}creator").text = f"kg {__version__}"
    etree.SubElement(
        meta, f"{{{GEXF_NS}}}description"
    ).text = "Actor network: who said what about whom, and who took part in events together"
    graph = etree.SubElement(root, f"{{{GEXF_NS}}}graph", defaultedgetype="directed", mode="static")
    edge_attrs = {k: t for k, t in EDGE_ATTRS.items() if k != "weight"}
    for cls, attrs in (("node", NODE_ATTRS), ("edge", edge_attrs)):
        block = etree.SubElement(graph, f"{{{GEXF_NS}}}attributes", {"class": cls})
        for i, (k, t) in enumerate(attrs.items()):
            etree.SubElement(
                block, f"{{{GEXF_NS}}}attribute", id=f"{cls[0]}{i}", title=k, type=_GEXF_TYPES[t]
            )
    nodes = etree.SubElement(graph, f"{{{GEXF_NS}}}nodes")
    for nid, attrs in net.nodes.items():
        node = etree.SubElement(nodes, f"{{{GEXF_NS}}}node", id=nid, label=net.label(nid))
        vals = etree.SubElement(node, f"{{{GEXF_NS}}}attvalues")
        for i, (k, t) in enumerate(NODE_ATTRS.items()):
            etree.SubElement(
                vals, f"{{{GEXF_NS}}}attvalue", {"for": f"n{i}", "value": _text(attrs[k], t)}
            )
    edges = etree.SubElement(graph, f"{{{GEXF_NS}}}edges")
    for e in net.edges:
        el = etree.SubElement(
            edges,
            f"{{{GEXF_NS}}}edge",
            {
                "id": e["id"],
                "source": e["source"],
                "target": e["target"],
                "type": "directed",
                "weight": _text(e["weight"], "double"),
                "label": e["kind"],
            },
        )
        vals = etree.SubElement(el, f"{{{GEXF_NS}}}attvalues")
        for i, (k, t) in enumerate(edge_attrs.items()):
            etree.SubElement(
                vals, f"{{{GEXF_NS}}}attvalue", {"for": f"e{i}", "value": _text(e[k], t)}
            )
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def to_cytoscape(net: Network) -> dict:
    """Network -> Cytoscape.js JSON: ``{"data": {...}, "elements": {"nodes": [...],
    "edges": [...]}}``; every element's fields are in ``data`` (ids are strings, counts
    integers, weights floats), as ``cy.add(json["elements"])`` and Cytoscape's .cyjs import
    expect."""
    nodes = [
        {"data": {"id": nid, "name": net.label(nid), **attrs}, "group": "nodes"}
        for nid, attrs in net.nodes.items()
    ]
    edges = [
        {
            "data": {
                "id": e["id"],
                "source": e["source"],
                "target": e["target"],
                **{k: e[k] for k in EDGE_ATTRS},
            },
            "group": "edges",
        }
        for e in net.edges
    ]
    return {
        "format_version": "1.0",
        "generated_by": f"kg {__version__}",
        "target_cytoscapejs_version": "~3",
        "data": {"name": "kg actor network", "shared_name": "kg actor network"},
        "elements": {"nodes": nodes, "edges": edges},
    }
