"""Numeric claims from news text: :func:`extract_claims`.

One compiled regular expression finds quantity candidates (digits or number words, an
optional scale, a currency sign, code or word, a percent sign or word, a hyphenated
range); everything else is context work around each hit, inside its sentence:

1. drop non-claims: dates, years, times, identifiers and model names, phone and page
   numbers, ordinals, names with numbers, "one of", vague quantities;
2. join ranges ("between 2.8 and 3 million", "400 to 500") and read qualifier words
   ("about", "more than", "up to");
3. find what is counted (the head noun after the number, a physical unit, a currency,
   percent), the rate period ("a year", "daily"), the modality (actual, capacity,
   planned, projected), the period the value refers to, and who is credited.

The function is pure: text in, claims out.  See ``docs/extraction.md``.

>>> [(c.mention, c.value, c.unit, c.per) for c in extract_claims(
...     "The plant can make up to 6 000 drones a year.")]
[('up to 6 000', 6000.0, 'drone', 'year')]
"""

from __future__ import annotations

import re
from datetime import date

from indicators.candidates import Qty, candidates, join_ranges, qty_matches, qualify, sentences
from indicators.claims import Claim, UnitKind
from indicators.dates import as_date, rate_period, time_expressions
from indicators.layout import unwrap
from indicators.lexicon import is_common_word
from indicators.modality import assign_modality
from indicators.periods import assign_periods, continued_periods, future_is_not_actual
from indicators.sources import attribute
from indicators.units import (
    AMOUNT_NOUNS,
    COMPOUND_UNITS,
    DEMONYMS_IN_I,
    DURATION_WORDS,
    MORE_WORDS,
    STOP_WORDS,
    TEMPERATURE_UNITS,
    currency_from_word,
    head_noun,
    noun_before,
    resolve_generic,
    singular,
    unknown_word_follows,
)
from indicators.words import wordset

__all__ = ["extract_claims"]

