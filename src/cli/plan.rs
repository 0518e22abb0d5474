//! `roadmap plan [FILE | --example] [--hours H] [--by DATE] [--once AMOUNT]
//! [--monthly AMOUNT] [--level N] [--json]`: the what-if scenarios side by
//! side (`model::whatif`). Exit codes: 0; 1 for a file that does not load,
//! has no maturity levels or no such level, or when the level cannot be
//! reached (the reason is said, and the scenarios still printed); 2 for a
//! usage error (a bad number, date or amount, a date before today).

use super::plan_args::PlanArgs;
use super::{envelope, load_chosen, output, print_warnings, Failure, Outcome};
use crate::export::whatif;
use crate::model::whatif::{plan, Ask, Kind};
use chrono::NaiveDate;

pub fn run(args: PlanArgs, today: NaiveDate) -> Outcome {
    let json = args.json;
    match answer(&args, today) {
        Ok(outcome) => outcome,
        Err(failure) => {
            if json {
                envelope::failure("plan", &failure);
            }
            Err(failure)
        }
    }
}

/// The scenarios printed, and the command's outcome; `Err` before anything
/// is printed.
fn answer(args: &PlanArgs, today: NaiveDate) -> Result<Outcome, Failure> {
    if let Some(by) = args.by.filter(|&by| by < today) {
        return Err(Failure::usage(format!(
            "--by {by} is before today ({today}): no work fits; give a later date"
        )));
    }
    let loaded = load_chosen(args.file.clone(), args.example, "plan")?;
    print_warnings(&loaded);
    let r = &loaded.roadmap;
    let ask = Ask {
        hours: args.hours,
        by: args.by,
        once: args.once,
        monthly: args.monthly,
        level: args.level,
    };
    let file = loaded.document.file_name();
    let w = plan(r, &ask, today).map_err(|e| Failure::invalid(format!("{file}: {e}")))?;
    // The level is out of reach when neither path reaches it (the least-
    // effort one alone may fail where only unestimated tasks would lift the
    // score: that is said in its column, not an exit code).
    let paths: Vec<_> = w
        .scenarios
        .iter()
        .filter(|s| s.kind != Kind::MostMaturity)
        .collect();
    let unreachable = paths
        .iter()
        .all(|s| s.answer.is_err())
        .then(|| paths.first().and_then(|s| s.answer.as_ref().err()))
        .flatten()
        .map(|why| Failure::invalid(format!("{file}: {why}")));
    let printed = if args.json {
        let mut fields = whatif::json(r, &w, &ask);
        fields["file"] = serde_json::json!(file);
        if let Some(f) = &unreachable {
            fields["exit_code"] = serde_json::json!(f.code);
            fields["error"] = serde_json::json!(f.message);
        }
        envelope::print("plan", unreachable.is_none(), fields)
    } else {
        output::text(&whatif::text(r, &w, &ask))
    };
    Ok(printed.and(unreachable.map_or(Ok(()), Err)))
}
