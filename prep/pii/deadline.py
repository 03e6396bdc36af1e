"""Time and memory guards around one scrub batch: one SIGALRM deadline, the garbage collector paused.

`Watchdog` gives a whole batch one deadline instead of a `regex` timeout on every scan (~1.5 us per
call plus ~20% for one); `collector_paused` keeps Python's cyclic collector off while a batch piles
up results. Both are used by `prep.pii.scrub.Scrubber`; neither knows about PII.
"""

from __future__ import annotations

import gc
import signal
import threading
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """No cyclic garbage collection inside: reference counting still frees everything at once.

    A batch piles up results, spans and findings (no cycles among them) until its end, and the
    collector, triggered by every 700 allocations, scans the growing pile again and again: about a
    quarter of `scrub_batch`'s time on the benchmark. Where the collector was on, it is back on
    when the block ends; the few cycles made inside (an exception and its traceback) wait for its
    next collection.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Deadline(BaseException):
    """The watchdog's alarm (a BaseException, so that no `except Exception` on the way swallows it)."""


def _check_pending_signals() -> None:
    """A Python-level call: the interpreter runs any signal handler that is pending before it returns."""


class Watchdog:
    """`run(func)`: func() under one SIGALRM deadline; None where it cannot arm or where the deadline passed.

    It arms only where that is safe: in the main thread, on a platform with `setitimer`, with no timer
    and no SIGALRM handler of someone else's in place, and for a deadline of a second or more (a smaller
    one, as in tests, means "time out now": the per-scan timeouts do that). `regex` checks for signals
    while it matches, so a runaway scan is interrupted too. The timer is one-shot and stopped on the
    way out, an alarm still pending is taken before the previous handler is restored, and a result
    computed while the alarm went off is never returned (even if something on the way swallowed it).
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False

    def _fire(self, signum, frame) -> None:  # noqa: ARG002 -- signal handler signature
        self.expired = True
        raise _Deadline

    def can_arm(self) -> bool:
        return (
            self.seconds >= 1.0
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0
            and signal.getsignal(signal.SIGALRM) == signal.SIG_DFL  # None: a C handler we could not restore
        )

    def run(self, func):
        if not self.can_arm():
            return None
        previous = signal.signal(signal.SIGALRM, self._fire)
        try:
            try:
                signal.setitimer(signal.ITIMER_REAL, self.seconds)
                result = func()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                _check_pending_signals()  # an alarm that came just now is raised here, inside the try
        except _Deadline:
            return None
        finally:
            signal.signal(signal.SIGALRM, previous)
        return None if self.expired else result
