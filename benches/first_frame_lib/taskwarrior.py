"""The same tasks in taskwarrior: conversion, private database, import.

A roadmap task becomes a taskwarrior task as follows (input: the `tasks` of
`roadmap export --format json`):

    title        -> description
    phase (id)   -> project
    priority     -> priority: critical and high H, medium M, low L
    status       -> todo pending; doing pending + start; done completed
                    (end = done_on); skipped deleted (taskwarrior's "won't do")
    category     -> one tag (characters other than letters, digits and _
                    become _, since tags cannot hold spaces or slashes)
    due          -> due
    id           -> uuid, a UUIDv5 of the id: the same task gets the same
                    uuid in every run
    depends_on   -> depends, the uuids of those ids
    (every task) -> entry = the project's audit_date (else 2025-01-01), so
                    urgency (which grows with age) is the same in every run
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

TW_TUI_VERSION = "0.25.4"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "roadmap:first-frame-bench")
PRIORITY = {"critical": "H", "high": "H", "medium": "M", "low": "L"}

# The exact rc overrides taskwarrior-tui 0.25.4 passes to `task export`
# (src/app.rs, export_tasks), so the probe below sees the same first task.
TW_TUI_EXPORT = ["rc.json.array=on", "rc.confirmation=off",
                 "rc.json.depends.array=on", "rc.color=off",
                 "rc._forcecolor=off"]


def task_uuid(task_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, task_id))


def tw_date(iso_date: str) -> str:
    return iso_date.replace("-", "") + "T000000Z"


def convert(export: dict, with_depends: bool = True) -> list[dict]:
    """Taskwarrior import records for the tasks of a roadmap JSON export."""
    audit = export.get("project", {}).get("audit_date") or "2025-01-01"
    entry = tw_date(str(audit))
    records = []
    for task in export.get("tasks", []):
        record = {"uuid": task_uuid(task["id"]), "description": task["title"],
                  "entry": entry, "project": task["phase"]}
        status = task.get("status")
        if status == "done":
            record["status"] = "completed"
            record["end"] = tw_date(task.get("done_on") or str(audit))
        elif status == "skipped":
            record["status"] = "deleted"
            record["end"] = entry
        else:
            record["status"] = "pending"
            if status == "doing":
                record["start"] = entry
        if task.get("priority") in PRIORITY:
            record["priority"] = PRIORITY[task["priority"]]
        tag = re.sub(r"[^A-Za-z0-9_]", "_", task.get("category") or "")
        if tag.strip("_"):
            record["tags"] = [tag]
        if task.get("due"):
            record["due"] = tw_date(task["due"])
        if with_depends and task.get("depends_on"):
            record["depends"] = [task_uuid(dep) for dep in task["depends_on"]]
        records.append(record)
    return records


class TaskDatabase:
    """A private TASKRC + TASKDATA holding one roadmap's tasks."""

    def __init__(self, root: Path, base_env: dict[str, str]):
        self.root = root
        self.data = root / "data"
        self.rc = root / "taskrc"
        self.data.mkdir(parents=True)
        # news.version silences 2.6's "run task news" nag, which would
        # otherwise be printed into output taskwarrior-tui parses.
        self.rc.write_text(
            f"data.location={self.data}\n"
            "confirmation=off\nhooks=off\nnews.version=2.6.0\n"
            "gc=on\n")
        self.env = {**base_env, "TASKRC": str(self.rc),
                    "TASKDATA": str(self.data)}

    def import_tasks(self, records: list[dict]) -> float:
        """Import; returns the seconds it took (setup, not measured)."""
        path = self.root / "import.json"
        path.write_text(json.dumps(records))
        start = time.perf_counter()
        out = subprocess.run(["task", "rc.verbose=nothing", "import", str(path)],
                             env=self.env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if out.returncode != 0:
            raise RuntimeError(f"task import {path} failed ({out.returncode}):"
                               f" {out.stderr.strip()[-2000:]}")
        return seconds

    def count(self, status: str) -> int:
        out = subprocess.run(["task", "rc.verbose=nothing", f"status:{status}",
                              "count"], env=self.env, capture_output=True,
                             text=True, check=True)
        return int(out.stdout.strip() or "0")

    def first_of_next_report(self, timeout: float) -> str | None:
        """Description of the first task taskwarrior-tui will list.

        Runs the very `task export next` that taskwarrior-tui runs before
        drawing its first frame. None when it takes longer than timeout (then
        taskwarrior-tui cannot draw within the timeout either).
        """
        try:
            out = subprocess.run(["task", *TW_TUI_EXPORT, "export", "next"],
                                 env=self.env, capture_output=True, text=True,
                                 timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            return None
        tasks = json.loads(out.stdout or "[]")
        return tasks[0]["description"] if tasks else None


def install_hint() -> str | None:
    """What to install when taskwarrior or taskwarrior-tui is missing."""
    missing = []
    if shutil.which("task") is None:
        missing.append("taskwarrior: `apt-get install -y taskwarrior` "
                       "(Debian bookworm: 2.6.2)")
    if shutil.which("taskwarrior-tui") is None:
        missing.append("taskwarrior-tui: `cargo install --locked "
                       f"taskwarrior-tui --version {TW_TUI_VERSION}` (0.26+ "
                       "needs taskwarrior 3)")
    if not missing:
        return None
    return ("missing " + "; ".join(missing) +
            " (or rerun with --install)")


def install_tools() -> None:
    if shutil.which("task") is None:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        print("# apt-get update && apt-get install -y taskwarrior", flush=True)
        subprocess.run([*sudo, "apt-get", "update", "-qq"], check=False)
        subprocess.run([*sudo, "apt-get", "install", "-y", "taskwarrior"],
                       check=False)
    if shutil.which("taskwarrior-tui") is None:
        print(f"# cargo install --locked taskwarrior-tui --version "
              f"{TW_TUI_VERSION} (several minutes)", flush=True)
        subprocess.run(["nice", "cargo", "install", "--locked",
                        "taskwarrior-tui", "--version", TW_TUI_VERSION],
                       check=False)


def tool_versions(roadmap: Path, with_tw: bool) -> dict[str, str]:
    def first_line(argv: list[str]) -> str:
        try:
            out = subprocess.run(argv, capture_output=True, text=True,
                                 timeout=30)
        except (OSError, subprocess.TimeoutExpired) as err:
            return f"unavailable ({err})"
        text = (out.stdout or out.stderr).strip().splitlines()
        return text[0] if text else "unknown"

    repo = Path(__file__).resolve().parents[2]
    commit = first_line(["git", "-C", str(repo), "describe", "--always",
                         "--dirty"])
    versions = {"roadmap": f"{first_line([str(roadmap), '--version'])} "
                           f"({roadmap}; checkout at {commit})",
                "tmux": first_line(["tmux", "-V"])}
    if with_tw:
        versions["task"] = first_line(["task", "--version"])
        versions["taskwarrior-tui"] = first_line(["taskwarrior-tui",
                                                  "--version"])
    return versions
