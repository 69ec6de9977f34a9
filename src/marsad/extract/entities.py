"""Named entities (PER, ORG, LOC, MISC) with the CRF model trained here on ANERcorp.

The model tags marsad tokens; this component turns tag runs into span records and trims what a
name does not include: edge punctuation, and a conjunction or preposition glued to the first
word ("ووليد القشعمي" -> "وليد القشعمي", "والجيش الوطني" -> "الجيش الوطني"), but never letters
that belong to the name ("وليد", "بشار", "لبنان" stay whole). After "لل" (ل + the article,
its alif unwritten) only the preposition's ل goes: the span "لمجلس الإسلامي السوري" keeps exact
offsets and the record's ``name`` restores the article ("المجلس الإسلامي السوري").
"""
from __future__ import annotations

import sys
from functools import lru_cache

from ..arabic.normalize import fold_str
from ..arabic.tokens import Token
from ..document import Document
from ..ner.features import lexicons
from ..ner.model import ModelMissing, NerModel, default_model
from ..ner.tokens import split_punct

# Glued particles we may strip: conjunctions and prepositions, alone or before the article.
_STRIPPABLE = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")


class EntityTagger:
    """Pipeline component: adds {start, end, surface, type} records to the "entities" layer."""

    def __init__(self, model: NerModel | None = None):
        try:
            self.model = model or default_model()
        except ModelMissing as e:  # keep the rest of the pipeline working
            print(f"marsad: entities skipped: {e}", file=sys.stderr)
            self.model = None
        self._known_words = _known_words()

    def __call__(self, doc: Document) -> None:
        if self.model is None:
            return
        text = doc.text
        # the document's shared tokens, fold and sentences; NER (trained so) also splits the
        # decimal and thousands marks off Eastern-digit numbers ("٣٫٥"), as ner_tokenize does:
        # the only tokens it changes hold ٫ or ٬, so most texts skip the per-token pass
        words = split_punct(doc.tokens, text) if "\u066b" in text or "\u066c" in text else doc.tokens
        for rec in self._records(text, words, doc.folded, doc.sentences):
            doc.add("entities", rec)
        # quoted social posts are text the page shows too ("إنشقاق اللواء عبدالعزيز جاسم شلال"):
        # each embed gets its own "entities", offsets into its own "text"
        for emb in doc.embeds or []:
            if isinstance(emb, dict) and isinstance(emb.get("text"), str):
                emb["entities"] = self._records(emb["text"])

    def _records(self, text: str, words=None, folded=None, sents=None) -> list[dict]:
        out = []
        for typ, toks in self.model.tag_document(text, words, folded, sents):
            toks = _trim_punct(toks)
            if not toks:
                continue
            start = self._name_start(toks[0])
            end = toks[-1].end
            if end - start < 2:  # a lone letter ("د" of "د ب أ") is no name
                continue
            surface = text[start:end]
            # "للمجلس الإسلامي السوري": the span starts at the article's ل (offsets stay exact);
            # ``name`` restores the unwritten alif: "المجلس الإسلامي السوري"
            name = "ا" + surface if start > toks[0].start and _lil_start(toks[0]) == start else surface
            out.append({"start": start, "end": end, "surface": surface, "type": typ, "name": name})
        return out

    def entities(self, text: str) -> list[dict]:
        doc = Document(text)
        self(doc)
        return doc["entities"]

    def _known(self, word: str) -> int:
        """How strongly ``word`` (folded) is attested as a name: corpus entity count + lexicons."""
        return self.model.vocab.get(word, 0) + (5 if word in self._known_words else 0)

    def _name_start(self, tok: Token) -> int:
        """Start offset of the name in its first token, past a glued particle if there is one."""
        f = fold_str(tok.text)
        lil = _lil_start(tok)
        if lil is not None:
            return lil
        whole = self._known(f)
        for prefix, stem, stem_start in tok.readings(min_stem=2):
            if prefix not in _STRIPPABLE:
                continue
            bare = self._known(stem)
            if stem.startswith("ال") and len(stem) > 3 and bare >= whole:
                return stem_start  # "والجيش" -> "الجيش": the article stays
            if bare > whole or (prefix == "و" and whole == 0 and len(stem) >= 3):
                return stem_start
        return tok.start


_LIL = ("لل", "ولل", "فلل")  # ل + the article (its alif unwritten); no Arabic name starts so


def _lil_start(tok: Token) -> int | None:
    """Offset of the article's ل in "للمجلس"/"وللجيش" (the stem keeps its article), else None."""
    for prefix, stem, _ in tok.readings(min_stem=3):
        if prefix in _LIL:
            seen = 0  # the (len(prefix) - 1)-th letter, diacritics skipped
            for i, ch in enumerate(tok.text):
                if fold_str(ch):
                    if seen == len(prefix) - 1:
                        return tok.start + i
                    seen += 1
    return None


def _trim_punct(toks: list[Token]) -> list[Token]:
    s, e = 0, len(toks)
    while s < e and not any(c.isalnum() for c in toks[s].text):
        s += 1
    while e > s and not any(c.isalnum() for c in toks[e - 1].text):
        if toks[e - 1].text in _QUOTES and sum(t.text in _QUOTES for t in toks[s:e - 1]) % 2:
            break  # closes a quote opened inside the name: غرفة عمليات "فجر الحرية"
        e -= 1
    return toks[s:e]


_QUOTES = frozenset('"\'«»“”„')


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    from ..ner.rules import _lists

    lx = lexicons()
    words = set(lx.first_names) | set(lx.org_heads) | set(_lists().heads)
    for key in lx.places._values:  # folded gazetteer names, single words and first words
        words.add(key.split(" ")[0])
    return frozenset(words)
