"""Units: currency symbols and words to ISO 4217, physical unit words to one name each.

Normalisation is a dictionary lookup (fast, used by the extractor on every number);
pint is only used by :func:`convert`, whose registry is built once, lazily.

>>> physical_unit("metric tonnes"), physical_unit("GWh"), physical_unit("barrels")
('tonne', 'gigawatt_hour', None)
>>> convert(1, "gigawatt", "megawatt")
1000.0
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

from indicators.claims import Per, UnitKind
from indicators.lexicon import is_common_word
from indicators.words import alternation, any_case, fold, wordset

__all__ = [
    "COMPOUND_UNITS",
    "COUNTRY_CURRENCY",
    "CURRENCY_CODES",
    "DURATION_WORDS",
    "MORE_WORDS",
    "STOP_WORDS",
    "convert",
    "currency_from_symbol",
    "currency_from_word",
    "default_currency",
    "head_noun",
    "is_plural",
    "noun_before",
    "physical_unit",
    "resolve_generic",
    "singular",
    "unknown_word_follows",
]


#: ISO 4217 codes the extractor recognises when written as codes ("USD 5bn", "5bn EUR").
CURRENCY_CODES: frozenset[str] = wordset(
    """
    USD EUR GBP JPY CNY RMB RUB UAH PLN SEK NOK DKK CHF KRW INR PKR KES ZAR BYN TRY BRL CAD
    AUD NZD HKD SGD MXN ARS CLP COP IDR MYR THB VND PHP NGN EGP SAR AED QAR ILS IRR KZT HUF
    CZK RON BGN ISK TWD GEL AMD AZN UZS BDT LKR NPR GHS TZS UGX ETB MAD DZD
    """
)

#: Symbols before a number.  ``$`` and ``¥`` are resolved with the context.
_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "R$": "BRL",
    "Rs": "INR",
    "Rs.": "INR",
    "U.S.$": "USD",
    "$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₴": "UAH",
    "₩": "KRW",
    "₺": "TRY",
    "R": "ZAR",
    "₦": "NGN",
    "zł": "PLN",
}

#: Currency words (singular and plural, lower case) to a default code; ambiguous words
#: (dollar, crown, ruble, rupee, …) are refined by :data:`COUNTRY_CURRENCY`.
_WORDS: dict[str, str] = {}
for _code, _names in {
    "USD": "dollar dollars",
    "EUR": "euro euros",
    "GBP": "pound pounds sterling",
    "JPY": "yen",
    "CNY": "yuan renminbi",
    "RUB": "ruble rubles rouble roubles",
    "UAH": "hryvnia hryvnias hryvnas hryvnya",
    "PLN": "zloty zlotys zlotych",
    "SEK": "crown crowns krona kronor",
    "NOK": "krone kroner",
    "INR": "rupee rupees",
    "KES": "shilling shillings",
    "KRW": "won",
    "ZAR": "rand",
    "TRY": "lira liras",
    "CHF": "franc francs",
    "BRL": "real reais",
    "MXN": "peso pesos",
    "NGN": "naira",
    "KZT": "tenge",
    "HUF": "forint forints",
    "SAR": "riyal riyals",
    "IRR": "rial rials",
    "AED": "dirham dirhams",
    "ILS": "shekel shekels",
    "RON": "leu lei",
    "MYR": "ringgit",
    "THB": "baht",
    "IDR": "rupiah",
    "CZK": "koruna korunas",
    "GHS": "cedi cedis",
    "ETB": "birr birrs",
    "BDT": "taka",
    "VND": "dong",
    "ZMW": "kwacha kwachas",
    "BYN": "",
}.items():
    for _n in _names.split():
        _WORDS[_n] = _code

#: Ambiguous currency → {country cue word: code}.  The cue nearest the number wins.
COUNTRY_CURRENCY: dict[str, dict[str, str]] = {
    "dollar": {
        "canada": "CAD",
        "canadian": "CAD",
        "australia": "AUD",
        "australian": "AUD",
        "new zealand": "NZD",
        "hong kong": "HKD",
        "singapore": "SGD",
        "taiwan": "TWD",
        "taiwanese": "TWD",
    },
    "crown": {
        "norway": "NOK",
        "norwegian": "NOK",
        "norges": "NOK",
        "oslo": "NOK",
        "sweden": "SEK",
        "swedish": "SEK",
        "sveriges": "SEK",
        "stockholm": "SEK",
        "denmark": "DKK",
        "danish": "DKK",
        "copenhagen": "DKK",
        "czech": "CZK",
        "prague": "CZK",
        "iceland": "ISK",
        "icelandic": "ISK",
    },
    "ruble": {
        "belarus": "BYN",
        "belarusian": "BYN",
        "minsk": "BYN",
        "russia": "RUB",
        "russian": "RUB",
        "moscow": "RUB",
    },
    "yen": {
        "china": "CNY",
        "chinese": "CNY",
        "beijing": "CNY",
        "shanghai": "CNY",
        "shenzhen": "CNY",
        "japan": "JPY",
        "japanese": "JPY",
        "tokyo": "JPY",
    },
    "rupee": {
        "pakistan": "PKR",
        "pakistani": "PKR",
        "karachi": "PKR",
        "lahore": "PKR",
        "islamabad": "PKR",
        "sri lanka": "LKR",
        "sri lankan": "LKR",
        "colombo": "LKR",
        "nepal": "NPR",
        "india": "INR",
        "indian": "INR",
        "new delhi": "INR",
        "mumbai": "INR",
    },
    "shilling": {
        "kenya": "KES",
        "kenyan": "KES",
        "uganda": "UGX",
        "ugandan": "UGX",
        "tanzania": "TZS",
        "tanzanian": "TZS",
    },
    "pound": {
        "egypt": "EGP",
        "egyptian": "EGP",
        "lebanon": "LBP",
        "lebanese": "LBP",
        "sudan": "SDG",
        "sudanese": "SDG",
        "syria": "SYP",
        "syrian": "SYP",
        "britain": "GBP",
        "british": "GBP",
    },
    "peso": {
        "argentina": "ARS",
        "argentine": "ARS",
        "chile": "CLP",
        "chilean": "CLP",
        "colombia": "COP",
        "colombian": "COP",
        "philippines": "PHP",
        "philippine": "PHP",
        "mexico": "MXN",
        "mexican": "MXN",
    },
    "franc": {"switzerland": "CHF", "swiss": "CHF"},
    "rial": {"iran": "IRR", "iranian": "IRR", "tehran": "IRR", "oman": "OMR", "omani": "OMR"},
    "riyal": {"saudi": "SAR", "riyadh": "SAR", "qatar": "QAR", "qatari": "QAR", "doha": "QAR"},
}

_FAMILY: dict[str, str] = {
    "dollar": "dollar",
    "dollars": "dollar",
    "$": "dollar",
    "crown": "crown",
    "crowns": "crown",
    "krona": "crown",
    "kronor": "crown",
    "krone": "crown",
    "kroner": "crown",
    "ruble": "ruble",
    "rubles": "ruble",
    "rouble": "ruble",
    "roubles": "ruble",
    "¥": "yen",
    "yen": "yen",
    "rupee": "rupee",
    "rupees": "rupee",
    "shilling": "shilling",
    "shillings": "shilling",
    "pound": "pound",
    "pounds": "pound",
    "peso": "peso",
    "pesos": "peso",
    "franc": "franc",
    "francs": "franc",
    "rial": "rial",
    "rials": "rial",
    "riyal": "riyal",
    "riyals": "riyal",
}

#: ISO code → the ambiguous family it belongs to ("NOK" → "crown").
#: Currency words several countries share ("crowns", "rubles", "dollars", …).
FAMILY_WORDS = frozenset(_FAMILY)
_CODE_FAMILY: dict[str, str] = {
    **{c: fam for fam, cues in COUNTRY_CURRENCY.items() for c in cues.values()},
    **{c: _FAMILY[w] for w, c in _WORDS.items() if w in _FAMILY and c},
}

_SPACES_RE = re.compile(r"\s+")
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z][\w/-]*)")
_NOUN_TOKEN_RE = re.compile(r"[A-Za-z][\w-]*")

#: A family's cue words, in any case, longest first: ``\b(?i:canadian|canada|…)\b``,
#: spelled with a literal first character per alternative and grouped by it (see
#: :func:`~indicators.words.alternation`): the engine tests one character at each word
#: start, where it tried every case-insensitive cue in turn.
_CUE_RE: dict[str, re.Pattern[str]] = {
    fam: re.compile(
        r"\b("
        + alternation(
            [form for cue in sorted(cues, key=len, reverse=True) for form in any_case(cue)]
        )
        + r")\b"
    )
    for fam, cues in COUNTRY_CURRENCY.items()
}


def _refine(code: str, family: str | None, context: str, at: int) -> str:
    return _cue_code(family, context, at) or code


def _cue_code(
    family: str | None,
    context: str,
    at: int,
    keep: Callable[[re.Match[str], str], bool] | None = None,
) -> str | None:
    """The code of the country of ``family`` named nearest ``at`` in ``context``, if any
    (only cues ``keep(match, context)`` admits, when given)."""
    if family is None or family not in _CUE_RE:
        return None
    best: tuple[int, str] | None = None
    for m in _CUE_RE[family].finditer(context):
        if keep is not None and not keep(m, context):
            continue
        dist = abs(m.start() - at)
        if best is None or dist < best[0]:
            best = (dist, COUNTRY_CURRENCY[family][fold(m.group(1))])
    return best[1] if best else None


#: A body the country named before it owns: "The Singapore government", "Hong Kong
#: authorities" (not "… and Canada are expected to spend").
_OWN_BODY_AFTER_RE = re.compile(
    r"\s+(?:government|central|authorities|treasury|ministry|state|sovereign|finance|economy"
    r"|regulator|parliament|budget|port|airline|company|firm|bank|exchange|cabinet|military"
    r"|army|navy|police|council|province|city)\b"
)


def _owns_the_sentence(m: re.Match[str], opening: str) -> bool:
    """Whether the country cue ``m`` owns the sentence opening ``opening`` as owner or
    adjective ("Canada's", "Canadian", "The Singapore government"), not as one of several
    actors ("European allies and Canada are expected to spend a combined $470bn")."""
    name = m.group(1)
    return not name[0].islower() and (
        name.lower().endswith(("ian", "ese"))
        or opening.startswith(("'s", "’s"), m.end(1))
        or _OWN_BODY_AFTER_RE.match(opening, m.end(1)) is not None
    )


#: A bare "$" price per unit of a commodity traded in US dollars: "$139.50 a tonne", "$78 a
#: barrel", "$2,400 an ounce", "$4.10 per bushel", "$11 per MMBtu".
_WORLD_PRICE_AFTER_RE = re.compile(
    r"\$\s?\d[\d,.]*\s+(?:an?|per)\s+(?:(?:metric|dry|short|troy)\s+){0,2}(?:tonne|ton|barrel|ounce"
    r"|bushel|pound|mmbtu|million\s+british\s+thermal\s+units?)\b",
    re.I,
)


def currency_from_symbol(
    symbol: str, context: str = "", at: int = 0, before: str = ""
) -> str | None:
    """ISO code for a currency symbol or code before a number; ``context`` resolves ``$``/``¥``
    (``before``, the paragraph before that sentence, resolves ``¥`` when the sentence
    names no country).

    >>> currency_from_symbol("¥", "exports from China rose to ¥1.1 billion")
    'CNY'
    >>> currency_from_symbol("¥", "The company budgeted ¥12bn.", 21, "Chinese chipmaker X said …")
    'CNY'
    """
    s = symbol.strip()
    if s.upper() in CURRENCY_CODES:
        return "CNY" if s.upper() == "RMB" else s.upper()
    code = _SYMBOLS.get(s)
    if code is None:
        return None
    if s == "$":
        # a bare "$" is the US dollar unless the sentence opens with another dollar country
        # ("The Canadian government will spend $2bn"); a place named later does not count,
        # nor where a business is based ("A Singapore-based ship manager agreed to pay $2.1m")
        opening = " ".join(w for w in context[:at].split()[:8] if not w.endswith("-based"))
        owner = _cue_code("dollar", opening, 0, _owns_the_sentence)
        # (only where the local press writes its own dollar "$": a figure of Taiwan, Hong Kong
        # or Singapore in English news is in US dollars unless written "NT$", "HK$", "S$")
        if owner in ("CAD", "AUD", "NZD") and not (
            _WORLD_PRICE_AFTER_RE.match(context, at) or _WORLD_PRICE_AFTER_RE.search(context, 0, at)
        ):
            return owner
        # (a price per tonne, barrel or ounce is a world market's, in US dollars, and so is
        # a change of it: "Australian Newcastle thermal coal slipped to $139.50 a tonne, down
        # $4.25 from the previous week")
        return code
    family = _FAMILY.get(s)
    return _cue_code(family, context, at) or _cue_code(family, before, len(before)) or code


def default_currency(word: str) -> str | None:
    """The code a currency word has with no country or code to decide it ("crowns": SEK)."""
    return _WORDS.get(word.strip().lower())


def currency_from_word(
    word: str, context: str = "", at: int = 0, named: Sequence[str] = (), before: str = ""
) -> str | None:
    """ISO code for a currency word or code after a number ("roubles", "EUR", "crowns").

    An ambiguous word takes the code of its family named last before it in ``named``
    (codes written out earlier in the sentence or paragraph: "NOK 4bn … 2bn crowns"),
    else the country named nearest the number in ``context``, else the country named last in
    ``before`` (the paragraph before the sentence: "Norway's sovereign wealth fund returned
    8.6%. Its value rose to 19.7 trillion crowns").

    >>> currency_from_word("rubles", "Average pay in Minsk reached 3 150 rubles")
    'BYN'
    >>> currency_from_word("crowns", "sales of 2 billion crowns", 9, ["DKK"])
    'DKK'
    """
    w = word.strip()
    if w.upper() in CURRENCY_CODES and w.isupper():
        return "CNY" if w == "RMB" else w
    lw = w.lower()
    code = _WORDS.get(lw)
    if code is None:
        return None
    family = _FAMILY.get(lw)
    if family == "dollar":
        # only an adjective right before the word decides: "Canadian dollars"
        refined = _refine(code, "dollar", context[max(0, at - 40) : at + 40], 40)
        if refined != code:
            return refined
    if family == "dollar":
        for c in reversed(named):
            if _CODE_FAMILY.get(c) == family:
                return c
        return code
    # the country named in the sentence, else the paragraph's code of that family before it
    # ("Sweden's Vattenfall earned 5 billion crowns" after a Danish sentence is SEK)
    cue = _cue_code(family, context, at)
    if cue is not None:
        return cue
    if family is not None and family != "yen":
        for c in reversed(named):
            if _CODE_FAMILY.get(c) == family:
                return c
        if before:
            cue = _cue_code(family, before, len(before))
            if cue is not None:
                return cue
    return code


#: Physical unit words (lower case, singular and plural, abbreviations) → canonical name.
_PHYSICAL: dict[str, str] = {}
for _name, _forms in {
    "tonne": "tonne tonnes ton tons t mt metric_ton metric_tons metric_tonne metric_tonnes",
    "kilogram": "kilogram kilograms kilogramme kilogrammes kg kgs",
    "gram": "gram grams gramme grammes g",
    "ounce": "ounce ounces oz troy_ounce troy_ounces",
    "pound_mass": "lb lbs",
    "watt": "watt watts w",
    "kilowatt": "kilowatt kilowatts kw",
    "megawatt": "megawatt megawatts mw",
    "gigawatt": "gigawatt gigawatts gw",
    "terawatt": "terawatt terawatts tw",
    "kilowatt_hour": "kilowatt-hour kilowatt-hours kilowatt_hour kilowatt_hours kwh",
    "megawatt_hour": "megawatt-hour megawatt-hours megawatt_hour megawatt_hours mwh",
    "gigawatt_hour": "gigawatt-hour gigawatt-hours gigawatt_hour gigawatt_hours gwh",
    "terawatt_hour": "terawatt-hour terawatt-hours terawatt_hour terawatt_hours twh",
    "cubic_metre": "cubic_metre cubic_metres cubic_meter cubic_meters m3 m³ cu_m",
    "cubic_foot": "cubic_foot cubic_feet",
    "litre": "litre litres liter liters l",
    "kilometre": "kilometre kilometres kilometer kilometers km",
    "mile": "mile miles",
    "metre": "metre metres meter meters",
    "hectare": "hectare hectares ha",
    "acre": "acre acres",
    "square_kilometre": "square_kilometre square_kilometres square_kilometer "
    "square_kilometers sq_km km2 km²",
    "square_metre": "square_metre square_metres square_meter square_meters sq_m m2 m²",
    "carat": "carat carats",
}.items():
    for _f in _forms.split():
        _PHYSICAL[_f] = _name

#: Measures that count things of a standard size (barrels of oil, twenty- and forty-foot
#: container equivalents): counts, not physical units.
COUNTED_MEASURES: dict[str, str] = {
    "barrel": "barrel",
    "barrels": "barrel",
    "bbl": "barrel",
    "teu": "teu",
    "teus": "teu",
    "feu": "feu",
    "feus": "feu",
}

#: Words that end in "s" and modify a plural noun after them ("measles cases", "arms
#: deals", "sanctions packages"); a list, as a verb after a plural ("ten launchers
#: indicates") looks the same.
_PLURAL_MODIFIERS = wordset(
    "measles mumps rabies arms sanctions goods sales savings earnings customs electronics"
    " logistics news series species parts"
    # (a collective noun before the noun it modifies: "armoured personnel carriers", "2,300
    # standing corps officers")
    " personnel corps"
)
#: A calibre or size written onto its number: "152mm", "7.62mm", "60-kg".
_CALIBRE_RE = re.compile(r"\d+(?:\.\d+)?-?(?:mm|cm|kg|in)")
#: A model designation between a name and its noun: "M1A2", "F-16V", "Mk2".
_MODEL_TOKEN_RE = re.compile(r"(?=[\w-]*\d)[A-Z][\w-]*")
_TEU_WORDS_RE = re.compile(r"twenty-foot\s+equivalent\s+units?\b", re.I)
#: First words ("_"-separated) of the unit names, and "metric" (see physical_unit).
_PHYSICAL_FIRST = frozenset({k.split("_", 1)[0] for k in _PHYSICAL} | {"metric"})

#: Canonical names to pint expressions (for :func:`convert`).
_PINT_NAMES: dict[str, str] = {
    "tonne": "tonne",
    "kilogram": "kilogram",
    "gram": "gram",
    "ounce": "troy_ounce",
    "pound_mass": "pound",
    "watt": "watt",
    "kilowatt": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "terawatt": "terawatt",
    "kilowatt_hour": "kilowatt_hour",
    "megawatt_hour": "megawatt_hour",
    "gigawatt_hour": "gigawatt_hour",
    "terawatt_hour": "terawatt_hour",
    "cubic_metre": "meter ** 3",
    "cubic_foot": "foot ** 3",
    "litre": "liter",
    "kilometre": "kilometer",
    "mile": "mile",
    "metre": "meter",
    "hectare": "hectare",
    "acre": "acre",
    "square_kilometre": "kilometer ** 2",
    "square_metre": "meter ** 2",
    "carat": "carat",
    "barrel": "oil_barrel",
    "year": "year",
    "quarter": "3 * month",
    "month": "month",
    "week": "week",
    "day": "day",
}


#: A temperature's unit after its number: written on ("46.0C", "100F"), with a degree sign
#: ("1.6°C", "40 ºF") or in words ("2 degrees Celsius", "3 degrees C"); the candidates'
#: filter reads it too, to leave out a temperature that names a goal ("the 1.5C goal").
TEMPERATURE_UNIT = (
    r"(?:\s?[°º]\s?(?P<s>[CF])|(?P<g>[CF])|\s+degrees?\s+(?P<w>Celsius|centigrade|Fahrenheit|[CF]))"
)
_TEMPERATURE_RE = re.compile(TEMPERATURE_UNIT + r"(?![\w°-])")
#: The first character after a temperature's number, glued ("46C", "1.6°C") or after a
#: space ("46 °C", "2 degrees"): quick tests before the pattern.
TEMPERATURE_GLUED = frozenset("°ºCF")
TEMPERATURE_SPACED = frozenset("°ºd")
#: The units a temperature is read in.
TEMPERATURE_UNITS = frozenset(("degree_celsius", "degree_fahrenheit"))


@functools.lru_cache(maxsize=4096)
def physical_unit(words: str) -> str | None:
    """Canonical physical unit name for unit words, or None (``barrel`` is a count).

    >>> physical_unit("cubic metres"), physical_unit("wet tonnes")
    ('cubic_metre', None)
    """
    key = _SPACES_RE.sub("_", words.strip().lower())
    if key in _PHYSICAL:
        return _PHYSICAL[key]
    if key.startswith("metric_") and key[7:] in _PHYSICAL:
        return _PHYSICAL[key[7:]]
    return None


@functools.cache
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert ``value`` between two unit names (canonical names or anything pint reads).

    Per-period rates convert too when written ``unit/period`` ("tonne/month").
    Raises ``ValueError`` when the units are unknown or of different dimensions.

    >>> convert(2, "tonne", "kilogram")
    2000.0
    >>> round(convert(12, "tonne/year", "tonne/month"), 6)
    1.0
    """
    if from_unit == to_unit:
        return float(value)
    if from_unit in TEMPERATURE_UNITS or to_unit in TEMPERATURE_UNITS:
        # a reading ("46C") and a change ("1.6C above the average") convert differently, and a
        # claim does not say which it is
        raise ValueError(
            f"cannot convert {from_unit!r} to {to_unit!r}: temperatures are kept in the unit "
            "they were written in (a reading and a change convert differently)"
        )

    def expr(u: str) -> str:
        parts = u.split("/")
        return " / ".join(f"({_PINT_NAMES.get(p.strip(), p.strip())})" for p in parts)

    ureg = _registry()
    try:
        result = (value * ureg.parse_expression(expr(from_unit))).to(
            ureg.parse_expression(expr(to_unit))
        )
    except Exception as exc:  # pint raises several error types (undefined, dimensionality)
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}: {exc}") from exc
    return float(result.magnitude)


