"""Glossary files: the .terms format, CSV/TSV user glossaries, loading and validation."""
