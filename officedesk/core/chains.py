"""Approval chains (逐级负责): which 岗位 performs each step of a procedure, and in what time.

A chain is an office setting per procedure (and, where it matters, per 文种 or 密级), one step a
line:

    核稿 处长@本单位 1日
    审核 副主任@分管 1日
    签发 主任 1日

`处长@本单位`: a 处长 of the record's unit; `副主任@分管`: a 副主任 in charge of (分管) the
record's unit; `科员、科长@秘书科`: a 科员 or 科长 of 秘书科; `副主任@分管或主任`: either.
`N日` is the step's time limit in working days. The step runner (core.steps) asks `capacity`
before every step; the 工作台 asks `pending_for` for each user's own 待办.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from officedesk.core import i18n, read_once, settings, settings_renamed
from officedesk.core.errors import ValidationError
from officedesk.core.i18n import text
from officedesk.core.positions import POSITIONS, position_table, split_names

GROUP = "逐级负责"

ENFORCE = settings.declare(
    "chain.enforce", str, "自动", "按审批链把关", GROUP, choices=("自动", "是", "否"),
    help="自动：有用户设置了职务后即按审批链把关；是：始终把关；否：不把关（只记录谁办理）。")

SCOPE_OWN = "本单位"
SCOPE_CHARGE = "分管"

# (registry, variant) -> the setting; variant "" is the procedure's general chain
_DEFAULTS: dict[tuple[str, str], str] = {
    ("outgoing", ""): "拟稿 科员、副科长、科长、副处长、处长@本单位\n核稿 处长、科长@本单位 1日\n"
                      "审核 副主任@分管 1日\n签发 主任 1日",
    ("outgoing", "请示"): "拟稿 科员、副科长、科长、副处长、处长@本单位\n核稿 处长、科长@本单位 1日\n"
                        "审核 副主任@分管 1日\n签发 主任 1日",
    ("outgoing", "绝密"): "",
    ("incoming", ""): "拟办 科员、副科长、科长@秘书科 1日\n批办 副主任@分管或主任 2日",
    ("incoming", "绝密"): "",
    ("supervision", ""): "分解 科长、副科长@督查室 1日\n办结 科长@督查室 2日",
    ("petitions", ""): "处理 科长、副科长@信访科 3日\n答复 科长@信访科 5日",
    # 信息: 本单位 is the 信息科 of the setting below (every item is the 信息科's work)
    ("info", ""): "初审 科员、副科长、科长@本单位 1日\n编辑 科员、副科长、科长@本单位 1日\n"
                  "签发 科长@本单位或副主任@分管 1日",
}
LABELS = {"outgoing": "发文", "incoming": "收文", "supervision": "督查", "petitions": "信访",
          "info": "信息"}
# the field holding the unit a record belongs to (for 本单位 and 分管)
UNIT_FIELDS = {"outgoing": "drafting_unit", "incoming": "handler_unit",
               "supervision": "lead_unit", "petitions": "target_unit"}
# a record without its unit yet (a 收文 gets its 承办单位 at 承办, after 批办): the leaders in
# charge (@分管) are those this text names — the 拟办意见 that sends it to one (请赵副主任阅示)
ROUTING_FIELDS = {"incoming": "proposal"}
# registries whose records all belong to one section of the office (the setting names it)
INFO_SECTION = settings.declare(
    "info.section", str, "信息科", "承办信息工作的科室", GROUP,
    help="信息审批链中的“本单位”“分管”指这个科室（如 信息科、信息处）。", required=True)
OWN_UNITS = {"info": INFO_SECTION}
settings_renamed.follows(INFO_SECTION.key, settings_renamed.whole_value)
# a chain step done through a step of another name (拟稿 is done again by 修改 after a 退回)
ALIASES = {("outgoing", "拟稿"): "修改"}
# steps that send the work back to an earlier chain step: 退回修改 to the first, 退回复审 (复核
# found a substantive change) to 签发, which the original signer does again
RETURN_STEPS = {("outgoing", "退回修改"): "拟稿", ("outgoing", "退回复审"): "签发"}
# a return made at a step outside the chain, which the record waits for then: 退回复审 is made
# at 复核 (after the chain's last step, 签发)
RETURN_FROM = {("outgoing", "退回复审"): "复核"}


def _key(registry: str, variant: str) -> str:
    return f"chain.{registry}" + (f".{variant}" if variant else "")


SETTINGS = {
    (registry, variant): settings.declare(
        _key(registry, variant), str, text,
        f"审批链：{LABELS[registry]}" + (f"（{variant}）" if variant else ""), GROUP,
        help="每行一步：步骤 岗位[@本单位|@分管|@单位名][或…] [N日]"
             + ("；留空则同一般审批链" if variant else ""),
        blank="留空：同一般审批链" if variant else "")
    for (registry, variant), text in _DEFAULTS.items()
}


@dataclass(frozen=True)
class Alt:
    positions: tuple[str, ...]
    scope: str = ""  # "", 本单位, 分管, or a unit's name

    @property
    def text(self) -> str:
        return "、".join(self.positions) + (f"@{self.scope}" if self.scope else "")

    def describe(self, unit: str = "", charge: str = "") -> str:
        """In words; `unit` names the section of a registry whose records are all its work;
        `charge` says @分管 otherwise (a 收文 before its 承办单位: 拟办意见呈请的).
        A composed text (i18n.text): Chinese as a str, its grammar translated in the window."""
        who = either(self.positions)
        if self.scope == SCOPE_OWN:
            return text("%1的%2", unit or text("本单位"), who)
        if self.scope == SCOPE_CHARGE:
            return text(charge + "%1", who) if charge else text("分管%1的%2", unit or text("该单位"), who)
        return text("%1的%2", self.scope, who) if self.scope else who


def either(words: Any) -> str:
    """甲或乙或丙 as a composed text (“甲, or 乙, or 丙” in English); one word as it is."""
    made: str = ""
    for word in words:
        made = text("%1或%2", made, word) if made else word
    return made


@dataclass(frozen=True)
class ChainStep:
    step: str
    alts: tuple[Alt, ...]
    days: int | None = None

    @property
    def who_text(self) -> str:
        return "或".join(a.text for a in self.alts)

    def describe(self, unit: str = "", charge: str = "") -> str:
        return either(a.describe(unit, charge) for a in self.alts)

    @property
    def bound_to_unit(self) -> bool:
        """Every alternative is judged by the record's own unit (@本单位, @分管)."""
        return all(a.scope in (SCOPE_OWN, SCOPE_CHARGE) for a in self.alts)

    @property
    def line(self) -> str:
        return f"{self.step} {self.who_text}" + (f" {self.days}日" if self.days is not None else "")


