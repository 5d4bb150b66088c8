//! What each side's worker prints: one JSON line per measured case, the same
//! shape from Go (`go/main.go`) and from Rust ([`crate::work`]).

use serde::{Deserialize, Serialize};

/// One measurement of one case by one implementation, as a worker prints it:
/// `{"family":"channels","case":"spsc cap=0","impl":"chan","value":812.5,"unit":"ns/op","ops":200000}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub family: String,
    pub case: String,
    #[serde(rename = "impl")]
    pub imp: String,
    /// Nanoseconds per operation (`unit` "ns/op") or bytes per parked unit
    /// (`unit` "bytes"). Lower is better for both.
    pub value: f64,
    pub unit: String,
    pub ops: u64,
}

/// The unit of time records.
pub const NS_PER_OP: &str = "ns/op";
/// The unit of memory records.
pub const BYTES: &str = "bytes";

impl Record {
    /// Parses one line of a worker's output, saying what is wrong with it.
    pub fn parse(line: &str) -> Result<Record, String> {
        let record: Record = serde_json::from_str(line)
            .map_err(|err| format!("not a result line ({err}): {line}"))?;
        if !record.value.is_finite() || record.value < 0.0 {
            return Err(format!("value is not a non-negative number: {line}"));
        }
        if record.unit != NS_PER_OP && record.unit != BYTES {
            return Err(format!(
                "unit is {:?}, not {NS_PER_OP:?} or {BYTES:?}: {line}",
                record.unit
            ));
        }
        if record.ops == 0 {
            return Err(format!("ops is 0: {line}"));
        }
        Ok(record)
    }

    /// The line a worker prints for this record.
    pub fn line(&self) -> String {
        serde_json::to_string(self).expect("a record is plain data")
    }
}

/// Prints one record on stdout: what a Rust worker does for each case.
pub fn emit(family: &str, case: &str, imp: &str, value: f64, unit: &str, ops: u64) {
    let record = Record {
        family: family.to_owned(),
        case: case.to_owned(),
        imp: imp.to_owned(),
        value,
        unit: unit.to_owned(),
        ops,
    };
    println!("{}", record.line());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_go_line_parses_and_prints_back_the_same() {
        let line = r#"{"family":"channels","case":"spsc cap=0","impl":"chan","value":812.5,"unit":"ns/op","ops":200000}"#;
        let record = Record::parse(line).unwrap();
        assert_eq!(record.imp, "chan");
        assert_eq!(record.line(), line);
    }

    #[test]
    fn broken_lines_are_refused_with_the_reason() {
        let cases = [
            ("not json", "not a result line"),
            (
                r#"{"family":"f","case":"c","impl":"i","value":-1,"unit":"ns/op","ops":1}"#,
                "non-negative",
            ),
            (
                r#"{"family":"f","case":"c","impl":"i","value":1,"unit":"s","ops":1}"#,
                "unit is",
            ),
            (
                r#"{"family":"f","case":"c","impl":"i","value":1,"unit":"ns/op","ops":0}"#,
                "ops is 0",
            ),
        ];
        for (line, reason) in cases {
            let err = Record::parse(line).unwrap_err();
            assert!(err.contains(reason), "{line}: {err}");
        }
    }
}
