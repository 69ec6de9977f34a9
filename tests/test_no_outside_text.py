"""The repo holds only what we write (BRIEF): no git-tracked text file that contains Arabic shares a run of
five consecutive words with a news_dev passage. Five words is short enough to catch a sentence adapted
from news_dev and its stock formulas alike; the full names of bodies are one word each, since a name is
not copied text. Held-out files are reported by name only: nobody may read what they share. The tests'
own sentences (tests/**/*.py) are held to the same rule against the SEEN probe sets' passages too (a test
must say what it checks in its own words, not replay the passage a rule was written from); held-out gold
is never opened for it."""
from __future__ import annotations

import ast
import hashlib
import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEWS_DEV = ROOT.parent / "shared" / "data" / "news_dev" / "gold.jsonl"
PROBES = ROOT / "benchmarks" / "data" / "events_probe"
# SEEN_SHARED: the runs test files shared with seen probe passages when the check came (stop 34), as digests (no
# text), per file: the backlog to reword. A run outside it fails; a reworded file's entry is deleted.
SEEN_SHARED = ROOT / "tests" / "seen_probe_shared.json"
N = 5

# the full names of bodies, each collapsed into one token (a clitic before the first word allowed)
BODIES = (
    "المرصد السوري لحقوق الإنسان",
    "الشبكة السورية لحقوق الإنسان",
    "الدفاع المدني السوري",
    "الجيش العربي السوري",
    "قوات سوريا الديمقراطية",
    "الوكالة العربية السورية للأنباء",
    "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
    "ي ب ك بي كا كا",  # the YPG/PKK as Turkish agencies write it («ي ب ك/بي كا كا»: the slash splits it)
)

# PENDING_LEAD: held-out files this test flags (stop 32). Nobody but the lead may open them, so only their names
# are known here; the lead rewords them, then deletes each name (the set is to end empty). Skipped until then.
PENDING_LEAD: set[str] = set()

_ESCAPES = ("\\n", "\\r", "\\t", '\\"', "\\\\", "\\/")  # a JSON or Python string's escapes are spaces too
_PUNCT = str.maketrans({c: " " for c in "«»\"()[]'،,.:؛!?؟-–/"})
_ARABIC = re.compile("[\u0600-\u06ff]")


def _body_pattern(name: str) -> re.Pattern:
    first, *rest = name.split()
    if first.startswith("ال"):
        head = r"[وف]?(?:[بك]?ال|لل)" + re.escape(first[2:])
    else:
        head = r"[وف]?[بلك]?" + re.escape(first)
    return re.compile(r"(?<!\S)" + head + "".join(r"\s+" + re.escape(w) for w in rest) + r"(?!\S)")


_BODY = [(name.split()[1:], _body_pattern(name), f"⟨{i}⟩") for i, name in enumerate(BODIES)]


def words(text: str) -> list[str]:
    for e in _ESCAPES:
        text = text.replace(e, " ")
    text = text.translate(_PUNCT)
    for rest, pattern, token in _BODY:
        if all(w in text for w in rest):  # the regex only where the name can be (keeps the scan fast)
            text = pattern.sub(token, text)
    return text.split()


def runs(text: str, n: int = N, vocab: set[str] | None = None) -> set[str]:
    """Every run of n words; with a vocab, only the runs whose words are all in it (all a match needs)."""
    w = words(text)
    if vocab is None:
        return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}
    out, streak = set(), 0
    for i, x in enumerate(w):
        streak = streak + 1 if x in vocab else 0
        if streak >= n:
            out.add(" ".join(w[i - n + 1:i + 1]))
    return out


def news_dev_runs(n: int = N) -> set[str]:
    grams: set[str] = set()
    for line in NEWS_DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            grams |= runs(json.loads(line)["text"], n)
    return grams


def _held_out_numbers() -> set[int]:
    src = (ROOT / "benchmarks" / "bench_events.py").read_text(encoding="utf-8")
    node = next(n for n in ast.parse(src).body if isinstance(n, ast.Assign) and
                any(getattr(t, "id", None) == "HELD_OUT" for t in n.targets))
    return {int(s.removeprefix("probe")) for s in ast.literal_eval(node.value)}


def held_out(path: str, numbers: set[int]) -> bool:
    """A held-out set's passages, gold or second coding, or HELD_OUT.md: flagged by name, never shown."""
    name = Path(path).name
    if "held_out" in name.lower():
        return True
    m = re.fullmatch(r"(?:build|gold)(\d+)\.(?:py|jsonl)", name)
    return bool(m) and "events_probe" in path and int(m.group(1)) in numbers


def seen_probe_golds(numbers: set[int]) -> list[Path]:
    """The seen sets' gold files (gold.jsonl is set `probe`; goldN.jsonl is probeN when N is not held out).
    Chosen by name, so a held-out set's file is never opened."""
    out = []
    for p in sorted(PROBES.glob("gold*.jsonl")):
        m = re.fullmatch(r"gold(\d*)\.jsonl", p.name)
        if m and not (m.group(1) and int(m.group(1)) in numbers) and not held_out(str(p.relative_to(ROOT)), numbers):
            out.append(p)
    return out


def seen_probe_runs(n: int = N) -> set[str]:
    grams: set[str] = set()
    for path in seen_probe_golds(_held_out_numbers()):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                grams |= runs(json.loads(line)["text"], n)
    return grams


def digest(run: str) -> str:
    return hashlib.sha1(run.encode("utf-8")).hexdigest()[:12]


