"""Time expressions in a sentence, resolved against the publication date.

:func:`time_expressions` finds every date, month, quarter, year and relative expression
("last year", "on Tuesday", "the previous quarter") in a sentence and says what each one
means for a number near it:

- ``point``: a period the value can refer to (``2025``, ``2025-03``, ``2025-03-17``,
  ``2025-Q1``);
- ``block``: time wording that leaves the period unstated ("since 2022", "now",
  "this week", seasons, multi-year spans) — a number tied to it gets no period;
- ``compare``: a comparison base ("up 3% from a year earlier", "below 2020"), which is
  not the period of the number it follows.

>>> [(e.text, e.kind, e.period) for e in time_expressions("sales rose in the first quarter of 2025", "2025-05-01")]
[('the first quarter of 2025', 'point', '2025-Q1')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import chain
from typing import Literal, NamedTuple

from indicators.claims import Per
from indicators.numbers import parse_number
from indicators.words import admitted_before, alternation, fold, not_after, wordset

__all__ = [
    "AND_GAP_RE",
    "BETWEEN_END_RE",
    "LOOKS_BACK_RE",
    "MONTHS",
    "TimeExpr",
    "as_date",
    "at_grain",
    "rate_period",
    "resolve_month",
    "time_expressions",
    "time_matches",
    "year_before",
]

#: The months' full names, in order (lower case).
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(MONTH_NAMES, 1)},
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ORDINAL_Q = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

Kind = Literal["point", "block", "compare", "refer"]

_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
#: (grouped by first letter, see `alternation`: the same matches, and a word that is no
#: month fails on one test per letter, not one per name; the time scan tries this 17 times)
_MONTH_FULL = f"(?:{alternation(_MONTH_NAMES.split('|'))})"
_YEAR = r"(?:19|20)\d\d"
_QORD = r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


_MONTH_WD3 = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
#: Where a time expression can start (the pattern is case-sensitive): a year, a day or
#: ordinal before a month or quarter, a month, a weekday, Q1, FY, H1, or the lower-case
#: words below.  Grouped by first character (a fast test at every word start).  An entry
#: reads as far as the alternatives of _TIME_RE that open with it agree ("past" opens only
#: "past week"-like spans, so "past\s+(?:week|…)"): each word start it turns away is one
#: where the engine would otherwise try all 30-odd alternatives in vain.  Each entry opens
#: with a literal or a class ("in the period", "over the period", not "(?:in|over) the
#: period"): the engine tests those on one character, but enters an entry that opens with a
#: group, at every word start.
_TIME_FILTER = alternation(
    [
        r"19\d\d",
        r"20\d\d",
        # (the end of the century, after "by" or "in" only: "by 2100")
        r"2100",
        # (a day before its month: the one alternative below opening with a number that is
        # not a year or a quarter's ordinal)
        rf"\d\d?\s+{_MONTH_WD3}",
        r"[1-4](?:st|nd|rd|th)",
        *_MONTH_WD3[3:-1].split("|")[:12],
        # (spelled out: "Monthly" is no weekday)
        *_WD[3:-1].split("|"),
        r"Q[1-4]",
        "FY",
        r"H[12]",
        r"[1-4]Q\d\d",
        r"[12]H",
        r"the\s+(?:quarter\s+(?:ending|ended|to|through)\s|(?:three|six|nine)\s+months\s|first|second|third|fourth|final"
        r"|[1-4](?:st|nd|rd|th)|previous|prior|last|past\s+(?:week|fortnight|seven|few|several|two)"
        r"|year|end\s+of\s+the\s|week|same|spring|summer|autumn|winter|coming|season)",
        *[
            rf"[{w[0].upper()}{w[0]}]{w[1:]}\s+{_MONTH_WD3}"
            for w in [
                "in",
                "by",
                "of",
                "from",
                "since",
                "until",
                "till",
                "through",
                "during",
                "before",
                "after",
                "for",
                "early",
                "late",
                "mid-?",
                "on",
            ]
        ],
        # the middle of a month, after a preposition or alone: "in mid-March", "mid-January"
        *[rf"[{w[0].upper()}{w[0]}]{w[1:]}\s+mid-" for w in ["in", "by", "since", "until", "from"]],
        rf"[Mm]id-(?:{_MONTH_WD3}|{_YEAR})",
        rf"[Ee]nd-(?:{_MONTH_WD3}|{_YEAR}|of-{_MONTH_WD3})",
        rf"[Bb]y\s+the\s+{_MONTH_WD3}",
        r"a\s+(?:year\s+(?:earlier|ago|before)|month\s+(?:earlier|ago))",
        *[rf"{n}\s+years\s+(?:earlier|ago|before)" for n in ("two", "three", "four", "five")],
        r"[2-5]\s+years\s+(?:earlier|ago|before)",
        *[rf"{n}\s+decade\s+(?:earlier|ago)" for n in ("a", "one")],
        *[rf"{n}\s+years\s+(?:earlier|ago)" for n in ("ten", "10")],
        *[rf"{n}\s+months\s+(?:earlier|ago)" for n in ("two", "three", "six", "nine")],
        r"same\s",
        *[rf"{w}\s+the\s+(?:period|month|quarter|year)" for w in ("in", "during", "over", "for")],
        r"that\s+(?:month|quarter|year)",
        r"by\s+th(?:en|at\s+time)\b",
        rf"end\s+of\s+(?:the\s|mid-|{_MONTH_WD3})",
        r"in\s+recent\s",
        *[rf"{w}\s" for w in ["last", "this", "next", "previous", "prior", "so"]],
        r"past\s+(?:week|fortnight|seven|few|several|two)",
        *["yesterday", "now", "currently", "today"],
        rf"between\s+{_YEAR}",
        rf"between\s+{_MONTH_WD3}",
        r"fiscal\s",
        *["spring", "summer", "autumn", "winter"],
        r"coming\s",
        r"current\s",
        *["first", "second", "third", "fourth", "final"],
        r"quarter\s+(?:ending|ended|to|through)\s",
        r"year\s+(?:ending|ended|to)\s",
        *[rf"{n}\s+months\s" for n in ("12", "twelve")],
        r"year[-\s]end",
        "end-year",
        r"financial\s+year\s",
        # a quarter opening a sentence ("Third-quarter revenue rose …")
        *["First", "Second", "Third", "Fourth", "Final"],
        # a month as a noun's modifier: "its November revenue", "their March figures"
        rf"[Ii]ts\s+{_MONTH_WD3}",
        rf"[Tt]heir\s+{_MONTH_WD3}",
        rf"[Tt]he\s+{_MONTH_WD3}",
        r"three\s+months\s+(?:ending|ended|to|through)\s",
        "[Ff]ull",
    ]
)


#: A contract's delivery month names the contract, not the time of its price: "Brent for
#: August delivery settled at $86", "the December contract", "wheat for May shipment".
_DELIVERY_MONTH = r"|\s+(?:delivery|deliveries|contracts?|futures|loading|loadings|shipment)\b"


#: No word character nor hyphen right before a time (the ASCII letters and digits spelled
#: out: tested as a bitmap before \w's Unicode lookup; see QTY_RE).
_NOT_AFTER_WORD = not_after("-")
#: _TIME_RE after its look-behind.
_TIME_BODY = (
    # first-words filter: fail fast where no alternative below can start (see _TIME_FILTER)
    rf"(?={_TIME_FILTER})"
    r"(?:"
    rf"(?P<iso>{_YEAR}-\d\d-\d\d)"
    rf"|(?P<dmy_d>\d{{1,2}})\s+(?P<dmy_m>{_MONTH_FULL})(?:,?\s+(?P<dmy_y>{_YEAR}))?"
    rf"|(?P<mdy_m>{_MONTH_FULL})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<mdy_y>{_YEAR}))?"
    rf"|(?P<mm_a>{_MONTH_FULL})\s?[–—-]\s?(?P<mm_b>{_MONTH_FULL})(?P<mm_q>\s+quarter)?"
    # (or "between January and March", without a day or a year after it)
    rf"|between\s+(?P<mb_a>{_MONTH_FULL})\s+and\s+(?P<mb_b>{_MONTH_FULL})"
    rf"(?:\s+(?P<mb_y>{_YEAR}))?(?![\w-]|\s+\d)"
    # (a fiscal quarter is read by the month it ends in: "its fiscal second quarter ended
    # March 31" is the calendar first quarter)
    # a financial year by the month it ends in: "the fiscal year ending June 30", "the year
    # ended 31 March 2025" (its year: a year's total, not a day's)
    # (or told in a relative clause: "the fiscal year that ended in March")
    rf"|(?:the\s+)?(?:(?:fiscal|financial)\s+year\s+(?:ending|ended|to|through"
    r"|(?:that|which)\s+(?:ended|ends)\s+in)"
    # (and "the year to December 2025", the rolling year of migration and trade statistics,
    # is that calendar year; "the year to March" of a rate is no financial year, while "the
    # year to March 2027" names the year it ends in)
    rf"|year\s+(?:ending|ended|to(?=\s+(?:\d{{1,2}}\s+)?(?:Dec|{_MONTH_FULL}"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+{_YEAR}(?!\d)))))\s+(?:\d{{1,2}}\s+)?(?P<ye_m>{_MONTH_FULL})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
    rf"(?:,?\s+(?P<ye_y>{_YEAR}))?"
    rf"|(?:the\s+)?(?:(?:fiscal\s+)?{_QORD}[-\s])?(?:quarter|three\s+months)\s+(?:ending|ended|to|through)\s+"
    rf"(?:\d{{1,2}}\s+)?(?P<qe_m>{_MONTH_FULL})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<qe_y>{_YEAR}))?"
    # "the 12 months to June": the standard label of an annual rate for that month (with
    # a year, "June 2025" below reads it)
    rf"|(?:the\s+)?(?:12|twelve)\s+months\s+(?:to|ending|ended|through)\s+"
    rf"(?P<tm_m>{_MONTH_FULL})(?![\w-]|\s*,?\s*\d)"
    # "the six months to December", "the nine months to September": a half or the first
    # months of a (financial) year, read by the year they end in as "the first half" is
    rf"|the\s+(?:six|nine)\s+months\s+(?:to|ending|ended|through)\s+(?:\d{{1,2}}\s+)?"
    rf"(?P<sm_m>{_MONTH_FULL})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<sm_y>{_YEAR}))?"
    # "the March quarter": the quarter that ends in (or holds) that month
    rf"|(?P<qm_pre>[Tt]he\s+)(?P<qm_m>{_MONTH_FULL})\s+quarter(?:\s+of\s+(?P<qm_y>{_YEAR}))?"
    # ("the final quarter" is the fourth; "of last year" names its year, read with it)
    rf"|(?:the\s+)?(?P<qo>{_QORD}|[Ff]inal)[-\s]quarter"
    rf"(?:\s+of\s+(?:(?P<qo_y>{_YEAR})|(?P<qo_rel>last|this|next)\s+year\b))?"
    rf"|Q(?P<qn>[1-4])(?:\s+(?P<qn_y>{_YEAR})|['’](?P<qn_yy>\d\d)(?!\d))?"
    # the compact forms of results tables: "3Q24", "1H25", "2H"
    r"|(?P<cq_q>[1-4])Q(?P<cq_yy>\d\d)(?!\d)"
    r"|(?P<ch_h>[12])H(?P<ch_yy>\d\d)?(?![\w-])"
    rf"|(?P<yq_y>{_YEAR})\s?Q(?P<yq_q>[1-4])"
    rf"|(?P<my_m>{_MONTH_FULL})\s+(?P<my_y>{_YEAR})"
    # "next April": the first such month after publication
    rf"|next\s+(?P<nm>{_MONTH_FULL})(?![\w-]|\s*,?\s*\d)"
    rf"|(?P<decade>(?:19|20)\d0s)"
    rf"|between\s+(?P<span_a>{_YEAR})\s+and\s+(?P<span_b>{_YEAR})"
    # (or from one year to another: "the plan for 2025 to 2035")
    rf"|(?:from\s+)?(?P<span_e>{_YEAR})\s+(?:to|through|until)\s+(?P<span_f>{_YEAR})(?![\d%])"
    rf"|(?P<span_c>{_YEAR})\s?[–—/-]\s?(?P<span_d>(?:19|20)?\d\d)(?!\d)"
    rf"|(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<fy>{_YEAR})"
    rf"|(?P<fy3>{_YEAR})\s+(?:financial|fiscal|budget)\s+year"
    r"|FY\s?(?P<fy2>\d\d)(?!\d)"
    # a half of a month lies in that month: "in the second half of August"
    rf"|(?:the\s+)?(?:first|second|latter|last)\s+half\s+of\s+(?P<hm_m>{_MONTH_FULL})(?:\s+(?P<hm_y>{_YEAR}))?"
    # a year to date: "the first five months of the year", "the first ten months of 2025",
    # "the first three quarters"
    rf"|(?P<ytd>(?:the\s+)?first\s+(?P<ytd_n>two|three|four|five|six|seven|eight|nine|ten|eleven"
    rf"|[2-9]|1[01])\s+(?P<ytd_unit>months|quarters)(?:\s+of\s+(?:(?:fiscal\s+(?:year\s+)?)?(?P<ytd_y>{_YEAR})|(?P<ytd_last>last\s+year)"
    rf"|(?:the|this)\s+year))?)(?![\w-])"
    rf"|(?P<half>(?:H[12]|(?:the\s+)?(?:[Ff]irst|[Ss]econd)[-\s]half)(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(?P<half_y>{_YEAR})|\s+of\s+(?P<half_rel>next|last|this)\s+year)?)"
    # (the middle or the end of a year lies in it: "in mid-2023", "by end-2025")
    # (not a price base: "in 2015 prices", "at 2020 dollars")
    # (not a number of a law: "Regulation (EU) 2024/1745", "Regulation 833/2014")
    rf"|(?:[Mm]id-|[Ee]nd-)?(?<!\d/)(?<!\d[–-])(?P<year>{_YEAR}|(?<=by |in )2100(?!\s*(?:GMT|UTC|BST|CET|hours|hrs)\b))(?![\d%]|/\d{{3}})(?!\s+(?:prices|dollars|euros|pounds|terms|money)\b)"
    # a span shorter than a month: no period of ours ("over the past week", "last week")
    r"|(?P<days>(?:the\s+)?(?:past|last|previous)\s+(?:week|fortnight|seven\s+days"
    r"|(?:few|several|two)\s+(?:days|weeks)))\b"
    # (not "a year before 2030", "a year before the line opens": a rate, then a span's end)
    r"|(?P<rel>last\s+year|this\s+year|next\s+year|a\s+year\s+(?:earlier|ago"
    r"|before(?!\s+(?:\d|[A-Z]|(?:the|its|their|a|an|it|they|we|he|she|this|next|last)\b)))"
    r"|the\s+(?:previous|prior)\s+year|the\s+year\s+before|(?:the\s+)?end\s+of\s+the\s+year"
    # several months back: "up from £171bn three months earlier"
    r"|(?:two|three|six|nine)\s+months\s+(?:earlier|ago)"
    # several years back: "from $31m two years earlier"
    r"|(?:two|three|four|five|[2-5])\s+years\s+(?:earlier|ago"
    r"|before(?!\s+(?:\d|[A-Z]|(?:the|its|their|a|an|it|they|we|he|she|this|next|last)\b)))"
    # ten years back: "compared with three a decade earlier"
    r"|(?:a|one)\s+decade\s+(?:earlier|ago)|(?:ten|10)\s+years\s+(?:earlier|ago)"
    # (the same end: "due by year-end", "at the year end")
    r"|(?:the\s+)?year[-\s]end|end-year"
    # (not "the last month of its financial year": a part of another period)
    r"|last\s+month(?!\s+of\b)|this\s+month|next\s+month|the\s+(?:previous|prior)\s+month|a\s+month\s+(?:earlier|ago)"
    r"|(?:the\s+)?(?:previous|prior|last)\s+quarter|this\s+quarter|next\s+quarter"
    r"|(?:the\s+)?current\s+quarter"
    r"|yesterday|today)"
    # a period named before: "the same quarter last year", "the same period of 2023", "in
    # the month", "that month" (resolved here against the sentence's own period, else by
    # the sentence before: kind "refer")
    rf"|(?P<ref>(?:the\s+)?same\s+(?:period|quarter|month|date|day|year|time|point|stage|stretch)"
    # (also "of last season": "down 21% on the same stretch of last season")
    rf"(?:\s+(?:of\s+(?P<ref_y>{_YEAR})|(?:of\s+)?(?P<ref_back>last\s+(?:year|season)|a\s+year\s+(?:earlier|ago|before))))?"
    r"|(?:in|during|over|for)\s+the\s+(?:period|month|quarter|year)(?!\s+(?:(?:to|ending|ended|through)\s+(?:\d{1,2}\s+)?[A-Z]|before\b|earlier\b|ago\b))"
    r"|that\s+(?:month|quarter|year)"
    # (the deadline named before: "will reach 3.5% by 2029 … roughly 60 billion a year by then")
    r"|by\s+(?:then|that\s+time))"
    # a month modifying a noun: "its November revenue", "the March figures", "November's
    # exports" (not "May" as a verb: it must be owned or own something)
    rf"|(?:(?:[Ii]ts|[Tt]heir|[Tt]he)\s+)(?P<mo_adj>{_MONTH_FULL})(?=\s+[a-z][a-z-]+\b)"
    # (the month of a publication or an event dates that, not a figure: "its May report")
    r"(?!\s+(?:report|statement|survey|update|bulletin|outlook|review|decision|visit"
    r"|announcement|session|summit|election|vote|forecast|auction|deadline)s?\b"
    rf"{_DELIVERY_MONTH})"
    rf"|(?P<mo_pos>{_MONTH_FULL})(?=['’]s\s)"
    # a bare month before a measure: "said August output was …", "June payrolls fell"
    rf"|(?P<mo_meas>{_MONTH_FULL})(?=\s+(?:output|production|sales|exports|imports|revenue"
    r"|inflation|payrolls|deliveries|shipments|arrivals|figures|data|prices|volumes|orders"
    r"|crossings|exports|spending|borrowing|retail|industrial|trade)\b)"
    rf"|(?P<wd_pre>(?:on|last|this|next|since)\s+)?(?P<wd>{_WD})"
    rf"|(?P<mo_pre>(?:[Ii]n|[Bb]y|of|[Ff]rom|[Ss]ince|[Uu]ntil|till|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]or|end\s+of|[Ee]arly|[Ll]ate|[Mm]id)\s+(?:mid-|end-)?|[Mm]id-|[Ee]nd-(?:of-)?"
    # (a deadline named by its month is that month: "by the March deadline")
    rf"|[Bb]y\s+the\s+(?={_MONTH_FULL}\s+deadline\b))(?P<mo>{_MONTH_FULL})(?!\s*\d|\s?[–—-]\s?{_MONTH_FULL}{_DELIVERY_MONTH})"
    r"|(?P<block>now|currently|today|(?:last|this|next|the\s+previous)\s+week|the\s+week\s+before"
    r"|(?:the\s+)?(?:spring|summer|autumn|winter)"
    # (a crop sown then is no time: "winter barley at 8.3 million tonnes")
    r"(?!\s+(?:wheat|barley|rapeseed|rape|oats|rye|triticale|canola|durum|crops?|grains?"
    r"|cereals?)\b)"
    r"|(?:the\s+)?coming\s+(?:months|weeks|years)"
    r"|the\s+season|(?:the\s+)?(?:previous|last|next|this|current|coming)\s+season"
    r"|in\s+recent\s+(?:months|weeks|years)|so\s+far(?!\s+(?:this|in)\s))"
    r"|(?P<full>[Ff]ull[-\s]year)"
    # a quarter named before and elided: "in the second quarter, down from $83 in the first"
    r"|the\s+(?P<qell>first|second|third|fourth|1st|2nd|3rd|4th)(?=\s*[,.;:)]|\s*$)"
    r")(?![\w-])"
)
#: A time expression, the whole of it in group "time" (the scans below read the character
#: before it too).
_TIME_RE = re.compile(f"{_NOT_AFTER_WORD}(?P<time>{_TIME_BODY})")
# A pattern that opens with a look-behind is tried at every position of a sentence (some 250
# machine instructions each); these open with the character before a time instead, a class
# the engine skips to in C.  ASCII text needs no look-behind (its class is exact: what
# _NOT_AFTER_WORD admits); other text keeps it (its class admits any non-ASCII character).
_BEFORE_TIME = admitted_before("-")
_TIME_ASCII_SCAN_RE = re.compile(f"[{_BEFORE_TIME}](?P<time>{_TIME_BODY})")
_TIME_ANY_SCAN_RE = re.compile(f"[{_BEFORE_TIME}\\x80-\\U0010ffff]{_TIME_RE.pattern}")


def time_matches(sentence: str) -> Iterator[re.Match[str]]:
    """``_TIME_RE.finditer(sentence)``, faster (the time in group "time" of each match).

    The scans read the character before a time, so one at the sentence's start is matched
    apart; none starts right where the one before ends (a time opens with a letter or a
    digit, and no word character follows one), so the character the scan reads before a
    time is never the last of the time before it.
    """
    first = _TIME_RE.match(sentence)
    scan = (_TIME_ASCII_SCAN_RE if sentence.isascii() else _TIME_ANY_SCAN_RE).finditer(
        sentence, 0 if first is None else first.end()
    )
    return scan if first is None else chain((first,), scan)


#: What a weekly base of comparison follows: "on ", "from ", "than ", "with ".
_WEEK_BASE_ENDS = (" on ", " from ", " than ", " with ", " against ")
#: A capitalised word inside a sentence right before a year: "Vision 2030", "China 2025".
_NAME_BEFORE_YEAR_RE = re.compile(r"(?<=[\w,;:)] )([A-Z][a-z]+) $")
#: The year a debt falls due, not a period: "bonds due 2037", "notes maturing in 2027".
_MATURITY_BEFORE_RE = re.compile(
    r"(?:\b(?:bonds?|[Ee]urobonds?|notes|gilts?|debt|securities|bills|[Tt]reasuries|paper)"
    r"\s+(?:(?:falling|falls|coming)\s+)?due|\bmaturing|\bmaturity)\s+(?:in\s+)?$"
)
_CAPITALISED_PREPOSITIONS = frozenset(
    ("In", "By", "From", "Since", "Until", "Through", "During", "Before", "After", "For", "Of")
)
#: A year used as an adjective ("a 2019 law") is not a period, unless the noun is itself
#: a period-bound plan or result ("the 2026 budget", "2025 guidance").
_ATTRIBUTIVE_YEAR_RE = re.compile(
    r"\s+(?!(?:[a-z-]+\s+){0,2}(?:budget|budgets|forecast|forecasts|plan|plans|target|targets|season|harvest|crop"
    r"|quota|quotas|guidance|estimate|estimates|results|accounts|spending|deficit|outlook"
    r"|figures|data|census|election|elections|total|totals|output|production|sales|revenue"
    r"|exports|imports|level|levels|average)\b)[a-z][a-z-]+\b(?!\s+(?:in|at|of)\b)"
)
_COMPARE_PREFIX_RE = re.compile(
    r"(?:\bfrom|\bthan|\bbelow|\babove|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bagainst"
    # ("roughly level with the same period last year")
    r"|\b(?:level|flat|unchanged)\s+with"
    r"|\bover|\bon|\b(?:premium|discount)\s+to)\s+(?:(?:in|during)\s+)?(?:the\s+)?"
    # "700,000 fewer than at the start of 2025"
    r"(?:(?<=than\s)at\s+the\s+(?:start|end|beginning)\s+of\s+)?"
    # "down 9% from the same quarter a year earlier"
    r"(?:same\s+(?:period|quarter|month|week|time|day|year)\s+(?:of\s+|in\s+)?)?"
    # "below its level a year earlier": the base named by a level noun
    r"(?:(?:its|their|the)\s+(?:level|levels|value|reading|figure|total)\s+)?$",
    re.I,
)
#: _COMPARE_PREFIX_RE without re.IGNORECASE, for the lower-cased text (twice as fast: the
#: engine skips a word on its first letter only when that is a case-sensitive literal); the
#: two match alike unless the text holds an odd-case letter (see modality_cues._CASELESS_CUES).
_COMPARE_PREFIX_LOWER_RE = re.compile(_COMPARE_PREFIX_RE.pattern)
_ARTICLE_BEFORE_RE = re.compile(
    r"(?:\b(?:an?|the|its|their|his|her|our|this|that)|['’]s)\s+$", re.I
)
_SPACES_RE = re.compile(r"\s+")
_SINCE_PREFIX_RE = re.compile(
    r"\b(?:since|until|till|through)\s+(?:the\s+)?(?:(?:end|start|beginning)\s+of\s+|early\s+"
    r"|late\s+|mid-?)?$"
    # the start of a span told by an event: "since it opened in", "since the war began in",
    # "since it was set up last year", "since the campaign began [in January]" (a month's
    # preposition is part of its time), "the war that began in April 2023 has left …"
    r"|\bsince\s+(?:it|they|the\s+[a-z-]+|[A-Z][\w-]*)\s+[a-z]+(?:\s+[a-z]+){0,2}"
    r"\s+(?:(?:in|on)\s+)?$"
    # an event named by its noun: "since the fall of the Assad government in [December]"
    r"|\bsince\s+the\s+[a-z-]+\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}(?:(?:in|on)\s+)?$"
    r"|\b(?:that|which)\s+(?:began|started|erupted|broke\s+out)\s+(?:in|on)\s+$"
    # a founding: "a start-up founded in 2021 that has about 180 employees"
    r"|\b(?:founded|established|set\s+up|incorporated)\s+(?:(?:in|on)\s+)?$",
    re.I,
)
#: A word every match of _SINCE_PREFIX_RE holds, lower case (a quick test before it; one
#: search of the grouped stems costs a tenth of testing each stem in turn).
_SINCE_STEMS_RE = re.compile(
    alternation(
        [
            "since",
            "until",
            "till",
            "through",
            "began",
            "started",
            "erupted",
            "broke out",
            "founded",
            "established",
            "set up",
            "incorporated",
        ]
    )
)
#: "until (the) end of": the end of a period, which dates a figure like "by the end of".
_UNTIL_END_RE = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?end\s+of\s", re.I)
#: The day a fiscal year starts: the year is not a calendar period of ours, nor is its day.
_FISCAL_START_RE = re.compile(
    r"\b(?:fiscal|financial|budget)\s+year\s+(?:that\s+|which\s+)?(?:starts?|started|starting"
    r"|begins?|began|beginning|runs?\s+from)\s+(?:on\s+)?$",
    re.I,
)
#: The other end of a span opened by "from": "from mid-February to the end of June".
_SPAN_TO_RE = re.compile(
    rf"\s*(?:[-–—]\s*|(?:to|until|till|through)\s+)(?:the\s+)?(?:end\s+of\s|mid-|early\s|late\s"
    rf"|\d{{1,2}}\s+{_MONTH_FULL}|{_MONTH_FULL})"
)
_YEAR_IN_RE = re.compile(_YEAR)
#: A delivery deadline after an order: "for delivery by 2029", "for delivery in 2027".
_DELIVERY_BEFORE_RE = re.compile(r"\bfor\s+delivery\s+(?:by|in|from|until|through)\s+$")
#: A recurring date: "90% full by 1 November each year".
_RECURRING_RE = re.compile(r"\s+(?:each|every)\s+(?:year|month|quarter|week)\b", re.I)
#: A comparison through a preposition: "38% fewer than in the same month a year earlier".
#: A change before "on" its base: "up 8% on", "rose 12 per cent on" (not a level: "95% on the
#: same date last year", "rise to 50% on the same date" are dated by it).
_CHANGE_ON_RE = re.compile(
    r"\b(?:up|down|rose|fell|grew|gained|climbed|jumped|dropped|declined|increased|decreased)"
    r"\s+(?:by\s+)?(?:[a-z]+\s+)?[\d.,]+\s?(?:%|per\s?cent|percent|(?:percentage\s+)?points?)"
    r"\s+on\s+$"
    # (or a change named after its figure: "a 12% increase on the same month last year")
    r"|[\d.,]+\s?(?:%|per\s?cent|percent)\s+(?:increase|rise|fall|decline|drop|gain|jump|climb"
    r"|decrease|growth)\s+on\s+$"
    # (or before it: "a rise of 18% on the same quarter of 2023")
    r"|\b(?:increase|rise|fall|decline|drop|gain|jump|climb|decrease|growth)\s+of\s+[\d.,]+\s?"
    r"(?:%|per\s?cent|percent)\s+on\s+$",
    re.I,
)
_THAN_IN_RE = re.compile(
    r"\b(?:than|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:in|during|over)\s+$", re.I
)
#: "between 1 October and 8 February": two dates that bound a span, not a period.
BETWEEN_END_RE = re.compile(r"\bbetween\s+$", re.I)
AND_GAP_RE = re.compile(r"\s+and\s+")
#: A second period joined to a relative one: "this year[ and next]", "last year[ and this
#: year]".
_AND_NEXT_RE = re.compile(
    r"\s+and\s+(?:the\s+)?(?:next|following|this|last|previous)"
    r"(?:\s+(?:year|month|quarter|one))?(?![\w-])"
)
#: A second month joined to the one just read: "for May[ and June]".
_AND_MONTH_RE = re.compile(rf"\s+and\s+{_MONTH_FULL}(?![\w-]|\s*\d)")
#: "the same period a year earlier": the base of a comparison with a period named before.
_SAME_PERIOD_RE = re.compile(
    r"\bsame\s+(?:period|time|months?|weeks?|days?|quarters?|stretch|span)\s+(?:of\s+|in\s+)?$"
)
#: The year of a month named before it: "in December last year".
#: A period named before, then said to be a part of a longer one: "in October, the first
#: month of ", "in March, the last month of its ".
_PART_NAMED_BEFORE_RE = re.compile(
    r",\s+the\s+(?:first|second|third|fourth|last|final)\s+(?:month|quarter)\s+of\s+"
    r"(?:(?:its|the|their)\s+)?$"
)
#: A statement's verb right before its day: "UNHCR said on Thursday".
_SAID_BEFORE_RE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|parliament)|announced|reported)\s+$"
)
_REL_YEAR_RE = re.compile(r"\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)
#: A run of weeks or days up to a day: "in the four weeks to November 23" (a span; not "the
#: 12 months to March", the standard label of an annual rate for March).
_WEEKS_TO_RE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s+(?:weeks|days)"
    r"\s+(?:to|ending|ended|through)\s+$",
    re.I,
)
#: The second end of a span ("from mid-May to the end of June"): no period of its own.
_SPAN_END_RE = re.compile(
    r"\bfrom\s+[\w\s-]{2,25}?\s+(?:to|until|till|through)\s+(?:the\s+)?$", re.I
)
# Quick tests before the two prefix patterns (on the prefix without its trailing spaces,
# lower-cased): a stem each match contains, the words a match can end with.
_COMPARE_ENDS = (
    "from", "than", "below", "above", "versus", "vs", "vs.", "with", "to", "against", "over",
    "on", "the", "level", "levels", "value", "reading", "figure", "total", "period", "quarter",
    "month", "week", "time", "day", "year", "of", "in", "during",
)  # fmt: skip
#: Characters re.IGNORECASE equates with "i" or "s" that str.lower() does not map to them:
#: where one occurs, a quick lower-cased stem test cannot stand in for a case-insensitive scan.
ODD_CASE_RE = re.compile("[\u0130\u0131\u017f]")


def has_odd_case(s: str) -> bool:
    """Whether ``s`` holds a character of :data:`ODD_CASE_RE` (all three are non-ASCII, so
    an ASCII string is answered without a scan)."""
    return not s.isascii() and ODD_CASE_RE.search(s) is not None


class TimeExpr(NamedTuple):
    """A time expression at ``[start, end)`` of a sentence.

    ``period`` is the past reading; ``future_period`` differs only for a month named
    without a year after the publication month ("in July" read in May).

    (A named tuple, not a frozen dataclass: as immutable, and made in half the time, which
    counts for the thousands a pass makes.)
    """

    start: int
    end: int
    text: str
    kind: Kind
    period: str | None
    future_period: str | None = None
    #: a month already past in the publication year, read forward: next year's ("by March"
    #: read in August), for a plan or forecast in a sentence that looks forward
    next_period: str | None = None


def as_date(value: date | str | None) -> date | None:
    """A ``date`` from a date, an ISO string or None."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _month_num(name: str) -> int:
    return MONTHS[fold(name).rstrip(".")]


