"""Quantity candidates in news text: the first half of the extractor.

:data:`QTY_RE` finds quantity candidates (digits or number words, an optional scale, a
currency sign, code or word, a percent sign or word, a hyphenated range). This module then
splits the text into sentences (:func:`sentences`), drops the hits that are not claims
(dates, years, times, identifiers and model names, phone and page numbers, ordinals, names
with numbers, "one of", vague quantities: :func:`candidates`), joins ranges
(:func:`join_ranges`) and reads qualifier words (:func:`qualify`).  What each surviving
:class:`Qty` counts, and its rate, modality, period and source, are read in
:mod:`indicators.extract` and the modules it calls.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from indicators.claims import Modality, Per, Qualifier, UnitKind
from indicators.dates import AND_GAP_RE, BETWEEN_END_RE, has_odd_case
from indicators.numbers import (
    DIGITS_PATTERN,
    NUMBER_WORD_START,
    SCALES,
    WORD_NUMBER_PATTERN,
    parse_number,
)
from indicators.sources import prev_word
from indicators.units import (
    CURRENCY_CODES,
    FAMILY_WORDS,
    STOP_WORDS,
    TEMPERATURE_GLUED,
    TEMPERATURE_SPACED,
    TEMPERATURE_UNIT,
    currency_from_symbol,
    currency_from_word,
    default_currency,
)
from indicators.words import alternation, fold, scan_after, wordset

__all__ = ["QTY_RE", "Qty", "candidates", "join_ranges", "qty_matches", "qualify", "sentences"]


# --------------------------------------------------------------------------- patterns

# (grouped by first letter: the scan tries these after every number and at every capital)
_CODES = alternation(sorted(CURRENCY_CODES))
_CUR_PRE = (
    r"(?:(?:US|U\.S\.|A|C|NZ|NT|HK|S|R)\$\s?|Rs\.?\s?(?=\d)|[$€£¥₹₽₴₩₺₦]|R(?=\d)"
    rf"|(?<![A-Za-z])(?:{_CODES})\s?(?=\d))"
)
_SCALE_ATT = r"(?:bn|bln|mn|mln|tn|trn|m|b|k|B)(?![A-Za-z])"
_SCALE_DET = (
    r"\s+(?:thousand|million|billion|trillion|mn|mln|bn|bln|tn|trn|lakhs?(?:\s+crores?)?|crores?)"
    r"(?!\w|-(?![a-z]))"
)
_NUM = rf"(?:{DIGITS_PATTERN}|{WORD_NUMBER_PATTERN})"
#: Currency words after a number, grouped by first letter when put in the pattern (the scan
#: tries them after every number followed by a space).
_CUR_WORD_LIST = (
    "dollars|dollar|euros|euro|pounds\\s+sterling|pounds|sterling|yen|yuan|renminbi|rubles|"
    "roubles|ruble|rouble|hryvnias|hryvnia|hryvnas|zlotys|zloty|zlotych|crowns|kronor|kroner|"
    "krona|krone|rupees|rupee|shillings|shilling|won|rand|lira|francs|reais|pesos|naira|tenge|"
    "forints|riyals|riyal|rials|rial|dirhams|shekels|lei|leu|ringgit|baht|rupiah|korunas|koruna|"
    "cedis|cedi|birr|taka|dong|kwacha"
)
_CUR_WORDS = alternation(_CUR_WORD_LIST.split("|"))
_POST = (
    r"(?P<pct>\s?%|\s?(?:percent|per\s+cent|pct)(?![\w-])|pc(?![\w-])"
    r"|\s+percentage[\s-]points?(?![\w-])|\s+basis\s+points?(?![\w-])|\s?bps?(?![\w-])"
    # ("0.5pp", "0.3 ppt": percentage points)
    r"|\s?(?:pp|ppts?)(?![\w-])"
    # ("a quarter point", "half a point", "a half-point", "three-quarters of a point": rates'
    # steps in percentage points)
    # (the look-ahead first: most numbers are not followed by "point")
    r"|(?=[\s-]points?\b)(?:(?<=quarter)|(?<=quarters)|(?<=half)|(?<=half a)|(?<=of a))"
    r"[\s-]points?(?![\w-]))"
    rf"|\s+(?:(?:[A-Z][a-z]+|U\.S\.|US)\s+){{0,2}}(?P<curw>{_CUR_WORDS})(?![\w-])"
    rf"|\s(?P<curc>{_CODES})(?![\w-])"
)
#: What a price is quoted per in a compound adjective ("$60-a-barrel").
_PRICED_PER = (
    "(?:tonne|ton|barrel|day|week|month|year|hour|head|share|kilo|kg|litre|liter|gallon"
    "|pound|ounce|megawatt-hour|bushel)"
)
#: Energy units written onto their number.
_ATTACHED_UNITS = "GW|MW|kW|TW|GWh|MWh|TWh|kWh|bcm|mcm|tcm|bcf|tcf|bpd|C|F"
QTY_RE = re.compile(
    # (the ASCII letters and digits are in \w already: spelled out first, they are tested
    # as a bitmap before \w's Unicode lookup, at every position the scan tries)
    r"(?<![a-zA-Z0-9\w.,:/+#$€£¥\-–—])"
    # cheap first-characters filter: most word starts are not numbers (a number word starts
    # as NUMBER_WORD_START says, which WORD_NUMBER_PATTERN tests again)
    rf"(?=[\d$€£¥₹₽₴₩₺₦]|[A-Z][A-Z$.]|R\d|Rs|{NUMBER_WORD_START})"
    # a currency prefix starts with a capital or a symbol: try it only there
    rf"(?:(?=[A-Z$€£¥₹₽₴₩₺₦])(?P<cur1>{_CUR_PRE}))?(?P<num1>{_NUM})(?P<sc1>{_SCALE_ATT}|{_SCALE_DET})?"
    rf"(?:(?P<dash>\s?[-–—]\s?)(?P<cur2>{_CUR_PRE})?(?P<num2>{DIGITS_PATTERN})"
    rf"(?P<sc2>{_SCALE_ATT}|{_SCALE_DET})?)?"
    rf"(?:{_POST})?"
    # (an energy unit written onto the number is read as the unit after it: "1.2GW",
    # "31bcm"; not a calibre or a length, "155mm", "40ft", which name models)
    # (a scale word may open a compound adjective: "a 2.3 million-barrel draw", "a 10
    # billion-euro package")
    # (or a price's compound adjective: "the $490-a-tonne minimum price", "a £15-an-hour wage")
    rf"(?:(?<=illion|ousand)(?=-[a-z])|(?<=\d)(?=-(?:an?|per)-{_PRICED_PER}\b)"
    rf"|(?!(?!(?:{_ATTACHED_UNITS})\b)\w|[.,]\d|:\d|-[A-Za-z]|/\d))"
)
#: ``list(QTY_RE.finditer(text))``, faster: each match but one at the text's start or right
#: after another holds the character before the figure (candidates() reads a figure's start
#: from its groups)
qty_matches = scan_after(QTY_RE, ".,:/+#$€£¥-–—")


_QUAL_RE = re.compile(
    # (?=[…]): the first letters of the qualifiers (in any case, as the pattern is), a cheap
    # test before the case-insensitive words, which the engine tries one by one
    r"(?:^|(?<=[\s(\"“]))(?=[abcefijlmnorsuw])(?P<q>about|around|roughly|approximately|some|an\s+estimated|estimated"
    r"|circa|c\."
    r"|nearly|almost|close\s+to|more\s+than|over|at\s+least|upwards\s+of|above|in\s+excess\s+of"
    r"|no\s+(?:fewer|less)\s+than|up\s+to|at\s+most|fewer\s+than|less\s+than|under|below"
    r"|as\s+(?:much|many|high)\s+as|no\s+more\s+than|just\s+(?:over|under|below|above)"
    r"|well\s+(?:over|above|below|under)|between)\s+$",
    re.I,
)
#: _QUAL_RE without re.IGNORECASE, for the lower-cased text: the same matches when the text
#: holds no odd-case letter, twice as fast (see modality_cues._CASELESS_CUES).
_QUAL_LOWER_RE = re.compile(_QUAL_RE.pattern)
_QUAL_KIND: dict[str, Qualifier] = {
    "about": "approximate",
    "around": "approximate",
    "roughly": "approximate",
    "approximately": "approximate",
    "circa": "approximate",
    "c.": "approximate",
    "some": "approximate",
    "an estimated": "approximate",
    "estimated": "approximate",
    "close to": "approximate",
    "more than": "at_least",
    "over": "at_least",
    "at least": "at_least",
    "upwards of": "at_least",
    "above": "at_least",
    "in excess of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "just over": "at_least",
    "just above": "at_least",
    "well over": "at_least",
    "well above": "at_least",
    "up to": "at_most",
    "at most": "at_most",
    "nearly": "at_most",
    "almost": "at_most",
    "fewer than": "at_most",
    "less than": "at_most",
    "under": "at_most",
    "below": "at_most",
    "as much as": "at_most",
    "as many as": "at_most",
    "as high as": "at_most",
    "no more than": "at_most",
    "just under": "at_most",
    "just below": "at_most",
    "well below": "at_most",
    "well under": "at_most",
}

_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
#: (the first day of a span too: "from 9 to 11 July", "on 3-4 June")
_DATE_AFTER_RE = re.compile(
    rf"(?:\s*(?:[-–—]|to|and|until|till|through)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH_RE}"
)
_DATE_BEFORE_RE = re.compile(rf"{_MONTH_RE}\.?\s+$")
_TIME_AFTER_RE = re.compile(
    r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|CET\b|BST\b|hrs\b|o'clock)", re.I
)
#: The first two characters of a _TIME_AFTER_RE match after its spaces, lower-cased ("ſ" is
#: an "s" to re.IGNORECASE; no other letter here has a case variant).
_TIME_AFTER_STARTS = frozenset(("a.", "am", "p.", "pm", "gm", "ut", "ce", "bs", "bſ", "hr", "o'"))
_ID_KEYWORDS = wordset(
    """
    page pages p. pp. no. no nos. number numbers berth constituency article articles section
    sections chapter paragraph resolution flight gate platform route line room phase version
    level category type model block item amendment clause annex decree code district ward
    highway road bus track terminal pier dock lane exit step stage grade tier mark mk rule
    bill act order protocol unit squad battalion brigade regiment division corps
    zone sector plot lot building floor apartment house cell box row seat window id tel fax
    phone ext. vol. volume issue episode season series part appendix figure fig. table chart
    exhibit schedule form channel frequency junction footnote footnotes endnote endnotes
    coordinates codes hull pennant imo mmsi note notes
    junctions gates platforms terminals berths routes exits piers docks lanes wards districts
    lines rooms flights
    """
)
#: Keywords that are also verbs taking a count: "to order 50 jets", "can house 3,000 people".
_VERB_KEYWORDS = wordset(
    """
    order house block form schedule table issue track mark rule bill level seat channel
    route stage step phase dock zone act note
    """
)
#: Words before a verb that a keyword cannot follow as a noun naming something.
_VERB_BEFORE = wordset("to will would can could may might must should shall and or not also")
#: A model designation after a number: an all-caps variant word then a number or code
#: ("737 MAX 9 jets", "320 NEO 2"); not a unit or currency code ("500 MW", "20 EUR").
_DESIGNATION_AFTER_RE = re.compile(r" (?![KMGT]Wh?\b)([A-Z]{2,})[a-z]{0,3} \d+[A-Za-z]*\b")
#: An international number: "+" and a country code, then digit groups ("+39 06 5705 1",
#: "+1 202 555 0143", "+44 (0)20 7946 0018"); at least seven digits in all.
_PHONE_RE = re.compile(r"\+\d{1,3}(?:[ \u00a0.-]?\(?\d{1,5}\)?){2,6}(?![\d%]|[.,]\d)")
#: A street address after a number: "1 Canada Square", "10 Downing Street".
#: A map position or an angle after the number: "56°50′N", "55.7558 N, 37.6173 E", "35°
#: 10'" (not a temperature: "40°C").
_COORDINATE_AFTER_RE = re.compile(
    r"\s?[°º]\s?(?:\d|[NSEW]\b)|[′'](?:\s?\d+(?:\.\d+)?[″\"])?\s?[NSEW]\b"
)
#: A compass point after a number with two decimals or more: "55.7558 N, 37.6173 E".
_COMPASS_AFTER_RE = re.compile(r"\s?[NSEW](?=[,;)]|\s)")
#: The first characters the three patterns here can match after a number (a quick test).
_COORD_OR_CALIBRE_STARTS = frozenset(" °º′'-mcNSEW")
#: A calibre written apart from its number before what it names: "120 mm mortars" (as
#: "155mm shells" is).
_CALIBRE_AFTER_RE = re.compile(
    r"\s?-?(?:mm|cm)\s+(?!(?:of|in|on|at|a|an|the|per|by|to|and|or)\b)[a-z]"
)
_ADDRESS_AFTER_RE = re.compile(
    r" (?:[A-Z][a-z]+ ){1,3}(?:Square|Street|St|Road|Rd|Avenue|Ave|Place|Lane|Plaza"
    r"|Boulevard|Blvd|Way|Drive|Court|Terrace|Wharf|Embankment|Strasse|Straße)\b"
)
#: The word of a compound after a scale word: "million-[barrel]", "billion-[euro]".
_HYPHEN_WORD_RE = re.compile(r"[a-z]+")
_YEARLIKE_RE = re.compile(r"(?:1[89]|20|21)\d\d")
#: Before a year that is a price base: "in 2020 dollars", "at constant 2015 euros".
_PRICE_BASE_BEFORE_RE = re.compile(
    r"\b(?:in|at)\s+(?:(?:constant|real|today's|nominal)\s+)?$", re.I
)
#: Words that introduce a phone number: "call 0800 …", "dial 112", "hotline on 555 0199".
_PHONE_CUES = wordset(
    """
    call dial phone ring text telephone hotline helpline freephone tel tel. fax whatsapp
    sms
    """
)
_PHONE_LINKS = wordset("on at the our its their number line toll-free free:")
_PHONE_WORDS = _PHONE_CUES | _PHONE_LINKS
#: Digit groups that continue a phone number: "0800 123 4567", "020-7946-0958".
_PHONE_TAIL_RE = re.compile(r"(?:[ \-.]\(?\d{2,5}\)?)+(?![\w.,]\d)")
#: Thousands grouping ("1 200 000"): a quantity, not a phone number.
_GROUPED_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")

# A break is group 1 after end punctuation, or a newline run.  The punctuation is matched,
# not looked behind for, and the pattern opens with one character class (then which
# character it was is looked behind for), so the scan can skip quickly to the next [.!?\n].
_SENT_BREAK_RE = re.compile(
    r"[.!?\n](?:(?<=[.!?])([\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9]))|(?<=\n)\s*)"
)
#: _SENT_BREAK_RE where the text holds no "!", "?" or newline (most paragraphs): every
#: break then opens with a full stop, which the look-behind and the newline branch can only
#: confirm, and the scan skips to a literal first character faster than to a class.
_DOT_BREAK_RE = re.compile(r"\.([\"'”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9]))")
_PARA_RE = re.compile(r"\n\s*\n")
_ABBREV = wordset(
    """
    mr mrs ms dr st no nos gen lt col sen rep gov inc corp co ltd vs e.g i.e jan feb mar apr
    jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m approx est fig pp p vol mt ft jr sr
    prof capt cmdr adm maj sgt rev
    """
)
_ABBREV_LONGEST = max(map(len, _ABBREV))

# Small patterns used per candidate, compiled once.
#: (the look-behind finds the run's start at once; the match is the same)
_ABBREV_WORD_RE = re.compile(r"(?<![\w.])([\w.]+)\.$")
_CAP_WORD_RE = re.compile(r"[A-Z][a-z]+")
#: The number words of a ratio's ends after "one": "two in three", "nine in ten".
_RATIO_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
#: The other end of a ratio after a number: " in three", " in 10".
_IN_RATIO_AFTER_RE = re.compile(
    # (not a year: "up from three in 2014")
    rf" in (?:{_RATIO_WORDS}|\d{{1,3}}(?![\d,.]))\b"
    # (not a span: "lost two in 10 days")
    r"(?!\s*(?:%|per\s*cent|percent)|\s+(?:days?|weeks?|months?|years?|hours?|decades?)\b)",
    re.I,
)
#: The second end of a percent range written with two signs: "-4.50%" in "4.25%-4.50%".
_PCT_TAIL_RE = re.compile(r"[-–](\d{1,3}(?:\.\d+)?)%(?!\w|[.,]\d)")
#: The first end of a ratio: "one in ", "one in every ".
_ONE_IN_RE = re.compile(rf"\b(?:one|{_RATIO_WORDS}|\d+)\s+in\s+(?:every\s+)?$", re.I)
#: A bound before a bare "one" that makes it a count: "at most one", "more than one".
_ONE_BOUND_RE = re.compile(
    r"\b(?:[Mm]ore\s+than|[Aa]t\s+(?:least|most)|[Ff]ewer\s+than|[Ll]ess\s+than|[Uu]p\s+to)\s+$"
)
#: What makes "one" after a bound no count: a share, a ratio, a compound, the pronoun's "of".
_ONE_NOT_COUNT_AFTER_RE = re.compile(r"\s+(?:of|in|out|or|and|another|day|time)\b|-|[.,;:)]|$")
_BIG_WORD_RE = re.compile(r"\b(?:thousand|million|billion|trillion|hundred|half)\b")
_SCALE_WORD_RE = re.compile(r"thousand|million|billion|trillion")
_OF_AFTER_RE = re.compile(r"\s+of\b")
#: A part of what the sentence counted before: "inspected 14 tankers, nine of them flying
#: false flags".
_OF_THEM_RE = re.compile(r"\s+of\s+them\b")
#: Symbols of more than one currency, other than "$" (a bare "$" stays the US dollar).
_SHARED_SYMBOLS = frozenset(("¥",))


#: A fraction after a whole number: " 1/2 million".
_FRACTION_AFTER_RE = re.compile(r" \d/\d{1,2}(?!\d|/)")
#: A currency's hundredth after its word: " cents", " cent", " pence".
_SUBUNIT_AFTER_RE = re.compile(r"[\s-](?:cents?|pence)\b")


def _paragraph_before(text: str, sents: Sequence[tuple[int, int, int]], si: int) -> str:
    """The text of sentence ``si``'s paragraph before it."""
    k = si
    while k > 0 and sents[k - 1][2] == sents[si][2]:
        k -= 1
    return text[sents[k][0] : sents[si][0]]


