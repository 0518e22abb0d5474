//! `status --require-level N`, the CI gate: it passes only when the roadmap
//! defines level N and has reached it, and each way of failing says which
//! one it is (the file is invalid, has unsettled merge conflicts, defines
//! no such level, or is below it).

use super::{Failure, Outcome};
use crate::model::metrics::Metrics;
use crate::store::Loaded;

pub fn require_level(loaded: &Loaded, metrics: &Metrics, required: u32) -> Outcome {
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
    if target.reached {
        return Ok(());
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
