"""English for probe116's strings: the 信访 延期告知书 (《信访工作条例》第三十四条)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the paper's name (print --list, the preview) and its item in the 信访 tab's 打印 menu
    "信访事项延期办理告知书": "Petition extension notice",
    "延期告知书": "Extension notice",
    # why this office prints no 延期告知书 for the record (core.petitions.paths.extension_paper)
    "信访件 %1 没有延期，没有延期告知书。": (
        "Petition %1 has not been extended, so there is no extension notice."
    ),
    "信访件 %1 已交办%2，由%2办理并书面答复信访人，延期理由也由%2告知信访人；本机关不出具延期告知书。": (
        "Petition %1 was assigned to %2: %2 handles it and answers the petitioner in writing, and "
        "%2 tells the petitioner why it was extended; this office issues no extension notice."
    ),
}