def resolve_month(month: int, published: date, future: bool = False) -> str:
    """``YYYY-MM`` for a month named without a year: the latest such month on or before
    publication, or, when ``future`` is set, that month of the publication year ("by May"
    read in June is this May; "in November" read in July, next November).  A plan's month
    already past in the publication year ("by March" read in September) stays this year's:
    whether it means next March or a missed date depends on the sentence, not read here.

    >>> resolve_month(12, date(2025, 1, 31)), resolve_month(11, date(2025, 7, 22), True)
    ('2024-12', '2025-11')
    """
    year = published.year
    if month > published.month and not future:
        year -= 1
    return f"{year:04d}-{month:02d}"


def next_month(month: int, published: date) -> str:
    """``YYYY-MM`` for a month named without a year in a plan or forecast: the next such
    month from publication ("by March" read in August is next March; whether the sentence
    looks forward is for the caller to tell: "pledged in March" looks back).

    >>> next_month(3, date(2025, 8, 7)), next_month(11, date(2025, 7, 22))
    ('2026-03', '2025-11')
    """
    return f"{published.year + (month < published.month):04d}-{month:02d}"


def _quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _resolve_quarter(q: int, published: date, future: bool = False, results: bool = False) -> str:
    """``YYYY-Qn`` for a quarter named without a year: the latest one begun by publication,
    or with ``future`` the current or next one (a plan for "the fourth quarter"); with
    ``results`` too, the quarter just ended is still ahead (its results are: "would cut
    third-quarter revenue" read in October, "fourth-quarter profit" read in January)."""
    if future and results:
        first = published.year * 4 + _quarter_of(published.month) - 2  # the quarter just ended
        idx = first + (q - 1 - first) % 4
        return f"{idx // 4}-Q{idx % 4 + 1}"
    if future:
        year = published.year if q * 3 >= published.month else published.year + 1
    else:
        year = published.year if (q - 1) * 3 + 1 <= published.month else published.year - 1
    return f"{year}-Q{q}"


