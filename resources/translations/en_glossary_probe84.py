"""English for the command line's refusal to replace an existing output file without --force
(cli_output.refuse_existing, cli_files.REPLACE_HELP, the attach --save option)."""

GLOSSARY = {
    "“%1”已存在，没有写出：写出会替换这个文件，它原有的内容将丢失。请换一个文件名，或加 --force 覆盖。":
        "“%1” already exists; nothing was written: writing would replace that file and its content "
        "would be lost. Choose another file name, or add --force to replace it.",
    "文件已存在时，确要替换它（不给则不写出，原文件不动）":
        "When the file already exists, replace it (without this nothing is written and the file is "
        "left as it was)",
    "--save 的文件已存在时，确要替换它":
        "When the --save file already exists, replace it",
    "--force 只与 --save 附件号 -o 文件 一起用（替换已有的同名文件）。":
        "--force goes only with --save attachment-no. -o file (to replace an existing file of that name).",
}
