"""The period each figure refers to: :func:`assign_periods` within a sentence and
:func:`continued_periods` across sentences.

The extractor finds figures and their time expressions (``indicators.dates``); this module
decides which time expression dates which figure:

* the first time expression after the figure in its clause, bridging "to X by <time>" and
  "to X from Y <time>";
* a day named after the verb dates its whole clause;
* else the nearest one before the figure, unless a clause of another modality intervenes;
* a statement date ("said on Monday"), a running total, a plan's day of decision and a
  comparison base give no period;
* a sentence without time words that continues the report before it takes its period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Protocol

from indicators.claims import Modality, Per, UnitKind
from indicators.dates import LOOKS_BACK_RE, TimeExpr, at_grain, year_before
from indicators.series import period_bounds

__all__ = [
    "AFTER_STOP_RE",
    "CAUSE_PARTICIPLES",
    "CLAUSE_BREAK_RE",
    "Dated",
    "assign_periods",
    "continued_periods",
    "future_is_not_actual",
]


class Dated(Protocol):
    """What period assignment reads and writes on a figure."""

    start: int
    end: int
    noun_end: int
    sent: int
    is_from: bool
    unit: str | None
    unit_kind: UnitKind
    modality: Modality
    per: Per | None
    period: str | None
    source: str | None
    extra: dict[str, str]


#: Past tenses not in "-ed" that end a clause after "and" ("… and kept its forecast").
IRREGULAR_PASTS = "kept|held|set|cut|paid|made|took|put|left|sold|bought|won|lost|gave"

# Both patterns open with one character class, then look behind for which character it
# was: the regex engine then skips in C to the next candidate character, rather than trying
# every position (the matches are those of the plain alternations in the comments).
#: ``[;:]|,\s+(?:and|but|while|whereas|although|though)\b|,\s+[A-Z]``
CLAUSE_BREAK_RE = re.compile(
    r"[;:,](?:(?<=[;:])|(?<=,)\s+(?:(?:and|but|while|whereas|although|though)\b|[A-Z]))"
)
#: ``,\s|;|\s(?:but|…|whose)\s|\suntil\s(?!…end of)|\sand\s+(?:(?:also|…|so)\s+)?(?:it|…|[a-z]+ed|kept|…|gave)\b``
AFTER_STOP_RE = re.compile(
    r"[,;\s](?:(?<=,)\s|(?<=;)"
    r"|(?<=\s)(?:(?:but|while|whereas|which|who|after|before|because|if|under|whose)\s"
    # ("until the end of the year" dates the figure before it, like "by the end of")
    r"|until\s(?!(?:the\s+)?end\s+of\b)"
    r"|and\s+(?:that\s+)?(?:(?:also|then|now|later|so)\s+)?(?:it|its|they|their|he|his|she|her|we|is"
    r"|are|was|were|has|have|had|will|would|could|can|plans?|aims?|expects?|hopes?|wants?"
    r"|forecasts?|projects?|predicts?|sees|said|says"
    rf"|intends?|[a-z]+ed|{IRREGULAR_PASTS})\b))"
)

#: A figure compared with one just reported: "Analysts had expected $2bn."
_COMPARED_RE = re.compile(
    r"\b(?:had\s+(?:expected|forecast|predicted|estimated|pencilled\s+in|called\s+for)|consensus"
    r"|(?:was|were)"
    r"\s+expecting)\b",
    re.I,
)


def continued_periods(
    text: str, sents: Sequence[tuple[int, int, int]], kept: Sequence[Dated]
) -> None:
    """A sentence without any time expression that continues the report before it takes the
    period of the figure it continues: the same measure (unit) credited to the same source
    ("Monthly inflation was 1.5 per cent, the institute added."), or the expectation it is
    compared with ("Analysts had expected SEK 2bn.")."""
    by_sent: dict[int, list[Dated]] = {}
    for q in kept:
        by_sent.setdefault(q.sent, []).append(q)
    for si, qlist in by_sent.items():
        prev = by_sent.get(si - 1)
        if not prev or sents[si - 1][2] != sents[si][2]:
            for qi, q in enumerate(qlist):
                if q.period is None and "refer_ahead" in q.extra:
                    # "raised its forecast for the year to between $48bn and $50bn, from $44bn
                    # previously": this year's, and so is the revised forecast's base
                    q.period = q.extra["refer_ahead"]
                    nxt = qlist[qi + 1] if qi + 1 < len(qlist) else None
                    if (
                        nxt is not None
                        and nxt.is_from
                        and nxt.period is None
                        and nxt.unit == q.unit
                        and nxt.modality == q.modality
                    ):
                        nxt.period = q.period
            continue
        for qi, q in enumerate(qlist):
            if q.extra.get("year_back"):
                # "… totalled £25 billion at the end of September. The total compares with
                # £18.9 billion a year earlier.": a year before the period of the measure
                base = next(
                    (
                        p
                        for p in reversed(prev)
                        if p.unit == q.unit
                        and p.period
                        and not p.is_from
                        and not p.extra.get("year_back")
                    ),
                    None,
                )
                if base is not None and base.period is not None:
                    q.period = year_before(base.period)
                continue
            if q.extra.get("refer") and q.period is None:
                # "… in the second quarter. Over the same period, re-exports rose 12%"
                # at the grain the words ask for: "in the quarter" after "612,000 ounces in
                # the March quarter and … guidance for the year" is the March quarter
                ref = q.extra["refer"]
                named = [
                    (p, g)
                    for p in reversed(prev)
                    # (not a base's: "… 3.5% by 2029, up from 2.1% this year. … by then")
                    if p.period and not p.is_from and (g := at_grain(p.period, ref))
                ]
                # an outcome "in the quarter" is the quarter reported, not one a forecast
                # named since ("reported fourth-quarter revenue … and expected first-quarter
                # sales of …. Gross margin in the quarter narrowed to 57.3%": the fourth)
                q.period = next(
                    (
                        g
                        for p, g in named
                        if q.modality != "actual" or p.modality not in ("planned", "projected")
                    ),
                    named[0][1] if named else q.extra.get("refer_ahead"),
                )
                if q.period is not None and _YEAR_BACK_REF_RE.search(ref):
                    # "… fourth-quarter revenue of $5.8bn. Tallis reported $4.9bn for the same
                    # quarter last year": a year before the period named
                    q.period = year_before(q.period)
                continue
            if q.period is not None or q.is_from:
                continue
            s0 = sents[si][0]
            if (
                qi == 0
                and (q.extra.get("timeless") or q.extra.get("untimed"))
                and text.startswith(("That ", "This ", "It ", "The "), s0)
                and (mre := _RESTATES_BEFORE_RE.match(text, s0, q.start)) is not None
            ):
                # "… $1.3bn in the third quarter. That was 18% more than in the previous
                # quarter.", "That would be about 40% of total spending.": the figure before
                # restated or measured, in its period
                whole = next((p for p in prev if p.period and not p.is_from), None)
                if whole is not None and not (mre.group("lift") and whole.modality == "actual"):
                    # (the level a plan would lift something to is the plan's: "will reach
                    # full output in 2027. That would lift capacity to 1.1 million"; not
                    # after a deed: "ordered 30 jets in March. That would take its fleet to
                    # 210", reached on delivery)
                    q.period = whole.period
                continue
            if (q.extra.get("timeless") or q.extra.get("untimed")) and (
                _PART_OF_THEM_RE.match(text, q.noun_end)
                # "Among them were lathes, some 640 units in all."
                or (text.startswith(("Among ", "Of "), s0) and _AMONG_THEM_RE.match(text, s0))
            ):
                # "Syrians lodged roughly 5,000 of them", "at least 70% of those cargoes": a
                # part of what the sentence before counted, in its period
                whole = next((p for p in reversed(prev) if p.period and not p.is_from), None)
                if whole is not None:
                    q.period = whole.period
                    for later in qlist[qi + 1 :]:
                        if (
                            later.period is None
                            and later.extra.get("untimed")
                            and _CHANGE_OF_IT_RE.search(text, max(0, later.start - 12), later.start)
                        ):
                            later.period = q.period  # "…, down 52% from a year earlier"
                    continue
            if (
                q.extra.get("timeless")
                and q.unit == "percent"
                and q.modality == "actual"
                and _SHARE_OF_WHAT_RE.match(text, q.end)
            ):
                # "… fell to 1.05 million barrels a day last month. Some 94% of the cargoes
                # were carried by shadow-fleet tankers": a share of what the sentence before
                # counted, in its period (not a share of a figure: "14% of the $310 million")
                whole = next(
                    (
                        p
                        for p in reversed(prev)
                        if p.period
                        and not p.is_from
                        and p.modality == "actual"
                        and p.unit_kind in ("count", "physical")
                    ),
                    None,
                )
                if whole is not None:
                    q.period = whole.period
                continue
            if not q.extra.get("timeless"):
                continue
            base = next(
                (p for p in reversed(prev) if p.unit == q.unit and p.period and not p.is_from),
                None,
            )
            if base is None or (q.modality == "capacity" != base.modality):
                continue  # "… 117.5 bcm last year. The plant can handle 84 mcm a day."
            # (credited in its own sentence: "…, the institute added.")
            same_source = (
                base.source is not None and base.source == q.source and "credited" in q.extra
            )
            if (
                same_source
                or _COMPARED_RE.search(text, s0, q.start)
                # the outcome of what was forecast in the sentence before: "Analysts … had
                # forecast second-quarter net income of $812m. The insurer instead reported
                # $745m."
                or (
                    base.modality == "projected"
                    and q.modality == "actual"
                    and _COMPARED_RE.search(text, sents[si - 1][0], base.start)
                )
            ):
                q.period = base.period


#: A base of comparison right before its figure: ", compared with about ".
_COMPARED_WITH_RE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:about|around|some|roughly"
    r"|nearly|almost|just|more"
    r"|less|fewer|than|over|under)\s+){0,2}$"
)
#: Units of a rate read at a date ("annual inflation eased to 2.8% in February").
_RATE_UNITS = ("percent", "percentage_point", "basis_point")
#: A year counted back, from the period named before it or else from publication.
_YEAR_BACK_WORDS = frozenset(
    ("a year earlier", "a year ago", "a year before", "the previous year", "the year before",
     "the prior year")
)  # fmt: skip
#: A part of what was counted before: "5,000 of them", "70% of those cargoes".
#: A change restating the figure before it: "…, down 52% from a year earlier".
_CHANGE_OF_IT_RE = re.compile(r",\s+(?:up|down)\s+(?:by\s+)?$")
#: What opens a sentence that restates or measures the figure before: "That was", "This
#: would be", "It represents" (up to the figure, with no time or figure of its own between).
_RESTATES_BEFORE_RE = re.compile(
    r"(?:(?:That|This|It)\s+(?:was|is|would\s+be|will\s+be|represents|represented|marks|marked"
    r"|amounts\s+to|amounted\s+to|equals|equalled|equaled|means|meant"
    # a total the figure before brought about: "That took the total to"
    r"|(?:took|brought|lifted|raised|pushed)\s+(?:the|its|their)\s+(?:total|tally|count)\s+to"
    # or the level a plan before would reach: "That would lift group capacity to"
    r"|(?P<lift>would|will)\s+(?:lift|raise|take|bring|push|boost)\s+(?:(?:the|its|their)\s+)?"
    r"(?:[a-z'’-]+\s+){0,2}?(?:total|tally|count|capacity|output|production|fleet|spending)"
    r"\s+to)"
    # or what it is made of: "The figure included"
    r"|The\s+(?:figure|total|tally)\s+(?:included|includes|comprised|comprises))\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|less\s+than|up\s+to"
    r"|an\s+estimated|just\s+over|just\s+under)\s+)?$"
)
#: A part of a whole named by a word, before the whole's figure: "the last of its ", "the
#: rest of the ".
_PART_WORD_OF_RE = re.compile(
    r"\bthe\s+(?:last|rest|remainder|bulk|majority|first)\s+of\s+(?:its|their|the)\s+"
    r"(?:(?:remaining|existing|current|other)\s+)?$"
)
#: A reference to the period named before, a year back: "the same quarter last year".
_YEAR_BACK_REF_RE = re.compile(r"\b(?:last\s+(?:year|season)|a\s+year\s+(?:earlier|ago|before))$")
#: The level a change reached, set off after its time: ", to around ", ", to a record ".
_LEVEL_AFTER_TIME_RE = re.compile(
    r",\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|under|more\s+than"
    r"|less\s+than|an\s+estimated|a\s+(?:fresh\s+|new\s+)?record(?:\s+of)?)\s+)*"
)
#: A share of something named, right after a percent: " of the cargoes", " of infections",
#: " of the market" (not of a figure: " of the $310 million", " of its 2024 level").
_SHARE_OF_WHAT_RE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|all)\s+)?(?!(?:the|its|their|all|GDP|total|[a-z]+ed)\b)[a-z]"
    # (or a share named so: "regained the top spot with a 20.8% share")
    r"|\s+(?:market\s+)?share\b"
)
#: A sentence counting among what the one before counted: "Among them were", "Of those,".
_AMONG_THEM_RE = re.compile(r"(?:Among|Of)\s+(?:them|these|those)\b")
_PART_OF_THEM_RE = re.compile(
    r"\s+of\s+(?:them|those|these|that(?=\s*[,.;]|\s+(?:total|amount|sum|figure|volume)\b))\b"
)
_BRIDGE_RE = re.compile(
    # (not across a report of another clause: "rose 4% in Germany and the ECB said inflation
    # would ease to 2% next year")
    r"^(?![\s\w'’-]*?\b(?:said|says|told|expects?|expected|estimates?|forecasts?)\b)"
    # (past "y/y", "m/m": "rose 12% y/y to $4.1bn in Q3")
    r"[\s\w'’/-]*?\bto(?:\s+(?:a|an)\s+(?:(?:fresh|new|all-time)\s+)?(?:record|high|low)"
    r"(?:\s+(?:high|low))?(?:\s+of)?"
    # (or a level named by its kind: "rose 12% to an annual rate of 264,500 units in June")
    r"|\s+(?:a|an)\s+(?:(?:seasonally\s+adjusted\s+)?annual(?:i[sz]ed)?\s+(?:rate|pace)|average"
    r"|level|total)\s+of)?\s*$"
    # a change and the level it closed at: "settled down 1.8% at $81.92 on Monday"
    r"|^\s+at\s*$"
    # a target and its band: "targets 7% plus or minus two percentage points by the fourth
    # quarter of 2026"
    r"|^\s+plus\s+or\s+minus\s+$"
    # the same amount converted, in brackets: "lost 415 billion crowns ($40 billion) in the
    # first quarter"
    r"|^\s*\(\s*$"
    # a price or worth and the count it pays for: "worth 4.1 trillion won for 14 carriers in
    # April–June", "paid €560m for 48 howitzers last year"
    r"|^\s+(?:(?:deal|contract|order|agreement|package)\s+)?for\s+(?:up\s+to\s+|some\s+|about\s+"
    r"|nearly\s+|almost\s+|more\s+than\s+)?$"
    # a count and its worth: "approved the sale of 48 F-16 fighters to Turkey worth $23
    # billion in January"
    r"|^(?:\s+(?:to|for|from)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)?,?\s+(?:worth|valued\s+at)"
    r"\s+(?:up\s+to\s+|some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|an\s+estimated\s+)?$"
    # a purpose: "appealing for $908m to assist 3.9 million people this year"
    r"|^\s+to\s+(?:keep\s+)?(?:help|assist|feed|feeding|support|reach|house|cover|fund|buy|hire"
    r"|train|shelter|supply|serve|vaccinate|treat|protect|resettle)\s+(?:up\s+to\s+|some\s+"
    r"|about\s+|nearly\s+|almost\s+|more\s+than\s+)?$"
)
#: Verbs of a state something is in, in the present ("employs", "holds"), not an act.
_STATE_VERBS = r"(?:export|produce|employ|hold|own|operate|account|make|control)s?"
#: A forecast's verb right before a day or month: "the 100 million tonnes forecast in
#: January", "the 2.1% it projected last month" (when the forecast was made).
_FORECAST_MADE_RE = re.compile(
    r"\b(?:forecast|forecasted|predicted|projected|estimated|pencilled\s+in|penciled\s+in"
    # (when a target was set: "up from a 5.1% target set in June")
    r"|(?:target|goal)\s+set)\s+$"
)
_NONE_RESTATED: dict[int, int] = {}  # (shared, never written: most sentences have none)
#: A restatement of a figure set off by commas: ", or about 8% of its workforce, ", ", or
#: a third of its fleet, " (up to the next word).
_RESTATEMENT_RE = re.compile(r",\s+or\s+(?:[^,;:()]|(?<=\d),(?=\d)){1,60}?,\s+")
#: What may open a time after a restatement: "in ", "by the end of ".
_TIME_PREPOSITION_RE = re.compile(
    # ("by the [end of March]": a month's time holds "end of" but not its article)
    r"(?:(?:in|by|on|at|for|during|until|through)\s+)?(?:the\s+)?(?:(?:end|start|beginning"
    r"|middle)\s+of\s+)?"
)
#: An aside about the subject opening before its time: ", signed ", ", adopted " (the
#: time's own preposition is part of it).
_ASIDE_OPENED_RE = re.compile(r",\s+[a-z]+(?:ed|en)\s+$")
#: … and closing right before the main verb and its figure: ", covers ", ", adds some ".
_ASIDE_CLOSED_GAP_RE = re.compile(
    # (an act on the subject, not a state it is in: "The plant, opened in March, employs")
    rf",\s+(?!(?:and|but|while|which|who|said|says|according|is|has|remains|stands|was|had"
    rf"|{_STATE_VERBS}|(?:export|produc|employ|own|operat|account|controll)ed|held|made)\b)"
    # (in the present or the past: "The package, adopted in October, added 45 entities")
    rf"(?:[a-z]+s|[a-z]+ed|{IRREGULAR_PASTS})\s+"
    r"(?:(?:more|another|about|some|nearly|almost|around|roughly|up\s+to|at\s+least"
    r"|more\s+than)\s+)?"
)
#: A time that owns the figure after it: "last year's 940,000", "2024's $3bn".
_OWNED_TIME_RE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}")
#: A time used as an adjective of the figure's noun: "full-year revenue of $8.2bn",
#: "third-quarter profit of", "2026 sales of" (not "in 2024 and expects output of").
_MODIFIER_TIME_RE = re.compile(
    # (or a month and year: "their December 2024 peak of $12,931")
    r"(?:full[-\s]year|[a-z]+-quarter|(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)",
    re.I,
)
_MODIFIED_GAP_RE = re.compile(
    r"\s+(?:(?!(?:and|or|but|to|now|also)\b)[a-z-]+\s+){1,2}of\s+"
    # "its full-year profit forecast to between …": a forecast of that year's measure
    r"|\s+(?:(?:[a-z-]+|[A-Z]{2,})\s+){0,2}(?:forecast|target|guidance|outlook|estimate)\s+(?:to|of|at)"
    r"\s+(?:between\s+)?"
)
_SINCE_RE = re.compile(r"\bsince\b")
#: A participle clause giving a cause or a context: "…, blaming a 40% drop".
CAUSE_PARTICIPLES = "citing|blaming|following|reflecting|completing|amid"
_CAUSE_CLAUSE_RE = re.compile(rf",\s+(?:{CAUSE_PARTICIPLES})\s")
#: An apposition set off by commas and then the clause's verb: ", worth $312mn, reached".
_APPOSITION_GAP_RE = re.compile(
    r"(?:[^,;.]*,\s+(?:worth|valued|or|some|about|roughly)\b[^,;.]*)?,\s+"
    # (a main verb in the past, not a forecast's participle: "500 tonnes, expected to rise to
    # 650 tonnes by 2026" does not date the 500)
    r"(?!(?:expected|projected|estimated|predicted|scheduled|planned|slated|intended)\b)"
    # (nor a comparison's: "…, compared with 9,800 in September" is the base's time)
    r"(?!compared\b)[a-z]+ed\b"
)
#: What a figure is worth, then a time: " worth $10bn in " (the time dates both).
#: The end of a relative-clause aside that holds the time, before the figure: "…, which
#: have fallen 30% this year, rose".
_ASIDE_CLOSED_BEFORE_RE = re.compile(r"[^,;]*,\s+(?:[a-z]+ed|rose|fell|grew|[a-z]+s)\s")
_ASIDE_OPEN_BEFORE_RE = re.compile(r",\s+(?:which|who)\s[^,;]*$")
#: A change restated after a comma, right before its figure: ", down ", ", up by ".
_CHANGE_APPOSITION_GAP_RE = re.compile(
    r",\s+(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop|gain|decline)\s+of)\s+(?:by\s+)?$"
)
#: A share and the whole it is of: "11%[ of its ]US$10.2bn appeal".
_SHARE_OF_GAP_RE = re.compile(r"\s+of\s+(?:its|their|the|this|that)\s+")
#: A base's determiner right before its time: "from their [December 2024] peak".
_FROM_DETERMINERS = ("from their ", "from its ", "from the ", "from a ", "from an ")
#: A level compared with, right before its time: "triple its level a year earlier".
_LEVEL_WORDS = ("level ", "levels ", "value ", "figure ", "total ", "pace ")
_LEVEL_BEFORE_RE = re.compile(r"\b(?:its|the|their|that)\s+(?:level|value|figure|total|pace)s?\s+$")
_BASE_OR_LEVEL_ENDS = _FROM_DETERMINERS + _LEVEL_WORDS
#: A base described before its time: "from the rain-hit [2024] harvest", "from last year's
#: record [2024] crop" (up to three words after the determiner).
_FROM_DESCRIBED_BASE_RE = re.compile(
    r"\bfrom\s+(?:the|its|their|last\s+year['’]s)\s+"
    r"(?:(?!(?:same|year|month|quarter|period|week|earlier|ago|end|start)\b)[a-z][\w-]*\s+){1,3}$"
)
_WORTH_GAP_RE = re.compile(
    # (the worth may hold a decimal point: "worth $1.1bn to Russian buyers last year")
    # (after what the count is of: "2,800 shipments of US-made microelectronics worth …")
    r"(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?"
    # (and where it went: "worth an estimated €2.4 million bound for Russia", "worth CHF 1.02
    # billion to the United Arab Emirates"; no clause of its own: "that will be delivered")
    r"\s+(?:worth|valued\s+at)\s+"
    r"(?:(?!\b(?:that|which|who|will|would|when|after|before|until|since)\b)"
    r"(?:[^,;.]|[.,](?=\d))){1,60}?\s+(?:in\s+|on\s+)?"
)
_DAY_GAP_STOP_RE = re.compile(
    r"\.(?!\d)|;|\b(?:said|says|bringing|taking|since|after|before|while|which|who)\b"
)
_WEEKDAY_RE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
#: What an act is done under, named by a noun phrase up to a time after it: "under the
#: Uyghur Forced Labor Prevention Act in", "classified under HS code 8542 from China in" (no
#: verb, pronoun or comma of its own: "under a deal signed in 2022" is the deal's time).
_FRAME_GAP_RE = re.compile(
    r"(?:(?!(?:which|that|who|whose|it|they|he|she|we|and|but|or|when|after|before|until"
    rf"|since|while|is|are|was|were|has|have|had|will|would|{IRREGULAR_PASTS})\b)"
    r"(?![a-z]+(?:ed|ing)\b)[\w'’.-]+\s+){1,8}"
)

#: What may follow a time that closes the act rather than modifying the frame's noun.
_FRAME_TIME_END_RE = re.compile(
    r"\s*(?:[,.;:)]|$|(?:and|but|while|as|to|from|after|before|compared|up|down|when)\b)"
)


def _past_frame(sent: str, stop: re.Match[str], times: Sequence[TimeExpr]) -> re.Match[str] | None:
    """The clause stop after "under …" when "under" only names the frame of the act ("detained
    4,100 shipments under the … Act in fiscal 2023": the time after it is the act's)."""
    t = next((t for t in times if t.start >= stop.end()), None)
    if (
        t is not None
        and _FRAME_GAP_RE.fullmatch(sent, stop.end(), t.start)
        # (the act's time, not the frame's: "under the March 2024 agreement")
        and _FRAME_TIME_END_RE.match(sent, t.end)
    ):
        return AFTER_STOP_RE.search(sent, t.start)
    if (
        t is not None
        and t.kind == "point"
        and sent[stop.end() : t.start] in ("", "the ", "its ", "their ")
        and _BUDGET_AFTER_TIME_RE.match(sent, t.end)
    ):
        # "will hire 8,000 teachers under next year's budget", "under its 2026 budget": the
        # budget's or plan's year is what it pays for
        return AFTER_STOP_RE.search(sent, t.end)
    return stop


#: A budget or plan a time owns: "'s budget", " defence budget", "'s procurement plan".
_BUDGET_AFTER_TIME_RE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:budget|spending\s+plan|plan|programme|program)\b"
)


