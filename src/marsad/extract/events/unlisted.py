"""Places a text names with a place noun that the gazetteer does not list: «قرية X جنوب مدينة Y»,
«قريتي X وZ جنوب شرق مدينة Y», «بلدة X في ريف Y», «قرية X التابعة لناحية Y», «حي X في المدينة».

Why: reporting places small villages and quarters by a bearing from, or inside, a town everybody
knows. When X is not in the gazetteer the only resolved place of the clause is the reference Y,
and the act was placed at Y — a wrong town for an analyst who counts by location. The contract's
event place is "the most specific place the text gives", so the event keeps X: a place record
with X's own surface and offsets, no gazetteer id, the admin names, country and coordinates of
the reference it is tied to (`near`), and `geo_precision` 2 (ACLED's "near this town").

Only a name the text ties to a resolved place is taken (a bearing, a container, «التابعة لـ», or
«في المدينة» after a town named before): a place noun followed by ordinary words («قرية صغيرة»,
«حي سكني») gives nothing, because no anchor follows them and `not_names` stops them. A noun's
name that the gazetteer resolved is left to the places layer.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...arabic.normalize import fold_str
from ..places import SUBJECT_WORDS, verb_before_object
from .context import Ctx
from .vocab import cue_words, ffold, load_cues

_MAX_NAME = 3  # words of one name («قناة شيرين», «تل علو», «رأس العين الشرقي»)
_MAX_FILL = 3
_MIN_NAME = 3  # characters: a shorter "name" is a stray letter or a typo, not a village  # words between «في» and the container («في الجهة الغربية لمدينة»)


FLAGS: dict[str, bool | None] = {"more_nouns": None, "quantity_words": None, "named_for_town": None}
# (tests: None reads cues.json unlisted_places.more_nouns / quantity_words)


def _on(key: str) -> bool:
    """A switch of cues.json unlisted_places (`more_nouns`, `quantity_words`), or the test's FLAGS over it."""
    on = FLAGS[key]
    return bool(load_cues().get("unlisted_places", {}).get(key, {}).get("enabled")) if on is None else on


def opened_reach(p: dict) -> bool:
    """A list opener's name reaches its act past the opener's comma and colon («انتزعوا بلدات عدة شرقي X، هي: A، وB»:
    arguments.choose_place reads it as a later place of the act's clause; review44 F3; more_nouns `opened_reach`)."""
    return bool(p.get("opened")) and _cues()["opened_reach"]


def _cues() -> dict:
    """The unlisted-place words; with `more_nouns` on (stop 44) its nouns, plural nouns and lone nouns join them."""
    return _cues_for(_on("more_nouns"), _on("quantity_words"))


def _with_more(c: dict) -> dict:
    """cues.json unlisted_places with its `more_nouns` added: «أحياء X وY», «حارة X», «معسكر X», «مخفر X»…"""
    more = c.get("more_nouns", {})
    c = dict(c)
    c["nouns"] = {**c.get("nouns", {}), **more.get("nouns", {})}
    for key in ("plural", "lone", "list_needs_place", "list_openers", "list_counted"):
        c[key] = [*c.get(key, []), *more.get(key, [])]
    c["list_after"] = more.get("list_after", {})
    c["opened_reach"] = bool(more.get("opened_reach"))
    c["list_of_two"] = more.get("list_of_two", [])
    c["described"] = more.get("described", [])
    c["own_not_names"] = {**c.get("own_not_names", {}), **more.get("own_not_names", {})}
    return c


