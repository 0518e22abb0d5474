"""The run: inputs, launches of both tools, the self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .report import Result, Series, conditions, fmt, table
from .taskwarrior import TaskDatabase, convert
from .tmux import SightingFailed, TmuxServer

BASELINE_TEXT = "FIRST-FRAME-BASELINE"
# roadmap draws the project name on its first line; look no further than the
# header so that a task titled like the project cannot count as the title.
HEADER_LINES = 3
# taskwarrior-tui may cut a long description to its column width.
NEEDLE_CHARS = 24


@dataclass
class Options:
    binary: Path
    tmp: Path
    reps: int
    timeout: float
    budget: float
    poll_sleep: float
    with_taskwarrior: bool
    tw_without_depends: bool


@dataclass
class Input:
    label: str
    path: Path
    title: str
    export: dict

    @property
    def tasks(self) -> int:
        return len(self.export.get("tasks", []))


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Bench:
    def __init__(self, options: Options):
        self.o = options
        home = options.tmp / "home"
        for sub in ("config", "data", "cache", "state"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        # Nothing of the user's reaches the programs: no themes, no taskrc,
        # no tmux configuration.
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "xterm-256color",
            "TASKRC": str(home / "no-taskrc"),
        }
        self.tmux = TmuxServer(self.env)
        self.baseline = Series()
        self.poll_cost = 0.0

    def start(self) -> None:
        self.tmux.start()

    def stop(self) -> None:
        self.tmux.stop()

    # -- inputs -------------------------------------------------------------

    def load_input(self, label: str, path: Path) -> Input:
        out = subprocess.run([str(self.o.binary), "export", "--format", "json",
                              str(path)], capture_output=True, text=True,
                             env=self.env)
        if out.returncode != 0:
            raise RuntimeError(f"roadmap export --format json {path} failed: "
                               f"{out.stderr.strip()}")
        export = json.loads(out.stdout)
        title = export.get("project", {}).get("name") or ""
        if not title.strip():
            raise RuntimeError(f"{path}: no project name to look for")
        return Input(label, path, title, export)

    def generate(self, tasks: int) -> Input:
        path = self.o.tmp / f"gen-{tasks}.toml"
        subprocess.run([str(self.o.binary), "gen", "--tasks", str(tasks), "-o",
                        str(path)], check=True, capture_output=True,
                       env=self.env)
        return self.load_input(f"`roadmap gen --tasks {tasks}`", path)

    # -- measuring ----------------------------------------------------------

    def measure_baseline(self) -> None:
        argv = ["sh", "-c", f"printf %s {BASELINE_TEXT}; exec sleep 600"]
        for _ in range(self.o.reps):
            sighting = self.tmux.measure(argv, BASELINE_TEXT, self.o.timeout,
                                         self.o.poll_sleep,
                                         header_lines=HEADER_LINES)
            self.baseline.samples.append(sighting.seconds)
        self.poll_cost = self.tmux.poll_cost()
        log(f"baseline: {self.baseline.cell()}; one poll "
            f"{self.poll_cost * 1000:.1f} ms")

    def roadmap_once(self, item: Input, series: Series) -> None:
        argv = [str(self.o.binary), str(item.path)]
        needle = item.title[:40]
        self._once("roadmap", item, series, argv, needle, None, HEADER_LINES)

    def tw_once(self, item: Input, series: Series, db: TaskDatabase,
                needle: str | None) -> None:
        env = {"TASKRC": db.env["TASKRC"], "TASKDATA": db.env["TASKDATA"]}
        self._once("taskwarrior-tui", item, series, ["taskwarrior-tui"],
                   needle, env, None)

    def _once(self, tool: str, item: Input, series: Series, argv: list[str],
              needle: str | None, env: dict[str, str] | None,
              header_lines: int | None) -> None:
        if series.timeout is not None or series.error is not None:
            return  # one timeout or failure is enough for this input
        try:
            sighting = self.tmux.measure(argv, needle, self.o.timeout,
                                         self.o.poll_sleep, env, header_lines)
        except SightingFailed as failure:
            if str(failure).startswith("no "):
                series.timeout = self.o.timeout
                log(f"  {tool} on {item.label}: timeout\n{failure}")
            else:
                series.error = str(failure)
                log(f"  {tool} on {item.label}: FAILED: {failure}")
            return
        series.samples.append(sighting.seconds)
        log(f"  {tool:16} {item.label}: {fmt(sighting.seconds)} "
            f"({sighting.polls} polls)")
        time.sleep(0.2)  # let the killed program's memory go back first

    def _within_budget(self, series: Series) -> bool:
        # Launches that take minutes are not repeated 5 times: once a tool
        # has spent the budget on an input, its samples so far stand.
        return sum(series.samples) < self.o.budget

    def prepare_taskwarrior(self, item: Input, result: Result
                            ) -> tuple[TaskDatabase, str | None]:
        slug = "".join(c if c.isalnum() else "-" for c in item.path.stem)
        db = TaskDatabase(self.o.tmp / "tw" / slug, self.env)
        records = convert(item.export, not self.o.tw_without_depends)
        result.import_seconds = db.import_tasks(records)
        log(f"  task import {len(records):,} tasks: "
            f"{fmt(result.import_seconds)} (setup)")
        start = time.perf_counter()
        first = db.first_of_next_report(self.o.timeout)
        probe = time.perf_counter() - start
        if first is None:
            # taskwarrior-tui runs this very command before it draws
            # anything, so it cannot draw within the timeout either.
            log(f"  `task export next` alone took over {self.o.timeout:.0f} s;"
                " taskwarrior-tui runs it before drawing: recorded as a "
                "timeout without launching it")
            result.taskwarrior_tui = Series(timeout=self.o.timeout,
                                            probe_only=True)
            return None, None
        result.tw_needle = first
        log(f"  taskwarrior-tui should list first: {first!r} "
            f"(`task export next`: {fmt(probe)})")
        return db, first[:NEEDLE_CHARS]

    def run_input(self, item: Input) -> Result:
        log(f"{item.label}: {item.tasks:,} tasks, title {item.title!r}")
        result = Result(item.label, item.tasks, Series())
        db = needle = None
        if self.o.with_taskwarrior:
            result.taskwarrior_tui = Series()
            db, needle = self.prepare_taskwarrior(item, result)
        for _ in range(self.o.reps):
            if self._within_budget(result.roadmap):
                self.roadmap_once(item, result.roadmap)
            tw = result.taskwarrior_tui
            if db is not None and tw is not None and self._within_budget(tw):
                self.tw_once(item, tw, db, needle)
        return result

    def run_all(self, seeds: list[Path], sizes: list[int]) -> list[Result]:
        self.measure_baseline()
        results = []
        for path in seeds:
            item = self.load_input(f"`roadmaps/{path.name}`", path)
            results.append(self.run_input(item))
        for size in sizes:
            results.append(self.run_input(self.generate(size)))
        return results

    def print_report(self, results: list[Result], load_before, load_after,
                     started: str, versions: dict[str, str],
                     argv: list[str]) -> None:
        with_tw = self.o.with_taskwarrior
        print(table(results, self.baseline, with_tw))
        print()
        print(conditions(load_before, load_after, started, versions,
                         self.poll_cost, self.o.reps, self.tmux.pane_size(),
                         argv))
        if with_tw:
            imports = ", ".join(
                f"{r.tasks:,}: {fmt(r.import_seconds)}" for r in results
                if r.import_seconds is not None)
            print(f"- `task import` (setup, not measured): {imports}")
            if self.o.tw_without_depends:
                print("- taskwarrior got the tasks WITHOUT their dependencies "
                      "(--tw-without-depends)")
        failed = [r.label for r in results
                  if r.roadmap.error or (r.taskwarrior_tui and
                                         r.taskwarrior_tui.error)]
        if failed:
            print(f"- FAILED launches (see the log above): {', '.join(failed)}")

    # -- self-test ----------------------------------------------------------

    def self_test(self, example: Path) -> int:
        from .self_test import run_checks
        return run_checks(self, example)
