"""ProcessPoolExecutor: not available in pygo (no subprocess workers yet)."""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not supported by pygo; "
            "ThreadPoolExecutor runs in parallel without a GIL")
