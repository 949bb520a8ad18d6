//! The timeline as SVG, for slides and docs: the same lanes, spans, arrows
//! and cursor the page's canvas draws, but every lane of the run (not only
//! the visible ones) over the whole run, at a fixed width. Names come from
//! the program (a task's `name=` is any text), so every piece of text is
//! escaped, and characters XML 1.0 cannot hold become U+FFFD.

use std::fmt::Write;

use super::timeline::{ArrowKind, LaneKind, TimelineModel};

/// The picture's width, in pixels.
const WIDTH: f64 = 1200.0;
/// Height of one lane.
const LANE_H: f64 = 20.0;
/// Width of the lane names column.
const NAMES_W: f64 = 180.0;
/// Height of the arrows band above the lanes.
const ARROWS_H: f64 = 26.0;
/// Arrows drawn at most (as on the canvas).
const MAX_ARROWS: usize = 2_000;

/// `text` escaped for XML character data and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The whole timeline of `model` as an SVG document, its cursor at moment
/// `cursor`; the loop's lane is called `loop_name` (the page's language).
/// Each lane is a `<g class="lane">` whose `data-name` is the lane's name.
pub fn timeline_svg(model: &TimelineModel, cursor: u64, loop_name: &str) -> String {
    let height = ARROWS_H + model.lanes.len() as f64 * LANE_H + 4.0;
    let plot = WIDTH - NAMES_W;
    let scale = plot / model.axis.width().max(1.0);
    let px = |x: f64| NAMES_W + x * scale;
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    );
    for (row, lane) in model.lanes.iter().enumerate() {
        let y = ARROWS_H + row as f64 * LANE_H;
        let name = if lane.kind == LaneKind::Loop { loop_name } else { lane.name.as_str() };
        let _ = writeln!(out, "<g class=\"lane\" data-name=\"{}\">", escape(name));
        if row % 2 == 1 {
            let _ = writeln!(out, "<rect x=\"{NAMES_W}\" y=\"{y}\" width=\"{plot}\" height=\"{LANE_H}\" fill=\"#f6f7fb\"/>");
        }
        let mut last_px = f64::NEG_INFINITY;
        for span in &lane.spans {
            let (a, b) = (px(span.x0), px(span.x1));
            // Spans narrower than a pixel next to the last one drawn add nothing.
            if b < last_px + 0.5 && b - a < 1.0 {
                continue;
            }
            last_px = b;
            let inset = span.kind.inset();
            let _ = writeln!(
                out,
                "<rect x=\"{a:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" fill=\"{}\"/>",
                y + inset,
                (b - a).max(1.0),
                LANE_H - 2.0 * inset,
                span.kind.colour()
            );
        }
        let _ = writeln!(out, "<text x=\"4\" y=\"{}\" fill=\"#1c2230\">{}</text>\n</g>", y + 14.0, escape(name));
    }
    for arrow in model.arrows.iter().take(MAX_ARROWS) {
        let (a, b) = (px(arrow.x0), px(arrow.x1));
        let colour = if arrow.kind == ArrowKind::Soon { "#2f6fed" } else { "#e08a00" };
        let base = ARROWS_H - 2.0;
        let top = base - ((b - a) / 3.0).clamp(4.0, ARROWS_H - 6.0);
        let _ = writeln!(
            out,
            "<path d=\"M{a:.2} {base}C{a:.2} {top:.2} {b:.2} {top:.2} {b:.2} {base}\" fill=\"none\" stroke=\"{colour}\"><title>{}</title></path>",
            escape(&arrow.label)
        );
    }
    let c = px(model.cursor_x(cursor));
    let _ = writeln!(out, "<rect class=\"cursor\" x=\"{:.2}\" y=\"0\" width=\"2\" height=\"{height}\" fill=\"#e0a800\"/>\n</svg>", c - 1.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::recording::{RecordOptions, Recording};
    use crate::view::timeline::Spacing;

    /// Checks that `xml` is well-formed in the ways an exporter can get
    /// wrong: tags nest and close, attribute values are quoted, and no `<`
    /// or bare `&` stands in text or attributes. Returns the elements' names
    /// in document order.
    fn well_formed(xml: &str) -> Vec<String> {
        let body = xml.strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").expect("an XML declaration");
        let (mut open, mut names) = (Vec::<String>::new(), Vec::new());
        let mut rest = body;
        while let Some(start) = rest.find('<') {
            check_text(&rest[..start]);
            let end = rest[start..].find('>').expect("a tag ends") + start;
            let tag = &rest[start + 1..end];
            rest = &rest[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(open.pop().as_deref(), Some(name), "</{name}> closes what is open");
                continue;
            }
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let name = tag.split(' ').next().unwrap_or_default().to_string();
            let attrs = &tag[name.len()..];
            assert_eq!(attrs.matches('"').count() % 2, 0, "quoted attributes in <{tag}>");
            check_text(attrs);
            names.push(name.clone());
            if !self_closing {
                open.push(name);
            }
        }
        assert!(open.is_empty() && rest.trim().is_empty(), "unclosed: {open:?}");
        names
    }

    fn check_text(text: &str) {
        assert!(!text.contains('<'), "{text}");
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
            assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(&entity), "{entity}");
        }
    }

    #[test]
    fn the_countdown_is_a_well_formed_svg_with_a_lane_per_task() {
        let recording = Recording::run(crate::gallery::default_example().source, RecordOptions::default());
        let model = TimelineModel::from_trace(&recording.trace, &recording.starts, Spacing::Time);
        let svg = timeline_svg(&model, 5, "event loop");
        let names = well_formed(&svg);
        assert_eq!(names.first().map(String::as_str), Some("svg"));
        for lane in ["event loop", "Task-1 main()", "Task-2 count_down()", "Task-3 count_down()", "Task-4 count_down()"] {
            assert!(svg.contains(&format!("<g class=\"lane\" data-name=\"{lane}\">")), "{lane}");
        }
        assert_eq!(names.iter().filter(|n| *n == "g").count(), model.lanes.len());
        assert!(names.iter().any(|n| n == "path"), "arrows");
    }

    #[test]
    fn hostile_names_are_escaped() {
        let source = "import asyncio\n\nasync def main():\n    await asyncio.create_task(asyncio.sleep(0.1), name='</text><script>alert(\"&\")</script>\\x00')\n\nasyncio.run(main())\n";
        let recording = Recording::run(source, RecordOptions::default());
        let model = TimelineModel::from_trace(&recording.trace, &recording.starts, Spacing::Time);
        let svg = timeline_svg(&model, 0, "<loop>");
        well_formed(&svg);
        assert!(svg.contains("&lt;/text&gt;&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;\u{fffd}"), "{svg}");
        assert!(svg.contains("data-name=\"&lt;loop&gt;\""));
        assert_eq!(escape("a\tb'\u{1}"), "a\tb&apos;\u{fffd}");
    }

    #[test]
    fn the_svg_draws_the_spacing_the_page_shows() {
        let recording = Recording::run(crate::gallery::default_example().source, RecordOptions::default());
        let loop_marks = |spacing: Spacing| -> Vec<f64> {
            let model = TimelineModel::from_trace(&recording.trace, &recording.starts, spacing);
            let svg = timeline_svg(&model, 0, "event loop");
            let lane = svg.split("<g class=\"lane\"").nth(1).expect("the loop's lane");
            lane.lines().filter(|l| l.contains("fill=\"#2f6fed\"")).filter_map(|l| l.split('"').nth(1)?.parse().ok()).collect()
        };
        let gaps = |xs: Vec<f64>| -> Vec<f64> { xs.windows(2).map(|w| w[1] - w[0]).collect() };
        let columns = gaps(loop_marks(Spacing::Iteration));
        assert_eq!(columns.len() as u64 + 1, recording.iterations);
        assert!(columns.iter().all(|g| (g - columns[0]).abs() < 0.02), "{columns:?}");
        let waits = gaps(loop_marks(Spacing::Time));
        assert!(waits.iter().any(|g| g > &(2.0 * columns[0])), "{waits:?}");
    }
}
