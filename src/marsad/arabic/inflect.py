"""The written forms of a trigger lemma: a verb conjugated, a noun or adjective declined.

types.json `lemmas` names a trigger once, by its lemma and a short spec («"اقتاد": "verb"»,
«"قاد": "verb impf=يقود"», «"اغتيال": "noun"», «"قتيل": "noun pl=قتلى"»), and every written form a
reader may meet is generated here, undiacritised and folded as marsad.arabic.normalize folds text
(so «أ/إ/آ → ا», «ى → ي», «ة → ه»): past and imperfect with their subject suffixes, the future
«س» (without object pronouns; events.vocab reads it as `future`), the passive where it is written
differently (hollow «اقتيد», defective «ألقيت»), object pronouns on verbs; singular, dual, plurals,
the accusative alif and possessive pronouns on nouns; a noun's adjectives in agreement.
Proclitics («و ف ب ل ال») are not generated: marsad.arabic.lexicon matches them on any key.

Written forms only: short vowels are not written, so form I and form II («قتل/قتّل»), active and
passive («اعتقل/اُعتقل») share a form, and nothing here needs the diacritised verb. A conjugator of
the vocalised verb (Qutrub and the morphological generators built on it) answers another question
and is GPL; the patterns needed for news triggers fit in this module.

Spec grammar (space-separated tokens, the first one the part of speech `verb|noun|adj`):
  impf=يقود        the imperfect (3rd masc. sg.), needed where it is not regular: form I hollow
                   («قاد/يقود») or with a final «ا» («دعا/يدعو»); a form I verb with final «ى»
                   defaults to «ي» («رمى/يرمي»), give «impf=يسعى» otherwise
  pass=قيد         the past passive where the default is wrong or left out (default: a hollow verb's
                   «ا» → «ي» from four letters on, «اقتيد، أصيب»; none for form I: «قيد، قيل»)
  ipass=يقاد       the imperfect passive where the default is wrong
  dbl              a doubled verb of more than two letters («احتل، انشق»): «احتللنا»
  idafa            a noun phrase whose next word is a genitive («قذيفة هاون»), not an adjective
  pl=ات|ون|قتلى    plurals of a noun/adj: `ات` sound feminine, `ون` sound masculine (with «ين» and
                   the construct «و/ي»), any other word a broken plural (default: «ات» after «ة»)
  no=impf|fut|obj  parts left out: past, impf, fut, pass (verbs), sg, dual, pl (nouns), fem (adj),
                   obj (object pronouns), pron (possessives), acc (accusative alif)
  exclude=A|B      generated forms left out (ambiguous in real text)
Every other token is the trigger's description (killed, needs=…, back …), carried to every form;
a token written `part:token` (`impf:prior=قبل_أن`) is carried to that part's forms only (the passive
imperfect «يقاد، يصاب» is of the part `impf`).
"""
from __future__ import annotations

import re

from .normalize import fold_str

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")

VERB_PARTS = ("past", "impf", "fut", "pass")
NOUN_PARTS = ("sg", "dual", "pl")
FLAGS = ("obj", "pron", "acc", "fem")

OBJECTS = ("ه", "ها", "هم", "هما", "هن", "ني")  # object pronouns on verbs
POSSESSIVES = ("ه", "ها", "هم", "هما", "هن", "نا")  # possessive pronouns on nouns
# imperfect subject prefixes and the suffixes each takes (3rd person, 2nd person, 1st person)
_IMPF = {"ي": ("", "ون", "ان", "ن", "وا", "ا"), "ت": ("", "ون", "ان", "ن", "وا", "ا", "ي", "ين"),
         "ن": ("",), "أ": ("",)}

# the tanween alif: not after a ta marbuta, a long vowel, a hamza on the line, a pronoun, a dual
# or a sound plural, nor on a diptote broken plural of the «مفاعل/مفاعيل» pattern («معارك»)
_NO_TANWEEN_ALIF = tuple(fold_str(x) for x in ("ة", "ا", "ى", "ي", "ء", "ات", "ين", "ان", "ه"))


class SpecError(ValueError):
    """A lemma spec that cannot be expanded (the message says which and why)."""