# --------------------------------------------------------------------------- counted nouns
# What a number counts: the head noun after it ("480,000 artillery and missile rounds" ->
# "round"), a physical unit ("3 million metric tonnes" -> tonne), or an abbreviation that
# carries a scale and a rate ("1.1 mb/d").

_WORD_RE = re.compile(r"[A-Za-z][\w'’.&/-]*\w|[A-Za-z]|\d[\w.,-]*|[,;:()\"“”]")

#: Words between a figure and its noun that leave the noun its own: "300 additional euros",
#: "40 more launchers", "12 fresh brigades".
MORE_WORDS = frozenset(
    ("more", "additional", "extra", "further", "new", "fresh", "another", "other")
)

STOP_WORDS = wordset(
    """
    of to in into for from at on by with per a an the that which who whom whose than as is
    are was were be been being has have had will would could can may might should must this
    these those its their his her our my your last next each every across over under since
    between during before after while because including include includes up down annually
    daily monthly weekly yearly quarterly worth valued compared against about around more
    less most least there here it they he she we you i if when where whereas but nor so yet
    not only also already still just now then than via per cent percent said says say told
    reported estimates expects plans aims remains stands wants seeks needs means makes takes
    comes goes gets shows showed stood reached rose fell hit increased decreased grew
    dropped slipped climbed jumped totalled totaled amounted did does do got made took
    """
)
GENERIC_WORDS = wordset(
    """
    unit units piece pieces item items
    """
)
DURATION_WORDS = wordset(
    """
    year years quarter quarters month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries times time fold percent cent cents pence penny kopeck
    kopecks
    """
)
_INVARIANT = {
    "aircraft": "aircraft",
    "people": "person",
    "persons": "person",
    "personnel": "personnel",
    "corps": "corps",
    "staff": "staff",
    "sheep": "sheep",
    "cattle": "cattle",
    "livestock": "livestock",
    "fish": "fish",
    "men": "man",
    "women": "woman",
    "children": "child",
    "police": "police",
    "crew": "crew",
    "troops": "troop",
    "equipment": "equipment",
    "spacecraft": "spacecraft",
    "hovercraft": "hovercraft",
    "watercraft": "watercraft",
    "deer": "deer",
    "series": "series",
    "species": "species",
    "means": "means",
}
_NOT_PLURAL_S = wordset(
    """
    this its his has was is us as gas bus news series species chassis status census bonus
    campus virus thus plus minus always perhaps whereas towards afterwards across less
    unless process access success business address progress congress press glass class mass
    loss boss stress express canvas atlas basis crisis analysis thesis axis
    """
)


