"""Pure mappings between outside formats and domain objects (no database, no transactions)."""
