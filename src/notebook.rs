//! DataFrames as compact HTML tables in Jupyter notebooks (the evcxr kernel), plain text elsewhere.
//!
//! evcxr shows the value of a cell's last expression with its type's `evcxr_display` method when
//! one is in scope, and with `Debug` otherwise. `use strikes::notebook::*;` brings
//! [`NotebookDisplay`] into scope, so a [`DataFrame`] shows as an HTML table ([`html`]): each
//! count next to its qualifier is one label ("800+" for more than 800, "~580", "≥26", "≤50"),
//! lists are joined with "; ", long texts are cut, and a null is an empty cell (not stated, never
//! zero). The same output carries polars' plain-text table, for front ends without HTML;
//! `println!("{df}")` and the command line are plain text as before ([`terminal_table_width`]
//! sets how wide).
//!
//! ```
//! use strikes::notebook::html;
//! use strikes::polars::prelude::*;
//!
//! let df = df!("drones_launched" => [Some(800u32), None],
//!              "drones_launched_qualifier" => [Some("more_than"), None])?;
//! assert!(html(&df).contains("<td>800+</td>"));
//! # Ok::<(), PolarsError>(())
//! ```

use std::fmt::Write;
use std::io::IsTerminal;

use polars::prelude::*;

use crate::analysis::value_label;

/// Rows shown before the table is cut ("… and N more rows").
const MAX_ROWS: usize = 40;
/// Characters of a text cell shown before it is cut with "…".
const MAX_TEXT: usize = 120;
const QUALIFIER_SUFFIX: &str = "_qualifier";

/// Shows a value in a notebook: evcxr calls `evcxr_display` on a cell's last expression.
pub trait NotebookDisplay {
    /// Prints the value in evcxr's display protocol (`EVCXR_BEGIN_CONTENT <mime type>` …).
    fn evcxr_display(&self);
}

impl NotebookDisplay for DataFrame {
    fn evcxr_display(&self) {
        print!("{}", display_bundle(self));
    }
}

/// The text evcxr reads from a cell's stdout: the HTML table and polars' plain-text table.
pub fn display_bundle(df: &DataFrame) -> String {
    format!(
        "EVCXR_BEGIN_CONTENT text/html\n{}\nEVCXR_END_CONTENT\n\
         EVCXR_BEGIN_CONTENT text/plain\n{df}\nEVCXR_END_CONTENT\n",
        html(df)
    )
}

/// polars' table width when the output is not a terminal, unless `COLUMNS` says otherwise: wide
/// enough for the command line's and the examples' tables, whose dates polars' default (100)
/// wraps over three lines.
pub const PIPED_TABLE_WIDTH: u16 = 250;

/// Sets the width polars prints tables with (`POLARS_TABLE_WIDTH`) for the command line and the
/// examples, unless it is set already: on a terminal polars takes the terminal's width itself;
/// piped, the width is `COLUMNS` when the shell exports it, else [`PIPED_TABLE_WIDTH`].
pub fn terminal_table_width() {
    if std::env::var_os("POLARS_TABLE_WIDTH").is_some() || std::io::stdout().is_terminal() {
        return;
    }
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|&c| c >= 40)
        .unwrap_or(PIPED_TABLE_WIDTH);
    std::env::set_var("POLARS_TABLE_WIDTH", width.to_string());
}

/// One displayed column: a frame column, and its qualifier column when it has one.
struct Shown<'a> {
    column: &'a Column,
    qualifier: Option<&'a Column>,
}

