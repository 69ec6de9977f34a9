"""Typed shapes of the contract's records (../shared/CONTRACT.md), for readers and type checkers.

They are ``TypedDict``s, not classes: a record stays the plain dict that JSON, the store and the
web already exchange, while code that builds or reads one gets its field names checked. Stages
may add fields (the contract allows it); ``total=False`` marks the optional ones.
"""
from __future__ import annotations

from typing import Any, TypedDict


class Span(TypedDict):
    start: int
    end: int
    surface: str  # always text[start:end]


class Quantity(Span):
    low: float | None
    high: float | None
    approx: bool
    kind: str  # count, percent, fraction, money, distance, duration, ordinal, other
    unit: str | None
    counted: str | None


class DateMention(Span, total=False):
    value: str | None  # ISO at its grain
    grain: str  # year, month, week, day
    part: str  # mid, early, late


class Entity(Span, total=False):
    type: str  # PER, ORG, LOC, MISC
    name: str  # the name with an unwritten article restored


class Place(Span, total=False):
    id: str
    name_ar: str
    name_en: str
    admin1_en: str | None
    admin2_en: str | None
    country: str
    kind: str
    lat: float | None
    lon: float | None
    confidence: float


class Figure(TypedDict):
    low: float | None
    high: float | None
    approx: bool


class Mention(Span):
    pass


class Actor(TypedDict, total=False):
    surface: str
    role: str  # agent, target, source
    canonical: str | None


class Event(Span, total=False):
    kind: str  # incident, aggregate
    type: str
    subtype: str | None
    trigger: str
    mentions: list[Mention]
    group: str | None
    count: Figure | None
    fatalities: Figure | None
    injured: Figure | None
    breakdown: list[dict[str, Any]]
    actors: list[Actor]
    place: Place | None
    date: str | None
    date_grain: str | None
    date_source: str | None
    period: dict[str, str | None] | None
    reported_by: dict[str, Any] | None
    modality: str
    background: bool
    confidence: float


class Embed(TypedDict):
    platform: str
    text: str
    author: str | None
    handle: str | None
    date: str | None
    url: str | None


class Related(TypedDict):
    title: str
    text: str


# Layer name -> record type (what ``doc[layer]`` holds).
LAYER_TYPES: dict[str, type] = {
    "quantities": Quantity, "dates": DateMention, "entities": Entity, "places": Place, "events": Event,
}
