//! Grading reports: a terminal table, results.json (shaped after exercism's
//! test-runner results, version 3), JUnit XML, Markdown for
//! `$GITHUB_STEP_SUMMARY`, GitHub Classroom's autograding result, and a class
//! CSV.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use serde_json::json;

use crate::grade::{ExerciseStatus, Grade, TestStatus};
use crate::ui;

/// The formats `--format` accepts.
pub const FORMATS: &[&str] = &["table", "json", "junit", "markdown", "classroom"];

fn test_status_word(status: TestStatus) -> &'static str {
    match status {
        TestStatus::Passed => "passed",
        TestStatus::Failed => "failed",
        TestStatus::TimedOut => "timed out",
        TestStatus::Error => "not compiled",
        TestStatus::NotRun => "not run",
    }
}

fn exercise_status_word(status: ExerciseStatus) -> &'static str {
    match status {
        ExerciseStatus::Passed => "passed",
        ExerciseStatus::Failed => "failed",
        ExerciseStatus::DidNotCompile => "did not compile",
        ExerciseStatus::Missing => "missing",
        ExerciseStatus::NotRun => "not run (budget)",
        ExerciseStatus::Refused => "refused (capability)",
    }
}

/// `score/max (pct%)`.
pub fn score_line(grade: &Grade) -> String {
    format!(
        "{}/{} ({:.1}%)",
        trim_float(grade.score),
        grade.max_score,
        percent(grade)
    )
}

pub fn percent(grade: &Grade) -> f64 {
    if grade.max_score == 0 {
        0.0
    } else {
        100.0 * grade.score / f64::from(grade.max_score)
    }
}

fn trim_float(x: f64) -> String {
    let text = format!("{x:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The terminal table.
pub fn table(grade: &Grade) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", ui::bold(&format!("Grade for {}", grade.student)));
    for exercise in &grade.exercises {
        let mark = match exercise.status {
            ExerciseStatus::Passed => ui::green("✓"),
            _ => ui::red("✗"),
        };
        let _ = writeln!(
            out,
            "{mark} {:<16} {:>7}/{:<4} {}",
            exercise.name,
            trim_float(exercise.score),
            exercise.max_score,
            exercise_status_word(exercise.status)
        );
        if let Some(message) = &exercise.message {
            for line in message.lines().take(8) {
                let _ = writeln!(out, "      {}", ui::dim(line));
            }
        }
        for test in &exercise.tests {
            if test.status == TestStatus::Passed || exercise.status == ExerciseStatus::DidNotCompile
            {
                continue;
            }
            let _ = writeln!(
                out,
                "    {} {} ({})",
                ui::red("✗"),
                test.name,
                test_status_word(test.status)
            );
            if let Some(message) = &test.message {
                for line in message.lines().take(4) {
                    let _ = writeln!(out, "        {line}");
                }
            }
        }
    }
    if !grade.tampering.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            ui::yellow(
                "Tampering, and what the sandbox stopped (never scored; the trusted files were used):",
            )
        );
        for note in &grade.tampering {
            let _ = writeln!(out, "  ! {note}");
        }
    }
    let _ = writeln!(out, "{} {}", ui::bold("Score:"), score_line(grade));
    out
}

/// results.json: exercism's version 3 fields (`version`, `status`,
/// `message`, `tests` with `name`/`status`/`message`) plus scores per
/// exercise and test.
pub fn json(grade: &Grade) -> serde_json::Value {
    let status = if grade
        .exercises
        .iter()
        .all(|e| e.status == ExerciseStatus::Passed)
    {
        "pass"
    } else if grade
        .exercises
        .iter()
        .any(|e| e.status == ExerciseStatus::DidNotCompile)
    {
        "error"
    } else {
        "fail"
    };
    let tests: Vec<_> = grade
        .exercises
        .iter()
        .flat_map(|e| {
            e.tests.iter().map(move |t| {
                json!({
                    "name": format!("{}::{}", e.name, t.name),
                    "status": match t.status {
                        TestStatus::Passed => "pass",
                        TestStatus::Failed | TestStatus::TimedOut => "fail",
                        TestStatus::Error | TestStatus::NotRun => "error",
                    },
                    "message": t.message,
                    "task_id": e.name,
                })
            })
        })
        .collect();
    json!({
        "version": 3,
        "status": status,
        "message": if grade.tampering.is_empty() {
            None
        } else {
            Some(format!("tampering: {}", grade.tampering.join("; ")))
        },
        "student": grade.student,
        "score": grade.score,
        "max_score": grade.max_score,
        "tampering": grade.tampering,
        "elapsed_ms": grade.elapsed_ms,
        "exercises": grade.exercises,
        "tests": tests,
    })
}

