"""Domain rules in pure Python. Never imports Qt (tests/test_layers.py enforces it)."""
