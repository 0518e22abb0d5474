//! Work a big roadmap does off the UI thread: scoring a search over every
//! task, the Timeline's forecast (`timeline.rs`) and the what-if dialog's
//! scenarios (`scenario.rs`). `update` only marks the hits out of date and asks for them with an
//! effect; the executor hands the work to a thread and the answer comes
//! back as `Msg::SearchReady`, dropped if something newer was asked for
//! meanwhile. Below the threshold it happens inline. (The figures do not need this: they
//! are updated in place from each change, see `model::metrics::LiveMetrics`.)

use super::effect::Effect;
use super::search::Hits;
use super::state::State;
use std::sync::Arc;

/// What is being computed elsewhere, and for which state of the session.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Deferred {
    /// Compute off the UI thread (set for big roadmaps as the session opens).
    pub enabled: bool,
    /// The list shows the hits of an older query.
    pub search_pending: bool,
    search_generation: u64,
    search_requested: u64,
    /// The hits a pending search may narrow (the tasks the new query can
    /// still match), when the new query extends the one they answer.
    search_basis: Option<Arc<Hits>>,
    /// Counts the changes of the roadmap (edits, undos, reloads), so work
    /// made for an older roadmap is told apart.
    pub changes: u64,
}

impl State {
    /// The query (or the tasks) changed: new hits are needed. `narrow` says
    /// the current hits may serve as the candidates (the query only grew).
    /// Returns true if the hits were computed here and now.
    pub(crate) fn search_stale(&mut self, narrow: bool) -> bool {
        self.deferred.search_generation += 1;
        if self.query.is_empty() {
            self.hits = None;
            self.hits_query.clear();
            self.deferred.search_pending = false;
            return true;
        }
        let basis = self.hits.as_ref().filter(|_| {
            narrow && !self.hits_query.is_empty() && self.query.starts_with(&self.hits_query)
        });
        if self.deferred.enabled {
            self.deferred.search_basis = basis.map(|h| Arc::new(h.clone()));
            self.deferred.search_pending = true;
            false
        } else {
            self.hits = Some(super::search::hits_among(
                &self.roadmap,
                &self.query,
                self.search_fields,
                basis,
            ));
            self.hits_query = self.query.clone();
            true
        }
    }

    /// Hits computed elsewhere; true if they answer the current query.
    pub fn search_ready(&mut self, generation: u64, hits: Hits) -> bool {
        if generation != self.deferred.search_generation {
            return false;
        }
        self.hits = Some(hits);
        self.hits_query = self.query.clone();
        self.deferred.search_pending = false;
        self.narrow_rows();
        self.select_best_hit();
        true
    }

    /// The effects asking for whatever is out of date and not yet asked for.
    pub(crate) fn requests(&mut self) -> Vec<Effect> {
        let d = &mut self.deferred;
        let mut fx = Vec::new();
        if d.search_pending && d.search_requested != d.search_generation {
            d.search_requested = d.search_generation;
            fx.push(Effect::Search {
                generation: d.search_generation,
                query: self.query.clone(),
                fields: self.search_fields,
                roadmap: Arc::clone(&self.roadmap),
                among: d.search_basis.take(),
            });
        }
        fx.extend(self.timeline_request());
        if let super::state::Mode::Scenario(s) = &mut self.mode {
            // The roadmap changed under the dialog (a reload): answer again.
            if s.changes != self.deferred.changes {
                s.changes = self.deferred.changes;
                s.recompute(&self.roadmap, self.today);
            }
            fx.extend(s.request(&self.roadmap, self.today));
        }
        fx
    }
}
