"""Synthetic corpora for benchmarks: articles made by recombining sentences of the seed articles.

``make_corpus(out_dir, n, seed=0, seeds_dir=...) -> list[Path]`` writes ``n`` ``.txt`` articles.
Reproducible: the same ``seed`` gives byte-identical files. Each article has a headline (a short
seed sentence), a date line ``DD.MM.YYYY | HH:MM`` drawn from 2017, and 8-20 body sentences
drawn at random from all seed bodies, grouped into paragraphs of 1-3 sentences.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SPLIT = re.compile(r"(?<=[.!؟?])[\s,]+")


def seed_sentences(seeds_dir: Path = ROOT / "seeds") -> list[str]:
    """Seed articles -> their body sentences (lines of 40+ characters, split at sentence ends)."""
    out: list[str] = []
    for f in sorted(seeds_dir.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if len(line.strip()) < 40:
                continue
            out.extend(s.strip() for s in _SPLIT.split(line) if len(s.strip()) >= 20)
    return out


def make_corpus(
    out_dir: Path, n: int, seed: int = 0, seeds_dir: Path = ROOT / "seeds"
) -> list[Path]:
    """Write ``n`` synthetic articles to ``out_dir``; -> their paths."""
    rng = random.Random(seed)
    sentences = seed_sentences(seeds_dir)
    short = [s for s in sentences if len(s) < 120] or sentences
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        body = rng.sample(sentences, k=min(len(sentences), rng.randint(8, 20)))
        paras, j = [], 0
        while j < len(body):
            k = rng.randint(1, 3)
            paras.append(" ".join(body[j : j + k]))
            j += k
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        hh, mm = rng.randint(0, 23), rng.randint(0, 59)
        text = (
            f"{rng.choice(short).rstrip('.')}\n\n{day:02d}.{month:02d}.2017 | {hh:02d}:{mm:02d}"
            "\n\n" + "\n\n".join(paras) + "\n"
        )
        p = out_dir / f"syn_{seed}_{i:06d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths
