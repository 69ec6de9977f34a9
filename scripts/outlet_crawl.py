"""Pages of a made-up crawl as varied as real reporting, for scale tests and benchmarks
(``scripts/build_warc.py --crawl varied``). Every sentence is written here (none from any outlet).

A world of incidents runs through time, about 26 a day: each has a type (shelling, air strike,
clashes, a bomb, arrests, defections, a protest, a shooting), a locality of the gazetteer in one
of the governorates where most reporting happens, a day, a figure and actors. Each page tells one
incident of the last few days (so most incidents are told by one or two pages, a few by more, as
outlets cover the same news), in one of several phrasings, with detail sentences (who says so,
the wounded, the damage) and context sentences drawn from pools with their own slots, and two
pages in five also tell a second incident ("وفي سياق متصل"). About 4% of pages are syndicated
copies of a recent page under another outlet's layout (a wire story picked up with a new lead
line): these are the near-duplicates. The page layouts (menus, sidebars, share buttons) are our
samples' (samples/html), with the page's own title and publication day.

Deterministic: page k depends on k alone (seeded), so a crawl cut into files gives the same pages.
"""
from __future__ import annotations

import datetime
import json
import random
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
DAY0 = datetime.date(2019, 3, 1)
PAGES_PER_DAY = 40
INCIDENTS_PER_PAGE = 0.65
COPY_SHARE = 0.04
SECOND_SHARE = 0.4

MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
# governorates most reporting is about, weighted
GOVERNORATES = [("Idlib", 6), ("Aleppo", 5), ("Daraa", 4), ("Deir ez-Zor", 4), ("Rural Damascus", 3), ("Hama", 3),
                ("Homs", 2), ("Al-Hasakah", 2), ("Raqqa", 2), ("Lattakia", 1), ("As-Suwayda", 1), ("Quneitra", 1)]
STATE = ["قوات النظام", "قوات الأسد", "الفرقة الرابعة", "الأمن العسكري", "ميليشيا الدفاع الوطني"]
OPPOSITION = ["فصائل المعارضة", "الجيش الوطني السوري", "هيئة تحرير الشام", "غرفة عمليات الفتح المبين"]
OTHERS = ["قوات سوريا الديمقراطية", "تنظيم الدولة", "مجموعات محلية مسلحة", "ميليشيات موالية لإيران"]
AIR = ["الطيران الحربي الروسي", "طائرات النظام الحربية", "طائرة مسيرة تركية", "طيران التحالف الدولي"]

# (counted noun: plural for 3-10, singular accusative for 11+)
NOUNS = {"civ": ("مدنيين", "مدنياً"), "fighter": ("عناصر", "عنصراً"), "person": ("أشخاص", "شخصاً"),
         "youth": ("شبان", "شاباً"), "soldier": ("عسكريين", "عسكرياً")}

