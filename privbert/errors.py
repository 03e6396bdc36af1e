"""One way to turn an OSError into a user's message, for every command line (`prep` and `train`)."""

from __future__ import annotations

import errno


def describe_os_error(exc: OSError, resume_hint: str = "") -> str:
    """`PATH: reason; what to do`, from an OSError raised anywhere in a command (or in one of its workers).

    `resume_hint` says how the command continues after a full disk is cleared, e.g.
    "`prep build --resume` continues a build".
    """
    where = exc.filename if exc.filename is not None else "?"
    if exc.filename2 is not None:  # a rename: the destination is the path the user named
        where = f"{exc.filename2} (from {where})"
    reason = exc.strerror or str(exc)
    full = "free some space or choose another output folder" + (f" ({resume_hint})" if resume_hint else "")
    hints = {
        errno.ENOSPC: full,
        errno.EDQUOT: full,
        errno.EACCES: "check the permissions of this path",
        errno.EROFS: "choose an output folder on a writable filesystem",
        errno.ENOTDIR: "a file stands where a folder is expected; choose another path",
        errno.EISDIR: "a folder stands where a file is expected; choose another path",
    }
    hint = hints.get(exc.errno, "check this path and rerun")
    return f"{where}: {reason}; {hint}"
