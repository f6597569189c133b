"""One exception tree for kg. Every message says what went wrong and what to do."""

from __future__ import annotations


class KGError(Exception):
    """Base of every error kg raises on purpose. CLI exit code 2 unless said otherwise."""

    exit_code = 2


class ConfigError(KGError):
    """A setting (option, environment variable, config file) is missing or invalid."""


class IngestError(KGError):
    """An input file cannot be read as an article.

    ``source`` names the file (and ``line`` the JSON line) so that batch reports can point at it.
    """

    exit_code = 1

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class ResourceError(KGError):
    """A data file shipped with kg (lexicon, KB, ontology, shapes, query) is missing or broken."""


class StoreError(KGError):
    """The triple store cannot be opened, read or written."""


class ValidationFailed(KGError):
    """A graph does not conform to the SHACL shapes (data problem, exit code 1)."""

    exit_code = 1

    def __init__(self, message: str, report_text: str = "") -> None:
        self.report_text = report_text
        super().__init__(message)


class ValidatorError(KGError):
    """The validator itself failed (broken shapes, engine error), not the data."""


class QueryError(KGError):
    """A SPARQL query is malformed or failed to run."""