# lead sentences per type: {n} a figure with its noun, {place}, {gov}, {actor}, {actor2}, {air}, {time}
LEADS = {
    "shelling": ("civ", [
        "قتل {n} وأصيب آخرون بجروح جراء قصف مدفعي ل{actor} استهدف بلدة {place} في ريف {gov} {time}.",
        "استهدفت {actor} بالقذائف الصاروخية أطراف بلدة {place} بريف {gov} {time}، ما أدى إلى مقتل {n} بينهم أطفال.",
        "طال قصف مدفعي مصدره مواقع {actor} الأحياء السكنية في {place} بريف {gov} {time} وأسفر عن مقتل {n}.",
        "سقط {n} قتلى بقصف صاروخي نفذته {actor} على منازل المدنيين في {place} شمالي {gov} {time}.",
    ]),
    "airstrike": ("person", [
        "شن {air} غارات جوية على محيط {place} في ريف {gov} {time}، وقتل {n} في الغارات.",
        "قتل {n} بغارة جوية نفذها {air} على {place} بريف {gov} {time}.",
        "استهدف {air} بعدة غارات مزرعة قرب {place} في ريف {gov} {time}، ما أسفر عن مقتل {n}.",
    ]),
    "armed_clash": ("fighter", [
        "اندلعت اشتباكات عنيفة بين {actor} و{actor2} على أطراف {place} في ريف {gov} {time}، قتل خلالها {n}.",
        "قتل {n} من {actor} في اشتباكات مع {actor2} قرب {place} بريف {gov} {time}.",
        "دارت مواجهات بالأسلحة الثقيلة بين {actor2} و{actor} على محور {place} في ريف {gov} {time} وانتهت بمقتل {n}.",
    ]),
    "explosion": ("person", [
        "انفجرت عبوة ناسفة بسيارة في {place} بريف {gov} {time}، ما أسفر عن مقتل {n}.",
        "قتل {n} بانفجار سيارة مفخخة وسط سوق {place} في {gov} {time}.",
        "هز انفجار لغم أرضي طريقاً زراعياً قرب {place} في ريف {gov} {time} وأودى بحياة {n}.",
    ]),
    "arrest": ("youth", [
        "اعتقلت {actor} {n} خلال حملة دهم وتفتيش في {place} بريف {gov} {time}.",
        "شنت {actor} حملة اعتقالات طالت {n} في بلدة {place} بريف {gov} {time}.",
        "داهمت دوريات تابعة ل{actor} منازل في {place} بريف {gov} {time} واعتقلت {n} واقتادتهم إلى جهة مجهولة.",
    ]),
    "defection": ("soldier", [
        "انشق {n} من {actor} في {place} بريف {gov} {time}، ووصلوا إلى مناطق سيطرة المعارضة.",
        "أعلن {n} من {actor} انشقاقهم في {place} بريف {gov} {time}.",
        "تمكن {n} من الانشقاق عن {actor} في {place} بريف {gov} {time} رغم التشديد الأمني.",
    ]),
    "protest": ("person", [
        "خرج مئات المحتجين في مظاهرة بمدينة {place} في ريف {gov} {time}، للمطالبة بالإفراج عن المعتقلين.",
        "تظاهر أهالي {place} بريف {gov} {time} احتجاجاً على تردي الأوضاع المعيشية وانقطاع الخبز.",
        "نظم العشرات وقفة احتجاجية في ساحة {place} بريف {gov} {time} رفضاً لحملات التجنيد الإجباري.",
    ]),
    "casualties": ("person", [
        "قتل {n} برصاص مسلحين مجهولين في {place} بريف {gov} {time}.",
        "عثر الأهالي على جثث {n} قرب {place} في ريف {gov} {time}، وعليها آثار إطلاق نار.",
        "اغتال مسلحون يستقلون دراجة نارية {n} على الطريق بين {place} ومركز {gov} {time}.",
    ]),
}
TYPES = [("shelling", 6), ("airstrike", 3), ("armed_clash", 4), ("explosion", 2), ("arrest", 3), ("defection", 1),
         ("protest", 2), ("casualties", 2)]

# detail sentences: {who} a source, {place}, {gov}, {k} a small figure, {thing} a building
DETAILS = [
    "وقال {who} إن فرق الإسعاف نقلت {k} مصابين إلى مشفى قريب، بعضهم في حالة حرجة.",
    "وأكد {who} حصيلة الضحايا، مرجحاً ارتفاعها بسبب خطورة بعض الإصابات.",
    "وبحسب {who}، فإن {thing} في البلدة تعرض لأضرار كبيرة ولم يعد صالحاً للاستخدام.",
    "وأشار {who} إلى أن الأهالي نزحوا نحو القرى المجاورة خشية تجدد القصف.",
    "ونشر {who} صوراً تظهر الدمار الذي لحق ب{thing} وسط {place}.",
    "ولم تعلق الجهات الرسمية على الحادثة حتى ساعة إعداد هذا الخبر، بحسب ما ذكر {who}.",
    "وتحدث {who} عن انتشار أمني كثيف في محيط {place} بعد الحادثة بساعات.",
    "وأضاف {who} أن {k} عائلات فقدت منازلها بشكل كامل في {place}.",
]
WHO = ["الدفاع المدني السوري", "المرصد السوري لحقوق الإنسان", "ناشطون محليون", "مصدر طبي في {gov}",
       "شبكة إخبارية محلية", "مراسلنا في {gov}", "أحد سكان البلدة", "مصدر عسكري معارض"]
THINGS = ["مدرسة البلدة", "المستوصف", "الفرن الآلي", "مسجد الحي", "خزان المياه", "السوق الشعبي", "محطة الوقود"]

