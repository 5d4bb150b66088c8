//! The workload families, the size each runs at, and which Go measurement
//! each Rust one is compared with.

/// A family of workloads: one worker process per side and round runs all of
/// its cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Family {
    pub name: &'static str,
    /// What the chapter calls it.
    pub title: &'static str,
    /// The course chapter (book/src/<chapter>.md) it belongs to.
    pub chapter: &'static str,
    /// What N counts, in the full run and in `--quick`.
    pub size: u64,
    pub quick_size: u64,
    pub n_means: &'static str,
}

/// Every family, in the order they run and are reported.
pub const FAMILIES: &[Family] = &[
    Family {
        name: "channels",
        title: "Channels",
        chapter: "channels",
        size: 100_000,
        quick_size: 2_000,
        n_means: "messages",
    },
    Family {
        name: "spawn",
        title: "Spawn and wait",
        chapter: "coroutines",
        size: 20_000,
        quick_size: 500,
        n_means: "units started",
    },
    Family {
        name: "skynet",
        title: "Skynet",
        chapter: "scheduler",
        size: 1_000_000,
        quick_size: 10_000,
        n_means: "leaves",
    },
    Family {
        name: "ring",
        title: "Ping ring",
        chapter: "scheduler",
        size: 100_000,
        quick_size: 1_000,
        n_means: "hops",
    },
    Family {
        name: "maps",
        title: "Shared maps",
        chapter: "shared-map",
        size: 250_000,
        quick_size: 2_000,
        n_means: "operations per worker",
    },
    Family {
        name: "once",
        title: "Once",
        chapter: "once",
        size: 1_000_000,
        quick_size: 10_000,
        n_means: "calls per worker",
    },
    Family {
        name: "cond",
        title: "Cond-style wake-ups",
        chapter: "cond",
        size: 50_000,
        quick_size: 500,
        n_means: "round trips",
    },
    Family {
        name: "semaphore",
        title: "Semaphores",
        chapter: "bounded",
        size: 200_000,
        quick_size: 2_000,
        n_means: "acquisitions",
    },
    Family {
        name: "memory",
        title: "Memory of a parked unit",
        chapter: "coroutines",
        size: 20_000,
        quick_size: 1_000,
        n_means: "parked units",
    },
];

/// The family named `name`.
pub fn family(name: &str) -> Option<&'static Family> {
    FAMILIES.iter().find(|f| f.name == name)
}

/// The Go measurement (case, implementation) that a Rust one is compared
/// with. Go has no unbounded channel: a Rust unbounded channel is compared
/// with Go's largest buffer, 1024. Each Rust shared map is compared with
/// the Go map of its kind: a concurrent map library with `sync.Map`, a map
/// behind a lock with `map`+`RWMutex`.
pub fn go_counterpart(family: &str, case: &str, rust_impl: &str) -> (String, String) {
    let go_case = case.replace("cap=unbounded", "cap=1024");
    let go_impl = match family {
        "channels" | "ring" | "semaphore" => "chan",
        "spawn" | "skynet" | "memory" => "goroutine",
        "maps" if rust_impl == "DashMap" => "sync.Map",
        "maps" => "map+RWMutex",
        "once" => "sync.Once",
        "cond" => "sync.Cond",
        _ => "",
    };
    (go_case, go_impl.to_owned())
}

/// Whether `filter` (from `--filter`) selects this case: a substring of
/// `family/case`, case-insensitive; no filter selects all.
pub fn selects(filter: Option<&str>, family: &str, case: &str) -> bool {
    match filter {
        None => true,
        Some(filter) => format!("{family}/{case}")
            .to_lowercase()
            .contains(&filter.to_lowercase()),
    }
}

/// Whether `filter` may select anything of `family` (so that the family's
/// workers are worth starting).
pub fn selects_family(filter: Option<&str>, family: &str) -> bool {
    match filter {
        None => true,
        Some(filter) => {
            let filter = filter.to_lowercase();
            let family = family.to_lowercase();
            family.contains(&filter)
                || filter.starts_with(&format!("{family}/"))
                || !FAMILIES
                    .iter()
                    .any(|f| f.name.contains(&filter) || filter.starts_with(f.name))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unbounded_rust_channels_meet_gos_largest_buffer() {
        assert_eq!(
            go_counterpart("channels", "mpsc cap=unbounded", "crossbeam"),
            ("mpsc cap=1024".to_owned(), "chan".to_owned())
        );
        assert_eq!(
            go_counterpart("channels", "spsc cap=0", "flume").0,
            "spsc cap=0"
        );
    }

    #[test]
    fn maps_meet_the_go_map_of_their_kind() {
        assert_eq!(go_counterpart("maps", "mixed", "DashMap").1, "sync.Map");
        assert_eq!(
            go_counterpart("maps", "mixed", "RwLock<HashMap>").1,
            "map+RWMutex"
        );
    }

    #[test]
    fn every_family_has_a_go_counterpart() {
        for family in FAMILIES {
            assert!(!go_counterpart(family.name, "c", "i").1.is_empty());
            assert!(family.quick_size < family.size);
        }
    }

    #[test]
    fn filters_pick_families_and_cases() {
        assert!(selects(None, "channels", "spsc cap=0"));
        assert!(selects(Some("SPSC"), "channels", "spsc cap=0"));
        assert!(!selects(Some("mpsc"), "channels", "spsc cap=0"));
        assert!(selects(Some("channels/spsc"), "channels", "spsc cap=0"));
        assert!(selects_family(Some("chan"), "channels"));
        assert!(!selects_family(Some("channels"), "maps"));
        assert!(selects_family(Some("channels/spsc"), "channels"));
        assert!(!selects_family(Some("channels/spsc"), "maps"));
        // A filter on a case name alone may match in any family.
        assert!(selects_family(Some("cap=0"), "maps"));
    }
}
