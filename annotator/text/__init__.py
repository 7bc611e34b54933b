"""The text pipeline: decoding, normalising, script conversion and segmentation (no Qt, no db)."""
