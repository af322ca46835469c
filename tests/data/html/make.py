#!/usr/bin/env python3
"""Writes the HTML fixtures: minimal but realistic pages around the texts of real articles.

Each page wraps the text of tests/data/real/articles/<id>.txt exactly, one <p> per non-empty
line, in an <article> with site boilerplate around it (header and navigation, breadcrumbs, share
buttons, a "most read" aside, a footer) and the page's metadata in its <head>, from the article's
manifest row: three kinds of page, in turn, give the publication date in
<meta property="article:published_time">, in JSON-LD only, or in a <time datetime> beside the
article. Nothing is added to the article's text. Run from the repository root:

    python3 tests/data/html/make.py
"""
import csv
import html
import json
import os

IDS = (
    "r1314 r1323 r2003 r2019 r2008 r206 r208 r232 r301 r304 r318 r322 r420 r110 r122 r1108 "
    "r2208 r3913 r1621 r920 r3716 r2011"
).split()
REAL = "tests/data/real/articles"
OUT = "tests/data/html"


def esc(s):
    return html.escape(s, quote=True)


def page(i, row, text):
    outlet = row["outlet"].split(" (")[0]
    first = next(line for line in text.splitlines() if line.strip()).strip()
    title = row["title"] if row["title"] and not row["title"].startswith("(") else first[:90]
    url, date = row["url"], row["published"]
    stamp = f"{date}T07:{10 + i:02d}:00+03:00"
    kind = i % 3
    head = [
        '<meta charset="utf-8">',
        f"<title>{esc(title)} | {esc(outlet)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{esc(first[:150])}">',
    ]
    if kind != 1:
        head += [
            '<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{esc(outlet)}">',
            f'<meta property="og:title" content="{esc(title)}">',
            f'<meta property="og:url" content="{esc(url)}">',
        ]
    if kind == 0:
        head.append(f'<meta property="article:published_time" content="{stamp}">')
    head.append(f'<link rel="canonical" href="{esc(url)}">')
    head.append('<link rel="stylesheet" href="/static/site.css">')
    if kind == 1:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "url": url,
            "datePublished": stamp,
            "publisher": {"@type": "Organization", "name": outlet},
        }
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append('<script>window.dataLayer = window.dataLayer || [];</script>')
    paragraphs = "\n".join(f"<p>{esc(line.strip())}</p>" for line in text.splitlines() if line.strip())
    dateline = (
        f'<div class="article-info"><span class="label">Published</span> '
        f'<time datetime="{stamp}">{date}</time></div>\n'
        if kind == 2
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
</head>
<body class="article-page">
<header class="site-header">
<a class="logo" href="/">{esc(outlet)}</a>
<nav class="main-nav"><ul>
<li><a href="/news">News</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li>
</ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/world">World</a> &rsaquo; <a href="/world/europe">Europe</a></div>
<main id="content">
{dateline}<article class="article-body">
{paragraphs}
</article>
<div class="share-buttons"><a href="https://facebook.com/share">Facebook</a> <a href="https://x.com/share">X</a> <a href="https://t.me/share">Telegram</a> <a href="mailto:?subject=">Email</a></div>
<aside class="sidebar most-read">
<h3>Most read</h3>
<ul>
<li><a href="/news/1">Weather: a warm week ahead</a></li>
<li><a href="/news/2">Markets close higher on Friday</a></li>
<li><a href="/news/3">Football: the cup final in pictures</a></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
<p class="copyright">&copy; {esc(outlet)}. All rights reserved.</p>
</footer>
</body>
</html>
"""


def main():
    rows = {r["file"][:-4]: r for r in csv.DictReader(open(f"{REAL}/articles.csv", encoding="utf-8"))}
    os.makedirs(f"{OUT}/pages", exist_ok=True)
    manifest = []
    for i, id in enumerate(IDS):
        row = rows[id]
        assert row["published"], id
        text = open(f"{REAL}/{id}.txt", encoding="utf-8").read()
        with open(f"{OUT}/pages/{id}.html", "w", encoding="utf-8") as f:
            f.write(page(i, row, text))
        manifest.append({**row, "file": f"{id}.html"})
    with open(f"{OUT}/articles.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(manifest[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(manifest)


if __name__ == "__main__":
    main()