@lru_cache(maxsize=4)
def _cues_for(more: bool, quantity: bool = False) -> dict:
    c = load_cues().get("unlisted_places", {})
    if more:
        c = _with_more(c)
    if quantity:  # (stop 46, finds46: «قرى كثيرة», «بلدات متعددة»: a word of how many is no name)
        c = {**c, "not_names": [*c.get("not_names", []), *c.get("quantity_words", {}).get("words", [])]}
    f = lambda key: frozenset(fold_str(w) for w in c.get(key, []))  # noqa: E731
    nouns = {fold_str(k): v for k, v in c.get("nouns", {}).items()}
    raw = sorted({x for k in c.get("nouns", {}) for x in (k, k[:-1] + "ه" if k.endswith("ة") else k)}, key=len, reverse=True)
    # (one pass over a sentence's raw text finds the few words worth reading)
    # (the lookahead names the letters a match can open with: the regex engine skips to them)
    firsts = "".join(sorted({w[0] for w in raw} | set("وبل")))
    pattern = re.compile(r"(?=[" + re.escape(firsts) + r"])(?<!\w)(?:وب|ول|و|ب|ل)?(?:" + "|".join(map(re.escape, raw)) +
                         r")(?!\w)")
    return {"nouns": nouns, "pattern": pattern,
            "plural": f("plural"), "bearings": f("bearings"), "affiliation": f("affiliation"),
            "fillers": f("fillers"), "stops": f("stops"), "near": f("near"), "neighbouring": f("neighbouring"), "not_names": f("not_names"),
            "local": f("local_anaphora"), "ref_nouns": f("reference_nouns"), "lone": f("lone"),
            "min_words": {fold_str(k): int(v) for k, v in c.get("min_words", {}).items()},
            "compound_heads": f("compound_heads"), "list_needs_place": f("list_needs_place"),
            "list_openers": f("list_openers"), "opener_pattern": re.compile(r"(?<!\w)(?:" + "|".join(
                map(re.escape, c.get("list_openers", []))) + r")(?!\w)"), "list_counted": f("list_counted"),
            "opened_reach": bool(c.get("opened_reach")), "list_of_two": f("list_of_two"), "described": f("described"),
            "list_after_min": {fold_str(k): frozenset(fold_str(w) for w in v)
                               for k, v in c.get("list_after", {}).items()},
            "anaphora": frozenset(fold_str(w) for w in load_cues().get("anaphora", [])) | f("plural") | frozenset(nouns),
            "purpose": f("purpose_nouns"), "purpose_words": f("purpose_words"), "guarded": f("guarded_nouns"),
            "unit": _unit_pattern(c.get("unit_heads", [])), "unit_site": f("unit_site_nouns"),
            "unit_before": f("unit_before"), "unit_stationed": f("unit_stationed"), "unit_quoted": bool(c.get("unit_quoted")),
            "unit_quoted_faction": f("unit_quoted_faction"),
            "app_nouns": {fold_str(k): v for k, v in c.get("apposition_nouns", {}).items()},
            "app_plural": f("apposition_plural"), "app_openers": f("apposition_openers"),
            "one_of": f("one_of"), "of_many": {fold_str(k): v for k, v in c.get("of_many", {}).items()},
            "own_not_names": {fold_str(k): frozenset(fold_str(w) for w in v)
                              for k, v in c.get("own_not_names", {}).items()}}


def _unit_pattern(heads: list[str]) -> re.Pattern | None:
    """«مقر اللواء 52», «على الفوج 46», «للفرقة 17»: a unit's head (proclitics and article aside) and its number."""
    if not heads:
        return None
    return re.compile(r"(?<![\w\u0600-\u06ff])(?:و?(?:ب|ل)?)(?P<u>(?:ال)?(?:" + "|".join(map(re.escape, heads)) +
                      r"))\s+(?P<n>[0-9\u0660-\u0669]{1,4})(?![\w\u0600-\u06ff])")


def description(surface: str) -> bool:
    """A surface that describes rather than names («سكني» in «حي سكني», «صغيرة»): cues.json not_names."""
    return ffold(surface) in _cues()["not_names"]


def find(ctx: Ctx, si: int) -> list[dict]:
    """The unlisted named places of sentence si (once per sentence), each tied to a resolved place."""
    key = ("unlisted", si)
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _find(ctx, si)
    return got


_PROCLITICS = ("", "و", "ب", "وب", "ل", "ول")


def _noun(w: str, nouns: dict) -> str | None:
    """The place noun a word is, proclitics («و», «ب», «وب», «ل») aside."""
    for cut in (0, 1, 2):
        if w[cut:] in nouns and w[:cut] in _PROCLITICS:
            return w[cut:]
    return None


def noun_of(w: str) -> str | None:
    """The unlisted-place noun a folded word is («تلة», «وبقرية» → «قرية»), else None."""
    return _noun(w, _cues()["nouns"])


