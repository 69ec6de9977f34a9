"""Output formats (json, jsonl, csv, acled-csv, parquet, table) in one registry. Takes rows made by
views/ and writes them; knows nothing of the store or the extractors."""