_OF_THE_GAP_RE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z]+['’]s\s+|[A-Z][\w.-]*['’]s\s+)?$"
)
#: The whole a figure is part of: "400 of these tanks", "twelve of Poland's regions",
#: "seven of the country's mines" (not "two of the three": a number is no noun).
_OF_THESE_RE = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|[A-Z][\w.-]*['’]s?)\s+(?:[a-z]+['’]s\s+)?"
    r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundred)\b)"
    # an adjective of age, size or state before the noun: "a dozen of its older tankers"
    # (kept once read: "more than 120 of the newer T-90M" names a model, and the adjective is
    # no noun; the count before says what it counts)
    r"(?:(?:older|newer|larger|smaller|biggest|largest|remaining|existing|new|old|other"
    r"|current|former|additional|ageing|aging|active|idle|operational)\s+)?+"
    # ("12 of the newer ones": what the count before counts)
    r"(?!ones\b)([a-z][a-z-]+)\b(?!['’])"
)
#: Who expects or forecasts a figure, when named by their trade: "the 75,000 economists had
#: expected" (not the unit of 75,000).
_FORECASTERS = frozenset(("economist", "analyst", "trader", "investor", "forecaster", "market"))
_EXPECTED_AFTER_RE = re.compile(
    r"\s+(?:had\s+|have\s+)?(?:expected|forecast|predicted|estimated|anticipated|pencilled\s+in)\b"
)
_AGAINST_RE = re.compile(r"\bagainst\s+$")
#: The same measure again, right before a figure: an earlier forecast of it, or its new level.
_SAME_RATE_GAP_RE = re.compile(
    r"(?:\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:earlier|previous|prior|original"
    r"|initial)\s+)?(?:forecast|estimate|target|guidance|projection|outlook)\s+of"
    r"|\b(?:double|triple|raise|lift|increase|expand|boost|cut|reduce|grow)[sd]?\s+"
    r"(?:output|production|capacity|it|exports|deliveries|shipments)\s+to"
    # the same measure moving on: "fell to 9.0 million barrels a day in December before
    # recovering to 9.3 million in January"
    r"|\b(?:before|after|then|and\s+then)\s+(?:(?:rising|falling|recovering|rebounding|climbing"
    r"|dropping|easing|slipping|returning|rose|fell|recovered|rebounded|climbed|dropped|eased"
    r"|slipped|returned)\s+(?:back\s+)?to)"
    # a contrast of the same measure in the present: "needs 20,000 shells a month but
    # receives only 8,000" (not "produces 300 a year but exported 40")
    r"|\b(?:but|though|although|while|whereas)\s+(?:it\s+|they\s+)?(?:currently\s+|now\s+)?"
    r"(?:only\s+)?[a-z]+s\s+(?:only|just)?"
    # the same measure taken further: "with a further extension taking it to" (not "taking
    # the total to": a total of a monthly flow is no monthly figure)
    r"|\btaking\s+(?:it|capacity|output)\s+to)\s*$"
)
_RATE_CHANGE_GAP_RE = re.compile(
    r"[^,;]{0,40},\s+(?:up|down)(?:\s+(?:by|some|about|nearly|almost|roughly))?\s+"
)
#: The same rate of a percent forecast on: "annual inflation was 9.1% and would slow to
#: 6.5-7%".
_SAME_PERCENT_RATE_GAP_RE = re.compile(
    r",?\s+(?:and\s+)?(?:would|will|could|should|is\s+expected\s+to|was\s+expected\s+to)\s+"
    r"(?:slow|ease|fall|rise|climb|accelerate|drop|decline|return|reach|average)\s+(?:to|at)\s*$"
)
#: Adjectives that name people when used as nouns: "the number of unemployed".
_PEOPLE_ADJECTIVES = (
    "unemployed", "jobless", "homeless", "displaced", "injured", "wounded", "missing", "dead",
    "poor",
)  # fmt: skip
#: "The number of X" a total is brought to, before or after the figure.
_NUMBER_OF_BEFORE_RE = re.compile(
    r"\b[Tt]he\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>(?:{'|'.join(_PEOPLE_ADJECTIVES)})(?!\s+(?:people|[a-z]+s)\b)|[a-z]+s)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:to|at|by|stood\s+at|reached|rose\s+to|fell\s+to"
    # (a change from a base: "the number of countries buying Russian weapons fell from 31 to
    # 12")
    r"|(?:rose|fell|grew|dropped|climbed|jumped|slipped|increased|decreased|declined)\s+from"
    r"(?:\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|around\s+)?"
    r"\d[\d,.]*\s+to)?)\s+"
    r"(?:over\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|around\s+)?$"
)
_NUMBER_OF_AFTER_RE = re.compile(
    r"\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+s)\b"
)
#: An elliptic "more": "roughly 700,000 more", "another 150 others".
_MORE_AFTER_RE = re.compile(r"\s+(?:more|additional|extra|others)\b")
#: Currency words that are also other nouns or verbs: "won", "real", "mark", "rand".
_NOT_CURRENCY_NOUNS = frozenset(("won", "real", "mark", "rand", "pound", "crown", "note", "bill"))
#: A counted subject and its verb of change or level, right before a figure with no noun
#: of its own: "Arrivals … fell to", "Transits through the strait slumped to", "Germany's
#: jobless total rose by", "Arrivals reached" (events and people, not measures such as
#: exports or output).
_SUBJECT_COUNT_RE = re.compile(
    r"\b(?P<noun>[Aa]rrivals|[Cc]rossings|[Tt]ransits|[Aa]pplications|[Dd]eaths|[Cc]asualties"
    r"|[Vv]isitors|[Tt]ourists|[Pp]assengers|[Mm]igrants|[Rr]efugees|[Dd]epartures"
    r"|[Bb]ankruptcies|[Ii]nsolvencies|[Aa]ttacks|[Ii]ncidents|[Ss]ailings|[Ff]lights"
    r"|[Aa]rrests|[Dd]etentions|[Ll]ayoffs|[Bb]irths|[Rr]egistrations|[Ee]mployment"
    r"|[Uu]nemployment|[Jj]obless\s+total|[Jj]obless|[Pp]opulation|[Hh]eadcount|[Ww]orkforce"
    r"|[Nn]et\s+migration|[Ii]mmigration|[Ee]migration|[Dd]eath\s+toll"
    # (events and people counted by agencies: "Encounters at the border fell to 189,000",
    # "robberies fell by 310")
    r"|[Ee]ncounters|[Aa]pprehensions|[Dd]etections|[Ii]nterceptions|[Dd]eportations"
    r"|[Rr]obberies|[Bb]urglaries|[Tt]hefts|[Hh]omicides|[Mm]urders|[Ss]hootings|[Oo]ffences"
    r"|[Oo]ffenses|[Ii]nfections|[Hh]ospitali[sz]ations|[Aa]dmissions|[Ee]nrol?lments"
    r"|[Ee]victions|[Ff]atalities|[Oo]verdoses|[Ff]oreclosures|[Vv]acancies"
    # (returns of people: "repatriations rose by 18% to 3,120")
    r"|[Rr]epatriations|[Ee]xpulsions|[Ee]vacuations|[Rr]esettlements|[Rr]elocations"
    # ("pupil numbers are projected to drop by about 400,000": pupils)
    r"|(?P<of>[a-z]+)\s+numbers"
    # (sales of a product counted in units: "US electric-vehicle sales rose 29.6% to a record
    # 438,487", "Smartwatch shipments … slid 4% to 11.2 million")
    r"|(?P<prod>[A-Za-z][a-z]+(?:-[a-z]+)?)\s+(?:sales|shipments|deliveries|registrations))"
    r"\b(?P<gap>[^.;:\d]{0,80}?)\s"
    r"(?:(?:rose|fell|climbed|dropped|slumped|jumped|increased|declined|decreased|grew|surged"
    r"|plunged|tumbled|slipped|eased|totalled|totaled|reached|hit|stood|numbered"
    r"|swelled|(?:has|have|had)\s+(?:grown|risen|fallen|climbed|dropped|increased|decreased"
    r"|declined|swelled|swollen)"
    # (a forecast of the movement: "Net migration is expected to fall to 350,000")
    r"|(?:is|are|was|were)\s+(?:expected|forecast|projected|set|likely|seen)\s+to\s+(?:fall|rise"
    r"|grow|drop|decline|increase|decrease|climb|ease|slow|reach|hit|top))\b"
    # (past a decimal point: "rose 29.6% in the third quarter to a record 438,487")
    r"(?:[^.;:]|\.(?=\d)){0,100}?\b(?:to|by|at)(?:\s+a\s+record(?:\s+high)?)?"
    # a verb whose object is the level itself: "Arrivals reached 46,843 last year", "Arrivals
    # in the first two months were 23,000"
    r"|(?:reached|hit|totalled|totaled|numbered|topped|exceeded|surpassed|were|was)"
    r"(?:\s+a\s+record)?"
    # an estimate of the level: "Casualties are estimated at 20,000 to 30,000"
    r"|(?:are|were|is|was)\s+(?:now\s+)?(?:estimated|put|thought|believed|reckoned)"
    r"\s+(?:at|to\s+(?:be|total|number)))"
    r"\s+$"
)
#: The qualifiers the gap patterns let stand before a figure ("about", "up to" …).
_BOUNDS = r"about|some|around|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to"
#: Words before "sales" or "shipments" that name no product: "retail sales", "export sales".
_NOT_PRODUCTS = wordset(
    "retail total net gross global domestic overseas foreign annual monthly weekly quarterly"
    " online export import same-store store new used overall group unit company industry arms"
    " record first second third fourth half year full-year like-for-like"
)
_PEOPLE_MEASURES = frozenset(
    (
        "employment",
        "unemployment",
        "jobless",
        "jobless total",
        "population",
        "headcount",
        "workforce",
        "net migration",
        "immigration",
        "emigration",
    )
)
#: An estimate of a level by whoever puts it there: "The institute puts Russia's active tank
#: fleet at around 2,000", "the ministry estimates the death toll at 3,400".
_PUTS_AT_RE = re.compile(
    r"\b(?:puts?|putting|pegs?|pegged|pegging|places|placed|placing|estimates?|estimated"
    r"|estimating)\s+(?P<np>(?:the|its|their|[A-Z][\w.-]*['’]s?)\s+[^.;:,\d]{1,60}?)\s+at\s+"
    rf"(?:(?:{_BOUNDS}|close\s+to|just\s+over|just\s+under|an\s+estimated)\s+)?$"
)
#: A count brought to a level by the figure before: "bringing arrivals since January to
#: 34,500", "taking deaths this year to 412".
_BRINGING_TO_RE = re.compile(
    r"\b(?:bringing|taking|pushing|lifting)\s+(?:the\s+)?(?P<noun>[a-z]+s)\b[^.;:,\d]{0,40}?\s+to\s+"
    rf"(?:(?:{_BOUNDS})\s+)?$"
)
#: What a fleet or a stock is of: "tank fleet", "missile stockpile".
_STOCK_NOUNS = frozenset(("fleet", "stock", "stockpile", "arsenal", "inventory"))


