"""Word output: python-docx plus the OOXML python-docx 1.2 has no API for (footnotes,
custom properties, fields)."""
