//! Branch and bound over the open tasks. Both questions pick a set of tasks
//! closed under `depends_on` (taking a task takes the open tasks it needs):
//! - [`most_gain`]: the most maturity gain within limits on hours and money
//!   (a knapsack with several budgets and precedence);
//! - [`least_cost`]: the least hours or money that still gains `need`
//!   (a covering knapsack with precedence).
//!
//! Only tasks that gain something are branched on; a task that gains
//! nothing enters a set only because a chosen task needs it. Taking a task
//! takes its closure; leaving one out leaves out every task that needs it,
//! so a partial set is always closed. Bounds are the fractional (linear)
//! relaxations without the precedence, which can only be looser than the
//! real problem. A greedy answer seeds the search; when the work budget
//! runs out the best set found is returned with `exact: false` and the gap
//! to the relaxation's bound at the root.

use super::problem::Item;

/// Two scores closer than this are equal (the maturity code's own tolerance).
pub const EPS: f64 = 1e-9;

/// Bound evaluations the search may spend before settling for the best
/// found; searches over at most [`ALWAYS_EXACT`] branching tasks never stop.
pub const WORK_BUDGET: u64 = 30_000_000;
pub const ALWAYS_EXACT: usize = 20;

/// Limits on the chosen set; `None` is no limit.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Limits {
    pub hours: Option<f64>,
    pub once: Option<f64>,
    pub monthly: Option<f64>,
}

/// What a search minimises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cost {
    /// Hours, then money among equals.
    Hours,
    /// One-time money plus twelve months of the monthly, then hours.
    Money,
}

impl Cost {
    /// (primary, secondary) cost of an item.
    pub fn of(self, item: &Item) -> (f64, f64) {
        let money = item.once + 12.0 * item.monthly;
        match self {
            Cost::Hours => (item.hours, money),
            Cost::Money => (money, item.hours),
        }
    }
}

/// A search's answer: item positions, ascending.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub set: Vec<usize>,
    pub exact: bool,
    /// How far the answer may be from the best: score points for
    /// [`most_gain`], cost for [`least_cost`]; 0 when exact.
    pub gap: f64,
}

const UNDECIDED: u8 = 0;
const IN: u8 = 1;
const OUT: u8 = 2;

/// The set being built, with a trail to undo a branch.
struct State<'a> {
    items: &'a [Item],
    dependents: Vec<Vec<usize>>,
    mark: Vec<u8>,
    trail: Vec<usize>,
    /// gain, hours, once, monthly, primary, secondary of the items in.
    sums: [f64; 6],
    /// Gain of the undecided items.
    open_gain: f64,
    work: u64,
    cost: Cost,
}