#: Plurals in "-oes" whose singular keeps the "e".
_OE_WORDS = frozenset(("shoes", "toes", "floes", "hoes", "foes", "canoes", "oboes", "throes"))
#: Plurals in "-ves" of nouns in "-f" or "-fe", by their endings ("midwives", "loaves"); most
#: "-ves" plurals keep the "ve" ("executives", "reserves", "drives").
_VES_ENDINGS: dict[str, str] = {
    "wives": "wife", "knives": "knife", "lives": "life", "loaves": "loaf", "calves": "calf",
    "halves": "half", "shelves": "shelf", "thieves": "thief", "wolves": "wolf",
    "sheaves": "sheaf", "hooves": "hoof", "scarves": "scarf", "wharves": "wharf",
}  # fmt: skip
#: Plurals in "-ies" whose singular keeps the "ie" ("sorties", not "sorty").
_IE_WORDS = wordset(
    """
    sorties movies cookies calories rookies zombies pies ties lies hippies selfies smoothies
    goalies birdies prairies brownies genies neckties aunties
    """
)
#: Nouns in "-us" whose plural adds "es" ("buses"); other plurals in "-uses" drop the "s"
#: ("houses", "causes", "warehouses").
_US_NOUNS = wordset(
    """
    bus virus bonus status campus census surplus consensus focus stimulus nexus prospectus
    corpus apparatus cactus hiatus sinus genus onus chorus octopus walrus fetus fungus
    syllabus thesaurus circus abacus impetus radius
    """
)
#: Plurals of nouns in "-sis": "crises", "analyses".
_SIS_PLURALS = wordset(
    """
    crises analyses theses hypotheses diagnoses syntheses emphases parentheses prognoses oases
    """
)