fn xml_escape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .map(|c| match c {
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&apos;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// JUnit XML: a suite per exercise, a case per test; time-outs and build
/// failures are errors, assertion failures are failures; tampering is a
/// suite of its own.
pub fn junit(grade: &Grade) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let all: Vec<_> = grade.exercises.iter().flat_map(|e| &e.tests).collect();
    let failures = all
        .iter()
        .filter(|t| t.status == TestStatus::Failed)
        .count();
    let errors = all
        .iter()
        .filter(|t| !matches!(t.status, TestStatus::Passed | TestStatus::Failed))
        .count();
    let _ = writeln!(
        out,
        "<testsuites name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{}\">",
        xml_escape(&grade.student),
        all.len() + grade.tampering.len(),
        errors + grade.tampering.len()
    );
    for exercise in &grade.exercises {
        let failures = exercise
            .tests
            .iter()
            .filter(|t| t.status == TestStatus::Failed)
            .count();
        let errors = exercise
            .tests
            .iter()
            .filter(|t| !matches!(t.status, TestStatus::Passed | TestStatus::Failed))
            .count();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">",
            xml_escape(&exercise.name),
            exercise.tests.len()
        );
        let _ = writeln!(
            out,
            "    <properties><property name=\"score\" value=\"{}\"/><property name=\"max_score\" value=\"{}\"/><property name=\"status\" value=\"{}\"/></properties>",
            exercise.score,
            exercise.max_score,
            exercise_status_word(exercise.status)
        );
        for test in &exercise.tests {
            let _ = write!(
                out,
                "    <testcase classname=\"{}\" name=\"{}\" time=\"{:.3}\"",
                xml_escape(&exercise.name),
                xml_escape(&test.name),
                test.duration_ms as f64 / 1000.0
            );
            let message = xml_escape(test.message.as_deref().unwrap_or(""));
            let first = message.lines().next().unwrap_or("").to_owned();
            match test.status {
                TestStatus::Passed => out.push_str("/>\n"),
                TestStatus::Failed => {
                    let _ = writeln!(
                        out,
                        ">\n      <failure message=\"{first}\" type=\"failed\">{message}</failure>\n    </testcase>"
                    );
                }
                other => {
                    let kind = match other {
                        TestStatus::TimedOut => "timed_out",
                        TestStatus::Error => match exercise.status {
                            ExerciseStatus::Missing => "missing",
                            ExerciseStatus::Refused => "refused",
                            _ => "did_not_compile",
                        },
                        _ => "not_run",
                    };
                    let detail = if other == TestStatus::Error {
                        xml_escape(exercise.message.as_deref().unwrap_or(""))
                    } else {
                        message.clone()
                    };
                    let _ = writeln!(
                        out,
                        ">\n      <error message=\"{first}\" type=\"{kind}\">{detail}</error>\n    </testcase>"
                    );
                }
            }
        }
        out.push_str("  </testsuite>\n");
    }
    if !grade.tampering.is_empty() {
        let _ = writeln!(
            out,
            "  <testsuite name=\"tampering\" tests=\"{0}\" failures=\"0\" errors=\"{0}\">",
            grade.tampering.len()
        );
        for (i, note) in grade.tampering.iter().enumerate() {
            let note = xml_escape(note);
            let _ = writeln!(
                out,
                "    <testcase classname=\"tampering\" name=\"change {}\">\n      <error message=\"{note}\" type=\"tampering\">{note}</error>\n    </testcase>",
                i + 1
            );
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn md_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Markdown for `$GITHUB_STEP_SUMMARY`.
pub fn markdown(grade: &Grade) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "## Grade for {}: {}\n",
        md_cell(&grade.student),
        score_line(grade)
    );
    out.push_str("| Exercise | Score | Status | Problems |\n|---|---:|---|---|\n");
    for exercise in &grade.exercises {
        let mut problems: Vec<String> = exercise
            .tests
            .iter()
            .filter(|t| {
                t.status != TestStatus::Passed
                    && !matches!(
                        exercise.status,
                        ExerciseStatus::DidNotCompile | ExerciseStatus::Refused
                    )
            })
            .map(|t| format!("`{}` {}", t.name, test_status_word(t.status)))
            .collect();
        if let Some(message) = &exercise.message
            && exercise.status == ExerciseStatus::DidNotCompile
        {
            let first = message
                .lines()
                .find(|l| l.starts_with("error"))
                .unwrap_or("");
            problems.push(format!("did not compile: `{}`", first.replace('`', "'")));
        }
        if let Some(message) = &exercise.message
            && exercise.status == ExerciseStatus::Refused
        {
            for line in message.lines().skip(1) {
                problems.push(format!("refused: `{}`", line.replace('`', "'")));
            }
        }
        let _ = writeln!(
            out,
            "| {} | {}/{} | {} | {} |",
            md_cell(&exercise.name),
            trim_float(exercise.score),
            exercise.max_score,
            exercise_status_word(exercise.status),
            md_cell(&problems.join("; "))
        );
    }
    if !grade.tampering.is_empty() {
        out.push_str("\n### Tampering\n\nChanged outside the editable files, or stopped by the sandbox (never scored; the trusted copies were used):\n\n");
        for note in &grade.tampering {
            let _ = writeln!(out, "- {}", md_cell(note));
        }
    }
    let failing: Vec<_> = grade
        .exercises
        .iter()
        .flat_map(|e| e.tests.iter().map(move |t| (e, t)))
        .filter(|(_, t)| matches!(t.status, TestStatus::Failed | TestStatus::TimedOut))
        .collect();
    if !failing.is_empty() {
        out.push_str("\n<details><summary>Failure messages</summary>\n\n");
        for (exercise, test) in failing {
            let _ = writeln!(
                out,
                "**{}::{}** ({})\n\n```text\n{}\n```\n",
                exercise.name,
                test.name,
                test_status_word(test.status),
                test.message.as_deref().unwrap_or("").replace("```", "'''")
            );
        }
        out.push_str("</details>\n");
    }
    out
}

/// GitHub Classroom's autograding result: what `autograding-grading-reporter`
/// reads, base64-encoded, from `<RUNNER>_RESULTS`.
pub fn classroom(grade: &Grade) -> serde_json::Value {
    let tests: Vec<_> = grade
        .exercises
        .iter()
        .flat_map(|e| {
            e.tests.iter().map(move |t| {
                json!({
                    "name": format!("{}::{}", e.name, t.name),
                    "status": if t.status == TestStatus::Passed { "pass" } else { "fail" },
                    "message": t.message.clone().or_else(|| e.message.clone()),
                    "score": t.score,
                    "max_score": t.max_score,
                    "execution_time": format!("{}ms", t.duration_ms),
                    "filename": format!("tests/{}.rs", e.name),
                })
            })
        })
        .collect();
    json!({
        "version": 1,
        "status": if grade.exercises.iter().all(|e| e.status == ExerciseStatus::Passed) { "pass" } else { "fail" },
        "max_score": grade.max_score,
        "tests": tests,
    })
}

/// Standard base64 (for `$GITHUB_OUTPUT`), without a dependency.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Writes the chosen formats for one grade into `out`.
pub fn write(grade: &Grade, formats: &[String], out: &Path) -> Result<Vec<String>, String> {
    fs::create_dir_all(out).map_err(|e| format!("could not create {}: {e}", out.display()))?;
    let mut written = Vec::new();
    let mut put = |name: &str, text: String| -> Result<(), String> {
        let path = out.join(name);
        fs::write(&path, text).map_err(|e| format!("could not write {}: {e}", path.display()))?;
        written.push(path.display().to_string());
        Ok(())
    };
    for format in formats {
        match format.as_str() {
            "table" => {}
            "json" => put(
                "results.json",
                serde_json::to_string_pretty(&json(grade)).unwrap_or_default(),
            )?,
            "junit" => put("junit.xml", junit(grade))?,
            "markdown" => {
                let text = markdown(grade);
                if let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY") {
                    append(Path::new(&summary), &text)?;
                }
                put("summary.md", text)?;
            }
            "classroom" => {
                let value = classroom(grade);
                let text = serde_json::to_string(&value).unwrap_or_default();
                if let Some(output) = std::env::var_os("GITHUB_OUTPUT") {
                    append(
                        Path::new(&output),
                        &format!("result={}\n", base64(text.as_bytes())),
                    )?;
                }
                put("classroom.json", text)?;
            }
            other => {
                return Err(format!(
                    "unknown format `{other}`; the formats are {}",
                    FORMATS.join(", ")
                ));
            }
        }
    }
    Ok(written)
}

