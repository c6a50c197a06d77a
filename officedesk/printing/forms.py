"""The registry of printable forms: `print FORM ID… -o FILE.pdf` and the GUI's 打印 both use it.

A form builder takes record ids and the actor (and the form's named options, e.g. `unit`, or
`date_from`/`date_to` for a period) and returns the PDF bytes of all their papers (one document,
pages in the order of the ids). A form with `needs_ids=False` prints from its options alone
(`print bulletin --from 2026-01-01 --to 2026-12-31 -o F`). ``secrecy`` says how the form marks a
classified record (`printing.secrecy`: MARKED, COPY_NUMBERED for a 公文, FIGURES for counts
that name no record)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from officedesk.core import i18n, menu_paths
from officedesk.core.errors import ValidationError
from officedesk.core.named import named_by
from officedesk.printing import fonts, print_notes
from officedesk.printing.secrecy import MARKED

Builder = Callable[..., bytes]  # build(ids: Sequence[int], actor: Actor, **options) -> bytes

# Modules whose import registers forms; each registry issue adds its module here once.
FORM_MODULES = [
    "officedesk.printing.documents_forms",
    "officedesk.printing.meetings_forms",
    "officedesk.printing.supervision_forms",
    "officedesk.printing.supervision_bulletin",
    "officedesk.printing.petitions_forms",
    "officedesk.printing.efficiency_forms",
    "officedesk.printing.info_forms",
]


@dataclass(frozen=True)
class Form:
    name: str  # "notice"
    label: str  # "会议通知"
    registry: str  # which registry's ids it takes
    build: Builder
    options: tuple[str, ...] = ()  # option names the CLI passes: "unit", "date_from", "date_to"
    needs_ids: bool = True
    secrecy: str = MARKED


_FORMS: dict[str, Form] = {}
_loaded = False


class Printed(bytes):
    """A paper's PDF, and the characters its faces lacked (printed as empty boxes): the command
    line and the preview say so, naming them."""

    missing: str = ""
    # what the paper's layout tells the clerk (print_notes: a joint 公文's 标志 with the 主办机关
    # alone): the command line and the preview say it
    notes: tuple[str, ...] = ()
    # what this paper is called when not the form's label (a meeting's notice printed as the
    # 更正通知 or 取消通知): the command line's message names the file so
    paper_name: str = ""
    # what handing the paper out records (a 更正通知 becomes the notice people hold): run by
    # whoever hands it out — the command line once it wrote the file, the preview once it
    # printed or saved it — never by making it (a preview looked at and closed records nothing)
    on_issue: tuple[Callable[[], Any], ...] = ()
    # made with personal data unmasked (`unmasked`): the file it is written to is its owner's
    # alone (file_guard.write_in_place), as no other account of the machine may read it
    private: bool = False

    def issue(self) -> None:
        for record in self.on_issue:
            record()


def issuing(pdf: bytes, record: Callable[[], Any]) -> Printed:
    """`pdf`, with `record` to run when it is handed out (Printed.issue)."""
    printed = pdf if isinstance(pdf, Printed) else Printed(pdf)
    printed.on_issue = (*printed.on_issue, record)
    return printed


def issue(pdf: bytes) -> None:
    """Record what handing `pdf` out records (nothing for most papers)."""
    if isinstance(pdf, Printed):
        pdf.issue()


def missing_text(missing: str) -> str:
    """What a clerk is told of the characters a paper could not print."""
    return i18n.text("注意：打印字体中没有这些字，印出来是空框：%1。请在“%2”中为字体选用含有这些字的字体文件"
                     "（如 Windows 自带的 simfang.ttf、simsun.ttc）后再打印。", i18n.Verbatim("、".join(missing)),
                     menu_paths.setting_path(fonts.SETTINGS["fangsong"]))


def heiti_text(chars: str) -> str:
    """What a clerk is told of the characters printed in the 黑体 inside a line of another face."""
    return i18n.text("这些字在仿宋、楷体、宋体字体中都没有字形，已用黑体印出：%1。如需与正文字体一致，请在“%2”中"
                     "为字体选用含有这些字的字体文件（如 Windows 自带的 simfang.ttf、simsun.ttc）后再打印。",
                     i18n.Verbatim("、".join(chars)), menu_paths.setting_path(fonts.SETTINGS["fangsong"]))


def _noting(build: Builder) -> Builder:
    def made(*args: Any, **kwargs: Any) -> bytes:
        with fonts.noting_missing() as missing, fonts.noting_stand_ins() as in_heiti, \
                print_notes.noting() as notes:
            made = build(*args, **kwargs)
            if in_heiti - missing:
                print_notes.note(heiti_text("".join(sorted(in_heiti - missing))))
        pdf = made if isinstance(made, Printed) else Printed(made)
        pdf.missing = "".join(sorted(missing))
        pdf.notes = tuple(notes)
        pdf.private = pdf.private or bool(kwargs.get("unmasked"))
        return pdf

    return made


def form(name: str, label: str, registry: str, options: tuple[str, ...] = (),
         needs_ids: bool = True, secrecy: str = MARKED) -> Callable[[Builder], Builder]:
    def decorate(build: Builder) -> Builder:
        _FORMS[name] = Form(name, label, registry, _noting(build), options, needs_ids, secrecy)
        return build

    return decorate


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    for module in FORM_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:  # a missing dependency, not a form module yet to be written
                raise
    _loaded = True


def get(name: str) -> Form:
    """The paper of that name: its English one (`incoming-slip`) or its title (`收文处理笺`, the
    words in brackets left out or not: `公文` or `公文（正式文件）`)."""
    load_all()
    found = _FORMS.get(name) or named_by(_FORMS.values(), name, _aliases)
    if found is None:
        known = "、".join(f"{form.name}（{form.label}）" for form in sorted(_FORMS.values(), key=lambda f: f.name))
        raise ValidationError(i18n.text("没有名为“%1”的打印单。可用的有：%2", name, known))
    return found


def _aliases(form: Form) -> tuple[str, str]:
    return form.label, re.sub(r"（[^）]*）", "", form.label)


def for_registry(registry: str) -> list[Form]:
    load_all()
    return [f for f in _FORMS.values() if f.registry == registry]


def all_forms() -> list[Form]:
    load_all()
    return sorted(_FORMS.values(), key=lambda f: f.name)
