"""English for probe107: the meeting form's 密级 as every other form says it; 通讯录's sub-tabs."""

GLOSSARY = {
    "密级(&F)": "Classi&fication",
}

# the English of a source in one context only (scripts/fill_translations.py): the field 单位 is
# “Unit” beside a record, the 通讯录 page listing them “Units”, as People, Meeting rooms, Ranks
IN_CONTEXT = {
    ("DirectoryTab", "单位"): "Units",
}