def accusative(form: str) -> str | None:
    """The indefinite accusative of a one-word noun, its tanween written with an alif («انفجار» →
    folded «انفجارا»), or None where no alif is written."""
    f = fold_str(form).strip()
    if " " in f or f.startswith("ال") or len(f) < 3 or f.endswith(_NO_TANWEEN_ALIF):
        return None
    if len(f) >= 5 and f[2] == "ا":
        return None
    return f + "ا"


def parse(spec: str) -> tuple[str, dict, list[str]]:
    """(pos, inflection options, description tokens) of a spec string."""
    toks = spec.split()
    if not toks or toks[0] not in ("verb", "noun", "adj"):
        raise SpecError(f"lemma spec {spec!r}: must start with verb, noun or adj")
    opts: dict = {"no": set(), "exclude": set(), "pl": [], "dbl": False, "idafa": False}
    desc: list[str] = []
    for t in toks[1:]:
        if t in ("dbl", "idafa"):
            opts[t] = True
        elif t.startswith(("impf=", "pass=", "ipass=")):
            k, v = t.split("=", 1)
            opts[k] = _bare(v)
        elif t.startswith("pl="):
            opts["pl"] = [_bare(w) for w in t[3:].split("|") if w]
        elif t.startswith("no="):
            opts["no"] = set(t[3:].split("|"))
            bad = opts["no"] - set(VERB_PARTS + NOUN_PARTS + FLAGS)
            if bad:
                raise SpecError(f"lemma spec {spec!r}: unknown part in no=: {', '.join(sorted(bad))}")
        elif t.startswith("exclude="):
            opts["exclude"] = {fold_str(w) for w in t[8:].split("|") if w}
        else:
            desc.append(t)
    return toks[0], opts, desc


def expand(lemma: str, spec: str) -> dict[str, str]:
    """Folded written form -> the trigger description it carries (see _expand)."""
    return {f: d for f, (d, _) in _expand(lemma, spec).items()}


def parts(lemma: str, spec: str) -> dict[str, str]:
    """Folded written form -> its part (past, impf, fut, pass; sg, dual, pl)."""
    return {f: p for f, (_, p) in _expand(lemma, spec).items()}


def expand_parts(lemma: str, spec: str) -> dict[str, tuple[str, str]]:
    """Folded written form -> (its description, its part): expand and parts at once."""
    return _expand(lemma, spec)


def _expand(lemma: str, spec: str) -> dict[str, tuple[str, str]]:
    """Folded written form -> the trigger description it carries («pos [tokens]»), for every form
    of ``lemma``; the lemma itself first. A verb phrase («ألقى القبض») and a noun with its genitive
    (`idafa`: «قذيفة هاون») inflect their first word only, without pronouns; a noun with adjectives
    («عبوة ناسفة») inflects them in agreement (_noun_phrase)."""
    pos, opts, desc = parse(spec)
    words = _bare(lemma).split()
    if not words:
        raise SpecError(f"lemma {lemma!r}: empty")
    head, rest = words[0], "".join(" " + w for w in words[1:])
    try:
        if rest and pos != "verb" and not opts["idafa"]:
            made = _noun_phrase(words, opts)
            rest = ""
        else:
            if rest:
                opts["no"] |= {"obj", "pron", "acc"}
            made = _verb(head, opts) if pos == "verb" else _noun(head, opts, pos == "adj")
            if rest and pos != "verb":  # «قذيفتا هاون، قذيفتي هاون»: the construct dual drops its «ن»
                made = [(pt, [f[:-1] if pt == "dual" and f.endswith("ن") else f for f in fs]) for pt, fs in made]
    except SpecError as e:
        raise SpecError(f"lemma {lemma!r}: {e}") from None
    out: dict[str, tuple[str, str]] = {}
    for part, forms in made:
        tokens = [pos] + [t.split(":", 1)[1] if ":" in t else t for t in desc
                          if ":" not in t or t.split(":", 1)[0] == part]
        if part == "fut":
            tokens.append("future")
        d = " ".join(tokens)
        for f in forms:
            key = fold_str(f + rest)
            if key in opts["exclude"] or key in out:
                continue
            if len(key.replace(" ", "")) < 3 and key != fold_str(lemma):
                continue  # a two-letter form matches too much («صد» itself is listed by the lemma)
            out[key] = (d, part)
    return out