_FROM_GAP_RE = re.compile(
    r"(?:\s+(?:a|an|per)\s+[A-Za-z]+"
    # (what the level is a share of: "to 10% of the reference price from 7.5% next month")
    r"|\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+from\s+$"
)
#: Between two coordinated objects: the rest of the first's noun phrase, then "and" (no verb:
#: lower-case words that are not verbs in -ed, and no comma).
_COORDINATED_GAP_RE = re.compile(
    r"(?:\s+(?:[A-Z][\w-]*|(?![a-z]+ed\b)[a-z][\w-]*)){0,6}\s+and\s+"
    # "seized 14 vehicles and goods worth about €3 million … in October"
    r"(?:[a-z]+\s+(?:worth|valued\s+at)\s+)?"
    r"(?:between|about|some|nearly|up\s+to|more\s+than|another|a\s+further)?\s*"
)
#: A time expression right after a reporting verb ("said on Monday", "told reporters on
#: Friday", "said in a statement on Tuesday") dates the statement, not a figure.
_STATEMENT_DATE_RE = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|showed|shows|added|confirmed|stated|wrote"
    r"|noted|published|released|issued|revised|updated|corrected|warned|warns|cautioned|claimed"
    r"|admitted|insisted|argued|explained|disclosed|revealed|acknowledged)(?:\s+(?:reporters|journalists|lawmakers|parliament|investors|late|early|earlier"
    r"|in\s+a\s+(?:statement|filing|report|note|post)))*\s+$"
)
#: What a figure's deadline after "before" opens with when it is no time expression.
#: The lead of a base of comparison, within its clause: "compared with an average of ".
_BASE_LEAD_RE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|than)\s[^,;]{0,30}$")
#: A base's time told by an event's peak: " at the height of the drought".
_PEAK_AFTER_RE = re.compile(
    r"\s+(?:a\s+(?:day|week|month|year)\s+)?at\s+the\s+(?:height|peak)\s+of\s+(?:the|its|their)\s"
)
#: A figure said to be the current one: "a current capacity of ", "its current fleet of ".
_CURRENT_BEFORE_RE = re.compile(
    r"\b(?:a|its|the|their|our)\s+current\s+(?!account\b)(?:[a-z-]+\s+){1,2}of\s+(?:about\s+|some\s+)?$"
)
#: A clause of its own in the present perfect, ending right before a figure: ", but its
#: fleet has shrunk to under ", ", and has set aside ", "of whom some ".
_PERFECT_CLAUSE_RE = re.compile(
    r"(?:,\s+(?:but|and|while)\s+|\bof\s+whom\s+)(?:[\w'’-]+\s+){0,6}?(?:has|have)\s+"
    r"(?:(?:been|already)\s+)?(?:[a-z]+ed|shrunk|grown|fallen|risen|set|built|sent|lost|paid"
    r"|spent|made|given|taken|won|sold|cut)(?:\s+(?:to|by|aside|up|out|back))?"
    r"(?:\s+(?:about|some|around|roughly|nearly|more\s+than|over|under|at\s+least))?\s*$"
    r"|\bof\s+whom\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+)?$"
)
_BEFORE_DEADLINES = ("the end of ", "the decade", "the summer", "the winter", "the spring")
#: A running total that counts the acts: "…, bringing the total to", "taking the number of ".
_TALLY_RE = re.compile(r",\s+\w+\s+(?:the|its|their)\s+(?:\w+\s+)?(?:total|tally|number|count)\b")