#: A part of a named whole: "twelve of Poland's regions", "seven of its mines".
_COUNT_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred)"
)
_PARTITIVE_RE = re.compile(
    r"\s+of\s+(?:the|its|their|these|those|[A-Z][\w.-]*['’]s?)\s+(?:[a-z]+['’]s\s+)?"
    rf"(?!{_COUNT_WORDS}\b)[a-z]+s\b"
    # a part of a counted whole: "two of its five blast furnaces", "Two of the 16 regions",
    # "Twenty-two of the plant's 30 bays"
    # (or a named owner's: "Twenty-three of NATO's 32 members")
    rf"|\s+of\s+(?:the|its|their|these|those|[A-Z][\w.-]*['’]s)\s+"
    rf"(?:[a-z]+['’]s\s+|[A-Z][\w.-]*['’]s\s+)?"
    rf"(?:\d|{_COUNT_WORDS}\b)"
)
#: A part right before a whole written in words: "twelve of the [fourteen systems]".
_PART_OF_THE_RE = re.compile(rf"\b(?:\d[\d,.]*|{_COUNT_WORDS})\s+of\s+(?:the|its|their)\s+$", re.I)
_ARTICLE_RE = re.compile(r"an?\s")
_DASH_TO_RE = re.compile(r"\s*(?:-|–)\s*(?:to|and)\b")
_KOREA_RE = re.compile(r"Korea")
#: What follows a sum of won, not the verb: the clause's end or a rate ("27 300 won a month").
_WON_END_RE = re.compile(r"\s*(?:[.,;:)]|$|\s+(?:a|an|per|each)\s)")
_BETWEEN_TAIL_RE = re.compile(r"between\s+$", re.I)
_TO_GAP_RE = re.compile(r"\s+to\s+")
_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:from|rose|fell|rise|fall|increased?|decreased?|grew|grow|cut|raised?|"
    r"lowered?|lower|up|down|by|jumped|dropped|climbed|slipped)\s+(?:\S+\s+)?$",
    re.I,
)
#: _CHANGE_BEFORE_RE for the lower-cased text (see _QUAL_LOWER_RE).
_CHANGE_BEFORE_LOWER_RE = re.compile(_CHANGE_BEFORE_RE.pattern)
#: A change still to come: "expects sales to grow by", "will cut costs by".
_OUTLOOK_BEFORE_RE = re.compile(
    r"\b(?:expects?|expected|forecasts?|sees|projects?|projected|predicts?|could|would|will"
    r"|should|may|might|aims?|targets?|plans?|guided|guidance)\b[^.;]*$"
)
#: A grade after a percent: "12.5% protein", "62% Fe", "5% moisture".
_GRADE_AFTER_RE = re.compile(
    r"[\s-]*(?:protein|moisture|fat|alcohol|sulph?ur|purity|Fe\b|iron\s+content|ash\s+content"
    # (a rice grade: "Thai 5% broken rice")
    r"|broken\s+(?:rice|grade|white|parboiled|fragrant))\b"
)
_LEVEL_BEFORE_RE = re.compile(r"\b(?:to|at)\s+$")
_ATT_SCALE_RE = re.compile(r"\d(bn|bln|mn|mln|tn|trn|m|b|k)\b")
_SPACES_RE = re.compile(r"\s+")
_FIRST = operator.itemgetter(0)


