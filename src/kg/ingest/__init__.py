"""Ingest stage: files, folders and stdin -> :class:`Article` records (text kept as read)."""

from kg.ingest.article import Article
from kg.ingest.readers import DEFAULT_MAX_BYTES, Rejection, iter_articles

__all__ = ["Article", "Rejection", "iter_articles", "DEFAULT_MAX_BYTES"]
