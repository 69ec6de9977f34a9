"""Events (contract v2): one record per real-world incident, ACLED-coded, every telling kept.

Split by concern: vocab (the data files), context (one document's sorted layers), mentions
(triggers), modality, arguments (figure, place, date, period), attribution (reported_by), actors,
incidents (resolution within the document), extractor (the pipeline component).
"""
from pathlib import Path

from ...build_info import guard_events

# setup.py compiles this package (mypyc) as one group; an edit since that build makes every module
# load from its source instead (all or nothing: build_info.guard_events). This module stays pure.
BUILD = guard_events(__name__, Path(__file__).resolve().parent)

from .extractor import NOT_HAPPENED, EventExtractor, happened  # noqa: E402
from .vocab import EVENT_TYPES, counted_class, counted_gloss, load_actors, load_cues, load_types  # noqa: E402

if BUILD == "compiled" and __name__ == "marsad.extract.events":
    _Compiled = EventExtractor

    class EventExtractor:  # type: ignore[no-redef]
        """The compiled stage, with the source as its fallback: mypyc checks at run time the types the
        source only states, so a value the annotations did not foresee stops the compiled code where
        Python goes on. Then the text is read again by the source (the truth), and a note says so."""

        def __init__(self) -> None:
            self._ex = self._source = None
            try:
                self._ex = _Compiled()
            except Exception as err:  # noqa: BLE001 - the source decides what really happens
                self._fall_back(err)

        def _fall_back(self, err: Exception) -> None:
            if self._source is None:
                import sys

                from ...build_info import events_source_copy

                self._source = events_source_copy().EventExtractor()
                print(f"marsad: the compiled events stage failed ({type(err).__name__}: {err}); "
                      "reading with the source instead (please report)", file=sys.stderr)

        def __call__(self, doc) -> None:
            for rec in self.extract(doc):
                doc.add("events", rec)

        def extract(self, doc, ctx=None) -> list[dict]:
            if self._ex is not None:
                try:
                    return self._ex.extract(doc, ctx)
                except Exception as err:  # noqa: BLE001
                    self._fall_back(err)
            return self._source.extract(doc)

        @property
        def v(self):
            return (self._ex or self._source).v

__all__ = ["EVENT_TYPES", "NOT_HAPPENED", "EventExtractor", "counted_class", "counted_gloss", "happened",
           "load_actors", "load_cues", "load_types"]
