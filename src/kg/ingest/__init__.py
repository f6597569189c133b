"""Ingest stage: files, folders and stdin -> :class:`Article` records (text kept exactly as read)."""

from kg.ingest.article import Article

__all__ = ["Article"]
