"""English for the GUI strings of the petitions' 保密 fixes (repeats above the clearance)."""

GLOSSARY = {
    "另有 %1 件涉密信访件可能相同，您无权查看，请联系有权限的同事核实。":
        "%1 more classified petition(s) may be the same matter; you may not see them. Ask a "
        "colleague with the clearance to check.",
}
