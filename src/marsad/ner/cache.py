"""A per-spelling memo on a plain dict.

functools.lru_cache keeps one linked-list node (a list the garbage collector tracks) per entry;
with several per-word caches of tens of thousands of entries, every full collection walks them
all, which cost the NER stage a measurable share of its time. A dict holding strings and tuples
of strings costs the collector one object. When full it is emptied (per-word values are cheap
to recompute). ``cache_info``/``cache_clear`` look like lru_cache's, so benchmarks that empty
per-word caches for a cold pass find these too.
"""
from __future__ import annotations

from collections import namedtuple
from typing import Callable, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")
_Info = namedtuple("_Info", "hits misses maxsize currsize")


class DictCache(Generic[K, V]):
    def __init__(self, fn: Callable[[K], V], maxsize: int = 200_000):
        self.fn, self.maxsize, self.data = fn, maxsize, {}
        self.__wrapped__ = fn
        self.__doc__ = fn.__doc__

    def __call__(self, key: K) -> V:
        try:
            return self.data[key]
        except KeyError:
            if len(self.data) >= self.maxsize:
                self.data.clear()
            v = self.data[key] = self.fn(key)
            return v

    def cache_info(self) -> _Info:
        return _Info(0, 0, self.maxsize, len(self.data))

    def cache_clear(self) -> None:
        self.data.clear()
