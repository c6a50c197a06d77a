"""The documents registry: its field declarations, procedure steps and rules."""

from __future__ import annotations
