//! Text as paths: SVG charts that look the same without the viewer's fonts.
//!
//! plotters' SVG backend writes each label as a `<text>` element naming `sans-serif`, but the
//! charts are laid out with DejaVu Sans (see `text.rs`); a viewer without it substitutes another
//! font with other widths, and labels collide. [`text_as_paths`] replaces every `<text>`
//! element plotters writes by one `<path>` holding the outlines of its glyphs in the embedded
//! font, placed as a viewer with DejaVu Sans would place them:
//!
//! - `x`, `y` and `dy` (`em` is the font size, `ex` the height of the font's `x`), so a
//!   baseline sits where the viewer put it;
//! - `text-anchor` (`start`, `middle`, `end`), by the advance width of the text with kerning;
//! - `font-size` (pixels per em), `font-weight` (`bold` or 600 and more: the bold face);
//! - `fill`, `opacity` and `transform` (plotters' `rotate(a, x, y)`), copied to the path;
//! - XML whitespace (newlines dropped, runs of spaces collapsed, ends trimmed) and entities
//!   (`&amp;`, `&lt;`, `&#8211;`, ...) decoded before layout.
//!
//! The text itself is kept in the path's `aria-label`, for screen readers and for searching.
//! Coordinates are written with two decimals, so the output is byte-identical from run to run.
//! An element this module cannot read (an unknown entity, markup inside, a bad number) is left
//! as it was. `font-family` and `font-style` are ignored: every label is DejaVu Sans, upright.

use std::fmt::Write as _;
use std::path::PathBuf;

use ab_glyph::{Font, FontRef, OutlineCurve, Point};

use super::text;
use crate::error::{Error, Result};

/// Replaces every `<text>` element of `svg` by a `<path>` of its glyph outlines (see the module
/// documentation). Fails only when the embedded fonts cannot be loaded.
pub fn text_as_paths(svg: &str) -> Result<String> {
    let fonts = [text::font(false), text::font(true)];
    let [Some(regular), Some(bold)] = fonts else {
        return Err(Error::Chart {
            path: PathBuf::from("<memory>"),
            message: "the embedded DejaVu Sans font could not be loaded".into(),
        });
    };
    let fonts = Fonts { regular, bold };
    let mut out = String::with_capacity(svg.len() * 4);
    let mut rest = svg;
    while let Some(at) = find_text_tag(rest) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match parse_element(rest).and_then(|(el, len)| Some((fonts.path(&el)?, len))) {
            Some((path, len)) => {
                out.push_str(&path);
                rest = &rest[len..];
            }
            None => {
                out.push_str("<text");
                rest = &rest["<text".len()..];
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// The offset of the next `<text` start tag (not `<textPath`).
fn find_text_tag(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = s[from..].find("<text") {
        let at = from + i;
        match s[at + 5..].chars().next() {
            Some(c) if c.is_ascii_whitespace() || c == '>' => return Some(at),
            _ => from = at + 5,
        }
    }
    None
}

/// A `<text>` element: its attributes (values decoded) and its text (decoded, whitespace
/// collapsed).
#[derive(Debug)]
struct TextElement {
    attrs: Vec<(String, String)>,
    text: String,
}

impl TextElement {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads the `<text ...>...</text>` element at the start of `s`; returns it and its length.
/// `None` for anything but plain text content.
fn parse_element(s: &str) -> Option<(TextElement, usize)> {
    let s0 = s.strip_prefix("<text")?;
    let (attrs, open_len) = parse_attrs(s0)?;
    let body = &s0[open_len..];
    let end = body.find("</text>")?;
    let raw = &body[..end];
    if raw.contains('<') {
        return None;
    }
    let text = collapse_whitespace(&decode_entities(raw)?);
    let len = "<text".len() + open_len + end + "</text>".len();
    Some((TextElement { attrs, text }, len))
}

/// Reads attributes up to and including the `>` closing a start tag; returns them and the
/// length read. `None` for a self-closing or malformed tag.
fn parse_attrs(s: &str) -> Option<(Vec<(String, String)>, usize)> {
    let mut attrs = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        match b.get(i)? {
            b'>' => return Some((attrs, i + 1)),
            b'/' => return None,
            _ => {}
        }
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'>' {
            i += 1;
        }
        let name = &s[name_start..i];
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b.get(i) != Some(&b'=') || name.is_empty() {
            return None;
        }
        i += 1;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let quote = *b.get(i)?;
        if quote != b'"' && quote != b'\'' {
            return None;
        }
        let value_start = i + 1;
        let value_len = s[value_start..].find(quote as char)?;
        let value = decode_entities(&s[value_start..value_start + value_len])?;
        attrs.push((name.to_string(), value));
        i = value_start + value_len + 1;
    }
}

/// Decodes the five XML entities and numeric character references; `None` for anything else.
fn decode_entities(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp + 1..];
        let semi = rest.find(';')?;
        let name = &rest[..semi];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(hex) =
                    name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
                {
                    u32::from_str_radix(hex, 16).ok()?
                } else {
                    name.strip_prefix('#')?.parse().ok()?
                };
                char::from_u32(code)?
            }
        };
        out.push(c);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    Some(out)
}