#: A perfect inside a running total's clause: "bringing the number it has designated to ".
_PERFECT_RE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?\w+(?:ed|en|t)\b")

#: A running total after a participle, up to the figure: "…, bringing the total to ",
#: "…, lifting installed capacity to ".
_RUNNING_TOTAL_RE = re.compile(
    r",\s+(?:bringing|taking|lifting|raising|pushing)\s+[^,;]{0,70}?\bto\s+$"
)
#: "… and will pay …": a new verb phrase with its own tense or modality.
_AND_CLAUSE_RE = re.compile(
    r"\sand\s+(?:that\s+)?(?:(?:it|they|he|she|we)\s+)?(?:(?:also|then)\s+)?"
    r"(?:will|would|plans?|aims?|expects?|intends?|hopes?|wants?|can|could"
    # "… spent $12bn last year and forecast that output would reach …": a reported clause
    r"|forecasts?|predicted|predicts?|projected|projects?|said|says|estimated|estimates?)\b"
    # "…, adding that two more would come in May and that allies had sent X": another report
    r"|\sand\s+that\s"
)
#: Between a revised figure and its base: " from ", " of GDP from ".
_REVISION_GAP_RE = re.compile(r"(?:\s+of\s+[\w'’-]+)?\s+from\s+")
#: A revised figure: "April's gain was revised down to 147,000 from 177,000" (the base is
#: the earlier estimate of the same period, not a figure of an earlier one).
_REVISED_TO_RE = re.compile(
    r"\b(?:revis(?:ed|ing|ion)\b(?:[^,;.]|\.(?=\S|\s+[a-z])){0,45}?"
    # "raised its estimate of this year's U.S. corn harvest to"
    r"|(?:raised|cut|lowered|lifted|trimmed|increased|reduced)\s+(?:its|their)\s+"
    r"(?:[a-z-]+\s+)?(?:estimate|forecast|projection|outlook)s?\b(?:[^,;.]|\.(?=\S|\s+[a-z])){0,50}?)"
    r"\bto\s+$"
)
#: A participle clause restating the change ("…, dropping 1.1%"): it shares the main
#: clause's period.
_PARTICIPLE_GAP_RE = re.compile(r",\s+[a-z]+ing\s+(?:by\s+)?$")
#: Between a time and a figure after it, what puts the figure in a clause of its own: a
#: relative clause ("…, which together export"), or a state now ("still employs").
_OWN_PRESENT_GAP_RE = re.compile(
    rf"(?:,\s+(?:which|who)\s+(?:\w+\s+)?(?:is|are|has|have|{_STATE_VERBS})"
    # (or what it says holds now: "the ministry, which says the scheme covers about 5.1
    # billion tonnes a year")
    r"|,\s+(?:which|who)\s+(?:says|estimates|reckons|believes)\s+(?:that\s+)?"
    rf"(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:is|are|has|have|covers|{_STATE_VERBS})"
    # (or restricting, with what the object does now: "blacklisted two producers that together
    # pump about 1 million barrels a day")
    r"|\b(?:that|which|who)\s+(?:together|jointly|collectively|currently|still)?\s*"
    rf"(?:{_STATE_VERBS}|pumps?|ships?|refines?|supplies|supply|handles?|process(?:es)?)"
    r"|\b(?:still|now|currently)\s+(?:\w+s|has|have|is|are))\b"
    # (still open at the figure: "Last year, the company, which employs 3,000 people,
    # earned $5m" is dated)
    r"[^,;]*$"
)
#: A word comparing a figure with a base, and its adverb: "well above", "short of", "against".
_COMPARING = (
    r"\s(?:(?:well|far|just|slightly|comfortably|narrowly)\s+)?(?:above|below|under|over"
    r"|against|beating|missing|exceeding|topping|short\s+of|compared\s+(?:with|to)|versus"
    r"|(?:less|more|higher|lower|fewer)\s+than)\s+"
)
#: The same comparison with the base's noun after the figure: "…, short of its [838 million
#: tonne target]", "below the [2% inflation goal]".
_COMPARING_BEFORE_RE = re.compile(rf"{_COMPARING}(?:the|its|their|an?)\s+(?:[\w'’-]+\s+)?$")
_BASE_NOUN_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:target|quota|goal|forecast|estimate|consensus|expectation"
    r"|guidance|projection|ceiling|limit)s?\b"
)
#: A record named after a figure: "the lowest since", "its highest level since", "the most
#: in a decade since" (the span of the record, not the figure's time).
_RECORD_SINCE_RE = re.compile(
    r"\b(?:lowest|highest|most|least|biggest|largest|smallest|weakest|strongest|fastest"
    r"|slowest|steepest|sharpest|best|worst|deepest|record)\s+(?:[a-z-]+\s+){0,3}?since\s+$"
)
#: A base of comparison right before a figure: "…, against a target of", "well above its
#: OPEC+ quota of", "beating analysts' average estimate of", "compared with expectations
#: of".  The target, quota or forecast is for the period of the figure measured against it.
_COMPARED_BASE_RE = re.compile(
    rf"{_COMPARING}(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’+.-]+\s+){{0,4}}?(?:target|quota|estimate"
    r"|forecast|consensus|expectation|guidance|projection|goal|ceiling|limit|median)s?"
    r"\s+of\s+$"
)


