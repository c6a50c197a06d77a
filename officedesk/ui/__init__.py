"""The PySide6 GUI: thin, it collects input, calls core and shows results."""
