"""Parquet files split for parallel screening: runs of whole row groups (see ``sources.table_ranges``)."""

from __future__ import annotations

from collections.abc import Iterator

from undesirable.sources.table_ranges import PARQUET_BATCH_ROWS, RangeReader, TableRange, TableSource
from undesirable.sources.tables import TableRecord


def plan_parquet_ranges(source: TableSource, partition_size: int) -> list[TableRange]:
    """Runs of whole row groups of about ``partition_size`` uncompressed bytes each."""
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(source.path).metadata
    parts: list[TableRange] = []
    groups: list[int] = []
    first = row = size = 0
    for number in range(metadata.num_row_groups):
        group = metadata.row_group(number)
        groups.append(number)
        row += group.num_rows
        size += group.total_byte_size
        if size >= partition_size:
            parts.append(TableRange(len(parts), first, row, tuple(groups)))
            groups, first, size = [], row, 0
    if groups or not parts:
        parts.append(TableRange(len(parts), first, row, tuple(groups)))
    return parts


class ParquetRangeReader(RangeReader):
    """The rows of some row groups of a Parquet file, as :class:`ParquetReader` yields them."""

    def __iter__(self) -> Iterator[TableRecord]:
        import pyarrow.parquet as pq

        if not self.part.row_groups:
            return
        batches = pq.ParquetFile(self.source.path).iter_batches(
            batch_size=PARQUET_BATCH_ROWS, row_groups=list(self.part.row_groups)
        )
        for batch in batches:
            for values in batch.to_pylist():
                self.lines += 1
                yield TableRecord(self.lines, {k: "" if v is None else v for k, v in values.items()})