@dataclass(slots=True)
class Qty:
    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    currency: str | None = None
    pct: str | None = None
    has_scale: bool = False
    is_word: bool = False
    is_from: bool = False
    sent: int = 0
    unit: str | None = None
    unit_kind: UnitKind = "count"
    per: Per | None = None
    modality: Modality = "actual"
    period: str | None = None
    source: str | None = None
    subject: str | None = None
    noun_end: int = 0
    generic: bool = False
    extra: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- sentences


def sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence; splits on end punctuation and newlines."""
    paras = [0] + [m.end() for m in _PARA_RE.finditer(text)] if "\n" in text else [0]
    one_para = len(paras) == 1
    spans: list[tuple[int, int, int]] = []
    start = 0
    plain = "\n" not in text and "!" not in text and "?" not in text
    for m in (_DOT_BREAK_RE if plain else _SENT_BREAK_RE).finditer(text):
        end, after = m.span(1)
        if end < 0:
            end, after = m.span()
        # an abbreviation ("Mr.", "U.S.") before a break on "." is not a sentence end
        if text[end] != "\n" and text[end - 1] == ".":
            # the word before the full stop, in the 12 characters before it and in the
            # sentence: a quick path for a plain word after a space (what _ABBREV_WORD_RE
            # finds there), the pattern for anything else
            space = text.rfind(" ", start, end - 1)
            w = text[space + 1 : end - 1] if space >= end - 12 else "."
            if not w.isalnum() and w:
                word = _ABBREV_WORD_RE.search(text[max(start, end - 12) : end])
                w = word.group(1) if word else ""
            # (most words before a full stop are longer than any abbreviation, and lower
            # case makes no word shorter)
            if len(w) <= _ABBREV_LONGEST:
                w = w.lower()
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
        # (past the first sentence of a plain text, a sentence starts at a character the
        # break's look-ahead took, not a space, and ends at a later full stop)
        if (plain and start) or (end > start and not text[start:end].isspace()):
            spans.append((start, end, 0 if one_para else bisect.bisect_right(paras, start) - 1))
        start = after
    if text[start:].strip():
        spans.append((start, len(text), 0 if one_para else bisect.bisect_right(paras, start) - 1))
    return spans


# --------------------------------------------------------------------------- candidates


#: parse_number is pure and the same surfaces recur ("2", "1.5 billion"): cache it.
_parse = functools.lru_cache(maxsize=8192)(parse_number)


@functools.lru_cache(maxsize=256)
def _pct_kind(pct: str) -> str:
    """The unit of a percent match ("%", " per cent", " basis points"): cached, as the same
    few surfaces recur."""
    p = pct.strip().lstrip("-").lower()
    return (
        "percentage_point"
        if p.startswith(("percentage", "pp", "point"))
        else "basis_point"
        if p.startswith(("basis", "bp"))
        else "percent"
    )


def _scale(s: str | None) -> float:
    if not s:
        return 1.0
    word = fold(s.strip())
    if word in SCALES:
        return SCALES[word]
    first, _, last = word.partition(" ")
    return SCALES[first] * SCALES[last.strip()]  # "lakh crore": a lakh of crores (1e12)


def _whole_count(num: str) -> bool:
    """Whether a number word is a whole count above one ("twelve", not "one", "half")."""
    try:
        v = _parse(num)
    except ValueError:
        return False
    low = num.lower()
    return (
        v >= 2
        and float(v).is_integer()
        # ("half a million of them" is a count; "half of them" is a share)
        and (not _FRACTION_WORD_RE.search(low) or _SCALE_WORD_RE.search(low) is not None)
    )


_FRACTION_WORD_RE = re.compile(r"half|quarter|third|dozen")


#: A fraction right before "a million": "a third of ", "two-thirds of ", "a tenth of ".
_FRACTION_OF_BEFORE_RE = re.compile(
    r"\b(?:thirds?|quarters?|halves|half|fifths?|tenths?|fraction)\s+of\s+$", re.I
)
#: Names of a group by its number of members: "Group of 77", "Group of Seven".
_NAMED_GROUPS_OF = ("Group of ", "Club of ", "Gang of ")
#: What follows an age set off by commas after a person: a verb or a relative clause
#: ("Ortega, 72, pressed", "the leader, 54, who"), not a list going on ("…, 45, and 30").
_AGE_AFTER_RE = re.compile(r",\s+(?!(?:and|or|nor|but|then|while|against|compared)\b)[a-z]")
#: An age after "aged"/"ages", or a range's second end after it: "girls aged nine to 14",
#: "adults aged between 18 and 24", "at ages 5".
_AGED_BEFORE_RE = re.compile(
    r"\b(?:[Aa]ged|[Aa]ges)\s+(?:between\s+|from\s+|over\s+|under\s+|of\s+)?"
    r"(?:\w+\s*(?:to|and|-|–)\s*)?$"
)
#: An age bound after people: "people over 65", "children under five", "those older than 80".
_PEOPLE_AGE_BEFORE_RE = re.compile(
    r"\b(?:people|persons|adults|children|kids|women|men|girls|boys|patients|those|residents"
    r"|pensioners|voters|drivers|anyone|everyone|individuals|smokers|citizens|workers)"
    r"\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than)\s+$",
    re.I,
)
#: What can follow a year after "around": nothing counted ("net zero around 2050.").
_YEAR_ONLY_AFTER_RE = re.compile(r"\s*(?:[.,;:)]|$|\s+(?:and|or|at|when|as|after|before)\b)")
#: "by about " before a year: "by about 2030" is a date.
_BY_ABOUT_RE = re.compile(r"\b(?:by|in|until|from|since)\s+about\s+$", re.I)
#: "net " before "zero": a goal, not a number.
_NET_BEFORE = ("net ", "net-")
#: A temperature's unit after its number, and the word after it (when a lowercase word
#: follows: an adjective's noun, or the verb of a reading).
_TEMPERATURE_AFTER_RE = re.compile(
    TEMPERATURE_UNIT + r"(?![\w°])(?:(?P<hyphen>-)|\s+(?P<next>[a-z]+)\b)?"
)
#: Words after a reading that do not make the temperature an adjective ("1.6C above").
_READING_NEXT_WORDS = wordset(
    "above below warmer cooler higher lower hotter colder yesterday today overnight and or but"
    " while"
)
#: The Paris goals after "warming": "limit warming to 1.5C", "keeping warming well below 2C".
_WARMING_BEFORE_RE = re.compile(r"\bwarming\s+(?:to|at|below|well\s+below|under)\s+$")
#: The last words of an age's bound and of "now" (a quick test before the patterns).
_AGE_BOUND_ENDS = (" over ", " under ", " above ", " below ", " than ", ", now ")
#: The word after a number: is it a counted plural ("children under 5 kilos" is no age)?
_WORD_AFTER_RE = re.compile(r"\s+([a-z]+)")
#: Between two numbers of one list of identifiers: "pages 5 and 6", "Articles 5, 6 or 7".
_ID_LIST_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:and|or|to|&)?\s*")
#: "numbers" as a verb: "which now numbers 672 ships", "the force numbers 40,000".
_NUMBERS_VERB_RE = re.compile(
    r"\b(?:which|that|now|it|force|fleet|total|army|workforce)\s+numbers\s+$"
)


#: Words that open a sentence before a count ("About 500", "Another 300", "In June 40").
_SENTENCE_OPENERS = wordset(
    """
    about some around nearly almost roughly approximately over under more fewer less only just
    at in on by of another exactly up between from since until till after before during for
    with among those these the all both each every last this next still even already now
    today yesterday so then also and but or yet plus minus close well barely perhaps maybe
    overall altogether combined together including excluding meanwhile however further
    estimated below above beyond across through throughout against like unlike per net gross
    total within without toward towards upwards circa twice half a an as if when while where
    once top record fully
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    """
)


def _is_identifier(text: str, start: int, sent_start: int, prev: str) -> bool:
    """Whether the number at ``start`` names something; ``prev`` is the word before it."""
    if not prev:
        return False
    low = prev.lower()
    if low == "numbers" and _NUMBERS_VERB_RE.search(text, max(sent_start, start - 30), start):
        return False  # "the fleet, which now numbers 672 ships": the verb
    if low == "of" and text.endswith(_NAMED_GROUPS_OF, 0, start):
        return True  # "the Group of 77", "the Club of Rome": a name
    if low == "top":
        # a rank after an owner or "the": "the world's top 10 foundries" (not the verb: "sales
        # could top 500,000")
        pw = prev_word(text, start - 1 - len(prev)).lower()
        return pw in ("the", "its", "their", "our", "his", "her") or pw.endswith(("'s", "’s"))
    if low in _ID_KEYWORDS or low.rstrip(".") in _ID_KEYWORDS:
        if low in _VERB_KEYWORDS and prev.islower():
            # a verb after "to" or a modal: "plans to order 50 jets", "will form 10 brigades"
            return prev_word(text, text.rfind(prev, 0, start)).lower() not in _VERB_BEFORE
        return True
    gap = text[start - 1 : start] if start > 0 else ""
    if prev.endswith(("'s", "’s", "'", "’")):
        return False  # an owner before its figure: "Nordvik's 40 MW plant"
    if gap == " " and prev[0].islower() and not prev.islower() and prev.isalpha():
        return True  # a product name in camel case: "eReader 4", "iPad 11"
    if prev[0].isupper() and gap == " " and prev.upper() not in CURRENCY_CODES:
        # a capitalised word right before the number ("Falcon 9", "Article 5"), unless the
        # word opens the sentence ("In 2024", "About 500")
        pstart = start - 1 - len(prev)
        if text[sent_start:pstart].strip() == "":
            # the sentence's first word: "About 500", "In 2024" open a sentence, a brand
            # before its model number is a name ("Boeing 737 deliveries rose", "Falcon 9
            # launches hit 120", "Pixel 10 owners")
            return (
                low not in _SENTENCE_OPENERS
                and low not in STOP_WORDS
                and text[start : start + 8].split(maxsplit=1)[0].isdigit()
                and prev.isalpha()
            )
        return not _CAP_WORD_RE.fullmatch(prev) or low not in STOP_WORDS
    return False


def _is_age(text: str, start: int, after: str, num: str) -> bool:
    """Whether the plain number at ``start`` (``after`` follows it) is a person's age: after
    "aged" ("aged nine to 14"), as a bound of people's ages ("people over 65", "children under
    five"), or set off after a person with "now" ("its chief executive, now 58, has")."""
    before = text[max(0, start - 32) : start]
    try:
        v = _parse(num)
    except ValueError:
        return False
    if not (1 <= v <= 120 and float(v).is_integer()):
        return False
    if ("aged" in before or "ages" in before) and _AGED_BEFORE_RE.search(before):
        return True
    if before.endswith(", now ") and after[:2] == ", ":
        return True
    if before.endswith(_AGE_BOUND_ENDS) and _PEOPLE_AGE_BEFORE_RE.search(before):
        w = _WORD_AFTER_RE.match(after)
        word = w.group(1) if w else ""
        # (not a count of things after the bound: "children under 5 kilos")
        return not (word.endswith("s") and word not in STOP_WORDS and not word.startswith("year"))
    return False