/// The frame as a compact HTML table: its shape, then one column per column of the frame except
/// the `<count>_qualifier` columns, whose qualifiers become part of their count's labels.
pub fn html(df: &DataFrame) -> String {
    let shown = shown_columns(df);
    let mut out = String::new();
    let _ = write!(
        out,
        "<div><small>shape: ({}, {})</small>\n<table>\n<thead><tr>",
        df.height(),
        df.width()
    );
    for s in &shown {
        let name = s.column.name().as_str();
        let dtype = match s.qualifier {
            Some(_) => format!("{} + qualifier", s.column.dtype()),
            None => s.column.dtype().to_string(),
        };
        let _ = write!(
            out,
            "<th>{}<br><small>{}</small></th>",
            escape(name),
            escape(&dtype)
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in 0..df.height().min(MAX_ROWS) {
        out.push_str("<tr>");
        for s in &shown {
            let _ = write!(out, "<td>{}</td>", escape(&cell(s, row)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>");
    if df.height() > MAX_ROWS {
        let _ = write!(
            out,
            "\n<small>… and {} more rows</small>",
            df.height() - MAX_ROWS
        );
    }
    out.push_str("</div>");
    out
}

fn shown_columns(df: &DataFrame) -> Vec<Shown<'_>> {
    let is_count = |c: &Column| c.dtype().is_integer();
    let qualifier_of = |name: &str| {
        df.column(&format!("{name}{QUALIFIER_SUFFIX}"))
            .ok()
            .filter(|q| q.dtype() == &DataType::String)
    };
    let folded = |name: &str| {
        name.strip_suffix(QUALIFIER_SUFFIX)
            .and_then(|count| df.column(count).ok())
            .is_some_and(is_count)
    };
    df.columns()
        .iter()
        .filter(|c| !(folded(c.name()) && c.dtype() == &DataType::String))
        .map(|column| Shown {
            column,
            qualifier: if is_count(column) {
                qualifier_of(column.name())
            } else {
                None
            },
        })
        .collect()
}

fn cell(shown: &Shown, row: usize) -> String {
    let Ok(value) = shown.column.get(row) else {
        return String::new();
    };
    if let (Some(q), Some(v)) = (shown.qualifier, value.extract::<u32>()) {
        let qualifier = q.get(row).ok();
        return value_label(v, qualifier.as_ref().and_then(|q| q.get_str()));
    }
    text(&value)
}

fn text(value: &AnyValue) -> String {
    let s = match value {
        AnyValue::Null => return String::new(),
        AnyValue::List(list) => list
            .iter()
            .filter(|v| !v.is_null())
            .map(|v| v.str_value().into_owned())
            .collect::<Vec<_>>()
            .join("; "),
        v => v.str_value().into_owned(),
    };
    if s.chars().count() > MAX_TEXT {
        let cut: String = s.chars().take(MAX_TEXT - 1).collect();
        format!("{cut}…")
    } else {
        s
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame() -> DataFrame {
        df!(
            "article" => ["a<b", "c"],
            "drones_launched" => [Some(800u32), None],
            "drones_launched_qualifier" => [Some("more_than"), None],
            "killed" => [Some(3u32), Some(0)],
            "locations" => [Series::new("".into(), ["Kyiv", "Lviv"]), Series::new("".into(), ["Odesa"])],
            "evidence" => ["x".repeat(200), "short".to_string()],
        )
        .unwrap()
    }

    #[test]
    fn counts_and_qualifiers_are_one_label() {
        let h = html(&frame());
        assert!(h.contains("<td>800+</td>"), "{h}");
        assert!(!h.contains("drones_launched_qualifier"), "{h}");
        assert!(
            h.contains("drones_launched<br><small>u32 + qualifier</small>"),
            "{h}"
        );
        // A count without a qualifier column is shown as is; a null is an empty cell.
        assert!(h.contains("<td>0</td>"), "{h}");
        assert!(h.contains("<td></td>"), "{h}");
    }

    #[test]
    fn text_is_escaped_cut_and_lists_joined() {
        let h = html(&frame());
        assert!(h.contains("<td>a&lt;b</td>"), "{h}");
        assert!(h.contains("<td>Kyiv; Lviv</td>"), "{h}");
        assert!(
            h.contains(&format!("<td>{}…</td>", "x".repeat(MAX_TEXT - 1))),
            "{h}"
        );
        assert!(h.starts_with("<div><small>shape: (2, 6)</small>"), "{h}");
    }

    #[test]
    fn long_frames_are_cut() {
        let df = df!("n" => (0..100u32).collect::<Vec<_>>()).unwrap();
        let h = html(&df);
        assert_eq!(h.matches("<tr>").count(), 1 + MAX_ROWS);
        assert!(h.contains("… and 60 more rows"), "{h}");
    }

    #[test]
    fn the_bundle_has_html_and_plain_text() {
        let b = display_bundle(&frame());
        assert!(b.starts_with("EVCXR_BEGIN_CONTENT text/html\n<div>"), "{b}");
        assert!(
            b.contains("EVCXR_BEGIN_CONTENT text/plain\nshape: (2, 6)"),
            "{b}"
        );
        assert_eq!(b.matches("EVCXR_END_CONTENT\n").count(), 2);
    }
}