def _find(ctx: Ctx, si: int) -> list[dict]:
    c = _cues()
    nouns = c["nouns"]
    s = ctx.sents[si]
    i1 = ctx.tok_of(max(s.start, s.end - 1)) + 1
    toks = ctx.tokens
    out: list[dict] = []
    done = -1
    for hit in c["pattern"].finditer(ctx.text, s.start, s.end):
        i = ctx.tok_of(hit.start())
        tok = toks[i]
        if i <= done or tok.start != hit.start():
            continue
        noun = _noun(ffold(tok.text), nouns)
        if noun is None or any(p["start"] <= tok.start < p["end"] for p in ctx.places.covering(tok.start, 40)):
            continue  # (a resolved place that opens with its noun: «حي الخالدية»)
        q = ctx.quants.last_before(tok.start, tok.start - 40)
        if q is not None and tok.start - q["end"] <= 1:
            continue  # «14 بلدة وقرية»: a counted noun names no place
        j, names = _quoted(ctx, i + 1, i1, noun in c["plural"])
        if j < 0:
            j, names = _names(ctx, i + 1, i1, noun in c["plural"], c["own_not_names"].get(noun))
        if not names:
            continue
        if noun in c["list_needs_place"] and not (j < i1 and toks[j].text[:1] == "و" and _place_at(ctx, j) is not None):
            continue  # «أحياء X وY وZ» with Z a quarter the layer knows: a list of quarters, not «أحياء المدينة»
        if noun in c["purpose"]:
            # «محطة X للنفط», «محطة X لتوليد الكهرباء»: a site named by the village it serves is that
            # village; with no purpose word after the name the noun's name is the site's own («محطة
            # القطار», «محطة الوقود»), no village
            if j >= i1 or not _purpose(ffold(toks[j].text)):
                continue
            j += 1
            if ffold(toks[j - 1].text) in c["purpose_words"] and j < i1 and ffold(toks[j].text)[:1].isalpha():
                j += 1  # («لتوليد الكهرباء»: the verbal noun's object)
        if noun in c["guarded"] and any(ctx.m["actors"].covering(toks[a].start, 40) or
                                        ctx.m["actors"].starting(toks[i].start, toks[b - 1].end) for a, b in names):
            continue  # «جبهة النصرة في ريف إدلب», «كتيبة الفاروق في حمص»: a body's name, not a front or a site
        anchor: tuple[dict | None, str] | None = _anchor(ctx, j, i1, si)
        if anchor is None and nouns[noun] == "neighbourhood":
            # «… في مدينة بانياس. ثم داهمت القوات حي رأس النبع»: a quarter lies in a town; with no
            # anchor of its own it is in the last town the text named (this sentence or the two before)
            ref = _town_before(ctx, tok.start, si)
            anchor = (ref, "in") if ref is not None else None
            if anchor is None and (_closed(ctx, j, i1) or all(_strict(ctx, a, b) == (a, b) for a, b in names)):
                # («اشتباكات بحي تل X، ودمرت…»: a quarter of no town the text names: the place all the same)
                anchor = (_any_place(ctx, tok.start), "document")
        elif anchor is None and noun in c["lone"]:
            # «قصفت قوات النظام بلدة X بعشرات القذائف», «على محور X، وسط…», «… قرب بلدة ثعلة.»: a
            # town the gazetteer lacks, named with its noun and tied to nothing, is the act's place all
            # the same (the noun says place: in the seen sets a town noun is followed by a name, a
            # description or a preposition, each told apart above). Its name is read strictly unless it
            # closes its clause: a word after the first continues it only with «ال» or after a compound
            # head («تل», «عين», «كفر»…), so «بلدة X بعشرات القذائف» gives X. Located only as near the
            # document's last town (relation "document", geo_precision 3), or nowhere when none is named.
            if not _closed(ctx, j, i1):
                names = [n for n in (_strict(ctx, a, b) for a, b in names) if n is not None]
            ref = _town_before(ctx, tok.start, si) or _any_place(ctx, tok.start)
            anchor = (ref, "document") if names else None
        if anchor is not None:
            ref, relation = anchor
            least = c["min_words"].get(noun, 1)
            if nouns[noun] == "facility" and (any(b - a < least for a, b in names) or any(
                    ctx.m["actors"].starting(toks[a].start, toks[b - 1].end) for a, b in names) or
                    any(not ffold(toks[a].text).startswith("ال") for a, _ in names)):
                # «مقر الحزب», «مقر «هيئة تحرير الشام»»: the seat of a body, not a named site; «قاعدة
                # عسكرية روسية», «مستودعات ذخيرة»: a description (a site's name opens with «ال»; one
                # without it, «قاعدة حميميم», is a town the gazetteer knows)
                continue
            for a, b in names:
                if toks[b - 1].end - toks[a].start >= _MIN_NAME:
                    out.append(_record(ctx, toks[a].start, toks[b - 1].end, nouns[noun], ref, relation))
            done = j
    if c["unit"] is not None and s.end - s.start > 8:
        out += _unit_bases(ctx, si, i1)
    if c["list_openers"]:
        got = _opened_lists(ctx, si, i1)
        if got:
            have = {(r["start"], r["end"]) for r in out}
            out += [r for r in got if (r["start"], r["end"]) not in have]
    if "،" in ctx.text[s.start:s.end] or "," in ctx.text[s.start:s.end]:
        got = _appositions(ctx, si, i1)
        if got:
            have = {(r["start"], r["end"]) for r in out}
            out += [r for r in got if (r["start"], r["end"]) not in have]
    return out


_COMMAS = frozenset({"،", ","})
_APP_INTROS = frozenset(cue_words("unlisted_words", "app_intros"))  # (the prepositions that bring in a place's name)


_LIST_REACH = 14  # tokens from the plural noun to the list's opener («15 قرية في ريف مقاطعة الجزيرة الغربي، من بينها»)


