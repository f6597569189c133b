"""kg: a knowledge-graph builder for Arabic political news.

Data flow (see :mod:`kg.pipeline`, the only place the order is written):
ingest -> text -> nlp (with kb) -> rdf -> validate -> store -> serve/export.
"""

__version__ = "0.1.0"
