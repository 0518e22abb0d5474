//! The thread that does a big roadmap's slow work (figures, search scoring)
//! so the UI thread only draws. Jobs carry a snapshot (`Arc<Roadmap>`), and
//! only the newest job of each kind is worth doing.

use super::action::Effect;
use super::search::{self, Hits};
use crate::model::metrics::Metrics;
use crate::model::Roadmap;
use std::sync::mpsc::{channel, Receiver, Sender, TryIter};
use std::sync::Arc;

pub enum Job {
    Metrics {
        generation: u64,
        roadmap: Arc<Roadmap>,
    },
    Search {
        generation: u64,
        query: String,
        roadmap: Arc<Roadmap>,
        among: Option<Arc<Hits>>,
    },
}

pub enum Answer {
    Metrics(u64, Box<Metrics>),
    Search(u64, Hits),
}

impl Job {
    /// The job an effect asks for, if it asks for one.
    pub fn from_effect(effect: Effect) -> Option<Job> {
        match effect {
            Effect::Recompute {
                generation,
                roadmap,
            } => Some(Job::Metrics {
                generation,
                roadmap,
            }),
            Effect::Search {
                generation,
                query,
                roadmap,
                among,
            } => Some(Job::Search {
                generation,
                query,
                roadmap,
                among,
            }),
            _ => None,
        }
    }

    /// Does the work. The snapshot is dropped before the answer is sent, so
    /// the UI's next change need not copy the roadmap.
    pub fn run(self) -> Answer {
        match self {
            Job::Metrics {
                generation,
                roadmap,
            } => Answer::Metrics(generation, Box::new(Metrics::compute(&roadmap))),
            Job::Search {
                generation,
                query,
                roadmap,
                among,
            } => Answer::Search(
                generation,
                search::hits_among(&roadmap, &query, among.as_deref()),
            ),
        }
    }
}

pub struct Worker {
    jobs: Sender<Job>,
    answers: Receiver<Answer>,
}

impl Worker {
    pub fn spawn() -> Worker {
        let (jobs, job_rx) = channel::<Job>();
        let (answer_tx, answers) = channel();
        std::thread::spawn(move || {
            while let Ok(first) = job_rx.recv() {
                // Keep only the newest job of each kind; the search first,
                // since someone is typing.
                let (mut metrics, mut search) = (None, None);
                for job in std::iter::once(first).chain(job_rx.try_iter()) {
                    match job {
                        j @ Job::Metrics { .. } => metrics = Some(j),
                        j @ Job::Search { .. } => search = Some(j),
                    }
                }
                for job in [search, metrics].into_iter().flatten() {
                    if answer_tx.send(job.run()).is_err() {
                        return;
                    }
                }
            }
        });
        Worker { jobs, answers }
    }

    /// Hands a job over; if the thread is gone, does it here instead.
    pub fn submit(&self, job: Job) -> Option<Answer> {
        self.jobs.send(job).err().map(|e| e.0.run())
    }

    pub fn answers(&self) -> TryIter<'_, Answer> {
        self.answers.try_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn the_worker_answers_each_kind_of_job() {
        let roadmap = Arc::new(crate::tui::fixture::roadmap());
        let worker = Worker::spawn();
        assert!(worker
            .submit(Job::Metrics {
                generation: 7,
                roadmap: Arc::clone(&roadmap),
            })
            .is_none());
        assert!(worker
            .submit(Job::Search {
                generation: 8,
                query: "sentry".into(),
                roadmap: Arc::clone(&roadmap),
                among: None,
            })
            .is_none());
        let (mut metrics, mut hits) = (None, None);
        let deadline = Instant::now() + Duration::from_secs(10);
        while metrics.is_none() || hits.is_none() {
            assert!(Instant::now() < deadline, "the worker answered");
            for answer in worker.answers() {
                match answer {
                    Answer::Metrics(g, m) => metrics = Some((g, m)),
                    Answer::Search(g, h) => hits = Some((g, h)),
                }
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let (g, m) = metrics.unwrap();
        assert_eq!((g, *m), (7, Metrics::compute(&roadmap)));
        let (g, h) = hits.unwrap();
        assert_eq!((g, h.best), (8, roadmap.task_index("sentry")));
        // The snapshots were let go of: the UI can change the roadmap in place.
        assert_eq!(Arc::strong_count(&roadmap), 1);
    }
}