@dataclass
class Chain:
    registry: str
    variant: str
    steps: list[ChainStep] = field(default_factory=list)

    def find(self, step: str) -> ChainStep | None:
        return next((s for s in self.steps if s.step == step), None)

    def index(self, step: str) -> int:
        return next((i for i, s in enumerate(self.steps) if s.step == step), -1)


_DAYS = re.compile(r"^(\d+)(?:个工作日|日|天)$")
_LIMIT_LIKE = re.compile(r"(?:工作日|日|天)$")  # a last word meant as the time limit


def parse_who(text: str, line: str = "", known: list[str] | None = None) -> tuple[Alt, ...]:
    known = position_table() if known is None else known
    alts = []
    parts = [p.strip() for p in (text or "").split("或")]
    if len(parts) > 1 and not all(parts):  # 科长@本单位或: the other one left out
        raise ValidationError(i18n.text("审批链“%1”中“或”的前后都要写岗位。", line or text), "chain")
    for part in [p for p in parts if p]:
        names_text, _, scope = part.partition("@")
        positions = tuple(split_names(names_text))
        if not positions:
            raise ValidationError(i18n.text("审批链“%1”没有写职务。", line or text), "chain")
        unknown = [p for p in positions if p not in known]
        if unknown:
            raise ValidationError(
                i18n.text("审批链“%1”中的职务“%2”不在职务表中。职务表：%3。",
                          line or text, '、'.join(unknown), '、'.join(known)), "chain")
        alts.append(Alt(positions, scope.strip()))
    if not alts:
        raise ValidationError(i18n.text("审批链“%1”没有写由哪个岗位办理。", line or text), "chain")
    return tuple(alts)


