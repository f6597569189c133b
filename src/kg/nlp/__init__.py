"""NLP stage: spaCy components over ``spacy.blank("ar")`` that find actors, statements, events.

Results live on the Doc as the records of :mod:`kg.nlp.records` (``doc._.kg_*`` extensions),
with overlapping mention spans in ``doc.spans["kg_mentions"]``.
"""
