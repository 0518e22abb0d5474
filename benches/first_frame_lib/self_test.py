"""`--self-test`: does the measuring machinery itself work?

Checks the conversion to taskwarrior, the pane size, that a launch that shows
its text is timed, that a program exiting early or never showing its text is
reported as a failure (never as a time), and one real launch of each tool on
the example roadmap. Prints one line per check and a count.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable

from .report import Series
from .taskwarrior import convert, task_uuid
from .tmux import SightingFailed


def run_checks(bench, example: Path) -> int:
    passed = failed = 0

    def check(name: str, body: Callable[[], str]) -> None:
        nonlocal passed, failed
        try:
            detail = body()
        except Exception as err:  # noqa: BLE001 - every failure is reported
            failed += 1
            print(f"FAIL {name}: {type(err).__name__}: {err}", flush=True)
            return
        passed += 1
        print(f"ok   {name}{': ' + detail if detail else ''}", flush=True)

    item = bench.load_input("example", example)

    def conversion() -> str:
        tasks = item.export["tasks"]
        records = convert(item.export)
        assert len(records) == len(tasks), (len(records), len(tasks))
        uuids = {r["uuid"] for r in records}
        assert len(uuids) == len(records), "uuids are not unique"
        assert records == convert(item.export), "conversion not deterministic"
        for record in records:
            for dep in record.get("depends", []):
                assert dep in uuids, f"depends on unknown uuid {dep}"
        statuses = Counter(t["status"] for t in tasks)
        converted = Counter(r["status"] for r in records)
        assert converted["completed"] == statuses["done"], converted
        assert converted["deleted"] == statuses["skipped"], converted
        assert {r.get("priority") for r in records} <= {"H", "M", "L", None}
        assert task_uuid("a") == task_uuid("a") != task_uuid("b")
        without = convert(item.export, with_depends=False)
        assert not any("depends" in r for r in without)
        return f"{len(records)} tasks, {dict(converted)}"

    check("roadmap tasks convert to taskwarrior records", conversion)

    def pane() -> str:
        size = bench.tmux.pane_size()
        assert size == "120x40", size
        return size

    check("the pane is 120x40", pane)

    def baseline() -> str:
        bench.measure_baseline()
        assert len(bench.baseline.samples) == 1
        return bench.baseline.cell()

    check("a launch that prints its text is timed", baseline)

    def early_exit() -> str:
        try:
            bench.tmux.measure(["sh", "-c", "echo bye; exit 3"], "never",
                               5.0, 0.001)
        except SightingFailed as failure:
            assert str(failure).startswith("exited (status "), str(failure)
            return "reported"
        raise AssertionError("an exited program was timed")

    check("a program that exits first is a failure", early_exit)

    def timeout() -> str:
        try:
            bench.tmux.measure(["sleep", "30"], "never", 0.5, 0.001)
        except SightingFailed as failure:
            assert str(failure).startswith("no 'never' after"), str(failure)
            return "reported"
        raise AssertionError("a blank pane was timed")

    check("a text that never shows times out", timeout)

    def roadmap() -> str:
        series = Series()
        bench.roadmap_once(item, series)
        assert series.samples, series.error or "timeout"
        return f"{item.title!r} after {series.cell()}"

    check("roadmap shows its title", roadmap)

    if bench.o.with_taskwarrior:
        def taskwarrior() -> str:
            from .report import Result
            result = Result("example", item.tasks, Series(), Series())
            db, needle = bench.prepare_taskwarrior(item, result)
            tasks = item.export["tasks"]
            pending = sum(t["status"] in ("todo", "doing") for t in tasks)
            done = sum(t["status"] == "done" for t in tasks)
            assert db.count("pending") == pending, db.count("pending")
            assert db.count("completed") == done, db.count("completed")
            assert needle, "no first task in `task export next`"
            bench.tw_once(item, result.taskwarrior_tui, db, needle)
            series = result.taskwarrior_tui
            assert series.samples, series.error or "timeout"
            return f"{needle!r} after {series.cell()}"

        check("taskwarrior-tui lists the imported tasks", taskwarrior)
    else:
        print("skip taskwarrior-tui (not installed or --no-taskwarrior)")

    print(f"self-test: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1
