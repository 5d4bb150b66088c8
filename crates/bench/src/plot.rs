//! The plots: for each family, one bar per Rust measurement showing its
//! ratio to Go on a log scale, drawn with plotters' SVG backend.

use std::path::{Path, PathBuf};

use plotters::prelude::*;

use crate::plan::FAMILIES;
use crate::report::{Results, Row};

/// Rust faster (or smaller) than Go; Rust slower.
const FASTER: RGBColor = RGBColor(46, 125, 50);
const SLOWER: RGBColor = RGBColor(198, 40, 40);

/// Writes `<family>.svg` into `dir` for every family with at least one
/// ratio; returns the files written.
pub fn write_all(results: &Results, dir: &Path) -> Result<Vec<PathBuf>, String> {
    let rows = results.rows();
    let mut written = Vec::new();
    for family in FAMILIES {
        let mut bars: Vec<(String, f64)> = rows
            .iter()
            .filter(|r| r.rust.family == family.name)
            .filter_map(|r: &Row| Some((format!("{} · {}", r.rust.case, r.rust.imp), r.ratio()?)))
            .collect();
        if bars.is_empty() {
            continue;
        }
        // The chart counts rows from the bottom: the table's first row on top.
        bars.reverse();
        let path = dir.join(format!("{}.svg", family.name));
        let what = if family.name == "memory" {
            "memory"
        } else {
            "time"
        };
        draw(
            &path,
            &format!("{}: Rust {what} / Go {what}", family.title),
            &bars,
        )
        .map_err(|err| format!("{}: {err}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// One horizontal bar per `(label, ratio)`, from 1 (as fast as Go) to the
/// ratio, on a log scale.
fn draw(
    path: &Path,
    title: &str,
    bars: &[(String, f64)],
) -> Result<(), Box<dyn std::error::Error>> {
    let height = 90 + 22 * bars.len() as u32;
    let root = SVGBackend::new(path, (960, height)).into_drawing_area();
    root.fill(&WHITE)?;
    let (lo, hi) = bars.iter().fold((1.0f64, 1.0f64), |(lo, hi), (_, r)| {
        (lo.min(*r), hi.max(*r))
    });
    // Whole powers of ten either side, so that 1 sits on a grid line.
    let lo = 10f64.powf((lo.log10() - 0.05).floor());
    let hi = 10f64.powf((hi.log10() + 0.05).ceil());
    let labels: Vec<&str> = bars.iter().map(|(label, _)| label.as_str()).collect();
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(44)
        .y_label_area_size(300)
        .build_cartesian_2d((lo..hi).log_scale(), (0..bars.len()).into_segmented())?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(bars.len())
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) => labels.get(*i).copied().unwrap_or("").to_owned(),
            _ => String::new(),
        })
        .x_label_formatter(&|x| format!("{x}×"))
        .x_desc("Rust / Go (log scale): left of 1, Rust takes less")
        .label_style(("sans-serif", 13))
        .draw()?;
    chart.draw_series(bars.iter().enumerate().map(|(i, (_, r))| {
        let color = if *r <= 1.0 { FASTER } else { SLOWER };
        let mut bar = Rectangle::new(
            [
                (1.0, SegmentValue::Exact(i)),
                (*r, SegmentValue::Exact(i + 1)),
            ],
            color.filled(),
        );
        bar.set_margin(3, 3, 0, 0);
        bar
    }))?;
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(1.0, SegmentValue::Exact(0)), (1.0, SegmentValue::Last)],
        BLACK.stroke_width(1),
    )))?;
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Record;
    use crate::report::Side;

    #[test]
    fn a_plot_per_family_with_ratios_and_a_bar_per_row() {
        let mut results = Results::default();
        let record = |imp: &str, value| Record {
            family: "once".into(),
            case: "once hot path".into(),
            imp: imp.into(),
            value,
            unit: "ns/op".into(),
            ops: 1,
        };
        results.add(Side::Go, record("sync.Once", 2.0));
        results.add(Side::Rust, record("std Once", 1.0));
        results.add(Side::Rust, record("OnceLock", 8.0));
        let dir = std::env::temp_dir().join(format!("bench-plot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let written = write_all(&results, &dir).unwrap();
        assert_eq!(written, vec![dir.join("once.svg")]);
        let svg = std::fs::read_to_string(&written[0]).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..80.min(svg.len())]);
        assert!(svg.contains("once hot path · OnceLock"), "labels are drawn");
        // One green bar (0.5×) and one red (4×).
        assert!(
            svg.contains("#2E7D32") || svg.contains("rgb(46,125,50)"),
            "a faster bar"
        );
        assert!(
            svg.contains("#C62828") || svg.contains("rgb(198,40,40)"),
            "a slower bar"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