def year_before(period: str) -> str:
    """The same period a year before: "2024-09" -> "2023-09", "2024-Q3" -> "2023-Q3"."""
    if period.endswith("-02-29"):
        return f"{int(period[:4]) - 1}-02-28"
    return _shift(period, years=1)


def _shift(period: str, years: int = 0, quarters: int = 0, months: int = 0) -> str:
    if "-Q" in period:
        y, q = int(period[:4]), int(period[-1])
        idx = (y - years) * 4 + (q - 1) - quarters
        return f"{idx // 4}-Q{idx % 4 + 1}"
    parts = period.split("-")
    y = int(parts[0]) - years
    if len(parts) == 1:
        return f"{y}"
    m = int(parts[1])
    idx = y * 12 + (m - 1) - months
    if len(parts) == 2:
        return f"{idx // 12}-{idx % 12 + 1:02d}"
    return f"{idx // 12}-{idx % 12 + 1:02d}-{parts[2]}"


def _valid_day(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


#: First words of time expressions that are written in lower case mid-sentence and are
#: capitalised only because they open it ("Last year, exports …", "A year earlier, …",
#: "During the quarter, …"); names (months, weekdays, "Q1") keep their capitals.
_TIME_OPENERS = wordset(
    """
    a between coming current currently during end fiscal for in last next now over past
    previous prior same so that the this today yesterday
    """
)


def _joined_end(rx: re.Pattern[str], sentence: str, end: int) -> int | None:
    """Where a second period joined by "and" to the one ending at ``end`` ends ("May[ and
    June]", "this year[ and next]"), or None."""
    m = rx.match(sentence, end) if "and" in sentence[end : end + 8] else None
    return m.end() if m is not None else None


def _lower_opening(sentence: str) -> str:
    """``sentence`` with its first letter in lower case when it opens a time expression
    (the same length, so offsets are unchanged)."""
    word = sentence.partition(" ")[0]
    bare = word.lstrip("\"“‘'(")
    if not bare[:1].isupper() or bare.rstrip(",").lower() not in _TIME_OPENERS:
        return sentence
    at = len(word) - len(bare)
    return sentence[:at] + sentence[at].lower() + sentence[at + 1 :]


#: A comparative before "over": "up 5% over", "higher over", "more over".
_COMPARATIVE_OVER_RE = re.compile(
    r"(?:\b(?:up|down|higher|lower|more|less|rise|increase|gain|drop|fall)|%)\s+over\s*$", re.I
)


def time_expressions(sentence: str, published_on: date | str | None) -> list[TimeExpr]:
    """All time expressions in ``sentence``, in order, resolved against ``published_on``.

    Without a publication date, relative expressions resolve to None.
    """
    pub = as_date(published_on)
    # (read as if mid-sentence: "Last year, …" is "last year")
    sentence = _lower_opening(sentence)
    out: list[TimeExpr] = []
    anchor: str | None = None
    ref_anchor: str | None = None  # the last period named, not a weekday's date
    # (their readings in a plan: "will rise to 50% on 1 August … on the same date")
    anchor_future: str | None = None
    anchor_end = 0
    between_at: int | None = None
    end = 0
    for m in time_matches(sentence):
        if m.start("time") < end:
            continue  # (read with the month before it: "in December last year")
        g = m  # m["name"]: no dict of all 47 groups per match (groupdict costs 2 µs)
        text = m.group("time")
        start, end = m.span("time")
        kind: Kind = "point"
        period: str | None = None
        future: str | None = None
        ahead: str | None = None
        # (each branch reads the groups of its own alternatives, so one at most holds: the
        # commonest come first, as every test is a group lookup)
        if g["rel"]:
            rel = _SPACES_RE.sub(" ", fold(g["rel"]))
            if (joined := _joined_end(_AND_NEXT_RE, sentence, end)) is not None:
                # "this year and next": two periods, no period of ours
                kind, end, text = "block", joined, sentence[start:joined]
            elif anchor is None and _SAME_PERIOD_RE.search(sentence, max(0, start - 30), start):
                kind = "block"  # "in the same period a year earlier", the period unstated
            elif (
                anchor is None
                and out
                and out[-1].kind == "block"
                # (a span of years or a season, not "now": "costs $5 now, up from $4 a year
                # earlier" dates the base)
                and _YEAR_IN_RE.search(out[-1].text) is not None
                and rel
                in ("a year earlier", "a year before", "the previous year", "the prior year")
            ):
                kind = "block"  # "31 million tonnes in the 2024/25 season from 29 million a
                # year earlier": a year before a span is no period of ours
            elif rel == "today" and not _TODAY_EVENT_RE.search(sentence, max(0, start - 80), start):
                # "from about 1.6 gigawatts today", "the 30,000 a year its plant fills today": a
                # state now, as "now" is (an event's day is told in the past: "were
                # designated today", "Today the Treasury designated …")
                kind = "block"
            elif pub is not None:
                period = _relative(
                    rel,
                    pub,
                    # (ten years back from the last period named, at a year's grain, not from
                    # the day of a statement)
                    anchor
                    if "decade" not in rel and not rel.startswith(("ten ", "10 "))
                    else (ref_anchor[:4] if ref_anchor is not None else None),
                )
        elif g["year"]:
            period = g["year"]
            if _ATTRIBUTIVE_YEAR_RE.match(sentence, m.end()) and _ARTICLE_BEFORE_RE.search(
                sentence[max(0, start - 12) : start]
            ):
                kind = "compare"  # "a 2019 law": the year of something else, not of a figure
            elif ("matur" in sentence or " due " in sentence) and _MATURITY_BEFORE_RE.search(
                sentence, max(0, start - 40), start
            ):
                kind = "compare"  # "$1.3bn of Eurobonds due 2037": when the debt is repaid
            elif (
                start > 2
                and sentence[start - 1] == " "
                and sentence[start - 2].islower()
                and (mname := _NAME_BEFORE_YEAR_RE.search(sentence, max(0, start - 30), start))
                and mname.group(1) not in _CAPITALISED_PREPOSITIONS
            ):
                kind = "block"  # "Vision 2030", "Made in China 2025": a name, not a time
        elif g["mo"]:
            pre = g["mo_pre"].lower().split(maxsplit=1)[0]  # "in" of "in mid-"
            mo = _month_num(g["mo"])
            if (" due " in sentence or "matur" in sentence) and _MATURITY_BEFORE_RE.search(
                sentence, max(0, start - 40), start
            ):
                # "to refinance a bond falling due in June": when a debt is repaid
                kind = "compare"
            elif pre in ("since", "through"):
                # "since mid-January", "needs $412m … through December": a span, not a month
                kind = "block"
                if "year" in sentence and (rel_year := _REL_YEAR_RE.match(sentence, end)):
                    # ("since September last year": its year is the span's too)
                    end = rel_year.end()
                    text = sentence[start:end]
            elif (joined := _joined_end(_AND_MONTH_RE, sentence, end)) is not None:
                # "for May and June": two months, no period of ours
                kind, end, text = "block", joined, sentence[start:joined]
            elif pre == "from" and _SPAN_TO_RE.match(sentence, m.end()):
                kind = "block"  # "from mid-February to the end of June": a span
            elif pre == "from" and _MATERIAL_FROM_RE.search(sentence, max(0, start - 25), start):
                # "Satellite images from March show 11 furnaces": the material's month
                period = resolve_month(mo, pub) if pub is not None else None
            elif pre == "from":
                kind = "compare"  # a base ("up from May"), or when a plan starts (periods.py)
                period = resolve_month(mo, pub) if pub is not None else None
                if pub is not None:
                    # when a plan starts "from January" (read in October: next January)
                    future = next_month(mo, pub)
            elif pub is not None and (
                rel_year := _REL_YEAR_RE.match(sentence, end) if "year" in sentence else None
            ):
                # "in December last year": the month in that year, one time expression
                shift = {"last": -1, "this": 0, "next": 1}[fold(rel_year.group(1))]
                period = f"{pub.year + shift}-{mo:02d}"
                end = rel_year.end()
                text = sentence[start:end]
            elif pub is not None:
                period = resolve_month(mo, pub, future=pre in ("by", "until", "till"))
                future = resolve_month(mo, pub, future=True)
                if pub.month - mo >= 3:
                    # (not last month or the one before: a forecast of data still to come
                    # out, "expect inflation of 2.4% in May" read in June, is this May's)
                    ahead = next_month(mo, pub)
        elif g["wd"]:
            pre = (g["wd_pre"] or "").strip().lower()
            if pre in ("next", "since", "this") or pub is None:
                kind = "block"
            else:
                target = WEEKDAYS.index(fold(g["wd"]))
                back = (pub.weekday() - target) % 7
                if pre == "last" and back == 0:
                    back = 7
                period = (pub - timedelta(days=back)).isoformat()
        elif g["iso"]:
            period = g["iso"]
        elif g["dmy_d"] or g["mdy_d"]:
            d = int(g["dmy_d"] or g["mdy_d"])
            mo = _month_num(g["dmy_m"] or g["mdy_m"])
            y_s = g["dmy_y"] or g["mdy_y"]
            if y_s:
                period = _valid_day(int(y_s), mo, d)
            elif pub is not None:
                y = pub.year if (mo, d) <= (pub.month, pub.day) else pub.year - 1
                period = _valid_day(y, mo, d)
                # (a plan's day: the next such day, "on 1 January" read in October; but a
                # day of the month before, "from April 3" read on April 10, is this year's:
                # a start just gone by, not one a year away)
                future = _valid_day(pub.year + ((mo, d) < (pub.month, pub.day)), mo, d)
                if (
                    period is not None
                    and future != period
                    and 0 <= (pub - date.fromisoformat(period)).days <= 31
                ):
                    future = period
        elif g["mm_a"] or g["mb_a"]:
            a = _month_num(g["mm_a"] or g["mb_a"])
            b = _month_num(g["mm_b"] or g["mb_b"])
            if g["mb_y"]:
                # "between January and March 2024": that quarter, or that year's part
                period = (
                    f"{g['mb_y']}-Q{_quarter_of(a)}"
                    if b - a == 2 and a % 3 == 1
                    else g["mb_y"]
                    if a == 1 and a < b  # (the year to date, as "January-May" is)
                    else None
                )
                if period is None:
                    kind = "block"
            elif b - a == 2 and a % 3 == 1 and pub is not None:
                # three months that make a calendar quarter: "July–September", "the
                # April–June quarter"
                period = _resolve_quarter(_quarter_of(a), pub)
                future = _resolve_quarter(_quarter_of(a), pub, future=True)
            elif a == 1 and b < 12 and pub is not None:
                # "January-May": the year to date, read as "the first five months" is
                period = str(pub.year - (1 if b >= pub.month else 0))
            else:
                kind = "block"
        elif g["qe_m"] or g["qm_m"]:
            # "the quarter ending March", "the March quarter": the quarter holding the month
            mo = _month_num(g["qe_m"] or g["qm_m"])
            y_s = g["qe_y"] or g["qm_y"]
            if mo % 3 and "months" in text:
                kind = "block"  # "the three months to January": a rolling span, no quarter
            elif y_s:
                period = f"{y_s}-Q{_quarter_of(mo)}"
            elif pub is not None:
                period = f"{resolve_month(mo, pub)[:4]}-Q{_quarter_of(mo)}"
                # (a forecast "for the June quarter" read in April: this year's)
                future = f"{resolve_month(mo, pub, future=True)[:4]}-Q{_quarter_of(mo)}"
        elif g["ye_m"]:
            # a financial year is read by the year it ends in (a plan's: the next such end)
            if g["ye_y"]:
                period = g["ye_y"]
            elif pub is not None:
                mo = _month_num(g["ye_m"])
                period = resolve_month(mo, pub)[:4]
                # (a forecast for "the year to March" read in November is for next March's)
                future = next_month(mo, pub)[:4]
        elif g["sm_m"]:
            mo = _month_num(g["sm_m"])
            if mo < (9 if text[4:8].lower() == "nine" else 6):
                kind = "block"  # "the six months to March": across two years, none of ours
            elif g["sm_y"]:
                period = g["sm_y"]
            elif pub is not None:
                period = resolve_month(mo, pub)[:4]
                future = next_month(mo, pub)[:4]
        elif g["tm_m"]:
            if pub is not None:
                period = resolve_month(_month_num(g["tm_m"]), pub)
        elif g["qo"] or g["qn"]:
            q = ORDINAL_Q[fold(g["qo"])] if g["qo"] else int(g["qn"])
            y_s = g["qo_y"] or g["qn_y"] or (g["qn_yy"] and "20" + g["qn_yy"])
            if not y_s and sentence.endswith(("fiscal ", "Fiscal "), 0, start):
                # "its fiscal third quarter", "fiscal second-quarter revenue": a company's own
                # quarter, no calendar one (its end, when named after it, dates it: "for the
                # three months ended December 31")
                continue
            if y_s:
                period = f"{y_s}-Q{q}"
            elif g["qo_rel"]:
                # "the fourth quarter of last year"
                if pub is not None:
                    shift = {"last": -1, "this": 0, "next": 1}[fold(g["qo_rel"])]
                    period = f"{pub.year + shift}-Q{q}"
            elif pub is not None:
                period = _resolve_quarter(q, pub)
                # (a quarter as a noun's adjective, "third-quarter revenue", names results)
                future = _resolve_quarter(q, pub, future=True, results="-" in text)
        elif g["cq_q"]:
            period = f"20{g['cq_yy']}-Q{g['cq_q']}"
        elif g["ch_h"]:
            # a half-year is read by its year (as "the first half" is)
            if g["ch_yy"]:
                period = "20" + g["ch_yy"]
            elif pub is not None:
                period = str(pub.year - (1 if g["ch_h"] == "2" and pub.month < 7 else 0))
                future = str(pub.year)
        elif g["yq_y"]:
            period = f"{g['yq_y']}-Q{g['yq_q']}"
        elif g["my_m"]:
            period = f"{g['my_y']}-{_month_num(g['my_m']):02d}"
        elif g["nm"]:
            if pub is not None:
                mo = _month_num(g["nm"])
                period = f"{pub.year + (mo <= pub.month):04d}-{mo:02d}"
        elif g["decade"] or g["span_a"] or g["span_c"] or g["span_e"]:
            kind = "block"
        elif g["fy"] or g["fy3"]:
            period = g["fy"] or g["fy3"]
        elif g["fy2"]:
            period = "20" + g["fy2"]
        elif g["hm_m"]:
            mo = _month_num(g["hm_m"])
            if g["hm_y"]:
                period = f"{g['hm_y']}-{mo:02d}"
            elif pub is not None:
                period = resolve_month(mo, pub)
        elif g["days"]:
            kind = "block"
            if sentence.endswith(_WEEK_BASE_ENDS, 0, start) and _COMPARE_PREFIX_RE.search(
                sentence, max(0, start - 30), start
            ):
                # "up 38% on the previous week": a base, not a span that blocks the figure
                # from the period named before it ("in the week ending 13 October")
                kind = "compare"
        elif g["ytd"]:
            # (no period format for part of a year: its year, as for "so far this year")
            if g["ytd_y"]:
                period = g["ytd_y"]
            elif pub is not None:
                n = int(parse_number(g["ytd_n"])) * (3 if g["ytd_unit"] == "quarters" else 1)
                period = str(pub.year - (1 if g["ytd_last"] or n >= pub.month else 0))
        elif g["half"]:
            # a half-year has no period format: its year ("the second half" read before July
            # is last year's, or this year's in a plan)
            if g["half_y"]:
                period = g["half_y"]
            elif g["half_rel"] and pub is not None:
                # "the first half of next year": that year's
                period = str(pub.year + {"last": -1, "this": 0, "next": 1}[g["half_rel"]])
            elif pub is not None:
                second = "2" in g["half"] or "second" in g["half"].lower()
                period = str(pub.year - (1 if second and pub.month < 7 else 0))
                future = str(pub.year)
        elif g["qell"]:
            if anchor is not None and anchor[4:6] == "-Q":
                # (the latest such quarter up to the one named when it is a base: "the
                # fourth" after Q1, "after 480,000 in the fourth", is the year before's; a
                # quarter coordinated after it is that year's: "3% in the first quarter and 5%
                # in the second")
                q, year, named = ORDINAL_Q[fold(g["qell"])], int(anchor[:4]), int(anchor[6])
                looks_back = (
                    q > named and _LOOK_BACK_GAP_RE.search(sentence, anchor_end, start) is not None
                )
                period = f"{year - 1 if looks_back else year}-Q{q}"
            else:
                kind = "block"  # "the first", with no quarter before it: no period
        elif g["full"]:
            # "full-year": the financial year reported on; early in a year, the last one
            if pub is not None:
                period = str(pub.year if pub.month > 3 else pub.year - 1)
                future = str(pub.year)
        elif g["ref"]:
            base = at_grain(
                ref_anchor if "date" not in text and "day" not in text else anchor, text
            )
            if g["ref_y"]:
                # "the same period of 2023": the period named before, in that year
                period = g["ref_y"] + base[4:] if base is not None else g["ref_y"]
            elif g["ref_back"]:
                if base is not None:
                    period = _shift(base, years=1)  # "the same quarter last year"
                else:
                    kind = "refer"  # (a year before the period of the sentence before)
            elif base is not None:
                period = base
                if "date" in text or "day" in text:
                    # "… on 1 August, and … on the same date": read as that day is read (a
                    # plan's next August); "for the year" after a quarter gone by is its year
                    future = anchor_future
            else:
                kind = "refer"  # "over the same period": the period of the sentence before
                if pub is not None and text.endswith("year"):
                    # (with none named before, a forecast "for the year" is for this one)
                    future = str(pub.year)
        elif g["mo_adj"] or g["mo_pos"] or g["mo_meas"]:
            if pub is not None:
                mo = _month_num(g["mo_adj"] or g["mo_pos"] or g["mo_meas"])
                period = resolve_month(mo, pub)
                future = resolve_month(mo, pub, future=True)
        else:
            kind = "block"
        if kind != "block":  # (the words before a block leave it one: no need to read them)
            before = sentence[max(0, start - 30) : start]
            # quick tests first: the prefix patterns are case-insensitive and slow to scan
            odd = has_odd_case(before)
            tail = before.rstrip().lower()
            # (a span's event reads further back: "since the sanctions took effect [in March]")
            since = (
                (
                    odd
                    or (
                        len(tail) < len(before)
                        and _SINCE_STEMS_RE.search(sentence[max(0, start - 60) : start].lower())
                    )
                )
                and _SINCE_PREFIX_RE.search(sentence, max(0, start - 60), start)
            ) or None
            if since is not None and _UNTIL_END_RE.search(before + text[:11]):
                since = None  # "until the end of the year": a period, like "by the end of 2025"
            if (
                since is not None
                or text.lower().startswith("since")
                or (
                    tail.endswith(
                        ("on", "starting", "starts", "started", "begins", "began", "from")
                    )
                    and "year" in tail
                    and _FISCAL_START_RE.search(sentence, max(0, start - 45), start)
                )
                or _RECURRING_RE.match(sentence, end)
                # "ordered 12 vessels for delivery by 2029": when an order arrives, not its time
                or ("delivery" in before and _DELIVERY_BEFORE_RE.search(before))
                or (
                    tail.endswith(("to", "the", "until", "till", "through"))
                    and _SPAN_END_RE.search(sentence[max(0, start - 50) : start])
                )
                or (
                    tail.endswith(("to", "ending", "ended", "through"))
                    and _WEEKS_TO_RE.search(sentence, max(0, start - 40), start)
                )
            ):
                kind = "block"
            elif (
                kind in ("point", "refer")
                and (odd or (len(tail) < len(before) and tail.endswith(_COMPARE_ENDS)))
                and (
                    _COMPARE_PREFIX_RE.search(before)
                    if odd
                    else _COMPARE_PREFIX_LOWER_RE.search(before.lower())
                )
                # ("grew 4.8% over 2024 as a whole": during it, not against it)
                and not sentence.startswith(" as a whole", end)
                # (nor "over the first eight months of the year": a part of a year is a time
                # to count over, not a base, unless a comparative says so: "up 5% over …")
                and not (
                    g["ytd"] and tail.endswith("over") and not _COMPARATIVE_OVER_RE.search(before)
                )
            ):
                low = text.lower()
                on_only = before.rstrip().lower().endswith(" on") or before.rstrip().lower() == "on"
                if g["ref"]:
                    # "from the same quarter last year" and "than in the same month a year
                    # earlier" compare; "on the same date last year", "over the same period" date
                    # ("up 8% on the same period last year": a change on its base)
                    if (
                        not (on_only or tail.endswith(("over", "in", "during")))
                        or _THAN_IN_RE.search(before)
                        or (on_only and _CHANGE_ON_RE.search(before))
                    ):
                        kind = "compare"
                elif (
                    not on_only
                    or g["rel"]
                    or low.startswith("the ")
                    # a change on a year: "up 1,200% on 2021" (a level on a day is dated by it)
                    or (g["year"] and _CHANGE_ON_RE.search(before))
                ):
                    kind = "compare"
        if kind == "point" and period is None:
            kind = "block"
        if (
            kind == "point"
            and g["year"]
            and sentence.startswith(" level", end)
            and _LEVEL_BASE_RE.match(sentence, end)
            and _LEVEL_BASE_BEFORE_RE.search(sentence, max(0, start - 20), start)
        ):
            kind = "compare"  # "95% of 2019 levels", "back to 2019 levels": a base
        if (
            kind == "point"
            and "th of " in sentence
            and _PART_NAMED_BEFORE_RE.search(sentence, max(0, start - 40), start)
        ):
            kind = "compare"  # "in October, the first month of fiscal 2026": the year the
            # month named before falls in, not a period of the figures after it
        if kind == "block":
            period = future = None
        if (
            between_at is not None
            and between_at == len(out) - 1
            and AND_GAP_RE.fullmatch(sentence, out[-1].end, start)
        ):
            # "between 1 October and 8 February": a span, no period for either end
            first = out[-1]
            out[-1] = TimeExpr(first.start, first.end, first.text, "block", None, None)
            kind, period, future = "block", None, None
        if (
            g["year"]
            and out
            and out[-1].text.isdigit()
            and AND_GAP_RE.fullmatch(sentence, out[-1].end, start)
        ):
            # "covering 2026 and 2027": a multi-year span, no period for either year
            first = out[-1]
            out[-1] = TimeExpr(first.start, first.end, first.text, "block", None, None)
            kind, period, future = "block", None, None
        between_at = None
        if (
            kind == "point"
            # (re.IGNORECASE equates no other character with a letter of "between")
            and "between" in sentence[max(0, start - 9) : start].lower()
            and BETWEEN_END_RE.search(sentence, max(0, start - 9), start)
        ):
            between_at = len(out)  # one end of a span, perhaps: no anchor for "a year earlier"
        elif (
            kind == "point" and period is not None and not (g["rel"] and LOOKS_BACK_RE.search(text))
        ):
            # (a base's period, "the previous quarter", is no anchor for the next: "$1.3bn in
            # the first quarter, up from $900m the previous quarter and $140m a year earlier"
            # counts both back from the first quarter; nor is it what "the same period" means)
            if anchor is not None and _is_base_time(sentence, anchor_end, start):
                pass  # "in September, compared with 4.4 million in August and 5.1 million a
                # year earlier": a base's time; what follows still counts from September
            elif (
                g["wd"]
                and anchor is not None
                and _SAID_BEFORE_RE.search(sentence, max(0, start - 30), start)
            ):
                pass  # "rose to 123.2 million by the end of last year, UNHCR said on
                # Thursday, up from 117.3 million a year earlier": the day of the statement
                # dates nothing, and what follows counts from last year
            else:
                anchor, anchor_future, anchor_end = period, future or period, end
                if not g["wd"]:
                    ref_anchor = period
        if kind == "block":
            ahead = None
        out.append(
            TimeExpr(
                start,
                end,
                text,
                kind,
                period,
                future or period,
                ahead if ahead != (future or period) else None,
            )
        )
    return out


#: A base of comparison up to its time, after the period already named: "in September[ from
#: 2.9% in ]August", "[, compared with 4.4 million tonnes in ]August", "in Q3[ from ]Q2".
_BASE_GAP_RE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+"
    # (the base's noun first: "compared with a loss of €60m in", "from an average of 4.9
    # million in")
    r"(?:(?:(?:a|an)\s+(?:[a-z-]+\s+){1,2}?of\s+)?"
    r"(?:(?:a|an|the|its|their|about|some|around|roughly|nearly|almost|just|only|over"
    r"|under)\s+)*(?:[$€£¥]?\d|(?:two|three|four|five|six|seven|eight|nine|ten)\s)"
    r"(?:[^,;:()]|,(?=\d)){0,30})?$"
)


