"""Count the messages made below the window (core, exchange, store, printing's refusals) that the
English window would still show in Chinese.

    python scripts/count_core_chinese.py            # the count, by file
    python scripts/count_core_chinese.py --list     # every message site, file:line and its text
    python scripts/count_core_chinese.py --file officedesk/exchange/report.py --list

A message site is the text given to an error (any call of a name ending in ``Error``: raised,
kept or returned), the reason of an import problem (``RowProblem(row, column, reason)``) and
every ``text(pattern, …)`` of the catalogue. It reads in English when it is a fixed text or a
``text()`` pattern the glossaries (resources/translations/en_glossary*.py) have — in the form
the window shows, without the command line's “（命令行：…）” (core/cli_words.for_window); it stays
Chinese when it is an f-string, a concatenation, or a text the glossaries lack. A site whose
text is a variable is not counted (its value is made, and counted, elsewhere). CLI-only modules
(officedesk/cli*.py) and the window (officedesk/ui) are not read.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from fill_translations import load_glossary  # noqa: E402

CJK = re.compile(r"[\u3400-\u9fff]")


def _for_window(text: str) -> str:
    sys.path.insert(0, str(ROOT))
    from officedesk.core.cli_words import for_window

    return for_window(text)
READ = ("core", "exchange", "store", "printing", "demo")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _catalogue_call(node: ast.expr) -> bool:
    """A call of the catalogue's text() (imported, or as i18n.text), not a paper's own .text()."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "text") or (
        isinstance(func, ast.Attribute) and func.attr == "text"
        and isinstance(func.value, ast.Name) and func.value.id == "i18n")


def _constant(node: ast.expr) -> str | None:
    """A literal str, or literals joined by + (implicit concatenation is one Constant)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _constant(node.left), _constant(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _chinese(node: ast.expr) -> bool:
    return any(isinstance(n, ast.Constant) and isinstance(n.value, str) and CJK.search(n.value)
               for n in ast.walk(node))


def classify(node: ast.expr, glossary: dict) -> tuple[str, str] | None:
    """('english' | 'chinese', shown) for a message argument; None when it says nothing here."""
    fixed = _constant(node)
    if fixed is not None:
        if not CJK.search(fixed):
            return None
        return ("english" if _for_window(fixed) in glossary else "chinese"), fixed
    if _catalogue_call(node) and node.args:  # type: ignore[attr-defined]
        pattern = _constant(node.args[0])
        if pattern is None:
            return ("chinese", ast.unparse(node.args[0])) if _chinese(node.args[0]) else None
        return ("english" if _for_window(pattern) in glossary else "chinese"), pattern
    if isinstance(node, (ast.JoinedStr, ast.BinOp)) and _chinese(node):
        return "chinese", ast.unparse(node)
    if isinstance(node, ast.IfExp):
        found = [classify(n, glossary) for n in (node.body, node.orelse)]
        found = [f for f in found if f]
        if found:
            return ("chinese" if any(f[0] == "chinese" for f in found) else "english"), found[0][1]
    return None


def sites(path: Path, glossary: dict) -> list[tuple[int, str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str, str]] = []
    seen: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        argument: ast.expr | None = None
        if name.endswith("Error") and node.args:
            argument = node.args[0]
        elif name == "RowProblem":
            argument = node.args[2] if len(node.args) > 2 else next(
                (k.value for k in node.keywords if k.arg == "reason"), None)
        elif _catalogue_call(node) and node.args:
            argument = node
        if argument is None or id(argument) in seen:
            continue
        seen.add(id(argument))
        result = classify(argument, glossary)
        if result:
            found.append((node.lineno, *result))
    # a text() given to an error is one site, not two
    unique: dict[tuple[int, str], tuple[int, str, str]] = {}
    for line, kind, shown in found:
        unique.setdefault((line, shown), (line, kind, shown))
    return sorted(unique.values())


def files(only: list[str]) -> list[Path]:
    if only:
        return [ROOT / f for f in only]
    return sorted(p for part in READ for p in (ROOT / "officedesk" / part).rglob("*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="every Chinese site, file:line")
    parser.add_argument("--file", action="append", default=[], help="only these files")
    args = parser.parse_args(argv)
    glossary = load_glossary()
    counts: Counter[str] = Counter()
    english = 0
    for path in files(args.file):
        name = str(path.relative_to(ROOT))
        for line, kind, shown in sites(path, glossary):
            if kind == "english":
                english += 1
                continue
            counts[name] += 1
            if args.list:
                print(f"{name}:{line}: {shown[:110]!r}")
    for name, count in counts.most_common():
        print(f"{count:5d}  {name}")
    print(f"core messages still Chinese in the English window: {sum(counts.values())} "
          f"(in English: {english})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
