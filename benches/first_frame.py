#!/usr/bin/env python3
"""Time to first frame in a real terminal: roadmap beside taskwarrior-tui.

Starts each program in a fresh detached tmux session of 120x40, polls
`tmux capture-pane -p` until a known text shows, and records the time from
launching the session to first sighting. For roadmap the text is the project
name, which the planner draws in its header; for taskwarrior-tui it is the
description of the first task of its default report (`next`), loaded from the
same roadmap with `task import`. Inputs: every `roadmaps/*.toml` and generated
roadmaps of 1,000, 10,000 and 100,000 tasks (`roadmap gen --tasks N`).

Usage:
  benches/first_frame.py                 full run (5 repetitions, up to 100k)
  benches/first_frame.py --quick         2 repetitions, skips 100,000 tasks
  benches/first_frame.py --self-test     a few checks that the script works
  benches/first_frame.py --install       apt-get install taskwarrior and
                                         cargo install taskwarrior-tui 0.25.4
                                         when missing, then measure
  benches/first_frame.py --help          every option

Everything runs in a private tmux server (its own socket, no user config) and
a temporary HOME / XDG_CONFIG_HOME / TASKRC / TASKDATA, all removed on exit,
on Ctrl-C and on errors. A program whose text does not show within --timeout
seconds is recorded as "> timeout" and its remaining repetitions on that input
are skipped; so is taskwarrior-tui, without being launched, when the
`task export next` it runs before drawing already takes longer than that.
Launches stop repeating once they took --budget seconds on one input (the
table gives the number of runs). The output is a markdown table for
docs/PERFORMANCE.md.

taskwarrior-tui 0.26 and later need taskwarrior 3; Debian bookworm ships
taskwarrior 2.6.2, hence taskwarrior-tui 0.25.4 (the last release for 2.6).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# No __pycache__ beside the script in the checkout.
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

# pylint: disable=wrong-import-position
from first_frame_lib.taskwarrior import (  # noqa: E402
    TW_TUI_VERSION,
    install_hint,
    install_tools,
    tool_versions,
)
from first_frame_lib.run import Bench, Options  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="benches/first_frame.py",
        description=(
            "Time to first frame of roadmap and taskwarrior-tui in tmux "
            "(120x40), on the seed roadmaps and generated ones."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("Everything runs", 1)[0].split("Usage:", 1)[1],
    )
    parser.add_argument("--quick", action="store_true",
                        help="2 repetitions, skip 100,000 tasks")
    parser.add_argument("--self-test", action="store_true",
                        help="check the converter and one launch of each "
                        "tool on the example roadmap, then exit")
    parser.add_argument("--install", action="store_true",
                        help="install taskwarrior (apt-get) and "
                        f"taskwarrior-tui {TW_TUI_VERSION} (cargo) if missing")
    parser.add_argument("--reps", type=int, default=None,
                        help="repetitions per input and tool (default 5, "
                        "--quick 2)")
    parser.add_argument("--sizes", default=None,
                        help="generated sizes, comma-separated (default "
                        "1000,10000,100000; --quick 1000,10000)")
    parser.add_argument("--no-seeds", action="store_true",
                        help="skip roadmaps/*.toml")
    parser.add_argument("--timeout", type=float, default=300.0,
                        help="seconds to wait for the text to show "
                        "(default 300)")
    parser.add_argument("--budget", type=float, default=90.0,
                        help="stop repeating a tool on an input once its "
                        "launches took this many seconds in all (default "
                        "90; the table gives the number of runs)")
    parser.add_argument("--poll-sleep", type=float, default=0.001,
                        help="seconds to sleep between two polls "
                        "(default 0.001; each poll also costs one "
                        "`tmux capture-pane` round trip)")
    parser.add_argument("--binary", default=None,
                        help="roadmap binary to measure (default: build "
                        "and use target/release/roadmap)")
    parser.add_argument("--no-build", action="store_true",
                        help="do not run cargo build --release")
    parser.add_argument("--no-taskwarrior", action="store_true",
                        help="measure roadmap only")
    parser.add_argument("--tw-without-depends", action="store_true",
                        help="drop dependencies from the tasks given to "
                        "taskwarrior (its urgency with dependencies is "
                        "quadratic); the table says so")
    parser.add_argument("--keep-temp", action="store_true",
                        help="keep the temporary directory (printed)")
    args = parser.parse_args(argv)
    if args.reps is None:
        args.reps = 2 if args.quick else 5
    if args.sizes is None:
        args.sizes = "1000,10000" if args.quick else "1000,10000,100000"
    try:
        args.size_list = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: not a comma-separated list of numbers: "
                     f"{args.sizes!r}")
    if args.reps < 1:
        parser.error("--reps must be at least 1")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    return args


def roadmap_binary(args: argparse.Namespace) -> Path:
    if args.binary:
        path = Path(args.binary).resolve()
    else:
        path = REPO / "target" / "release" / "roadmap"
        if not args.no_build:
            print("# cargo build --release --bin roadmap", file=sys.stderr)
            subprocess.run(["cargo", "build", "--release", "--bin", "roadmap"],
                           cwd=REPO, check=True)
    if not path.is_file() or not os.access(path, os.X_OK):
        sys.exit(f"first_frame: no roadmap binary at {path}: run "
                 "`cargo build --release` or pass --binary PATH")
    return path


def interrupt(signum, _frame):
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    # SIGTERM and SIGHUP clean up like Ctrl-C: sessions and temp dirs go.
    # SIGINT too, explicitly: a shell starts background jobs with SIGINT
    # ignored, and Python then raises no KeyboardInterrupt.
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGHUP, interrupt)
    if shutil.which("tmux") is None:
        print("first_frame: tmux is required (apt-get install -y tmux)",
              file=sys.stderr)
        return 2
    if args.install and not args.no_taskwarrior:
        install_tools()
    binary = roadmap_binary(args)
    with_tw = not args.no_taskwarrior
    if with_tw:
        hint = install_hint()
        if hint:
            print(f"first_frame: {hint}\nfirst_frame: measuring roadmap "
                  "only.", file=sys.stderr)
            with_tw = False
    tmp = Path(tempfile.mkdtemp(prefix="roadmap-first-frame-"))
    options = Options(
        binary=binary,
        tmp=tmp,
        reps=1 if args.self_test else args.reps,
        timeout=args.timeout,
        budget=args.budget,
        poll_sleep=args.poll_sleep,
        with_taskwarrior=with_tw,
        tw_without_depends=args.tw_without_depends,
    )
    bench = Bench(options)
    try:
        bench.start()
        if args.self_test:
            return bench.self_test(REPO / "roadmaps" / "example.toml")
        seeds = [] if args.no_seeds else sorted(
            (REPO / "roadmaps").glob("*.toml"))
        load_before = os.getloadavg()
        started = time.strftime("%Y-%m-%d %H:%M:%S %Z")
        results = bench.run_all(seeds, args.size_list)
        load_after = os.getloadavg()
        bench.print_report(results, load_before, load_after, started,
                           tool_versions(binary, with_tw), argv)
        return 0
    except KeyboardInterrupt:
        print("\nfirst_frame: interrupted; cleaning up", file=sys.stderr)
        return 130
    finally:
        bench.stop()
        if args.keep_temp:
            print(f"# kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
