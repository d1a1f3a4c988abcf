"""Writing output files whole: a temporary file in the same folder, renamed over the target.

A reader never sees half a file, and every file the project writes gets the same mode as any
file the user creates (``0666`` less the umask, usually ``0644``), whichever command wrote it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_file_whole(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, with the user's usual file mode."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~current_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
