//! Chart text: the embedded fonts, their registration with plotters, measuring, and drawing.
//!
//! plotters' `ab_glyph` text drawing places each glyph without its left side bearing, which
//! scatters the spacing of small text ("1 08", "95 .2"). On raster backends we therefore draw
//! text glyph by glyph at positions laid out here with the same font, each glyph shifted by its
//! bearing. On the SVG backend text stays one `<text>` element, which `svgtext.rs` then turns
//! into the outlines of its glyphs, placed as a viewer with DejaVu Sans would place them.
//! Vertical anchors are ours too: `Top` puts the top of capitals at `y`, `Center` the middle of
//! capitals, `Bottom` the lowest descender.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Once, OnceLock};

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;

use super::chart_err;
use crate::error::{Error, Result};

/// DejaVu Sans (see `assets/fonts/`), embedded so charts need no system fonts.
static FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
static FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");
/// The family name the fonts are registered under (plotters' default family).
const FAMILY: &str = "sans-serif";

static REGISTER: Once = Once::new();
static REGISTERED: AtomicBool = AtomicBool::new(false);
static FACES: OnceLock<Option<[FontRef<'static>; 2]>> = OnceLock::new();

/// Registers the embedded fonts with plotters, once per process. Every drawing function calls
/// it; call it yourself only to draw text with plotters outside them.
pub fn register_fonts() -> Result<()> {
    REGISTER.call_once(|| {
        let regular = plotters::style::register_font(FAMILY, FontStyle::Normal, FONT_REGULAR);
        let bold = plotters::style::register_font(FAMILY, FontStyle::Bold, FONT_BOLD);
        REGISTERED.store(
            regular.is_ok() && bold.is_ok() && faces().is_some(),
            Ordering::SeqCst,
        );
    });
    if REGISTERED.load(Ordering::SeqCst) {
        Ok(())
    } else {
        Err(Error::Chart {
            path: PathBuf::from("<memory>"),
            message: "the embedded DejaVu Sans font could not be loaded".into(),
        })
    }
}

fn faces() -> Option<&'static [FontRef<'static>; 2]> {
    FACES
        .get_or_init(|| {
            Some([
                FontRef::try_from_slice(FONT_REGULAR).ok()?,
                FontRef::try_from_slice(FONT_BOLD).ok()?,
            ])
        })
        .as_ref()
}

/// The embedded regular or bold face (`None` only if it could not be read).
pub(super) fn font(bold: bool) -> Option<&'static FontRef<'static>> {
    faces().map(|f| &f[usize::from(bold)])
}

/// A font size and weight.
#[derive(Debug, Clone, Copy)]
pub(super) struct Face {
    /// plotters' size: the pixel height of the font's ascent-to-descent box.
    pub size: f64,
    pub bold: bool,
}

impl Face {
    pub const fn regular(size: f64) -> Face {
        Face { size, bold: false }
    }

    pub const fn bold(size: f64) -> Face {
        Face { size, bold: true }
    }

    fn desc(self) -> FontDesc<'static> {
        let style = if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        (FAMILY, self.size, style).into_font()
    }

    fn font(self) -> Option<&'static FontRef<'static>> {
        font(self.bold)
    }
}

/// Glyph positions of `text`: each character with its x offset (pen position plus left side
/// bearing, in whole pixels), and the advance width of the whole text.
fn layout(text: &str, face: Face) -> (Vec<(char, i32)>, i32) {
    let Some(font) = face.font() else {
        // Never happens once fonts are registered; a rough estimate keeps layout going.
        let w = (text.chars().count() as f64 * face.size * 0.55) as i32;
        return (Vec::new(), w);
    };
    let sf = font.as_scaled(PxScale::from(face.size as f32));
    let mut out = Vec::with_capacity(text.len());
    let mut pen = 0f32;
    let mut prev = None;
    for c in text.chars() {
        let id = sf.glyph_id(c);
        if let Some(p) = prev {
            pen += sf.kern(p, id);
        }
        let bearing = sf
            .outline_glyph(sf.scaled_glyph(c))
            .map_or(0.0, |q| q.px_bounds().min.x);
        out.push((c, (pen.round() + bearing) as i32));
        pen += sf.h_advance(id);
        prev = Some(id);
    }
    (out, pen.round() as i32)
}

/// The width of `text` in pixels.
pub(super) fn width(text: &str, face: Face) -> i32 {
    layout(text, face).1
}

/// Cap height and descent in pixels.
fn metrics(face: Face) -> (f32, f32) {
    match face.font() {
        Some(font) => {
            let sf = font.as_scaled(PxScale::from(face.size as f32));
            let cap = sf
                .outline_glyph(sf.scaled_glyph('H'))
                .map_or(sf.ascent() * 0.75, |q| -q.px_bounds().min.y);
            (cap, -sf.descent())
        }
        None => (face.size as f32 * 0.6, face.size as f32 * 0.2),
    }
}

fn is_vector<DB: DrawingBackend>() -> bool {
    std::any::type_name::<DB>().contains("SVGBackend")
}

/// Draws `text` anchored at `(x, y)` of `area`.
pub(super) fn put<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    face: Face,
    color: &RGBColor,
    (h, v): (HPos, VPos),
    (x, y): (i32, i32),
) -> Result<()> {
    if text.is_empty() {
        return Ok(());
    }
    if is_vector::<DB>() {
        // SVG collapses leading and trailing spaces: keep a left-anchored text where it was.
        let trimmed = text.trim();
        let x = match h {
            HPos::Left => x + width(&text[..text.len() - text.trim_start().len()], face),
            _ => x,
        };
        let style = face.desc().color(color).pos(Pos::new(h, v));
        return area.draw_text(trimmed, &style, (x, y)).map_err(chart_err);
    }
    let (glyphs, w) = layout(text, face);
    let x0 = match h {
        HPos::Left => x,
        HPos::Center => x - w / 2,
        HPos::Right => x - w,
    };
    let (cap, descent) = metrics(face);
    let baseline = match v {
        VPos::Top => y as f32 + cap,
        VPos::Center => y as f32 + cap / 2.0,
        VPos::Bottom => y as f32 - descent,
    };
    // plotters puts the baseline of top-anchored text half the font size below the anchor.
    let top = (baseline - face.size as f32 / 2.0).round() as i32;
    let style = face
        .desc()
        .color(color)
        .pos(Pos::new(HPos::Left, VPos::Top));
    let mut buf = [0u8; 4];
    for (c, dx) in glyphs {
        if c.is_whitespace() {
            continue;
        }
        area.draw_text(c.encode_utf8(&mut buf), &style, (x0 + dx, top))
            .map_err(chart_err)?;
    }
    Ok(())
}