#: A year's level measured against: "95% of 2019 levels", "above its 2019 level".
_LEVEL_BASE_RE = re.compile(r" levels?\b")
_LEVEL_BASE_BEFORE_RE = re.compile(
    r"\b(?:of|on|to|at|above|below|from|than|with|near|over|under|versus|beyond)\s+"
    r"(?:(?:its|their|the|pre-pandemic)\s+)?$"
)
#: Material that a month "from" dates: "Satellite images from March", "data from April".
_MATERIAL_FROM_RE = re.compile(
    r"\b(?:images|imagery|photos|photographs|pictures|footage|data|figures|statistics|records)"
    r"\s+$",
    re.I,
)
#: Before "today", what makes it the day of an event: a past verb in its clause, or nothing
#: (it opens the sentence).
_TODAY_EVENT_RE = re.compile(
    r"(?:^|\b(?:[a-z]{2,}ed|was|were|had|been|kept|held|set|cut|paid|made|took|put|left|sold"
    r"|bought|won|lost|gave|rose|fell|grew|hit|sent|spent|built|began|struck|shot|saw)\b"
    r"[^,;:()]*)[\s\"“‘'(]*$"
)


#: Between a quarter named and one elided after it, what makes the second a look back.
_LOOK_BACK_GAP_RE = re.compile(
    r"\b(?:from|after|following|compared|against|versus|vs|than|before|previous|prior|earlier"
    r"|had)\b"
)


