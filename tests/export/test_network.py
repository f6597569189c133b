"""Actor-network exports: GraphML and GEXF valid against their (hand-written, minimal) XSDs and
read back by networkx with typed attributes; Cytoscape.js JSON valid against its JSON schema;
the numbers agree with the statement view."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from click.testing import CliRunner
from lxml import etree

from kg.export.graph_formats import GEXF_NS, to_cytoscape, to_gexf, to_graphml
from kg.export.network import NODE_ATTRS, Network, build_network
from kg.rdf import iris

FIXTURES = Path(__file__).with_name("fixtures")
LAVROV = str(iris.actor("kg:person:sergey-lavrov"))


def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(FIXTURES / name)))


@pytest.fixture(scope="module")
def graphml_file(network, tmp_path_factory):
    path = tmp_path_factory.mktemp("net") / "actors.graphml"
    path.write_bytes(to_graphml(network))
    return path


@pytest.fixture(scope="module")
def gexf_file(network, tmp_path_factory):
    path = tmp_path_factory.mktemp("net") / "actors.gexf"
    path.write_bytes(to_gexf(network))
    return path


def test_network_has_both_edge_kinds_and_typed_nodes(network):
    kinds = Counter(e["kind"] for e in network.edges)
    assert kinds["said_about"] > 0 and kinds["co_participation"] > 0
    types = Counter(n["type"] for n in network.nodes.values())
    assert {"Person", "Organization", "Country"} <= set(types)
    assert all(e["source"] in network.nodes and e["target"] in network.nodes for e in network.edges)


def test_said_about_weights_match_the_statement_view(seed_store, network):
    from kg import views

    by_lavrov = views.statements(seed_store, speaker=[iris.actor("kg:person:sergey-lavrov")])
    expected: Counter = Counter()
    for st in by_lavrov:
        for a in st["about"]:
            if a["label"] != "سيرغي لافروف":
                expected[a["label"]] += 1
    got = {
        network.nodes[e["target"]]["label_ar"]: e["count"]
        for e in network.edges
        if e["kind"] == "said_about" and e["source"] == LAVROV
    }
    assert got and got == dict(expected)
    assert network.nodes[LAVROV]["statements_made"] == len(by_lavrov)


@pytest.mark.parametrize("label_ar", ["سيرغي لافروف", "روسيا"])
def test_nodes_carry_arabic_and_english_labels(network, label_ar):
    node = next(n for n in network.nodes.values() if n["label_ar"] == label_ar)
    assert node["label_en"] and node["type"] in ("Person", "Country")


def test_graphml_is_valid(graphml_file):
    schema = _schema("graphml.xsd")
    assert schema.validate(etree.parse(str(graphml_file))), schema.error_log


def test_graphml_schema_rejects_a_dangling_edge(graphml_file):
    doc = etree.parse(str(graphml_file))
    edge = doc.find(".//{http://graphml.graphdrawing.org/xmlns}edge")
    edge.set("target", "no-such-node")
    assert not _schema("graphml.xsd").validate(doc)


def test_graphml_reads_back_with_typed_attributes(network, graphml_file):
    g = nx.read_graphml(graphml_file)
    assert g.number_of_nodes() == len(network.nodes)
    assert g.number_of_edges() == len(network.edges)
    node = g.nodes[LAVROV]
    assert node["label_ar"] == "سيرغي لافروف" and node["label_en"] == "Sergey Lavrov"
    assert isinstance(node["statements_made"], int) and node["statements_made"] > 0
    _, _, data = next(iter(g.edges(LAVROV, data=True)))
    assert isinstance(data["weight"], float) and isinstance(data["count"], int)
    assert isinstance(data["directed"], bool)


def test_gexf_is_valid(gexf_file):
    schema = _schema("gexf.xsd")
    assert schema.validate(etree.parse(str(gexf_file))), schema.error_log


def test_gexf_schema_rejects_an_undeclared_attribute(gexf_file):
    doc = etree.parse(str(gexf_file))
    doc.find(f".//{{{GEXF_NS}}}attvalue").set("for", "n99")
    assert not _schema("gexf.xsd").validate(doc)


def test_gexf_attvalues_match_their_declared_types(gexf_file):
    doc = etree.parse(str(gexf_file))
    declared = {}
    for block in doc.iter(f"{{{GEXF_NS}}}attributes"):
        for a in block:
            declared[a.get("id")] = a.get("type")
    checks = {
        "integer": int,
        "double": float,
        "string": str,
        "boolean": lambda v: {"true": True, "false": False}[v],
    }
    seen = Counter()
    for av in doc.iter(f"{{{GEXF_NS}}}attvalue"):
        checks[declared[av.get("for")]](av.get("value"))
        seen[declared[av.get("for")]] += 1
    assert seen["integer"] and seen["string"] and seen["boolean"]


def test_gexf_reads_back(network, gexf_file):
    g = nx.read_gexf(gexf_file)
    assert g.number_of_nodes() == len(network.nodes)
    assert g.number_of_edges() == len(network.edges)
    assert g.nodes[LAVROV]["label"] == "Sergey Lavrov"
    assert isinstance(g.nodes[LAVROV]["statements_made"], int)
    weights = [d["weight"] for _, _, d in g.edges(data=True)]
    assert all(isinstance(w, float) and w >= 1 for w in weights)


def test_cytoscape_json_follows_the_elements_format(network):
    doc = json.loads(json.dumps(to_cytoscape(network)))
    schema = json.loads((FIXTURES / "cytoscape.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(doc)
    ids = {n["data"]["id"] for n in doc["elements"]["nodes"]}
    assert all(
        e["data"]["source"] in ids and e["data"]["target"] in ids for e in doc["elements"]["edges"]
    )


@pytest.mark.parametrize("breakage", ["string_count", "missing_target", "bad_kind"])
def test_cytoscape_schema_rejects_broken_elements(network, breakage):
    doc = to_cytoscape(network)
    edge = doc["elements"]["edges"][0]["data"]
    if breakage == "string_count":
        edge["count"] = "2"
    elif breakage == "missing_target":
        del edge["target"]
    else:
        edge["kind"] = "knows"
    schema = json.loads((FIXTURES / "cytoscape.schema.json").read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)


def test_about_keeps_only_edges_touching_the_actor(seed_store, network):
    ego = build_network(seed_store, [iris.actor("kg:person:sergey-lavrov")])
    assert ego.edges and all(LAVROV in (e["source"], e["target"]) for e in ego.edges)
    assert LAVROV in ego.nodes and len(ego.nodes) < len(network.nodes)
    assert set(NODE_ATTRS) <= set(ego.nodes[LAVROV])


def test_about_an_actor_without_edges_gives_just_that_node(seed_store):
    net = build_network(seed_store, ["https://w3id.org/arabic-news-kg/id/actor/none"])
    assert net == Network({}, [])


@pytest.mark.parametrize("name", ["لافروف", "Lavrov"])
def test_cli_network_about_a_name(tmp_path, seeds_dir, name):
    from kg.cli import main
    from kg.pipeline import build
    from kg.store import open_store

    store_dir = tmp_path / "store"
    with open_store(store_dir) as st:
        build([str(seeds_dir)], st, quarantine_dir=tmp_path / "q")
    r = CliRunner().invoke(
        main, ["export", "--format", "cytoscape", "--about", name, "--store", str(store_dir), "-q"]
    )
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["elements"]["edges"]
    assert all(
        LAVROV in (e["data"]["source"], e["data"]["target"]) for e in doc["elements"]["edges"]
    )
    r = CliRunner().invoke(
        main, ["export", "--format", "gexf", "--about", "Nobody Atall", "--store", str(store_dir)]
    )
    assert r.exit_code == 2 and "no actor matches" in r.output
