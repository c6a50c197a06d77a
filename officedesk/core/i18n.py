"""Translation hook for messages made below the ui layer.

Core must not import Qt, so it calls `tr`; the GUI installs Qt's translator at start-up.
Source strings are Simplified Chinese, the product's first language.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text


def install(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def tr(text: str, context: str = "core") -> str:
    return _translate(context, text)
