"""Work that must not freeze the window (segmenting an import, loading jieba's dictionary), run
in a Python thread that reports back through Qt signals (delivered on the UI thread)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.errors import USER_ERRORS
from annotator.services.imports import ImportCancelled
from annotator.ui import crash
from annotator.ui.messages import error_text


class BackgroundJob(QObject):
    """Runs `work(progress, cancel)` in a thread; emits progress (0-1), then done or failed."""

    progress = Signal(float)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, label: str, work: Callable[[Callable[[float], None], threading.Event], Any],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._work = work
        self.cancel_event = threading.Event()
        self._thread = threading.Thread(target=self._run, name=label, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.cancel_event.set()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, self.cancel_event)
        except ImportCancelled:
            self.cancelled.emit()
        except USER_ERRORS as error:
            self.failed.emit(error_text(error))
        except Exception as error:  # noqa: BLE001 - a worker must always report back
            crash.report(error)  # a bug: logged and shown with its traceback
            self.failed.emit(f"unexpected error: {error!r}")
        else:
            self.done.emit(result)
