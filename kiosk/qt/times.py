"""A list of free times, as both journeys show it: the soonest few first, then each day in
morning / afternoon / evening groups, in the clinic's own zone. The walk-in and provider
view-models are this, plus what leads to it and what a chosen time leads to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.flow.retail import DayOfTimes, TimeChoice, by_part_of_day, is_still_bookable, soonest
from kiosk.qt import wording
from kiosk.qt.session import SessionViewModel


class TimesViewModel(QObject):
    timesChanged = Signal()
    placeChanged = Signal()

    def __init__(self, session: SessionViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._days: list[DayOfTimes] = []
        self._notice = ""
        session.adopt(self)
        session.languageChanged.connect(self._relabel)

    # ------------------------------------------------------------------------------- QML
    @Property(list, notify=timesChanged)
    def days(self) -> list[dict[str, Any]]:
        p = self.session.present
        out = []
        for day in self._days:
            index = {t.slot_id: i for i, t in enumerate(day.times)}
            label = p.day(day.day, day.times[0].starts_at.tzinfo)
            out.append({"label": label, "parts": [
                {"label": wording.part_of_day(part), "times": [
                    {"slotId": t.slot_id, "index": index[t.slot_id], "label": p.time(t.starts_at),
                     "name": f"{label}, {p.time(t.starts_at)}"} for t in times
                ]} for part, times in by_part_of_day(day)
            ]})  # fmt: skip
        return out

    @Property(list, notify=timesChanged)
    def soonest(self) -> list[dict[str, str]]:
        return [{"slotId": t.slot_id, "label": self.session.present.when(t.starts_at)}
                for t in soonest(self._days)]  # fmt: skip

    @Property(int, notify=timesChanged)
    def timeCount(self) -> int:
        return sum(len(d.times) for d in self._days)

    @Property(str, notify=timesChanged)
    def notice(self) -> str:
        return wording.notice(self._notice)

    @Property(str, notify=placeChanged)
    def placeName(self) -> str:
        return self.place_name()

    @Property(str, notify=placeChanged)
    def placeAddress(self) -> str:
        return self.place_address()

    @Property(str, notify=placeChanged)
    def heading(self) -> str:
        return self.heading_text()

    @Property(str, notify=placeChanged)
    def chosenTime(self) -> str:
        return self.chosen_time()

    @Slot(str)
    def chooseTime(self, slot_id: str) -> None:
        choice = next((t for d in self._days for t in d.times if t.slot_id == slot_id), None)
        if choice is None or self.session.current_screen is not self.times_screen():
            return
        if not is_still_bookable(choice.slot_date_time, self.session.clock()):
            self.time_passed()  # never go on with a time that has started
            return
        self.chosen(choice)

    @Slot()
    def refreshTimes(self) -> None:
        self.set_notice("")
        self.session.spawn(self.load_times, "times")

    # ------------------------------------------------------------------------ for the parts
    # (Properties live here, not in the subclasses: a notify signal must be the class's own.)
    def place_name(self) -> str:
        raise NotImplementedError

    def place_address(self) -> str:
        raise NotImplementedError

    def heading_text(self) -> str:
        return ""

    def chosen_time(self) -> str:
        raise NotImplementedError

    def summarize(self) -> None:
        """Put the place and the chosen time (if any) in the summary strip."""
        raise NotImplementedError

    def times_screen(self) -> Any:
        raise NotImplementedError

    def chosen(self, choice: TimeChoice) -> None:
        raise NotImplementedError

    async def load_times(self) -> None:
        raise NotImplementedError

    def set_days(self, days: list[DayOfTimes]) -> None:
        if days != self._days:
            self._days = days
            self.timesChanged.emit()

    def set_notice(self, notice: str) -> None:
        """``time_passed``, ``slot_taken`` or "" (worded when shown, in the language then)."""
        if notice != self._notice:
            self._notice = notice
            self.timesChanged.emit()

    def time_passed(self) -> None:
        """The chosen time has started: say so over a freshly loaded list."""
        self.summarize()  # the strip no longer shows the time that passed
        self.set_notice("time_passed")
        self.session.spawn(self.load_times, "times")

    def went_back(self) -> None:
        self.set_notice("")

    def reset(self) -> None:
        self._notice = ""
        self._days = []
        self.timesChanged.emit()

    def _relabel(self) -> None:
        self.timesChanged.emit()
        self.placeChanged.emit()
