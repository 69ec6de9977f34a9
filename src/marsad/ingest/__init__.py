"""Ingestion: files of any kind to clean Documents, one straight line (page.py puts the steps in
order): readers/warc read → html turns HTML into text and structure → clean (with embeds, lines)
cleans lines and splits related articles → page sets metadata; boilerplate counts repeated site
lines, dedup finds near-duplicates. May import: document, arabic, resources; never extract/,
store/, commands/."""
from .readers import RawDoc, ReadError, read_path

__all__ = ["RawDoc", "ReadError", "read_path"]
