"""Rows as plain data (events, reports, estimates, ACLED rows) made from the store for the CLI,
the exports and the web workbench alike. May import: store (its interface), data resources.
Never imports commands/, render/ or web/."""
