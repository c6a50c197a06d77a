"""Translation hook for messages made below the ui layer.

Core must not import Qt, so it calls `tr`; the GUI installs Qt's translator at start-up.
Source strings are Simplified Chinese, the product's first language.
"""

from __future__ import annotations

from collections.abc import Callable


def _identity(context: str, text: str) -> str:
    return text


_translate: Callable[[str, str], str] = _identity


def install(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def tr(text: str, context: str = "core") -> str:
    return _translate(context, text)
