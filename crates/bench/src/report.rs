//! The results of a run: each case's rounds summarised per side, paired
//! Rust with Go, and written as a terminal table, JSON lines and Markdown.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::plan::{self, FAMILIES};
use crate::record::{BYTES, Record};
use crate::stats::Summary;

/// Which language measured a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Go,
    Rust,
}

/// Every round of one case by one implementation: one JSON line of
/// `--json FILE` and of `results.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measured {
    pub side: Side,
    pub family: String,
    pub case: String,
    #[serde(rename = "impl")]
    pub imp: String,
    pub unit: String,
    pub ops: u64,
    pub samples: Vec<f64>,
}

impl Measured {
    pub fn summary(&self) -> Summary {
        Summary::of(&self.samples).expect("a measured case has a sample")
    }
}

/// Collects the records of every round, in the order first seen.
#[derive(Debug, Default)]
pub struct Results {
    order: Vec<(Side, String, String, String)>,
    by_key: BTreeMap<(Side, String, String, String), Measured>,
}

impl Results {
    pub fn add(&mut self, side: Side, record: Record) {
        let key = (
            side,
            record.family.clone(),
            record.case.clone(),
            record.imp.clone(),
        );
        let entry = self.by_key.entry(key.clone()).or_insert_with(|| {
            self.order.push(key);
            Measured {
                side,
                family: record.family,
                case: record.case,
                imp: record.imp,
                unit: record.unit,
                ops: record.ops,
                samples: Vec::new(),
            }
        });
        entry.samples.push(record.value);
    }

    /// Every case measured, in the order first seen.
    pub fn measured(&self) -> impl Iterator<Item = &Measured> {
        self.order.iter().map(|key| &self.by_key[key])
    }

    pub fn from_measured(all: Vec<Measured>) -> Results {
        let mut results = Results::default();
        for m in all {
            let key = (m.side, m.family.clone(), m.case.clone(), m.imp.clone());
            results.order.push(key.clone());
            results.by_key.insert(key, m);
        }
        results
    }

    fn get(&self, side: Side, family: &str, case: &str, imp: &str) -> Option<&Measured> {
        self.by_key
            .get(&(side, family.to_owned(), case.to_owned(), imp.to_owned()))
    }

    /// One row per Rust measurement, with its Go counterpart when there is
    /// one, grouped by family in the order of [`FAMILIES`].
    pub fn rows(&self) -> Vec<Row<'_>> {
        let mut rows = Vec::new();
        for family in FAMILIES {
            for rust in self
                .measured()
                .filter(|m| m.side == Side::Rust && m.family == family.name)
            {
                let (go_case, go_impl) = plan::go_counterpart(&rust.family, &rust.case, &rust.imp);
                let go = self.get(Side::Go, &rust.family, &go_case, &go_impl);
                rows.push(Row { rust, go });
            }
        }
        rows
    }

    /// The JSON lines of the run: one [`Measured`] per line.
    pub fn json_lines(&self) -> String {
        self.measured()
            .map(|m| serde_json::to_string(m).expect("plain data") + "\n")
            .collect()
    }

    /// Reads [`Results::json_lines`] back.
    pub fn parse_json_lines(text: &str) -> Result<Results, String> {
        let mut all = Vec::new();
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let m: Measured = serde_json::from_str(line)
                .map_err(|err| format!("line {}: not a result of `bench --json` ({err})", i + 1))?;
            if m.samples.is_empty() {
                return Err(format!("line {}: no samples", i + 1));
            }
            all.push(m);
        }
        Ok(Results::from_measured(all))
    }

    /// What is missing for a complete comparison: families that one side
    /// did not measure, and Rust cases with no Go counterpart measured.
    pub fn gaps(&self, go_ran: bool, families: &[&str]) -> Vec<String> {
        let mut gaps = Vec::new();
        for family in families {
            for side in [Side::Rust, Side::Go] {
                if side == Side::Go && !go_ran {
                    continue;
                }
                if !self
                    .measured()
                    .any(|m| m.side == side && m.family == *family)
                {
                    gaps.push(format!("{family}: no result from the {side:?} side"));
                }
            }
        }
        if go_ran {
            for row in self.rows() {
                // A family Go gave nothing for is told above, once.
                let go_measured_family = self
                    .measured()
                    .any(|m| m.side == Side::Go && m.family == row.rust.family);
                if row.go.is_none() && go_measured_family {
                    let (case, imp) =
                        plan::go_counterpart(&row.rust.family, &row.rust.case, &row.rust.imp);
                    gaps.push(format!(
                        "{}/{} ({}): no Go result for {case} ({imp}), so no ratio",
                        row.rust.family, row.rust.case, row.rust.imp
                    ));
                }
            }
        }
        gaps
    }
}

