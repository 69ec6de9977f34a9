"""marsad (مرصد): Arabic news turned into evidence, every fact tied to its source."""
__version__ = "0.1.0"