#: Singular nouns ending in "men" (not plurals of "-man").
_MEN_SINGULARS = frozenset(
    ("specimen", "abdomen", "regimen", "stamen", "acumen", "albumen", "hymen", "semen")
)


def _is_men_plural(word: str) -> bool:
    """Whether a lower-case word is a plural of "-man" ("businessmen"; not "specimen")."""
    return word.endswith("men") and len(word) > 4 and word not in _MEN_SINGULARS


#: Nouns in "-che", whose plural drops only the "s".
_CHE_WORDS = ("tranches", "niches", "caches", "avalanches", "quiches", "psyches", "cliches")


#: (cached: the same nouns recur, and this is a dozen string tests per call)
@functools.lru_cache(maxsize=8192)
def singular(word: str) -> str:
    """Lower-case singular of a counted noun: "batteries" -> "battery", "people" -> "person"."""
    w = word.lower().replace("’", "'")
    if w in _INVARIANT:
        return _INVARIANT[w]
    if _is_men_plural(w):
        return w[:-3] + "man"  # "businessmen", "fishermen", "servicemen"
    if w.endswith("ies") and len(w) > 4:
        return w[:-1] if w in _IE_WORDS else w[:-3] + "y"
    if w in _SIS_PLURALS:
        return w[:-2] + "is"  # "crises" -> "crisis"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        # (but "tranches", "niches", "caches": nouns in "-che" keep their "e")
        return w[:-1] if w.endswith(_CHE_WORDS) else w[:-2]
    if w.endswith("uses"):
        return w[:-2] if w[:-2] in _US_NOUNS else w[:-1]  # "buses"; "houses", "causes"
    if (
        w.endswith("ves")
        and (end := next((e for e in _VES_ENDINGS if w.endswith(e)), None))
        and (end != "lives" or w == "lives")  # (of the words in "-lives", not "olives")
    ):
        return w[: -len(end)] + _VES_ENDINGS[end]
    if w.endswith("oes") and w not in _OE_WORDS:
        return w[:-2]  # "cargoes", "tomatoes", "torpedoes" (not "shoes", "canoes")
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