def assign_periods(
    text: str,
    s0: int,
    s1: int,
    qlist: Sequence[Dated],
    times: list[TimeExpr],
    published: date | None = None,
) -> None:
    """Set ``period`` on each figure of the sentence ``text[s0:s1]`` from its time
    expressions ``times`` (offsets relative to ``s0``); ``published`` tells a time still to
    come from one gone by."""
    sent = text[s0:s1]
    times = [
        t
        for t in times
        if not (
            t.kind == "point"
            and len(t.period or "") == 10
            and _STATEMENT_DATE_RE.search(sent, max(0, t.start - 50), t.start)
        )
    ]
    # (a forecast's figure is not dated by when the forecast was made: "the 3.1% it
    # predicted in October")
    all_times, forecast_times = times, times
    if (
        # (quick tests: a figure it concerns, and a stem every match holds)
        (
            "cast" in sent
            or "cted" in sent
            or "mated" in sent
            or "pencil" in sent
            or " set in " in sent
        )
        and any(q.modality in ("planned", "projected") for q in qlist)
    ):
        forecast_times = [
            t
            for t in times
            if not (
                t.kind == "point"
                and len(t.period or "") >= 7
                # (a time of its own, not a noun's: "forecast first-quarter sales of")
                and t.text.lower().startswith(("in ", "on ", "last ", "earlier ", "at ", "early "))
                and _FORECAST_MADE_RE.search(sent, max(0, t.start - 25), t.start)
            )
        ]
    # a restatement set off by commas right before a time is no clause of its own: "cut
    # 4,700 jobs, or about 8% of its workforce, by the end of 2026" (its commas are blanked
    # where clause stops are looked for)
    stop_sent = sent
    restated = _NONE_RESTATED  # a figure inside such a restatement -> the one it restates
    if ", or " in sent and times:  # (a quick test)
        restated = {}
        for idx, q in enumerate(qlist):
            mres = _RESTATEMENT_RE.match(sent, q.noun_end - s0)
            if mres is not None and any(
                0 <= t.start - mres.end() <= 20
                and _TIME_PREPOSITION_RE.fullmatch(sent, mres.end(), t.start)
                for t in times
            ):
                stop_sent = (
                    stop_sent[: mres.start()]
                    + " " * (mres.end() - mres.start())
                    + stop_sent[mres.end() :]
                )
                for k in range(idx + 1, len(qlist)):
                    if qlist[k].start - s0 < mres.end():
                        restated[k] = idx
    bridged: dict[int, TimeExpr] = {}
    for idx, q in enumerate(qlist):
        times = forecast_times if q.modality in ("planned", "projected") else all_times
        found: TimeExpr | None = None
        if "whole" in q.extra or (
            # (a quick test: every match holds " of ")
            sent.find(" of ", max(0, q.start - s0 - 30), q.start - s0) >= 0
            and _PART_WORD_OF_RE.search(sent, max(0, q.start - s0 - 40), q.start - s0)
        ):
            # "two of its 11 plants will close next year", "close the last of its 11
            # remaining plants by 2049": the time is the part's; the whole is a count now
            q.period = None
            continue
        qs0 = q.start - s0
        if "current" in sent and _CURRENT_BEFORE_RE.search(sent, max(0, qs0 - 40), qs0):
            q.period = None  # "up from a current capacity of 3,600": now, as "now" is
            continue
        owned: TimeExpr | None = None
        for t in times:
            if t.end <= qs0 and (
                # (a quick test: every match opens with the apostrophe)
                (sent.startswith(("'", "’"), t.end) and _OWNED_TIME_RE.fullmatch(sent, t.end, qs0))
                or (
                    t.kind == "point"
                    and _MODIFIER_TIME_RE.fullmatch(t.text)
                    and _MODIFIED_GAP_RE.fullmatch(sent, t.end, qs0)
                )
            ):
                owned = t
                break
        if owned is not None:
            # "up from last year's 940,000 barrels a day", "full-year revenue of $8.2bn":
            # the time owns the figure
            q.period = _reading(sent, owned, q.modality)  # (None for a block)
            q.extra["period_before"] = "1"  # (a revised target's base shares it)
            if LOOKS_BACK_RE.search(owned.text) or owned.text.lower().startswith("last"):
                q.modality = "actual"  # a past figure, whatever the sentence plans
            continue
        j = idx
        cur_end = q.noun_end - s0
        part_of_sum = False
        while times:  # (no time to find after the figure: the bridging below only serves one)
            nxt = qlist[j + 1] if j + 1 < len(qlist) else None
            limit = len(sent)
            # (the limit matters only to a time after cur_end or to the next figure: the times
            # are in text order)
            stop = (
                AFTER_STOP_RE.search(stop_sent, cur_end)
                if nxt is not None or (times and times[-1].start >= cur_end)
                else None
            )
            if stop is not None and stop_sent.startswith("under ", stop.start() + 1):
                stop = _past_frame(stop_sent, stop, times)
            if stop is not None:
                limit = stop.start()
            if nxt is not None and nxt.start - s0 < limit:
                limit = nxt.start - s0
            for t in times:
                if t.start >= cur_end and t.start < limit:
                    if (
                        t.kind == "block"
                        and t.start - cur_end > 50
                        and any(
                            t0.kind == "point" and _VERB_OBJECT_GAP_RE.fullmatch(sent, t0.end, qs0)
                            for t0 in times
                            if t0.end <= qs0
                        )
                    ):
                        continue  # "on Monday added 140 companies to its blacklist in its
                        # third crackdown on the sector since 2022": the object of the verb
                        # the day dates; the span far after it is another noun's
                    if (
                        t.kind == "block"
                        and "since" in sent[max(0, t.start - 8) : t.start]
                        and _RECORD_SINCE_RE.search(sent, max(0, t.start - 50), t.start)
                    ):
                        continue  # "down 0.7 points from a year earlier and the lowest since
                        # 2008": the record's span, not the figure's time
                    # (one test for the two checks below: most times follow neither)
                    if sent.endswith(_BASE_OR_LEVEL_ENDS, 0, t.start):
                        if sent.endswith(_FROM_DETERMINERS, 0, t.start):
                            continue  # "slumped 55% from their December 2024 peak of
                            # $12,931": the time of the base's noun, not of the change
                        if _LEVEL_BEFORE_RE.search(
                            sent, max(cur_end, t.start - 20), t.start
                        ) and LOOKS_BACK_RE.search(t.text):
                            continue  # "reaching $5,900, more than triple its level a year
                            # earlier": the time of the level compared with
                    if (
                        t.kind == "point"
                        # (a year before the base's noun: "2024 harvest")
                        and t.text.isdigit()
                        and "from " in sent[max(0, t.start - 40) : t.start]
                        and _FROM_DESCRIBED_BASE_RE.search(sent, max(0, t.start - 40), t.start)
                    ):
                        continue  # "up 31% from the rain-hit 2024 harvest": the base's time
                    effective = _effective_from(t, sent, q, s0) if t.kind == "compare" else t
                    if effective is None:
                        continue
                    found = effective
                    break
            if found is not None:
                if part_of_sum and (
                    # (the period the sum is for, "this year" or "for 2025", not when it was
                    # pledged; and none still to come: what has come in of it is not yet)
                    not (found.text[:5].lower() == "this " or sent.endswith("for ", 0, found.start))
                    or published is None
                    or (bounds := period_bounds(found.period)) is None
                    or bounds[0] > published
                ):
                    found = None
                    break
                if j > idx:
                    if LOOKS_BACK_RE.search(found.text) and j not in restated:
                        found = None  # "to 29.4% from 31.1% the previous month": the base's
                        break
                    # (not across a restatement: "from $3.9 billion, or $1.05 a share, a
                    # year earlier" dates both)
                    bridged[j] = found
                break
            if (
                nxt is not None
                and nxt.start - s0 == limit
                and j == idx
                and (
                    _BRIDGE_RE.match(sent[cur_end:limit])
                    # the figure restated: "4,700 jobs, or about 8% of its workforce, by …"
                    or (j + 1) in restated
                    # a share of a whole: "received only 11% of its US$10.2bn appeal for 2026"
                    or (q.unit == "percent" and _SHARE_OF_GAP_RE.fullmatch(sent[cur_end:limit]))
                    # a part of a sum: "received $548 million of the $934.5 million it
                    # requires this year" (the sum's time is the part's, when the part's
                    # clause names none before it)
                    or (
                        q.unit == nxt.unit
                        and q.unit_kind == "currency"
                        and _SHARE_OF_GAP_RE.fullmatch(sent[cur_end:limit])
                        and not any(t.end <= qs0 for t in times)
                        and (part_of_sum := True)
                    )
                    # a part of a whole: "two of its 11 plants will close next year"
                    or "whole" in nxt.extra
                    # coordinated objects of one verb: "order twelve radars and between 400
                    # and 450 interceptors by 2029"
                    or _COORDINATED_GAP_RE.fullmatch(sent[cur_end:limit])
                    or (
                        nxt.is_from
                        and _FROM_GAP_RE.fullmatch(sent[cur_end:limit])
                        # a plan or forecast: "to €15 from €14 next month"; an outcome's
                        # time after the base dates the base ("eased to 2.8% from 3% in
                        # January")
                        and q.modality in ("planned", "projected")
                    )
                )
            ):
                # "to 650 by 2026", "to €15 from €14 next month": the time after the
                # second figure dates the first
                j += 1
                cur_end = nxt.noun_end - s0
                continue
            break
        if (
            found is None
            and " before " in sent
            and (mbefore := AFTER_STOP_RE.search(stop_sent, q.noun_end - s0)) is not None
            and stop_sent.startswith(" before ", mbefore.start())
            and (idx + 1 == len(qlist) or mbefore.start() < qlist[idx + 1].start - s0)
            and (
                stop_sent.startswith(_BEFORE_DEADLINES, mbefore.end())
                or any(t.start == mbefore.end() and t.kind == "point" for t in all_times)
                # a base told by the event it preceded: "compared with 350 a day before the
                # war", "from 36 before the drought" (every writer leaves it undated)
                or (
                    stop_sent.startswith("the ", mbefore.end())
                    and mbefore.start() - (q.noun_end - s0) <= 15
                    and (q.is_from or _BASE_LEAD_RE.search(sent, max(0, qs0 - 40), qs0))
                )
            )
        ):
            q.period = None  # "intends to order at least two more batteries before 2028": a
            # span up to a deadline, no period (not the time of the clause before)
            continue
        if (
            found is None
            and (" height of " in sent or " peak of " in sent)
            and _PEAK_AFTER_RE.match(sent, q.noun_end - s0)
            and (q.is_from or _BASE_LEAD_RE.search(sent, max(0, qs0 - 40), qs0))
        ):
            q.period = None  # "against 24 at the height of the drought": a base told by an
            # event, as "before the war" is (a time named in it still dates it)
            continue
        if (
            found is not None
            and (bridged.get(idx) is found or j > idx)
            and q.is_from
            # (a base dated back: "from $3.9 billion, or $1.05 a share, a year earlier")
            and not LOOKS_BACK_RE.search(found.text)
        ):
            q.period = None  # "to €15 from €14 next month": the baseline is today's value
            continue
        if (
            found is not None
            and j > idx
            and qlist[j].is_from
            and published is not None
            and _before(_reading(sent, found, q.modality), published)
        ):
            # "raised their forecast to 31.5 million tonnes from 29.8 million in August": a
            # past time after the base is the base's (an earlier forecast), not the new one's
            q.period = None
            continue
        if (
            # (a weekday after the base dates the statement: "… from SEK 2bn on Thursday")
            (found is None or _WEEKDAY_RE.search(found.text))
            and q.is_from
            and idx > 0
            and q.modality in ("planned", "projected")
            and qlist[idx - 1].modality == q.modality
            and qlist[idx - 1].period is not None
            and qlist[idx - 1].extra.get("period_before")
        ):
            # a revised target or forecast: "cut its margin target for 2026 to 7–8% from
            # 8–9%" (both for 2026)
            q.period = qlist[idx - 1].period
            continue
        if (
            # (or when the earlier estimate was made: "… from 15.15 billion a month ago")
            (found is None or (found.text.endswith(" ago") and LOOKS_BACK_RE.search(found.text)))
            and q.is_from
            and idx > 0
            and qlist[idx - 1].period is not None
            and _REVISION_GAP_RE.fullmatch(sent, qlist[idx - 1].noun_end - s0, qs0)
            and _REVISED_TO_RE.search(
                sent, max(0, qlist[idx - 1].start - s0 - 90), qlist[idx - 1].start - s0
            )
        ):
            # a revision: the base is the earlier estimate of the same period
            q.period = qlist[idx - 1].period
            continue
        if found is None and q.modality == "actual" and not q.is_from:
            # a day named after the verb dates the whole clause before it: "added 25 names,
            # a dozen of them banks, to the list on Wednesday"
            for t in times:
                if t.start >= q.noun_end - s0:
                    if (
                        t.kind == "point"
                        # (a day named, not one a comparison reckons back to: "triple its
                        # level a year earlier")
                        and not LOOKS_BACK_RE.search(t.text)
                        and (
                            len(t.period or "") == 10
                            # or any period, across an apposition set off by commas: "1,473
                            # shipments …, worth an estimated $312mn, reached … in 2025"
                            or _APPOSITION_GAP_RE.match(sent, q.noun_end - s0, t.start)
                            # or its worth and then the time: "a contract for 96 Apache
                            # helicopters worth $10bn in August 2024"
                            or _WORTH_GAP_RE.fullmatch(sent, q.noun_end - s0, t.start)
                        )
                        and not CLAUSE_BREAK_RE.search(sent, q.noun_end - s0, t.start)
                        and not _DAY_GAP_STOP_RE.search(sent, q.noun_end - s0, t.start)
                    ):
                        found = t
                    break
        if found is None and not q.is_from and "done" not in q.extra:
            # (not for a deed after a plan: "aims to plant 10,000 trees by 2027 and has
            # already planted 3,200": the plan's time is not the deed's)
            has_prior = idx > 0
            first_comma = sent.find(", ")
            lo = max(0, qs0 - 100)
            mrun = (
                _RUNNING_TOTAL_RE.search(sent, lo, qs0)
                # (a match holds a comma and a participle in "-ing": a quick test)
                if sent.find(",", lo, qs0) >= 0 and sent.find("ing", lo, qs0) >= 0
                else None
            )
            if mrun is not None:
                # a running total ("…, bringing the total to 800") is dated by a time in
                # its own clause ("bringing arrivals this year to …"), else by the period
                # of the clause it closes ("added 1.9 GW last year, bringing capacity to
                # 24 GWh"), a single day too
                q.period = None
                if _SINCE_RE.search(sent, mrun.start(), qs0):
                    continue  # "bringing the total since the outbreak began to 27,655"
                own = [t for t in times if mrun.start() <= t.start < qs0 and t.kind == "point"]
                main = [t for t in times if t.end <= mrun.start() and t.kind != "compare"]
                base = own[-1] if own else main[-1] if main else None
                if (
                    base is not None
                    and base.kind == "point"
                    and (
                        own
                        or len(base.period or "") < 10
                        # a day dates the act whose total it closes ("adopted on Monday,
                        # adds 52 vessels, bringing the total to 79"), not a tally of what
                        # "has" been done ("bringing the number it has designated to 500")
                        # nor a plan's ("proposed on Thursday a package that would list 20
                        # vessels, taking the total to 640"), nor a stock ("bringing the
                        # size of its fleet to 410")
                        or (
                            q.modality == "actual"
                            and _TALLY_RE.match(sent, mrun.start()) is not None
                            and (
                                " ha" not in sent[mrun.start() : qs0]
                                or _PERFECT_RE.search(sent, mrun.start(), qs0) is None
                            )
                        )
                    )
                ):
                    # (a plan's or forecast's too, read forward: "will rise by 4.8% next
                    # April, taking the full pension to £241.30 a week")
                    q.period = _reading(sent, base, q.modality)
                continue
            for t in reversed(times):
                if t.end <= qs0:
                    effective = _effective_from(t, sent, q, s0) if t.kind == "compare" else t
                    if effective is None:
                        continue
                    t = effective
                    if (
                        idx
                        and any(
                            p.start - s0 > t.end
                            # (a quick test: every match holds "ing" of its participle)
                            and sent.find("ing", max(0, p.start - s0 - 100), p.start - s0) >= 0
                            and (
                                mtot := _RUNNING_TOTAL_RE.search(
                                    sent, max(0, p.start - s0 - 100), p.start - s0
                                )
                            )
                            is not None
                            and mtot.start() < t.start
                            for p in qlist[:idx]
                        )
                    ):
                        continue  # "…, taking its gain this year to 17%, while the S&P 500
                        # slipped 0.2%": the running total's own time
                    if (
                        t.kind == "point"
                        and t.text.isdigit()
                        and "from " in sent[max(0, t.start - 40) : t.start]
                        and _FROM_DESCRIBED_BASE_RE.search(sent, max(0, t.start - 40), t.start)
                    ):
                        continue  # "…, up 31% from the rain-hit 2024 harvest, and winter
                        # barley at 8.3 million tonnes": the base's year, not the next clause's
                    if any(
                        (
                            p.is_from
                            # (or a base "compared with": "…, compared with 4.9 tonnes in the
                            # same period a year earlier, …, while exports slid 8%")
                            or (
                                (
                                    "compared" in sent
                                    or "against" in sent
                                    or "vers" in sent
                                    or "vs" in sent
                                )
                                and _COMPARED_WITH_RE.search(
                                    sent, max(0, p.start - s0 - 30), p.start - s0
                                )
                                is not None
                            )
                        )
                        and 0 <= t.start - (p.noun_end - s0) <= 20
                        and _BASE_TIME_GAP_RE.fullmatch(sent, p.noun_end - s0, t.start)
                        for p in qlist[:idx]
                    ):
                        continue  # "… to 2.7% in July from 2.5% in June, while core inflation
                        # held at 3.0%", "down from 5.3% expected this year": the base's time
                    if q.modality in ("planned", "projected") and _WEEKDAY_RE.search(t.text):
                        continue  # "The 2025 budget presented on Tuesday sets …": the
                        # day of the decision; the period is named before it
                    if (
                        LOOKS_BACK_RE.search(t.text)
                        and any(
                            p.noun_end - s0 <= t.start
                            and t.start - (p.noun_end - s0) < 25
                            and "," not in sent[p.noun_end - s0 : t.start]
                            and ";" not in sent[p.noun_end - s0 : t.start]
                            # ("fell 12% in the previous quarter to 9,800 tonnes": the period
                            # of both, not a base)
                            and not _IN_GAP_RE.fullmatch(sent, p.noun_end - s0, t.start)
                            for p in qlist[:idx]
                        )
                    ):
                        continue  # "… from €35m a year earlier, as revenue rose 9%": the
                        # earlier figure's base, not this figure's period
                    gap = sent[t.end : qs0]
                    if (
                        len(t.period or "") == 10
                        and "ing " in gap
                        and (moff := _OFFENCE_GAP_RE.search(gap)) is not None
                        # (inside the phrase: "…, and fined its director a further $90,000" is
                        # the day's again)
                        and ", " not in gap[moff.end() :]
                    ):
                        break  # "fined the forwarder €2.3m on Tuesday for shipping 41
                        # consignments": the offence was not that day's
                    if (
                        "has " in gap
                        or "have " in gap
                        # (the verb after the figure: "of whom some 4,700 have been killed")
                        or ("whom" in gap and sent.startswith((" have ", " has "), q.noun_end - s0))
                    ) and _PERFECT_CLAUSE_RE.search(gap):
                        break  # "ordered 105 tanks in 2024, but its fleet of Marders has
                        # shrunk to under 300", "of whom some 4,700 have been killed": a
                        # clause of its own in the present perfect, up to now, not the time's
                    if "since" in gap and _SINCE_ADVERB_RE.search(gap):
                        break  # "hit a record in February, and stocks have since dropped to
                        # 770,000 bags": a change after the time, up to now
                    if ("unless" in gap or "if " in gap) and _CONDITION_RE.search(gap):
                        break  # "will strike on 1 April unless employers agree to raise
                        # wages by at least 40%": a condition has no time of its own here
                    if (";" in gap and len(sent[: t.start].split()) > 2) or (
                        # (a quick test: every match holds one of these words)
                        (
                            "wh" in gap
                            or "still" in gap
                            or "now" in gap
                            or "currently" in gap
                            or "that" in gap
                        )
                        and _OWN_PRESENT_GAP_RE.search(gap)
                    ):
                        # "… designated today; since 2022, the Treasury has sanctioned more
                        # than 4,800" (a time opening the sentence, "In 2024 exports rose 5%;
                        # imports fell 3%", dates both), "blacklisted Rosneft on Wednesday,
                        # which together export 3.1m b/d", "built 212,000 last year and still
                        # employs 3,100": another clause, or a state now, not the time's
                        break
                    if (
                        t.kind == "point"
                        and gap.startswith(",")
                        and _ASIDE_CLOSED_GAP_RE.fullmatch(gap)
                        and _ASIDE_OPENED_RE.search(sent, max(0, t.start - 30), t.start)
                    ):
                        # "The contract, signed on Monday, covers 48 howitzers", "The
                        # package, adopted on Tuesday, adds 126 tankers": the aside dates the
                        # subject whose contents the verb right after it counts
                        found = t
                        break
                    if (
                        t.kind == "point"
                        and gap.startswith(", to ")
                        and _LEVEL_AFTER_TIME_RE.fullmatch(gap)
                    ):
                        # "expect the surplus to narrow slightly this year, to around $1.1trn",
                        # "exports rose 5% last year, to $40bn": the level the change reached,
                        # set off after its time
                        found = t
                        break
                    crosses = (
                        ", " in gap
                        or CLAUSE_BREAK_RE.search(gap) is not None
                        or _AND_CLAUSE_RE.search(gap) is not None
                    )
                    if (
                        crosses
                        and q.per == "year"
                        and len(t.period or "") > 4
                        and "while " in gap
                        and q.unit not in _RATE_UNITS
                    ):
                        break  # "… in the fourth quarter, while analysts put annual demand at
                        # 200,000": a yearly amount is no quarter's or month's (an annual
                        # inflation rate is the month's reading)
                    if t.kind == "block" and ", " in gap:
                        continue  # "…, the steepest fall since 2021, as …": its own clause
                    opening = (
                        first_comma >= 0
                        and t.end <= first_comma
                        and len(sent[: t.start].split()) <= 4
                    )
                    if (
                        opening
                        and sent[t.end : first_comma].strip()
                        and ", and " in gap
                        and _NEW_SUBJECT_RE.search(gap)
                    ):
                        # a time modifying the opening subject ("X's fourth-quarter revenue
                        # rose …") is not the time of another subject's act after ", and"
                        # ("…, and the chipmaker raised its dividend to $0.30"); an adverbial
                        # opener ("Last year, …") is
                        break
                    if (
                        " and " in gap
                        and _NOUN_MONTH_RE.fullmatch(t.text)
                        and sent.startswith(_EARLIER_READINGS, t.end)
                        and _AND_NEW_SUBJECT_RE.search(gap)
                    ):
                        continue  # "the April figure was revised down to 151,000 and the
                        # unemployment rate held at 4.3%": an earlier month's figure, revised
                        # in this month's report, does not date the report's other figures
                    if (
                        "," in gap
                        and _ASIDE_CLOSED_BEFORE_RE.match(sent, t.end, qs0)
                        and _ASIDE_OPEN_BEFORE_RE.search(sent, max(0, t.start - 80), t.start)
                    ):
                        break  # "Its shares, which have fallen 30% this year, rose 5%": the
                        # aside's time is its own
                    if ", and that " in gap:
                        break  # "found that 1,140 beds were … at the end of 2024, and that
                        # only RON 412m … had been spent": a second reported clause
                    if (
                        "ing " in gap
                        and _REPORTING_PARTICIPLE_RE.search(gap)
                        # (but a part of what the act counted is the act's: "launched 38
                        # drones overnight into Thursday, …, adding that 31 of the drones
                        # were shot down")
                        and not (
                            _PART_OF_COUNTED_RE.match(sent, q.noun_end - s0)
                            and any(
                                p.unit == q.unit and p.end - s0 <= t.start and not p.is_from
                                for p in qlist[:idx]
                            )
                        )
                    ):
                        break  # "raised its key rate … on Friday, saying annual inflation
                        # was running at 9.1%": what was said is not dated by the act
                    participle = (
                        _PARTICIPLE_GAP_RE.search(gap) is not None
                        # (or the change restated: "fell … in July, down 0.2% from a year
                        # earlier")
                        or _CHANGE_APPOSITION_GAP_RE.search(gap) is not None
                    ) and gap.count(",") == 1
                    if crosses and not has_prior and not opening and not participle:
                        break
                    if crosses and _CAUSE_CLAUSE_RE.search(gap):
                        break  # "…, blaming a 40% drop in funding": a cause, not dated here
                    if (
                        crosses
                        and _ADJECTIVE_TIME_RE.fullmatch(t.text)
                        and _AND_NEXT_ACT_RE.search(gap)
                    ):
                        break  # "fourth-quarter earnings of $3.66 billion, …, and cut its
                        # buyback to $3.5 billion": the time is the noun's, not the next act's
                    if crosses and has_prior and "expected_by" not in q.extra:
                        # (what economists had expected is for the period reported on)
                        owner = next(
                            (
                                p
                                for p in reversed(qlist[:idx])
                                if not p.is_from
                                and "expected_by" not in p.extra
                                # (nor a forecast it is measured against: "above economists'
                                # forecasts of 138,000, and the jobless rate held at 4.2%",
                                # "below the 170,000 expected, and the jobless rate fell")
                                and "compared_forecast" not in p.extra
                                and not (
                                    p.modality == "projected"
                                    and _COMPARING_BEFORE_RE.search(
                                        sent, max(0, p.start - s0 - 30), p.start - s0
                                    )
                                )
                                # (nor a capacity named beside the act: "averaged 34.5 a day in
                                # July, close to the canal's capacity of 36 a day, and tankers
                                # accounted for 2% of crossings")
                                and not (
                                    p.modality == "capacity"
                                    and p.period is None
                                    and q.modality == "actual"
                                    and "capacity" in sent[t.end : p.start - s0]
                                )
                            ),
                            qlist[idx - 1],
                        )
                        if owner.modality != q.modality:
                            break  # "… profit of $4m, and will pay $1 a share": another clause
                    found = t
                    q.extra["period_before"] = "1"
                    break
        if found is None and idx and qlist[idx - 1].period is not None:
            prev_end = qlist[idx - 1].noun_end - s0
            mbase = _COMPARED_BASE_RE.search(sent, max(prev_end, qs0 - 90), qs0)
            if (
                mbase is None
                and q.modality == "projected"
                and (
                    _BASE_NOUN_AFTER_RE.match(sent, q.noun_end - s0)
                    # or its forecaster's clause: "above the 2.1% it projected in March"
                    or "forecast_of_it" in q.extra
                )
            ):
                # the forecast's noun after it: "beating the $1.8 billion consensus" (a target
                # named so, "short of the 90% target set by Brussels", is often a standing one)
                mbase = _COMPARING_BEFORE_RE.search(sent, max(prev_end, qs0 - 60), qs0)
            if mbase is not None and not CLAUSE_BREAK_RE.search(sent, prev_end, mbase.start()):
                # "sold 40,000 tonnes at Tuesday's tender, against a target of 55,000": the
                # target is the tender's
                q.period = qlist[idx - 1].period
                continue
        if found is not None and found.kind == "refer":
            q.period = None
            q.extra["refer"] = found.text  # "over the same period": the sentence before's
            if found.future_period is not None and q.modality in ("planned", "projected"):
                q.extra["refer_ahead"] = found.future_period
            continue
        if found is None or found.kind != "point":
            q.period = None
            if found is None:
                q.extra["untimed"] = "1"  # (no time of its own: a part may take its whole's)
            if found is None and q.modality in ("planned", "projected") and not q.is_from:
                # "The 2026 draft budget sets …, while the deficit is projected at 18.4%":
                # a plan's or forecast's figure without a time of its own has the year of
                # the budget, harvest or plan the sentence is about
                q.period = _subject_year(sent)
            continue
        if q.modality in ("planned", "projected") and _WEEKDAY_RE.search(found.text):
            # "plans …, approved on Tuesday": the day of the decision, not the plan's period;
            # that is the year of the budget, harvest or plan named ("raised its forecast
            # for Russia's 2025 wheat harvest … to 84.6 million tonnes on Wednesday")
            q.period = _subject_year(sent)
            continue
        # (what forecasters had expected is for the period reported on, read as the
        # figure it is measured against: an outcome, or a company's own forecast)
        reading = q.modality
        if "expected_by" in q.extra:
            measured = next(
                (p for p in reversed(qlist[:idx]) if "expected_by" not in p.extra), None
            )
            reading = measured.modality if measured is not None else "actual"
        q.period = _reading(sent, found, reading)
        if found.text.lower() in _YEAR_BACK_WORDS and not any(
            t.kind == "point" and t.period and t.end <= found.start for t in all_times
        ):
            q.extra["year_back"] = "1"  # (counted back from publication: the sentence
            # before may name the period it counts back from)
    for idx, q in enumerate(qlist):
        if (
            q.period is None
            and idx
            and sent.endswith((" it at ", " them at "), 0, q.start - s0)
            and _SAME_THING_RE.search(sent, max(0, q.start - s0 - 30), q.start - s0)
        ):
            # "The ministry forecasts next year's crop at 84–86 million tonnes, while SovEcon
            # estimates it at 83.5 million": the same measure, the same period and kind
            same = next((p for p in reversed(qlist[:idx]) if p.unit == q.unit and p.period), None)
            if same is not None:
                q.period = same.period
                if q.modality == "actual":
                    q.modality = same.modality
        elif (
            idx
            and q.unit == "percent"
            and qlist[idx - 1].unit != "percent"
            and sent.endswith(", or ", 0, q.start - s0)
        ):
            # a share restating the figure before it: "plans to eliminate about 1,800 jobs, or
            # 9% of its workforce" (its time, or none)
            q.period = qlist[idx - 1].period
    times = all_times
    _parallel_clauses(sent, s0, qlist, times)
    average = "average" in sent  # (a quick test for the sentence, not each figure)
    for q in qlist:
        if q.modality == "capacity" and len(q.period or "") == 10:
            # what a plant can do is no event of a day: "commissioned a 240 MW solar farm on
            # Tuesday, enough to power half a million homes"
            q.period = None
        if _spans_years(text, q, s0, average):
            # a multi-year span has no period of ours, and takes none from the sentence before
            q.period = None
            q.extra.pop("timeless", None)
            q.extra.pop("refer", None)


