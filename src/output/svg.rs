//! The compliance report's charts as inline SVG (issue 16): no script, no external file.
//! Every bar carries its number (`data-value`, and a `<title>` a browser shows on hover)
//! next to the keys of the table row it comes from, so a test can hold chart to table.

use std::fmt::Write;

use super::html::esc;

const WIDTH: u32 = 720;
const HEIGHT: u32 = 240;
const LEFT: u32 = 48;
const BOTTOM: u32 = 36;
const TOP: u32 = 16;

/// A stacked bar a month: on time (below) and late (above).
pub fn months(months: &[(String, u64, u64)], title: &str, labels: (&str, &str)) -> String {
    let max = months
        .iter()
        .map(|(_, a, b)| a + b)
        .max()
        .unwrap_or(0)
        .max(1);
    let n = months.len().max(1) as u32;
    let plot_w = WIDTH - LEFT - 8;
    let plot_h = HEIGHT - BOTTOM - TOP;
    let slot = plot_w / n;
    let bar = (slot * 2 / 3).max(2);
    let y = |v: u64| TOP + plot_h - (v * u64::from(plot_h) / max) as u32;
    let mut s = open(title);
    axis(&mut s, max, plot_h);
    for (i, (month, on_time, late)) in months.iter().enumerate() {
        let x = LEFT + i as u32 * slot + (slot - bar) / 2;
        let (top_on, top_late) = (y(*on_time), y(on_time + late));
        for (series, label, value, y0, y1, class) in [
            ("on-time", labels.0, *on_time, top_on, y(0), "ok"),
            ("late", labels.1, *late, top_late, top_on, "late"),
        ] {
            let _ = write!(
                s,
                r#"<rect class="{class}" x="{x}" y="{y0}" width="{bar}" height="{h}" data-month="{m}" data-series="{series}" data-value="{value}"><title>{m}: {value} {l}</title></rect>"#,
                h = y1 - y0,
                m = esc(month),
                l = esc(label),
            );
        }
        let _ = write!(
            s,
            r#"<text x="{cx}" y="{ty}" text-anchor="middle" class="tick">{m}</text>"#,
            cx = x + bar / 2,
            ty = HEIGHT - BOTTOM + 14,
            m = esc(month.get(5..).unwrap_or(month)),
        );
    }
    legend(&mut s, labels);
    s.push_str("</svg>");
    s
}

/// One bar a bucket of days late.
pub fn buckets(buckets: &[(String, u64)], title: &str, unit: &str) -> String {
    let max = buckets.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let n = buckets.len().max(1) as u32;
    let plot_w = WIDTH - LEFT - 8;
    let plot_h = HEIGHT - BOTTOM - TOP;
    let slot = plot_w / n;
    let bar = (slot / 2).max(2);
    let mut s = open(title);
    axis(&mut s, max, plot_h);
    for (i, (label, value)) in buckets.iter().enumerate() {
        let x = LEFT + i as u32 * slot + (slot - bar) / 2;
        let h = (value * u64::from(plot_h) / max) as u32;
        let _ = write!(
            s,
            r#"<rect class="late" x="{x}" y="{y}" width="{bar}" height="{h}" data-bucket="{b}" data-value="{value}"><title>{b} {u}: {value}</title></rect><text x="{cx}" y="{ty}" text-anchor="middle" class="tick">{b}</text>"#,
            y = TOP + plot_h - h,
            b = esc(label),
            u = esc(unit),
            cx = x + bar / 2,
            ty = HEIGHT - BOTTOM + 14,
        );
    }
    s.push_str("</svg>");
    s
}

fn open(title: &str) -> String {
    format!(
        r#"<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{t}"><title>{t}</title>"#,
        t = esc(title)
    )
}

/// The vertical axis: zero, half and the largest value, with grid lines.
fn axis(s: &mut String, max: u64, plot_h: u32) {
    for v in [0, max / 2, max] {
        let y = TOP + plot_h - (v * u64::from(plot_h) / max) as u32;
        let _ = write!(
            s,
            r#"<line class="grid" x1="{LEFT}" y1="{y}" x2="{x2}" y2="{y}"/><text x="{tx}" y="{ty}" text-anchor="end" class="tick">{v}</text>"#,
            x2 = WIDTH - 8,
            tx = LEFT - 6,
            ty = y + 4,
        );
    }
}

fn legend(s: &mut String, (on_time, late): (&str, &str)) {
    let y = HEIGHT - 10;
    let _ = write!(
        s,
        r#"<rect class="ok" x="{LEFT}" y="{ry}" width="10" height="10"/><text x="{t1}" y="{y}" class="tick">{a}</text><rect class="late" x="{x2}" y="{ry}" width="10" height="10"/><text x="{t2}" y="{y}" class="tick">{b}</text>"#,
        ry = y - 9,
        t1 = LEFT + 14,
        x2 = LEFT + 160,
        t2 = LEFT + 174,
        a = esc(on_time),
        b = esc(late),
    );
}
