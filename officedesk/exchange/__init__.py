"""Exchange with other programs: Excel (xlsx) templates, import and export for every registry."""