_CHANGE_VERBS = (
    r"rose|fell|climbed|dropped|slumped|jumped|increased|declined|decreased|grew|surged"
    r"|plunged|tumbled|slipped|eased|gained|sank|soared|slid|edged\s+(?:up|down|higher|lower)"
    r"|totalled|totaled|reached|averaged"
)
_ABOUT = (
    r"(?:(?:a|an|the|its|their|another|about|around|some|nearly|almost|roughly|up\s+to"
    r"|at\s+least|more\s+than|an\s+estimated)\s+)?"
)
#: A figure's own clause, a past change: "Exports rose 4%", "sales jumped by about 9%".
_CHANGE_CLAUSE_RE = re.compile(rf"\b(?:{_CHANGE_VERBS})\s+(?:by\s+)?{_ABOUT}$")
#: From a past change to the next figure: a parallel clause, another measure's past change
#: ("… 4% and imports fell 2%", "… to €2.1bn, and operating profit rose 8%"), or the level
#: it changed to ("rose 5% to €2.1bn").
_PARALLEL_GAP_RE = re.compile(
    rf",?\s+and\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){{1,3}}?(?:{_CHANGE_VERBS})"
    rf"\s+(?:by\s+)?{_ABOUT}|\s+to\s+(?:a\s+record\s+)?{_ABOUT}"
    # the same change on two bases: "rose 0.6% m/m and 3.9% y/y in June"
    r"|\s+(?:m/m|mom|q/q|qoq|on\s+the\s+month|month[-\s]on[-\s]month|quarter[-\s]on[-\s]quarter)"
    rf",?\s+and\s+(?:by\s+)?{_ABOUT}"
)
#: From a plan's figure to the next: the same modal's next verb and object ("will cut 1,200
#: jobs and close 40 branches", "…, or 6% of its staff, and shut"), or a restatement of the
#: figure (", or ").
_PLAN_GAP_RE = re.compile(
    r"(?:\s+of\s+(?:its|their|the)\s+[a-z]+)?(?:,\s+or\s+|,?\s+and\s+(?:also\s+)?"
    rf"(?![a-z]+(?:ed|ing|s)\s)[a-z]+\s+{_ABOUT})"
)


