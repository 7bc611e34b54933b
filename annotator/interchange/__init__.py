"""Exchange with other programs: pure mappings between outside formats and plain records, no
database, no transactions, no Qt.

REFI-QDA (QDA-XML 1.0, standard 1.5): `qdpx` reads and writes a whole project (a zip with
`project.qde` and the sources' texts), `qdc` a codebook alone. What is exchanged is the frozen
dataclasses of `records`; a service maps them to and from the project store in one transaction.
Each producer's habits (NVivo's UTF-16 positions, ATLAS.ti's line ends, ...) are in `producers`
and `positions`; what an archive from outside may not do is in `archive` and `xmlsafe`. The Excel
workbook (`xlsx`) and the HTML report (`report`) are written from plain tables.
"""
