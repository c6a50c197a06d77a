"""English for the core texts of the 重复件 link to a classified original (the detail pane)."""

GLOSSARY = {
    "原件 %1": "Original %1",
    "原件为涉密信访件，您无权查看": "The original is a classified petition; you may not see it",
}
