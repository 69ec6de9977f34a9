"""The committed NER model: load once per process, tag token sequences."""
from __future__ import annotations

import json
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import Sequence

import pycrfsuite

from ..arabic.normalize import fold
from ..arabic.tokens import Token, sentences
from .context import complete_persons, places_over_persons, propagate, rural_regions
from .cache import DictCache
from .conll import chunks
from .rules import apply_org_rules
from .tokens import ner_tokenize
from .features import (FEATURE_VERSION, gazetteer_tags, lexicons, memory_lexicon, memory_tags, memory_tokens,
                       name_part, pruned_context,
                       sentence_features)

MODEL_NAME = "ner.crfsuite"
META_NAME = "ner.json"
VOCAB_NAME = "ner_vocab.json"
MEMORY_NAME = "ner_memory.json"
COMMON_NAME = "ner_common.json"


def model_dir() -> Path:
    return Path(str(resources.files("marsad").joinpath("models")))


class ModelMissing(RuntimeError):
    """No trained model in the package (run ``marsad train ner``)."""


class NerModel:
    def __init__(self, path: str | Path | None = None):
        path = Path(path) if path else model_dir() / MODEL_NAME
        if not path.exists():
            raise ModelMissing(f"no NER model at {path}: run 'marsad train ner'")
        meta_path = path.with_suffix(".json")
        self.meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        if self.meta.get("feature_version", FEATURE_VERSION) != FEATURE_VERSION:
            raise ModelMissing(f"{path} was trained with other features: run 'marsad train ner'")
        vocab_path = path.parent / VOCAB_NAME
        self.vocab: dict[str, int] = (json.loads(vocab_path.read_text(encoding="utf-8"))
                                      if vocab_path.exists() else {})
        mem_path = path.parent / MEMORY_NAME
        names = json.loads(mem_path.read_text(encoding="utf-8")) if mem_path.exists() else {}
        self.memory = memory_lexicon(names)
        self.memory_words = memory_tokens(names)
        self.name_part = DictCache(partial(name_part, self.memory_words))
        common_path = path.parent / COMMON_NAME
        self.common = frozenset(json.loads(common_path.read_text(encoding="utf-8")) if common_path.exists() else ())
        self.person_words = frozenset(w for w, t in self.memory_words.items() if t == ("mt=PER",))
        lx = lexicons()
        self._given, self._not_names = lx.first_names, lx.titles | lx.org_heads
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        self.keep = frozenset(a for a, _ in self.tagger.info().state_features)
        self._ctx = pruned_context(self.keep)
        self.path = path

    def tag(self, text: str, tokens: Sequence[Token], gz: list[list[str]] | None = None,
            mem: list[list[str]] | None = None) -> list[str]:
        if not tokens:
            return []
        if mem is None:
            mem = memory_tags(text, tokens, self.memory, self.memory_words, self.name_part)
        return self.tagger.tag(sentence_features(text, tokens, gz, mem, ctx=self._ctx, keep=self.keep))

    def tag_full(self, text: str, tokens: Sequence[Token], gz: list[list[str]] | None = None,
                 mem: list[list[str]] | None = None, org_rule: bool = True) -> list[str]:
        """CRF tags, persons' names completed, then organisation-shaped spans completed
        (what EntityTagger uses; ``org_rule`` False leaves organisations as the CRF says)."""
        if gz is None:
            gz = gazetteer_tags(text, tokens)
        words = [t.text for t in tokens]
        tags = places_over_persons(list(self.tag(text, tokens, gz, mem)), gz)
        tags = complete_persons(words, tags, self._given, self.person_words, self.common, self._not_names)
        tags = rural_regions(words, tags)
        return apply_org_rules(tokens, tags) if org_rule else tags

    def tag_document(self, text: str, tokens: Sequence[Token] | None = None, folded=None,
                     sents=None) -> list[tuple[str, list[Token]]]:
        """(type, tokens) for every entity in ``text``: sentence by sentence, then the
        document's names carried to their other mentions (context.propagate). A Document
        passes its shared ``tokens``, ``folded`` and ``sentences`` so nothing is computed twice."""
        all_tokens = ner_tokenize(text) if tokens is None else tokens
        folded = fold(text) if folded is None else folded  # once for both automata
        gz_all = gazetteer_tags(folded, all_tokens)
        mem_all = memory_tags(folded, all_tokens, self.memory, self.memory_words, self.name_part)
        spans: list[list[Token]] = []
        tagged: list[tuple[list[str], list[str]]] = []
        k = 0
        for sent in (sentences(text) if sents is None else sents):
            while k < len(all_tokens) and all_tokens[k].start < sent.start:
                k += 1
            j = k
            while j < len(all_tokens) and all_tokens[j].end <= sent.end:
                j += 1
            toks = all_tokens[k:j]
            if toks:
                spans.append(toks)
                tagged.append(([t.text for t in toks], list(self.tag_full(text, toks, gz_all[k:j], mem_all[k:j]))))
            k = j
        out: list[tuple[str, list[Token]]] = []
        for toks, tags in zip(spans, propagate(tagged, self.common)):
            for typ, s, e in chunks(tags):
                out.append((typ, toks[s:e]))
        return out


@lru_cache(maxsize=1)
def default_model() -> NerModel:
    return NerModel()