def _is_named_temperature(text: str, start: int, after: str, num: str) -> bool:
    """Whether the temperature at ``start`` names a goal or a grade, not a reading: as an
    adjective before a noun ("the 1.5C goal", "a 4C rating") or as the Paris goals after
    "warming" ("limiting warming to 1.5C", "well below 2C")."""
    mt = _TEMPERATURE_AFTER_RE.match(after)
    if mt is None:
        return False
    if mt.group("hyphen"):
        return True  # "a 46C-plus heatwave": an adjective
    word = mt.group("next")
    if word is not None and word not in STOP_WORDS and word not in _READING_NEXT_WORDS:
        return True
    return (
        num in ("1.5", "2", "2.0")
        and _WARMING_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


def _phone_end(text: str, start: int, digits: str) -> int:
    """The end of the phone number starting at ``start``, or -1 when it is none: a digit
    group with a leading zero ("0800 123 4567", "020 7946 0958"), or digits right after a
    word that introduces one ("call 999", "dial 112 or", "the hotline on 555 0199")."""
    tail = _PHONE_TAIL_RE.match(text, start + len(digits))
    end = tail.end() if tail else start + len(digits)
    if digits[0] == "0" and len(digits) > 1 and digits[1].isdigit():
        return end  # a leading zero: never a quantity in prose
    prev = prev_word(text, start).lower().rstrip(":")
    k = start - len(prev) - 1
    hops = 0
    while prev in _PHONE_LINKS and hops < 3:
        prev = prev_word(text, k).lower().rstrip(":")
        k -= len(prev) + 1
        hops += 1
    if prev not in _PHONE_CUES:
        return -1
    number = text[start:end]
    if "," in number or _GROUPED_RE.fullmatch(number):
        # "call 1,000 reservists", "call 1 200 witnesses": a count
        nxt = text[end : end + 12].lstrip()
        if nxt[:1].isalpha() and nxt[:1].islower() and not nxt.startswith(("or ", "for ")):
            return -1
    if tail is None:
        # one group: a phone number only when no noun follows ("call 999 or …")
        nxt = text[end : end + 12].lstrip()
        word = nxt.split(" ", 1)[0] if nxt else ""
        if word and word[0].isalpha() and word not in ("or", "for", "and", "from", "if", "to"):
            return -1
    return end


def candidates(
    text: str, sents: list[tuple[int, int, int]], matches: list[re.Match[str]]
) -> list[Qty]:
    # (map and a test before the comprehension: a comprehension is a function call, per
    # paragraph, and most paragraphs have no "+")
    sent_starts = list(map(_FIRST, sents))
    phones = (
        [
            (m.start(), m.end())
            for m in _PHONE_RE.finditer(text)
            # (a country code and at least two groups with five digits or more: "+47 3 30 5"
            # is a short phone number, not three counts)
            if sum(ch.isdigit() for ch in m.group(0)) >= 5
            and " " in m.group(0).replace("\u00a0", " ")
        ]
        if "+" in text
        else []
    )
    out: list[Qty] = []
    named: dict[int, list[str]] = {}  # currency codes written out, by paragraph
    last_id_end = -1  # where the last identifier's number ended
    for m in matches:
        # QTY_RE's groups in order (one call, where m.group(names) looks up every name)
        cur1, num1, sc1, _dash, cur2, num2, sc2, pct, curw, curc = m.groups()
        # (the figure opens with its currency or number: see qty_matches)
        start, end = m.start(1) if cur1 else m.start(2), m.end()
        si = bisect.bisect_right(sent_starts, start) - 1
        if si < 0 or start >= sents[si][1]:
            continue
        if (
            start > 4
            and text.endswith("per ", 0, start)
            and not text[start - 5 : start - 4].isalnum()
        ):
            continue  # "per 100,000 residents", "per 100 kg": a rate's denominator, no claim
        if phones and any(a <= start < b for a, b in phones):
            continue
        cur_tok = cur1 or cur2
        if cur1 and cur1[-1].isalpha() and not (sc1 or "." in num1 or "," in num1):
            continue  # "COP30", "EUR2030": capitals glued to digits name something
        is_word = not num1[0].isdigit()
        lw = num1.lower() if is_word else num1
        if num2 and text[end : end + 1] in ("-", "–") and text[end + 1 : end + 2].isdigit():
            continue  # "1-4-1 Marunouchi": a chain of three numbers names a place or a code
        if is_word and lw == "zero" and text[max(0, start - 4) : start].lower() in _NET_BEFORE:
            continue  # "net zero by 2050", "the Net Zero 2050 scenario": a goal's name
        after = text[end : end + 40]
        if (
            after[:1] in TEMPERATURE_GLUED
            or (after[:1] == " " and after[1:2] in TEMPERATURE_SPACED)
        ) and _is_named_temperature(text, start, after, num1):
            continue  # "the 1.5C goal", "a 4C rating", "limiting warming to 1.5C": no reading
        if start > 1 and text[start - 1] in "'’" and text[start - 2].isalnum() and end - start == 2:
            continue  # "Q4'24", "Jan'25": a year cut short, glued to what it dates
        if after[:1] == " " and after[1:2].isdigit() and _FRACTION_AFTER_RE.match(after):
            continue  # "3 1/2 million": a mixed fraction, not 3 (nor the 1/2)
        if (
            not (pct or cur_tok or curw or curc or sc1)
            # (a quick test, without a slice: the words the age patterns end with)
            and (
                text.endswith(_AGE_BOUND_ENDS, 0, start)
                or text.find("aged", max(0, start - 32), start) >= 0
                or text.find("ages", max(0, start - 32), start) >= 0
            )
            and _is_age(text, start, after, num1)
        ):
            continue  # "girls aged nine to 14", "people over 65", "its chief, now 58, said"
        # times and dates
        if (
            not pct
            and after.lstrip()[:2].lower() in _TIME_AFTER_STARTS
            and _TIME_AFTER_RE.match(after)
        ):
            continue
        if (
            pct
            and _GRADE_AFTER_RE.match(after)
            and not _LEVEL_BEFORE_RE.search(text, max(0, start - 4), start)
        ):
            # "wheat with 12.5% protein", "62% Fe ore": a grade, not a figure; but a level
            # reached is one ("enriched uranium to 60% purity")
            continue
        if (
            curw
            and not (num2 or sc1 or cur_tok)
            and len(num1) == 4
            and _YEARLIKE_RE.fullmatch(num1)
            and _PRICE_BASE_BEFORE_RE.search(text, max(0, start - 20), start)
        ):
            continue  # "in 2020 dollars", "at constant 2015 euros": a price base, a date
        if not is_word and not (cur_tok or pct or sc1 or sc2 or curw or curc):
            digits = num1
            # (\d{1,2}: one or two decimal digits, as \d is in a str pattern)
            if (
                len(digits) <= 2
                and digits.isdecimal()
                and (
                    _DATE_AFTER_RE.match(after)
                    or _DATE_BEFORE_RE.search(text[max(0, start - 12) : start])
                )
            ):
                continue
            if len(digits) == 4 and _YEARLIKE_RE.fullmatch(digits) and not num2:
                seg = text[max(0, start - 25) : start]
                tail = seg.rstrip()
                q = (
                    _QUAL_RE.search(seg)
                    if len(tail) < len(seg)
                    and (
                        tail.lower().endswith(_QUAL_ENDS_ALL)
                        or (not tail.isascii() and has_odd_case(tail))
                    )
                    and _may_qualify(tail)
                    else None  # a quick test: no qualifier word right before the number
                )
                if not q or q.group("q").lower() in ("between", "over", "under", "above", "below"):
                    continue
                if _YEAR_ONLY_AFTER_RE.match(after) and (
                    q.group("q").lower() in ("around", "circa", "c.") or _BY_ABOUT_RE.search(seg)
                ):
                    continue  # "net zero around 2050", "by about 2030.": a year, no count
            if num2 and len(digits) == 4 and _YEARLIKE_RE.fullmatch(digits):
                continue  # 2026-2032
            if (
                after[:2] == ", "
                and len(digits) <= 3
                and digits.isdecimal()
                and 16 <= int(digits) <= 110
                and text[start - 2 : start] == ", "
                and text[start - 3 : start - 2].isalpha()
                and _AGE_AFTER_RE.match(after)
            ):
                continue  # "Senator Luis Ortega, 72, pressed her": an age set off after a person
            prev = prev_word(text, start)
            if _is_identifier(text, start, sents[si][0], prev) or (
                last_id_end >= 0 and _ID_LIST_GAP_RE.fullmatch(text, last_id_end, start)
            ):
                last_id_end = end  # "pages 5 and 6", "Articles 5, 6 and 7": the list goes on
                continue
            if (
                after[:1] in _COORD_OR_CALIBRE_STARTS
                and (
                    _COORDINATE_AFTER_RE.match(after)
                    or _CALIBRE_AFTER_RE.match(after)
                    # (two decimals or more)
                    or ("." in digits[:-2] and _COMPASS_AFTER_RE.match(after))
                )
            ):
                continue  # a map position, an angle or a calibre: no quantity
            # (both patterns open with a space and a capital: a quick test)
            capital_after = after[:1] == " " and "A" <= after[1:2] <= "Z"
            if capital_after and _ADDRESS_AFTER_RE.match(after):
                continue  # "1 Canada Square", "10 Downing Street": an address
            dm = _DESIGNATION_AFTER_RE.match(after) if capital_after else None
            if dm is not None and dm.group(1) not in CURRENCY_CODES:
                continue  # "737 MAX 9": a series, an all-caps variant word and a code
            if digits[0] == "0" or prev.lower().rstrip(":") in _PHONE_WORDS:
                pend = _phone_end(text, start, digits)
                if pend >= 0:
                    phones.append((start, pend))
                    continue
        # (a quick test: the pattern ends with "in" (any case) and whitespace, so the second
        # character before the number is "n", "N" or more whitespace)
        ch = text[start - 2 : start - 1]
        if ch == "n" or ch == "N" or ch.isspace():
            before12 = text[max(0, start - 12) : start]
            in2 = before12.rstrip()[-2:]
            if (
                len(in2) == 2
                and in2[1] in "nN"
                and in2[0] in "iI\u0130\u0131"
                and before12[-1:].isspace()
                and _ONE_IN_RE.search(before12)
            ):
                continue  # "one in five": a ratio
        if (
            ch == "y"
            and text.endswith("every ", 0, start)
            and _ONE_IN_RE.search(text, max(0, start - 24), start)
        ):
            continue  # "one in every 83 children": a ratio
        if (
            is_word
            and not (pct or cur_tok or curw or curc)
            and after[:4] == " in "
            and _IN_RATIO_AFTER_RE.match(after)
        ):
            continue  # "two in three firms": the other end of the ratio
        scaled = definite = False  # (a number word's: a scale word in it, "the" before it)
        if is_word:
            if (lw[:2] == "a " or lw[:3] == "an ") and _FRACTION_OF_BEFORE_RE.search(
                text, max(0, start - 20), start
            ):
                continue  # "a third of a million", "two-thirds of a billion": a share of it
            bare_one = lw == "one" or (lw.startswith("one ") and not _BIG_WORD_RE.search(lw))
            if (
                bare_one
                and not pct
                and not sc1
                and not (
                    # a bound of one: "at most one rate cut", "more than one a week" (not
                    # "more than one in five", "only one of them")
                    lw == "one"
                    and text[start - 1 : start] == " "
                    and _ONE_BOUND_RE.search(text, max(0, start - 16), start)
                    and not _ONE_NOT_COUNT_AFTER_RE.match(after)
                )
            ):
                continue
            pw = prev_word(text, start)
            scaled = _SCALE_WORD_RE.search(lw) is not None
            if (
                pw.lower() in ("these", "those", "no", "every", "each", "my", "your")
                # ("these two million" is a quantity: a scale word makes it one)
                and not scaled
                and not pct
            ):
                continue
            # "the two companies together export …": things that exist, however the sentence
            # goes on (its verb's modality is theirs, not the count's); not "the two million
            # promised", nor a whole after its part ("twelve of the fourteen systems")
            definite = (
                pw in ("the", "The")
                and not sc1
                and not scaled
                and not _PART_OF_THE_RE.search(text, max(0, start - 30), start)
            )
            if (
                _OF_AFTER_RE.match(after)
                and not pct
                and not _ARTICLE_RE.match(lw)
                and not (
                    (_PARTITIVE_RE.match(after) or _OF_THEM_RE.match(after)) and _whole_count(num1)
                )
            ):
                continue  # "one of", "half of"; but "twelve of Poland's regions" counts
            if _DASH_TO_RE.match(after):
                continue
        try:
            v1 = _parse(num1) * _scale(sc1) if sc1 else _parse(num1)
        except ValueError:
            continue
        # (positional: keyword arguments to the 22-field constructor cost more than the rest
        # of the construction)
        qty = Qty(start, end, v1)
        qty.is_word = is_word
        if definite:
            qty.extra["definite"] = "1"
        qty.sent = si
        if sc1 or sc2 or scaled:
            qty.has_scale = True
        if num2:
            try:
                n2 = _parse(num2)
            except ValueError:
                continue
            v2 = n2 * _scale(sc2)
            if not sc1 and sc2:
                # the second bound's scale is the first's too ("80-90 million"); a first
                # bound that then passes the second ("900-1.1 million") drops the range below
                v1 = _parse(num1) * _scale(sc2)
            if v2 <= v1:
                continue
            qty.low, qty.high, qty.value = v1, v2, (v1 + v2) / 2
            qty.qualifier = "range"
        elif pct and text[end : end + 1] in ("-", "–") and (mp := _PCT_TAIL_RE.match(text, end)):
            # "the 4.25%-4.50% range": a range with a percent sign at both ends (the scan
            # reads no number right after a dash)
            v2 = float(mp.group(1))
            if v2 > v1:
                qty.end = end = mp.end()
                qty.low, qty.high, qty.value = v1, v2, (v1 + v2) / 2
                qty.qualifier = "range"
        if (
            sc1
            and not (cur_tok or curw or curc or pct)
            and text.startswith("-", end)
            and (mh := _HYPHEN_WORD_RE.match(text, end + 1)) is not None
            and currency_from_word(mh.group(0).lower()) is not None
        ):
            curw = mh.group(0).lower()  # "a 10 billion-euro package": euros
        if cur_tok or curw or curc:
            sent_text = text[sents[si][0] : sents[si][1]]
            at = start - sents[si][0]
        if cur_tok:
            sym = cur_tok.strip()
            # (a symbol of two currencies looks back through its paragraph: "Chinese
            # chipmaker X … The company has budgeted ¥12bn")
            before = _paragraph_before(text, sents, si) if sym in _SHARED_SYMBOLS else ""
            qty.currency = currency_from_symbol(sym, sent_text, at, before)
            if qty.currency and any(ch.isalpha() for ch in cur_tok):
                # a code written out ("NOK 4bn", "C$2bn") names the currency of the
                # paragraph's ambiguous words ("… 2bn crowns")
                named.setdefault(sents[si][2], []).append(qty.currency)
        elif curw:
            w = curw
            if text.startswith((" cent", " pence", "-cent"), m.end("curw")) and (
                _SUBUNIT_AFTER_RE.match(text, m.end("curw"))
            ):
                continue  # "45 euro cents": a hundredth of the currency, not 45 euros
            if w.startswith("pounds") and not qty.has_scale and "sterling" not in w:
                qty.extra["unit"] = "pound_mass"
            elif (
                w == "won"
                and not (sc1 or sc2)
                and not _KOREA_RE.search(sent_text)
                # (a sum that closes its clause: "revenue per user slipped to 27 300 won.")
                and not (_parse(num1) >= 1000 and _WON_END_RE.match(text, m.end("curw")))
            ):
                # "Labour won": a verb, not the currency (and the space before it no part of
                # the figure)
                qty.end = m.start("curw")
                while text[qty.end - 1].isspace():
                    qty.end -= 1
            else:
                word = w.split()[0]
                qty.currency = currency_from_word(
                    word,
                    sent_text,
                    at,
                    named.get(sents[si][2], ()),
                    # (a country named before, in the paragraph: only for a word of a
                    # family, read only when the sentence names none)
                    _paragraph_before(text, sents, si) if word in FAMILY_WORDS else "",
                )
                if qty.currency is not None and qty.currency != default_currency(word):
                    # a word the sentence's country decided ("Norway's fund … 1.48 trillion
                    # crowns") decides the paragraph's next ones ("The fund … 19.7 trillion
                    # crowns"), as a code written out does
                    named.setdefault(sents[si][2], []).append(qty.currency)
        elif curc:
            qty.currency = currency_from_word(curc, sent_text, at)
            if qty.currency:
                named.setdefault(sents[si][2], []).append(qty.currency)
        if pct:
            qty.pct = _pct_kind(pct)
        out.append(qty)
    return out


# --------------------------------------------------------------------------- ranges


def join_ranges(text: str, qs: list[Qty]) -> list[Qty]:
    out: list[Qty] = []
    last = len(qs) - 1
    i = 0
    while i <= last:
        a = qs[i]
        if i < last:
            b = qs[i + 1]
            if (
                a.sent == b.sent
                and a.qualifier != "range"
                and b.qualifier != "range"
                # (a quick test of the gap, before the call: whitespace, "and" or "to",
                # whitespace; one longer than 12 characters has five spaces or more on a side)
                and (
                    b.start - a.end <= 12
                    or text[a.end + 1].isspace()
                    or text[b.start - 2].isspace()
                )
            ):
                r = _range_of(text, a, b)
                if r is not None:
                    out.append(r)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _range_of(text: str, a: Qty, b: Qty) -> Qty | None:
    """The range ``a`` and ``b`` of one sentence make ("between 2.8 and 3 million", "400 to
    500"), or None."""
    gap = text[a.end : b.start]
    # the bounds are joined by " and " or " to ", and most pairs are further apart: the gap
    # is tested before the words before the first bound
    and_gap = AND_GAP_RE.fullmatch(gap)
    to_gap = _TO_GAP_RE.fullmatch(gap) if and_gap is None else None
    if and_gap is None and to_gap is None:
        return None
    before = text[max(0, a.start - 30) : a.start]
    between = and_gap is not None and BETWEEN_END_RE.search(before) is not None
    to_range = to_gap is not None and (
        not (
            _CHANGE_BEFORE_RE.search(before)
            if has_odd_case(before)
            else _CHANGE_BEFORE_LOWER_RE.search(before.lower())
        )
        # a bare first bound before a percent: "rose 5 to 7 per cent" (a change of 5 would
        # have a unit of its own: "rose 5 points to 7%")
        or (
            a.pct is None
            and a.currency is None
            and not a.has_scale
            and b.pct is not None
            and a.value < b.value <= 3 * a.value
        )
        # a change to come by a span of percents: "expects sales to grow by 25% to
        # 30%" (not "cut its rate by 0.5% to 4%", a change and the level it reaches)
        or (
            a.pct is not None
            and a.pct == b.pct
            and before.endswith("by ")
            and a.value < b.value <= 2 * a.value
            and _OUTLOOK_BEFORE_RE.search(text, max(0, a.start - 80), a.start) is not None
        )
    )
    # a currency written on the first bound only: "between CHF 1.1bn and 1.3bn"
    compatible = (a.pct in (None, b.pct)) and (
        a.currency in (None, b.currency) or (b.currency is None and not b.pct)
    )
    if not ((between or to_range) and compatible):
        return None
    lo, hi = a.value, b.value
    if not a.has_scale and b.has_scale and lo * _scale_of(text, b) < hi:
        lo = a.value * _scale_of(text, b)  # "between 2.8 and 3 million"
    if lo < hi:
        start = a.start
        if between:
            start = a.start - len(_BETWEEN_TAIL_RE.search(before).group(0))  # type: ignore[union-attr]
        r = Qty(
            start=start,
            end=b.end,
            value=(lo + hi) / 2,
            low=lo,
            high=hi,
            qualifier="range",
            currency=b.currency or a.currency,
            pct=b.pct or a.pct,
            has_scale=b.has_scale,
            sent=a.sent,
            is_word=a.is_word and b.is_word,
        )
        r.extra = {**a.extra, **b.extra, "ranged": "1"}
        return r
    return None


def _scale_of(text: str, q: Qty) -> float:
    s = text[q.start : q.end].lower()
    for word, mult in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3)):
        if word in s:
            return mult
    m = _ATT_SCALE_RE.search(s)
    return SCALES[m.group(1)] if m else 1.0