def _bare(w: str) -> str:
    return _MARKS.sub("", w).strip()


# ---- verbs -------------------------------------------------------------------------------------

def _hollow(s: str) -> bool:
    return len(s) >= 3 and s[-2] == "ا"


def _verb(s: str, o: dict) -> list[tuple[str, list[str]]]:
    no = o["no"]
    dbl = o["dbl"] or len(s) == 2
    t = o.get("impf")
    t = t[1:] if t else _impf_stem(s)  # «impf=يقود» names the 3rd masc. sg.: its stem follows «ي»
    subj, obj_bases = _past(s, dbl)
    past = list(subj)
    impf_subj, impf_obj = _imperfect(t)
    impf = list(impf_subj)
    fut = ["س" + f for f in impf_subj if f[0] in "يتن"]  # (not with an object: «سيعتقلونهم» is rare)
    if "obj" not in no:
        past += [b + p for b in obj_bases for p in OBJECTS]
        impf += [b + p for b in impf_obj for p in OBJECTS]
    out = []
    ppast, pimpf = _passive(s, t, o) if "pass" not in no else ([], [])
    if "past" not in no:
        out.append(("past", past))
    if "impf" not in no:
        out.append(("impf", impf + pimpf))  # («يقاد، يصاب»: an imperfect, `impf:` tokens and no=impf reach it)
    if "fut" not in no:
        out.append(("fut", fut))
    out.append(("pass", ppast))
    return out


def _impf_stem(s: str) -> str:
    """The imperfect stem (after the prefix «ي») of a past stem of a regular pattern."""
    if len(s) >= 4 and s[0] in "اأإ":
        # forms IV, VII-X: «أطلق/يطلق», «اعتقل/يعتقل», «استهدف/يستهدف», «انشق/ينشق»
        t = s[1:]
        if _hollow(s) and (len(s) == 4 or s.startswith("است")):
            t = t[:-2] + "ي" + t[-1]  # «أصاب/يصيب», «استعاد/يستعيد» (VII, VIII keep «ا»: «اقتاد/يقتاد»)
        if t.endswith("ى"):
            t = t[:-1] + "ي"  # «ألقى/يلقي», «اشترى/يشتري»
        return t
    if len(s) >= 4:
        return s  # forms II, III, V, VI, quadriliteral: «هاجم/يهاجم», «تصدى/يتصدى», «تظاهر/يتظاهر»
    if len(s) == 3 and _hollow(s):
        raise SpecError("a form I hollow verb needs its imperfect: impf=يقود")
    if len(s) == 3 and s.endswith("ا"):
        raise SpecError("a form I verb with final «ا» needs its imperfect: impf=يدعو")
    if len(s) == 3 and s.endswith("ى"):
        return s[:-1] + "ي"  # «رمى/يرمي», «قضى/يقضي»
    return s  # form I sound and doubled: «قتل/يقتل», «صد/يصد»


def _past(s: str, dbl: bool) -> tuple[list[str], list[str]]:
    """The past with its subject suffixes, and the bases object pronouns attach to."""
    if s.endswith(("ى", "ا")) and len(s) >= 3:  # defective: «رمى، ألقى، دعا»
        b, w = s[:-1], ("ي" if s.endswith("ى") else "و")
        subj = [s, b + "ت", b + "تا", b + "وا", b + w + "ا", b + w + "ت", b + w + "نا", b + w + "تم", b + w + "ن"]
        return subj, [b + "ا", b + "ت", b + "و", b + w + "ا", b + "تا", b + w + "نا"]
    if s.endswith("ي") and len(s) >= 3:  # «لقي، بقي»
        b = s[:-1]
        return [s, s + "ت", s + "تا", b + "وا", s + "ا", s + "نا", s + "تم", s + "ن"], [s, s + "ت", b + "و", s + "ا", s + "نا"]
    third = [s, s + "ت", s + "تا", s + "وا", s + "ا"]
    obj = [s, s + "ت", s + "و", s + "ا", s + "تا"]
    if _hollow(s):  # before a consonant suffix the long vowel is shortened: «قاد/قدنا», «اقتاد/اقتدنا»
        c = s[:-2] + s[-1]  # (not «ت، ن»: «استعدت» is also «she got ready»)
        first = [c + "نا", c + "تم"]
    elif dbl:  # the doubled letter written twice before a consonant suffix: «صددنا», «احتللنا»
        c = s + s[-1]
        first = [c + "نا", c + "تم", c + "ت", c + "ن"]
    else:
        first = [s + "نا", s + "تم", s + "ن"]
    return third + first, obj + [first[0]]