# context sentences: {gov}, {place}, {m} months, {p} a price, {k}
CONTEXT = [
    "وتشهد مناطق ريف {gov} تصعيداً متواصلاً منذ {m} أشهر رغم اتفاقات التهدئة المعلنة.",
    "ويعاني سكان {place} من انقطاع الكهرباء لساعات طويلة وارتفاع سعر ليتر المازوت إلى {p} ليرة.",
    "وكانت المنطقة قد شهدت حوادث مشابهة خلال الشهر الماضي دون أن تتبناها أي جهة.",
    "ويقيم آلاف النازحين في مخيمات عشوائية قرب {place} وسط نقص في المياه والدواء.",
    "وتنتشر في ريف {gov} فصائل وقوى عدة، ما يجعل التحقق من الروايات المتضاربة صعباً.",
    "ويشكو المزارعون في {place} من ارتفاع أسعار السماد والبذار بعد أن تجاوز سعر الكيس {p} ليرة.",
    "ويقول أهالي البلدة إن الطرق المؤدية إليها باتت خطرة منذ {m} أشهر بسبب انتشار الحواجز.",
    "وتنتظر عشرات العائلات في {place} عودة أبنائها المغيبين منذ سنوات دون أي معلومات عنهم.",
    "وارتفعت أسعار المواد الغذائية في أسواق {gov} بنسبة كبيرة خلال {m} أشهر.",
    "ويحذر عاملون في المجال الإنساني من تراجع التمويل المخصص لمشاريع الإغاثة في {gov}.",
]
TITLES = {
    "shelling": "مقتل {n} بقصف على {place} في ريف {gov}", "airstrike": "غارات جوية على {place} بريف {gov}",
    "armed_clash": "اشتباكات في محيط {place} بريف {gov}", "explosion": "انفجار يهز {place} في {gov}",
    "arrest": "حملة اعتقالات في {place} بريف {gov}", "defection": "انشقاقات جديدة في {place} بريف {gov}",
    "protest": "احتجاجات في {place} بريف {gov}", "casualties": "مقتل {n} في {place} بريف {gov}",
}
COPY_LEADS = ["نقلاً عن {src}: ", "(خاص - {src}) ", "أفادت {src} بأنه ", ""]


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, list[str]]]:
    """admin1 -> (the governorate's Arabic name, Arabic names of its localities)."""
    data = json.loads((ROOT / "src" / "marsad" / "data" / "gazetteer" / "places.json").read_text(encoding="utf-8"))
    # "ريف دمشق" is told as "بريف دمشق" like the others: the sentences add the "ريف"
    govs = {p["admin1_en"]: p["name_ar"].removeprefix("ريف ") for p in data
            if p.get("level") == "governorate" and p.get("name_ar")}
    out: dict[str, tuple[str, list[str]]] = {}
    for p in data:
        a1 = p.get("admin1_en")
        if p.get("level") == "locality" and a1 in govs and p.get("name_ar") and " " not in p["name_ar"]:
            out.setdefault(a1, (govs[a1], []))[1].append(p["name_ar"])
    for v in out.values():
        v[1].sort()
    return out


def _weighted(rng: random.Random, items: list[tuple[str, int]]) -> str:
    return rng.choices([i for i, _ in items], weights=[w for _, w in items])[0]


def incident(i: int) -> dict:
    """Incident i of the world (its day moves on with i)."""
    rng = random.Random(f"incident-{i}")
    places = _places()
    govs = [(g, w) for g, w in GOVERNORATES if g in places]
    gov_en = _weighted(rng, govs)
    gov, localities = places[gov_en]
    typ = _weighted(rng, TYPES)
    day = DAY0 + datetime.timedelta(days=int(i / (PAGES_PER_DAY * INCIDENTS_PER_PAGE)))
    n = rng.choice([3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 15, 17, 20, 25, 40])
    actor = rng.choice(STATE + OPPOSITION + OTHERS)
    actor2 = rng.choice([a for a in STATE + OPPOSITION + OTHERS if a != actor])
    return {"i": i, "type": typ, "gov": gov, "place": rng.choice(localities), "day": day, "n": n,
            "actor": actor, "actor2": actor2, "air": rng.choice(AIR), "variant": rng.randrange(100)}


def _figure(n: int, noun: str, rng: random.Random) -> str:
    plural, single = NOUNS[noun]
    if rng.random() < 0.08:
        return f"عشرات {plural.replace('عناصر', 'العناصر')}" if noun != "civ" else "عشرات المدنيين"
    return f"{n} {plural}" if n <= 10 else f"{n} {single}"