impl<'a> State<'a> {
    /// `given` are in from the start and stay in; ineligible tasks and
    /// those needing them are out.
    fn new(items: &'a [Item], eligible: &[bool], cost: Cost, given: &[usize]) -> State<'a> {
        let mut dependents = vec![Vec::new(); items.len()];
        for (i, item) in items.iter().enumerate() {
            for &d in &item.deps {
                dependents[d].push(i);
            }
        }
        let mut s = State {
            items,
            dependents,
            mark: vec![UNDECIDED; items.len()],
            trail: Vec::new(),
            sums: [0.0; 6],
            open_gain: 0.0,
            work: 0,
            cost,
        };
        given.iter().for_each(|&i| s.include(i));
        for i in (0..items.len()).filter(|&i| !eligible[i]) {
            s.exclude(i);
        }
        s.trail.clear();
        s.open_gain = (0..items.len())
            .filter(|&i| s.mark[i] == UNDECIDED)
            .map(|i| items[i].gain)
            .sum();
        s
    }

    fn figures(&self, i: usize) -> [f64; 6] {
        let it = &self.items[i];
        let (p, q) = self.cost.of(it);
        [it.gain, it.hours, it.once, it.monthly, p, q]
    }

    fn set(&mut self, i: usize, mark: u8) {
        self.mark[i] = mark;
        self.trail.push(i);
        self.open_gain -= self.items[i].gain;
        if mark == IN {
            let f = self.figures(i);
            self.sums.iter_mut().zip(f).for_each(|(s, f)| *s += f);
        }
    }

    /// Takes `i` and the open tasks it needs.
    fn include(&mut self, i: usize) {
        let mut stack = vec![i];
        while let Some(j) = stack.pop() {
            if self.mark[j] != UNDECIDED {
                continue;
            }
            self.set(j, IN);
            stack.extend(self.items[j].deps.iter().copied());
        }
    }

    /// Leaves out `i` and every task that needs it.
    fn exclude(&mut self, i: usize) {
        let mut stack = vec![i];
        while let Some(j) = stack.pop() {
            if self.mark[j] != UNDECIDED {
                continue;
            }
            self.set(j, OUT);
            stack.extend(self.dependents[j].iter().copied());
        }
    }

    fn undo_to(&mut self, len: usize) {
        while self.trail.len() > len {
            let i = self.trail.pop().expect("trail longer than len");
            if self.mark[i] == IN {
                let f = self.figures(i);
                self.sums.iter_mut().zip(f).for_each(|(s, f)| *s -= f);
            }
            self.open_gain += self.items[i].gain;
            self.mark[i] = UNDECIDED;
        }
    }

    fn chosen(&self) -> Vec<usize> {
        (0..self.items.len())
            .filter(|&i| self.mark[i] == IN)
            .collect()
    }

    fn out_of_work(&self, branching: usize) -> bool {
        branching > ALWAYS_EXACT && self.work > WORK_BUDGET
    }
}

/// Whether `sums` (hours, once, monthly at 1..4) are within `limits`.
fn within(sums: &[f64; 6], limits: &Limits) -> bool {
    let ok = |used: f64, limit: Option<f64>| limit.is_none_or(|l| used <= l + EPS);
    ok(sums[1], limits.hours) && ok(sums[2], limits.once) && ok(sums[3], limits.monthly)
}

/// The eligible tasks that gain most within `limits`; among equal gains the
/// fewest hours. `eligible` must be closed the other way: a task that needs
/// an ineligible one is ineligible.
pub fn most_gain(items: &[Item], eligible: &[bool], limits: &Limits) -> Found {
    let mut s = State::new(items, eligible, Cost::Hours, &[]);
    let gaining: Vec<usize> = (0..items.len())
        .filter(|&i| s.mark[i] == UNDECIDED && items[i].gain > 0.0)
        .collect();
    if *limits == Limits::default() {
        // Nothing limits: every gaining task, and only what they need.
        gaining.iter().for_each(|&i| s.include(i));
        return Found {
            set: s.chosen(),
            exact: true,
            gap: 0.0,
        };
    }
    // Per limited budget, the gaining tasks by gain per unit of it: the
    // fractional bound fills each budget in this order.
    let budgets: Vec<(usize, f64, Vec<usize>)> =
        [(1, limits.hours), (2, limits.once), (3, limits.monthly)]
            .into_iter()
            .filter_map(|(k, l)| l.map(|l| (k, l)))
            .map(|(k, l)| {
                let mut order = gaining.clone();
                let per = |i: usize| items[i].gain / s.figures(i)[k].max(1e-12);
                order.sort_by(|&a, &b| per(b).total_cmp(&per(a)));
                (k, l, order)
            })
            .collect();
    let bound = |s: &mut State| -> f64 {
        let mut best = s.sums[0] + s.open_gain;
        for (k, limit, order) in &budgets {
            let mut room = limit - s.sums[*k];
            let mut gain = s.sums[0];
            for &i in order {
                s.work += 1;
                if s.mark[i] != UNDECIDED {
                    continue;
                }
                let c = s.figures(i)[*k];
                if c <= room {
                    room -= c;
                    gain += items[i].gain;
                } else {
                    gain += items[i].gain * room.max(0.0) / c;
                    break;
                }
            }
            best = best.min(gain);
        }
        best
    };
    // Branch on the gaining tasks by gain per share of the budgets.
    let share = |i: usize| -> f64 {
        let f = s.figures(i);
        budgets.iter().map(|(k, l, _)| f[*k] / l.max(1e-12)).sum()
    };
    let mut order = gaining.clone();
    order.sort_by(|&a, &b| {
        (items[b].gain / share(b).max(1e-12)).total_cmp(&(items[a].gain / share(a).max(1e-12)))
    });
    // Greedy seed: each task in that order, with what it needs, if it fits.
    for &i in &order {
        if s.mark[i] != UNDECIDED {
            continue;
        }
        let len = s.trail.len();
        s.include(i);
        if !within(&s.sums, limits) {
            s.undo_to(len);
        }
    }
    let mut best = (s.sums[0], s.sums[1], s.chosen());
    s.undo_to(0);
    let root = bound(&mut s);

    struct Search<'o> {
        order: &'o [usize],
        limits: Limits,
        stopped: bool,
    }
    fn dfs(
        s: &mut State,
        at: usize,
        search: &mut Search,
        best: &mut (f64, f64, Vec<usize>),
        bound: &dyn Fn(&mut State) -> f64,
    ) {
        let better =
            s.sums[0] > best.0 + EPS || (s.sums[0] >= best.0 - EPS && s.sums[1] < best.1 - EPS);
        if better {
            *best = (s.sums[0], s.sums[1], s.chosen());
        }
        let Some(pos) = (at..search.order.len()).find(|&p| s.mark[search.order[p]] == UNDECIDED)
        else {
            return;
        };
        if s.out_of_work(search.order.len()) {
            search.stopped = true;
            return;
        }
        let ub = bound(s);
        if ub < best.0 - EPS || (ub <= best.0 + EPS && s.sums[1] >= best.1 - EPS) {
            return;
        }
        let i = search.order[pos];
        let len = s.trail.len();
        s.include(i);
        if within(&s.sums, &search.limits) {
            dfs(s, pos + 1, search, best, bound);
        }
        s.undo_to(len);
        s.exclude(i);
        dfs(s, pos + 1, search, best, bound);
        s.undo_to(len);
    }
    let mut search = Search {
        order: &order,
        limits: *limits,
        stopped: false,
    };
    dfs(&mut s, 0, &mut search, &mut best, &bound);
    Found {
        gap: if search.stopped {
            (root - best.0).max(0.0)
        } else {
            0.0
        },
        exact: !search.stopped,
        set: best.2,
    }
}