#: A verb of movement whose particle is "up" before "up to": "picked up to 3.4%", "would tick
#: up to", "is edging up to" (not a verb of giving or spending: "pledged up to £160m" is a
#: bound).  Any form of these verbs (see _is_movement_verb).
_PARTICLE_UP_RE = re.compile(r"\b(?P<verb>[a-z]+)\s+up$")
#: (the verb, not the adjective: "Vietnam's revised power plan calls for 73 GW of solar and
#: up to 38 GW" keeps its bound)
_REVISED_UP_RE = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!['’]s\s)(?<!\bits\s)(?<!\btheir\s)"
    r"\brevis(?:e|es|ed|ing)\b[^,;.]{0,45}\s+up$"
)
_MOVEMENT_VERBS = wordset(
    """
    step move tick edge pick inch ramp jump climb rev perk firm ratchet nudge bump notch
    bounce spike gear speed tack drift creep push drive mark round trend head march revise
    scale adjust go went gone shoot shot crept sped built drove driven
    """
)


def _is_movement_verb(word: str) -> bool:
    """Whether ``word`` is a form of one of _MOVEMENT_VERBS ("picked", "moving", "steps")."""
    w = word.lower()
    return any(
        form in _MOVEMENT_VERBS for form in (w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-4])
    )


#: Last words of the qualifiers (_QUAL_RE's words), for a quick test before the search.
_QUAL_ENDS_ALL = tuple(sorted({k.split()[-1] for k in _QUAL_KIND} | {"between"}))
_QUAL_SINGLE = frozenset(k for k in (*_QUAL_KIND, "between") if " " not in k)
#: Each last word to the words one of its qualifiers has right before it, or to None when
#: the word is a qualifier on its own: "to" ends only "up to" and "close to", "as" only
#: "as much as", "as many as" and "as high as".
_QUAL_LAST: dict[str, frozenset[str] | None] = {}
for _words in (k.split() for k in _QUAL_KIND):
    if _words[-1] in _QUAL_SINGLE:
        _QUAL_LAST[_words[-1]] = None
    else:
        _QUAL_LAST[_words[-1]] = (_QUAL_LAST.get(_words[-1]) or frozenset()) | {_words[-2]}