def _opened_lists(ctx: Ctx, si: int, i1: int) -> list[dict]:
    """Stop 44 (more_nouns `list_openers`): the names a list opener brings in after a plural place noun or a counted
    town noun — «سيطرت على 15 قرية في ريف X، من بينها A وB», «انتزعت بلدات عدة غربي X، هي: A، وB», «قرى … هي A
    وB»: each name the places layer did not resolve is a place of the noun's kind, in the place told between the
    noun and the opener (else near a resolved list-mate, else the document's last town)."""
    c = _cues()
    toks = ctx.tokens
    i0 = ctx.tok_of(ctx.sents[si].start)
    out: list[dict] = []
    s = ctx.sents[si]
    for hit in c["opener_pattern"].finditer(ctx.text, s.start, s.end):  # (most sentences hold no opener)
        t = ctx.tok_of(hit.start())
        if not i0 + 2 <= t < i1 - 1:
            continue
        w = ffold(toks[t].text)
        if w not in c["list_openers"] or \
                w in c["list_after_min"] and ffold(toks[t - 1].text) not in c["list_after_min"][w]:
            continue
        kind = None
        for k in range(t - 1, max(i0, t - _LIST_REACH) - 1, -1):
            x0 = ffold(toks[k].text).removeprefix("و")
            if x0 in c["of_many"]:
                kind = c["of_many"][x0]
            elif x0 in c["list_counted"]:
                q = ctx.quants.last_before(toks[k].start, toks[k].start - 40)
                kind = "locality" if q is not None and toks[k].start - q["end"] <= 1 else None
            if kind is not None:
                break
        t0 = t - 1 if w in c["list_after_min"] else t  # (where the opener opens: «من بينها»)
        named = _place_at(ctx, k + 1) if kind is not None and k + 1 < t else None
        if kind is None or any(toks[x].text in _COMMAS for x in range(k + 1, t0 - 1)) or \
                named is not None and named["start"] == toks[k + 1].start or \
                ctx.m["triggers"].between(toks[k].end, toks[t].start):
            # («قرى انسحبت منها القوات»: an act between, the opener is no list's)
            # («من مناطق متفرقة من البلاد، وسلموا أسلحتهم …، وهي ثاني عملية»: a clause between; «على مدن X وY بريف Z،
            # وهي أولى الضربات»: the noun's names are told already, what follows is said of the act; «قرى بريف Z»
            # holds a container, no name)
            continue
        between = ctx.places.between(toks[k].end, toks[t].start)
        ref = (between[-1], "in") if between else None
        j = t + 1
        colon = j < i1 and not ffold(toks[j].text)[:1].isalpha()
        if colon:
            j += 1  # («هي: A، وB»)
        found: list[tuple[int, int]] = []
        mate = None
        members = 0
        while j < i1:
            members += 1
            p = _place_at(ctx, j)
            if p is not None:
                mate = mate or p
                while j < i1 and toks[j].start < p["end"]:
                    j += 1
            elif ffold(toks[j].text).removeprefix("و") in c["described"]:
                break  # («، وهي مناطق مأهولة ومكتظة بالسكان», «، وهي الأكبر مساحة والأكثر سكاناً»: a description of
                # the places joined by «و», no list of their names; more_nouns `described`, review45 F1)
            else:
                j, names = _names(ctx, j, i1, False)
                if not names:
                    break
                found += names
            if j < i1 and toks[j].text in _COMMAS:
                j += 1
            if not (j < i1 and ffold(toks[j].text)[:1] == "و" and len(toks[j].text) > 2):
                break
        if not found or members < 2 and not colon and w in c["list_of_two"]:
            # («قرى في ريف X، وهي المرة الأولى», «بلدات عدة …، وهي مناطق مأهولة»: a bare «وهي» before one
            # phrase says what the act or the places were; a list of their names runs on by «و»; review44 F4)
            continue
        if ref is None:
            ref = (mate, "near") if mate is not None else (_town_before(ctx, toks[t].start, si) or
                                                          _any_place(ctx, toks[t].start), "document")
        for a, b in found:
            if toks[b - 1].end - toks[a].start >= _MIN_NAME:
                out.append({**_record(ctx, toks[a].start, toks[b - 1].end, kind, ref[0], ref[1]), "opened": True})
    return out


def _object_start(ctx: Ctx, a: int, t: int, plural: bool) -> int:
    """Where a verb's object opens in tokens a..t (its subject before it, «قصفت الطائرات X،»): the last word,
    with a compound head before it («تل العيد», «أم العساكر»), and for a plural noun the list members joined to
    it by «و» before it."""
    c = _cues()
    toks = ctx.tokens
    k = t - 1
    while k > a:
        prev = ffold(toks[k - 1].text)
        if prev in c["compound_heads"] or prev.removeprefix("و") in c["compound_heads"] and plural:
            k -= 1
        elif plural and ffold(toks[k].text)[:1] == "و" and len(toks[k].text) > 2:
            k -= 1
        else:
            break
    return k


