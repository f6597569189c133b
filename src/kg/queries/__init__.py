"""SPARQL queries used by the CLI and the server (one .rq file each)."""
