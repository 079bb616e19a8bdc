"""Termbase interchange: export to TBX, CSV/TSV, PO, JSON and HTML; import from TBX, CSV/TSV and PO."""