#: Nouns of peoples in "-i" ("Iraqis", "Somalis"), whose plural ends as "crisis" does.
DEMONYMS_IN_I = wordset(
    "iraqi somali pakistani israeli yemeni bangladeshi afghani kuwaiti omani qatari saudi"
    " emirati azerbaijani tajiki uzbeki nepali"
)


#: (cached, as singular is)
@functools.lru_cache(maxsize=8192)
def is_plural(tok: str) -> bool:
    """Whether a token looks like a plural noun (the usual head of a counted phrase)."""
    t = tok.lower()
    if t in _INVARIANT:
        return True
    if t.isalpha() and _is_men_plural(t):
        return True  # "businessmen", "fishermen"
    if t.endswith("is") and t[:-1] in DEMONYMS_IN_I:
        return True  # "88,000 Somalis"
    return (
        len(t) > 2
        and t.endswith("s")
        and not t.endswith(("ss", "us", "is", "'s", "’s"))
        and t not in _NOT_PLURAL_S
        and t.isalpha()
    ) or (len(t) > 3 and t.endswith("s") and "-" in t and not t.endswith("ss"))


def _may_start_physical(low: str) -> bool:
    """Whether some physical unit name starts with the lower-case token ``low`` (most words
    after a number start none: they are ruled out before the token strings are gathered)."""
    if "_" not in low and "-" not in low:
        return low in _PHYSICAL_FIRST  # (both tests below come to this)
    return (
        low.split("_", 1)[0] in _PHYSICAL_FIRST
        or low.replace("-", "_").split("_", 1)[0] in _PHYSICAL_FIRST
    )


@functools.lru_cache(maxsize=8192)
def _physical_words(toks: tuple[str, ...]) -> tuple[str, int] | None:
    """A physical unit starting at the first of (up to three) token strings: (canonical
    name, tokens used), or None (cached)."""
    for n in (3, 2, 1):
        if n <= len(toks):
            words = " ".join(toks[:n])
            name = physical_unit(words.replace("-", "_") if n == 1 else words)
            if name is None and n == 1:
                name = physical_unit(words)
            if name is not None:
                raw = toks[0]
                if (
                    n == 1
                    and len(raw) <= 2
                    and not raw.isupper()
                    and raw.lower()
                    not in ("t", "kg", "km", "mw", "gw", "oz", "lb", "l", "g", "ha", "kw")
                ):
                    continue
                if n == 1 and raw.lower() in ("t", "l", "g", "w") and raw != raw.lower():
                    continue
                return name, n
    return None


#: Peoples whose plural is their name and ends in no demonym's suffix.
_PEOPLES_SAME_PLURAL = frozenset(("Rohingya", "Roma", "Maasai", "Hazara", "Inuit", "Sami"))


def _is_people_of(raw: str, toks: Sequence[re.Match[str]], i: int) -> bool:
    """A demonym in -ese counting people, its plural the same ("1.2 million Sudanese have
    fled", "400 Burmese were held"), not modifying a noun after it ("Sudanese refugees",
    "20 Chinese chipmaking-tool makers", "30 Chinese and Indian firms")."""
    if not (raw[:1].isupper() and raw.endswith("ese") and len(raw) > 6 and raw[1:].islower()):
        return False
    nxt = toks[i + 1].group(0) if i + 1 < len(toks) else ""
    if nxt in ("and", "or", "&"):
        return False  # "30 Chinese and Indian firms"
    return (
        not nxt.replace("-", "").isalpha()
        or nxt in STOP_WORDS
        or (nxt.endswith("ed") and nxt.islower())
    )