def _is_base_time(sentence: str, lo: int, start: int) -> bool:
    """Whether the time at ``start`` dates a base of comparison named after the period at
    ``lo`` ("in September from 2.9% in August")."""
    gap = sentence[lo:start]
    # (a quick test: every match holds one of these stems)
    if not any(w in gap for w in ("from", "compared", "against", "vs", "versus")):
        return False
    return _BASE_GAP_RE.search(gap) is not None


#: A relative time looking back from the period named: "a year earlier", "the previous year".
LOOKS_BACK_RE = re.compile(r"\b(?:earlier|ago|before|previous|prior)\b")


def at_grain(anchor: str | None, ref: str) -> str | None:
    """A period named before, cut to the grain a reference asks for: "that month" after
    "15 May" is May; "the same quarter" after "March" is Q1; "that year" the year."""
    if anchor is None:
        return None
    m = _GRAIN_RE.search(ref.lower())
    grain = m.group(0) if m else "period"
    if grain == "month":
        return anchor[:7] if len(anchor) >= 7 and "-Q" not in anchor else None
    if grain == "quarter":
        if "-Q" in anchor:
            return anchor
        return f"{anchor[:4]}-Q{_quarter_of(int(anchor[5:7]))}" if len(anchor) >= 7 else None
    if grain == "year":
        return anchor[:4]
    return anchor


