//! The thread that does a big roadmap's slow work (search scoring, the
//! Timeline's forecast, the what-if scenarios) so the
//! UI thread only draws. Jobs carry a snapshot (`Arc<Roadmap>`), and
//! only the newest job of each kind is worth doing.

use super::effect::Effect;
use super::msg::Msg;
use super::search::{self, Hits};
use crate::model::Roadmap;
use std::sync::mpsc::{channel, Receiver, Sender, TryIter};
use std::sync::Arc;

pub enum Job {
    Search {
        generation: u64,
        query: String,
        fields: search::Fields,
        roadmap: Arc<Roadmap>,
        among: Option<Arc<Hits>>,
    },
    Forecast {
        generation: u64,
        roadmap: Arc<Roadmap>,
        today: chrono::NaiveDate,
    },
    WhatIf {
        generation: u64,
        ask: crate::model::whatif::Ask,
        roadmap: Arc<Roadmap>,
        today: chrono::NaiveDate,
    },
}

impl Job {
    /// The job an effect asks for, if it asks for one.
    pub fn from_effect(effect: Effect) -> Option<Job> {
        match effect {
            Effect::Search {
                generation,
                query,
                fields,
                roadmap,
                among,
            } => Some(Job::Search {
                generation,
                query,
                fields,
                roadmap,
                among,
            }),
            Effect::Forecast {
                generation,
                roadmap,
                today,
            } => Some(Job::Forecast {
                generation,
                roadmap,
                today,
            }),
            Effect::WhatIf {
                generation,
                ask,
                roadmap,
                today,
            } => Some(Job::WhatIf {
                generation,
                ask,
                roadmap,
                today,
            }),
            _ => None,
        }
    }

    /// Jobs of one kind replace each other: only the newest is worth doing.
    fn kind(&self) -> u8 {
        match self {
            Job::Search { .. } => 0,
            Job::Forecast { .. } => 1,
            Job::WhatIf { .. } => 2,
        }
    }

    /// Does the work; the answer is the message that gives it back. The
    /// snapshot is dropped before the answer is sent, so the UI's next
    /// change need not copy the roadmap.
    pub fn run(self) -> Msg {
        match self {
            Job::Search {
                generation,
                query,
                fields,
                roadmap,
                among,
            } => Msg::SearchReady {
                generation,
                hits: search::hits_among(&roadmap, &query, fields, among.as_deref()),
            },
            Job::Forecast {
                generation,
                roadmap,
                today,
            } => Msg::ForecastReady {
                generation,
                forecast: Box::new(crate::model::schedule::forecast(&roadmap, today)),
            },
            Job::WhatIf {
                generation,
                ask,
                roadmap,
                today,
            } => Msg::WhatIfReady {
                generation,
                answer: Box::new(
                    crate::model::whatif::plan(&roadmap, &ask, today).map_err(|e| e.to_string()),
                ),
            },
        }
    }
}

pub struct Worker {
    jobs: Sender<Job>,
    answers: Receiver<Msg>,
}

impl Worker {
    pub fn spawn() -> Worker {
        let (jobs, job_rx) = channel::<Job>();
        let (answer_tx, answers) = channel();
        std::thread::spawn(move || {
            while let Ok(first) = job_rx.recv() {
                // Only the newest job of each kind is worth doing.
                let mut newest: Vec<Job> = vec![first];
                for job in job_rx.try_iter() {
                    newest.retain(|j| j.kind() != job.kind());
                    newest.push(job);
                }
                for job in newest {
                    if answer_tx.send(job.run()).is_err() {
                        return;
                    }
                }
            }
        });
        Worker { jobs, answers }
    }

    /// Hands a job over; if the thread is gone, does it here instead.
    pub fn submit(&self, job: Job) -> Option<Msg> {
        self.jobs.send(job).err().map(|e| e.0.run())
    }

    pub fn answers(&self) -> TryIter<'_, Msg> {
        self.answers.try_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn the_worker_answers_a_search() {
        let roadmap = Arc::new(crate::tui::fixture::roadmap());
        let worker = Worker::spawn();
        assert!(worker
            .submit(Job::Search {
                generation: 8,
                query: "sentry".into(),
                fields: search::Fields::All,
                roadmap: Arc::clone(&roadmap),
                among: None,
            })
            .is_none());
        let mut hits = None;
        let deadline = Instant::now() + Duration::from_secs(10);
        while hits.is_none() {
            assert!(Instant::now() < deadline, "the worker answered");
            for answer in worker.answers() {
                if let Msg::SearchReady {
                    generation,
                    hits: h,
                } = answer
                {
                    hits = Some((generation, h));
                }
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let (g, h) = hits.unwrap();
        assert_eq!((g, h.best), (8, roadmap.task_index("sentry")));
        // The snapshot was let go of: the UI can change the roadmap in place.
        assert_eq!(Arc::strong_count(&roadmap), 1);
    }
}