def parse_chain(text: str, known: list[str] | None = None) -> list[ChainStep]:
    """The chain as written in the setting; a bad line is refused naming it. `known`: the 职务表
    to check against (default: the stored one)."""
    result: list[ChainStep] = []
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) < 2:
            raise ValidationError(
                i18n.text("审批链的一行“%1”不完整。每行写：步骤 岗位[@范围] [N日]"
                          "，如：核稿 处长@本单位 1日。",
                          line),
                "chain")
        days = None
        match = _DAYS.match(parts[-1])
        if match and len(parts) >= 3:
            days = int(match[1])
            parts = parts[:-1]
        elif len(parts) >= 3 and _LIMIT_LIKE.search(parts[-1]):  # abc日, -1日, 一日: no unit
            raise ValidationError(i18n.text("审批链“%1”的时限“%2”不对：写成工作日的天数，如 1日。",
                                            line, parts[-1]), "chain")
        if any(s.step == parts[0] for s in result):
            raise ValidationError(i18n.text("审批链中“%1”写了两次。", parts[0]), "chain")
        result.append(ChainStep(parts[0], parse_who("".join(parts[1:]), line, known), days))
    return result


def positions_in(table: str) -> list[str]:
    """The posts of a 职务表 text not saved yet, read as `position_table` reads the stored one."""
    return split_names(str(table).replace(" ", "\n"))


def _chain_rule(label: str) -> Any:
    def check(positions: str, text: str) -> str | None:
        # the 职务表 as it will be: the editor saves it and the chains together
        try:
            parse_chain(str(text), positions_in(positions))
        except ValidationError as exc:
            return f"设置“{label}”：{exc.message}"
        return None

    return check


def checked(registry: str, text: str, known: list[str] | None = None) -> list[ChainStep]:
    """The chain as `parse_chain` reads it, each step one of the procedure's (written by its
    chain name: 拟稿, not 修改) and each unit one the office knows (the 通讯录, the posts' 科室):
    what a save refuses, in the step runner's words — a misspelt level would be skipped
    silently, a step of an unknown unit would belong to nobody."""
    entries = parse_chain(text, known)
    names = _chain_step_names(registry)
    for entry in entries:
        if entry.step not in names:
            written = [n for (r, n), a in ALIASES.items() if r == registry and a == entry.step]
            if written:
                raise ValidationError(i18n.text("“%1”在审批链中写作“%2”。",
                                                entry.step, written[0]), "chain")
            from officedesk.core import registry as registries

            label = registries.get(registry).label
            raise ValidationError(
                i18n.text("%1没有“%2”这一步。可用的步骤有：%3。",
                          label, entry.step, '、'.join(names)), "chain")
        for alt in entry.alts:
            if alt.scope and alt.scope not in (SCOPE_OWN, SCOPE_CHARGE):
                _known_scope(alt.scope, entry.line)
    return entries


def _chain_step_names(registry: str) -> list[str]:
    from officedesk.core import steps

    reverse = {alias: name for (r, name), alias in ALIASES.items() if r == registry}
    return list(dict.fromkeys(reverse.get(s.name, s.name) for s in steps.procedure(registry).steps))


def _known_scope(scope: str, line: str) -> None:
    """A unit a step names: of the 通讯录 (名称, 简称, a 内设机构), a 科室 of the posts, a short
    name one of them ends with (chain_holders.same_unit), or the 名称 a rename is giving a unit."""
    from officedesk.core import directory
    from officedesk.core.chain_holders import same_unit

    if scope in settings_renamed.arriving():
        return
    try:
        directory.known_unit(scope, f"审批链“{line}”中的单位", "chain")
    except ValidationError:
        if not any(same_unit(name, scope) for name in directory.known_unit_names()):
            raise


# a step's scope after “@”, as parse_who reads it: up to the next alternative (或) or the time
_SCOPE = re.compile(r"@([^或\s]+)")


def renamed_scopes(text: str, old: str, new: str) -> str:
    """The chain with each `@old` (a unit's whole 名称) made `@new`; every other character kept.
    A short name that meant only this unit (`@秘书科` for 县委办公室秘书科, chain_holders.same_unit)
    and would mean no unit under the new 名称 names the new one whole: its step would find no
    holder otherwise. A 名称 the chain would read otherwise (本单位, a “或” in it) is refused,
    naming the chain."""
    if old in (SCOPE_OWN, SCOPE_CHARGE):
        return text  # the words of the syntax, not that unit
    short = settings_renamed.short_of_only(old, new)

    def scope(match: re.Match[str]) -> str:
        if match[1] != old and (match[1] in (SCOPE_OWN, SCOPE_CHARGE) or not short(match[1])):
            return match[0]
        if new in (SCOPE_OWN, SCOPE_CHARGE) or not _SCOPE.fullmatch(f"@{new}"):
            raise ValidationError(
                i18n.text("审批链中有“@%1”，而“%2”在审批链中会被读成别的意思（“本单"
                          "位”“分管”、含“或”或空格）。请换一个单位名称。",
                          old, new), "name")
        return f"@{new}"

    return "\n".join(line if line.strip().startswith("#") else _SCOPE.sub(scope, line)
                     for line in text.split("\n"))


