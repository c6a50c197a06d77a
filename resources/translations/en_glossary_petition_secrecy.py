"""English for the petitions' 保密 fixes: the 重复信访 lookup of those who may not see personal
data matches by the name (core/petitions/repeats.py, ui/petitions/register_dialog.py)."""

GLOSSARY = {
    "同姓名": "same name",
    "同姓名（%1）的信访此前有 %2 件": "Earlier petitions by people named %1: %2",
}
