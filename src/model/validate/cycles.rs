//! Dependency cycles, each reported once as the whole loop: `a -> b -> c -> a`.
//!
//! Tasks are grouped into strongly connected components (Tarjan's algorithm,
//! written with an explicit stack so a 10,000-deep chain cannot overflow the
//! call stack). Every component of two or more tasks holds at least one cycle;
//! the shortest cycle through its first task in the file is found by a
//! breadth-first search inside the component and reported on that task. The
//! whole check is linear in tasks plus dependencies.
//!
//! Self-dependencies are left to `references`, which reports them on their own.

use super::index::{Index, MISSING};
use super::{list_some, Locus, Problem};
use crate::model::roadmap::Roadmap;

const UNSEEN: u32 = u32::MAX;

/// How many tasks outside the reported loop, but tangled with it, are named.
const SHOWN: usize = 5;

/// A loop longer than this is shown by its first and last [`ENDS`] tasks
/// and its length: a 100,000-task loop in full was a line of a million
/// characters.
const WHOLE_UP_TO: usize = 12;
const ENDS: usize = 5;

pub(super) fn check(r: &Roadmap, index: &Index, out: &mut Vec<Problem>) {
    let graph = Graph::new(r, index);
    let components = graph.tangled_components();
    if components.is_empty() {
        return;
    }
    let mut member_of = vec![UNSEEN; graph.len()];
    for (c, members) in components.iter().enumerate() {
        for &v in members {
            member_of[v] = c as u32;
        }
    }
    let mut search = Search::new(graph.len());
    for (c, members) in components.iter().enumerate() {
        let Some(&start) = members.iter().min() else {
            continue;
        };
        let cycle = search.shortest_cycle(&graph, start, |v| member_of[v] == c as u32);
        out.push(problem(r, &cycle, members));
    }
}

fn problem(r: &Roadmap, cycle: &[usize], members: &[usize]) -> Problem {
    let id = |v: usize| r.tasks[v].id.as_str();
    let mut path: Vec<&str> = cycle.iter().map(|&v| id(v)).collect();
    path.push(id(cycle[0]));
    let last = id(cycle[cycle.len() - 1]);
    let mut message = if cycle.len() <= WHOLE_UP_TO {
        format!(
            "dependency cycle: {} (each depends on the next, so none can start)",
            path.join(" -> ")
        )
    } else {
        format!(
            "dependency cycle of {} tasks: {} -> … -> {} (each depends on the next, so none \
             can start)",
            cycle.len(),
            path[..ENDS].join(" -> "),
            path[path.len() - ENDS - 1..].join(" -> ")
        )
    };
    if members.len() > cycle.len() {
        // Binary search, not `cycle.contains`: a knot may hold 100,000 tasks.
        let mut on_cycle = cycle.to_vec();
        on_cycle.sort_unstable();
        let mut others: Vec<usize> = members
            .iter()
            .copied()
            .filter(|v| on_cycle.binary_search(v).is_err())
            .collect();
        others.sort_unstable();
        let names = list_some(others.iter().map(|&v| id(v)), SHOWN);
        message.push_str(&format!("; also caught in the same knot: {names}"));
    }
    Problem::error(
        Locus::Task(cycle[0]),
        "depends_on",
        message,
        format!(
            "break the loop: remove `{}` from the depends_on of `{last}`, or another link of it",
            path[0]
        ),
    )
}

/// Task `v` depends on `edges[offsets[v]..offsets[v + 1]]` (positions in
/// `tasks`). Compact rows instead of a `Vec` per task keep 100,000 tasks cheap.
struct Graph {
    offsets: Vec<usize>,
    edges: Vec<usize>,
}

impl Graph {
    /// Edges to missing tasks and to the task itself are left out: both are
    /// reported elsewhere. A duplicated id means its first task.
    fn new(r: &Roadmap, index: &Index) -> Graph {
        let mut offsets = Vec::with_capacity(r.tasks.len() + 1);
        let mut edges = Vec::new();
        offsets.push(0);
        for v in 0..r.tasks.len() {
            let targets = index.dependencies(v).iter().copied();
            edges.extend(targets.filter(|&w| w != v && w != MISSING));
            offsets.push(edges.len());
        }
        Graph { offsets, edges }
    }

    fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    fn successors(&self, v: usize) -> &[usize] {
        &self.edges[self.offsets[v]..self.offsets[v + 1]]
    }

