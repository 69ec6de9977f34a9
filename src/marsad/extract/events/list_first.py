"""A record placed at a later member of a list of places («قريتي X وY», «X، Y وZ») is placed at the list's
first.

Why (stop 47, helper level47): of the "another place of its level" misses on the 40 paraphrase sets, some are lists
whose gold takes the first place named while the rules or the chooser took a later one (the nearest to the
trigger). The gold conventions code one act told over a list at the first place, as they do a road between two
places. Only a record with one place (a list the rules split by `group` is left alone), asserted, and only places
joined by nothing but «و» or «،» in one sentence. Switch: data/events/list_first.json `enabled` (false: records
identical to before)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from . import arguments
from .context import Ctx

DATA = Path(__file__).resolve().parents[2] / "data" / "events" / "list_first.json"
_JOIN = re.compile(r"\s*(?:،\s*|و)\s*")  # what may stand between two members of a list


@lru_cache(maxsize=1)
def conf() -> dict:
    """data/events/list_first.json: `enabled`."""
    raw = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    return {"enabled": bool(raw.get("enabled", False))}


def refine(ctx: Ctx, out: list[dict]) -> None:
    """Move each asserted one-place record at a list's later member to the list's first member."""
    if not conf()["enabled"]:
        return
    items = ctx.places.items
    at = {p["start"]: i for i, p in enumerate(items)}
    for rec in out:
        p = rec.get("place")
        if rec.get("group") is not None or rec.get("modality", "asserted") != "asserted" or not p or \
                p.get("start") not in at:
            continue
        i = j = at[p["start"]]
        si = ctx.sent_of(p["start"])
        while j > 0 and ctx.sent_of(items[j - 1]["start"]) == si and \
                _JOIN.fullmatch(ctx.text[items[j - 1]["end"]:items[j]["start"]]):
            j -= 1
        if j != i:
            rec["place"] = arguments.clean_place(items[j])
