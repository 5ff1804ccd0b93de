"""The address-space cap of the process an extractor runs in: set by the runner, read and lifted by adapters that
start a helper process of their own (node for Readability.js)."""

from __future__ import annotations

import resource


def _address_space() -> int:
    """This process's current virtual size in bytes (VmSize), 0 where /proc is not available."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def limit_memory(megabytes: int | None) -> None:
    """Let this process grow by at most `megabytes` of address space (soft RLIMIT_AS); None: unlimited.

    The cap is relative to the size the process already has: a worker forked from a parent
    that holds a large corpus inherits that address space, and an absolute cap below it would
    make every allocation fail. Only the soft limit is set, so that a helper process that must
    reserve large virtual ranges (node reserves gigabytes for WebAssembly) can lift it and
    enforce its own cap instead (see `memory_limit_mb` and the Readability.js adapter).
    """
    if megabytes:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = _address_space() + megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def memory_limit_mb() -> int | None:
    """How many MiB this process may still grow by under its soft address-space limit; None when unlimited."""
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    return None if soft == resource.RLIM_INFINITY else max(64, (soft - _address_space()) // (1024 * 1024))


def lift_memory_limit() -> None:
    """Raise the soft address-space limit to the hard one (for a child that caps itself)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
