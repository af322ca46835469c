//! Telegram channel exports: the `result.json` that Telegram Desktop's "Export chat history"
//! (format: JSON) writes. One article per message with text:
//!
//! - id: `CHANNEL/MESSAGE`, the channel's numeric id (its name when the export has none) and the
//!   message's id;
//! - published: the message's date in Kyiv time (`date_unixtime`, else the export's local `date`);
//! - url: `https://t.me/c/CHANNEL/MESSAGE`; outlet: the channel's name;
//! - text: the message's `text`, a string or a list of plain strings and entities
//!   (`{"type": "bold", "text": "…"}`), joined.
//!
//! Service messages and messages without text (a photo without a caption) are not articles: they
//! are counted in one warning. A message that is not an object, has no id or a text of another
//! shape is a warning naming it; a file that is not JSON, or JSON without `messages`, is an error
//! naming the file and line.

use std::path::Path;

use chrono::{DateTime, NaiveDate};
use chrono_tz::Europe::Kyiv;
use serde_json::Value;

use super::{Article, Corpus, Meta, Sink};
use crate::error::{Error, Result};
use crate::warning::Warning;

impl Corpus {
    /// Reads a Telegram channel export (`result.json`) into `sink`, one article per message
    /// with text.
    pub fn read_telegram(path: &Path, sink: &mut dyn Sink) -> Result<()> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let export: Value = serde_json::from_slice(&bytes).map_err(|e| Error::Telegram {
            path: path.to_path_buf(),
            line: e.line() as u64,
            message: format!("not a Telegram export (JSON): {e}"),
        })?;
        let Some(messages) = export.get("messages").and_then(Value::as_array) else {
            return Err(Error::Telegram {
                path: path.to_path_buf(),
                line: 1,
                message: "not a Telegram export: no `messages` list".into(),
            });
        };
        let name = export.get("name").and_then(Value::as_str).unwrap_or("");
        let channel = match export.get("id") {
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
            _ if !name.trim().is_empty() => name.trim().to_string(),
            _ => "channel".to_string(),
        };
        sink.expect(messages.len() as u64);
        let mut without_text = 0usize;
        for (n, message) in messages.iter().enumerate() {
            match read_message(message, &channel, name, path) {
                Ok(Some(article)) => sink.article(article)?,
                Ok(None) => {
                    without_text += 1;
                    sink.skipped();
                }
                Err(why) => {
                    sink.warning(Warning::file(
                        path,
                        None,
                        format!("message {} of `messages`: {why}: skipped", n + 1),
                    ));
                    sink.skipped();
                }
            }
        }
        if without_text > 0 {
            sink.warning(Warning::file(
                path,
                None,
                format!(
                    "{without_text} service messages or messages without text (media without a caption) are not articles"
                ),
            ));
        }
        Ok(())
    }
}

/// One message as an article; `None` for a service message or one without text.
fn read_message(
    message: &Value,
    channel: &str,
    name: &str,
    path: &Path,
) -> std::result::Result<Option<Article>, String> {
    let Some(obj) = message.as_object() else {
        return Err("not an object".into());
    };
    if obj.get("type").and_then(Value::as_str) == Some("service") {
        return Ok(None);
    }
    let id = match obj.get("id") {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        _ => return Err("no `id`".into()),
    };
    let text = match obj.get("text") {
        None => String::new(),
        Some(t) => text_of(t).ok_or_else(|| {
            format!("message {id}: `text` is not a string or a list of strings and entities")
        })?,
    };
    if text.trim().is_empty() {
        return Ok(None);
    }
    let published = obj
        .get("date_unixtime")
        .and_then(|v| match v {
            Value::String(s) => s.trim().parse::<i64>().ok(),
            Value::Number(n) => n.as_i64(),
            _ => None,
        })
        .and_then(|secs| DateTime::from_timestamp(secs, 0))
        .map(|utc| utc.with_timezone(&Kyiv).date_naive())
        .or_else(|| {
            let date = obj.get("date").and_then(Value::as_str)?;
            NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()
        });
    let channel_path = channel.replace('/', "_");
    Ok(Some(Article {
        id: format!("{channel_path}/{id}"),
        path: path.to_path_buf(),
        text,
        meta: Meta {
            published,
            outlet: (!name.trim().is_empty()).then(|| name.trim().to_string()),
            url: channel
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| format!("https://t.me/c/{channel}/{id}")),
            title: None,
            lang: None,
        },
    }))
}

/// A message's text: a string, or a list of strings and entities with a `text`.
fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Array(parts) => {
            let mut out = String::new();
            for part in parts {
                match part {
                    Value::String(s) => out.push_str(s),
                    Value::Object(o) => out.push_str(o.get("text").and_then(Value::as_str)?),
                    _ => return None,
                }
            }
            Some(out)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Collect;

    fn read(json: &str) -> Result<Collect> {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("result.json");
        std::fs::write(&path, json).expect("write");
        let mut all = Collect::default();
        Corpus::read_telegram(&path, &mut all)?;
        Ok(all)
    }

    #[test]
    fn messages_become_articles_dated_in_kyiv_time() {
        let all = read(
            r#"{"name": "Air Force", "type": "public_channel", "id": 1234,
                "messages": [
                  {"id": 7, "type": "message", "date": "2025-08-23T01:30:00", "date_unixtime": "1755905400",
                   "text": ["У ніч на 23 серпня ", {"type": "bold", "text": "збито 36"}, " БпЛА."]},
                  {"id": 8, "type": "service", "action": "pin_message"},
                  {"id": 9, "type": "message", "date": "2025-08-23T10:00:00", "text": ""}
                ]}"#,
        )
        .expect("an export");
        assert_eq!(all.articles.len(), 1);
        let a = &all.articles[0];
        assert_eq!(a.id, "1234/7");
        assert_eq!(a.text, "У ніч на 23 серпня збито 36 БпЛА.");
        // 22:30 UTC on 22 August is 01:30 on 23 August in Kyiv (EEST).
        assert_eq!(a.meta.published, NaiveDate::from_ymd_opt(2025, 8, 23));
        assert_eq!(a.meta.url.as_deref(), Some("https://t.me/c/1234/7"));
        assert_eq!(a.meta.outlet.as_deref(), Some("Air Force"));
        assert_eq!(all.warnings.len(), 1, "{:?}", all.warnings);
    }

    #[test]
    fn a_bad_message_is_a_warning_and_a_bad_file_an_error() {
        let all = read(r#"{"name": "x", "messages": [3, {"id": 2, "text": 5}, {"text": "a"}]}"#)
            .expect("an export");
        assert!(all.articles.is_empty());
        assert_eq!(all.warnings.len(), 3, "{:?}", all.warnings);
        assert!(all.warnings[0].message.contains("message 1"));
        let e = read("{\n\"messages\": [\n{,}]}").expect_err("not JSON");
        assert!(e.to_string().contains("line 3"), "{e}");
        let e = read(r#"{"name": "x"}"#).expect_err("no messages");
        assert!(e.to_string().contains("no `messages`"), "{e}");
    }
}
