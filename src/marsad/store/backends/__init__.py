"""Store backends: SQLite (default, one file) and PostgreSQL (teams), each with its own SQL
migrations. May import: store's interface and merge policy; never extract/."""
