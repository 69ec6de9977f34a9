"""Watching outlets (`marsad watch`): feeds, sitemaps and polite fetching with provenance, handing
pages to the normal pipeline and store. May import: ingest, pipeline/runner, store (interface)."""