_GRAIN_RE = re.compile(r"period|quarter|month|date|day|year|time")


_YEARS_BACK = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_YEARS_BACK.update({"ten": 10, "10": 10})
_YEARS_BACK_WORDS = (*(f"{n} years " for n in _YEARS_BACK), "a decade ", "one decade ")
_MONTHS_BACK = {"two": 2, "three": 3, "six": 6, "nine": 9}


def _relative(rel: str, pub: date, anchor: str | None) -> str | None:
    y = pub.year
    cur_q = f"{y}-Q{_quarter_of(pub.month)}"
    if rel == "last year":
        return str(y - 1)
    if rel in ("this year", "end of the year", "the end of the year") or rel.endswith(
        ("year-end", "year end", "end-year")
    ):
        return str(y)
    if rel == "next year":
        return str(y + 1)
    if rel.endswith(("months earlier", "months ago")):
        # "three months earlier": from the month or quarter named before, else publication
        n = _MONTHS_BACK[rel.split()[0]]
        if anchor is not None and len(anchor) == 7 and "-Q" not in anchor:
            return _shift(anchor, months=n)
        if anchor is not None and "-Q" in anchor and n % 3 == 0:
            return _shift(anchor, quarters=n // 3)
        return _shift(f"{y}-{pub.month:02d}", months=n)
    if rel.startswith(_YEARS_BACK_WORDS):
        # "two years earlier": from the period named before, else from publication
        n = _YEARS_BACK.get(rel.split()[0], 10)  # ("a decade earlier": ten)
        return _shift(anchor, years=n) if anchor is not None else str(y - n)
    if rel in (
        "a year earlier",
        "a year before",
        "the previous year",
        "the prior year",
        "the year before",
        "a year ago",
    ):
        if anchor is not None:
            return _shift(anchor, years=1)
        return str(y - 1)
    if rel == "this month":
        return f"{y}-{pub.month:02d}"
    if rel in (
        "last month",
        "the previous month",
        "the prior month",
        "a month earlier",
        "a month ago",
    ):
        if anchor is not None and len(anchor) == 7 and rel != "last month":
            return _shift(anchor, months=1)
        return _shift(f"{y}-{pub.month:02d}", months=1)
    if rel == "next month":
        return _shift(f"{y}-{pub.month:02d}", months=-1)
    if rel.endswith("quarter"):
        if rel in ("this quarter", "current quarter", "the current quarter"):
            return cur_q
        if rel == "next quarter":
            return _shift(cur_q, quarters=-1)
        base = anchor if anchor is not None and "-Q" in anchor else cur_q
        return _shift(base, quarters=1)
    if rel == "yesterday":
        return (pub - timedelta(days=1)).isoformat()
    if rel == "today":
        return pub.isoformat()  # "nine entities were designated today"
    return None


# --------------------------------------------------------------------------- rates

_RATE_RE = re.compile(
    r"(?=[paeydmwq])"  # the first letters of the alternatives: a cheap filter
    r"(?:\bper\s+(?:(?P<p1>year|annum|month|week|day|quarter|hour))\b"
    r"|\b(?:a|an|each|every)\s+(?P<p2>year|month|week|day|quarter)\b(?!\s+(?:earlier|ago|later|prior|previously|in\s+advance|before\s+that"
    r"|before\s*(?:[,.;)]|$)))"
    r"|\b(?P<p3>annually|yearly|monthly|weekly|daily|quarterly)\b"
    r"|\ba\s+(?P<p4>year)(?=\s*[,.])"
    r")",
    re.I,
)
#: _RATE_RE for the lower-cased text (see _COMPARE_PREFIX_LOWER_RE).
_RATE_LOWER_RE = re.compile(_RATE_RE.pattern)
_RATE_ADJ_RE = re.compile(
    r"\b(?P<adj>annuali[sz]ed|annual|yearly|monthly|weekly|daily|quarterly)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:output|production|rate|inflation|pay|salary|salaries|wage|wages|growth|spending|budget"
    r"|revenue|revenues|sales|exports|imports|capacity|deliveries|shipments|income|rents?|costs?"
    r"|dividends?|payouts?|purchases|vouchers|rations|benefits?|stipends?|pensions?"
    r"|total|volume|consumption|demand|supply|emissions|profit|turnover|payments?|deficit"
    r"|average|earnings|allowance|subsidy|fee|fees|contribution|contributions|throughput|flows?"
    r"|increase|decline|loss|losses|intake|quota|limit|cap|target"
    # traffic counted by the period: "weekly container-ship transits"
    r"|transits|crossings|arrivals|departures|sailings|flights|calls|visits)\b",
    re.I,
)


def stems_re(alternatives: str) -> re.Pattern[str]:
    """A quick-test pattern for "does any of these stems occur": the ``|``-separated
    alternatives grouped by first character (see :func:`alternation`)."""
    return re.compile(alternation(alternatives.split("|")))


#: Quick tests on lower-cased text: a word every _RATE_RE (_RATE_ADJ_RE) match contains.
_RATE_WORDS_RE = stems_re("year|annum|month|week|day|quarter|hour|annual|daily")
_RATE_ADJ_WORDS_RE = stems_re("annual|yearly|monthly|weekly|daily|quarterly")
#: "in a week", "over a month", "within a day", "held it there for a year": a duration,
#: not a rate.
_DURATION_BEFORE_RE = re.compile(r"\b(?:in|over|within|for|than)\s*$")
_RATE_MAP: dict[str, Per] = {
    "year": "year",
    "annum": "year",
    "annually": "year",
    "yearly": "year",
    "annual": "year",
    "annualised": "year",
    "annualized": "year",
    "month": "month",
    "monthly": "month",
    "week": "week",
    "weekly": "week",
    "day": "day",
    "daily": "day",
    "quarter": "quarter",
    "quarterly": "quarter",
}
_RATE_CUT_RE = re.compile(r",\s|;|\s(?:while|whereas|but)\s")
_NONSPACE_RE = re.compile(r"\S+")
_YOY_RE = re.compile(r"\byear[\s-]on[\s-]year\b|\byear[\s-]over[\s-]year\b", re.I)


#: What a percent is a rate of when a rate adjective names it ("annual inflation of 3%",
#: "monthly growth of 0.4%"); of any other measure ("weekly earnings rose 5.7%", "annual
#: output fell 3%") the percent is a change, not a rate.
_PERCENT_RATE_NOUNS = frozenset(("rate", "inflation", "growth", "increase", "decline"))


#: A base of comparison set off by a comma, right before its figure: ", down from ".
_BASE_AFTER_COMMA_RE = re.compile(
    r",\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus)\s+(?:an?\s+|the\s+)?$"
)


def _adjective_rate(m: re.Match[str], percent: bool) -> Per | None:
    if percent and m.group(0).rsplit(None, 1)[-1].lower() not in _PERCENT_RATE_NOUNS:
        return None
    return _RATE_MAP.get(fold(m.group("adj")))


def rate_period(after: str, before: str, percent: bool = False) -> Per | None:
    """The rate period of a number from the words after it ("a year", "daily", "per month")
    or an adjective shortly before it ("annual output of ... 650"; for a ``percent``, only
    of a rate: "annual inflation of 3%", not "weekly earnings rose 5.7%").

    "year on year" and "a year earlier" are comparisons, not rates.

    >>> rate_period(" barrels a day in January", ""), rate_period(" tonnes", "monthly pay of")
    ('day', 'month')
    """
    low = after.lower()
    odd = has_odd_case(after)
    if _RATE_WORDS_RE.search(low) or odd:
        cut = _RATE_CUT_RE.search(after)
        if cut:
            after, low = after[: cut.start()], low[: cut.start()]
    else:
        after = ""  # no period word: _RATE_RE cannot match (a quick test before the scan)
    # (the groups are read folded, so the lower-cased twin gives the same words)
    for m in (_RATE_RE.finditer(after) if odd else _RATE_LOWER_RE.finditer(low)) if after else ():
        if _YOY_RE.search(after[max(0, m.start() - 2) : m.end() + 8]):
            continue
        if _DURATION_BEFORE_RE.search(after, 0, m.start()):
            continue  # "dropped 7% in a week": how long the change took, not a rate
        if m.group("p3") and _RATE_ADJ_RE.match(after, m.start()):
            continue  # "to 0.25% … and cut its monthly bond purchases": another measure's
        word = fold(m.group("p1") or m.group("p2") or m.group("p3") or m.group("p4"))
        return _RATE_MAP.get(word)
    low = before.lower()
    # (every rate adjective but "annual" ends in "ly": a quicker test first)
    adjective = ("ly" in low or "annual" in low) and _RATE_ADJ_WORDS_RE.search(low)
    if not adjective and not has_odd_case(before):
        return None  # no rate adjective at all (the quick test before the word window)
    words = list(_NONSPACE_RE.finditer(before))
    near = before[words[-10].start() :] if len(words) > 10 else before
    adj = list(_RATE_ADJ_RE.finditer(near))
    if adj:
        if "," in near[adj[-1].end() :] and _BASE_AFTER_COMMA_RE.search(near):
            # "…, the lowest monthly total on record, down from 137,473 a year earlier": the
            # adjective described the figure before; the base after the comma has none
            return None
        return _adjective_rate(adj[-1], percent)
    if 10 < len(words) <= 16:
        # a longer subject without a break: "Weekly container-ship transits through the
        # Suez Canal have dropped to 41"
        far = before[words[-16].start() if len(words) >= 16 else 0 :]
        adj = list(_RATE_ADJ_RE.finditer(far))
        if adj and not any(c in far[adj[-1].end() :] for c in ",;:()"):
            return _adjective_rate(adj[-1], percent)
    return None
