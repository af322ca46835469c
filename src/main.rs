//! `strikes`: the command line. Thin glue over the library: parse arguments, load, run, write.

use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use strikes::corpus::{Collect, Sink};
use strikes::stream::{self, Chunk, Stream, TableWriter};
use strikes::{events, Corpus, Extracted, Warning};

const EXAMPLES: &str = r#"Examples:
  strikes extract seeds                          events of seeds/ as CSV on stdout
  strikes extract seeds --format json -o ev.json  as JSON, into a file
  strikes extract big.jsonl --format parquet -o ev.parquet  typed Parquet, streamed in chunks
  strikes extract seeds --table figures          the provenance of every figure (or: aggregates)
  strikes extract ~/articles --manifest meta.csv  another folder (and its subfolders) and manifest
  strikes extract scraped.jsonl                  JSON Lines: one article a line, {"text": ..., "id": ...}
  zcat dump.jsonl.gz | strikes extract -          JSON Lines on stdin
  strikes extract pages/                         saved web pages (.html, .htm) beside .txt files
  strikes text pages/2025/kyiv.html              the text a page's figures point into
  strikes extract table.csv --text-column body   a CSV or Parquet table, one article a row
  strikes --threads 1 extract seeds              one thread (default: all cores)
  strikes evaluate tests/data/devset/gold.csv tests/data/devset/articles --show
  strikes report seeds --output output           tables on stdout, charts into output/
  strikes rates seeds --format csv                interception rates as CSV
  strikes figures seeds --article 002_6c7c4f9f42415876  why each figure was taken or not
  strikes check seeds --official missile_attacks_daily.csv  news figures vs the Air Force record"#;

/// Extract drone and missile attacks from news articles.
#[derive(Debug, Parser)]
#[command(name = "strikes", version, about, after_help = EXAMPLES)]
struct Cli {
    /// Extract on N threads (default: one per core; 1: one article after another). The output
    /// is the same on any number.
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    #[command(subcommand)]
    command: Command,
}

/// How to read the articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// A folder tree of *.txt and *.html files, with its manifest.
    Folder,
    /// JSON Lines: one article a line, {"text", "id", "published", "url", "title", "outlet"}.
    Jsonl,
    /// One saved web page (.html, .htm): its article's text and the page's metadata.
    Html,
    /// A CSV table: one article a row, in the text column, with optional id, published, url,
    /// title, outlet columns.
    Csv,
    /// A Parquet table, with the columns of a CSV table.
    Parquet,
    /// A Telegram channel export (result.json): one article per message, dated in Kyiv time.
    Telegram,
}

/// Where the articles come from: the same arguments in every command that reads them.
#[derive(Debug, Args)]
struct Input {
    /// A folder of *.txt and *.html articles (subfolders included), a web page (.html, .htm), a
    /// JSON Lines file (.jsonl, .ndjson), a table (.csv, .parquet), a Telegram channel export
    /// (result.json), or - for JSON Lines on stdin.
    #[arg(value_name = "INPUT")]
    input: PathBuf,
    /// How to read INPUT; default: by its extension (JSON Lines for `-`), else a folder.
    #[arg(long, value_enum, value_name = "FORMAT")]
    input_format: Option<InputFormat>,
    /// A folder's manifest CSV (file,published,outlet,url,title); default: INPUT/articles.csv.
    #[arg(long)]
    manifest: Option<PathBuf>,
    /// A table's column that holds the article text [default: text].
    #[arg(long, value_name = "NAME")]
    text_column: Option<String>,
}

impl Input {
    fn format(&self) -> InputFormat {
        if let Some(format) = self.input_format {
            return format;
        }
        if self.input == Path::new("-") {
            return InputFormat::Jsonl;
        }
        let extension = self
            .input
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match extension.as_deref() {
            Some("jsonl" | "ndjson") => InputFormat::Jsonl,
            Some("html" | "htm") if !self.input.is_dir() => InputFormat::Html,
            Some("csv") if !self.input.is_dir() => InputFormat::Csv,
            Some("parquet") if !self.input.is_dir() => InputFormat::Parquet,
            Some("json") if !self.input.is_dir() => InputFormat::Telegram,
            _ => InputFormat::Folder,
        }
    }

