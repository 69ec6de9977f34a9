"""Ingestion: files of any kind to clean Documents (readers, cleaning, splitting, dedup)."""
from .readers import RawDoc, ReadError, read_path

__all__ = ["RawDoc", "ReadError", "read_path"]
