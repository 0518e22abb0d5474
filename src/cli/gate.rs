//! `status --require-level N`, the CI gate: it passes only when the roadmap
//! defines level N and has reached it, and each way of failing says which
//! one it is (the file is invalid, has unsettled merge conflicts, defines
//! no such level, or is below it). With `--strict` a skipped task is not
//! done: a level reached only through skipped tasks fails, and says so.

use super::{Failure, Outcome};
use crate::model::metrics::Metrics;
use crate::store::Loaded;

pub fn require_level(loaded: &Loaded, metrics: &Metrics, required: u32, strict: bool) -> Outcome {
    let file = loaded.document.file_name();
    let conflicts = loaded.roadmap.conflicts.len();
    if conflicts > 0 {
        return Err(Failure::invalid(format!(
            "{file}: --require-level {required} not checked: the file has {conflicts} unresolved \
             merge conflict{}, so its level is not settled; `roadmap validate {file}` lists them",
            if conflicts == 1 { "" } else { "s" }
        )));
    }
    if required == 0 {
        return Ok(());
    }
    let Some(maturity) = &metrics.maturity else {
        return Err(Failure::invalid(format!(
            "{file}: --require-level {required} failed: the roadmap defines no maturity levels \
             (no [maturity] table), so no level can be reached; add one or drop the gate"
        )));
    };
    let Some(target) = maturity.levels.iter().find(|l| l.level == required) else {
        let defined: Vec<String> = maturity
            .levels
            .iter()
            .map(|l| l.level.to_string())
            .collect();
        let defined = match defined.len() {
            0 => "no levels".to_string(),
            1 => format!("only level {}", defined[0]),
            _ => format!("levels {}", defined.join(", ")),
        };
        return Err(Failure::invalid(format!(
            "{file}: --require-level {required} failed: the roadmap defines {defined}, \
             not level {required}"
        )));
    };
    if target.reached && !strict {
        return Ok(());
    }
    if target.reached {
        let strict_level = maturity.level_strict();
        if strict_level.is_some_and(|(n, _)| n >= required) {
            return Ok(());
        }
        let skipped: usize = maturity
            .levels
            .iter()
            .take_while(|l| l.level <= required)
            .map(|l| l.tasks_skipped)
            .sum();
        let reached = match strict_level {
            Some((n, name)) => format!("level {n} ({name})"),
            None => "no level".to_string(),
        };
        return Err(Failure::invalid(format!(
            "{file}: --require-level {required} --strict failed: level {required} ({}) is reached \
             only through {skipped} skipped task{}; counting them as not done, maturity is at \
             {reached}",
            target.name,
            if skipped == 1 { "" } else { "s" }
        )));
    }
    let reached = match &maturity.level {
        Some((n, name)) => format!("level {n} ({name})"),
        None => "no level yet".to_string(),
    };
    Err(Failure::invalid(format!(
        "{file}: maturity is at {reached}, below the required level {required} ({}): {}",
        target.name,
        maturity.line()
    )))
}
