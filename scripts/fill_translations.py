"""Fill the English translation source from the glossary.

    python scripts/build_translations.py              # lupdate: new strings arrive unfinished
    python scripts/fill_translations.py               # fill them from the glossary
    python scripts/build_translations.py --no-update  # lrelease: compile the .qm

Reads resources/translations/officedesk_en.ts, gives every message whose source text is in
resources/translations/en_glossary.py (GLOSSARY: Chinese -> English) the glossary's English
and marks it finished. The glossary is authoritative: a finished translation that differs from
it is brought in line. Sources missing from the glossary stay unfinished and are listed; the exit
status is 1 when any are missing (with --check, also when the .ts would change).

Runtime fallback: some GUI text reaches Qt under a context lupdate cannot see (strings passed
through helper functions such as _tr(), labels taken from lists, `parent.tr`). The context-free
context "" therefore also holds every glossary entry; officedesk.ui.i18n looks there when the
exact context has no translation. lupdate drops these extra messages (-no-obsolete) on each
update, and this script puts them back, so always run it after build_translations.py.

A glossary file may also hold IN_CONTEXT: {(context, Chinese): English}, the English of a source
in one context only (通讯录's sub-tab 单位 reads “Units”, the field 单位 “Unit” everywhere else).
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "officedesk_en.ts"
GLOSSARY = ROOT / "resources" / "translations" / "en_glossary.py"
FALLBACK_CONTEXT = ""
FALLBACK_NOTE = "fallback: any context (see scripts/fill_translations.py)"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+|Ln)")

Entry = str | tuple[str, ...]


def _glossary_file(path: Path) -> dict[str, Entry]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.GLOSSARY)


def load_glossary(path: Path = GLOSSARY) -> dict[str, Entry]:
    """en_glossary.py, then every en_glossary_<area>.py beside it (one per part of the program,
    so that work on different parts adds to different files)."""
    glossary = _glossary_file(path)
    for extra in sorted(path.parent.glob(path.stem + "_*.py")):
        glossary.update(_glossary_file(extra))
    return glossary


def load_in_context(path: Path = GLOSSARY) -> dict[tuple[str, str], Entry]:
    """The IN_CONTEXT entries of every glossary file (see the module's note)."""
    found: dict[tuple[str, str], Entry] = {}
    for file in [path, *sorted(path.parent.glob(path.stem + "_*.py"))]:
        spec = importlib.util.spec_from_file_location(file.stem, file)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found.update(getattr(module, "IN_CONTEXT", {}))
    return found


def placeholders(text: str) -> list[str]:
    """The placeholders of a text, sorted: %1 … %99, %n (order may change in English)."""
    return sorted(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def problems(source: str, english: Entry) -> list[str]:
    """Why a glossary entry does not fit its source (empty when it does)."""
    found = []
    forms = (english,) if isinstance(english, str) else english
    for form in forms:
        if not form and source:
            found.append("empty translation")
        if placeholders(form) != placeholders(source):
            found.append(f"placeholders {placeholders(form)} != {placeholders(source)}")
        if accelerators(form) != accelerators(source):
            found.append("&-accelerator differs")
        if form.count("\n") != source.count("\n"):
            found.append("newlines differ")
    return found


def _set_translation(message: ET.Element, english: Entry) -> bool:
    """Put the English into the message; True when the message changed."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    before = _content(translation)
    if message.get("numerus") == "yes":
        forms = [english] if isinstance(english, str) else list(english)
        existing = translation.findall("numerusform")
        count = max(len(existing), 2)
        for form in existing:
            translation.remove(form)
        translation.text = None
        for index in range(count):
            ET.SubElement(translation, "numerusform").text = forms[min(index, len(forms) - 1)]
    else:
        translation.text = english if isinstance(english, str) else english[-1]
    translation.attrib.pop("type", None)
    return _content(translation) != before


def _content(translation: ET.Element) -> tuple[str | None, ...]:
    forms = [form.text or "" for form in translation.findall("numerusform")]
    text = None if forms else (translation.text or "")
    return (translation.get("type"), text, *forms)


def _is_fallback(message: ET.Element) -> bool:
    return message.find("location") is None and message.findtext("extracomment") == FALLBACK_NOTE


def fill(tree: ET.ElementTree, glossary: dict[str, Entry],
         in_context: dict[tuple[str, str], Entry] | None = None) -> dict[str, list[str]]:
    root = tree.getroot()
    report: dict[str, list[str]] = {"filled": [], "updated": [], "missing": [], "fallback": []}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            if _is_fallback(message):
                continue
            source = message.findtext("source") or ""
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") == "unfinished"
            english = (in_context or {}).get((name, source), glossary.get(source))
            if english is None:
                if unfinished:
                    report["missing"].append(source)
                continue
            if _set_translation(message, english):
                report["filled" if unfinished else "updated"].append(source)
    _sync_fallback(root, glossary, report)
    return report


def _sync_fallback(root: ET.Element, glossary: dict[str, Entry], report: dict[str, list[str]]):
    """The "" context holds every glossary entry once (extracted ones count)."""
    context = next(
        (c for c in root.findall("context") if (c.findtext("name") or "") == FALLBACK_CONTEXT),
        None,
    )
    if context is None:
        context = ET.Element("context")
        ET.SubElement(context, "name").text = FALLBACK_CONTEXT or None
        root.insert(0, context)
    present = set()
    for message in context.findall("message"):
        source = message.findtext("source") or ""
        if _is_fallback(message) and (source not in glossary or source in present):
            context.remove(message)  # gone from the glossary, or a duplicate
            continue
        present.add(source)
        if _is_fallback(message) and _set_translation(message, glossary[source]):
            report["fallback"].append(source)
    for source, english in glossary.items():
        if source in present:
            continue
        message = ET.SubElement(context, "message")
        if "%n" in source:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "extracomment").text = FALLBACK_NOTE
        _set_translation(message, english)
        report["fallback"].append(source)


def _escape(text: str) -> str:
    """As lupdate writes text and attributes."""
    text = (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )
    return "".join(c if c.isprintable() or c == "\n" else f"&#x{ord(c):x};" for c in text)


def _element(element: ET.Element, depth: int, out: list[str]) -> None:
    pad = "    " * depth
    attributes = "".join(f' {k}="{_escape(v)}"' for k, v in element.attrib.items())
    children = list(element)
    if element.tag == "location":
        out.append(f"{pad}<location{attributes}/>\n")
    elif not children:
        out.append(
            f"{pad}<{element.tag}{attributes}>{_escape(element.text or '')}</{element.tag}>\n"
        )
    else:
        out.append(f"{pad}<{element.tag}{attributes}>\n")
        for child in children:
            _element(child, depth + 1, out)
        out.append(f"{pad}</{element.tag}>\n")


def serialize(root: ET.Element) -> str:
    """The .ts text in lupdate's layout (contexts unindented), so updates diff cleanly."""
    attributes = "".join(f' {k}="{_escape(v)}"' for k, v in root.attrib.items())
    out = [HEADER, f"<{root.tag}{attributes}>\n"]
    for context in root:
        _element(context, 0, out)
    out.append(f"</{root.tag}>\n")
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ts", type=Path, default=TS)
    parser.add_argument("--glossary", type=Path, default=GLOSSARY)
    parser.add_argument("--check", action="store_true", help="change nothing; fail if needed")
    args = parser.parse_args(argv)

    glossary = load_glossary(args.glossary)
    in_context = load_in_context(args.glossary)
    bad = {s: p for s, e in [*glossary.items(), *((s, e) for (_c, s), e in in_context.items())]
           if (p := problems(s, e))}
    for source, found in bad.items():
        print(f"glossary: {source!r}: {'; '.join(found)}", file=sys.stderr)
    if bad:
        return 2
    before = args.ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(before.encode("utf-8")))
    report = fill(tree, glossary, in_context)
    after = serialize(tree.getroot())
    messages = sum(1 for _ in tree.getroot().iter("message"))
    unfinished = sum(1 for t in tree.getroot().iter("translation") if t.get("type") == "unfinished")
    print(
        f"{args.ts.name}: {messages} messages; filled {len(report['filled'])}, "
        f"updated {len(report['updated'])}, fallback entries changed {len(report['fallback'])}; "
        f"still unfinished {unfinished}"
    )
    for source in dict.fromkeys(report["missing"]):
        print(f"  missing: {source!r}")
    if args.check:
        return 1 if unfinished or after != before else 0
    if after != before:
        args.ts.write_text(after, encoding="utf-8")
    return 1 if unfinished else 0


if __name__ == "__main__":
    raise SystemExit(main())
