"""Exports: RDF (:mod:`kg.export.rdf`), the actor network (:mod:`kg.export.network`,
:mod:`kg.export.graph_formats`), the JSON-LD context and the ontology page
(:mod:`kg.export.ontology_doc`)."""