/// The eligible tasks of least `cost` whose gains add up to `need`; among
/// equal costs the least of the other cost. `None` when even every
/// eligible task falls short.
///
/// `given` are taken whatever they cost (what the level itself needs) and
/// their gain counts toward `need`; they are part of the answer.
pub fn least_cost(
    items: &[Item],
    eligible: &[bool],
    given: &[usize],
    need: f64,
    cost: Cost,
) -> Option<Found> {
    let mut s = State::new(items, eligible, cost, given);
    if s.sums[0] >= need - EPS {
        return Some(Found {
            set: s.chosen(),
            exact: true,
            gap: 0.0,
        });
    }
    if s.sums[0] + s.open_gain < need - EPS {
        return None;
    }
    let mut order: Vec<usize> = (0..items.len())
        .filter(|&i| s.mark[i] == UNDECIDED && items[i].gain > 0.0)
        .collect();
    let per = |i: usize| cost.of(&items[i]).0 / items[i].gain;
    order.sort_by(|&a, &b| per(a).total_cmp(&per(b)));
    // The fractional cover: the cheapest gain per unit first.
    let bound = |s: &mut State| -> f64 {
        let mut left = need - s.sums[0];
        let mut c = s.sums[4];
        for &i in &order {
            if left <= EPS {
                break;
            }
            s.work += 1;
            if s.mark[i] != UNDECIDED {
                continue;
            }
            let g = items[i].gain;
            let p = cost.of(&items[i]).0;
            if g <= left {
                left -= g;
                c += p;
            } else {
                c += p * left / g;
                left = 0.0;
            }
        }
        c
    };
    // Greedy seed: the cheapest per gain until the need is met, then drop
    // what is not needed.
    for &i in &order {
        if s.sums[0] >= need - EPS {
            break;
        }
        s.include(i);
    }
    let mut seed = s.chosen();
    s.undo_to(0);
    seed = prune(items, &order, seed, need);
    let sum = |set: &[usize], k: usize| -> f64 {
        set.iter()
            .map(|&i| {
                let (p, q) = cost.of(&items[i]);
                [items[i].gain, p, q][k]
            })
            .sum()
    };
    let mut best = (sum(&seed, 1), sum(&seed, 2), seed);
    let root = bound(&mut s);

    fn dfs(
        s: &mut State,
        at: usize,
        order: &[usize],
        need: f64,
        stopped: &mut bool,
        best: &mut (f64, f64, Vec<usize>),
        bound: &dyn Fn(&mut State) -> f64,
    ) {
        if s.sums[0] >= need - EPS {
            // More tasks only cost more.
            let better =
                s.sums[4] < best.0 - EPS || (s.sums[4] <= best.0 + EPS && s.sums[5] < best.1 - EPS);
            if better {
                *best = (s.sums[4], s.sums[5], s.chosen());
            }
            return;
        }
        if s.sums[0] + s.open_gain < need - EPS {
            return;
        }
        let Some(pos) = (at..order.len()).find(|&p| s.mark[order[p]] == UNDECIDED) else {
            return;
        };
        if s.out_of_work(order.len()) {
            *stopped = true;
            return;
        }
        let lb = bound(s);
        if lb > best.0 + EPS || (lb >= best.0 - EPS && s.sums[5] >= best.1 - EPS) {
            return;
        }
        let i = order[pos];
        let len = s.trail.len();
        s.include(i);
        dfs(s, pos + 1, order, need, stopped, best, bound);
        s.undo_to(len);
        s.exclude(i);
        dfs(s, pos + 1, order, need, stopped, best, bound);
        s.undo_to(len);
    }
    let mut stopped = false;
    dfs(&mut s, 0, &order, need, &mut stopped, &mut best, &bound);
    Some(Found {
        gap: if stopped {
            (best.0 - root).max(0.0)
        } else {
            0.0
        },
        exact: !stopped,
        set: best.2,
    })
}

/// Drops from a covering set the gaining tasks it can do without, the
/// dearest per point of gain first, keeping it closed: the greedy seed's
/// improvement step.
fn prune(items: &[Item], order: &[usize], mut set: Vec<usize>, need: f64) -> Vec<usize> {
    let needed_by = |set: &[usize], i: usize| set.iter().any(|&j| items[j].deps.contains(&i));
    for &i in order.iter().rev() {
        let Some(at) = set.iter().position(|&j| j == i) else {
            continue;
        };
        let gain: f64 = set.iter().map(|&j| items[j].gain).sum();
        if gain - items[i].gain >= need - EPS && !needed_by(&set, i) {
            set.remove(at);
        }
    }
    set
}
