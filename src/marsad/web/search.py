"""Full-text search over the articles with Arabic folding: SQLite FTS5 (migration 0020), or on
PostgreSQL a 'simple' tsvector under a GIN index (its twin 0020).

Both sides are folded with marsad's own folding (``arabic.normalize``) here in Python, for either
database: hamza and alef forms, alef maqsura and ya, ta marbuta and ha, diacritics and tatweel all
match each other, and a word also matches without its proclitic. Snippets are cut from the
ORIGINAL text: the fold maps every folded index back, so a highlight is exact.
"""
from __future__ import annotations

import re
from typing import Callable

from markupsafe import Markup, escape

from ..arabic.normalize import fold, fold_str

# Proclitics peeled off a word for the `bare` column, longest first.
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_WORD = re.compile(r"\w+")
BATCH = 500
RANK_WINDOW = 2000


def bare(word: str) -> str:
    """The folded word without one proclitic, when at least three letters remain."""
    for c in _CLITICS:
        if word.startswith(c) and len(word) - len(c) >= 3:
            return word[len(c):]
    return word


def _bare_text(folded: str) -> str:
    return " ".join(bare(w) for w in _WORD.findall(folded))


def refresh_index(store, progress: Callable[[int, int], None] | None = None) -> int:
    """Index the documents stored since the last call (``store``: an open writable Store);
    returns how many were added."""
    sqlite = store.backend.dialect == "sqlite"
    with store.unit() as tx:
        last = tx.scalar("SELECT last_doc_key FROM search_state WHERE id = 1") or 0
        total = tx.scalar("SELECT COUNT(*) FROM documents WHERE doc_key > ?", (last,)) or 0
    done = 0
    while total:
        with store.unit() as tx:
            rows = tx.execute("SELECT doc_key, title, text FROM documents WHERE doc_key > ? ORDER BY doc_key LIMIT ?",
                              (last, BATCH)).fetchall()
        if not rows:
            break
        batch = []
        for key, title, text in rows:
            ft = fold_str(text or "")
            batch.append((key, fold_str(title or ""), ft, _bare_text(ft)))

        def write(tx, batch=batch, upto=rows[-1][0]):
            if tx.scalar("SELECT last_doc_key FROM search_state WHERE id = 1") != last:
                return  # another server indexed these meanwhile
            if sqlite:
                tx.executemany("INSERT INTO documents_fts (rowid, title, text, bare) VALUES (?, ?, ?, ?)", batch)
            else:
                tx.executemany("INSERT INTO documents_search (doc_key, body) VALUES (?, to_tsvector('simple', ?)) "
                               "ON CONFLICT (doc_key) DO NOTHING",
                               [(k, f"{t} {x} {b}") for k, t, x, b in batch])
            tx.execute("UPDATE search_state SET last_doc_key = ? WHERE id = 1", (upto,))

        store.write(write)
        last = rows[-1][0]
        done += len(rows)
        if progress:
            progress(done, total)
    return done


def query_terms(q: str) -> list[str]:
    """Folded words of a query (at most 12; FTS5 syntax characters never reach the engine)."""
    return _WORD.findall(fold_str(q or ""))[:12]


def fts_query(terms: list[str]) -> str:
    """Every word must match, as itself or without its proclitic (quoted: no FTS5 operators)."""
    parts = []
    for t in terms:
        b = bare(t)
        parts.append(f'("{t}" OR bare : "{b}")' if b != t else f'("{t}" OR bare : "{t}")')
    return " AND ".join(parts)


def search(db, q: str, limit: int = 20, offset: int = 0) -> dict:
    terms = query_terms(q)
    if not terms:
        return {"query": q, "terms": [], "total": 0, "window": RANK_WINDOW, "results": []}
    docs = ("SELECT d.doc_key, d.doc_id, d.title, d.published, d.url, o.name AS outlet, d.text, f.rank FROM ({hits}) f "
            "JOIN documents d ON d.doc_key = f.doc_key LEFT JOIN outlets o ON o.outlet_id = d.outlet_id ORDER BY f.rank")
    # Relevance is ranked among the newest RANK_WINDOW matches (a common word matches tens of
    # thousands of articles, and ranking them all is the slow tail); the total counts them all.
    window = max(RANK_WINDOW, int(offset) + int(limit))
    if db.dialect == "sqlite":
        m = fts_query(terms)
        total = db.scalar("SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?", (m,))
        hits = db.query(docs.format(hits="SELECT doc_key, rank FROM (SELECT rowid AS doc_key, rank FROM documents_fts "
                                         "WHERE documents_fts MATCH ? ORDER BY rowid DESC LIMIT ?) "
                                         "ORDER BY rank, doc_key DESC LIMIT ? OFFSET ?"),
                        (m, window, int(limit), int(offset)))
    else:
        # each word as itself or without its proclitic; plainto_tsquery keeps operators out
        tsq = " && ".join("(plainto_tsquery('simple', ?) || plainto_tsquery('simple', ?))" for _ in terms)
        args = [x for t in terms for x in (t, bare(t))]
        total = db.scalar(f"SELECT COUNT(*) FROM documents_search WHERE body @@ ({tsq})", args)
        hits = db.query(docs.format(hits=f"SELECT doc_key, -ts_rank(body, q) AS rank FROM (SELECT doc_key, body, q FROM "
                                         f"documents_search, (SELECT {tsq}) AS x(q) WHERE body @@ q ORDER BY doc_key DESC "
                                         "LIMIT ?) w ORDER BY rank, doc_key DESC LIMIT ? OFFSET ?"),
                        (*args, window, int(limit), int(offset)))
    results = []
    for h in hits:
        text = h.pop("text") or ""
        snip, spans = snippet(text, terms)
        results.append({**h, "snippet": snip, "snippet_html": str(snippet_html(snip, spans)), "matches": spans})
    return {"query": q, "terms": terms, "total": total or 0, "window": window, "results": results}


def _term_regex(terms: list[str]) -> re.Pattern:
    alts = sorted({bare(t) for t in terms} | set(terms), key=len, reverse=True)
    clit = "|".join(_CLITICS)
    return re.compile(r"(?<!\w)(?:" + clit + r")?(?:" + "|".join(map(re.escape, alts)) + r")\w*")


def snippet(text: str, terms: list[str], width: int = 220) -> tuple[str, list[tuple[int, int]]]:
    """A window of the original text around the first match, and the matches inside it as
    (start, end) offsets into the window."""
    f = fold(text)
    rx = _term_regex(terms)
    found = [f.span(m.start(), m.end()) for m in rx.finditer(f.text)]
    if not found:
        return text[:width], []
    first = found[0][0]
    lo = max(0, first - width // 3)
    if lo:
        sp = text.rfind(" ", 0, lo)
        lo = sp + 1 if sp >= 0 and lo - sp < 30 else lo
    hi = min(len(text), lo + width)
    if hi < len(text):
        sp = text.find(" ", hi)
        hi = sp if 0 <= sp - hi < 30 else hi
    spans = [(s - lo, e - lo) for s, e in found if s >= lo and e <= hi]
    return text[lo:hi], spans


def snippet_html(window: str, spans: list[tuple[int, int]]) -> Markup:
    out, pos = [], 0
    for s, e in spans:
        if s < pos:
            continue
        out.append(escape(window[pos:s]))
        out.append(Markup("<mark>") + escape(window[s:e]) + Markup("</mark>"))
        pos = e
    out.append(escape(window[pos:]))
    return Markup("").join(out)