    /// Arguments that do not go together (bad usage).
    fn conflict(&self) -> Option<String> {
        let format = self.format();
        let stdin = self.input == Path::new("-");
        if self.manifest.is_some() && format != InputFormat::Folder {
            return Some(
                "--manifest is for a folder: a JSON Lines file, a page or a table carries its own metadata"
                    .into(),
            );
        }
        if self.text_column.is_some() && !matches!(format, InputFormat::Csv | InputFormat::Parquet)
        {
            return Some("--text-column is for a table (CSV or Parquet)".into());
        }
        match format {
            InputFormat::Folder
            | InputFormat::Html
            | InputFormat::Parquet
            | InputFormat::Telegram
                if stdin =>
            {
                Some(
                "`-` (standard input) is read as JSON Lines or CSV, not as a folder, a page, Parquet or a Telegram export"
                    .into(),
                )
            }
            _ => None,
        }
    }

    /// Loads the whole input (every command but `extract`, which streams).
    fn load(&self) -> anyhow::Result<(Corpus, Vec<Warning>)> {
        let mut all = Collect::default();
        let manifest = self.read(&mut all)?;
        Ok(all.into_corpus(&self.input, manifest))
    }

    /// Reads the input article by article into `sink`; returns the manifest read, if any.
    fn read(&self, sink: &mut dyn Sink) -> anyhow::Result<Option<PathBuf>> {
        let text_column = self
            .text_column
            .as_deref()
            .unwrap_or(strikes::corpus::table::DEFAULT_TEXT_COLUMN);
        let input = self.input.as_path();
        match self.format() {
            InputFormat::Folder => {
                return Ok(Corpus::read_folder(input, self.manifest.as_deref(), sink)?)
            }
            InputFormat::Jsonl => {
                Corpus::read_jsonl_file(input, sink)?;
            }
            InputFormat::Html => Corpus::read_html(input, sink)?,
            InputFormat::Csv if input == Path::new("-") => {
                let stdin = Path::new(strikes::corpus::STDIN);
                Corpus::read_csv(io::stdin().lock(), stdin, text_column, sink)?
            }
            InputFormat::Csv => Corpus::read_csv_file(input, text_column, sink)?,
            InputFormat::Parquet => read_parquet(input, text_column, sink)?,
            InputFormat::Telegram => Corpus::read_telegram(input, sink)?,
        }
        Ok(None)
    }
}

#[cfg(feature = "parquet")]
fn read_parquet(path: &Path, text_column: &str, sink: &mut dyn Sink) -> anyhow::Result<()> {
    Ok(Corpus::read_parquet(path, text_column, sink)?)
}

#[cfg(not(feature = "parquet"))]
fn read_parquet(path: &Path, _: &str, _: &mut dyn Sink) -> anyhow::Result<()> {
    anyhow::bail!(
        "{}: this strikes was built without Parquet (the `parquet` cargo feature)",
        path.display()
    )
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Csv,
    Json,
    /// One JSON object per line (shards' outputs concatenate).
    Jsonl,
    /// Typed columns (dates, UInt32, lists), one row group per chunk: needs -o or a redirect.
    Parquet,
}