def _suffixed(t: str, x: str) -> str:
    """Imperfect stem ``t`` with subject suffix ``x``, the weak final letter adjusted."""
    if not x:
        return t
    if t.endswith("ي"):  # «يرمي»: «يرمون، يرموا، ترمين»; «يرميان، يرمين (fem. pl.)»
        return t[:-1] + x if x in ("ون", "وا", "ين", "ي") else t + x
    if t.endswith("ى"):  # «يتصدى»: «يتصدون، يتصديان، تتصدين»
        return t[:-1] + (x if x in ("ون", "وا", "ين", "ي") else "ي" + x if x in ("ان", "ا") else "ين")
    if t.endswith("و"):  # «يدعو»: «يدعون، يدعوا، يدعوان، تدعين»
        return t + x[1:] if x in ("ون", "وا") else t[:-1] + x if x in ("ي", "ين") else t + x
    return t + x


def _imperfect(t: str) -> tuple[list[str], list[str]]:
    """The imperfect with its subject prefixes and suffixes, and the bases object pronouns attach
    to. On a stem of three letters or fewer the first person and the 2nd fem. sg. are left out:
    they are four-letter words that other words share («نقود» money, «أصيب» was hit, «تصدي»)."""
    subj, obj = [], []
    short = len(t) <= 3
    for pre, sufs in _IMPF.items():
        if short and pre in ("ن", "أ"):
            continue
        for x in sufs:
            if short and x in ("ي", "ين"):
                continue
            f = pre + _suffixed(t, x)
            if pre == "أ" and t[0] in "اأإ":
                f = "آ" + _suffixed(t, x)[1:]  # «أأخذ» is written «آخذ»
            subj.append(f)
            if x in ("", "ون", "ان", "ا"):
                obj.append(f[:-1] + "ا" if (not x and f.endswith("ى")) else f)  # «يلقاه»
            elif x == "وا":
                obj.append(f[:-1])  # «يعتقلوه»
    return subj, obj


def _passive(s: str, t: str, o: dict) -> tuple[list[str], list[str]]:
    """The passive where it is written unlike the active, past and imperfect: hollow «اقتيد، أصيب /
    يقاد، يصاب», defective «ألقيت، رميت»."""
    p = o.get("pass")
    if p is None and _hollow(s) and len(s) >= 4:  # (form I: «قيد، قيل» are other words; give pass=)
        p = s[:-2] + "ي" + s[-1]
    elif p is None and s.endswith("ى"):
        p = s[:-1] + "ي"
    out = []
    if p is not None:
        if p.endswith("ي"):
            out += [p, p + "ت", p + "تا", p[:-1] + "وا", p + "ا"]
        else:
            out += [p, p + "ت", p + "تا", p + "وا", p + "ا"]
    ip = o.get("ipass")
    ip = ip[1:] if ip else (t[:-2] + "ا" + t[-1] if _hollow(s) and len(t) >= 3 and t[-2] in "وي" else None)
    impf = []
    if ip is not None:
        impf = ["ي" + _suffixed(ip, x) for x in _IMPF["ي"]] + ["ت" + _suffixed(ip, x) for x in ("", "ان", "ا")]
    return out, impf


# ---- nouns and adjectives ----------------------------------------------------------------------

def _adj_dual(w: str, case: int) -> str:
    return (w[:-1] + "ت" if w.endswith("ة") else w) + ("ان", "ين")[case]


