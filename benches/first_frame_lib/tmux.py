"""A private tmux server and the launch-and-poll measurement.

One server per run, on its own socket (`tmux -L`) with no configuration file,
so the user's tmux and ~/.tmux.conf play no part. A `keep` session holds the
server up between measurements: otherwise every launch would also pay for
starting a server. The status line is off, so a 120x40 session gives the
program a 120x40 pane.

Launches and polls go through one control-mode client (`tmux -C`): a command
is a line written to its stdin and its output comes back between `%begin` and
`%end`. Spawning a `tmux capture-pane` process per poll costs 5-20 ms on a
busy 2-core machine, which would be the resolution of every figure; a
control-mode round trip costs a fraction of a millisecond.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from dataclasses import dataclass

WIDTH = 120
HEIGHT = 40


class SightingFailed(Exception):
    """The text never showed: the message says why and what the pane held."""


@dataclass
class Sighting:
    seconds: float  # launch to first capture that showed the text
    polls: int  # capture-pane calls it took


class ControlClient:
    """A `tmux -C` client: send one command, get its output lines."""

    def __init__(self, base: list[str], env: dict[str, str], session: str):
        self.proc = subprocess.Popen(
            [*base, "-C", "attach-session", "-t", session],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=env)
        ok, lines = self.command("display-message -p first-frame-sync")
        if not ok or lines != ["first-frame-sync"]:
            raise RuntimeError(f"tmux control client: {lines}")

    def command(self, line: str) -> tuple[bool, list[str]]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()
        return self._block()

    def _block(self) -> tuple[bool, list[str]]:
        assert self.proc.stdout is not None
        lines: list[str] | None = None
        while True:
            raw = self.proc.stdout.readline()
            if not raw:
                raise RuntimeError("tmux control client ended")
            text = raw.decode("utf-8", errors="replace").rstrip("\n")
            if lines is None:
                # Outside a block: notifications (%session-changed, ...).
                # Blocks flagged 1 answer commands read from stdin; the
                # attach command's own block (flag 0) comes at any moment
                # in the first exchanges and is skipped.
                if text.startswith("%begin ") and text.endswith(" 1"):
                    lines = []
                continue
            if text.startswith("%end ") or text.startswith("%error "):
                return text.startswith("%end "), lines
            lines.append(text)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def quote(word: str) -> str:
    """One word for the tmux command line (single quotes, no escapes)."""
    if "'" in word or "\n" in word:
        raise ValueError(f"cannot pass {word!r} to tmux: it holds a quote "
                         "or a newline (move the checkout or temp dir)")
    return "'" + word + "'"


class TmuxServer:
    def __init__(self, env: dict[str, str]):
        self.socket = f"roadmap-first-frame-{os.getpid()}"
        self.env = env
        self.counter = 0
        self.live_groups: set[int] = set()
        self.base = ["tmux", "-L", self.socket, "-f", "/dev/null"]
        self.control: ControlClient | None = None
        self.socket_path = ""

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            env=self.env, capture_output=True, check=check)

    def start(self) -> None:
        self.tmux("new-session", "-d", "-s", "keep", "-x", str(WIDTH),
                  "-y", str(HEIGHT), "sleep 86400")
        # remain-on-exit keeps a crashed program's last screen for the error
        # message; no status line so the pane is the full 120x40.
        self.tmux("set-option", "-g", "remain-on-exit", "on")
        self.tmux("set-option", "-g", "status", "off")
        self.control = ControlClient(self.base, self.env, "keep")
        self.socket_path = self._pane("keep", "#{socket_path}")

    def stop(self) -> None:
        for group in list(self.live_groups):
            self._kill_group(group)
        if self.control is not None:
            self.control.close()
        self.tmux("kill-server", check=False)
        # tmux leaves its socket file behind; one per run would pile up.
        if self.socket_path.endswith(self.socket):
            try:
                os.unlink(self.socket_path)
            except OSError:
                pass

    def measure(self, argv: list[str], needle: str | None, timeout: float,
                poll_sleep: float, env: dict[str, str] | None = None,
                header_lines: int | None = None) -> Sighting:
        """Launch argv in a fresh session; poll until needle shows.

        needle None means "any non-blank screen". header_lines limits the
        search to the first lines of the pane (roadmap's title is in its
        header, so a task titled like the project cannot fool it).
        Raises SightingFailed on timeout or when the program exits first.
        """
        self.counter += 1
        name = f"m{self.counter}"
        assert self.control is not None, "start() first"
        extra = [f"-e {quote(f'{key}={value}')}" for key, value in (env or {}).items()]
        launch = " ".join([f"new-session -d -s {name} -x {WIDTH} -y {HEIGHT}",
                           *extra, *(quote(word) for word in argv)])
        capture = f"capture-pane -p -t {name}"
        polls = 0
        last = ""
        next_dead_check = 0.25
        start = time.perf_counter()
        ok, lines = self.control.command(launch)
        if not ok:
            raise SightingFailed(f"tmux could not launch {argv}: {lines}")
        try:
            while True:
                ok, lines = self.control.command(capture)
                now = time.perf_counter() - start
                polls += 1
                if not ok:
                    raise SightingFailed(f"session vanished: {lines}")
                last = "\n".join(lines)
                if _shows(last, needle, header_lines):
                    return Sighting(now, polls)
                if now > timeout:
                    raise SightingFailed(
                        f"no {needle!r} after {timeout:.0f} s; screen:\n{_tail(last)}")
                if now > next_dead_check:
                    next_dead_check = now + 0.25
                    if self._pane(name, "#{pane_dead}") == "1":
                        raise SightingFailed(
                            f"exited (status {self._exit_status(name)})"
                            f" before {needle!r} showed; screen:\n{_tail(last)}")
                if poll_sleep > 0:
                    time.sleep(poll_sleep)
        finally:
            self._end_session(name)

    def pane_size(self) -> str:
        return self._pane("keep", "#{pane_width}x#{pane_height}")

    def poll_cost(self, calls: int = 200) -> float:
        """Seconds one poll (a capture-pane round trip) takes, on average."""
        assert self.control is not None, "start() first"
        start = time.perf_counter()
        for _ in range(calls):
            self.control.command("capture-pane -p -t keep")
        return (time.perf_counter() - start) / calls

    def _pane(self, name: str, fmt: str) -> str:
        if self.control is None:
            return ""
        ok, lines = self.control.command(f"display-message -p -t {name} '{fmt}'")
        return "\n".join(lines).strip() if ok else ""

    def _exit_status(self, name: str) -> str:
        # The pane is dead as soon as its terminal closes; tmux learns the
        # exit status a moment later, when it reaps the process.
        for _ in range(50):
            status = self._pane(name, "#{pane_dead_status}")
            if status:
                return status
            time.sleep(0.02)
        return "unknown"

    def _end_session(self, name: str) -> None:
        # tmux starts the program as the leader of its own process group;
        # killing the group also ends children such as taskwarrior-tui's
        # `task export`, which would otherwise run on for minutes.
        pid = self._pane(name, "#{pane_pid}")
        if pid.isdigit():
            self.live_groups.add(int(pid))
            self._kill_group(int(pid))
        self.tmux("kill-session", "-t", name, check=False)

    def _kill_group(self, group: int) -> None:
        for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 10.0)):
            try:
                os.killpg(group, sig)
            except ProcessLookupError:
                self.live_groups.discard(group)
                return
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline:
                if not _group_alive(group):
                    self.live_groups.discard(group)
                    return
                time.sleep(0.02)


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    # The pane's leader stays a zombie until tmux reaps it; members that are
    # zombies count as gone.
    states = subprocess.run(["ps", "-o", "stat=", "--sid", str(group)],
                            capture_output=True, text=True).stdout.split()
    return any(not state.startswith("Z") for state in states)


def _shows(screen: str, needle: str | None, header_lines: int | None) -> bool:
    if needle is None:
        return screen.strip() != ""
    if header_lines is not None:
        screen = "\n".join(screen.splitlines()[:header_lines])
    return needle in screen


def _tail(screen: str) -> str:
    lines = [line.rstrip() for line in screen.splitlines() if line.strip()]
    return "\n".join("    | " + line for line in lines[-12:]) or "    | (blank)"
