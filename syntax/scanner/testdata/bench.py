"""A small module used to benchmark the scanner.

It mixes the constructs real code is made of: imports, classes, functions,
comprehensions, f-strings, numbers and comments.
"""
from __future__ import annotations

import os
import sys
from collections import defaultdict
from typing import Any, Iterable, Optional

MAX_ITEMS = 1_000
RATIO = 0.75
MASK = 0xFF_FF


class Inventory:
    """Keeps counts of named items."""

    def __init__(self, name: str, items: Optional[dict[str, int]] = None) -> None:
        self.name = name
        self.items = dict(items or {})
        self._log: list[str] = []

    def add(self, item: str, count: int = 1) -> int:
        # Adding a negative count is a removal in disguise.
        if count < 0:
            raise ValueError(f"count must be positive, got {count!r}")
        self.items[item] = self.items.get(item, 0) + count
        self._log.append(f"add {item} x{count:>4d} -> {self.items[item]}")
        return self.items[item]

    def remove(self, item: str, count: int = 1) -> None:
        have = self.items.get(item, 0)
        if have < count:
            raise KeyError(f"only {have} of {item!s} left in {self.name}")
        elif have == count:
            del self.items[item]
        else:
            self.items[item] = have - count

    def total(self) -> int:
        return sum(v for v in self.items.values() if v > 0)

    def __repr__(self) -> str:
        return f"Inventory({self.name!r}, {len(self.items)} items)"


def group_by_initial(words: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for w in words:
        if not w:
            continue
        groups[w[0].lower()].append(w)
    return {k: sorted(v) for k, v in groups.items()}


async def fetch_all(urls, *, limit=10, timeout=2.5):
    results = []
    async with Session(timeout=timeout) as session:
        for i, url in enumerate(urls):
            if i >= limit:
                break
            data = await session.get(url)
            results.append((url, len(data), data[:16]))
    return results


def stats(xs: list[float]) -> tuple[float, float]:
    n = len(xs)
    mean = sum(xs) / n if n else 0.0
    var = sum((x - mean) ** 2 for x in xs) / (n - 1) if n > 1 else 0.0
    return mean, var ** 0.5


if __name__ == "__main__":
    inv = Inventory("main", {"apple": 3, "pear": 5})
    inv.add("plum", 2)
    print(inv, inv.total(), stats([1.0, 2.5, 3.25e1, 4j.imag]))
    print(group_by_initial(sys.argv[1:] or ["alpha", "beta", 'gamma', "Delta"]))
    matrix = [[i * j & MASK for j in range(8)] for i in range(8)]
    flags = {"verbose": True, "path": os.environ.get("HOME", "/"), "ratio": RATIO}
    lambda_sq = lambda v: v * v  # noqa: E731
    print(b"bytes\x00\n", r"raw\d", '''triple
quoted''', flags, matrix[2][3], lambda_sq(9))
