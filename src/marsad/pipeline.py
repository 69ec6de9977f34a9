"""The pipeline: small components with one job each, run in order over a Document.

Every stage is registered with what it *requires* (layers or fields other stages fill) and what
it *assigns*. ``Pipeline(only=["events"])`` adds the stages events needs (quantities, dates,
entities, places, and published before dates), in registry order; with ``add_needs=False`` it
refuses in one line instead of silently returning events with no count, place or date. A stage
whose module fails to import is an error too, never a silent skip. A stage may also declare
the layers of earlier stages it *edits* (dates and places drop quantities that are a day of a
date or a village's number name): it is registered after their maker, and does not pull it in.

Components are created once per process (they load lexicons and models) and then called per
document, so a batch of 100k pages pays the loading cost once and memory stays flat.
"""
from __future__ import annotations

import gc
import importlib
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .document import Document
from .ingest.page import raw_to_document
from .ingest.readers import RawDoc, ReadError


class PipelineError(ValueError):
    """A pipeline that cannot be built as asked (unknown stage, missing need, broken module)."""


@dataclass(frozen=True)
class ComponentSpec:
    name: str
    factory: str  # "module:callable" returning a callable(doc) -> None
    requires: tuple[str, ...] = ()  # what must be filled before it runs
    assigns: tuple[str, ...] = ()  # what it fills
    edits: tuple[str, ...] = ()  # layers of earlier stages it corrects (only if they ran)


# The registry, in run order (a stage comes after everything it requires).
REGISTRY: dict[str, ComponentSpec] = {}


def register(name: str, factory: str, requires: Iterable[str] = (), assigns: Iterable[str] = (),
             edits: Iterable[str] = ()) -> ComponentSpec:
    """Add a stage to the registry (after the ones already there). Its needs, and the layers it
    edits, must be assigned by stages registered before it, so the order is always runnable and
    an edit always lands after the layer is made. An edited layer is not a need: a pipeline
    without it simply has nothing to correct."""
    requires, assigns, edits = tuple(requires), tuple(assigns), tuple(edits)
    known = {a for spec in REGISTRY.values() if spec.name != name for a in spec.assigns}
    missing = [r for r in requires + edits if r not in known]
    if missing:
        raise PipelineError(f"stage {name!r} requires {', '.join(missing)}, which no earlier stage assigns")
    spec = ComponentSpec(name, factory, requires, assigns or (name,), edits)
    REGISTRY[name] = spec
    return spec


register("published", "marsad.extract.published:PublishedDate", assigns=["published"])
register("quantities", "marsad.extract.quantities:QuantityExtractor", assigns=["quantities"])
# dates and places drop quantities that are a day number inside a date or a village's number name
register("dates", "marsad.extract.dates:DateExtractor", requires=["published"], assigns=["dates"],
         edits=["quantities"])
register("entities", "marsad.extract.entities:EntityTagger", assigns=["entities"])
register("places", "marsad.extract.places:PlaceResolver", requires=["entities"], assigns=["places"],
         edits=["quantities"])
register("events", "marsad.extract.events:EventExtractor",
         requires=["published", "quantities", "dates", "entities", "places"], assigns=["events"])

# Kept for code that listed the stages: (name, "module:factory") in run order.
COMPONENTS: list[tuple[str, str]] = [(s.name, s.factory) for s in REGISTRY.values()]


def _provider(what: str) -> str | None:
    for spec in REGISTRY.values():
        if what in spec.assigns:
            return spec.name
    return None


def resolve(only: Iterable[str] | None = None, add_needs: bool = True) -> list[str]:
    """Stage names to run, in registry order: ``only`` plus (with ``add_needs``) what they need."""
    if only is None:
        return list(REGISTRY)
    wanted = list(dict.fromkeys(only))
    unknown = [n for n in wanted if n not in REGISTRY]
    if unknown:
        raise PipelineError(f"unknown stage {unknown[0]!r} (stages: {', '.join(REGISTRY)})")
    if not add_needs:
        for name in wanted:
            missing = [p for p in (_provider(r) for r in REGISTRY[name].requires) if p not in wanted]
            if missing:
                raise PipelineError(f"stage {name!r} needs {', '.join(dict.fromkeys(missing))}: add them to the "
                                    "pipeline (or let it add them)")
    chosen: set[str] = set()
    todo = list(wanted)
    while todo:
        name = todo.pop()
        if name not in chosen:
            chosen.add(name)
            todo.extend(p for p in (_provider(r) for r in REGISTRY[name].requires) if p is not None)
    return [n for n in REGISTRY if n in chosen]


def load_component(spec: ComponentSpec) -> Callable[[Document], None]:
    mod_name, _, attr = spec.factory.partition(":")
    try:
        return getattr(importlib.import_module(mod_name), attr)()
    except Exception as e:  # noqa: BLE001 - reported as one line naming the stage
        raise PipelineError(f"stage {spec.name!r} could not be loaded from {spec.factory} "
                            f"({type(e).__name__}: {e})") from e


class Pipeline:
    """Stages run in order over a Document. ``only`` picks stages (their needs are added unless
    ``add_needs`` is false, in which case a missing need is a :class:`PipelineError`)."""

    def __init__(self, only: Iterable[str] | None = None, add_needs: bool = True):
        self.components: list[tuple[str, Callable[[Document], None]]] = [
            (name, load_component(REGISTRY[name])) for name in resolve(only, add_needs)]
        # the stages' ~160k long-lived objects (lexicons, models, gazetteer) out of the cyclic
        # collector's generations: a full collection then walks only what the documents hold
        # (bench_core: a batch of documents kept in memory ~0.9x the time; one page alone, same)
        gc.freeze()

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self.components]

    def __call__(self, doc: Document) -> Document:
        for _, comp in self.components:
            comp(doc)
        return doc

    def analyze(self, text: str, published: str | None = None, **meta) -> Document:
        """Run the pipeline over one clean text (as ``--passage`` does) and return the Document."""
        if not isinstance(text, str):
            raise TypeError("analyze() takes the text as a str")
        if published is not None:
            from .dateinput import DateError, parse_field

            try:
                parse_field(published)
            except DateError as e:  # one clear error, not an overflow deep in the date stage
                raise DateError(f"published: {e}") from None
        return self(Document(text.replace("\r\n", "\n").replace("\r", "\n"), published=published, **meta))

    def process_raw(self, raw: RawDoc, passage: bool = False, published: str | None = None) -> Document:
        doc = raw_to_document(raw, passage=passage)
        if published and not doc.published:
            doc.published = published
        return self(doc)

    def run(self, paths: Iterable[str], passage: bool = False, published: str | None = None,
            stdin_format: str = "text") -> Iterator[Document | ReadError]:
        """Stream documents (or per-document errors) from input paths, one at a time."""
        from .runner import Runner

        yield from Runner(self, passage=passage, published=published).documents(paths, stdin_format=stdin_format)