    /// The strongly connected components with more than one task: exactly the
    /// sets of tasks that wait on each other.
    fn tangled_components(&self) -> Vec<Vec<usize>> {
        let mut t = Tarjan::new(self);
        for root in 0..self.len() {
            if t.order[root] == UNSEEN {
                t.run(root);
            }
        }
        t.components
    }
}

/// Tarjan's algorithm with its call stack made explicit.
struct Tarjan<'g> {
    graph: &'g Graph,
    /// Discovery order of each task, `UNSEEN` until visited.
    order: Vec<u32>,
    /// The lowest discovery order reachable through the task's subtree.
    low: Vec<u32>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    /// The explicit call stack: (task, next edge position to explore).
    calls: Vec<(usize, usize)>,
    counter: u32,
    components: Vec<Vec<usize>>,
}

impl<'g> Tarjan<'g> {
    fn new(graph: &'g Graph) -> Tarjan<'g> {
        let n = graph.len();
        Tarjan {
            graph,
            order: vec![UNSEEN; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            stack: Vec::new(),
            calls: Vec::new(),
            counter: 0,
            components: Vec::new(),
        }
    }

    fn enter(&mut self, v: usize) {
        self.order[v] = self.counter;
        self.low[v] = self.counter;
        self.counter += 1;
        self.stack.push(v);
        self.on_stack[v] = true;
        self.calls.push((v, self.graph.offsets[v]));
    }

    fn run(&mut self, root: usize) {
        self.enter(root);
        while let Some(&(v, next)) = self.calls.last() {
            if next < self.graph.offsets[v + 1] {
                if let Some(call) = self.calls.last_mut() {
                    call.1 += 1;
                }
                let w = self.graph.edges[next];
                if self.order[w] == UNSEEN {
                    self.enter(w);
                } else if self.on_stack[w] {
                    self.low[v] = self.low[v].min(self.order[w]);
                }
                continue;
            }
            self.calls.pop();
            if let Some(&(parent, _)) = self.calls.last() {
                self.low[parent] = self.low[parent].min(self.low[v]);
            }
            if self.low[v] == self.order[v] {
                self.close(v);
            }
        }
    }

    /// Pops the component rooted at `v`, keeping it if it holds a loop.
    fn close(&mut self, v: usize) {
        let mut component = Vec::new();
        while let Some(w) = self.stack.pop() {
            self.on_stack[w] = false;
            component.push(w);
            if w == v {
                break;
            }
        }
        if component.len() > 1 {
            self.components.push(component);
        }
    }
}

/// Breadth-first search state, reused across components: they are disjoint,
/// so each entry of `parent` is written by one search only.
struct Search {
    parent: Vec<u32>,
    queue: Vec<usize>,
}

impl Search {
    fn new(n: usize) -> Search {
        Search {
            parent: vec![UNSEEN; n],
            queue: Vec::new(),
        }
    }

    /// The shortest cycle through `start` staying inside `member`, as the
    /// tasks in dependency order starting at `start`. `start` must lie in a
    /// component of two or more tasks, which guarantees the cycle exists;
    /// should it not, the answer degrades to `[start]` rather than panicking.
    fn shortest_cycle(
        &mut self,
        g: &Graph,
        start: usize,
        member: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        self.queue.clear();
        self.queue.push(start);
        self.parent[start] = start as u32;
        let mut head = 0;
        while let Some(&v) = self.queue.get(head) {
            head += 1;
            for &w in g.successors(v) {
                if w == start {
                    return self.path_to(start, v);
                }
                if member(w) && self.parent[w] == UNSEEN {
                    self.parent[w] = v as u32;
                    self.queue.push(w);
                }
            }
        }
        vec![start]
    }

    /// `start`, …, `end` following the parents recorded by the search.
    fn path_to(&self, start: usize, end: usize) -> Vec<usize> {
        let mut path = vec![end];
        let mut v = end;
        while v != start {
            v = self.parent[v] as usize;
            path.push(v);
        }
        path.reverse();
        path
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{run, sample, Case};
    use super::super::{validate, Gravity::*, Locus};
    use super::WHOLE_UP_TO;
    use crate::model::roadmap::{Project, Roadmap, Task};

    #[test]
    fn a_loop_is_named_whole_on_its_first_task() {
        run(&[
            Case {
                name: "two-task loop",
                edit: |r| r.tasks[0].depends_on = vec!["ci-pipeline".into()],
                gravity: Error,
                locus: Locus::Task(0),
                field: "depends_on",
                message: &["health-checks -> ci-pipeline -> health-checks"],
                help: "remove `health-checks` from the depends_on of `ci-pipeline`",
            },
            Case {
                name: "three-task loop",
                edit: |r| r.tasks[0].depends_on = vec!["deploy-worker".into()],
                gravity: Error,
                locus: Locus::Task(0),
                field: "depends_on",
                message: &["health-checks -> deploy-worker -> ci-pipeline -> health-checks"],
                help: "the depends_on of `ci-pipeline`",
            },
        ]);
    }

    fn roadmap(tasks: &[(&str, &[&str])]) -> Roadmap {
        let mut r = sample();
        r.maturity = None;
        r.tasks = tasks
            .iter()
            .map(|(id, deps)| {
                let mut t = Task::new(*id, "week-1", *id);
                t.depends_on = deps.iter().map(|d| d.to_string()).collect();
                t
            })
            .collect();
        r
    }

    fn messages(r: &Roadmap) -> Vec<String> {
        validate(r).into_iter().map(|p| p.message).collect()
    }

    #[test]
    fn separate_loops_are_each_reported_once() {
        let r = roadmap(&[
            ("a", &["b"]),
            ("b", &["a"]),
            ("x", &["a"]),
            ("c", &["d"]),
            ("d", &["e"]),
            ("e", &["c"]),
        ]);
        let found = messages(&r);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found[0].contains("a -> b -> a"), "{}", found[0]);
        assert!(found[1].contains("c -> d -> e -> c"), "{}", found[1]);
    }

    #[test]
    fn a_knot_reports_its_shortest_loop_and_names_the_rest() {
        // a -> b -> a is the short loop; c and d hang on the same knot.
        let r = roadmap(&[
            ("a", &["c", "b"]),
            ("b", &["a"]),
            ("c", &["d"]),
            ("d", &["a"]),
        ]);
        let found = messages(&r);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].contains("a -> b -> a"), "{}", found[0]);
        assert!(found[0].contains("same knot: `c`, `d`"), "{}", found[0]);
    }

