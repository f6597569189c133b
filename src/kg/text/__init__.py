"""Text stage: normalisation with an offset map, clitics, sentences, boilerplate, headline.

Modules (all offsets index the ORIGINAL text unless a function says it takes normalised text):

- :mod:`kg.text.normalize`: ``normalize(text) -> Normalized`` (matching form + offset map),
  ``normalize_key(s)`` for lexicon/KB keys;
- :mod:`kg.text.clitics`: ``strip_clitics(word)``, ``iter_words(norm_text)``,
  ``detached_clitic(norm_text, start)`` (normalised text);
- :mod:`kg.text.sentences`: ``split_sentences(text, skip=regions)``;
- :mod:`kg.text.boilerplate`: ``find_boilerplate(text) -> list[Region]``;
- :mod:`kg.text.headline`: ``find_headline(text, regions)``, ``find_dateline(text)``.

Data files live in ``kg/text/data/`` (read with :func:`kg.text.resources.load_tsv`); the spaCy
component ``kg_text`` (:mod:`kg.nlp.segment`) runs boilerplate + sentences on a Doc.
"""
