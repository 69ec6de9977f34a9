"""Actors of a mention with roles, named canonically from data/events/actors.json.

agent: who acted (the subject before the trigger, the one right after a verb trigger, «من قبل X»,
«على يد X», the force a noun trigger is annexed to: «قصف قوات النظام»); for a defection, the force
the defectors left («انشقوا عن الفرقة الرابعة»). target: who was hit, arrested or joined («على
X», «ضد X», «في صفوف X», «التحقوا بالجيش الحر», the civilians counted). source: who says so.
"""
from __future__ import annotations

from ...arabic.normalize import fold_str
from .context import Ctx
from .mentions import Mention
from .vocab import ffold

_AGENT_AFTER = ("قبل", "يد", "بيد")  # «من قبل X», «على يد X»
_DID_IT = frozenset(fold_str(w) for w in ("نفذتها", "نفذها", "نفذه", "شنها", "شنتها", "شنه", "ارتكبها", "ارتكبتها",
                                           "تبنتها", "تبناها", "أطلقتها", "أطلقها"))
_TARGET_BEFORE = ("على", "ضد", "صفوف", "بصفوف", "استهداف", "عناصر", "من")
_JOIN = ("التحقوا", "انضموا", "انضمامهم", "التحاقهم", "بصفوف", "إلى", "الى")
_CIVILIAN_NOUNS = frozenset(fold_str(w) for w in ("مدني", "مدنيا", "مدنيين", "طفل", "أطفال", "امرأة", "نساء",
                                                  "شخص", "أشخاص", "مواطن", "مواطنين"))


def _canon(a: dict) -> dict:
    return {"canonical": a["canonical"], "acled": a["acled"], "inter": a["inter"]}


def find(ctx: Ctx, m: Mention) -> list[dict]:
    sent = ctx.sents[m.si]
    cs, ce = ctx.clause(m.start)
    out: list[dict] = []
    for a in ctx.m["actors"].starting(sent.start, sent.end):
        if a.end > sent.end:
            continue
        val = a.value if isinstance(a.value, dict) else a.value[0]
        role = _role(ctx, m, a, cs, ce)
        if role is None:
            continue
        if val["kind"] in ("civilians",) or (m.type == "casualties" and a.prefix_start >= m.end and
                                            not _did_it(ctx, a)):
            role = "target"  # civilians are never the ones who struck; «مقتل عناصر من قوات النظام»: the dead
        out.append({"surface": a.surface, "role": role, "canonical": val["canonical"], "start": a.start,
                    "end": a.end})
    if not any(x["role"] == "agent" for x in out):
        # no listed actor: the organisation or person that is the subject before the trigger
        for e in reversed(ctx.ents.between(cs, m.prefix_start)):
            rb = m.reported_by or {}
            if e.get("type") in ("ORG", "PER") and not (rb.get("start") is not None and rb["start"] <= e["start"] < rb["end"]):
                out.append({"surface": e["surface"], "role": "agent", "canonical": None, "start": e["start"],
                            "end": e["end"]})
                break
    if m.type == "statement" and not any(x["role"] == "agent" for x in out):
        # «فتوى المجلس الإسلامي السوري», «بيان من الهيئة»: who issued it
        for e in ctx.ents.starting(m.end, min(sent.end, m.end + 12)):
            if e.get("type") in ("ORG", "PER") and ctx.words_between(m.end, e["start"]) <= 2:
                out.append({"surface": e["surface"], "role": "agent", "canonical": None, "start": e["start"],
                            "end": e["end"]})
                break
        if not any(x["role"] == "agent" for x in out) and m.reported_by and "start" in m.reported_by:
            rb = m.reported_by
            out.append({"surface": rb["surface"], "role": "agent", "canonical": rb.get("canonical"),
                        "start": rb["start"], "end": rb["end"]})
    if m.figure is not None and m.type in ("casualties", "airstrike", "shelling", "explosion", "armed_clash"):
        noun = ffold(m.figure.get("counted") or "")
        if noun in _CIVILIAN_NOUNS and not any(x["role"] == "target" for x in out):
            out.append({"surface": m.figure["surface"], "role": "target", "canonical": "Civilians (Syria)",
                        "start": m.figure["start"], "end": m.figure["end"]})
    if m.reported_by and "start" in m.reported_by:
        out.append({"surface": m.reported_by["surface"], "role": "source", "canonical": m.reported_by.get("canonical"),
                    "start": m.reported_by["start"], "end": m.reported_by["end"]})
    seen, uniq = set(), []
    for x in out:
        k = (x["start"], x["role"])
        if k not in seen:
            seen.add(k)
            uniq.append(x)
    return uniq


def _did_it(ctx: Ctx, a) -> bool:
    """«قُتل 9 في غارات شنّها النظام», «على يد التنظيم»: named as the one who struck."""
    before = ctx.words_before(a.prefix_start, 2)
    prev = before[-1] if before else ""
    return prev in _DID_IT or prev in _AGENT_AFTER


def _role(ctx: Ctx, m: Mention, a, cs: int, ce: int) -> str | None:
    rb = m.reported_by or {}
    if rb.get("start") is not None and rb["start"] <= a.start < rb["end"]:
        return None  # the source's own name
    before = ctx.words_before(a.prefix_start, 2)
    prev = before[-1] if before else ""
    prev = prev[1:] if prev.startswith("و") and len(prev) > 2 else prev
    if a.end <= m.prefix_start:
        if a.prefix_start < cs and ctx.breaks_between(a.end, m.start) > 1:
            return None
        if m.type in ("defection", "desertion") and prev == "عن":
            return "agent"
        return "target" if prev in _TARGET_BEFORE and m.type != "defection" else "agent"
    if a.prefix_start >= m.end and prev in _DID_IT:
        return "agent"  # «الغارات الجوية، التي نفذتها إسرائيل»
    if a.prefix_start >= m.end and a.prefix_start < ce + 1:
        if prev in _AGENT_AFTER:
            return "agent"
        if m.type in ("defection", "desertion"):
            # «انشق 35 عنصراً من قوات النظام / عن الفرقة الرابعة»: the force they left
            return "agent" if prev in ("عن", "من") else "target" if (prev in _JOIN or a.prefix.endswith("ب")) else None
        if prev in _TARGET_BEFORE or a.prefix in ("على", "ل") and m.type == "arrest":
            return "target"
        if ctx.words_between(m.end, a.prefix_start) <= 2 and not any(
                p in ("في", "على", "ضد", "من") for p in ctx.words_before(a.prefix_start, 2)):
            return "agent"  # «قصفت قوات النظام», «غارات لطيران النظام»
        return None
    return None


def interaction(actors: list[dict]) -> tuple[dict | None, dict | None]:
    """(actor1, actor2) for ACLED: the first agent and the first target with a canonical name."""
    a1 = next((a for a in actors if a["role"] == "agent" and a.get("canonical")), None)
    a2 = next((a for a in actors if a["role"] == "target" and a.get("canonical")), None)
    return a1, a2
