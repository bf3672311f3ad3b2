"""The wall clock: where every date or timestamp the app shows or stores comes from.

Pass a `Clock` in (Context.clock, Store.clock); durations use `time.monotonic` instead.
Tests pin a `FixedClock` so that no result depends on the day they run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, time-zone aware, in the local zone."""
        ...

    def today(self) -> date:
        """The local calendar date."""
        ...


class SystemClock:
    """The machine's clock and time zone."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def today(self) -> date:
        return self.now().date()


@dataclass
class FixedClock:
    """A clock that stays at one local wall time until advanced: the same date in every time zone."""

    wall: datetime  # naive, read as local time
    zone: tzinfo | None = None  # the local zone; None: the machine's

    def now(self) -> datetime:
        return self.wall.replace(tzinfo=self.zone) if self.zone is not None else self.wall.astimezone()

    def today(self) -> date:
        return self.wall.date()

    def advance(self, seconds: float) -> None:
        self.wall += timedelta(seconds=seconds)