/// SVG's default whitespace handling: newlines removed, tabs made spaces, leading and trailing
/// spaces trimmed, runs of spaces made one.
fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|&c| c != '\n' && c != '\r') {
        let c = if c == '\t' { ' ' } else { c };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let trimmed = out.trim_end_matches(' ').len();
    out.truncate(trimmed);
    out
}

/// Escapes a value for an attribute in double quotes.
fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A number with at most two decimals, trailing zeros dropped and no negative zero.
fn num(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    match s {
        "-0" | "" => "0".to_string(),
        s => s.to_string(),
    }
}

/// A plain number of pixels (`12`, `9.67`, `3px`).
fn pixels(v: &str) -> Option<f64> {
    let v = v.trim();
    let n: f64 = v.strip_suffix("px").unwrap_or(v).trim().parse().ok()?;
    n.is_finite().then_some(n)
}

/// A length such as `0.76em`, `0.5ex`, `-3` or `2px`, in pixels.
fn length(v: &str, size: f64, x_height: f64) -> Option<f64> {
    let v = v.trim();
    let (n, unit) = if let Some(n) = v.strip_suffix("em") {
        (n, size)
    } else if let Some(n) = v.strip_suffix("ex") {
        (n, x_height)
    } else if let Some(n) = v.strip_suffix("px") {
        (n, 1.0)
    } else {
        (v, 1.0)
    };
    let n: f64 = n.trim().parse().ok()?;
    n.is_finite().then_some(n * unit)
}

/// The two embedded faces.
struct Fonts {
    regular: &'static FontRef<'static>,
    bold: &'static FontRef<'static>,
}

/// Where the glyphs of a text go: the scale from font units to pixels, the pen's starting x
/// and the baseline's y, in pixels.
struct Placement {
    scale: f64,
    x: f64,
    baseline: f64,
}

impl Fonts {
    fn face(&self, el: &TextElement) -> &'static FontRef<'static> {
        let bold = match el.attr("font-weight").map(str::trim) {
            Some("bold" | "bolder") => true,
            Some(w) => w.parse::<u32>().is_ok_and(|w| w >= 600),
            None => false,
        };
        if bold {
            self.bold
        } else {
            self.regular
        }
    }

    /// The `<path>` drawing `el`, or an empty string for a text with nothing to draw.
    fn path(&self, el: &TextElement) -> Option<String> {
        let font = self.face(el);
        let num_attr = |name: &str, default: f64| match el.attr(name) {
            Some(v) => pixels(v),
            None => Some(default),
        };
        let size = num_attr("font-size", 16.0)?;
        if size <= 0.0 {
            return None;
        }
        let scale = size / f64::from(font.units_per_em()?);
        let x_height = font
            .outline(font.glyph_id('x'))
            // ab_glyph's unscaled bounds keep the font's y-up values, top in `min.y`.
            .map_or(size * 0.5, |o| f64::from(o.bounds.min.y) * scale);
        let dy = match el.attr("dy") {
            Some(v) => length(v, size, x_height)?,
            None => 0.0,
        };
        let width = advance_width(font, &el.text) * scale;
        let x = num_attr("x", 0.0)?;
        let x = match el.attr("text-anchor").map(str::trim) {
            None | Some("start") => x,
            Some("middle") => x - width / 2.0,
            Some("end") => x - width,
            Some(_) => return None,
        };
        let baseline = num_attr("y", 0.0)? + dy;
        let d = outline(font, &el.text, &Placement { scale, x, baseline });
        if d.is_empty() {
            return Some(String::new());
        }
        let mut out = String::with_capacity(d.len() + 120);
        out.push_str("<path");
        for name in ["transform", "fill", "opacity"] {
            if let Some(v) = el.attr(name) {
                if !(name == "opacity" && v.trim() == "1") {
                    let _ = write!(out, " {name}=\"{}\"", escape_attr(v));
                }
            }
        }
        let _ = write!(out, " aria-label=\"{}\" d=\"{d}\"/>", escape_attr(&el.text));
        Some(out)
    }
}