def _appositions(ctx: Ctx, si: int, i1: int) -> list[dict]:
    """A name told by an apposition after it (cues.json unlisted_places apposition_*, one_of): «دهمت X، البلدة الواقعة
    شرقي Y», «اقتيدوا من X، وهي منطقة تتبع بلدة Y», «نحو X وZ، وهي قرى حول بلدة Y», «في X، جنوب شرقي Y», «في X،
    إحدى قرى ريف Y». The
    noun after the comma (or a bearing) says what X is and the anchor after it where X lies; X is read back from
    the comma to the word that brings it in (a preposition or a place verb), and the whole of it must reach the
    comma. A name the places layer resolved is left to it."""
    c = _cues()
    toks = ctx.tokens
    s = ctx.sents[si]
    i0 = ctx.tok_of(s.start)
    out: list[dict] = []
    for t in range(i0 + 1, i1 - 1):
        if toks[t].text not in _COMMAS:
            continue
        j = t + 1
        if ffold(toks[j].text) in c["app_openers"]:
            j += 1
        if j >= i1:
            continue
        w = ffold(toks[j].text)
        w0 = w[2:] if w.startswith("ال") else w
        kind = c["app_nouns"].get(w0)
        if kind is not None:
            anchor = _anchor(ctx, j + 1, i1, si)
        elif w in c["bearings"] and j == t + 1:
            kind, anchor = "locality", _anchor(ctx, j, i1, si)  # «في X، جنوب شرقي Y»
        elif w in c["one_of"] and j + 2 < i1 and ffold(toks[j + 1].text) in c["of_many"]:
            # «في X، إحدى قرى ريف Y», «X، وهي إحدى بلدات منطقة Y»: one of Y's places of the plural noun's kind
            kind = c["of_many"][ffold(toks[j + 1].text)]
            k = j + 2
            if ffold(toks[k].text) in c["ref_nouns"] and _place_at(ctx, k) is None and k + 1 < i1:
                k += 1  # («أحد أحياء مدينة Y»)
            p = _place_at(ctx, k)
            anchor = (p, "in") if p is not None else None
        else:
            continue
        if anchor is None:
            continue
        k = t - 1
        while k >= max(i0, t - 1 - _MAX_NAME * 3):
            x = ffold(toks[k].text)
            if not x[:1].isalpha() or x in _PREPS or x[:1] == "و" and x[1:] in _PREPS or verb_before_object([x]) \
                    or ctx.dates.starting(toks[k].start, toks[k].end):
                break
            k -= 1
        x = ffold(toks[k].text) if k >= i0 else ""
        verb = not (x in _APP_INTROS or x[:1] == "و" and x[1:] in _APP_INTROS)
        if verb and not verb_before_object([x]) or k + 1 >= t:
            continue  # (nothing brings the name in: no reading)
        if verb:
            k = _object_start(ctx, k + 1, t, w0 in c["app_plural"]) - 1  # «قصفت الطائرات X،»: the subject aside
        j2, names = _names(ctx, k + 1, t, w0 in c["app_plural"])
        if j2 != t or not names:
            continue
        first = ffold(toks[k + 1].text)
        if first in c["anaphora"] or first.removeprefix("ال") in c["anaphora"]:
            continue  # «في المنطقة، شمال …»: an anaphor, not a name
        ref, relation = anchor
        for a, b in names:
            if ctx.places.covering(toks[a].start, 40) and any(
                    p["start"] <= toks[a].start < p["end"] for p in ctx.places.covering(toks[a].start, 40)):
                continue  # (the places layer resolved it)
            if toks[b - 1].end - toks[a].start >= _MIN_NAME:
                out.append(_record(ctx, toks[a].start, toks[b - 1].end, kind, ref, relation))
    return out


def _unit_bases(ctx: Ctx, si: int, i1: int) -> list[dict]:
    """A base named by its unit and number (cues.json unlisted_places unit_*; the README's gold convention):
    after a site noun («مقر اللواء 52 قرب بلدة X»), or after a word that places an act on it («سيطروا على
    اللواء 82») unless a stationing word follows the number («في الفرقة 17 المتمركزة في الرقة»: the unit).
    Tied to the anchor after it as a village is, else near the document's last town."""
    c = _cues()
    s = ctx.sents[si]
    out: list[dict] = []
    for hit in c["unit"].finditer(ctx.text, s.start, s.end):
        a, b = hit.start("u"), hit.end("n")
        if ctx.places.covering(a, 40) and any(p["start"] <= a < p["end"] for p in ctx.places.covering(a, 40)):
            continue  # (a base the gazetteer lists: «الفرقة 17»)
        q = _quote_around(ctx, hit.start(), b) if c["unit_quoted"] else 0  # «سيطروا على «اللواء 66»»
        before = ctx.words_before(hit.start() - q, 2, floor=s.start)
        w1 = before[-1] if before else ""
        w1 = w1[1:] if w1[:1] in ("و", "ف") and len(w1) > 3 else w1
        own = hit.group(0)[:hit.start("u") - hit.start()]
        if w1 in c["unit_site"] and own in ("", "و"):
            pass  # «مقر اللواء 52», «ثكنة الفوج 137»
        elif own in ("", "و") and (w1 in c["unit_before"] or verb_before_object(
                ctx.words_before(hit.start() - q, SUBJECT_WORDS + 1, floor=ctx.clause(hit.start())[0]))):
            k = ctx.tok_of(b - 1) + 1 + (q > 0)
            if k < i1 and ffold(ctx.tokens[k].text) in c["unit_stationed"]:
                continue
        else:
            continue
        k = ctx.tok_of(b - 1) + 1 + (q > 0)
        if q and k < i1 and ffold(ctx.tokens[k].text) in c["unit_quoted_faction"]:
            continue  # «مقرات «الفرقة 13» التابعة للجيش الحر»: a quoted faction's name, not a base
        anchor = _anchor(ctx, k, i1, si)  # (k: the token after the number, or after its closing quote)
        ref: dict | None
        if anchor is None:
            ref, relation = _town_before(ctx, a, si) or _any_place(ctx, a), "document"
        else:
            ref, relation = anchor
        out.append(_record(ctx, a, b, "facility", ref, relation))
    return out


