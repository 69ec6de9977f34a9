"""Running the pipeline on a Dask cluster over large crawls with the same answers as a serial run.
May import: pipeline/runner, ingest readers, store (interface)."""
