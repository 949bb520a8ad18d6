//! The timeline: a lane for the loop, one per task, one per worker; call_soon
//! and call_later arrows from where they were scheduled to where they ran; a
//! cursor at the current moment. Drawn on a canvas: only the visible lanes and
//! the spans inside the visible window are drawn, and spans narrower than a
//! pixel are merged, so 10,000 tasks or 100,000 events stay smooth.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

use crate::page::i18n::Lang;
use crate::view::axis::Tick;
use crate::view::slow::SlowMark;
use crate::view::timeline::{ArrowKind, LaneKind, Spacing, TimelineModel};

/// Height of one lane, in CSS pixels.
const LANE_H: f64 = 20.0;
/// Width of the lane names column.
const NAMES_W: f64 = 120.0;
/// Height of the arrows band above the lanes.
const ARROWS_H: f64 = 26.0;
/// Lanes shown at once (the rest scroll).
const VISIBLE_LANES: usize = 10;
/// Arrows drawn at most per frame.
const MAX_ARROWS: usize = 2_000;

/// Properties of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The timeline of the current recording.
    pub model: Rc<TimelineModel>,
    /// The moment shown (iterations completed).
    pub cursor: u64,
    /// Called with the moment a click goes to.
    pub on_seek: Callback<u64>,
    /// The page's language.
    pub lang: Lang,
    /// The title bar's collapse button, if the panel can collapse.
    #[prop_or_default]
    pub collapse: Html,
    /// The task picked in the await graph: its lane is marked and scrolled
    /// into view.
    #[prop_or_default]
    pub selected: Option<String>,
    /// The slow steps' marks.
    #[prop_or_default]
    pub slow: Rc<Vec<SlowMark>>,
    /// How the model's iterations are spaced (the switch shows it).
    #[prop_or_default]
    pub spacing: Spacing,
    /// Called with the spacing the switch picks.
    #[prop_or_default]
    pub on_spacing: Callback<Spacing>,
}

/// The lane of task `name` (lanes are named `Task-2 nap()`).
fn lane_of(model: &TimelineModel, name: &str) -> Option<usize> {
    model.lanes.iter().position(|l| l.kind == LaneKind::Task && l.name.split(' ').next() == Some(name))
}

/// Marks the selected lane (a band behind its spans).
fn draw_selected(ctx: &CanvasRenderingContext2d, view: View, lane: Option<usize>, width: f64) {
    if let Some(row) = lane.and_then(|l| l.checked_sub(view.top)).filter(|r| *r < VISIBLE_LANES) {
        let y = ARROWS_H + row as f64 * LANE_H;
        ctx.set_fill_style_str("#fff4c2");
        ctx.fill_rect(0.0, y, width, LANE_H);
        ctx.set_fill_style_str("#e0a800");
        ctx.fill_rect(0.0, y, 3.0, LANE_H);
    }
}

/// Outlines each slow step on its lanes and puts a warning triangle above
/// the loop's.
fn draw_slow(ctx: &CanvasRenderingContext2d, view: View, marks: &[SlowMark], px: &dyn Fn(f64) -> f64, width: f64) {
    ctx.set_stroke_style_str("#c62828");
    ctx.set_fill_style_str("#c62828");
    ctx.set_line_width(2.0);
    for mark in marks {
        let (a, b) = (px(mark.x0).max(NAMES_W), px(mark.x1).min(width));
        if b < NAMES_W || a > width {
            continue;
        }
        for row in mark.lanes.iter().filter_map(|l| l.checked_sub(view.top)).filter(|r| *r < VISIBLE_LANES) {
            ctx.stroke_rect(a, ARROWS_H + row as f64 * LANE_H + 1.0, (b - a).max(2.0), LANE_H - 2.0);
        }
        ctx.begin_path();
        ctx.move_to(a, ARROWS_H - 1.0);
        ctx.line_to(a + 5.0, ARROWS_H - 10.0);
        ctx.line_to(a + 10.0, ARROWS_H - 1.0);
        ctx.close_path();
        ctx.fill();
    }
    ctx.set_line_width(1.0);
}

/// Labels never closer than this (CSS pixels): `10.25 s` fits with room.
const TICK_GAP: f64 = 56.0;

/// The clock ticks over the visible window.
fn ticks_of(model: &TimelineModel, view: View, plot_w: f64) -> Vec<Tick> {
    model.axis.ticks(view.left.max(0.0), view.left + plot_w / view.scale, view.scale, TICK_GAP)
}

/// Draws the clock ticks along the top of the plot, above the arrows.
fn draw_ticks(ctx: &CanvasRenderingContext2d, model: &TimelineModel, view: View, plot_w: f64, px: &dyn Fn(f64) -> f64) {
    ctx.set_fill_style_str("#6b7385");
    for tick in ticks_of(model, view, plot_w) {
        let x = px(tick.x);
        ctx.fill_rect(x, 0.0, 1.0, 4.0);
        let _ = ctx.fill_text(&tick.label, x + 2.0, 10.0);
    }
}