def _counted_in(np: str) -> str | None:
    """What a noun phrase put at a figure counts: "the death toll" (deaths), "Russia's active
    tank fleet" (tanks), "the camp's population" (people), "civilian casualties"
    (casualties); None for a measure that is no count ("growth")."""
    words = [w.lower() for w in _WORD_TOKEN_RE.findall(np)]
    if not words:
        return None
    last = words[-1]
    if len(words) > 2 and words[-2] == "of" and words[-3] == "number":
        return singular(last) if last not in STOP_WORDS else None
    if last == "toll":
        return "death" if "death" in words else None
    if last in _PEOPLE_MEASURES:
        return "person"
    if last in _STOCK_NOUNS:
        mod = words[-2] if len(words) > 1 else ""
        if mod.isalpha() and mod not in STOP_WORDS and not mod.endswith("s"):
            return singular(mod)
        return None
    if last.endswith("s") and last not in STOP_WORDS and last not in DURATION_WORDS:
        return singular(last)  # ("people" is "person" already)
    return None


#: Units of time a large total counts ("23.4 million hours of care"), not a duration.
_TIME_COUNTED = frozenset(("hour", "day", "minute", "week"))
#: Endings of the nouns of peoples ("Sudanese", "Syrians", "Eritreans", "Afghans", "Iraqis").
_DEMONYM_ENDS = ("ese", "ian", "ean", "an", "i")


def _is_demonym(sent: str, start: int, end: int, unit: str) -> bool:
    """Whether the head noun between ``start`` and ``end`` of ``sent`` (its singular ``unit``)
    is a people named by its country: capitalised, as the last word ("1.2 million Sudanese
    have crossed"; not "Chinese firms", whose head is "firm")."""
    words = sent[start:end].split()
    if not words or not words[-1][:1].isupper():
        return False
    return not unit.endswith("i") or unit in DEMONYMS_IN_I