def _noun_phrase(words: list[str], o: dict) -> list[tuple[str, list[str]]]:
    """A noun with its adjectives («عبوة ناسفة», «قصف جوي»), the adjectives agreeing: both dual
    («عبوتين ناسفتين»), the plural with a feminine singular adjective («عبوات ناسفة، تفجيرات
    انتحارية»), both with the tanween alif («قصفاً جوياً»), and definite with the article on the
    adjectives too («العبوة الناسفة»: the head's article is a proclitic the lexicon matches)."""
    no = o["no"]
    head, adjs = words[0], words[1:]
    c = _construct(head)
    sg = [" ".join(words)]
    a = accusative(head)
    if "acc" not in no and a is not None and all(not w.endswith(("ة", "ا", "ى")) for w in adjs):
        sg.append(" ".join([a] + [w + "ا" for w in adjs]))
    dual = [" ".join([c + ("ان", "ين")[k]] + [_adj_dual(w, k) for w in adjs]) for k in (0, 1)]
    fem = [w if w.endswith("ة") else w + "ة" for w in adjs]
    pls = o["pl"] or (["ات"] if head.endswith("ة") else [])
    pl = [" ".join([(head[:-1] if head.endswith("ة") else head) + "ات" if p == "ات" else p] + fem) for p in pls]
    parts = [("sg", sg), ("dual", dual), ("pl", pl)]
    definite = [(pt, [" ".join(f.split()[:1] + ["ال" + w for w in f.split()[1:]]) for f in fs if f != sg[-1] or len(sg) == 1])
                for pt, fs in parts]
    return [(pt, fs + [f for f in dict(definite)[pt] if not f.endswith("ا") or pt != "sg"]) for pt, fs in parts if pt not in no]


def _construct(w: str) -> str:
    """The form a suffix attaches to: «ة» written «ت», «ى» written «ا» («قتلاهم»)."""
    if w.endswith("ة"):
        return w[:-1] + "ت"
    if w.endswith("ى"):
        return w[:-1] + "ا"
    return w


def _noun(s: str, o: dict, adj: bool) -> list[tuple[str, list[str]]]:
    no = o["no"]
    pls = o["pl"] or (["ات"] if s.endswith("ة") else (["ون", "ات"] if adj else []))
    if adj:
        no = no | {"pron"}  # («منشقه» is the feminine folded; adjectives take no possessive)
    out = _declined(s, pls if not adj else [p for p in pls if p != "ات"], no)
    if adj and "fem" not in no and not s.endswith("ة"):
        f = s + "ة"
        fem = _declined(f, ["ات"] if "ات" in pls or not o["pl"] else [], no)
        out = [(part, forms + dict(fem).get(part, [])) for part, forms in out]
    return [(part, forms) for part, forms in out if part not in no]


def _declined(s: str, pls: list[str], no: set) -> list[tuple[str, list[str]]]:
    pron = "pron" not in no
    acc = "acc" not in no
    c = _construct(s)
    sg = [s] + ([c + p for p in POSSESSIVES] if pron else [])
    if acc and (a := accusative(s)) is not None:
        sg.append(a)
    if s.endswith("ة"):  # «قذيفتان، قذيفتين», construct «قذيفتا هاون، قذيفتي»
        dual = [c + "ان", c + "ين", c + "ا", c + "ي"]
    else:  # (no «ي» construct: «انفجاري» is the adjective «explosive»)
        dual = [s + "ان", s + "ين"]
    pl: list[str] = []
    for p in pls:
        if p == "ات":
            w = (s[:-1] if s.endswith("ة") else s) + "ات"
            pl += [w] + ([w + x for x in POSSESSIVES] if pron else [])
        elif p == "ون":
            pl += [s + "ون", s + "ين", s + "و", s + "ي"] + ([s + "ي" + x for x in POSSESSIVES] if pron else [])
        else:
            pl += [p] + ([_construct(p) + x for x in POSSESSIVES] if pron else [])
            if acc and (a := accusative(p)) is not None:
                pl.append(a)
    return [("sg", sg), ("dual", dual), ("pl", pl)]