def _parallel_clauses(sent: str, s0: int, qlist: Sequence[Dated], times: list[TimeExpr]) -> None:
    """A time closing coordinated clauses dates each of them, not just the last: parallel
    past changes ("Exports rose 4% and imports fell 2% in March", "Revenue rose 5% to €2.1bn
    and operating profit rose 8% to €400m in 2024") and a plan's coordinated verbs ("will
    cut 1,200 jobs and close 40 branches by the end of the year"). Only when the sentence
    names no other time."""
    if len(qlist) < 2:
        return
    points = [t for t in times if t.kind == "point"]
    if len(points) != 1 or any(t.kind not in ("point", "compare") for t in times):
        return
    t = points[0]
    if LOOKS_BACK_RE.search(t.text) or _WEEKDAY_RE.search(t.text):
        return
    for idx in range(len(qlist) - 2, -1, -1):
        q, nxt = qlist[idx], qlist[idx + 1]
        if (
            q.period is not None
            or nxt.period is None
            or q.is_from
            or nxt.is_from
            or q.modality != nxt.modality
            or t.start < nxt.noun_end - s0
        ):
            continue
        qs0, gap_end = q.start - s0, nxt.start - s0
        if q.modality == "actual":
            shared = _PARALLEL_GAP_RE.fullmatch(sent, q.noun_end - s0, gap_end) and (
                _CHANGE_CLAUSE_RE.search(sent, max(0, qs0 - 40), qs0)
                or (
                    idx
                    and qlist[idx - 1].noun_end - s0 <= qs0
                    and _PARALLEL_GAP_RE.fullmatch(sent, qlist[idx - 1].noun_end - s0, qs0)
                )
            )
        else:
            shared = q.modality == "planned" and _PLAN_GAP_RE.fullmatch(
                sent, q.noun_end - s0, gap_end
            )
        if shared:
            q.period = nxt.period