#: Counts of people, never what "units" are.
_PEOPLE_UNITS = wordset(
    "person worker employee staff job people engineer member soldier customer client user"
    " subscriber buyer"
)
#: Between the two ends of a change: "from 77 million tonnes a year to 110 million".
_FROM_TO_RE = re.compile(r"(?:\s+[a-z]+){0,2}?(?:\s+(?:a|per)\s+(?:year|day|week|month))?\s+to\s+")
#: Between a base and the level it changed to: " to ", " to about ".
_FROM_TO_GAP_RE = re.compile(rf"\s+to\s+(?:(?:{_BOUNDS}|just\s+over|just\s+under)\s+)?")
#: A verb right after a count, opening a clause of its own: " arrive each day" (not a rate
#: word, a preposition or a conjunction: " a month", " to Kyiv a month", " and 40").
_VERB_AFTER_RE = re.compile(
    r"\s+(?!(?:a|an|per|each|every|to|from|in|at|for|of|into|on|across|through|by|and|or|with"
    r"|annually|daily|monthly|weekly|yearly|quarterly|this|last|next)\b)[a-z]+\b"
)
#: Between two coordinated counts: " and ", ", ", ", and ".
_LIST_GAP_RE = re.compile(r",?\s+and\s+|,\s+")
#: A credit right after a consensus figure, its compiler's: ", according to LSEG data".
_COMPILED_AFTER_RE = re.compile(r",?\s+(?:according\s+to|compiled\s+by|polled\s+by)\s")
#: An exchange rate's base after its figure: " per dollar", " to the dollar".
#: (not "against the dollar": "the euro rose to 1.09 against the dollar" is dollars a euro)
_PER_DOLLAR_RE = re.compile(r"\s+(?:per|to\s+the|a)\s+(?:US\s+|U\.S\.\s+)?dollar\b")
#: (the ASCII letters and digits are in \w already: spelled out first, they are tested as a
#: bitmap before \w's Unicode lookup, at every character of a word; nothing follows the run,
#: so it need not be backtracked into)
_WORD_TOKEN_RE = re.compile(r"[A-Za-z][a-zA-Z0-9\w'’-]*+")
_ANOTHER_BEFORE_RE = re.compile(r"\b[Aa]nother\s+$")
#: A staff count as the object of a change: "double its headcount to 400".
_STAFF_TO_RE = re.compile(
    rf"\b(?:its|their|the)\s+(?:headcount|workforce|staff)\s+(?:to|by)\s+(?:(?:{_BOUNDS})\s+)?$"
)
#: The counted noun of a sentence opening "The number of …".
_NUMBER_OF_OPENING_RE = re.compile(r"\s*[Tt]he\s+number\s+of\s+(?P<noun>[a-z]+s)\b")
#: A part of a count named after "of them": "some half a million of them children".
_OF_THEM_NOUN_RE = re.compile(r"\s+of\s+them\s+(children|women|men|people|[a-z]+s)\b(?!\s+of\b)")
#: A part of the count before: "of which about 4,600", "of which only 12".
_OF_WHICH_BEFORE_RE = re.compile(
    rf"\bof\s+which\s+(?:(?:{_BOUNDS}|only|just\s+(?:over|under))\s+)?$"
)
#: A base named by an adjective before the figure: "from a planned ", "from an estimated ".
_FROM_ADJECTIVES = (
    "planned", "estimated", "revised", "record", "projected", "budgeted", "expected",
    "forecast", "targeted", "initial", "previous", "preliminary", "downwardly", "upwardly",
)  # fmt: skip
_FROM_ADJECTIVE_RE = re.compile(
    rf"\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:{'|'.join(_FROM_ADJECTIVES)})\s+$"
)
#: A base named by its kind before the figure: "from an average of ", "from a peak of ".
_FROM_KIND_OF_RE = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[a-z]+\s+)?(?:average|peak|high|low|level"
    r"|record|total)\s+of\s+$"
)


# --------------------------------------------------------------------------- main


def extract_claims(text: str, published_on: date | str | None = None) -> list[Claim]:
    """Every numeric claim in ``text``, in order.

    ``published_on`` resolves relative dates ("last year", "on Friday"); it is never itself
    used as a claim's period.

    >>> [c.value for c in extract_claims("Exports rose 14.2 percent to ¥1.1 billion.")]
    [14.2, 1100000000.0]
    """
    if not text or not isinstance(text, str):
        return []
    pub = as_date(published_on)
    matches = qty_matches(text)
    if not matches:
        return []  # no digits or number words: most paragraphs of news prose
    # (layout is looked at only now: its test for two spaces costs half a microsecond)
    unwrapped = unwrap(text)
    if unwrapped is None:
        return _extract(text, pub, matches)
    # (read wrapped or twice-spaced text as one line; each claim's span and mention are
    # the original text's)
    clean, back = unwrapped
    claims = []
    for c in _extract(clean, pub, qty_matches(clean)):
        start, end = back(c.span[0]), back(c.span[1])
        claims.append(c.model_copy(update={"span": (start, end), "mention": text[start:end]}))
    return claims


