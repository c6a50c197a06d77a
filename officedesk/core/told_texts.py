"""Free texts that may hold personal data typed in (RegistrySpec.told_texts: a 效能投诉's
投诉内容, 核查情况 and 处理意见 naming its 投诉人 or his phone), shown as `RegistrySpec.told`
makes them wherever the registry's sensitive fields are masked: the list (masked for every
user, as its 投诉人 column is), a masked export (and so import --update compares with it), the
history of one who may not see them whole. Whom they are masked for corrects none that holds
such data: he would write the shown text over the real one."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from officedesk.core import i18n

_NOT_READ = object()


def told(spec: Any, record: Any, name: str, text: Any, holders: Sequence[Any] = ()) -> Any:
    """`text` of the record's field `name` as shown where the personal data is masked (other
    fields' values, and a registry without `told`, as they are)."""
    if spec.told is None or name not in spec.told_texts or not isinstance(text, str) or not text:
        return text
    return spec.told(text, [h for h in (record, *holders) if h is not None])


def withholds(spec: Any, record: Any, name: str) -> bool:
    """Whether the stored text of `name` holds what `told` leaves out (its shown text differs)."""
    stored = getattr(record, name, None)
    return isinstance(stored, str) and told(spec, record, name, stored) != stored


def hides_from(spec: Any, actor: Any) -> bool:
    """Whether the actor is shown the registry's told texts as told (not whole)."""
    return spec.told is not None and not spec.sees_whole(actor)


def refusal(spec: Any, label: str) -> str:
    """Why a clerk who is shown a text told may not correct it."""
    return i18n.text("“%1”中写有个人信息，对您是遮盖显示的，您不能修改它（保存会以遮盖后的内容覆盖原文）。"
                     "需要修改时请%2修改。", label, spec.whole_readers())


def masked_row(spec: Any, label: str) -> str:
    """Why an import --update does not write a told text changed in a row exported masked."""
    return i18n.text("这一行是遮盖导出的，“%1”中的个人信息已隐去，导入会以遮盖后的内容覆盖原文，未写入。"
                     "请在窗口中修改，或用“officedesk export %2 文件 --unmasked”导出完整数据后修改再导入。",
                     label, spec.label)


def locks(spec: Any, record: Any, actor: Any) -> dict[str, str]:
    """corrections.locks' part: the told texts that hold personal data, for whom they are told."""
    if not spec.told_texts or not hides_from(spec, actor):
        return {}
    return {name: refusal(spec, spec.field(name).label) for name in spec.told_texts
            if spec.field(name).editable and withholds(spec, record, name)}


def holders_of(spec: Any, snapshots: Sequence[dict[str, Any]]) -> list[Any]:
    """The sensitive values of snapshots of a record (audit entries' before and after, keyed by
    label or field name) as holders for `told`: a name corrected since is left out too."""
    found = []
    sensitive = [f for f in spec.fields if f.sensitive]
    for snapshot in snapshots:
        values = {f.name: snapshot.get(f.label, snapshot.get(f.name, _NOT_READ)) for f in sensitive}
        kept = {name: value for name, value in values.items()
                if value is not _NOT_READ and isinstance(value, str) and value}
        if kept:
            found.append(SimpleNamespace(**kept))
    return found


def told_snapshot(spec: Any, value: Any, holders: Sequence[Any]) -> Any:
    """An entry's before or after (a dict keyed by label or name; sub-rows nested) with its told
    texts told."""
    if spec.told is None:
        return value
    keys = {key: f.name for f in spec.fields if f.name in spec.told_texts for key in (f.label, f.name)}
    return _walk(spec, value, keys, holders, None)


def _walk(spec: Any, value: Any, keys: dict[str, str], holders: Sequence[Any], name: str | None) -> Any:
    if isinstance(value, dict):
        return {key: _walk(spec, item, keys, holders, keys.get(key, name)) for key, item in value.items()}
    if isinstance(value, list):
        return [_walk(spec, item, keys, holders, name) for item in value]
    if name is not None and isinstance(value, str) and value:
        return spec.told(value, list(holders))
    return value