/// Which table `strikes extract` writes.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum Table {
    /// One row per article x attack x attacker (CSV: the gold contract).
    Events,
    /// One row per figure: its phrase, sentence, byte span, and whether it was used and why.
    Figures,
    /// One row per period total (weekly, monthly, since-the-war figures).
    Aggregates,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TableFormat {
    Table,
    Csv,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract the attacks of every article of INPUT (one row per article x attack x attacker),
    /// in the columns of the gold CSV.
    Extract {
        #[command(flatten)]
        input: Input,
        /// Output format.
        #[arg(long, value_enum, default_value = "csv")]
        format: Format,
        /// Which table to write.
        #[arg(long, value_enum, default_value = "events")]
        table: Table,
        /// Write here instead of stdout (atomically: a temporary file renamed into place).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Treat warnings as errors (exit 1 when there are any).
        #[arg(long)]
        strict: bool,
        /// Articles extracted together (memory is bounded by one chunk; the output is the same
        /// for any chunk size).
        #[arg(long, value_name = "N", default_value_t = Chunk::default().articles)]
        chunk: usize,
    },
    /// Reconcile the attacks of INPUT, print attacks and rates, and write the charts (PNG and
    /// SVG) into the output folder.
    Report {
        #[command(flatten)]
        input: Input,
        /// Folder for the charts.
        #[arg(long, short, default_value = "output")]
        output: PathBuf,
    },
    /// Print the interception rate of every attack and weapon (and the overall rates).
    Rates {
        #[command(flatten)]
        input: Input,
        /// Output format: a table for people, CSV for programs.
        #[arg(long, value_enum, default_value = "table")]
        format: TableFormat,
    },
    /// Print the attack-size trend: sizes per attack, rolling mean, records.
    Trend {
        #[command(flatten)]
        input: Input,
        /// Rolling mean over the last K attacks.
        #[arg(long, default_value_t = strikes::analysis::DEFAULT_WINDOW)]
        window: usize,
        /// Output format: a table for people, CSV for programs.
        #[arg(long, value_enum, default_value = "table")]
        format: TableFormat,
        /// Print the per-month summary instead.
        #[arg(long)]
        monthly: bool,
    },
    /// Print the provenance of every figure: the phrase and sentence it came from, its byte span,
    /// and whether it was used, superseded, vague or rejected (with the reason).
    Figures {
        #[command(flatten)]
        input: Input,
        /// Only this article (its id: the file stem, or the JSON Lines `id`).
        #[arg(long)]
        article: Option<String>,
        /// Output format: a table for people, CSV for programs.
        #[arg(long, value_enum, default_value = "table")]
        format: TableFormat,
    },
    /// Check every drone and missile figure of the Russian attacks in INPUT against the Air
    /// Force's national report of that night (the "Massive Missile Attacks on Ukraine" CSV).
    Check {
        #[command(flatten)]
        input: Input,
        /// The dataset's missile_attacks_daily.csv (downloaded by you; see README).
        #[arg(long)]
        official: PathBuf,
        /// Output format: a table for people, CSV for programs.
        #[arg(long, value_enum, default_value = "table")]
        format: TableFormat,
        /// Exit 1 when any figure disagrees with the record.
        #[arg(long)]
        fail_on_discrepancy: bool,
    },
    /// Print the text of INPUT's articles as read: the text figures' byte offsets point into (a
    /// web page's reader-view text, a table's cell).
    Text {
        #[command(flatten)]
        input: Input,
        /// Only this article (its id); without it, every article under a `==> id <==` line.
        #[arg(long)]
        article: Option<String>,
        /// The text as the rules read it: normalised, Ukrainian and Russian glossed into English.
        #[arg(long)]
        as_read: bool,
    },
    /// Score an extraction of INPUT against a gold CSV, field by field (the rules of score.py).
    Evaluate {
        /// The gold events CSV.
        gold: PathBuf,
        #[command(flatten)]
        input: Input,
        /// Print every miss with its evidence.
        #[arg(long)]
        show: bool,
        /// Exit 1 when F1 is below this.
        #[arg(long)]
        min_f1: Option<f64>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if let Some(message) = cli.command.input().conflict() {
        let _ = Cli::command()
            .error(clap::error::ErrorKind::ArgumentConflict, message)
            .print();
        return ExitCode::from(2);
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("strikes: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn print_warnings(warnings: &[Warning]) {
    let mut err = io::stderr().lock();
    for w in warnings {
        let _ = writeln!(err, "strikes: warning: {w}");
    }
}

/// A progress bar on stderr, drawn only on a terminal and only once a run has taken a second;
/// warnings are printed above it as they arise.
struct Progress {
    bar: indicatif::ProgressBar,
    started: std::time::Instant,
    shown: std::sync::atomic::AtomicBool,
}

impl Progress {
    fn new() -> Self {
        let hidden = indicatif::ProgressDrawTarget::hidden();
        let bar = indicatif::ProgressBar::with_draw_target(None, hidden);
        bar.set_style(style("{spinner} {human_pos} records ({elapsed})"));
        Progress {
            bar,
            started: std::time::Instant::now(),
            shown: false.into(),
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

fn style(template: &str) -> indicatif::ProgressStyle {
    indicatif::ProgressStyle::with_template(template).expect("a valid template")
}

impl stream::Progress for &Progress {
    fn expect(&self, records: u64) {
        self.bar.set_length(records);
        self.bar.set_style(style(
            "{wide_bar} {human_pos}/{human_len} records ({eta} left)",
        ));
    }

    fn done(&self) {
        use std::sync::atomic::Ordering;
        self.bar.inc(1);
        if !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed().as_secs() >= 1
            && io::stderr().is_terminal()
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            let stderr = indicatif::ProgressDrawTarget::stderr();
            self.bar.set_draw_target(stderr);
        }
    }

    fn warning(&self, warning: &Warning) {
        self.bar
            .suspend(|| eprintln!("strikes: warning: {warning}"));
    }
}

/// Extracts every article (on all threads), with a progress bar on a terminal for long runs.
fn extract_with_progress(corpus: &Corpus) -> Extracted {
    use stream::Progress as _;
    let progress = Progress::new();
    (&progress).expect(corpus.articles.len() as u64);
    let x = Extracted::from_corpus_with(corpus, |_| (&progress).done());
    progress.finish();
    x
}

impl Command {
    /// The articles the command reads (every command reads some).
    fn input(&self) -> &Input {
        match self {
            Command::Extract { input, .. }
            | Command::Report { input, .. }
            | Command::Rates { input, .. }
            | Command::Trend { input, .. }
            | Command::Figures { input, .. }
            | Command::Check { input, .. }
            | Command::Text { input, .. }
            | Command::Evaluate { input, .. } => input,
        }
    }
}

/// Writes through `f` to `path` atomically, or to stdout.
fn write_out(
    output: Option<&Path>,
    f: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    match output {
        None => {
            let stdout = io::stdout();
            let mut lock = io::BufWriter::new(stdout.lock());
            f(&mut lock)?;
            lock.flush()?;
        }
        Some(path) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
            f(&mut tmp)?;
            // A temporary file is private (0600); the output is an ordinary file.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = fs::metadata(path).map_or(0o644, |m| m.permissions().mode());
                fs::set_permissions(tmp.path(), fs::Permissions::from_mode(mode))
                    .with_context(|| format!("writing {}", path.display()))?;
            }
            tmp.persist(path)
                .with_context(|| format!("writing {}", path.display()))?;
        }
    }
    Ok(())
}

/// Shows whole tables rather than polars' elided default, as wide as the terminal (or wide when
/// piped).
fn wide_tables() {
    strikes::notebook::terminal_table_width();
    std::env::set_var("POLARS_FMT_MAX_COLS", "30");
    std::env::set_var("POLARS_FMT_MAX_ROWS", "200");
    std::env::set_var("POLARS_FMT_STR_LEN", "60");
}

/// Prints a DataFrame as a table or as CSV (list columns joined with `;`).
fn print_frame(
    df: &strikes::polars::prelude::DataFrame,
    format: TableFormat,
) -> anyhow::Result<()> {
    match format {
        TableFormat::Table => {
            wide_tables();
            println!("{df}");
        }
        TableFormat::Csv => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            strikes::analysis::write_csv(df, &mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Some(n) = cli.threads {
        // Extraction runs on rayon's global pool; polars keeps a pool of its own
        // (POLARS_MAX_THREADS).
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.into())
            .build_global()
            .with_context(|| format!("starting {n} extraction threads"))?;
    }
    match cli.command {
        Command::Extract {
            input,
            format,
            table,
            output,
            strict,
            chunk,
        } => {
            let output = Output {
                table,
                format,
                path: output,
                chunk,
            };
            extract_command(&input, &output, strict)
        }
        Command::Report { input, output } => {
            let (corpus, mut warnings) = input.load()?;
            let (report, more) = strikes::analysis::Report::from_corpus(&corpus)?;
            warnings.extend(more);
            print_warnings(&warnings);
            wide_tables();
            println!(
                "{} articles, {} events, {} attacks\n",
                report.n_articles,
                report.events.height(),
                report.attacks.height()
            );
            println!("{}\n", strikes::analysis::summary(&report.attacks)?);
            println!("{}\n{}\n", report.rates, report.overall);
            for path in strikes::charts::write_all(&report, &output)
                .with_context(|| format!("writing the charts into {}", output.display()))?
            {
                println!("wrote {}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rates { input, format } => {
            let (corpus, mut warnings) = input.load()?;
            let (report, more) = strikes::analysis::Report::from_corpus(&corpus)?;
            warnings.extend(more);
            print_warnings(&warnings);
            print_frame(&report.rates, format)?;
            if matches!(format, TableFormat::Table) {
                println!("\n{}", report.overall);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Trend {
            input,
            window,
            format,
            monthly,
        } => {
            let (corpus, mut warnings) = input.load()?;
            let (events, _) = strikes::events(&corpus);
            let (report, more) = strikes::analysis::Report::from_events_with_window(
                events,
                corpus.articles.len(),
                window,
            )?;
            warnings.extend(more);
            print_warnings(&warnings);
            print_frame(
                if monthly {
                    &report.monthly
                } else {
                    &report.trend
                },
                format,
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Figures {
            input,
            article,
            format,
        } => {
            let (corpus, mut warnings) = input.load()?;
            let x = extract_with_progress(&corpus);
            warnings.extend(x.warnings.iter().cloned());
            print_warnings(&warnings);
            let figures: Vec<_> = x
                .figures
                .into_iter()
                .filter(|f| article.as_ref().is_none_or(|a| &f.article == a))
                .collect();
            if let Some(a) = article.as_ref().filter(|_| figures.is_empty()) {
                if !corpus.articles.iter().any(|x| &x.id == a) {
                    anyhow::bail!("{}: no article {a:?} in it", input.input.display());
                }
            }
            print_frame(&events::figures_frame(&figures)?, format)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check {
            input,
            official,
            format,
            fail_on_discrepancy,
        } => check_command(&input, &official, format, fail_on_discrepancy),
        Command::Text {
            input,
            article,
            as_read,
        } => text_command(&input, article.as_deref(), as_read),
        Command::Evaluate {
            gold,
            input,
            show,
            min_f1,
        } => {
            let (corpus, warnings) = input.load()?;
            print_warnings(&warnings);
            let x = Extracted::from_corpus(&corpus);
            let gold_rows = strikes::evaluate::read_gold(&gold)?;
            let report = strikes::evaluate::score(&gold_rows, &x.events);
            print!("{}", report.render(show));
            if let Some(min) = min_f1 {
                if report.f1() < min {
                    eprintln!("strikes: F1 {:.3} is below --min-f1 {min}", report.f1());
                    return Ok(ExitCode::from(1));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `strikes check`: the articles' figures against the official record, with the agreement per
/// field (to stdout with a table, to stderr with CSV).
fn check_command(
    input: &Input,
    official: &Path,
    format: TableFormat,
    fail_on_discrepancy: bool,
) -> anyhow::Result<ExitCode> {
    let (corpus, mut warnings) = input.load()?;
    let record = strikes::official::load(official)?;
    warnings.extend(record.warnings.iter().cloned());
    let x = extract_with_progress(&corpus);
    warnings.extend(x.warnings.iter().cloned());
    print_warnings(&warnings);
    let checks = strikes::official::check(&x.events, &record.nights());
    let frame = strikes::official::check::checks_frame(&checks)?;
    print_frame(
        &match format {
            // The sentences and post ids make a table unreadable; CSV has them.
            TableFormat::Table => frame.drop_many(["evidence", "source"]),
            TableFormat::Csv => frame,
        },
        format,
    )?;
    let mut summary = format!(
        "official record {} (sha256 {})\n",
        official.display(),
        record.sha256
    );
    for (field, ok, bad) in strikes::official::check::agreement(&checks) {
        let rate = if ok + bad == 0 {
            "-".to_string()
        } else {
            format!("{:.3}", ok as f64 / (ok + bad) as f64)
        };
        let same_night = checks
            .iter()
            .filter(|c| {
                c.field == field
                    && c.verdict == strikes::official::Verdict::Consistent
                    && c.offset_days == Some(0)
            })
            .count();
        summary += &format!(
            "{:22} consistent {ok:4} (same date {same_night:4}) discrepancy {bad:4} agreement {rate}\n",
            field.as_str()
        );
    }
    let missing = checks
        .iter()
        .filter(|c| {
            c.verdict != strikes::official::Verdict::Consistent
                && c.verdict != strikes::official::Verdict::Discrepancy
        })
        .count();
    summary += &format!(
        "{missing} figure(s) with no official counterpart (official_missing or news_only)\n"
    );
    match format {
        TableFormat::Table => print!("\n{summary}"),
        TableFormat::Csv => eprint!("{summary}"),
    }
    let discrepancies = checks
        .iter()
        .any(|c| c.verdict == strikes::official::Verdict::Discrepancy);
    Ok(if fail_on_discrepancy && discrepancies {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Where and how `strikes extract` writes.
struct Output {
    table: Table,
    format: Format,
    path: Option<PathBuf>,
    chunk: usize,
}

/// `strikes extract`: one table of the extraction, streamed (a chunk of articles at a time, so
/// memory stays flat); with `--strict`, exit 1 on any warning.
fn extract_command(input: &Input, output: &Output, strict: bool) -> anyhow::Result<ExitCode> {
    let format = match output.format {
        Format::Csv => stream::Format::Csv,
        Format::Json => stream::Format::Json,
        Format::Jsonl => stream::Format::Jsonl,
        Format::Parquet => stream::Format::Parquet,
    };
    let table = match output.table {
        Table::Events => stream::Table::Events,
        Table::Figures => stream::Table::Figures,
        Table::Aggregates => stream::Table::Aggregates,
    };
    if format == stream::Format::Parquet && output.path.is_none() && io::stdout().is_terminal() {
        anyhow::bail!("Parquet is binary: write it to a file with -o FILE (or redirect stdout)");
    }
    let chunk = Chunk {
        articles: output.chunk.max(1),
        ..Chunk::default()
    };
    let progress = Progress::new();
    let mut warnings = 0;
    write_out(output.path.as_deref(), |w| {
        let writer = TableWriter::new(w, table, format)?;
        let mut sink = Stream::new(writer, chunk, &progress);
        input.read(&mut sink)?;
        (_, warnings) = sink.finish()?;
        Ok(())
    })?;
    progress.finish();
    if strict && warnings > 0 {
        eprintln!("strikes: {warnings} warning(s) and --strict: failing");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// `strikes text`: the articles' texts as loaded (one, or all under `==> id <==` lines).
fn text_command(input: &Input, article: Option<&str>, as_read: bool) -> anyhow::Result<ExitCode> {
    let (corpus, warnings) = input.load()?;
    print_warnings(&warnings);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let articles: Vec<&strikes::Article> = match article {
        Some(id) => match corpus.articles.iter().find(|a| a.id == id) {
            Some(a) => vec![a],
            None => anyhow::bail!("{}: no article {id:?} in it", input.input.display()),
        },
        None => corpus.articles.iter().collect(),
    };
    for (i, a) in articles.iter().enumerate() {
        let text = match as_read {
            false => a.text.clone(),
            true => strikes::extract::as_read(&a.text, &a.meta).map_or_else(
                || "(not read: not English, Ukrainian or Russian)".to_string(),
                |(lang, text)| format!("[{lang}] {text}"),
            ),
        };
        match articles.len() {
            1 => writeln!(out, "{text}")?,
            _ => writeln!(
                out,
                "{}==> {} <==\n{text}",
                if i == 0 { "" } else { "\n" },
                a.id
            )?,
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