_OPEN_QUOTES = {"\"": "\"", "«": "»", "“": "”", "'": "'"}


def _quote_around(ctx: Ctx, a: int, b: int) -> int:
    """1 when the unit's name a..b stands alone inside quotes («على «اللواء 66» شرقي حماة»): the words before
    the opening quote place the act on it as they do a bare name; else 0."""
    close = _OPEN_QUOTES.get(ctx.text[a - 1:a]) if a > 0 else None
    return 1 if close is not None and ctx.text[b:b + 1] == close else 0


def _quoted(ctx: Ctx, j: int, end: int, plural: bool) -> tuple[int, list[tuple[int, int]]]:
    """«قرية "X" القريبة من مدينة Y», «بلدة «X»»: a name the writer put in quotes is read inside them
    (the closing quote ends it; the anchor is read after it). (-1, []) when no quote opens at j."""
    toks = ctx.tokens
    close = _OPEN_QUOTES.get(toks[j].text) if j < end else None
    if close is None:
        return -1, []
    k = j + 1
    while k < end and k - j <= _MAX_NAME + 1 and toks[k].text != close:
        k += 1
    if k >= end or toks[k].text != close or k == j + 1:
        return -1, []
    _, names = _names(ctx, j + 1, k, plural)
    return k + 1, names


def _purpose(w: str) -> bool:
    """«للنفط», «للغاز», «لتوليد», «لضخ»: what a site is for (cues.json unlisted_places purpose_words)."""
    c = _cues()
    return w[:2] == "لل" and len(w) > 3 or w in c["purpose_words"]


def _strict(ctx: Ctx, a: int, b: int) -> tuple[int, int] | None:
    """A name with nothing after it to say where it ends, read strictly: its first word, then the words
    that open with «ال» or follow a compound head («تل», «عين», «كفر», «أبو»…; cues.json
    unlisted_places compound_heads), no bearing adjective; None when its first word is a place word
    of the text («المنطقة», «المدينة»: an anaphor, not a name)."""
    c = _cues()
    toks = ctx.tokens
    first = ffold(toks[a].text)
    if first in c["anaphora"] or first.removeprefix("ال") in c["anaphora"]:
        return None
    k = a + 1
    while k < b:
        w = ffold(toks[k].text)
        prev = ffold(toks[k - 1].text)
        if w in ctx.v.directions or not (w.startswith("ال") or prev in c["compound_heads"]):
            break
        k += 1
    return a, k


def _any_place(ctx: Ctx, pos: int) -> dict | None:
    """The place nearest before pos in the document, else the first after it (a place record's admin names)."""
    before = ctx.places.between(0, pos)
    if before:
        return before[-1]
    after = ctx.places.between(pos, len(ctx.text))
    return after[0] if after else None


def _names(ctx: Ctx, j: int, end: int, plural: bool, own_not: frozenset | None = None) -> tuple[int, list[tuple[int, int]]]:
    """The name(s) after a place noun: token ranges, up to a stop word; a plural or dual noun's
    names are joined by «و» («قريتي X وZ»), a singular noun's name ends at a «و» word. `own_not`:
    words that are no name after this noun («طريق الإمداد», «طريق المطار»)."""
    c = _cues()
    toks = ctx.tokens
    names: list[tuple[int, int]] = []
    a = j
    while j < end:
        tok = toks[j]
        w = ffold(tok.text)
        if not w[:1].isalpha() or any(ch.isdigit() for ch in w):
            break  # punctuation or a figure ends the name
        if j == a + 1 and _spot_of_town(ctx, toks[a], tok):
            j += 1  # «حي باب حمص في مدينة حماة»: the quarter's name holds the town it is named for
            continue
        if w in c["stops"] or w in c["bearings"] or w in c["near"] or w in c["affiliation"] or w in c["neighbouring"] or \
                _prep(w) and tok.text not in _NAMES_NOT_PREPS or \
                ctx.places.starting(tok.start, tok.end) or ctx.dates.starting(tok.start, tok.end) or \
                ctx.m["triggers"].starting(tok.start, tok.end):
            break
        if w in c["not_names"] and j > a or _purpose(w) and j > a:
            break  # «قرية X المجاورة», «بلدة X الصغيرة», «محطة X للنفط»: a description or a purpose ends it
        if j > a and w[:1] == "و" and (_noun(w[1:], c["nouns"]) or w[1:] in ctx.v.place_nouns):
            break  # «بين قرية X ومدينة Y»: the name ends where a coordinated place noun opens
        if w in c["not_names"] or _noun(w.removeprefix("و"), c["nouns"]) and w not in c["compound_heads"] or \
                w.removeprefix("و") in ctx.v.place_nouns or own_not is not None and w in own_not:
            return j, []  # «قرية صغيرة», «حي سكني», «بلدة وقرية»: a description or a noun, not a name
        if j > a and w.startswith("و") and len(w) > 2:
            if not plural:
                break
            names.append((a, j))
            a = j  # the next name opens after its «و» (the record's surface drops it, see _record)
        elif j - a >= _MAX_NAME:
            return j, []  # too long for a name: a clause, not a place
        j += 1
    if j > a:
        names.append((a, j))
    return j, names


