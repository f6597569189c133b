"""RDF stage: IRIs (minted in :mod:`kg.rdf.iris`), vocabularies, Doc -> Graph mapping."""
