"""Text stage: normalisation with an offset map, sentences, clitics, boilerplate regions."""
