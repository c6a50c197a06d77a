"""逐级负责 in words: who holds a chain step on a record, said by post and by name (`who`: not
one who may not do it there, core.self_check; nobody, and why), a step bound to a unit the
record lacks (`unit_refusal`), a person below the record's 密级 (`below`), a step held by
another's holder (`whose`), the actor's post (`post_text`). The refusals of
core.step_refusals and core.step_capacity are made of these."""

from __future__ import annotations

from typing import Any

from officedesk.core import chains, menu_paths, self_check
from officedesk.core.actor import Actor, clearance_label, secrecy_label
from officedesk.core.chain_holders import holders, in_post, level, unit_missing
from officedesk.core.i18n import Verbatim, text
from officedesk.core.positions import all_posts, post_of

ROUTED = "拟办意见呈请的"  # @分管 of a 收文 before its 承办单位 (chains.ROUTING_FIELDS)


def routed(registry: str, record: Any) -> bool:
    return registry in chains.ROUTING_FIELDS and not chains.unit_of(registry, record)


def describe(registry: str, record: Any, entry: chains.ChainStep) -> str:
    """Who holds the step, in words, as it is judged on this record."""
    return entry.describe(chains.own_unit(registry), ROUTED if routed(registry, record) else "")


def who(registry: str, record: Any, entry: chains.ChainStep) -> str:
    """Who holds the step, in words, and by name — not one who may not do it on this record
    (core.self_check: its drafter); when that is every holder, why and what to do."""
    posts = holders(registry, record, entry)
    barred = self_check.unable(registry, record, entry.step, posts)
    names = [p.label for p in posts if p.username not in barred]
    shown = as_is("、".join(names[:5])) if names else ""
    if len(names) > 5:
        shown = text("%1等", shown)
    if posts and not names:
        shown = text("%1，不能办理；%2", tuple(barred.values()), self_check.advice(entry.step))
    return text("%1（%2）", describe(registry, record, entry), shown or _nobody(registry, record, entry))


def _nobody(registry: str, record: Any, entry: chains.ChainStep) -> str:
    if any(in_post(p, registry, record, entry) for p in all_posts()):
        return text("担任该岗位的人员都没有“%1”的密级权限，请管理员调整密级权限或岗位",
                    secrecy_label(level(registry, record)))
    if routed(registry, record):
        return "拟办意见中没有写明呈请哪位领导"
    return "尚无人担任，请管理员设置用户岗位"


# how a record's missing unit is filled in, after “请先填写…”
UNIT_HINTS = {"outgoing": "（拟稿中用“修改”填写；已核稿的，请先“退回修改”，补填后重新核稿）"}


def unit_refusal(registry: str, record: Any, entry: chains.ChainStep) -> str | None:
    """A step bound to the record's unit (@本单位, @分管) on a record without one cannot be
    checked: it is nobody's until the unit is filled in."""
    if not unit_missing(registry, record, entry):
        return None
    from officedesk.core import registry as registries

    label = registries.get(registry).label
    setting = chains.OWN_UNITS.get(registry)
    if setting is not None:
        return text("系统设置中没有填写“%1”，无法确定“%2”应由%3中的哪一位办理。请管理员在“%4”中填写。",
                    setting.label, entry.step, entry.describe(), menu_paths.setting_path(setting))
    unit = chains.unit_label(registry)
    return text("这件%1没有填写%2，无法确定“%3”应由%4办理。请先填写%2%5。", label, unit, entry.step,
                entry.describe(text("哪个单位")), text(UNIT_HINTS[registry]) if registry in UNIT_HINTS else "")


def below(name: str, clearance: int, registry: str, record: Any) -> str:
    """Why a step of this record cannot be done by or for someone below its 密级."""
    return text("%1的密级权限（%2）低于这件的密级（%3），不能由其办理，也不能代其录入", Verbatim(name),
                clearance_label(clearance), secrecy_label(level(registry, record)))


def whose(registry: str, step: str, entry: chains.ChainStep) -> str:
    """The step as a refusal names it: one held by another step's holder (协调, the 签发人's)
    says so."""
    if held_by(registry, step) == entry.step:
        return text("“%1”与“%2”一样，", step, entry.step)
    return text("“%1”", entry.step)


def spec_of(registry: str, step: str) -> Any:
    from officedesk.core import steps

    return next((s for s in steps.procedure(registry).steps if s.name == step), None)


def held_by(registry: str, step: str) -> str:
    spec = spec_of(registry, step)
    return spec.held_by if spec is not None else ""


def post_text(actor: Actor) -> str:
    """The actor's post as a refusal names it (县委办公室综合科科员), or that he has none."""
    own = post_of(actor.username)
    return as_is(f"{own.unit}{own.position}") if own and own.position else text("未设置岗位")


def as_is(value: str) -> str:
    """A name or a post in a refusal: shown as it is in every language, never looked up."""
    return text("%1", Verbatim(value))