def head_noun(sent: str, offset: int, value: float) -> tuple[str | None, str, int, str]:
    """What the number ending at ``offset`` of ``sent`` counts, skipping modifiers.

    Returns (unit, unit_kind, end offset in sentence, phrase) for the words after a number."""
    # the loop reads tokens 0-8 of the 120 characters after the number, and at most two
    # tokens ahead of the one it is at: it mostly stops at the first or second token, so
    # the tokens are read as it goes, three ahead (positions are in ``sent``)
    c = sent[offset : offset + 1]
    if (
        c in TEMPERATURE_GLUED or (c == " " and sent[offset + 1 : offset + 2] in TEMPERATURE_SPACED)
    ) and (mt := _TEMPERATURE_RE.match(sent, offset)):
        # a temperature: "46.0C", "1.6°C", "2.7 degrees Fahrenheit"
        scale = (mt.group("s") or mt.group("g") or mt.group("w") or "")[:1].upper()
        name = "degree_celsius" if scale == "C" else "degree_fahrenheit"
        return name, "physical", mt.end(), mt.group(0).strip()
    rest = _WORD_RE.finditer(sent, offset, offset + 120)
    toks = list(itertools.islice(rest, 3))
    head: str | None = None
    head_end = offset
    phrase_start: int | None = None
    sized = False  # a count of sized things: "two 1,630 MW reactors"
    if sent.startswith("-", offset) and toks and toks[0].start() == offset + 1:
        # a scale word's compound adjective: "a 2.3 million-barrel draw", "a 1.5
        # million-tonne plant" (the noun is singular there)
        t0 = toks[0]
        phys = _physical_words((t0.group(0),))
        if phys is not None:
            return phys[0], "physical", t0.end(), t0.group(0)
        word = t0.group(0).lower()
        if word == "strong":
            return "person", "count", t0.end(), t0.group(0)  # "a 1.5 million-strong army"
        if word.isalpha() and word not in STOP_WORDS:
            return singular(word), "count", t0.end(), t0.group(0)
        return None, "count", offset, ""
    i = 0
    while i < len(toks) and i < 9:
        if len(toks) == i + 2:
            nxt_tok = next(rest, None)
            if nxt_tok is not None:
                toks.append(nxt_tok)
        t = toks[i]
        raw = t.group(0)
        low = raw.lower()
        if raw in ',;:()"“”':
            if (
                i <= 1
                and raw in '"”'
                and i + 1 < len(toks)
                and (after_q := toks[i + 1].group(0)).isalpha()
                and after_q.islower()
                and after_q not in STOP_WORDS
            ):
                i += 1  # a quotation closing on the figure: '"more than 1,000" interceptors'
                continue
            break
        if i == 0 and sent[offset : t.start()].strip():
            break
        if low in ("and", "or", "&"):
            nxt = toks[i + 1].group(0).lower() if i + 1 < len(toks) else ""
            # (not a noun with a figure of its own: "reached 400 and imports 300")
            then = toks[i + 2].group(0) if i + 2 < len(toks) else ""
            if (
                head is None
                # (a modifier came first: "400,000 artillery and missile rounds"; right
                # after the figure, "and" opens a clause: "fell to 300 and infections rose")
                and i > 0
                and nxt
                and nxt not in STOP_WORDS
                and (not nxt[0].isdigit() or _CALIBRE_RE.fullmatch(nxt) is not None)
                and not then[:1].isdigit()
            ):
                i += 1  # (or a second calibre: "2.5 million 152mm and 122mm rounds")
                continue
            break
        if i == 0 and raw[0].isdigit() and value < 100 and len(toks) > 1:
            # a small count before a figure: what it counts comes after that figure's unit
            # ("two 1,630 MW reactors": reactors, not megawatts)
            sized = True
            i += 1
            continue
        if (
            head is None
            and not sized
            and (
                # (most words after a number start no unit name: one set lookup rules them out)
                low in _PHYSICAL_FIRST or (("_" in low or "-" in low) and _may_start_physical(low))
            )
        ):
            phys = _physical_words(tuple([tok.group(0) for tok in toks[i : i + 3]]))
            if phys is not None:
                name, n = phys
                if phrase_start is None:
                    phrase_start = t.start()
                end = toks[i + n - 1].end()
                return name, "physical", end, sent[phrase_start:end]
        if low in COMPOUND_UNITS and head is None:
            if phrase_start is None:
                phrase_start = t.start()
            if raw == "Mt":
                return "@Mt", "physical", t.end(), raw  # megatonnes: "12 Mt" (not "12 mt")
            return "@" + low, "physical", t.end(), raw
        if low in COUNTED_MEASURES:
            if phrase_start is None:
                phrase_start = t.start()
            return COUNTED_MEASURES[low], "count", t.end(), sent[phrase_start : t.end()]
        if (
            low == "head"
            and i == 0
            and (
                (i + 1 < len(toks) and toks[i + 1].group(0) == "of")
                # "the herd stood at 86.7 million head on 1 January"
                or (
                    value >= 1000
                    and (i + 1 == len(toks) or toks[i + 1].group(0).lower() in STOP_WORDS)
                )
            )
        ):
            # livestock: "600,000 head of cattle" (not "two head coaches")
            return "head", "count", t.end(), sent[t.start() : t.end()]
        if low == "twenty-foot" and i == 0 and (mteu := _TEU_WORDS_RE.match(sent, t.start())):
            # "24,000 twenty-foot equivalent units": containers, the TEU spelled out
            return "teu", "count", mteu.end(), mteu.group(0)
        if low in MORE_WORDS and i == 0:
            i += 1
            continue
        if low == "others" and i == 0:
            break  # "killed 12 people and wounded 40 others": the count before it
        if low in STOP_WORDS and not (
            # an acronym spelled as a word: "4,000 IT workers" (not "it")
            raw.isupper()
            and len(raw) > 1
            and i + 1 < len(toks)
            and (after_raw := toks[i + 1].group(0)).islower()
            and is_plural(after_raw)
        ):
            break
        if phrase_start is None:
            phrase_start = t.start()
        if raw.isupper() and len(raw) > 1:
            i += 1  # an acronym modifies the noun after it ("NASAMS batteries")
            continue
        if (
            raw[0].isupper()
            and i + 1 < len(toks)
            and (after_raw := toks[i + 1].group(0)).islower()
            and after_raw.isalpha()
            and is_plural(after_raw)
        ):
            i += 1  # a name before the noun it modifies: "31 Abrams tanks", "Caesars howitzers"
            continue
        if (
            raw[0].isupper()
            and is_plural(raw)
            and i + 2 < len(toks)
            and _MODEL_TOKEN_RE.fullmatch(toks[i + 1].group(0))
            and (after2 := toks[i + 2].group(0)).islower()
            and after2.isalpha()
            and is_plural(after2)
        ):
            i += 2  # "54 Abrams M1A2 tanks": a name and a model before the noun
            continue
        if (
            (
                low in _PLURAL_MODIFIERS
                or ("-" in low and low.rsplit("-", 1)[1] in _PLURAL_MODIFIERS)
            )
            and i + 1 < len(toks)
            and (after_raw := toks[i + 1].group(0)).islower()
            and after_raw.isalpha()
            and is_plural(after_raw)
        ):
            i += 1  # a plural-looking modifier: "437 measles cases", "18 sanctions packages"
            continue
        if raw in _PEOPLES_SAME_PLURAL and not (
            i + 1 < len(toks)
            and (nxt_w := toks[i + 1].group(0)).islower()
            and (nxt_w in ("and", "or") or is_plural(nxt_w))
        ):
            # a people whose plural is its name: "About 1 million Rohingya live in the camps"
            # (not "Rohingya refugees": the noun after it)
            return "person", "count", t.end(), raw
        if (
            # (a demonym ends in "ese": the call is skipped for every other word)
            (raw.endswith("ese") and _is_people_of(raw, toks, i))
            or is_plural(raw)
            or (value == 1 and i == 0 and low.isalpha() and low not in STOP_WORDS)
        ):
            if head is not None:
                break
            head = raw
            head_end = t.end()
            break
        if low.endswith("ed") and low.isalpha() and len(low) > 4 and i > 0:
            after = toks[i + 1].group(0) if i + 1 < len(toks) else ""
            if not (after.isalpha() and after.islower() and is_plural(after)) and not (
                # (coordinated participles before a people's adjective and the noun:
                # "1,032 destroyed or captured Russian self-propelled guns")
                i == 2
                and toks[1].group(0) in ("or", "and")
                and after[:1].isupper()
                and _NOUN_AFTER_NAME_RE.match(sent, toks[i + 1].end()) is not None
            ):
                break  # a verb after the noun phrase; but "Vanguard-4 armoured vehicles"
        i += 1
    if head is None:
        return None, "count", offset, ""
    phrase = sent[phrase_start if phrase_start is not None else offset : head_end].strip()
    return singular(head), "count", head_end, phrase


