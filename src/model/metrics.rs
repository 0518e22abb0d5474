//! Everything computed from a roadmap: progress, effort, cost, maturity, scorecard.
