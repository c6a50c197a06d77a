"""Rules of the documents themselves, shared by 收文 and 发文 (《党政机关公文处理工作条例》,
保密法): the 保密期限 goes with the 密级; a 请示 goes to one 主送机关 and is signed by the
office's 主要负责人; who may sign what is a setting; a 令 is numbered in a sequence of its own."""

from __future__ import annotations

import re
from typing import Any

from officedesk.core import i18n, menu_paths, records, settings, typed_numbers
from officedesk.core.errors import ValidationError

# 保密法: unless the document says otherwise
STATUTORY_TERMS = {"绝密": "30年", "机密": "20年", "秘密": "10年"}

PRINCIPAL = settings.declare(
    "documents.principal",
    str,
    "",
    "本机关主要负责人",
    "公文",
    help="请示由主要负责人签发（《党政机关公文处理工作条例》）；填写后，其他人签发请示将被拒绝。",
    blank="留空：请示的签发人不限",
)
SIGNERS = settings.declare(
    "documents.signers",
    str,
    "",
    "可签发其他公文的负责人",
    "公文",
    help="每行一个姓名；留空则不限。主要负责人总可以签发。",
    lines=True,
    blank="每行一个姓名；留空则不限",
)
COMMAND_PREFIX = settings.declare(
    "documents.command_prefix",
    str,
    "",
    "命令（令）令号前缀",
    "编号",
    help="令号单独编号（GB/T 9704 §10.2），不占发文字号；留空为机关代字加“令”（如 某委办令）。"
    "公文上印作“第N号”。",
    blank="留空：机关代字加“令”",
)

# check_signer reads one name a line, the 主要负责人 as one name
settings.list_check(SIGNERS.key, "姓名", max_length=50, separators="\n")
settings.list_check(PRINCIPAL.key, "姓名", max_length=50, separators="")

# between two 主送机关: the list marks, and a space (full-width too), a slash or a colon, which a
# 请示 must not use to name a second office (条例第十五条: 只主送一个上级机关)
_SEPARATORS = re.compile(r"[，,、；;\s/／：:|｜]+")


def secrecy_term(values: dict[str, Any], existing: Any) -> None:
    """A record rule: 非密 carries no 保密期限; a classified document without one gets the
    statutory term, and keeps it as its own only while the 密级 stays: a 密级 changed carries a
    term that was the old level's statutory one over to the new level's (one typed otherwise is
    kept). A term longer than the level allows is refused (《保密法》)."""
    secrecy = records.pick(values, existing, "secrecy") or "非密"
    given = "secrecy_term" in values
    term = str((values.get("secrecy_term") if given else records.pick(values, existing, "secrecy_term")) or "").strip()
    if secrecy == "非密":
        if given and term:
            raise ValidationError("非密文件不标保密期限，请清空“保密期限”或改正“密级”。", "secrecy_term")
        if term:  # it was classified before: the term goes with the 密级
            values["secrecy_term"] = ""
        return
    old = (existing.secrecy or "非密") if existing is not None else secrecy
    if not given and old != secrecy and term == STATUTORY_TERMS.get(old):
        term = ""  # the old level's default, not a term of the document's own
    if not term and secrecy in STATUTORY_TERMS:
        term = values["secrecy_term"] = STATUTORY_TERMS[secrecy]
    if given or old != secrecy or existing is None:  # a stored term is not judged again
        _within_limit(secrecy, term, given)


def _years(term: str) -> int | None:
    """The years of a term written as “N年” (None for a date, a condition, 长期 …)."""
    found = _TERM_YEARS.match(term.translate(_FULL_WIDTH_DIGITS))
    return int(found.group(1)) if found else None


