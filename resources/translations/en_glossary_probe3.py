"""English for the core texts of the 信访 and 督查 fixes of probe3."""

GLOSSARY = {
    "原信访件 %1 已作废（误登记），不能作为原件。请选择信访人真实提出的那一件；没有的，本件不标为重复件。":
        "Petition %1 was voided (registered by mistake) and cannot be the original. Choose the "
        "petition the petitioner really made; if there is none, do not mark this one a repeat.",
}