_QUAL_LAST["between"] = None


def _may_qualify(tail: str) -> bool:
    """Whether _QUAL_RE may match the text before a number, ``tail`` being that text with
    its trailing whitespace stripped: a test on the last one or two words, after the one on
    the last letters and before the search ("rose to" and "was" are ruled out).  When the
    word after the last space is all ASCII letters, it is the qualifier's last word (the
    pattern's ``\\s+`` and look-behind), and so is the word before it for the word before.
    Anything else (a character outside ASCII, which re.IGNORECASE may equate with a letter;
    a bracket or quote in the word) may match."""
    if tail.isascii():
        word = tail[tail.rfind(" ") + 1 :]
        if word.isalpha():
            lw = word.lower()
            if lw not in _QUAL_LAST:
                return False
            before = _QUAL_LAST[lw]
            if before is None:
                return True
            rest = tail[: len(tail) - len(word)].rstrip()
            prev = rest[rest.rfind(" ") + 1 :]
            # (a word with a bracket or quote in it: the word before may start after it)
            return prev.lower() in before if prev.isalpha() else bool(prev)
    return True


#: A verb whose particle is "over" and that wants its object: "handed over 110 jets" (not
#: "took over 40 villages", which may be more than 40).
_OVER_PARTICLE_RE = re.compile(r"\b(?:hand|hands|handed|handing)\s+$", re.I)


