"""Series of timings and the markdown the run prints."""

from __future__ import annotations

import os
import statistics
from dataclasses import dataclass, field


@dataclass
class Series:
    """The sightings of one tool on one input."""

    samples: list[float] = field(default_factory=list)
    timeout: float | None = None  # set when a launch did not show in time
    error: str | None = None  # set when it failed for another reason
    probe_only: bool = False  # timeout known from `task export next` alone

    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    def cell(self) -> str:
        if self.error is not None:
            return "failed"
        if self.timeout is not None:
            return f"> {self.timeout:.0f} s{' ¹' if self.probe_only else ''}"
        if not self.samples:
            return "-"
        median = fmt(statistics.median(self.samples))
        if len(self.samples) == 1:
            return f"{median} (1 run)"
        spread = fmt_range(min(self.samples), max(self.samples))
        return f"{median} ({spread}, {len(self.samples)} runs)"


@dataclass
class Result:
    label: str
    tasks: int
    roadmap: Series
    taskwarrior_tui: Series | None = None
    import_seconds: float | None = None
    tw_needle: str | None = None

    def ratio(self) -> str:
        tw = self.taskwarrior_tui
        ours = self.roadmap.median()
        if tw is None or ours is None or ours <= 0 or tw.error is not None:
            return "-"
        if tw.timeout is not None:
            return f"> {tw.timeout / ours:.0f}×"
        theirs = tw.median()
        if theirs is None:
            return "-"
        return f"{theirs / ours:.1f}×"


def fmt(seconds: float) -> str:
    if seconds < 1.0:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s"


def fmt_range(low: float, high: float) -> str:
    """'13-17 ms' or '2.71-3.27 s': one unit, chosen by the high end."""
    if high < 1.0:
        return f"{low * 1000:.0f}-{high * 1000:.0f} ms"
    return f"{low:.2f}-{high:.2f} s"


def table(results: list[Result], baseline: Series, with_tw: bool) -> str:
    head = "| Input | Tasks | roadmap | taskwarrior-tui | Ratio |"
    rule = "|---|---:|---:|---:|---:|"
    if not with_tw:
        head = "| Input | Tasks | roadmap |"
        rule = "|---|---:|---:|"
    rows = [head, rule]
    for result in results:
        cells = [result.label, f"{result.tasks:,}", result.roadmap.cell()]
        if with_tw:
            tw = result.taskwarrior_tui
            cells += [tw.cell() if tw else "-", result.ratio()]
        rows.append("| " + " | ".join(cells) + " |")
    cells = ["baseline: `sh -c 'printf %s TEXT; exec sleep 600'`", "-", baseline.cell()]
    if with_tw:
        cells += ["-", "-"]
    rows.append("| " + " | ".join(cells) + " |")
    if any(r.taskwarrior_tui and r.taskwarrior_tui.probe_only for r in results):
        rows += ["", "¹ Not launched: `task export next`, which taskwarrior-tui"
                 " runs before it draws anything, alone took longer than the "
                 "timeout."]
    return "\n".join(rows)


def conditions(load_before: tuple[float, float, float],
               load_after: tuple[float, float, float], started: str,
               versions: dict[str, str], poll_cost: float, reps: int,
               pane: str, argv: list[str]) -> str:
    def load(values: tuple[float, float, float]) -> str:
        return " / ".join(f"{v:.2f}" for v in values)

    lines = [
        f"- Command: `benches/first_frame.py{''.join(' ' + a for a in argv)}`"
        f", started {started}",
        f"- Cores (`nproc`): {os.cpu_count()}; load average (1/5/15 min) "
        f"{load(load_before)} before, {load(load_after)} after",
        f"- Pane {pane}; up to {reps} launches per tool and input (the "
        "table gives the runs), median (min-max); the tools alternate",
        f"- One poll (`capture-pane -p` round trip through a `tmux -C` client): "
        f"{poll_cost * 1000:.1f} ms on average",
    ]
    lines += [f"- {name}: {version}" for name, version in versions.items()]
    return "\n".join(lines)