def _extract(text: str, pub: date | None, matches: list[re.Match[str]]) -> list[Claim]:
    """The claims of ``text``, as :func:`extract_claims` returns them, for text without line
    wraps or runs of spaces, from its quantity matches (``qty_matches``)."""
    sents = sentences(text)
    qs = join_ranges(text, candidates(text, sents, matches))
    by_sent: dict[int, list[Qty]] = {}
    for q in qs:
        qualify(text, q, sents[q.sent][0])
        by_sent.setdefault(q.sent, []).append(q)

    kept: list[Qty] = []
    last_unit_by_para: dict[int, tuple[str, UnitKind]] = {}
    for si in sorted(by_sent):
        s0, s1, para = sents[si]
        sent = text[s0:s1]
        qlist = by_sent[si]
        # units
        for idx, q in enumerate(qlist):
            # "from" then spaces in the 8 characters before (a hand-written `\bfrom\s+$`)
            seg = text[max(s0, q.start - 8) : q.start]
            tail = seg.rstrip()
            q.is_from = len(tail) < len(seg) and (
                (
                    tail.endswith("from")
                    and (len(tail) == 4 or not (tail[-5].isalnum() or tail[-5] == "_"))
                )
                or (
                    # a base named by its kind: "from an average of 72", "from a peak of 9.1%"
                    tail.endswith(" of")
                    and _FROM_KIND_OF_RE.search(text, max(s0, q.start - 45), q.start) is not None
                )
                or (
                    # or by an adjective: "up from a planned 10.8 trillion this year", "from an
                    # estimated 5.3%"
                    tail.endswith(_FROM_ADJECTIVES)
                    and _FROM_ADJECTIVE_RE.search(text, max(s0, q.start - 30), q.start) is not None
                )
            )
            q.noun_end = q.end
            if q.currency:
                q.unit, q.unit_kind = q.currency, "currency"
            elif q.pct:
                q.unit, q.unit_kind = q.pct, "percent"
            elif "unit" in q.extra:
                q.unit, q.unit_kind = q.extra["unit"], "physical"
            else:
                unit, kind, nend, phrase = head_noun(sent, q.end - s0, q.value)
                if unit is not None and unit.startswith("@"):
                    cu, ck, mult, cper = COMPOUND_UNITS[unit[1:]]
                    q.value *= mult
                    q.low = q.low * mult if q.low is not None else None
                    q.high = q.high * mult if q.high is not None else None
                    if cper:
                        q.extra["per"] = cper
                    unit, kind = cu, ck
                if (
                    unit is None
                    and unknown_word_follows(sent, q.end - s0)
                    and not (
                        # (a verb after an elliptic count: "Another nine sat under netting")
                        para in last_unit_by_para
                        and _ANOTHER_BEFORE_RE.search(text, max(s0, q.start - 9), q.start)
                    )
                    and not (
                        # (or after a part of a count before: "delivered 18,700 robots, of
                        # which about 4,600 went to carmakers")
                        idx > 0
                        and "which" in text[max(s0, q.start - 32) : q.start]
                        and _OF_WHICH_BEFORE_RE.search(text, max(s0, q.start - 32), q.start)
                    )
                ):
                    q.unit = "__drop__"
                    continue
                if (
                    unit is not None
                    and kind == "count"
                    and unit in _FORECASTERS
                    and _EXPECTED_AFTER_RE.match(text, s0 + nend)
                ):
                    # "well below the 75,000 economists had expected": whoever expected
                    # it is no unit; the figure is theirs, unnamed, and a forecast
                    q.extra["expected_by"] = "1"
                    continue
                if (
                    unit is not None
                    and kind == "count"
                    and unit not in _NOT_CURRENCY_NOUNS
                    and (code := currency_from_word(unit, sent, q.end - s0)) is not None
                ):
                    # a currency word as the counted noun, a word apart: "300 additional
                    # euros" is 300 euros; "12 mil dollars" (a scale not read) is no claim
                    if not all(
                        w.lower() in MORE_WORDS for w in sent[q.end - s0 : nend].split()[:-1]
                    ):
                        q.unit = "__drop__"
                        continue
                    unit, kind = code, "currency"
                if unit is not None:
                    q.noun_end = s0 + nend
                    q.subject = phrase or None
                    if unit.endswith(_DEMONYM_ENDS) and _is_demonym(sent, q.end - s0, nend, unit):
                        unit = "person"  # "1.2 million Sudanese", "about 975,000 Syrians"
                    if unit in DURATION_WORDS and not (
                        # (a total of time is counted: "23.4 million hours of care", "1.1
                        # million working days lost"; "for 40 days" is a duration)
                        unit in _TIME_COUNTED and (q.has_scale or q.value >= 10_000)
                    ):
                        q.unit = "__drop__"
                        continue
                    if unit in ("unit", "piece", "item"):
                        prev_count = next(
                            (
                                p.unit
                                for p in reversed(qlist[:idx])
                                if p.unit_kind == "count"
                                and p.unit
                                and p.unit != "__drop__"
                                # (people are not the product: "hire two thousand workers at
                                # its battery-pack plant, lifting output to 500,000 units")
                                and p.unit not in _PEOPLE_UNITS
                            ),
                            None,
                        )
                        unit = resolve_generic(sent, nend, prev_count)
                    if unit == "degree" and (
                        temp := next(
                            (p for p in reversed(qlist[:idx]) if p.unit in TEMPERATURE_UNITS),
                            None,
                        )
                    ):
                        # "reached 47.3°C, 2.5 degrees above the record": the same scale
                        unit, kind = temp.unit, "physical"
                    q.unit, q.unit_kind = unit, kind  # type: ignore[assignment]
        for idx, q in enumerate(qlist):
            if q.unit is not None:
                continue
            after = text[q.end : q.end + 60]
            nxt = qlist[idx + 1] if idx + 1 < len(qlist) else None
            if (
                nxt is not None
                and _OF_THE_GAP_RE.match(text[q.end : nxt.start])
                and nxt.unit
                and nxt.unit != "__drop__"
            ):
                q.unit, q.unit_kind = nxt.unit, nxt.unit_kind
                # a part of a whole: "23 of its 32 members will …": what the sentence says
                # after the whole is said of the part; the whole is a plain count
                q.extra["part"] = "1"
                nxt.extra["whole"] = "1"
                continue
            if (
                q.is_from
                and nxt is not None
                and nxt.unit
                and nxt.unit != "__drop__"
                and nxt.unit_kind in ("count", "physical")
                and 0.1 <= q.value / max(nxt.value, 1e-9) <= 10
                and _FROM_TO_GAP_RE.fullmatch(text, q.end, nxt.start)
            ):
                # "rose from 1.2 million to 1.5 million barrels": the base counts what the
                # level after it counts (not "from 1.2 to 1.5 million": another order)
                q.unit, q.unit_kind = nxt.unit, nxt.unit_kind
                continue
            if "dollar" in after[:24] and (mfx := _PER_DOLLAR_RE.match(after)) is not None:
                # an exchange rate: "The rupiah fell to 16,400 per dollar" is 16,400 rupiah,
                # the currency named before it in the sentence
                code = next(
                    (
                        c
                        for w in reversed(_WORD_TOKEN_RE.findall(text, s0, q.start))
                        if w.lower() not in ("dollar", "dollars", "us", "u.s.")
                        and (c := currency_from_word(w.lower(), sent, q.start - s0)) is not None
                        and c != "USD"
                    ),
                    None,
                )
                if code is not None:
                    q.unit, q.unit_kind = code, "currency"
                    q.noun_end = q.end + mfx.end()
                    continue
            m = _OF_THESE_RE.match(after) or _OF_THEM_NOUN_RE.match(after)
            noun = m.group(1) if m else None
            if noun and noun not in STOP_WORDS:
                q.unit, q.unit_kind = singular(noun), "count"
                continue
            if "number" in text[max(s0, q.start - 90) : q.end + 40]:  # (a quick test)
                mnum = _NUMBER_OF_BEFORE_RE.search(
                    text, max(s0, q.start - 90), q.start
                ) or _NUMBER_OF_AFTER_RE.match(text, q.end)
                noun = mnum.group("noun") if mnum is not None else ""
                if noun in _PEOPLE_ADJECTIVES or (noun and noun not in STOP_WORDS):
                    # "bringing the number of listed vessels to 444", "bringing to 410 the
                    # number of entities it has designated": what the number counts ("the
                    # number of unemployed rose by 22,000": people)
                    q.unit = "person" if noun in _PEOPLE_ADJECTIVES else singular(noun)
                    q.unit_kind = "count"
                    continue
            seg40 = text[max(s0, q.start - 40) : q.start]
            if (
                "orkforce" in seg40 or "eadcount" in seg40 or "staff" in seg40
            ) and _STAFF_TO_RE.search(seg40) is not None:
                # "plans to double its headcount to 400", "cut its workforce by 1,200": people
                q.unit, q.unit_kind = "person", "count"
                continue
            if (
                idx == 0
                and text.startswith(("The number of ", "the number of "), s0)
                and (mnum := _NUMBER_OF_OPENING_RE.match(text, s0)) is not None
                and mnum.group("noun") not in STOP_WORDS
            ):
                # "The number of patients waiting more than a year for treatment, a backlog
                # that built up …, fell to 6,300": the sentence's subject, however long
                q.unit, q.unit_kind = singular(mnum.group("noun")), "count"
                continue
            if (
                "ing " in text[max(s0, q.start - 70) : q.start]
                and (mb := _BRINGING_TO_RE.search(text, max(s0, q.start - 70), q.start)) is not None
                and (noun := mb.group("noun")) not in AMOUNT_NOUNS
                and noun not in STOP_WORDS
                and noun not in DURATION_WORDS
            ):
                # "… bringing arrivals since January to 34,500": arrivals
                q.unit, q.unit_kind = singular(noun), "count"
                continue
            if (
                " at " in text[max(s0, q.start - 30) : q.start]
                and (mput := _PUTS_AT_RE.search(text, max(s0, q.start - 90), q.start)) is not None
                and (counted := _counted_in(mput.group("np"))) is not None
            ):
                # "The institute puts Russia's active tank fleet at around 2,000": tanks
                q.unit, q.unit_kind = counted, "count"
                continue
            msub = _SUBJECT_COUNT_RE.search(sent, 0, q.start - s0)
            while msub is not None and (
                nearer := _SUBJECT_COUNT_RE.search(sent, msub.end("gap"), q.start - s0)
            ):
                # the nearest subject: "Arrivals rose 40% to 3,300, while repatriations rose
                # by 18% to 3,120" (the leftmost match spans the first clause)
                msub = nearer
            prod = msub.group("prod") if msub is not None else None
            if prod is not None and prod.lower() in STOP_WORDS:
                msub = prod = None  # "its sales of new energy vehicles": the product comes after
            if msub is not None:  # (the gap holds no digit: no figure counted between)
                # "Arrivals on the central Mediterranean route fell to 41 300", "Employment
                # in Finland fell by 18,000": the counted subject of the verb of change,
                # before any figure counted earlier ("… 6,500 drones a month, and its
                # workforce has grown to more than 12,000")
                if prod is not None:
                    word = prod.lower().rsplit("-", 1)[-1]
                    if word in _NOT_PRODUCTS or (prod[0].isupper() and not is_common_word(word)):
                        # "retail sales rose to 400", "Tesla deliveries": no product named
                        q.unit = "__drop__"
                        continue
                    q.unit, q.unit_kind = singular(word), "count"
                    continue
                noun = msub.group("of") or msub.group("noun").lower()
                q.unit = (
                    "person"
                    if noun in _PEOPLE_MEASURES
                    else "death"
                    if noun.endswith("toll")  # "the death toll had risen to 2,886"
                    else singular(noun)
                )
                q.unit_kind = "count"
                continue
            prev = next(
                (
                    p
                    for p in reversed(qlist[:idx])
                    if p.unit and p.unit != "__drop__" and p.unit_kind != "percent"
                ),
                None,
            )
            same_order = prev is not None and 0.1 <= q.value / max(prev.value, 1e-9) <= 10
            if prev is not None and (
                prev.unit_kind != "currency" or ((q.has_scale or q.is_from) and same_order)
            ):
                q.unit, q.unit_kind = prev.unit, prev.unit_kind
                continue
            if q.is_from and prev is not None:
                # a base after a worth: "shipped 4,300 engines in April, worth $24 million
                # and up from 900 in January" counts the engines (a count of its order)
                base = next(
                    (
                        p
                        for p in reversed(qlist[:idx])
                        if p.unit_kind in ("count", "physical")
                        and p.unit
                        and p.unit != "__drop__"
                        and 0.1 <= q.value / max(p.value, 1e-9) <= 10
                    ),
                    None,
                )
                if base is not None:
                    q.unit, q.unit_kind = base.unit, base.unit_kind
                    continue
            if _MORE_AFTER_RE.match(after) and para in last_unit_by_para:
                # "contracts signed so far cover roughly 700,000 more": more of what the
                # paragraph counted before
                q.unit, q.unit_kind = last_unit_by_para[para]
                continue
            nb = noun_before(sent, q.start - s0)
            if nb is not None:
                q.unit, q.unit_kind = nb, "count"
                continue
            if (
                idx == 0
                and para in last_unit_by_para
                and (
                    not q.is_word or _ANOTHER_BEFORE_RE.search(text, max(s0, q.start - 9), q.start)
                )
            ):
                # "… 32 launchers in August. Another nine sat under netting": nine launchers
                q.unit, q.unit_kind = last_unit_by_para[para]
        qlist = [q for q in qlist if q.unit and q.unit != "__drop__"]
        if not qlist:
            continue
        # rate
        for idx, q in enumerate(qlist):
            nxt_start = qlist[idx + 1].start if idx + 1 < len(qlist) else s1
            region_start = qlist[idx - 1].end if idx else s0
            q.per = rate_period(
                text[q.noun_end : min(nxt_start, q.noun_end + 70, s1)],
                text[region_start : q.start],
                q.unit_kind == "percent",
            )
            if q.per is None and "per" in q.extra:
                q.per = q.extra["per"]  # type: ignore[assignment]
            if (
                q.per is None
                and idx
                # (a base of another kind of measure is not the rate's: "needs 1,200 tonnes of
                # rice a week, while the voucher has been cut from US$12.50")
                and q.unit_kind == qlist[idx - 1].unit_kind
                and (
                    q.is_from
                    or (
                        text.find("against", max(s0, q.start - 10), q.start) >= 0
                        and _AGAINST_RE.search(text, max(s0, q.start - 10), q.start)
                    )
                    or (
                        q.unit == qlist[idx - 1].unit
                        and (
                            _SAME_RATE_GAP_RE.search(text, qlist[idx - 1].noun_end, q.start)
                            # the change of a rate set off after it: "averaged 1.6 million
                            # barrels a day in the second quarter, down 0.3 million from …"
                            or _RATE_CHANGE_GAP_RE.fullmatch(text, qlist[idx - 1].noun_end, q.start)
                        )
                    )
                    or (
                        q.unit == qlist[idx - 1].unit == "percent"
                        and _SAME_PERCENT_RATE_GAP_RE.search(text, qlist[idx - 1].noun_end, q.start)
                    )
                )
            ):
                # "29 ships a day, against 71 a year earlier", "1.2m b/d, down from an earlier
                # forecast of 1.25m", "150,000 shells a year and will double output to 300,000"
                q.per = qlist[idx - 1].per
        for idx in range(len(qlist) - 1):
            # "from 77 million tonnes a year to 110 million", "from 7.8mn TEU to 9.8mn TEU a
            # year": the two ends of one change share its rate
            a, b = qlist[idx], qlist[idx + 1]
            if (
                a.is_from
                and (a.per is None) != (b.per is None)
                and a.unit == b.unit
                and _FROM_TO_RE.fullmatch(text, a.noun_end, b.start)
            ):
                a.per = b.per = a.per or b.per
                for before, later in zip(qlist[idx + 1 :], qlist[idx + 2 :], strict=False):
                    # …and the same measure taken on after the change: "from 77 million
                    # tonnes a year to 110 million by 2026, with a further extension taking it
                    # to 142 million tonnes"
                    if not (
                        later.per is None
                        and later.unit == before.unit
                        and _SAME_RATE_GAP_RE.search(text, before.noun_end, later.start)
                    ):
                        break
                    later.per = before.per
        for idx in range(len(qlist) - 2, -1, -1):
            # "can produce 500 drones and 40 missiles a month": coordinated counts share the
            # rate after the last of them
            a, b = qlist[idx], qlist[idx + 1]
            if (
                a.per is None
                and b.per is not None
                and a.unit_kind == b.unit_kind == "count"
                and not a.is_from
                and _LIST_GAP_RE.fullmatch(text, a.noun_end, b.start)
                # (not a rate in a clause of its own: "hosts 1.6 million refugees and roughly
                # 600 more arrive each day")
                and not _VERB_AFTER_RE.match(text, b.noun_end)
            ):
                a.per = b.per
        # ("the two mills" exist, and stand in no other figure's way to its verb: "Some 2,300
        # staff at the two mills will be let go")
        definite = [q for q in qlist if "definite" in q.extra and q.unit_kind == "count"]
        assign_modality(
            text, s0, s1, [q for q in qlist if q not in definite] if definite else qlist
        )
        for q in qlist:
            if "expected_by" in q.extra:
                q.modality = "projected"
        for q in definite:
            q.modality = "actual"
        # period
        times = time_expressions(sent, pub)
        if not times:
            for q in qlist:
                q.extra["timeless"] = "1"
        assign_periods(text, s0, s1, qlist, times, pub)
        for q in qlist:
            if "contract_worth" in q.extra:
                q.period = None  # (see assign_modality: a contract's value, undated)
            if q.unit_kind in ("count", "physical"):
                last_unit_by_para[para] = (q.unit or "", q.unit_kind)
        kept.extend(qlist)

    attribute(text, sents, kept)
    for q in kept:
        if (
            "expected_by" in q.extra
            and not _COMPILED_AFTER_RE.match(text, q.noun_end)
            and q.extra.get("credited") != "figure"
        ):
            # economists, analysts: unnamed (not the consensus's compiler credited right
            # after it: "beating analysts' average estimate of $4.8bn, according to LSEG",
            # "the $1.31 consensus compiled by LSEG")
            q.source = None
    continued_periods(text, sents, kept)
    future_is_not_actual(kept, pub, text, sents)
    claims: list[Claim] = []
    si = -1
    for q in kept:
        if q.sent != si:  # (a sentence's claims come together: its text is read once)
            si = q.sent
            s0, s1, _ = sents[si]
            sentence = text[s0:s1].strip()
        mention = text[q.start : q.end]
        if not mention.strip():
            continue
        claims.append(
            _claim(
                {
                    "mention": mention,
                    "span": (q.start, q.end),
                    "value": _tidy(q.value),
                    "low": None if q.low is None else _tidy(q.low),
                    "high": None if q.high is None else _tidy(q.high),
                    "qualifier": q.qualifier,
                    "unit": q.unit or "unit",
                    "unit_kind": q.unit_kind,
                    "per": q.per,
                    "modality": q.modality,
                    "period": q.period,
                    "attributed_to": q.source,
                    "subject": q.subject or _subject_phrase(text, q, s0),
                    "sentence": sentence,
                }
            )
        )
    return claims