_OF_PRODUCT_RE = re.compile(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?((?:[\w-]+\s+){0,4}?)"
    r"(?P<noun>[a-z][a-z-]+)\b"
)
#: A plural noun right after a name, past at most one hyphenated modifier: " self-propelled
#: guns", " tanks".
_NOUN_AFTER_NAME_RE = re.compile(r"(?:\s+[a-z]+-[a-z]+)?\s+[a-z]+s\b(?![\w'’-])")
#: Past participles not in "-ed": a verb after a noun phrase ("the model built in Minsk").
_IRREGULAR_PARTICIPLES = wordset(
    "built made sold held bought brought sent kept left lost paid won found given taken seen"
    " shown known grown drawn done run set put"
)
#: The lower-case words that go on right after a word ("small| tractors", "new| model").
_NOUN_RUN_RE = re.compile(r"\s+([a-z][a-z-]+)\b(?![\w'’-])")
_MAKER_RE = re.compile(
    r"\b(?P<noun>[a-z][a-z-]+)\s+(?:factory|factories|plant|plants|maker|makers|manufacturer"
    r"|manufacturers|producer|producers|assembly\s+line|production\s+line)\b"
)
_OF_BEFORE_RE = re.compile(
    r"\b(?:shipments|sales|deliveries|production|output|exports|imports|orders)\s+of\s+"
    # (a calibre or model before the noun: "output of 155mm shells")
    r"(?:the\s+|its\s+)?(?:(?:[A-Z][\w-]*|\d+(?:mm|cm|m)\b)\s+){0,3}(?P<noun>[a-z][a-z-]+)\b"
)
#: A later count of a product in the sentence: "sales of 412,000 units, and … expects to sell
#: at least 1.6 million vehicles".
_LATER_COUNT_RE = re.compile(
    r"\b(?:sell|sold|deliver|delivered|produce|produced|build|built|ship|shipped|make|made)"
    r"\s+(?:(?:at\s+least|about|around|some|more\s+than|up\s+to|nearly)\s+)?\d[\d,.]*"
    r"(?:\s+(?:million|thousand))?\s+(?P<noun>[a-z][a-z-]+s)\b"
)


def unknown_word_follows(sent: str, offset: int) -> bool:
    """True when a word we could not read as a counted noun follows the number directly."""
    m = _NEXT_WORD_RE.match(sent, offset)
    if not m:
        return False
    w = m.group(1).lower()
    if w.endswith(("ed", "ing", "ly")) and len(w) > 4:
        return False  # "13.5 trillion planned", "2,000 remaining": a verb, not a noun
    return w not in STOP_WORDS and w not in (
        # a conjunction: "revised down to 151,000 from 169,000 and the jobless rate …"
        "and",
        "or",
        "until",
        "till",
        "versus",
        "more",
        "fewer",
        "higher",
        "lower",
        "additional",
        "further",
        "extra",
        "new",
        "other",
        "others",
        # a forecast or a schedule named after a figure: "beating the 140k forecast", "the
        # first 12 due in 2027" (the figure counts what the sentence counted)
        "forecast",
        "consensus",
        "estimate",
        "expected",
        "due",
        # a time: "up from 240 today", "4,000 last year"
        "today",
        "now",
        "yesterday",
        "tomorrow",
        "ago",
        "earlier",
        "before",
        "last",
        "this",
        "next",
    )


def resolve_generic(sent: str, end: int, prev_count_unit: str | None) -> str:
    """The product behind "units"/"pieces": "units of the Geran drone", an earlier count in
    the sentence, "shipments of the X smartphone", "a drone factory"; else "unit"."""
    m = _OF_PRODUCT_RE.match(sent[end : end + 80])
    if m and m.group("noun") not in STOP_WORDS:
        noun = m.group("noun")
        if not is_plural(noun):
            # the noun phrase ends on its head: "9,000 units of small tractors", "500 units
            # of its new model", "units of heavy equipment for export"
            at = end + m.end("noun")
            for _ in range(3):
                mw = _NOUN_RUN_RE.match(sent, at)
                if mw is None or (w := mw.group(1)) in STOP_WORDS:
                    break
                if w.endswith(("ed", "ing", "ly")) or w in _IRREGULAR_PARTICIPLES:
                    # an adjective before a noun ("used armoured vans"), else a verb after
                    # the phrase ("the model built in Minsk")
                    nxt = _NOUN_RUN_RE.match(sent, mw.end())
                    if nxt is None or nxt.group(1) in STOP_WORDS:
                        break
                    at = mw.end()
                    continue
                noun, at = w, mw.end()
                if is_plural(w):
                    break
        return singular(noun)
    if prev_count_unit:
        return prev_count_unit
    m2 = _OF_BEFORE_RE.search(sent)
    if m2 and m2.group("noun") not in STOP_WORDS:
        return singular(m2.group("noun"))
    for mm in _MAKER_RE.finditer(sent):
        noun = mm.group("noun")
        if noun not in STOP_WORDS and noun not in GENERIC_WORDS and noun not in ("the", "a"):
            return singular(noun.rsplit("-", 1)[-1])  # "a battery-pack plant": packs
    m3 = _LATER_COUNT_RE.search(sent, end)
    if m3 and m3.group("noun") not in GENERIC_WORDS and m3.group("noun") not in STOP_WORDS:
        return singular(m3.group("noun"))
    return "unit"


