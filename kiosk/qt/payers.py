"""The insurers offered at the payment step: DexCare's own list for the tenant when it has one
(``insuranceissuers``, as DexCare's SDK fetches it), else the configured list.

Fetched at start and every few hours, on the Qt loop; a failure keeps what is offered (the
configured list, or the last list DexCare gave), so a patient is never left without insurers.
Not a session task: it outlives patients and is cancelled only when the kiosk closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kiosk.dexcare import DexCareClient, DexCareError

log = logging.getLogger("kiosk.payers")

REFRESH_MS = 6 * 60 * 60 * 1000
Payers = tuple[tuple[str, str], ...]  # (payer id, name)


class PayerList(QObject):
    def __init__(
        self,
        client: DexCareClient,
        tenant: str | None,
        configured: Payers,
        offer: Callable[[Payers], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client, self._tenant, self._offer = client, tenant, offer
        self.offered: Payers = configured
        self.source = "settings"
        self._task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        if self._tenant:
            self.refresh()
            self._timer.start()

    def refresh(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._fetch())

    async def _fetch(self) -> None:
        assert self._tenant
        try:
            payers = (await self._client.insurance_payers(self._tenant)).data
        except DexCareError as err:
            log.warning("DexCare's insurer list did not come (%s); keeping the %s list",
                        type(err).__name__, self.source)  # fmt: skip
            return
        fetched = tuple((p.payer_id, p.name) for p in payers if p.payer_id and p.name.strip())
        if not fetched:
            log.warning("DexCare's insurer list is empty; keeping the %s list", self.source)
            return
        self.source = "DexCare"
        if fetched != self.offered:
            self.offered = fetched
            log.info("insurers offered: %d from DexCare", len(fetched))
            self._offer(fetched)

    async def aclose(self) -> None:
        """Stop refreshing; a fetch under way is cancelled and waited for, so nothing of it runs
        (or logs) after the kiosk has closed."""
        self._timer.stop()
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