def _within_limit(secrecy: str, term: str, given: bool) -> None:
    limit = _years(STATUTORY_TERMS.get(secrecy, ""))
    years = _years(term)
    if limit is None or years is None or years <= limit:
        return
    what = "保密期限" if given else i18n.text("这份文件的保密期限“%1”", term)
    also = "" if given else "（改密级时一并填写“保密期限”）"
    raise ValidationError(i18n.text(
        "%1超出了%2级的最长期限：《保密法》规定，除另有规定外，%2级国家秘密的保密期限不超过 %3 年。"
        "请把“保密期限”改为不超过 %3 年%4，或核对“密级”。", what, secrecy, limit, also), "secrecy_term")


_TERM_YEARS = re.compile(r"^\s*(\d+)\s*年\s*$")
_ENGLISH_YEARS = re.compile(r"^\s*(\d+)\s*(?:years?|yrs?\.?)\s*$", re.IGNORECASE)


def term_words(term: str) -> Any:
    """A 保密期限 as the window reads it: “N年” (the statutory 10年 core writes, or one typed so)
    as N years; any other term (a date, 长期, a condition) as written."""
    years = _years(term)
    return i18n.worded(term, "%1年（保密期限）", years) if years is not None else term


def tidy_term(term: str) -> str:
    """A term typed as the English window shows it (10 years) kept as the paper prints it: 10年."""
    found = _ENGLISH_YEARS.match(term)
    return f"{found.group(1)}年" if found else term
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def organs(text: str | None) -> list[str]:
    return [part.strip() for part in _SEPARATORS.split(text or "") if part.strip()]


def one_main_organ(values: dict[str, Any], existing: Any) -> None:
    """A record rule: a 请示 goes to one 主送机关 (一文一事, 只主送一个上级机关)."""
    if records.pick(values, existing, "kind") != "请示":
        return
    found = organs(records.pick(values, existing, "main_to"))
    if len(found) > 1:
        raise ValidationError(
            i18n.text("请示只能主送一个上级机关，现在有 %1 个（%2）。需要其他机关知悉的"
                      "，请列入抄送。",
                      len(found), '、'.join(found)),
            "main_to",
        )


def check_signer(record: Any, signer: str) -> None:
    """签发: a 请示 by the 主要负责人; other documents by the 主要负责人 or a listed signer."""
    principal = str(settings.get(PRINCIPAL.key) or "").strip()
    if record.kind == "请示":
        if not organs(record.main_to):
            raise ValidationError("请示须写明主送机关（一个上级机关）后才能签发。", "main_to")
        if principal and signer != principal:
            raise ValidationError(
                i18n.text("请示应由本机关主要负责人（%1）签发，不能由%2签发。",
                          principal, signer), "signer"
            )
        return
    allowed = [line.strip() for line in str(settings.get(SIGNERS.key) or "").splitlines() if line.strip()]
    if allowed and signer not in allowed and signer != principal:
        raise ValidationError(
            i18n.text("%1不在可签发公文的负责人名单中（%2）。名单在“%3”中维护。",
                      signer, '、'.join(allowed + ([principal] if principal else [])),
                      menu_paths.setting_path(SIGNERS)),
            "signer",
        )


def is_command(kind: str | None) -> bool:
    """命令(令), 命令（令）, 令 and 命令 are one 文种."""
    return (kind or "").strip().replace("（", "(").replace("）", ")") in ("命令(令)", "令", "命令")


@typed_numbers.set_prefixes("outgoing")
def _set_prefixes() -> set[str]:
    """The 代字 the settings number 发文 under besides the 发文字号's: each 文种's own, the 令号's."""
    from officedesk.core.documents import kind_codes

    return {*kind_codes.codes().values(), number_prefix("命令(令)") or ""}


def number_prefix(kind: str | None) -> str | None:
    """The prefix of the sequence a document of `kind` is numbered in: a 令 has its own (令号,
    GB/T 9704 §10.2), a 文种 given a 代字 of its own (函=云委办函) that one; None for the
    发文字号's (the 机关代字 with 发)."""
    if not is_command(kind):
        from officedesk.core.documents import kind_codes

        return kind_codes.code_for(kind)
    code = settings.get("org.code")
    return str(settings.get(COMMAND_PREFIX.key) or "").strip() or f"{code or ''}令"