def _spot_of_town(ctx: Ctx, head, tok) -> bool:
    """«حي باب حمص», «حي طريق حلب», «حي دوار دمشق»: a town right after the head of a spot named for it (cues.json
    unlisted_places `named_for_town` `heads`; stop 47, finds47) is a word of the spot's name, not where the name ends
    (the town told after the name, «في مدينة حماة», is its anchor; named alone the spot is at the document's town).
    Only a whole word the places layer resolves as a town (`town_kinds`)."""
    if not _on("named_for_town"):
        return False
    nf = _named_for_town()
    if ffold(head.text) not in nf["heads"]:
        return False
    p = next(iter(ctx.places.starting(tok.start, tok.end)), None)
    return p is not None and p["start"] == tok.start and p["end"] == tok.end and p.get("kind") in nf["town_kinds"]


@lru_cache(maxsize=1)
def _named_for_town() -> dict:
    c = load_cues().get("unlisted_places", {}).get("named_for_town", {})
    return {"heads": frozenset(fold_str(w) for w in c.get("heads", [])), "town_kinds": frozenset(c.get("town_kinds", []))}


def _closed(ctx: Ctx, j: int, end: int) -> bool:
    """The name ends its clause: punctuation, the sentence's end or a date follows it."""
    if j >= end:
        return True
    tok = ctx.tokens[j]
    return not ffold(tok.text)[:1].isalpha() or bool(ctx.dates.starting(tok.start, tok.end))


def _prep(w: str) -> bool:
    return w in _PREPS or w[:1] == "ب" and w[1:] in _cues()["ref_nouns"] or w[:1] == "ل" and w[1:] in _cues()["ref_nouns"]


_NAMES_NOT_PREPS = frozenset({"علي"})  # («قرية علي فرو»: folded like «على», spelt as a name)
_PREPS = frozenset(cue_words("unlisted_words", "preps"))


def _place_at(ctx: Ctx, k: int) -> dict | None:
    tok = ctx.tokens[k]
    return next(iter(ctx.places.starting(tok.start, tok.end)), None)