_CLAIM_FIELDS = set(Claim.model_fields)
_new = object.__new__
_set = object.__setattr__


def _claim(values: dict[str, object]) -> Claim:
    """A `Claim` from trusted values, every field given in declaration order: what
    ``Claim.model_construct`` does, without its per-field alias and default lookups (a
    tenth of the extractor's time).  Not validated here, for speed: tests/test_extract.py
    re-validates every claim over the eval sets, so the model's invariants are checked."""
    c = _new(Claim)
    _set(c, "__dict__", values)
    _set(c, "__pydantic_fields_set__", _CLAIM_FIELDS.copy())  # (a copy: no rehashing)
    _set(c, "__pydantic_extra__", None)
    _set(c, "__pydantic_private__", None)
    return c


def _tidy(x: float) -> float:
    """Drop binary noise from scaling (8.7 * 1e12 -> 8.7e12)."""
    if type(x) is float and -1e12 < x < 1e12 and x.is_integer():
        return x  # at most 12 digits: already exact
    return float(f"{x:.12g}")


def _subject_phrase(text: str, q: Qty, s0: int) -> str | None:
    keep: list[str] = []
    for w in _WORD_TOKEN_RE.findall(text, max(s0, q.start - 80), q.start)[-6:]:
        if w.lower() not in STOP_WORDS:  # (a loop: a comprehension is a call of its own)
            keep.append(w)
    return " ".join(keep[-3:]) or None