/// The visible window: `scale` CSS pixels per axis unit, `left` the axis unit
/// at the left edge, `top` the first lane shown.
#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    scale: f64,
    left: f64,
    top: usize,
}

fn fit(model: &TimelineModel, width: f64) -> View {
    let plot = (width - NAMES_W).max(50.0);
    View { scale: plot / model.axis.width().max(1.0), left: 0.0, top: 0 }
}

/// What is drawn besides the model: the cursor, the loop lane's name, the
/// selected lane, the slow steps.
struct Extras<'a> {
    cursor: u64,
    loop_name: &'a str,
    selected: Option<usize>,
    slow: &'a [SlowMark],
}

fn draw(canvas: &HtmlCanvasElement, model: &TimelineModel, view: View, extras: Extras) -> Option<()> {
    let Extras { cursor, loop_name, selected, slow } = extras;
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    let width = canvas.client_width() as f64;
    let lanes = model.lanes.len().min(VISIBLE_LANES);
    let height = ARROWS_H + lanes as f64 * LANE_H + 4.0;
    canvas.set_width((width * ratio) as u32);
    canvas.set_height((height * ratio) as u32);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0).ok()?;
    ctx.clear_rect(0.0, 0.0, width, height);
    let plot_w = (width - NAMES_W).max(1.0);
    let x_left = view.left;
    let x_right = view.left + plot_w / view.scale;
    let px = |x: f64| NAMES_W + (x - view.left) * view.scale;
    ctx.set_font("11px system-ui, sans-serif");
    draw_selected(&ctx, view, selected, width);
    for (row, lane_index) in (view.top..model.lanes.len()).take(VISIBLE_LANES).enumerate() {
        let lane = &model.lanes[lane_index];
        let y = ARROWS_H + row as f64 * LANE_H;
        if row % 2 == 1 {
            ctx.set_fill_style_str("#f6f7fb");
            ctx.fill_rect(NAMES_W, y, plot_w, LANE_H);
        }
        let mut last_px = f64::NEG_INFINITY;
        for span in model.spans_in(lane_index, x_left, x_right) {
            let (a, b) = (px(span.x0).max(NAMES_W), px(span.x1).min(width));
            if b < last_px + 0.5 && b - a < 1.0 {
                continue;
            }
            last_px = b;
            let inset = span.kind.inset();
            ctx.set_fill_style_str(span.kind.colour());
            ctx.fill_rect(a, y + inset, (b - a).max(1.0), LANE_H - 2.0 * inset);
        }
        ctx.set_fill_style_str(if selected == Some(lane_index) { "#fff4c2" } else { "#ffffff" });
        ctx.fill_rect(0.0, y, NAMES_W - 4.0, LANE_H);
        ctx.set_fill_style_str("#1c2230");
        // A worker's name differs in its end (`ThreadPoolExecutor-0_2`).
        let count = lane.name.chars().count();
        let name: String = if lane.kind == LaneKind::Loop {
            loop_name.to_string()
        } else if lane.kind == LaneKind::Worker && count > 18 {
            format!("…{}", lane.name.chars().skip(count - 17).collect::<String>())
        } else {
            lane.name.chars().take(18).collect()
        };
        ctx.fill_text(&name, 4.0, y + 14.0).ok()?;
    }
    if (x_right - x_left) / crate::view::timeline::UNITS_PER_ITERATION < 600.0 {
        for arrow in model.arrows_in(x_left, x_right, MAX_ARROWS) {
            let (a, b) = (px(arrow.x0), px(arrow.x1));
            ctx.set_stroke_style_str(match arrow.kind {
                ArrowKind::Soon => "#2f6fed",
                ArrowKind::Timer => "#e08a00",
            });
            ctx.begin_path();
            ctx.move_to(a, ARROWS_H - 2.0);
            let lift = ((b - a) / 3.0).clamp(4.0, ARROWS_H - 6.0);
            ctx.bezier_curve_to(a, ARROWS_H - 2.0 - lift, b, ARROWS_H - 2.0 - lift, b, ARROWS_H - 2.0);
            ctx.stroke();
        }
    }
    draw_ticks(&ctx, model, view, plot_w, &px);
    draw_slow(&ctx, view, slow, &px, width);
    let c = px(model.cursor_x(cursor));
    if c >= NAMES_W && c <= width {
        ctx.set_fill_style_str("#e0a800");
        ctx.fill_rect(c - 1.0, 0.0, 2.0, height);
    }
    Some(())
}