def _time(day: datetime.date, published: datetime.date, rng: random.Random) -> str:
    part = rng.choice(["صباح", "مساء", "ظهر", "فجر", "ليل", "يوم"])
    if day == published and rng.random() < 0.5:
        return f"{part} اليوم" if part != "يوم" else "اليوم"
    if day == published - datetime.timedelta(days=1) and rng.random() < 0.4:
        return "أمس" if part == "يوم" else f"{part} أمس"
    return f"{part} {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def tell(inc: dict, published: datetime.date, rng: random.Random, variant: int | None = None) -> tuple[str, str]:
    """(lead sentence, headline) telling an incident on a page published that day."""
    noun, leads = LEADS[inc["type"]]
    lead = leads[(inc["variant"] if variant is None else variant) % len(leads)]
    fig = _figure(inc["n"], noun, rng)
    slots = dict(inc, n=fig, time=_time(inc["day"], published, rng))
    title = TITLES[inc["type"]].format(**slots)
    return lead.format(**slots), title


def _fill(template: str, inc: dict, rng: random.Random) -> str:
    return template.format(
        who=rng.choice(WHO).format(gov=inc["gov"]), place=inc["place"], gov=inc["gov"], k=rng.randint(2, 14),
        thing=rng.choice(THINGS), m=rng.randint(2, 11), p=rng.choice([2500, 3200, 4100, 5800, 7500, 9000, 12500]))


def article(k: int) -> dict:
    """Page k's story: {"title", "paragraphs", "published", "copy_of"} (copy_of: the page it
    syndicates, or None)."""
    rng = random.Random(f"page-{k}")
    if k > 60 and rng.random() < COPY_SHARE:
        src = k - rng.randint(1, 60)
        orig = article(src)
        if orig["copy_of"] is None:
            lead = rng.choice(COPY_LEADS).format(src=rng.choice(["وكالة محلية", "موقع إخباري", "شبكة الأخبار"]))
            paras = [lead + orig["paragraphs"][0]] + orig["paragraphs"][1:]
            return {"title": orig["title"], "paragraphs": paras, "published": orig["published"], "copy_of": src}
    newest = int(k * INCIDENTS_PER_PAGE) + 60  # a backlog: the first pages tell different incidents
    main = incident(max(0, newest - min(int(rng.expovariate(0.12)), 60)))
    published = max(main["day"], DAY0 + datetime.timedelta(days=k // PAGES_PER_DAY))
    if (published - main["day"]).days > 2:
        published = main["day"] + datetime.timedelta(days=rng.randint(0, 1))
    lead, title = tell(main, published, rng, variant=rng.randrange(100))
    paras = [lead]
    details = rng.sample(DETAILS, rng.randint(1, 3))
    paras.append(" ".join(_fill(d, main, rng) for d in details))
    if rng.random() < SECOND_SHARE:
        other = incident(max(0, newest - rng.randint(0, 40)))
        if other["i"] != main["i"]:
            second, _ = tell(other, published, rng, variant=rng.randrange(100))
            paras.append("وفي سياق متصل، " + second[0:1] + second[1:])
    for c in rng.sample(CONTEXT, rng.randint(1, 2)):
        paras.append(_fill(c, main, rng))
    return {"title": title, "paragraphs": paras, "published": published, "copy_of": None}


_P = re.compile(r"^<p>.*</p>$", re.M)


def render(template: str, story: dict) -> str:
    """The story in a sample page's layout: its title, publication day and paragraphs."""
    day = story["published"].isoformat()
    title = story["title"]
    # the layout's own headline (the longest part of its <title>), wherever it is repeated
    # (title, og:title, JSON-LD, the h1 or h2 of the article)
    m = re.search(r"<title>([^<]*)</title>", template)
    head = max(re.split(r" \| | - | – | :: ", m.group(1)), key=len).strip() if m else ""
    html = template.replace(head, title) if head else template
    html = re.sub(r"\b\d{4}-\d{2}-\d{2}\b", day, html)  # meta tags, JSON-LD, <time datetime>
    html = re.sub(r'(<span class="date-simple">)[^<]*', lambda m: m.group(1) + day, html, count=1)
    body = "\n".join(f"<p>{p}</p>" for p in story["paragraphs"])
    first = _P.search(html)
    if first is None:
        return html
    html = html[:first.start()] + "\x00" + _P.sub("", html[first.end():])
    return html.replace("\x00", body, 1)


def pages(n: int, start: int, templates: list[tuple[str, str, str]]) -> Iterator[tuple[str, bytes, str]]:
    """(url, body, name) for pages start..start+n-1; ``templates``: (host, stem, html) layouts."""
    for k in range(start, start + n):
        story = article(k)
        host, stem, html = templates[random.Random(f"layout-{k}").randrange(len(templates))]
        body = render(html, story).encode("utf-8")
        yield f"https://{host}/news/{k:07d}", body, f"{stem}.html#{k}"
