//! Lines of a report that look like items but are not work: the importer
//! leaves them out, so a lead does not delete them before the meeting.

#[path = "support/import.rs"]
mod support;

use support::*;

#[test]
fn contents_entries_roll_ups_and_number_lists_are_not_tasks() {
    let r = import(
        "# Audit of Lantern\n\n\
         ## Contents\n\n\
         1. [Critical issues (P0)](#critical-issues-p0)\n\
         2. [High priority (P1)](#high-priority-p1)\n\n\
         ## Critical issues (P0)\n\n\
         - [ ] Rotate the signing keys (2h)\n\
         - [ ] Pin the base images (3h)\n\n\
         ## High priority (P1)\n\n\
         - [ ] Add rate limits to login (4h)\n\n\
         ## Owners\n\n\
         | Role | Name | Tasks |\n\
         |---|---|---|\n\
         | DevOps | Ana | 1.1, 2.1 |\n\
         | QA | Ben | 3.2 |\n\n\
         ## Next steps\n\n\
         ### This month\n\n\
         1. [ ] Complete all P0 items\n\
         2. [ ] Address majority of P1 tasks\n",
    );
    assert_eq!(
        titles(&r),
        [
            "Rotate the signing keys",
            "Pin the base images",
            "Add rate limits to login"
        ]
    );
}