/// The timeline panel.
#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let canvas_ref = use_node_ref();
    let view = use_state(|| None::<View>);
    let drag = use_mut_ref(|| None::<(f64, f64)>);
    let hover = use_state(|| None::<(f64, f64, String)>);
    let t = props.lang.text();

    let width = || canvas_ref.cast::<HtmlCanvasElement>().map_or(800.0, |c| c.client_width() as f64);
    let current = (*view).unwrap_or_else(|| fit(&props.model, width()));
    let selected_lane = props.selected.as_deref().and_then(|name| lane_of(&props.model, name));
    {
        let view = view.clone();
        use_effect_with(props.model.clone(), move |_| view.set(None));
    }
    {
        let canvas_ref = canvas_ref.clone();
        let model = props.model.clone();
        let deps = (model, current, props.cursor, props.lang, selected_lane, props.slow.clone());
        use_effect_with(deps, move |(model, view, cursor, lang, selected, slow)| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                let view = if view.scale.is_finite() && view.scale > 0.0 { *view } else { fit(model, canvas.client_width() as f64) };
                let extras = Extras { cursor: *cursor, loop_name: lang.text().timeline.loop_lane, selected: *selected, slow };
                draw(&canvas, model, view, extras);
            }
        });
    }
    // A task picked elsewhere scrolls its lane into view.
    {
        let view = view.clone();
        let max_top = props.model.lanes.len().saturating_sub(VISIBLE_LANES);
        use_effect_with(selected_lane, move |lane| {
            if let Some(lane) = *lane
                && (lane < current.top || lane >= current.top + VISIBLE_LANES)
            {
                view.set(Some(View { top: lane.saturating_sub(VISIBLE_LANES / 2).min(max_top), ..current }));
            }
        });
    }
    let set_view = {
        let view = view.clone();
        let model = props.model.clone();
        move |v: View| {
            let max_top = model.lanes.len().saturating_sub(VISIBLE_LANES);
            view.set(Some(View { scale: v.scale.clamp(1e-6, 400.0), left: v.left.clamp(-1.0, model.axis.width()), top: v.top.min(max_top) }))
        }
    };
    let zoom = |factor: f64| {
        let set_view = set_view.clone();
        let plot = width() - NAMES_W;
        Callback::from(move |_: MouseEvent| {
            let centre = current.left + plot / 2.0 / current.scale;
            let scale = current.scale * factor;
            set_view(View { scale, left: centre - plot / 2.0 / scale, ..current });
        })
    };
    let pan = |fraction: f64| {
        let set_view = set_view.clone();
        let plot = width() - NAMES_W;
        Callback::from(move |_: MouseEvent| set_view(View { left: current.left + fraction * plot / current.scale, ..current }))
    };
    let fit_all = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(None))
    };
    let onwheel = {
        let set_view = set_view.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let x = e.offset_x() as f64 - NAMES_W;
            if e.ctrl_key() || e.meta_key() {
                let at = current.left + x / current.scale;
                let scale = current.scale * if e.delta_y() < 0.0 { 1.25 } else { 0.8 };
                set_view(View { scale, left: at - x / scale, ..current });
            } else if e.shift_key() || e.delta_x().abs() > e.delta_y().abs() {
                let d = if e.delta_x() != 0.0 { e.delta_x() } else { e.delta_y() };
                set_view(View { left: current.left + d / current.scale, ..current });
            } else {
                let top = if e.delta_y() > 0.0 { current.top + 1 } else { current.top.saturating_sub(1) };
                set_view(View { top, ..current });
            }
        })
    };
    let onmousedown = {
        let drag = drag.clone();
        Callback::from(move |e: MouseEvent| *drag.borrow_mut() = Some((e.client_x() as f64, current.left)))
    };
    let onmousemove = {
        let drag = drag.clone();
        let hover = hover.clone();
        let model = props.model.clone();
        let set_view = set_view.clone();
        let describe = t.timeline.describe;
        Callback::from(move |e: MouseEvent| {
            if e.buttons() & 1 == 1
                && let Some((x0, left0)) = *drag.borrow()
            {
                let dx = e.client_x() as f64 - x0;
                if dx.abs() > 3.0 {
                    set_view(View { left: left0 - dx / current.scale, ..current });
                    return;
                }
            }
            let (ox, oy) = (e.offset_x() as f64, e.offset_y() as f64);
            let x = current.left + (ox - NAMES_W) / current.scale;
            let row = ((oy - ARROWS_H) / LANE_H).floor();
            let text = if row >= 0.0 {
                let lane = current.top + row as usize;
                model.span_at(lane, x).map(|s| describe(&s.label)).or_else(|| model.lanes.get(lane).map(|l| l.name.clone()))
            } else {
                model.arrows_in(x - 4.0 / current.scale, x + 4.0 / current.scale, 1).first().map(|a| a.label.clone())
            };
            hover.set(text.map(|t| (ox, oy, t)));
        })
    };
    let onmouseup = {
        let drag = drag.clone();
        let on_seek = props.on_seek.clone();
        let model = props.model.clone();
        Callback::from(move |e: MouseEvent| {
            let was = drag.borrow_mut().take();
            let moved = was.is_some_and(|(x0, _)| (e.client_x() as f64 - x0).abs() > 3.0);
            let ox = e.offset_x() as f64;
            if !moved && ox >= NAMES_W {
                on_seek.emit(model.moment_at(current.left + (ox - NAMES_W) / current.scale));
            }
        })
    };
    let onmouseleave = {
        let hover = hover.clone();
        let drag = drag.clone();
        Callback::from(move |_: MouseEvent| {
            hover.set(None);
            *drag.borrow_mut() = None;
        })
    };
    let lanes = props.model.lanes.len();
    let scroll = |delta: i64| {
        let set_view = set_view.clone();
        Callback::from(move |_: MouseEvent| {
            let top = (current.top as i64 + delta).max(0) as usize;
            set_view(View { top, ..current })
        })
    };
    let tl = &t.timeline;
    let label = (tl.summary)(lanes, props.model.iterations);
    let on_spacing = props.on_spacing.reform(|e: Event| {
        let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        Spacing::from_code(&value).unwrap_or_default()
    });
    let spacing_option = |spacing: Spacing, text: &'static str| html! {
        <option value={spacing.code()} selected={props.spacing == spacing}>{text}</option>
    };
    let ticks = ticks_of(&props.model, current, width() - NAMES_W);
    html! {
        <section id="timeline" class="timeline" aria-labelledby="timeline-heading">
            <div class="pane-title">
                <h2 id="timeline-heading">{tl.title}</h2>
                <div class="timeline-tools">
                    <select id="timeline-spacing" aria-label={tl.spacing} onchange={on_spacing}>
                        {spacing_option(Spacing::Time, tl.by_time)}
                        {spacing_option(Spacing::Iteration, tl.by_iteration)}
                    </select>
                    <button class="icon" title={tl.zoom_in} aria-label={tl.zoom_in} onclick={zoom(1.5)}>{"+"}</button>
                    <button class="icon" title={tl.zoom_out} aria-label={tl.zoom_out} onclick={zoom(1.0 / 1.5)}>{"−"}</button>
                    <button class="icon" title={tl.fit} aria-label={tl.fit} onclick={fit_all}>{"⤢"}</button>
                    <button class="icon" title={tl.pan_left} aria-label={tl.pan_left} onclick={pan(-0.5)}>{"«"}</button>
                    <button class="icon" title={tl.pan_right} aria-label={tl.pan_right} onclick={pan(0.5)}>{"»"}</button>
                    if lanes > VISIBLE_LANES {
                        <button class="icon" title={tl.lanes_up} aria-label={tl.lanes_up} onclick={scroll(-(VISIBLE_LANES as i64))}>{"▲"}</button>
                        <button class="icon" title={tl.lanes_down} aria-label={tl.lanes_down} onclick={scroll(VISIBLE_LANES as i64)}>{"▼"}</button>
                        <span class="lane-range">{format!("{}–{} / {}", current.top + 1, (current.top + VISIBLE_LANES).min(lanes), lanes)}</span>
                    }
                    {props.collapse.clone()}
                </div>
            </div>
            <div class="timeline-body">
                <canvas ref={canvas_ref} id="timeline-canvas" role="img" aria-label={label}
                    data-selected-lane={selected_lane.map(|l| props.model.lanes[l].name.clone())}
                    data-slow-marks={props.slow.len().to_string()}
                    {onwheel} {onmousedown} {onmousemove} {onmouseup} {onmouseleave} />
                if let Some((x, y, text)) = &*hover {
                    <div class="timeline-tip" role="tooltip" style={format!("left: {}px; top: {}px", x + 12.0, y + 12.0)}>{text.clone()}</div>
                }
            </div>
            <ul id="timeline-ticks" class="visually-hidden" aria-label={tl.clock}>
                { for ticks.into_iter().map(|t| html! { <li>{t.label}</li> }) }
            </ul>
            <p class="timeline-legend">
                <span class="key running"></span>{tl.running}
                <span class="key waiting"></span>{tl.waiting}
                <span class="key ready"></span>{tl.ready}
                <span class="key blocked"></span>{tl.blocked}
                if !props.slow.is_empty() { <span class="key slow"></span>{tl.slow} }
                <span class="key soon"></span>{"call_soon"}
                <span class="key timer"></span>{"call_later / call_at"}
            </p>
        </section>
    }
}