/// The advance width of `text` with kerning, in font units.
fn advance_width(font: &FontRef<'_>, text: &str) -> f64 {
    let mut w = 0f32;
    let mut prev = None;
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = prev {
            w += font.kern_unscaled(p, id);
        }
        w += font.h_advance_unscaled(id);
        prev = Some(id);
    }
    f64::from(w)
}

/// The path data of the glyphs of `text` placed by `at`.
fn outline(font: &FontRef<'_>, text: &str, at: &Placement) -> String {
    let mut d = String::new();
    let mut pen = 0f32;
    let mut prev = None;
    for c in text.chars() {
        let id = font.glyph_id(c);
        if let Some(p) = prev {
            pen += font.kern_unscaled(p, id);
        }
        if let Some(o) = font.outline(id) {
            let x0 = at.x + f64::from(pen) * at.scale;
            let pt = |p: Point| {
                let x = x0 + f64::from(p.x) * at.scale;
                let y = at.baseline - f64::from(p.y) * at.scale;
                format!("{} {}", num(x), num(y))
            };
            glyph_path(&mut d, &o.curves, pt);
        }
        pen += font.h_advance_unscaled(id);
        prev = Some(id);
    }
    d
}

/// Appends the curves of one glyph to `d`: a new subpath wherever a curve does not start where
/// the last one ended or the last one came back to the start of its contour, which is closed.
fn glyph_path(d: &mut String, curves: &[OutlineCurve], pt: impl Fn(Point) -> String) {
    let mut start: Option<Point> = None;
    let mut end: Option<Point> = None;
    for curve in curves {
        let (p0, last) = match curve {
            OutlineCurve::Line(p0, p1) => (*p0, *p1),
            OutlineCurve::Quad(p0, _, p2) => (*p0, *p2),
            OutlineCurve::Cubic(p0, _, _, p3) => (*p0, *p3),
        };
        let closed = start.is_some() && start == end;
        if closed || end != Some(p0) {
            if closed {
                d.push('Z');
            }
            let _ = write!(d, "M{}", pt(p0));
            start = Some(p0);
        }
        let _ = match curve {
            // `Z` draws the line back to the start (and a contour closed early is split in two
            // closed subpaths, which fill the same).
            OutlineCurve::Line(_, p1) if Some(*p1) == start || *p1 == p0 => Ok(()),
            OutlineCurve::Line(_, p1) => write!(d, "L{}", pt(*p1)),
            OutlineCurve::Quad(_, p1, p2) => write!(d, "Q{} {}", pt(*p1), pt(*p2)),
            OutlineCurve::Cubic(_, p1, p2, p3) => {
                write!(d, "C{} {} {}", pt(*p1), pt(*p2), pt(*p3))
            }
        };
        end = Some(last);
    }
    if start.is_some() && start == end {
        d.push('Z');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ab_glyph::{PxScale, ScaleFont};
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    use plotters::style::FontTransform;

    fn text_el(attrs: &str, body: &str) -> String {
        format!("<text {attrs}>\n{body}\n</text>\n")
    }

    /// The `d` of the one path in `svg`.
    fn d_of(svg: &str) -> &str {
        let at = svg.find(" d=\"").expect("a path") + 4;
        &svg[at..at + svg[at..].find('"').unwrap()]
    }

    /// The bounding box of the points of a path's data (on-curve and control points).
    fn bbox(d: &str) -> (f64, f64, f64, f64) {
        let nums: Vec<f64> = d
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().unwrap())
            .collect();
        let xs = nums.iter().step_by(2);
        let ys = nums.iter().skip(1).step_by(2);
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for &x in xs {
            x0 = x0.min(x);
            x1 = x1.max(x);
        }
        for &y in ys {
            y0 = y0.min(y);
            y1 = y1.max(y);
        }
        (x0, y0, x1, y1)
    }

    fn regular() -> &'static FontRef<'static> {
        text::font(false).unwrap()
    }

    /// ab_glyph's scale for a CSS font size (pixels per em) of the embedded font.
    fn px_scale(font: &FontRef<'_>, size: f32) -> PxScale {
        PxScale::from(size * font.height_unscaled() / font.units_per_em().unwrap())
    }

    #[test]
    fn numbers_have_two_decimals_at_most_and_no_negative_zero() {
        assert_eq!(num(1.5), "1.5");
        assert_eq!(num(2.0), "2");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(12.345_6), "12.35");
        assert_eq!(num(-3.1), "-3.1");
    }

    #[test]
    fn a_paths_width_is_the_width_ab_glyph_measures() {
        let size = 100.0;
        let text = "Attack drones, 28 Sep";
        let svg = text_el(
            &format!(
                r##"x="10" y="10" dy="0.76em" text-anchor="start" font-size="{size}" fill="#222222""##
            ),
            text,
        );
        let out = text_as_paths(&svg).unwrap();
        assert!(!out.contains("<text"), "{out}");
        assert!(out.contains(r##"fill="#222222""##));
        assert!(out.contains(r#"aria-label="Attack drones, 28 Sep""#));
        let (x0, _, x1, _) = bbox(d_of(&out));
        // ab_glyph's own layout: glyphs on a caret with kerning, the ink's pixel bounds.
        let font = regular();
        let sf = font.as_scaled(px_scale(font, size));
        let (mut caret, mut prev, mut lo, mut hi) = (10f32, None, f32::MAX, f32::MIN);
        for c in text.chars() {
            let id = sf.glyph_id(c);
            if let Some(p) = prev {
                caret += sf.kern(p, id);
            }
            let g = id.with_scale_and_position(sf.scale(), ab_glyph::point(caret, 0.0));
            if let Some(o) = sf.outline_glyph(g) {
                lo = lo.min(o.px_bounds().min.x);
                hi = hi.max(o.px_bounds().max.x);
            }
            caret += sf.h_advance(id);
            prev = Some(id);
        }
        let (w, expected) = (x1 - x0, f64::from(hi - lo));
        assert!((w - expected).abs() / expected < 0.01, "{w} vs {expected}");
        assert!((x0 - f64::from(lo)).abs() < 1.5, "{x0} vs {lo}");
    }

    #[test]
    fn anchors_shift_by_the_advance_width() {
        let font = regular();
        let text = "Record 7 Sep 2025";
        let sf = font.as_scaled(px_scale(font, 12.0));
        let mut advance = 0f32;
        let mut prev = None;
        for c in text.chars() {
            let id = sf.glyph_id(c);
            advance += prev.map_or(0.0, |p| sf.kern(p, id)) + sf.h_advance(id);
            prev = Some(id);
        }
        let at = |anchor: &str| {
            let svg = text_el(
                &format!(r#"x="200" y="50" text-anchor="{anchor}" font-size="12""#),
                text,
            );
            bbox(d_of(&text_as_paths(&svg).unwrap())).0
        };
        let (start, middle, end) = (at("start"), at("middle"), at("end"));
        let advance = f64::from(advance);
        assert!(
            (start - middle - advance / 2.0).abs() < 0.02,
            "{start} {middle}"
        );
        assert!((start - end - advance).abs() < 0.02, "{start} {end}");
    }

    #[test]
    fn dy_puts_the_baseline_where_the_viewer_would() {
        let svg = |dy: &str| {
            let el = text_el(&format!(r#"x="0" y="100" dy="{dy}" font-size="20""#), "H");
            bbox(d_of(&text_as_paths(&el).unwrap()))
        };
        // 'H' sits on the baseline.
        assert!((svg("0.76em").3 - 115.2).abs() < 0.01);
        assert!((svg("-3").3 - 97.0).abs() < 0.01);
        let x_height = 20.0 * 1120.0 / 2048.0;
        let got = svg("0.5ex").3;
        assert!((got - (100.0 + x_height / 2.0)).abs() < 0.02, "{got}");
        assert!((svg("-0.5ex").3 - (100.0 - x_height / 2.0)).abs() < 0.02);
    }

    #[test]
    fn entities_are_decoded_before_layout() {
        let a = text_as_paths(&text_el(
            r#"x="0" y="0" font-size="12""#,
            "Russia&apos;s &amp; &lt;x&gt;",
        ))
        .unwrap();
        let b = text_as_paths(&text_el(
            r#"x="0" y="0" font-size="12""#,
            "Russia&#39;s &#x26; &#60;x&#62;",
        ))
        .unwrap();
        assert_eq!(a, b);
        assert!(
            a.contains(r#"aria-label="Russia&apos;s &amp; &lt;x&gt;""#),
            "{a}"
        );
        // As wide as the decoded text (less the right side bearing of '>', 0.1 em), not as
        // the entities written out.
        let width = bbox(d_of(&a)).2;
        let expected = advance_width(regular(), "Russia's & <x>") * 12.0 / 2048.0;
        assert!(
            width < expected && width > expected - 1.8,
            "{width} vs {expected}"
        );
    }

    #[test]
    fn whitespace_collapses_as_in_a_viewer() {
        assert_eq!(collapse_whitespace("\n  a \t  b \n"), "a b");
        let a = text_as_paths(&text_el(r#"x="0" y="0""#, "  a   b  ")).unwrap();
        let b = text_as_paths(&text_el(r#"x="0" y="0""#, "a b")).unwrap();
        assert_eq!(a, b);
        // Nothing to draw: nothing drawn.
        assert_eq!(
            text_as_paths(&text_el(r#"x="0" y="0""#, "   ")).unwrap(),
            "\n"
        );
    }

    #[test]
    fn bold_text_is_drawn_with_the_bold_face() {
        let w = |weight: &str| {
            let el = text_el(&format!(r#"x="0" y="0" font-size="20" {weight}"#), "Drones");
            bbox(d_of(&text_as_paths(&el).unwrap())).2
        };
        assert!(w(r#"font-weight="bold""#) > w("") + 2.0);
        assert_eq!(w(r#"font-weight="700""#), w(r#"font-weight="bold""#));
        assert_eq!(w(r#"font-weight="400""#), w(""));
    }

    #[test]
    fn rotated_labels_keep_their_rotation() {
        text::register_fonts().unwrap();
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (200, 200)).into_drawing_area();
            let style = ("sans-serif", 15.0)
                .into_font()
                .transform(FontTransform::Rotate270)
                .color(&RGBColor(0x22, 0x22, 0x22))
                .pos(Pos::new(HPos::Center, VPos::Top));
            root.draw_text("Attacks per night", &style, (40, 100))
                .unwrap();
            root.present().unwrap();
        }
        assert!(svg.contains("<text"), "{svg}");
        let out = text_as_paths(&svg).unwrap();
        assert!(!out.contains("<text"), "{out}");
        assert!(
            out.contains(r##"<path transform="rotate(270, 40, 100)" fill="#222222""##),
            "{out}"
        );
        // Unrotated, the glyphs are centred on the anchor.
        let (x0, _, x1, _) = bbox(d_of(&out));
        assert!(((x0 + x1) / 2.0 - 40.0).abs() < 1.0, "{x0} {x1}");
        assert!(out.starts_with("<svg") && out.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn what_cannot_be_read_stays_as_it_was() {
        for bad in [
            r#"<text x="1">unterminated"#,
            r#"<text x="a">1</text>"#,
            r#"<text x="1" font-size="-2">1</text>"#,
            r#"<text x="1">&nbsp;</text>"#,
            r#"<text x="1">a<tspan>b</tspan></text>"#,
            r#"<text x="1"/>"#,
            r#"<text x="1 y="2">a</text>"#,
            r#"<text x="1" text-anchor="left">a</text>"#,
            r#"<text x="1" dy="1q">a</text>"#,
            r#"<textPath>a</textPath><text"#,
            "<text x=\"1\">&#xD800;</text>",
            "<text",
        ] {
            assert_eq!(text_as_paths(bad).unwrap(), bad);
        }
        let mixed = format!(r#"<text x="a">1</text>{}"#, text_el(r#"x="0" y="0""#, "ok"));
        let out = text_as_paths(&mixed).unwrap();
        assert!(out.starts_with(r#"<text x="a">1</text><path "#), "{out}");
    }

    #[test]
    fn the_output_is_the_same_on_every_run() {
        let el = text_el(
            r##"x="3" y="7" dy="0.5ex" text-anchor="end" font-size="9.67741935483871" opacity="0.85" fill="#0072B2""##,
            "552/~580 · ≤93%",
        );
        let a = text_as_paths(&el).unwrap();
        assert_eq!(a, text_as_paths(&el).unwrap());
        assert!(a.contains(r#"opacity="0.85""#));
        assert!(!d_of(&a).contains("-0 ") && !d_of(&a).contains(".000"));
    }
}
