"""Allocator tuning for long builds: ``tune_malloc() -> bool`` (True when applied).

A build allocates and frees the same large buffers over and over (an article's N-Quads are
~200 kB; a write batch ~13 MB; RocksDB's SST builders). With glibc's defaults, freed memory at
the top of the heap is given back to the kernel as soon as 128 kB are free, and blocks over
128 kB-32 MB are ``mmap``-ed one by one, so the next article faults the same pages in again:
on 2,000 synthetic articles the writer took 700,000 minor page faults and 3.8 s of system time
for 9.3 s of store work. Keeping up to 256 MB of freed memory (``M_TRIM_THRESHOLD``), growing
the heap 64 MB at a time (``M_TOP_PAD``) and serving blocks up to 32 MB from the heap
(``M_MMAP_THRESHOLD``) cut that to 390,000 faults and the store's CPU by ~13%, and the
extraction workers' CPU by ~6% (``bench/run.py --only large``). The cost is that the resident
size stays near its peak instead of shrinking between batches.

Only glibc has ``mallopt``; anywhere else (musl, macOS) this does nothing and returns False.
``KG_MALLOC_TUNE=0`` turns it off.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

M_TRIM_THRESHOLD = -1
M_TOP_PAD = -2
M_MMAP_THRESHOLD = -3
MiB = 1 << 20

_applied: bool | None = None


def tune_malloc(
    trim: int = 256 * MiB, top_pad: int = 64 * MiB, mmap_threshold: int = 32 * MiB
) -> bool:
    """Set glibc's trim threshold, top pad and mmap threshold for this process, once;
    -> whether they are in force (False off glibc or with ``KG_MALLOC_TUNE=0``)."""
    global _applied
    if _applied is not None:
        return _applied
    _applied = False
    if os.environ.get("KG_MALLOC_TUNE", "1") == "0":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    settings = ((M_TRIM_THRESHOLD, trim), (M_TOP_PAD, top_pad), (M_MMAP_THRESHOLD, mmap_threshold))
    _applied = all(mallopt(param, value) == 1 for param, value in settings)
    return _applied
