"""English for probe98: a choice left open is asked to be chosen (请选择), never preselected on
the admin screens; Alt letters on the registries' forms."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # core's word for a required choice (a list, a picker of names) left empty
    "请选择“%1”。": "Please choose “%1”.",
    # the admin screens' choices left on 请选择 (新建用户, 节假日调整, 岗位设置)
    "请选择“%1”：%2。": "Please choose “%1”: %2.",
    "请选择要设置岗位的“用户”。": "Please choose the “User” whose post to set.",
}