    #[test]
    fn self_loops_and_missing_tasks_are_not_cycles() {
        let r = roadmap(&[("a", &["a", "ghost"]), ("b", &["a"])]);
        let found = messages(&r);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found.iter().all(|m| !m.contains("cycle")), "{found:#?}");
    }

    fn ring(n: usize) -> Roadmap {
        let mut r = Roadmap::new(Project::new("ring"));
        r.phases = sample().phases;
        r.tasks = (0..n)
            .map(|i| {
                let mut t = Task::new(format!("t{i}"), "week-1", "step");
                t.depends_on = vec![format!("t{}", (i + 1) % n)];
                t
            })
            .collect();
        r
    }

    #[test]
    fn a_loop_of_up_to_twelve_is_shown_whole_a_longer_one_by_its_ends() {
        let whole = &validate(&ring(WHOLE_UP_TO))[0].message;
        assert!(
            whole.starts_with(
                "dependency cycle: t0 -> t1 -> t2 -> t3 -> t4 -> t5 -> t6 -> t7 -> t8 -> t9 -> \
                 t10 -> t11 -> t0 (each"
            ),
            "{whole}"
        );
        let cut = &validate(&ring(WHOLE_UP_TO + 1))[0].message;
        assert!(
            cut.starts_with(
                "dependency cycle of 13 tasks: t0 -> t1 -> t2 -> t3 -> t4 -> … -> \
                 t8 -> t9 -> t10 -> t11 -> t12 -> t0 (each"
            ),
            "{cut}"
        );
    }

    #[test]
    fn a_deep_chain_does_not_overflow_the_stack() {
        let n = 10_000;
        let mut r = ring(n);
        let problems = validate(&r);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].locus, Locus::Task(0));
        assert!(
            problems[0].message.starts_with(
                "dependency cycle of 10000 tasks: t0 -> t1 -> t2 -> t3 -> t4 -> … -> \
                 t9995 -> t9996 -> t9997 -> t9998 -> t9999 -> t0 (each"
            ),
            "{}",
            problems[0].message
        );

        // Cut the loop: a 10,000-deep chain with no cycle is clean.
        r.tasks[n - 1].depends_on.clear();
        assert_eq!(validate(&r), Vec::new());
    }
}