#: Between a base and its own time: "from 2.5% in June", "from 5.3% expected this year".
_BASE_TIME_GAP_RE = re.compile(
    # (a bare year's time starts after its preposition: "from €61mn in 2021")
    r"\s*(?:(?:expected|estimated|forecast|projected|seen)\s+)?(?:(?:in|for)\s+)?"
    # ("up from 64,000 at the start of 2022")
    r"(?:at\s+the\s+(?:start|end|beginning)\s+of\s+)?"
)


#: A figure spread over years, right after it: "41% over two years", "up to 1,500 munitions
#: over five years", "2.2 million bpd of cuts over 18 months", "600 billion crowns over the
#: coming decade" (a span, not one period).
_SPAN_AFTER_RE = re.compile(
    # (possessive: a run of spaces or of letters is always followed by the other kind, so
    # giving some back never helps a match; without that the engine retries each letter)
    r"(?:\s++[a-z-]++){0,4}?\s++(?:over|across|within|during)\s+(?:the\s+)?"
    r"(?:(?:past|last|next|coming|following)\s+)?(?:(?P<years>two|three|four|five|six|seven"
    r"|eight|nine|ten|fifteen|twenty|several|[2-9]|[1-9]\d)\s+(?:years|decades)"
    r"|(?P<months>[1-9]\d)\s+months|(?P<decade>decade))\b"
)
#: An average over several years, right before a figure: "a five-year average of 52%".
_MULTI_YEAR_AVERAGE_RE = re.compile(
    r"\b(?:two|three|four|five|ten|[2-9]|[1-9]\d)[-\s]year\s+average\s+(?:of\s+)?$"
)


