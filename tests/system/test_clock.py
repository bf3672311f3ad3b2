"""The wall clock the app reads dates from, and the fixed one tests pin."""

from __future__ import annotations

from datetime import date, datetime

from smartcourse_desktop.system.clock import FixedClock, SystemClock


def test_system_clock_is_aware_and_local():
    now = SystemClock().now()
    assert now.tzinfo is not None and now.utcoffset() == datetime.now().astimezone().utcoffset()
    assert SystemClock().today() in (now.date(), date.fromordinal(now.date().toordinal() + 1))


def test_fixed_clock_keeps_its_local_date_and_advances():
    clock = FixedClock(datetime(2026, 11, 29, 23, 30))
    assert clock.today() == date(2026, 11, 29) and clock.now().tzinfo is not None
    assert date.fromtimestamp(clock.now().timestamp()) == date(2026, 11, 29)
    clock.advance(3600)
    assert clock.today() == date(2026, 11, 30) and clock.now().hour == 0