/// A Rust measurement beside the Go one it is compared with.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    pub rust: &'a Measured,
    pub go: Option<&'a Measured>,
}

impl Row<'_> {
    /// Rust's median over Go's: below 1, Rust took less (time or memory).
    pub fn ratio(&self) -> Option<f64> {
        let go = self.go?.summary().median;
        (go > 0.0).then(|| self.rust.summary().median / go)
    }
}

/// A value in its unit, to three significant figures: `812 ns`, `1.25 µs`,
/// `2.50 KiB`.
pub fn value(v: f64, unit: &str) -> String {
    let (scaled, suffix) = if unit == BYTES {
        if v >= 1024.0 * 1024.0 {
            (v / (1024.0 * 1024.0), "MiB")
        } else if v >= 1024.0 {
            (v / 1024.0, "KiB")
        } else {
            (v, "B")
        }
    } else if v >= 1e6 {
        (v / 1e6, "ms")
    } else if v >= 1e3 {
        (v / 1e3, "µs")
    } else {
        (v, "ns")
    };
    format!("{} {suffix}", sig3(scaled))
}

fn sig3(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

/// A ratio: `0.42×`, `213×`.
pub fn ratio(r: Option<f64>) -> String {
    r.map_or_else(|| "—".to_owned(), |r| format!("{}×", sig3(r)))
}

fn spread(m: &Measured) -> String {
    let summary = m.summary();
    if summary.rounds < 2 {
        "—".to_owned()
    } else {
        format!("±{:.0} %", summary.spread() * 50.0)
    }
}

/// The cells of one row: case, Rust, its median and spread, Go, its median
/// and spread, the ratio.
fn cells(row: &Row) -> [String; 8] {
    let unit = &row.rust.unit;
    let (go_impl, go_median, go_spread) = match row.go {
        Some(go) => (go.imp.clone(), value(go.summary().median, unit), spread(go)),
        None => ("—".to_owned(), "—".to_owned(), "—".to_owned()),
    };
    [
        row.rust.case.clone(),
        row.rust.imp.clone(),
        value(row.rust.summary().median, unit),
        spread(row.rust),
        go_impl,
        go_median,
        go_spread,
        ratio(row.ratio()),
    ]
}

const HEADER: [&str; 8] = [
    "case", "Rust", "median", "spread", "Go", "median", "spread", "Rust/Go",
];

fn by_family<'a>(rows: &'a [Row<'a>]) -> Vec<(&'static plan::Family, Vec<&'a Row<'a>>)> {
    FAMILIES
        .iter()
        .map(|f| {
            (
                f,
                rows.iter()
                    .filter(|r| r.rust.family == f.name)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, rows)| !rows.is_empty())
        .collect()
}

/// The table for a terminal: one block per family, columns aligned.
pub fn terminal(results: &Results) -> String {
    let rows = results.rows();
    let mut out = String::new();
    for (family, rows) in by_family(&rows) {
        let table: Vec<[String; 8]> = std::iter::once(HEADER.map(str::to_owned))
            .chain(rows.iter().map(|r| cells(r)))
            .collect();
        let widths: Vec<usize> = (0..8)
            .map(|c| {
                table
                    .iter()
                    .map(|r| r[c].chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let _ = writeln!(out, "\n{} (n = {})", family.title, family.n_means);
        for row in &table {
            let line: Vec<String> = row
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(c, (cell, w))| {
                    let pad = w - cell.chars().count();
                    // Names left, numbers right.
                    if matches!(c, 0 | 1 | 4) {
                        format!("{cell}{}", " ".repeat(pad))
                    } else {
                        format!("{}{cell}", " ".repeat(pad))
                    }
                })
                .collect();
            let _ = writeln!(out, "  {}", line.join("  ").trim_end());
        }
    }
    out
}

/// The Markdown tables of the run, one per family under a heading.
pub fn markdown(results: &Results) -> String {
    let rows = results.rows();
    let mut out = String::new();
    for (family, rows) in by_family(&rows) {
        let _ = writeln!(out, "### {} (n = {})\n", family.title, family.n_means);
        out.push_str(&table(&rows));
        out.push('\n');
    }
    out
}

/// The Markdown table of each family measured, by family name: what the
/// book's chapter includes beside its explanations.
pub fn markdown_tables(results: &Results) -> Vec<(&'static str, String)> {
    let rows = results.rows();
    by_family(&rows)
        .into_iter()
        .map(|(family, rows)| (family.name, table(&rows)))
        .collect()
}

fn table(rows: &[&Row]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| {} |", HEADER.join(" | "));
    let aligns = ["---", "---", "---:", "---:", "---", "---:", "---:", "---:"];
    let _ = writeln!(out, "|{}|", aligns.join("|"));
    for row in rows {
        // `RwLock<HashMap>` would be read as an HTML tag.
        let cells = cells(row).map(|c| {
            c.replace('|', "\\|")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        });
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(family: &str, case: &str, imp: &str, value: f64) -> Record {
        Record {
            family: family.into(),
            case: case.into(),
            imp: imp.into(),
            value,
            unit: "ns/op".into(),
            ops: 10,
        }
    }

    fn sample() -> Results {
        let mut results = Results::default();
        for (go, rust) in [(100.0, 300.0), (120.0, 200.0), (110.0, 250.0)] {
            results.add(Side::Go, record("channels", "spsc cap=1024", "chan", go));
            results.add(
                Side::Rust,
                record("channels", "spsc cap=1024", "flume", rust),
            );
            results.add(
                Side::Rust,
                record("channels", "spsc cap=unbounded", "flume", rust / 2.0),
            );
        }
        results
    }

    #[test]
    fn rust_rows_meet_their_go_counterpart_and_get_a_ratio() {
        let results = sample();
        let rows = results.rows();
        assert_eq!(rows.len(), 2);
        // Medians 250 over 110.
        assert!((rows[0].ratio().unwrap() - 250.0 / 110.0).abs() < 1e-9);
        // Unbounded meets Go's cap=1024.
        assert_eq!(rows[1].go.unwrap().case, "spsc cap=1024");
        assert!(results.gaps(true, &["channels"]).is_empty());
    }

    #[test]
    fn gaps_name_a_missing_side_and_a_missing_counterpart() {
        let mut results = Results::default();
        results.add(Side::Rust, record("maps", "mixed", "DashMap", 5.0));
        let gaps = results.gaps(true, &["maps"]);
        // Told once for the family, not once per row.
        assert_eq!(gaps, vec!["maps: no result from the Go side"]);
        // Without Go only the Rust side is required.
        assert!(results.gaps(false, &["maps"]).is_empty());
        // Go measured the family, but not this row's counterpart.
        results.add(Side::Go, record("maps", "mixed", "map+RWMutex", 5.0));
        let gaps = results.gaps(true, &["maps"]);
        assert_eq!(gaps.len(), 1, "{gaps:?}");
        assert!(
            gaps[0].contains("no Go result for mixed (sync.Map)"),
            "{gaps:?}"
        );
    }

    #[test]
    fn json_lines_read_back_the_same() {
        let results = sample();
        let text = results.json_lines();
        let back = Results::parse_json_lines(&text).unwrap();
        assert_eq!(back.json_lines(), text);
        let err = Results::parse_json_lines("{}\n").unwrap_err();
        assert!(err.starts_with("line 1:"), "{err}");
    }

    #[test]
    fn tables_show_medians_spreads_and_ratios() {
        let results = sample();
        let terminal = terminal(&results);
        assert!(terminal.contains("Channels (n = messages)"), "{terminal}");
        assert!(terminal.contains("250 ns"), "{terminal}");
        assert!(terminal.contains("2.27×"), "{terminal}");
        let markdown = markdown(&results);
        assert!(
            markdown.contains(
                "| spsc cap=1024 | flume | 250 ns | ±20 % | chan | 110 ns | ±9 % | 2.27× |"
            ),
            "{markdown}"
        );
        assert!(
            markdown.starts_with("### Channels (n = messages)"),
            "{markdown}"
        );
        let tables = markdown_tables(&results);
        assert_eq!(tables.len(), 1);
        assert_eq!(tables[0].0, "channels");
        assert!(
            tables[0].1.starts_with("| case | Rust |"),
            "{}",
            tables[0].1
        );
    }

    #[test]
    fn values_read_in_their_units() {
        assert_eq!(value(812.4, "ns/op"), "812 ns");
        assert_eq!(value(1250.0, "ns/op"), "1.25 µs");
        assert_eq!(value(2560.0, "bytes"), "2.50 KiB");
        assert_eq!(ratio(Some(0.4213)), "0.42×");
        assert_eq!(ratio(None), "—");
    }
}
