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
import re
from typing import Any

__all__ = [
    "COUNTRY_CURRENCY",
    "CURRENCY_CODES",
    "convert",
    "currency_from_symbol",
    "currency_from_word",
    "physical_unit",
]


def _wordset(words: str) -> frozenset[str]:
    """A set of words from a whitespace-separated block (keeps the tables readable)."""
    return frozenset(words.split())


#: ISO 4217 codes the extractor recognises when written as codes ("USD 5bn", "5bn EUR").
CURRENCY_CODES: frozenset[str] = _wordset(
    """
    USD EUR GBP JPY CNY RMB RUB UAH PLN SEK NOK DKK CHF KRW INR PKR KES ZAR BYN TRY BRL CAD
    AUD NZD HKD SGD MXN ARS CLP COP IDR MYR THB VND PHP NGN EGP SAR AED QAR ILS IRR KZT HUF
    CZK RON BGN ISK TWD GEL AMD AZN UZS BDT LKR NPR GHS TZS UGX ETB MAD DZD
    """
)

#: Symbols before a number.  ``$`` and ``¥`` are resolved with the context.
_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "$": "USD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
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
    "AED": "dirham dirhams",
    "ILS": "shekel shekels",
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
        "japan": "JPY",
        "japanese": "JPY",
        "tokyo": "JPY",
    },
    "rupee": {
        "pakistan": "PKR",
        "pakistani": "PKR",
        "sri lanka": "LKR",
        "nepal": "NPR",
        "india": "INR",
        "indian": "INR",
    },
    "shilling": {
        "kenya": "KES",
        "kenyan": "KES",
        "uganda": "UGX",
        "ugandan": "UGX",
        "tanzania": "TZS",
        "tanzanian": "TZS",
    },
    "pound": {"egypt": "EGP", "egyptian": "EGP", "lebanon": "LBP", "britain": "GBP"},
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
}

_CUE_RE: dict[str, re.Pattern[str]] = {
    fam: re.compile(r"\b(" + "|".join(sorted(cues, key=len, reverse=True)) + r")\b", re.I)
    for fam, cues in COUNTRY_CURRENCY.items()
}


def _refine(code: str, family: str | None, context: str, at: int) -> str:
    if family is None or family not in _CUE_RE:
        return code
    best: tuple[int, str] | None = None
    for m in _CUE_RE[family].finditer(context):
        dist = abs(m.start() - at)
        if best is None or dist < best[0]:
            best = (dist, COUNTRY_CURRENCY[family][m.group(1).lower()])
    return best[1] if best else code


def currency_from_symbol(symbol: str, context: str = "", at: int = 0) -> str | None:
    """ISO code for a currency symbol or code before a number; ``context`` resolves ``$``/``¥``.

    >>> currency_from_symbol("¥", "exports from China rose to ¥1.1 billion")
    'CNY'
    """
    s = symbol.strip()
    if s.upper() in CURRENCY_CODES:
        return "CNY" if s.upper() == "RMB" else s.upper()
    code = _SYMBOLS.get(s)
    if code is None:
        return None
    return _refine(code, _FAMILY.get(s), context, at)


def currency_from_word(word: str, context: str = "", at: int = 0) -> str | None:
    """ISO code for a currency word or code after a number ("roubles", "EUR", "crowns").

    >>> currency_from_word("rubles", "Average pay in Minsk reached 3 150 rubles")
    'BYN'
    """
    w = word.strip()
    if w.upper() in CURRENCY_CODES and w.isupper():
        return "CNY" if w == "RMB" else w
    lw = w.lower()
    code = _WORDS.get(lw)
    if code is None:
        return None
    return _refine(code, _FAMILY.get(lw), context, at)


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
    "teu": "teu teus",
}.items():
    for _f in _forms.split():
        _PHYSICAL[_f] = _name

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


def physical_unit(words: str) -> str | None:
    """Canonical physical unit name for unit words, or None (``barrel`` is a count).

    >>> physical_unit("cubic metres"), physical_unit("wet tonnes")
    ('cubic_metre', None)
    """
    key = re.sub(r"\s+", "_", words.strip().lower())
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
