"""Events (contract v2): one record per real-world incident, ACLED-coded, every telling kept.

Split by concern: vocab (the data files), context (one document's sorted layers), mentions
(triggers), modality, arguments (figure, place, date, period), attribution (reported_by), actors,
incidents (resolution within the document), extractor (the pipeline component).
"""
from .extractor import NOT_HAPPENED, EventExtractor, happened
from .vocab import EVENT_TYPES, counted_class, counted_gloss, load_actors, load_cues, load_types

__all__ = ["EVENT_TYPES", "NOT_HAPPENED", "EventExtractor", "counted_class", "counted_gloss", "happened",
           "load_actors", "load_cues", "load_types"]