fn append(path: &Path, text: &str) -> Result<(), String> {
    use std::io::Write;
    fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| format!("could not append to {}: {e}", path.display()))
}

/// The class CSV: one row per student and exercise.
pub fn class_csv(grades: &[Grade]) -> String {
    let mut out = String::from("student,exercise,score,max_score,status\n");
    for grade in grades {
        for exercise in &grade.exercises {
            let _ = writeln!(
                out,
                "{},{},{},{},{}",
                csv_cell(&grade.student),
                csv_cell(&exercise.name),
                trim_float(exercise.score),
                exercise.max_score,
                exercise_status_word(exercise.status)
            );
        }
        let _ = writeln!(
            out,
            "{},TOTAL,{},{},{}",
            csv_cell(&grade.student),
            trim_float(grade.score),
            grade.max_score,
            if grade.tampering.is_empty() {
                ""
            } else {
                "tampering"
            }
        );
    }
    out
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// The class summary table.
pub fn class_table(grades: &[Grade]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", ui::bold("Class summary"));
    let _ = writeln!(out, "{:<24} {:>14} {:>8}  notes", "student", "score", "%");
    for grade in grades {
        let _ = writeln!(
            out,
            "{:<24} {:>14} {:>7.1}%  {}",
            grade.student,
            format!("{}/{}", trim_float(grade.score), grade.max_score),
            percent(grade),
            if grade.tampering.is_empty() {
                String::new()
            } else {
                format!("{} tampering note(s)", grade.tampering.len())
            }
        );
    }
    out
}

/// The most of one test's output a report shows (exercism's limit).
pub const OUTPUT_LIMIT: usize = 500;

/// A test's output as reports show it: control characters made visible
/// (`\u{1b}`, so no terminal escape or forged line reaches a reader) and
/// cut at [`OUTPUT_LIMIT`] characters with a notice.
pub fn shown(text: &str) -> String {
    let mut out = String::new();
    let total = text.chars().count();
    for c in text.chars().take(OUTPUT_LIMIT) {
        if c == '\n' || c == '\t' || !c.is_control() {
            out.push(c);
        } else {
            out.extend(c.escape_unicode());
        }
    }
    if total > OUTPUT_LIMIT {
        out.push_str(&format!(
            "\n[output cut: {} more characters; a report shows at most {OUTPUT_LIMIT} per test]",
            total - OUTPUT_LIMIT
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn xml_special_characters_are_escaped() {
        assert_eq!(xml_escape("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn csv_cells_with_commas_are_quoted() {
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("plain"), "plain");
    }
}