def _spans_years(text: str, q: Dated, s0: int, average: bool = True) -> bool:
    """Whether ``q`` is a figure spread over more than a year, or an average of years (only
    when ``average``: its sentence says "average")."""
    m = _SPAN_AFTER_RE.match(text, q.noun_end)
    if m is not None and (m.group("years") or m.group("decade") or int(m.group("months")) > 12):
        return True
    return average and bool(_MULTI_YEAR_AVERAGE_RE.search(text, max(s0, q.start - 30), q.start))


#: What may follow the month a plan starts from: "from January", "from July onwards".
_EFFECTIVE_END_RE = re.compile(r"\s*(?:[,.;:)]|$|(?:on|onwards|until|to|through)\b)")


#: Between a figure and the month it starts from, with its rate: " a year from ".
_RATE_FROM_GAP_RE = re.compile(r"(?:\s+(?:a|an|per)\s+[a-z]+)?\s+from\s+")

#: A charge levied at a rate: its start "from August" opens a standing rate, no period.
_LEVY_RE = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surcharges?|discounts?|tolls?)\b")


def _effective_from(t: TimeExpr, sent: str, q: Dated, s0: int) -> TimeExpr | None:
    """A planned or forecast figure "from January" starts then: the month is its period
    (for an actual figure "from May" is a comparison's base, and gives none). A tariff's or
    duty's rate "from August" or "from 1 April" has none: five writers of six (C, I, K, N, R
    against J) read the start of a standing charge so, while a wage or fare "from January"
    is that month's."""
    if (
        q.unit == "percent"
        and len(t.period or "") >= 7
        and _LEVY_RE.search(
            sent, max(0, min(q.start - s0, t.start) - 40), max(q.noun_end - s0, t.end)
        )
    ):
        return None
    if (
        # (a capacity too: "its annual capacity would rise to 8.5 bcm from next year")
        q.modality in ("planned", "projected", "capacity")
        and (
            t.text[:5].lower() == "from "
            # "from 1 January", "From next year, …" (not a base: "up 7.4% from this year")
            or (
                sent[max(0, t.start - 5) : t.start].lower() == "from "
                and (
                    len(t.period or "") == 10
                    or t.text.lower().startswith("next ")
                    # (a month with its year after the figure: "€18,000 a year from
                    # September 2027"; not a figure after the plan's span: "over the five
                    # years from April 2024, more than double the previous ceiling of …")
                    or (
                        len(t.period or "") == 7
                        and t.text[-4:].isdigit()
                        and _RATE_FROM_GAP_RE.fullmatch(sent, q.noun_end - s0, t.start) is not None
                    )
                )
            )
        )
        and t.future_period is not None
        and _EFFECTIVE_END_RE.match(sent, t.end)
    ):
        return t._replace(kind="point", period=t.future_period)
    return None


#: A budget, harvest or plan named with its year: "the 2026 draft budget", "a 2026
#: procurement plan", "the 2025 grain harvest", "the budget bill for 2026" (not a split year:
#: "the 2025/26 crop").
_SUBJECT_YEAR_RE = re.compile(
    # (not a verb after a conjunction: "has trained 1,500 since 2019 and plans to add …")
    r"\b(?:(?P<y>(?:19|20)\d\d)(?![/–-]\d)\s+(?:(?!(?:and|or|but)\s)[a-z-]+\s+){0,2}?"
    r"|(?:budget|plan|programme)\s+(?:bill\s+|draft\s+)?for\s+(?P<y2>(?:19|20)\d\d)(?![/–-]\d)"
    r"(?=\W)(?P<after>))"
    r"(?(after)|(?:budget|harvest|crop|plan|programme|program)s?\b)"
)


def _subject_year(sent: str) -> str | None:
    """The year of the one budget, harvest or plan a sentence names, if it names one."""
    if "20" not in sent and "19" not in sent:
        return None
    years = {m.group("y") or m.group("y2") for m in _SUBJECT_YEAR_RE.finditer(sent)}
    return years.pop() if len(years) == 1 else None


#: A period's preposition between a figure and its time: "12% in the previous quarter".
_IN_GAP_RE = re.compile(r"\s+(?:in|during|over)\s+")


def _before(period: str | None, published: date) -> bool:
    """Whether ``period`` ended before ``published``."""
    bounds = period_bounds(period) if period else None
    return bounds is not None and bounds[1] < published


#: Between a time and a figure: one verb and its object's qualifier ("on Monday added 140").
_VERB_OBJECT_GAP_RE = re.compile(
    r"\s+[a-z]+\s+(?:(?:about|some|nearly|almost|around|roughly|more\s+than|at\s+least)\s+)?"
)
#: A reporting participle opening what was said: "…, saying inflation was …".
_REPORTING_PARTICIPLE_RE = re.compile(
    r",\s+(?:saying|(?:adding|noting|warning|arguing|stressing|explaining)\s+that)\s"
)
#: A part of what was counted before: "31 of the drones", "1,200 of them".
_PART_OF_COUNTED_RE = re.compile(r"\s+of\s+(?:the|these|those|them)\b")
#: Another subject's act after ", and": "…, and the chipmaker raised …".
#: The same subject's next act after ", and": "…, and cut its buyback to $3.5 billion".
_AND_NEXT_ACT_RE = re.compile(
    rf",\s+and\s+(?:also\s+|then\s+)?(?:[a-z]+ed|{IRREGULAR_PASTS}|rose|fell|grew)\s"
)
#: A month written as a noun's modifier: "the April figure", "its May exports".
_NOUN_MONTH_RE = re.compile(r"(?:the|its|their)\s+[A-Z][a-z]+", re.I)
_EARLIER_READINGS = (" figure", " reading", " estimate", " number", " data", " print")
#: A new subject after "and": "… and the unemployment rate held at".
_AND_NEW_SUBJECT_RE = re.compile(r"\sand\s+(?:the|its|their)\s+[a-z]")
#: A time written as an adjective of a noun: "fourth-quarter earnings", "full-year sales".
_ADJECTIVE_TIME_RE = re.compile(r"[a-z]+-(?:quarter|half|year)", re.I)
_NEW_SUBJECT_RE = re.compile(
    r",\s+and\s+(?:the|its|their|[A-Z][\w'’-]*)\s+(?:[a-z-]+\s+)?"
    rf"(?:[a-z]+(?:ed|s)|{IRREGULAR_PASTS}|saw|rose|fell|grew)\b"
)
#: The measure named before, again: "estimates it at", "puts them at".
_SAME_THING_RE = re.compile(
    r"\b(?:estimates?|estimated|puts?|sees?|saw|forecasts?|pegs?|pegged|projects?|expects?)"
    r"\s+(?:it|them)\s+at\s+$"
)
_CONDITION_RE = re.compile(r"\b(?:unless|if)\b")
#: What a penalty is for: "… for shipping", "… for supplying".
_OFFENCE_GAP_RE = re.compile(r"\bfor\s+(?:illegally\s+|allegedly\s+)?[a-z]+ing\s")
#: "since" as an adverb of a verb: "have since dropped", "has since been cut".
_SINCE_ADVERB_RE = re.compile(r"\b(?:has|have|had|having)\s+since\b")
#: A decision that fixes a future figure: "set next year's minimum wage at …".
_DECISION_RE = re.compile(
    r"\b(?:set|sets|fixed|fixes|approved|approves|adopted|adopts|decided|decides|agreed"
    r"|agrees|ordered|orders|voted)\b"
)
_FORECAST_WORD_RE = re.compile(
    r"\b(?:forecasts?|estimates?|outlook|projections?|projected|guidance|expects?|expected"
    r"|expectations?|sees|predicts?|predicted)\b"
)
#: What looks forward from publication: a modal, an expectation, a plan, a deadline.
_FORWARD_CUE_RE = re.compile(
    r"\b(?:will|would|shall|expects?|expected\s+to|plans?\s+to|planning\s+to|aims?\s+to"
    r"|intends?\s+to|(?:is|are)\s+(?:set|due|poised|going)\s+to|seeks?\s+to|wants?\s+to"
    r"|(?:forecast|projected|predicted|estimated)\s+to)\b",
    re.I,
)


def _reading(sent: str, t: TimeExpr, modality: str) -> str | None:
    """The period a figure of ``modality`` takes from the time ``t`` of sentence ``sent``:
    the past reading for an outcome; for a plan or forecast the forward one, where a month
    already past this year is next year's when the sentence looks forward ("will raise it
    in January", "expect a cut by March", read in August), not for a pledge or an
    expectation told in the past ("pledged $1.7bn in March", "had expected 0.3% for
    February": this year's)."""
    if modality not in ("planned", "projected") or t.future_period is None:
        return t.period
    if t.next_period is not None and _FORWARD_CUE_RE.search(sent):
        return t.next_period
    return t.future_period


def future_is_not_actual(
    kept: Sequence[Dated],
    published: date | None,
    text: str = "",
    sents: Sequence[tuple[int, int, int]] = (),
) -> None:
    """A figure for a period that starts after publication has not happened: a sentence
    that states it flatly ("…, while the deficit narrows to 3% next year") forecasts it;
    one that tells a decision ("the government set next year's minimum wage at 4,620
    zlotys") plans it."""
    if published is None:
        return
    day = published.isoformat()
    for q in kept:
        if q.modality == "actual" and q.period is not None:
            if q.period <= day:
                # a label no later than the day of publication, read as text ("2025-03" before
                # "2025-06-01"): its period starts by then, or it is no period (a quick test
                # before period_bounds, which the labels of this year would call in vain)
                continue
            year = q.period[:4]
            if year.isdecimal() and int(year) < published.year:
                continue  # a period of an earlier year (most of them) starts before publication
            bounds = period_bounds(q.period)
            if bounds is not None and bounds[0] > published:
                q.modality = "projected"
                if sents:
                    before = text[sents[q.sent][0] : q.start]
                    if _DECISION_RE.search(before) and not _FORECAST_WORD_RE.search(before):
                        q.modality = "planned"