def _chain_checked(registry: str, label: str) -> Any:
    def check(positions: str, text: str) -> str | None:
        try:
            checked(registry, str(text), positions_in(positions))
        except ValidationError as exc:
            return f"设置“{label}”：{exc.message}"
        return None

    return check


# a chain is refused as its reader would refuse it, and so is a 职务表 that drops a post it names;
# a chain saved is refused for a step its procedure lacks or a unit the office does not know (a
# unit named before and since gone does not hold up the 职务表); a step naming a unit follows
# the unit renamed in the 通讯录
for (_registry, _variant), _setting in SETTINGS.items():
    settings.between(POSITIONS.key, _setting.key)(_chain_rule(_setting.label))
    settings.between(POSITIONS.key, _setting.key, when=(_setting.key,))(
        _chain_checked(_registry, _setting.label))
    settings_renamed.follows(_setting.key, renamed_scopes)


def format_chain(steps: list[ChainStep]) -> str:
    return "\n".join(s.line for s in steps)


def variants(registry: str) -> list[str]:
    return [v for (r, v) in SETTINGS if r == registry]


def registries() -> list[str]:
    return list(dict.fromkeys(r for (r, _v) in SETTINGS))


def chain_text(registry: str, variant: str = "") -> str:
    return str(settings.get(SETTINGS[(registry, variant)].key))


def save_chain(registry: str, variant: str, steps: list[ChainStep] | str, actor: Any) -> None:
    """Store a chain (administrator; audited through settings.put). Text is checked first."""
    text = steps if isinstance(steps, str) else format_chain(steps)
    parse_chain(text)
    settings.put(SETTINGS[(registry, variant)].key, text, actor)


def chain_for(registry: str, record: Any = None) -> Chain | None:
    """The chain that applies to a record: its 文种's, else its 密级's, else the general one."""
    if (registry, "") not in SETTINGS:
        return None
    if record is not None:
        for attr in ("kind", "secrecy"):
            variant = str(getattr(record, attr, "") or "")
            if variant and (registry, variant) in SETTINGS:
                text = chain_text(registry, variant).strip()
                if text:
                    return Chain(registry, variant, _parsed(text))
    return Chain(registry, "", _parsed(chain_text(registry)))


def _parsed(text: str) -> list[ChainStep]:
    """parse_chain of a stored chain, once a scope that reads many records' (read_once)."""
    return list(read_once.remembered(("parsed chain", text), lambda: parse_chain(text)))


def enforced() -> bool:
    mode = str(settings.get(ENFORCE.key))
    if mode == "是":
        return True
    if mode == "否":
        return False
    from officedesk.core.positions import any_positions

    return any_positions()


def own_unit(registry: str) -> str:
    """The section all of a registry's records belong to (信息科), or "" (each record's own)."""
    setting = OWN_UNITS.get(registry)
    return str(settings.get(setting.key) or "").strip() if setting is not None else ""


def unit_of(registry: str, record: Any) -> str:
    if registry in OWN_UNITS:
        return own_unit(registry)
    name = UNIT_FIELDS.get(registry)
    return str(getattr(record, name, "") or "").strip() if name and record is not None else ""


def unit_label(registry: str) -> str:
    """What the record's unit is called (拟稿单位, 承办单位 …), for a message that asks for it."""
    from officedesk.core import registry as registries

    name = UNIT_FIELDS.get(registry)
    if not name:
        return "单位"
    return registries.get(registry).field(name).label


def routing_names(registry: str, record: Any, name: str, position: str = "") -> bool:
    """Before the record has its unit, whether its routing text (拟办意见) names `name`: by the
    whole name, or as clerks write it, by surname and post (“请赵副主任阅示” for 赵建军, 副主任;
    a two-character surname too: 欧阳副主任)."""
    field_name = ROUTING_FIELDS.get(registry)
    text = str(getattr(record, field_name, "") or "") if field_name and record is not None else ""
    if len(name) >= 2 and name in text:
        return True
    surnames = [name[:1]] + ([name[:2]] if len(name) >= 3 else [])
    return bool(position) and len(name) >= 2 and any(f"{surname}{position}" in text for surname in surnames)
