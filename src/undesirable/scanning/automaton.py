"""The Aho-Corasick automaton of the scan index (:mod:`undesirable.scanning.index`)."""

from __future__ import annotations

from typing import Any

import ahocorasick

MAX_KEY_CHARS = 256
"""Longest key the automaton holds (no word or domain is longer): pyahocorasick crashes the process
on keys of some hundred thousand characters."""


def build_automaton(keys: dict[str, Any]) -> Any:
    """An automaton over ``keys`` (each key's value kept), or None without a key."""
    keys = {key: value for key, value in keys.items() if len(key) <= MAX_KEY_CHARS}
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    for key, value in keys.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton
