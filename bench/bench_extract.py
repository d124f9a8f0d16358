"""Benchmark `extract_claims` on a generated corpus of news-like prose.

Run on demand, never from tests:

    .venv/bin/python bench/bench_extract.py                 # 20 MB corpus
    .venv/bin/python bench/bench_extract.py --mb 5 --quantulum

The corpus is generated from a fixed seed into ``bench/corpus/`` (gitignored) and
regenerated when missing.  Articles start with a ``@@ published_on=YYYY-MM-DD`` line and
hold paragraphs separated by blank lines; the extractor is called once per paragraph.
Figures printed: MB (UTF-8 bytes / 10**6), seconds, MB/s and chars/s, claims found and
claims per MB; the same for a bare number-token regex scan, for reference; and, with
``--quantulum`` when quantulum3 is installed, quantulum3's ``parser.parse`` on a subset
(it is slow) and the ratio of our speed to its speed on that same subset.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS_DIR = HERE / "corpus"
GENERATOR_VERSION = 2  # bump when the templates change, so old corpora are not reused
NUMBER_TOKEN = re.compile(r"\d[\d,.]*")

TARGET_MB_PER_S = 1.0
TARGET_QUANTULUM_RATIO = 50.0

NBSP, NNBSP = "\u00a0", "\u202f"


# ----------------------------------------------------------------------------- numbers
ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
ONES += [w + "teen" for w in ["thir", "four", "fif", "six", "seven", "eigh", "nine"]]
TENS = ["", "", *["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]]


def number_word(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n % 100
    return ONES[n // 100] + " hundred" + (f" and {number_word(rest)}" if rest else "")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))  # choices keep their spaces: "" and " in {city}" both occur


# ----------------------------------------------------------------------------- vocabulary
# Slot name -> choices; "|" separates choices.  Generated slots are in Slots.__getitem__.
VOCABULARY: dict[str, tuple[str, ...]] = {
    "country": _words(
        "Belarus|Russia|Ukraine|Poland|Norway|China|India|Turkey|Germany|France|Japan|Brazil|"
        "Iran|Kazakhstan|Egypt|Finland|South Africa|Saudi Arabia|Vietnam|Mexico|Georgia|Serbia"
    ),
    "city": _words(
        "Minsk|Warsaw|Oslo|Brussels|Ankara|Tokyo|Cairo|Astana|Hanoi|Helsinki|Riyadh|Berlin|"
        "Kyiv|Belgrade|Tbilisi|Lagos|Lima"
    ),
    "source": _words(
        "the defence ministry|the finance ministry|SIPRI|the IMF|Reuters|the central bank|"
        "officials in Brussels|Rosstat|the customs service|the energy regulator|"
        "a company spokesman|analysts at Kpler|the IEA|the statistics office|UNHCR|"
        "the World Bank|people familiar with the matter"
    ),
    "company": _words(
        "Hallvard Munitions|Kestrel Aerospace|Norrland Steel|Volga Petrochem|Baltic Grain|"
        "Lyra Shipping|Orion Semiconductors|Tatra Motors|Sable Mining|Meridian Power|"
        "Cobalt Freight|Aster Pharma"
    ),
    "model": _words(
        "Su-35|Shahed-136|PAC-3 MSE|155mm|F-16|Geran-2|T-90M|Ka-52|S-400|HIMARS|Iskander-M|"
        "40-foot|Boeing 737|A320neo|MiG-31"
    ),
    "month": _words(
        "January|February|March|April|May|June|July|August|September|October|November|December"
    ),
    "weekday": _words("Monday|Tuesday|Wednesday|Thursday|Friday"),
    "ordinal": _words("third|second-largest|18th|fifth|14th|ninth|first"),
    "arms": _words(
        "artillery shells|drones|tanks|launchers|rounds|troops|armoured vehicles|missiles|aircraft"
    ),
    "people": _words("migrants|asylum seekers|refugees|people|border crossings"),
    "things": _words("employees|stores|vehicles|jobs|subscribers|units"),
    "physical": _words(
        "tonnes|megawatts|gigawatts|cubic metres|barrels a day|ounces|gigawatt hours|kilometres"
    ),
    "vague": _words("Dozens|Hundreds|Thousands|Tens of thousands|Several|Scores"),
    "qual": _words(
        "|||about |around |roughly |some |nearly |more than |at least |up to |almost |"
        "upwards of |an estimated |fewer than "
    ),
    "said": _words(
        ", {source} said|, according to {source}|, {source} reported|, {source} estimated|||"
    ),
    # filler: number-free prose, most of any real article
    "who": _words(
        "Officials|Diplomats|Analysts|Residents|Lawmakers|Traders|Executives|Economists|"
        "Opposition politicians|Local reporters|Farmers|Shipping agents|Engineers|"
        "Union leaders|Bankers|Western governments|Regional authorities|Human rights groups|"
        "Some investors|Critics of the government|People close to the talks"
    ),
    "where": _words("|| in {city}| in {country}| across the region| at the ministry"),
    "verb": _words(
        "warned that|argued that|cautioned that|said privately that|acknowledged that|"
        "complained that|insisted that|suggested that|noted that|expressed doubt that|"
        "conceded that|were told that|feared that|hoped that"
    ),
    "thought": _words(
        "the measures would take time to bite|the talks had stalled again|"
        "supply chains were still adjusting|the decision reflected political pressure|"
        "confidence remained fragile|the rules were being applied unevenly|"
        "the ministry had not published its methodology|costs were passed on to consumers|"
        "the outlook depended on the weather|enforcement had been patchy at best|"
        "the agreement left key questions unanswered|demand was cooling faster than expected|"
        "the currency would stay under pressure|new routes had opened through Central Asia|"
        "inspections at the border had become stricter|few details were made public|"
        "the project had fallen behind schedule|the figures were hard to verify|"
        "smaller firms would struggle to cope|the government was buying time|"
        "the policy could backfire|loopholes were already being exploited"
    ),
    "tail": _words(
        "||| amid growing uncertainty| despite repeated assurances| as winter approached|"
        " after weeks of negotiation| in a closed-door briefing| while markets waited for clarity|"
        " even as prices steadied| in remarks to journalists| during a visit to {city}|"
        " according to people briefed on the discussions"
    ),
    "standalone": _words(
        "The ministry declined to comment.|No further details were given.|"
        "The claim could not be independently verified.|"
        "Neither side responded to requests for comment.|"
        "Critics say the policy lacks transparency.|"
        "The move drew sharp criticism from neighbouring states.|"
        "Talks are expected to resume later in the month.|"
        "It was not clear when the changes would take effect.|"
        "The report did not say how the estimate was made.|Markets reacted calmly to the news.|"
        "The government has repeatedly denied the allegations.|"
        "The company said it was reviewing its options.|"
        "Observers expect the dispute to drag on.|"
        "The statement gave no timetable for the next steps."
    ),
}

FIGURE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "defence": (
        "{country} supplied {qual}{count} {arms} {when}{said}.",
        "The plant near {city} can produce {qual}{count} {arms} a year{said}.",
        "The {model} fleet grew to {count} {when}, the {ordinal} increase in a row.",
        "Defence spending will rise to {money} {when}, or {percent} of GDP{said}.",
        "Orders for the {model} reached {range} {arms}{said}.",
    ),
    "sanctions": (
        "The EU froze {qual}{money} in assets of {count} companies {when}{said}.",
        "Under Resolution 2231 and the G7 price cap of {money} a barrel, exports fell {percent}.",
        "The {ordinal} package lists {count} vessels{said}.",
        "Fines totalling {money} were imposed on {word} firms {when}.",
    ),
    "energy": (
        "Gas flows dropped to {qual}{count} cubic metres a day {when}{said}.",
        "The new reactor adds {count} megawatts, lifting capacity by {percent}{said}.",
        "Output averaged {range} {physical} {when}{said}.",
        "Brent slipped {percent} to {money} a barrel {when}.",
    ),
    "trade": (
        "Exports to {country} rose {percent} year on year to {money} {when}{said}.",
        "The port handled {qual}{count} containers {when}, one of its busiest months.",
        "Grain shipments reached {count} tonnes {when}{said}.",
        "The trade surplus narrowed from {money} to {money} {when}.",
    ),
    "budget": (
        "Next year's budget sets aside {money} for defence, up from {money}{said}.",
        "The deficit is projected at {percent} of GDP {when}{said}.",
        "Parliament approved {qual}{money} in spending on {weekday}.",
        "Debt servicing will cost {money} a month under Article {small} of the plan.",
    ),
    "prices": (
        "Annual inflation eased to {percent} {when} from {percent}{said}.",
        "Bread now costs {money} a loaf, up {percent} {when}.",
        "The central bank cut its key rate by {percent} to {percent} {when}{said}.",
        "Monthly inflation was {percent} in {month}, page {small} of the report shows.",
    ),
    "companies": (
        "{company} booked revenue of {money} {when}, beating forecasts by {percent}.",
        "{company} plans to hire {qual}{count} workers by {year}{said}.",
        "{company} shares fell {percent} after it cut {count} jobs{said}.",
        "{company} sold {range} {things} {when}; call +47 {small} {small} {small} for details.",
    ),
    "migration": (
        "Officials counted {qual}{count} {people} crossing into {country} {when}{said}.",
        "Applications rose to {count} a week {when}, the highest since COVID-19{said}.",
        "{vague} of people waited at the border, and officials expect {range} more {when}.",
        "One of the camps, the one near {city}, now holds {count} {people}{said}.",
    ),
}


class Slots:
    """Fills template slots; every lookup draws afresh, so repeated slots differ."""

    def __init__(self, rng: random.Random, published: date) -> None:
        self.r = rng
        self.published = published

    def fill(self, template: str) -> str:
        return template.format_map(self)

    def __getitem__(self, name: str) -> str:
        r = self.r
        if name in VOCABULARY:
            return self.fill(r.choice(VOCABULARY[name]))
        year = self.published.year
        if name == "year":
            return str(year + r.randint(0, 3))
        if name == "small":
            return str(r.randint(2, 99))
        if name == "word":
            return number_word(r.randint(2, 999))
        if name == "count":
            return self.count()
        if name == "money":
            return self.money()
        if name == "percent":
            n = r.choice([str(r.randint(1, 60)), f"{r.randint(0, 30)}.{r.randint(1, 9)}"])
            return n + r.choice(["%", "%", " percent", " per cent", " percentage points", "pct"])
        if name == "range":
            a = r.randint(2, 80)
            b = a + r.randint(1, 20)
            scale = r.choice(["", " million", " billion", " thousand"])
            return r.choice(
                [f"{a}–{b}{scale}", f"{a}-{b}{scale}", f"{a} to {b}{scale}",
                 f"between {a} and {b}{scale}", f"between {a}.{r.randint(1, 9)} and {b}{scale}"]
            )  # fmt: skip
        if name == "when":
            return r.choice(
                [f"in {year - 1}", "last year", "this year", f"in {r.choice(VOCABULARY['month'])}",
                 f"on {r.choice(VOCABULARY['weekday'])}", f"in the first quarter of {year}",
                 f"in Q{r.randint(1, 4)} {year}", f"by the end of {year + r.randint(0, 3)}",
                 f"on {r.randint(1, 28)} {r.choice(VOCABULARY['month'])}", "a year earlier",
                 "since the start of the war", f"between {year - 4} and {year}",
                 f"in the {r.randint(195, 201)}0s", "over the past decade", "at 18:00 local time"]
            )  # fmt: skip
        raise KeyError(name)

    def grouped(self, n: int) -> str:
        sep = self.r.choice([",", ",", ",", " ", NBSP, NNBSP, ""])
        return f"{n:,}".replace(",", sep)

    def count(self) -> str:
        r = self.r
        pick = r.random()
        if pick < 0.25:
            return str(r.randint(2, 999))
        if pick < 0.5:
            return self.grouped(r.randint(1_000, 9_999_999))
        if pick < 0.6:
            return number_word(r.randint(2, 999))
        if pick < 0.7:
            return r.choice(
                ["a dozen", "half a million", "one and a half million", "two million",
                 "three hundred and twenty", "forty-two", "a quarter of a million"]
            )  # fmt: skip
        if pick < 0.85:
            scale = r.choice(["thousand", "million", "million", "billion"])
            return f"{r.randint(1, 99)}.{r.randint(1, 9)} {scale}"
        return f"{r.randint(2, 950)} {r.choice(['thousand', 'million'])}"

    def money(self) -> str:
        r = self.r
        amount = r.choice(
            [str(r.randint(1, 999)), f"{r.randint(1, 99)}.{r.randint(0, 99):02d}",
             self.grouped(r.randint(1_000, 999_999)), f"{r.randint(1, 99)}.{r.randint(1, 9)}"]
        )  # fmt: skip
        scale = r.choice(["", "", "bn", "m", "mn", "k", " billion", " million", " trillion"])
        style = r.random()
        if style < 0.45:
            return f"{r.choice(['$', '$', '€', '£', '¥', 'US$', 'R'])}{amount}{scale}"
        if style < 0.7:
            code = r.choice(["USD", "EUR", "RUB", "GBP", "CNY", "UAH", "JPY", "NOK"])
            return f"{amount}{scale} {code}" if r.random() < 0.5 else f"{code} {amount}{scale}"
        word = r.choice(["rubles", "dollars", "euros", "hryvnias", "yuan", "crowns", "pounds"])
        return f"{amount}{scale} {word}"


# ----------------------------------------------------------------------------- prose
FILLER_TEMPLATES = (
    "{who}{where} {verb} {thought}{tail}.",
    "{who}{where} {verb} {thought}, and {thought}{tail}.",
    "{standalone}",
)


class Writer:
    """Articles mixing sentences with figures and number-free filler, from a fixed seed."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def paragraph(self, slots: Slots) -> str:
        sentences = []
        for _ in range(self.r.randint(2, 6)):
            # Real news is mostly words: about one sentence in three carries a figure.
            if self.r.random() < 0.35:
                topic = self.r.choice(list(FIGURE_TEMPLATES))
                sentences.append(slots.fill(self.r.choice(FIGURE_TEMPLATES[topic])))
            else:
                sentences.append(slots.fill(self.r.choice(FILLER_TEMPLATES)))
        return " ".join(sentences)

    def article(self) -> str:
        published = date(2024, 1, 1) + timedelta(days=self.r.randint(0, 730))
        slots = Slots(self.r, published)
        paragraphs = [self.paragraph(slots) for _ in range(self.r.randint(3, 9))]
        return f"@@ published_on={published.isoformat()}\n" + "\n\n".join(paragraphs) + "\n"


def corpus_path(mb: float, seed: int) -> Path:
    return CORPUS_DIR / f"news-{mb:g}mb-seed{seed}-v{GENERATOR_VERSION}.txt"


def ensure_corpus(mb: float, seed: int) -> Path:
    path = corpus_path(mb, seed)
    if path.exists():
        return path
    CORPUS_DIR.mkdir(parents=True, exist_ok=True)
    writer, target, size = Writer(seed), int(mb * 1_000_000), 0
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        while size < target:
            article = writer.article() + "\n"
            f.write(article)
            # Count only the paragraphs, as the timing does: the corpus is at least `mb`.
            size += sum(len(line.encode("utf-8")) for line in article.splitlines()[1:])
    tmp.replace(path)
    return path


def paragraphs(path: Path) -> Iterator[tuple[str, str]]:
    """(paragraph, published_on) pairs, read line by line."""
    published, lines = "", []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("@@ published_on="):
                published = line.removeprefix("@@ published_on=")
            elif line:
                lines.append(line)
            elif lines:
                yield " ".join(lines), published
                lines = []
    if lines:
        yield " ".join(lines), published


# ----------------------------------------------------------------------------- timing
def head(texts: Iterable[tuple[str, str]], limit: int) -> list[tuple[str, str]]:
    """The first (paragraph, published_on) pairs up to ``limit`` bytes of UTF-8, the paragraph
    that crosses it included: the subset timed against quantulum3 and by the other benches."""
    out: list[tuple[str, str]] = []
    size = 0
    for text, published in texts:
        if size >= limit:
            break
        out.append((text, published))
        size += len(text.encode("utf-8"))
    return out


def load_extractor(spec: str) -> Callable[[str, str], list[Any]]:
    module_name, _, func_name = spec.partition(":")
    func: Callable[[str, str], list[Any]] = getattr(importlib.import_module(module_name), func_name)
    return func


def mb_of(texts: list[tuple[str, str]]) -> tuple[float, int]:
    chars = sum(len(t) for t, _ in texts)
    return sum(len(t.encode("utf-8")) for t, _ in texts) / 1_000_000, chars


def time_extract(
    func: Callable[[str, str], list[Any]], texts: list[tuple[str, str]]
) -> tuple[float, int]:
    found = 0
    start = time.perf_counter()
    for text, published in texts:
        found += len(func(text, published))
    return time.perf_counter() - start, found


def clear_memos(func: Callable[..., Any]) -> None:
    """Empty the per-input memo caches (bounded ``functools.lru_cache``) of the package that
    ``func`` comes from, so that a repeated run reads its text as new text, like
    quantulum3's single run; unbounded caches (``functools.cache``) hold one-time tables, such
    as the word list, and stay."""
    package = (getattr(func, "__module__", "") or "").split(".")[0]
    for name, module in list(sys.modules.items()):
        if package and (name == package or name.startswith(package + ".")):
            for value in list(vars(module).values()):
                info = getattr(value, "cache_info", None)
                if callable(info) and info().maxsize is not None:
                    value.cache_clear()


def time_regex(texts: list[tuple[str, str]]) -> tuple[float, int]:
    found = 0
    start = time.perf_counter()
    for text, _ in texts:
        for _ in NUMBER_TOKEN.finditer(text):
            found += 1
    return time.perf_counter() - start, found


def row(label: str, mb: float, chars: int, seconds: float, found: int, what: str) -> str:
    rate = mb / seconds if seconds else float("inf")
    return (
        f"{label:<12} {mb:8.2f} MB  {seconds:9.3f} s  {rate:9.3f} MB/s  "
        f"{chars / seconds if seconds else float('inf'):13,.0f} chars/s  "
        f"{found:>9,} {what}  {found / mb if mb else 0:9,.0f} {what}/MB"
    )


def verdict(ok: bool, line: str) -> str:
    return f"{'PASS' if ok else 'FAIL'}  {line}"


def quantulum_parse() -> Callable[[str, str], list[Any]] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # it warns that the optional classifier is absent
            from quantulum3 import parser  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return None

    def parse(text: str, published: str) -> list[Any]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(parser.parse(text))

    return parse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    ap.add_argument("--seed", type=int, default=20251220)
    ap.add_argument(
        "--extractor",
        default="indicators.extract:extract_claims",
        help="MODULE:FUNC taking (text, published_on) (default: %(default)s)",
    )
    ap.add_argument("--quantulum", action="store_true", help="also time quantulum3 on a subset")
    ap.add_argument("--quantulum-mb", type=float, default=1.0, help="subset size for quantulum3")
    ap.add_argument(
        "--repeat", type=int, default=5, help="runs of the extractor on that subset (median)"
    )
    args = ap.parse_args(argv)

    started = time.perf_counter()
    path = ensure_corpus(args.mb, args.seed)
    texts = list(paragraphs(path))
    mb, chars = mb_of(texts)
    print(
        f"corpus: {path.relative_to(HERE.parent)}  {mb:.2f} MB  {chars:,} chars  "
        f"{len(texts):,} paragraphs  (ready in {time.perf_counter() - started:.1f} s)"
    )

    try:
        func = load_extractor(args.extractor)
    except (ImportError, AttributeError) as exc:
        print(f"cannot load {args.extractor} ({exc}); pass --extractor MODULE:FUNC")
        return 2
    for text, published in texts[:50]:
        # warm up: first-call imports, compiled patterns and the lazily loaded word list are
        # not throughput
        func(text, published)
    seconds, found = time_extract(func, texts)
    ours = mb / seconds
    print(row("extract", mb, chars, seconds, found, "claims"))
    re_seconds, tokens = time_regex(texts)
    print(row("regex scan", mb, chars, re_seconds, tokens, "tokens"))
    print(
        verdict(ours >= TARGET_MB_PER_S, f"extract >= {TARGET_MB_PER_S:g} MB/s ({ours:.2f} MB/s)")
    )

    if args.quantulum:
        parse = quantulum_parse()
        if parse is None:
            print("quantulum3 is not installed; skipped (it is not a dependency: install by hand)")
            return 0
        subset = head(texts, int(args.quantulum_mb * 1_000_000))
        sub_mb, sub_chars = mb_of(subset)
        parse(*subset[0])  # warm up: it loads its unit tables on first use
        q_seconds, q_found = time_extract(parse, subset)
        # the extractor's run is 40-50 times shorter than quantulum3's, so one run of it is
        # at the mercy of a busy moment on a shared machine: the median of --repeat runs
        # (quantulum3's single 20-second run averages over such moments by itself)
        runs = []
        for _ in range(max(1, args.repeat)):
            clear_memos(func)  # each run reads the subset as new text, as quantulum3 does
            runs.append(time_extract(func, subset))
        our_seconds, our_found = statistics.median(r[0] for r in runs), runs[0][1]
        print(row("quantulum3", sub_mb, sub_chars, q_seconds, q_found, "quantities"))
        print(row("extract", sub_mb, sub_chars, our_seconds, our_found, "claims"))
        ratio = q_seconds / our_seconds
        print(
            verdict(
                ratio >= TARGET_QUANTULUM_RATIO,
                f"extract >= {TARGET_QUANTULUM_RATIO:g}x quantulum3 ({ratio:.1f}x on the same "
                f"{sub_mb:.2f} MB)",
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