def qualify(text: str, q: Qty, sent_start: int) -> None:
    if q.extra.get("ranged"):
        return
    seg = text[max(sent_start, q.start - 25) : q.start]
    tail = seg.rstrip()
    if len(tail) == len(seg):
        return  # _QUAL_RE needs a qualifier word then whitespace right before the number
    # a quick test on the last letters (has_odd_case only off ASCII: the letters
    # re.IGNORECASE equates with ASCII ones are not ASCII), then one on the last words
    odd = not tail.isascii() and has_odd_case(tail)
    if not (tail.lower().endswith(_QUAL_ENDS_ALL) or odd) or not _may_qualify(tail):
        return
    # (the qualifier is read folded, so the lower-cased twin gives the same word)
    m = _QUAL_RE.search(seg) if odd else _QUAL_LOWER_RE.search(seg.lower())
    if not m:
        return
    word = _SPACES_RE.sub(" ", fold(m.group("q")))
    if word == "between":
        return
    kind = _QUAL_KIND.get(word)
    if kind is None:
        return
    if word in ("over", "under", "above", "below") and q.is_word and not q.has_scale:
        return  # ("over two years"; but "above one million" is a bound)
    if word == "over" and _OVER_PARTICLE_RE.search(seg, 0, m.start()):
        return  # "after handing over 110 in 2024": a verb's particle, not a bound
    particle = (
        _PARTICLE_UP_RE.search(seg, 0, len(seg) - len(m.group(0)) + 2) if word == "up to" else None
    )
    if word == "up to" and (
        (particle is not None and _is_movement_verb(particle.group("verb")))
        # "revised its figure for September up to …": the verb further back
        or _REVISED_UP_RE.search(text, max(sent_start, q.start - 80), q.start - len(m.group(0)) + 2)
    ):
        return  # "inflation picked up to 3.4%": a verb's particle, not a bound
    q.start -= len(m.group(0))
    if q.qualifier == "range":
        return
    q.qualifier = kind
    if kind == "at_least":
        q.low = q.value
    elif kind == "at_most":
        q.high = q.value
