"""English for the strings of probe124 (信访: a 直接答复's 告知)."""

from __future__ import annotations

GLOSSARY: dict[str, str | tuple[str, ...]] = {
    # the 告知 step refused once the petitioner was told (core.petitions.procedure.notify)
    "这件信访已告知信访人（%1），不能再次告知。": (
        "The petitioner of this petition was already told (%1); it cannot be told again."
    ),
}
