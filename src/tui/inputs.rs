//! What the run loop waits for: terminal events, and the two things that
//! end a session from outside, a signal asking the planner to stop
//! (SIGTERM, SIGHUP, SIGINT, SIGQUIT) and the terminal going away. Both
//! come in as values beside the keys, so the loop ends the session one way
//! whatever asked: terminal restored, unsaved work in a recovery file.
//!
//! crossterm reads the terminal, but a terminal that is gone reads as end
//! of input (or an error) over and over and crossterm's read never returns
//! (it spins, 60 % of a core), and a signal does not wake it. So on Unix
//! the terminal and a pipe that signal handlers write to are polled here
//! first, and crossterm is asked to read only while the terminal is there.

use super::action::Stop;
use crossterm::event::{self, Event};
use std::io;
use std::time::Duration;

/// One thing the run loop has to handle.
#[derive(Debug)]
pub enum Incoming {
    Event(Event),
    Stop(Stop),
}

/// The session's inputs. On Unix, opening them installs the signal
/// handlers; they stay for the rest of the process, so that a second
/// signal while the recovery file is written still ends it at once.
pub struct Inputs {
    #[cfg(unix)]
    unix: unix::Watch,
}

impl Inputs {
    pub fn open() -> io::Result<Inputs> {
        Ok(Inputs {
            #[cfg(unix)]
            unix: unix::Watch::open()?,
        })
    }

    /// The next input within `wait`, or `None` when it passes; `wait` of
    /// `None` waits as long as it takes.
    #[cfg(unix)]
    pub fn next(&mut self, wait: Option<Duration>) -> io::Result<Option<Incoming>> {
        self.unix.next(wait)
    }

    /// The next input within `wait`, or `None` when it passes; `wait` of
    /// `None` waits as long as it takes.
    #[cfg(not(unix))]
    pub fn next(&mut self, wait: Option<Duration>) -> io::Result<Option<Incoming>> {
        let ready = match wait {
            Some(wait) => event::poll(wait)?,
            None => true,
        };
        Ok(if ready {
            Some(Incoming::Event(event::read()?))
        } else {
            None
        })
    }
}

/// An event crossterm already has, or can read without waiting.
fn ready_event() -> io::Result<Option<Event>> {
    if event::poll(Duration::ZERO)? {
        Ok(Some(event::read()?))
    } else {
        Ok(None)
    }
}

#[cfg(unix)]
mod unix {
    use super::{ready_event, Incoming, Stop};
    use rustix::event::{poll, PollFd, PollFlags, Timespec};
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGWINCH};
    use signal_hook::{flag, low_level::pipe};
    use std::fs::File;
    use std::io::{self, IsTerminal, Read};
    use std::os::fd::{AsFd, BorrowedFd};
    use std::os::unix::net::UnixStream;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    /// The signals that end the session.
    const STOPPING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

    /// The terminal crossterm reads: standard input when it is one, else
    /// the process's terminal.
    enum Tty {
        Stdin(io::Stdin),
        Device(File),
    }

    impl Tty {
        fn open() -> io::Result<Tty> {
            let stdin = io::stdin();
            if stdin.is_terminal() {
                Ok(Tty::Stdin(stdin))
            } else {
                File::open("/dev/tty").map(Tty::Device)
            }
        }

        fn fd(&self) -> BorrowedFd<'_> {
            match self {
                Tty::Stdin(stdin) => stdin.as_fd(),
                Tty::Device(f) => f.as_fd(),
            }
        }
    }

    pub struct Watch {
        tty: Tty,
        /// Written to by the handlers of the signals above and of SIGWINCH
        /// (crossterm turns that into a resize, but only once asked).
        wake: UnixStream,
        /// The number of the stopping signal caught, 0 before one is.
        caught: Arc<AtomicUsize>,
    }

    impl Watch {
        pub fn open() -> io::Result<Watch> {
            let (wake, write) = UnixStream::pair()?;
            wake.set_nonblocking(true)?;
            write.set_nonblocking(true)?;
            let caught = Arc::new(AtomicUsize::new(0));
            let stopping = Arc::new(AtomicBool::new(false));
            for signal in STOPPING {
                // A second signal, once the first is being handled, takes
                // the default action (the order of registration matters).
                flag::register_conditional_default(signal, Arc::clone(&stopping))?;
                flag::register(signal, Arc::clone(&stopping))?;
                flag::register_usize(signal, Arc::clone(&caught), signal as usize)?;
                pipe::register(signal, write.try_clone()?)?;
            }
            pipe::register(SIGWINCH, write)?;
            Ok(Watch {
                tty: Tty::open()?,
                wake,
                caught,
            })
        }

        pub fn next(&mut self, wait: Option<Duration>) -> io::Result<Option<Incoming>> {
            let deadline = wait.map(|w| Instant::now() + w);
            let mut timeout = Some(Duration::ZERO);
            loop {
                let (signalled, hung_up) = self.wait(timeout)?;
                if signalled {
                    self.drain();
                }
                match self.caught.swap(0, Ordering::SeqCst) {
                    0 => {}
                    signal => return Ok(Some(Incoming::Stop(Stop::Signal(signal as i32)))),
                }
                if hung_up {
                    return Ok(Some(Incoming::Stop(Stop::Closed)));
                }
                // The terminal is there: crossterm may hold events it read
                // before, or read new ones (a resize after SIGWINCH).
                if let Some(event) = ready_event()? {
                    return Ok(Some(Incoming::Event(event)));
                }
                timeout = match deadline {
                    None => None,
                    Some(deadline) => match deadline.checked_duration_since(Instant::now()) {
                        Some(left) if !left.is_zero() => Some(left),
                        _ => return Ok(None),
                    },
                };
            }
        }

        /// Waits up to `timeout` (`None`: no limit) for the terminal or the
        /// signal pipe; says whether a signal came and whether the
        /// terminal is gone.
        fn wait(&self, timeout: Option<Duration>) -> io::Result<(bool, bool)> {
            let tty = self.tty.fd();
            let mut fds = [
                PollFd::new(&tty, PollFlags::IN),
                PollFd::new(&self.wake, PollFlags::IN),
            ];
            let timeout = timeout.map(|t| Timespec {
                tv_sec: t.as_secs().try_into().unwrap_or(i64::MAX),
                tv_nsec: t.subsec_nanos().into(),
            });
            match poll(&mut fds, timeout.as_ref()) {
                Ok(_) => {}
                Err(rustix::io::Errno::INTR) => return Ok((true, false)),
                Err(e) => return Err(e.into()),
            }
            let gone = PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL;
            let hung_up = fds[0].revents().intersects(gone);
            let signalled = !fds[1].revents().is_empty();
            Ok((signalled, hung_up))
        }

        /// Empties the signal pipe (one byte per signal).
        fn drain(&mut self) {
            let mut buf = [0u8; 64];
            while matches!(self.wake.read(&mut buf), Ok(n) if n > 0) {}
        }
    }
}