def shared_with_seen_probes(files: dict[str, str]) -> dict[str, set[str]]:
    """Each test file (tests/**/*.py) and its runs shared with a seen probe passage."""
    grams = seen_probe_runs()
    vocab = {x for g in grams for x in g.split()}
    found = {}
    for path, text in files.items():
        if path.startswith("tests/") and path.endswith(".py"):
            hit = runs(text, N, vocab) & grams
            if hit:
                found[path] = hit
    return found


def tracked_arabic_files() -> dict[str, str]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    files = {}
    for path in out.decode("utf-8").split("\0"):
        p = ROOT / path
        if not path or not p.is_file():
            continue
        try:
            text = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # not a text file
        if _ARABIC.search(text):
            files[path] = text
    return files


def shared_runs(files: dict[str, str] | None = None) -> dict[str, set[str]]:
    """Each flagged file and its runs shared with news_dev (an empty set for a held-out file: name only)."""
    grams = news_dev_runs()
    vocab = {x for g in grams for x in g.split()}
    numbers = _held_out_numbers()
    found = {}
    for path, text in (tracked_arabic_files() if files is None else files).items():
        hit = runs(text, N, vocab) & grams
        if hit:
            found[path] = set() if held_out(path, numbers) else hit
    return found


def test_the_tokeniser_collapses_names_and_drops_punctuation():
    assert words("قال «المرصد السوري لحقوق الإنسان»، اليوم:") == ["قال", "⟨0⟩", "اليوم"]
    assert words("وللمرصد السوري لحقوق الإنسان والدفاع المدني السوري") == ["⟨0⟩", "⟨2⟩"]
    assert words("مدير مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية") == ["مدير", "⟨6⟩"]
    assert words("كلمة\\nكلمة (أخرى) - ثالثة") == ["كلمة", "كلمة", "أخرى", "ثالثة"]
    assert words("في منتصف آذار/مارس") == ["في", "منتصف", "آذار", "مارس"]  # a slash splits the month's two names
    assert runs("أ ب ج د هـ و", 5) == {"أ ب ج د هـ", "ب ج د هـ و"}
    assert runs("أ ب ج د هـ و ز", 5, vocab={"أ", "ب", "ج", "د", "هـ", "ز"}) == {"أ ب ج د هـ"}


def test_held_out_files_are_known_by_name():
    numbers = {22, 61}
    assert held_out("benchmarks/data/events_probe/build22.py", numbers)
    assert held_out("benchmarks/data/events_probe/gold61.jsonl", numbers)
    assert held_out("benchmarks/data/events_probe/HELD_OUT.md", numbers)
    assert not held_out("benchmarks/data/events_probe/gold21.jsonl", numbers)


def test_no_tracked_file_shares_five_words_with_news_dev():
    if not NEWS_DEV.exists():
        pytest.skip(f"{NEWS_DEV} is absent (../shared not mounted): nothing to compare with")
    files = tracked_arabic_files()
    # the scan sees the repo (counts and flags only: an assertion must never print a held-out file's text)
    scanned, sees_tests = len(files), "tests/test_probe_set.py" in files
    assert scanned > 100 and sees_tests, (scanned, sees_tests)
    found = shared_runs(files)
    del files
    held = sorted(p for p, hit in found.items() if not hit and p not in PENDING_LEAD)
    seen = {p: sorted(hit) for p, hit in found.items() if hit}
    assert not held, f"held-out files share a five-word run with news_dev (the lead rewords them): {held}"
    assert not seen, "files share five-word runs with news_dev:\n" + "\n".join(
        f"{p}: {r}" for p, r in sorted(seen.items()))


def test_pending_lead_lists_only_held_out_files():
    numbers = _held_out_numbers()
    assert all(held_out(p, numbers) and (ROOT / p).is_file() for p in PENDING_LEAD)


def test_seen_probe_golds_leave_out_held_out_sets():
    numbers = _held_out_numbers()
    golds = [p.name for p in seen_probe_golds(numbers)]
    assert "gold.jsonl" in golds and "gold21.jsonl" in golds and len(golds) > 40, len(golds)
    assert not any(re.fullmatch(r"gold(\d+)\.jsonl", g) and int(g[4:-6]) in numbers for g in golds)
    assert not any("held_out" in g for g in golds)


def test_tests_share_no_five_words_with_seen_probe_passages():
    known = {p: set(ds) for p, ds in json.loads(SEEN_SHARED.read_text(encoding="utf-8")).items()}
    found = shared_with_seen_probes(tracked_arabic_files())
    new = {p: sorted(r for r in hit if digest(r) not in known.get(p, ())) for p, hit in found.items()}
    new = {p: r for p, r in new.items() if r}
    assert not new, "test files share five-word runs with seen probe passages (say it in your own words):\n" + \
        "\n".join(f"{p}: {r}" for p, r in sorted(new.items()))
    # the backlog only shrinks: a digest no file shares any more is deleted, so a reworded run cannot come back under it
    have = {p: {digest(r) for r in hit} for p, hit in found.items()}
    stale = {p: len(ds - have.get(p, set())) for p, ds in known.items() if ds - have.get(p, set())}
    assert not stale, f"delete the digests these files no longer share from {SEEN_SHARED.name}: {sorted(stale.items())}"


def test_a_seen_passage_quoted_in_a_test_is_caught():
    line = next(x for x in (PROBES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip())
    passage = json.loads(line)["text"]  # (read at run time: the passage is never written here)
    found = shared_with_seen_probes({"tests/x/test_y.py": f"T = {passage!r}", "src/z.py": f"T = {passage!r}",
                                     "tests/x/test_own.py": 'T = "كلام من عندنا لا يشبه شيئاً"'})
    assert list(found) == ["tests/x/test_y.py"] and len(found["tests/x/test_y.py"]) > 3
