"""English for the lead's strings of 6 Dec: the 工作台's state of a month over its 三多 target."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    "已超标": "Over target",
    "另有 %1 项超过“三多”控制目标。": " Also %1 over the monthly targets for meetings and papers.",
}
GLOSSARY.update({
    "要关联的原信访件（%1）不存在，或您无权查看。请核对原件；如确属重复信访而原件您无权查看，请联系有权限的同事办理。":
        "The original petition to link (%1) does not exist, or you may not see it. Check the original; if "
        "this is a repeat petition and you may not see its original, ask a colleague who may to do it.",
})