#: Abbreviations that carry a scale and/or a rate: (unit, kind, multiplier, per).
COMPOUND_UNITS: dict[str, tuple[str, UnitKind, float, Per | None]] = {
    "bcm": ("cubic_metre", "physical", 1e9, None),
    "mcm": ("cubic_metre", "physical", 1e6, None),
    "tcm": ("cubic_metre", "physical", 1e12, None),
    "bcf": ("cubic_foot", "physical", 1e9, None),
    "tcf": ("cubic_foot", "physical", 1e12, None),
    "mtpa": ("tonne", "physical", 1e6, "year"),
    "bpd": ("barrel", "count", 1.0, "day"),
    "b/d": ("barrel", "count", 1.0, "day"),
    "kb/d": ("barrel", "count", 1e3, "day"),
    "mb/d": ("barrel", "count", 1e6, "day"),
    "boe/d": ("barrel", "count", 1.0, "day"),
    "bopd": ("barrel", "count", 1.0, "day"),
    "boepd": ("barrel", "count", 1.0, "day"),
    "kbpd": ("barrel", "count", 1e3, "day"),
    "mbpd": ("barrel", "count", 1e6, "day"),
    "tpa": ("tonne", "physical", 1.0, "year"),
    "ktpa": ("tonne", "physical", 1e3, "year"),
    "tpd": ("tonne", "physical", 1.0, "day"),
    "bcma": ("cubic_metre", "physical", 1e9, "year"),
    # gas flows and volumes written with a slash or a superscript
    "bcf/d": ("cubic_foot", "physical", 1e9, "day"),
    "bcfd": ("cubic_foot", "physical", 1e9, "day"),
    "mmcf/d": ("cubic_foot", "physical", 1e6, "day"),
    "mmcfd": ("cubic_foot", "physical", 1e6, "day"),
    "mmscfd": ("cubic_foot", "physical", 1e6, "day"),
    "mcm/d": ("cubic_metre", "physical", 1e6, "day"),
    "bcm/y": ("cubic_metre", "physical", 1e9, "year"),
    "ft³/d": ("cubic_foot", "physical", 1.0, "day"),
    "ft3/d": ("cubic_foot", "physical", 1.0, "day"),
    "m³/d": ("cubic_metre", "physical", 1.0, "day"),
    "m3/d": ("cubic_metre", "physical", 1.0, "day"),
    "ft³": ("cubic_foot", "physical", 1.0, None),
    "m³": ("cubic_metre", "physical", 1.0, None),
    # tonnes by the year or day, and metric tons
    "t/yr": ("tonne", "physical", 1.0, "year"),
    "t/y": ("tonne", "physical", 1.0, "year"),
    "t/year": ("tonne", "physical", 1.0, "year"),
    "t/d": ("tonne", "physical", 1.0, "day"),
    "mt": ("tonne", "physical", 1.0, None),
    "Mt": ("tonne", "physical", 1e6, None),
    # barrels: "4.2mn bl", "bbl/d"
    "bl": ("barrel", "count", 1.0, None),
    "bbl/d": ("barrel", "count", 1.0, "day"),
}


_NOT_COUNTED = frozenset(
    [
        "numbers",
        "figures",
        "levels",
        "totals",
        "prices",
        "rates",
        "costs",
        "values",
        "volumes",
        "sales",
        "revenues",
        "terms",
        "talks",
        "means",
        "news",
        "series",
    ]
)


_SUBJECT_PRONOUNS = frozenset(("it", "he", "she", "which", "who"))
#: Plural nouns of measured amounts, no counts when they open a sentence: "Exports reached 400".
AMOUNT_NOUNS = wordset(
    "exports imports sales revenues profits earnings prices costs rates yields volumes flows"
    " reserves stocks assets savings shares holdings receipts inflows outflows returns funds"
    " shipments purchases deposits loans"
)
#: Verbs in "-s" that set, see or move a level, never its counted noun: "The IMF puts growth
#: at 3.1", "the bank sees inflation at 2.4", "the ministry raises the cap to 40".
_LEVEL_VERBS = wordset(
    "puts sets sees pegs places expects says keeps takes brings lifts raises lowers revises"
    " leaves gives"
)


#: Verbs in "-s" whose object is a count: "the list names 589", "the fleet numbers 40".
_HAVING_VERBS = wordset(
    "names lists counts holds employs includes totals records registers tallies operates owns"
    " fields deploys houses hosts numbers contains comprises"
)


def noun_before(sent: str, at: int) -> str | None:
    """Nearest plural noun within eight words before ``at`` ("interceptors to 650")."""
    tokens = list(_NOUN_TOKEN_RE.finditer(sent[:at]))
    if (
        tokens
        and tokens[-1].end() == at - 1
        and sent[at - 1] == " "
        and tokens[-1].group(0).lower() in _HAVING_VERBS
    ):
        # a verb of having or listing right before the figure, not its noun: "the list names
        # 589", "the firm employs 3,000"
        tokens.pop()
    found = _plural_noun(tokens[-8:])
    if found is None:
        # further back in the same clause: "Irregular border crossings … fell 22% in the
        # first seven months of the year to about 95,200"
        clause = max(sent.rfind(",", 0, at), sent.rfind(";", 0, at))
        found = _plural_noun([w for w in tokens[-16:-8] if w.start() > clause])
    return found


def _plural_noun(words: list[re.Match[str]]) -> str | None:
    for k in range(len(words) - 1, -1, -1):
        t = words[k].group(0)
        tl = t.lower()
        if tl == "numbers" and k > 0:
            mod = words[k - 1].group(0)
            low = mod.lower()
            if mod[1:].islower() and low not in STOP_WORDS and not is_plural(low):
                return low  # "passenger numbers rose to 6.8 million": passengers
        if tl in STOP_WORDS or tl in _LEVEL_VERBS:
            continue
        if t[0].isupper() and not (
            # a common noun opening the sentence: "Tankers crossed the strait at an average
            # of 19 a day" (not a name: "Siemens", "Athens")
            words[k].start() <= 2
            and t[1:].islower()
            and is_plural(t)
            # (the subject of a verb in the past: "Tankers crossed", not "Shares of …")
            and k + 1 < len(words)
            and words[k + 1].group(0).endswith("ed")
            and tl not in AMOUNT_NOUNS  # ("Exports reached 400": a value, not a count)
            and is_common_word(t)
        ):
            continue
        if tl in _WORDS:
            continue  # "for 410 million zlotys, with the first four due": money, no count
        if k > 0 and (
            (pron := words[k - 1].group(0).lower()) in _SUBJECT_PRONOUNS
            # ("that" and "this" open a clause or a noun phrase too: "data showed that
            # vacancies stood at 31,200"; only a sentence's first word is the pronoun)
            or (pron in ("that", "this") and words[k - 1].start() <= 1)
        ):
            continue  # a verb: "That puts the plant on track for 30,000", "it counts 12"
        if (
            is_plural(t)
            and tl not in DURATION_WORDS
            and tl not in GENERIC_WORDS
            and tl not in _NOT_COUNTED
        ):
            near = [w.group(0).lower() for w in words[max(0, k - 4) : k]]
            if "population" in near and near[near.index("population") + 1 :][:1] == ["of"]:
                # "pushed the population of the camps above one million": people
                return "person"
            return singular(t)
    return None