def _anchor(ctx: Ctx, j: int, end: int, si: int) -> tuple[dict, str] | None:
    """The resolved place the name is tied to, from token j on: a bearing («جنوب (شرق) (مدينة) Y»),
    a container («في (الجهة الغربية لمدينة) Y», «بريف Y», «بY»), an affiliation («التابعة لناحية
    Y»), or «في المدينة/البلدة» standing for the last town named before."""
    c = _cues()
    toks = ctx.tokens
    if j < end and toks[j].text in _ASIDE_OPEN and j + 1 < end:
        j += 1  # «قرية X، جنوب مدينة Y», «قرية X (جنوب Y)»
    if j >= end:
        return None
    w = ffold(toks[j].text)
    if w in c["bearings"]:
        rel = [toks[j].text]
        k = j + 1
        while k < end and ffold(toks[k].text) in c["bearings"]:
            rel.append(toks[k].text)
            k += 1
        if k < end and ffold(toks[k].text) in c["ref_nouns"] and _place_at(ctx, k) is None:
            k += 1  # («… وسط ريف حلب الغربي»: a resolved place that opens with its noun stays whole)
        p = _place_at(ctx, k) if k < end else None
        return (p, " ".join(rel)) if p is not None else None
    if w in c["neighbouring"]:
        # «قرية X المجاورة لمدينة Y», «القريبة من Y»: next to Y; «قرية X المجاورة» alone: next to the
        # town the text named before (this sentence or the two before)
        p = _next_to(ctx, j + 1, end)
        if p is None:
            p = _town_before(ctx, toks[j].start, si)
        return (p, "near") if p is not None else None
    if w in c["near"]:
        k = j + 1
        if k < end and ffold(toks[k].text) == _FROM:
            k += 1  # «بالقرب من»
        if k < end and ffold(toks[k].text) in c["ref_nouns"] and _place_at(ctx, k) is None:
            k += 1
        p = _place_at(ctx, k) if k < end else None
        return (p, "near") if p is not None else None
    if w in c["affiliation"]:
        k = j + 1
        if k >= end:
            return None
        x = ffold(toks[k].text)
        if x[:1] == "ل" and x[1:] in c["ref_nouns"] and _place_at(ctx, k) is None:
            k += 1  # «التابعة لناحية Y» («لريف Y»: the place opens inside the word)
        elif x in c["ref_nouns"] and _place_at(ctx, k) is None:
            k += 1  # «تتبع بلدة Y», «تتبع ناحية Y»: the verb's object
        elif x[:1] != "ل":
            return _anchor(ctx, k, end, si)  # «الواقعة في ريف Y», «الواقعة جنوب Y»
        p = _place_at(ctx, k) if k < end else None
        return (p, "in") if p is not None else None
    if w[:1] == "و" and len(w) > 2:
        # «بلدتي X وحاس», «بين قرية X ومدينة Y»: a member of the same list or coordination, listed
        p = _place_at(ctx, j)
        if p is None and w[1:] in c["ref_nouns"] and j + 1 < end:
            p = _place_at(ctx, j + 1)
        if p is not None:
            return p, "list"
    if w in _ON and j + 1 < end and ffold(toks[j + 1].text) in c["fillers"]:
        w = _IN  # «قرية X على أطراف مدينة Y», «على مشارف Y»: at the edge of the town, as «في محيط»
    if w == _IN:
        k = j + 1
        if k < end and ffold(toks[k].text) in c["local"]:
            p = _town_before(ctx, toks[j].start, si)
            return (p, "in") if p is not None else None
        for k in range(j + 1, min(end, j + 2 + _MAX_FILL)):
            p = _place_at(ctx, k)
            if p is not None:
                edge = any(ffold(t.text) in _EDGE for t in toks[j + 1:k])
                return p, "near" if edge else "in"
            x = ffold(toks[k].text)
            if not (x in c["fillers"] or x in c["ref_nouns"] or x in ctx.v.directions or
                    x[:1] == "ل" and x[1:] in c["ref_nouns"]):
                return None
        return None
    if w[:1] == "ب":
        p = _place_at(ctx, j)
        if p is None and w[1:] in c["ref_nouns"] and j + 1 < end:
            p = _place_at(ctx, j + 1)  # «بريف Y», «بمدينة Y»
        return (p, "in") if p is not None else None
    return None


def _next_to(ctx: Ctx, k: int, end: int) -> dict | None:
    """The place a neighbouring adjective governs: «(المجاورة) لمدينة Y», «لY», «(القريبة) من (مدينة) Y»."""
    c = _cues()
    toks = ctx.tokens
    if k >= end:
        return None
    x = ffold(toks[k].text)
    if x == _FROM:
        k += 1
        if k < end and ffold(toks[k].text) in c["ref_nouns"] and _place_at(ctx, k) is None:
            k += 1
    elif x[:1] == "ل" and x[1:] in c["ref_nouns"] and _place_at(ctx, k) is None:
        k += 1
    elif x[:1] != "ل":
        return None
    return _place_at(ctx, k) if k < end else None


_HOME = frozenset({None, "SYR", "Syria"})
_ASIDE_OPEN = frozenset({"،", ",", "(", "-", "–"})
_IN = fold_str("في")
_FROM = fold_str("من")
_ON = frozenset(cue_words("unlisted_words", "on"))
_EDGE = frozenset(cue_words("unlisted_words", "edge"))


def _town_before(ctx: Ctx, pos: int, si: int) -> dict | None:
    """«حي X في المدينة»: the last town-level place named before, in this sentence or the two before."""
    lo = ctx.sents[max(0, si - 2)].start
    for p in ctx.places.between(lo, pos)[::-1]:
        if (p.get("kind") or p.get("level")) in ("locality", "city") and p.get("country") in _HOME:
            return p
    return None


def _record(ctx: Ctx, start: int, end: int, kind: str, ref: dict | None, relation: str) -> dict:
    ref = ref or {}
    if ctx.text[start] == "و" and end - start > 3:
        start += 1  # «وقناة شيرين»: the second name of a list, without its «و»
    surface = ctx.text[start:end]
    return {"start": start, "end": end, "surface": surface, "id": None, "name_ar": surface, "name_en": None,
            "admin1_en": ref.get("admin1_en"), "admin2_en": ref.get("admin2_en"), "admin3_en": None,
            "country": ref.get("country"), "country_en": ref.get("country_en"), "kind": kind, "level": kind,
            "lat": ref.get("lat"), "lon": ref.get("lon"), "confidence": 0.5, "source": "text",
            "geo_precision": 3 if relation == "document" else 2,
            "near": {"id": ref.get("id"), "surface": ref.get("surface"), "name_en": ref.get("name_en"),
                     "relation": relation, "start": ref.get("start")}}
