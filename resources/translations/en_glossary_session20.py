"""English for the messages of 4 Dec's third session: the 正文 editor's heading keys."""

GLOSSARY = {
    "插入%1（在正文中按 Ctrl+%2）": "Insert %1 (Ctrl+%2 in the body)",
}
