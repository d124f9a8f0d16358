"""Units: currency symbols and words to ISO 4217, physical units, conversion."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indicators.extract import extract_claims
from indicators.units import (
    convert,
    currency_from_symbol,
    currency_from_word,
    physical_unit,
    singular,
)


@pytest.mark.parametrize(
    ("symbol", "context", "code"),
    [
        ("$", "", "USD"),
        ("US$", "", "USD"),
        ("€", "", "EUR"),
        ("£", "", "GBP"),
        ("R", "South Africa drew R12.8 billion", "ZAR"),
        ("¥", "Japan froze ¥3.2 trillion", "JPY"),
        ("¥", "Chinese exports rose to ¥1.1 billion", "CNY"),
        ("C$", "", "CAD"),
        ("SEK", "", "SEK"),
        ("RUB", "", "RUB"),
        ("RMB", "", "CNY"),
        ("$", "The Canadian government will spend $2bn", "CAD"),
    ],
)
def test_currency_symbols_and_codes(symbol: str, context: str, code: str) -> None:
    assert currency_from_symbol(symbol, context, len(context)) == code


@pytest.mark.parametrize(
    ("word", "context", "code"),
    [
        ("roubles", "Russia's revenues fell", "RUB"),
        ("rubles", "Average pay in Minsk, Belarus, reached", "BYN"),
        ("crowns", "Norway's oil fund returned", "NOK"),
        ("crowns", "Sweden's budget adds", "SEK"),
        ("crowns", "the Czech central bank", "CZK"),
        ("zlotys", "", "PLN"),
        ("hryvnias", "", "UAH"),
        ("shillings", "Kenya's tea earnings", "KES"),
        ("rupees", "Pakistan's finance ministry", "PKR"),
        ("rupees", "India's budget", "INR"),
        ("yuan", "", "CNY"),
        ("EUR", "", "EUR"),
        ("won", "", "KRW"),
    ],
)
def test_currency_words_follow_the_country_in_context(word: str, context: str, code: str) -> None:
    assert currency_from_word(word, context, len(context)) == code


@pytest.mark.parametrize("word", ["tanks", "people", "Eur", "barrels"])
def test_non_currency_words(word: str) -> None:
    assert currency_from_word(word) is None


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("tonnes", "tonne"),
        ("metric tonnes", "tonne"),
        ("tons", "tonne"),
        ("megawatts", "megawatt"),
        ("MW", "megawatt"),
        ("gigawatts", "gigawatt"),
        ("gigawatt-hours", "gigawatt_hour"),
        ("GWh", "gigawatt_hour"),
        ("cubic metres", "cubic_metre"),
        ("cubic meters", "cubic_metre"),
        ("ounces", "ounce"),
        ("kilometres", "kilometre"),
        ("barrels", None),
        ("drones", None),
    ],
)
def test_physical_units_have_one_name(words: str, name: str | None) -> None:
    assert physical_unit(words) == name


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        (1, "gigawatt", "megawatt", 1000),
        (2, "tonne", "kilogram", 2000),
        (1, "gigawatt_hour", "megawatt_hour", 1000),
        (1, "cubic_metre", "litre", 1000),
        (12, "tonne/year", "tonne/month", 1),
        (1, "barrel/day", "barrel/year", 365.25),
    ],
)
def test_convert(value: float, src: str, dst: str, expected: float) -> None:
    assert convert(value, src, dst) == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize(
    ("src", "dst"),
    [
        ("tonne", "megawatt"), ("ounce", "cubic_metre"), ("tonne", "no_such_unit"),
        # a temperature may be a reading or a change: no factor converts both
        ("degree_celsius", "degree_fahrenheit"), ("degree_fahrenheit", "degree_celsius"),
    ],
)  # fmt: skip
def test_convert_refuses_incompatible_units(src: str, dst: str) -> None:
    with pytest.raises(ValueError, match="cannot convert"):
        convert(1.0, src, dst)


_SAME_DIMENSION = [
    ("tonne", "kilogram"),
    ("megawatt", "gigawatt"),
    ("gigawatt_hour", "kilowatt_hour"),
    ("cubic_metre", "litre"),
    ("kilometre", "mile"),
]


@given(st.floats(min_value=1e-3, max_value=1e9), st.sampled_from(_SAME_DIMENSION))
def test_convert_round_trips(value: float, pair: tuple[str, str]) -> None:
    a, b = pair
    assert convert(convert(value, a, b), b, a) == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # a name that looks plural before the noun it modifies is no head
        ("The army received 31 Abrams tanks.", "tank"),
        ("Kyiv got 12 Caesars howitzers.", "howitzer"),
        # …while a name standing alone still counts itself
        ("They delivered 40 Bradleys.", "bradley"),
    ],
)  # fmt: skip
def test_a_plural_looking_name_modifies_the_noun_after_it(sentence: str, unit: str) -> None:
    assert [c.unit for c in extract_claims(sentence, "2025-06-20")] == [unit]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a country that decided an ambiguous word decides the paragraph's next ones
        ("Norway's wealth fund returned 1.48 trillion crowns. The fund was worth 19.7 trillion "
         "crowns at the end of June.", ["NOK", "NOK"]),
        # …and a country named in the sentence wins over the paragraph's earlier one
        ("Denmark's Orsted lost 1.7 billion crowns. Sweden's Vattenfall earned 5 billion crowns.",
         ["DKK", "SEK"]),
        ("Equinor paid NOK 4bn in tax, and 2bn crowns in fees.", ["NOK", "NOK"]),
    ],
)  # fmt: skip
def test_an_ambiguous_currency_word_follows_the_paragraphs_country(
    text: str, codes: list[str]
) -> None:
    assert [c.unit for c in extract_claims(text, "2025-08-13")] == codes


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("houses", "house"), ("warehouses", "warehouse"), ("causes", "cause"),
        ("buses", "bus"), ("viruses", "virus"), ("campuses", "campus"),
        ("sorties", "sortie"), ("calories", "calorie"), ("batteries", "battery"),
        ("crises", "crisis"), ("analyses", "analysis"),
        ("series", "series"), ("species", "species"),
        ("midwives", "midwife"), ("loaves", "loaf"), ("knives", "knife"), ("calves", "calf"),
        ("shelves", "shelf"), ("lives", "life"),
        ("olives", "olive"), ("executives", "executive"), ("reserves", "reserve"),
        ("drives", "drive"),
    ],
)  # fmt: skip
def test_singular_of_irregular_plurals(plural: str, single: str) -> None:
    assert singular(plural) == single


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an energy unit written onto its number is read like the unit after a space …
        ("Exports reached 31bcm in 2024.", [("31", 31e9, "cubic_metre", None)]),
        ("It has 450MW of wind.", [("450", 450.0, "megawatt", None)]),
        ("It ships 5mcm a day.", [("5", 5e6, "cubic_metre", "day")]),
        ("Output hit 900,000bpd in May.", [("900,000", 900000.0, "barrel", "day")]),
        ("Demand was 40TWh.", [("40", 40.0, "terawatt_hour", None)]),
        # … while a calibre or a length written onto its number names a model, no claim
        ("It fired 155mm shells.", []),
        ("A 40ft container was lost.", []),
    ],
)  # fmt: skip
def test_energy_units_written_onto_the_number(
    sentence: str, expected: list[tuple[str, float, str, str | None]]
) -> None:
    claims = extract_claims(sentence, "2025-01-01")
    assert [(c.mention, c.value, c.unit, c.per) for c in claims] == expected


def test_a_rated_link_is_a_capacity() -> None:
    claims = extract_claims("The 2GW link cost £2bn.", "2025-01-01")
    assert [c.modality for c in claims] == ["capacity", "actual"]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # livestock counted by the head, and the TEU spelled out
        ("The country imported 600,000 head of cattle.", ["head"]),
        ("The ship can carry 24,000 twenty-foot equivalent units.", ["teu"]),
        # (a head noun's modifier is no livestock)
        ("The club hired two head coaches.", ["coach"]),
    ],
)  # fmt: skip
def test_head_of_cattle_and_spelled_out_teu(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(sentence, "2025-08-14")] == units


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # coordinated counts share the rate after the last of them …
        ("The line can produce 500 drones and 40 missiles a month.",
         [("month", "capacity"), ("month", "capacity")]),
        ("It makes 500 drones, 40 missiles and 10 boats a month.",
         [("month", "actual"), ("month", "actual"), ("month", "actual")]),
        # … not counts of clauses of their own
        ("The company has 500 employees and sells 40 trucks a day.",
         [(None, "actual"), ("day", "actual")]),
        # a contrast after "though" keeps the rate of the figure it is contrasted with
        ("The new line can produce up to 500 drones a day, though it currently makes about 200.",
         [("day", "capacity"), ("day", "actual")]),
        # what a plant can do, then what it does after "and"
        ("The factory is capable of making 1,000 shells a month and employs 400 people.",
         [("month", "capacity"), (None, "actual")]),
    ],
)  # fmt: skip
def test_rates_of_coordinated_counts_and_contrasts(
    sentence: str, expected: list[tuple[str | None, str]]
) -> None:
    claims = extract_claims(sentence, "2025-08-14")
    assert [(c.per, c.modality) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # a word in -s that modifies the plural noun after it is no head noun
        ("England recorded 437 laboratory-confirmed measles cases in May.", "case"),
        ("The EU has adopted 18 sanctions packages against Russia.", "package"),
        ("It signed 12 arms deals worth $5bn.", "deal"),
        # a name and its model designation before the noun
        ("Romania is to buy 54 Abrams M1A2 tanks.", "tank"),
        # (a verb after a plural is no noun: "ten launchers indicates")
        ("A full regiment of ten launchers indicates a new doctrine.", "launcher"),
    ],
)
def test_plural_looking_modifiers_and_models_before_the_noun(sentence: str, unit: str) -> None:
    assert extract_claims(sentence, "2025-06-13")[0].unit == unit


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a bare "$" is the US dollar unless a dollar country owns the sentence …
        ("European allies and Canada are expected to spend a combined $470bn.", ["USD"]),
        ("Canada's government will spend $2bn.", ["CAD"]),
        ("The Canadian government will spend $2bn.", ["CAD"]),
        # … "¥" looks back through its paragraph for its country …
        ("Chinese chipmaker Huaxin expects to ship 600,000 chips. The company has budgeted "
         "¥12bn for the fab.", ["CNY"]),
        ("The company has budgeted ¥12bn for the plant.", ["JPY"]),
        # … and a city names its country's rupee
        ("Wheat flour prices in Lahore climbed to 2,400 rupees.", ["PKR"]),
        ("Prices in Mumbai rose to 2,400 rupees.", ["INR"]),
    ],
)  # fmt: skip
def test_dollar_yen_and_rupee_follow_their_country(text: str, codes: list[str]) -> None:
    claims = extract_claims(text, "2025-06-13")
    assert [c.unit for c in claims if c.unit_kind == "currency"] == codes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change in a population, headcount or workforce counts people
        ("The city's population grew by 12,000 in 2024 to 545,000.",
         [("12,000", "person"), ("545,000", "person")]),
        ("Its workforce fell by 1,200 last year.", [("1,200", "person")]),
        # a difference "fewer than" counts what the figure before counted
        ("Some 45,000 visitors attended, 5,000 fewer than last year.",
         [("Some 45,000", "visitor"), ("5,000", "visitor")]),
    ],
)  # fmt: skip
def test_populations_and_differences_are_counted(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.mention, c.unit) for c in extract_claims(sentence, "2025-09-15")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a small count before a sized figure counts the things after its unit, and their
        # rated size is a capacity
        ("The plant's two 1,200 MW reactors will start in 2030.",
         [("two", "reactor", "actual"), ("1,200", "megawatt", "capacity")]),
        ("The utility operates three 500 MW turbines.",
         [("three", "turbine", "actual"), ("500", "megawatt", "capacity")]),
        ("The firm sold two 500-tonne cranes.", [("two", "crane", "actual")]),
        # quarters are a span, never a count; a year before "dollars" is a price base
        ("The deficit for the first three quarters came to $38bn.",
         [("$38bn", "USD", "actual")]),
        ("Spending was $4bn in 2020 dollars.", [("$4bn", "USD", "actual")]),
    ],
)  # fmt: skip
def test_sized_counts_spans_and_price_bases(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = extract_claims(sentence, "2026-03-01")
    assert [(c.mention, c.unit, c.modality) for c in claims] == expected


def test_net_migration_counts_people() -> None:
    claims = extract_claims(
        "Net migration to Canada fell to about 150,000 in 2025, while immigration reached 480,000.",
        "2026-03-01",
    )
    assert [(c.mention, c.unit) for c in claims] == [
        ("about 150,000", "person"),
        ("480,000", "person"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a scale word opening a compound adjective keeps its scale and names the unit
        ("The EU approved a 10 billion-euro package.", [("10 billion", 1e10, "EUR")]),
        ("It reported a 2.3 million-barrel draw.", [("2.3 million", 2.3e6, "barrel")]),
        ("The firm plans a 1.5 million-tonne plant.", [("1.5 million", 1.5e6, "tonne")]),
        ("Russia has 1.5 million-strong armed forces.", [("1.5 million", 1.5e6, "person")]),
        # a multiplier is no count
        ("Exports rose 5 million-fold.", []),
    ],
)  # fmt: skip
def test_scale_word_compounds(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    claims = extract_claims(sentence, "2025-06-20")
    assert [(c.mention, c.value, c.unit) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # "units" are a product, never the people counted before; a compound product's head
        ("Fendale Motors will hire two thousand workers at its battery-pack plant, lifting "
         "output to half a million units a year.", ["worker", "pack"]),
        ("The drone factory can make 6,000 units a year.", ["drone"]),
    ],
)  # fmt: skip
def test_generic_units_are_a_product(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(sentence, "2025-12-03")] == units


def test_an_estimated_level_of_a_counted_subject() -> None:
    claims = extract_claims("Casualties are estimated at 20,000 to 30,000.", "2025-06-01")
    assert [(c.mention, c.unit, c.qualifier) for c in claims] == [
        ("20,000 to 30,000", "casualty", "range")
    ]


@pytest.mark.parametrize(
    ("sentence", "pers"),
    [
        # a rate adjective two words before its measure; a rate word that opens another
        # measure is that measure's
        ("Australia's annual consumer price inflation held at 3.4% in January.", ["year"]),
        ("The bank raised its policy rate to 0.25% and said it would cut its monthly bond "
         "purchases to about ¥3 trillion.", [None, "month"]),
        ("Turkey's annual inflation slowed to 29.4% from 31.1% the previous month and monthly "
         "inflation was 2.3 per cent.", ["year", "year", "month"]),
        # a rate forecast on keeps its period; "longer than a year" is a duration
        ("Annual inflation was still running at 9.1% and would slow to 6.5-7% by the end of "
         "the year.", ["year", "year"]),
        ("At least 20% of patients have waited longer than a year.", [None]),
        ("The WFP will cut monthly food vouchers to $6 per person from $12.50.",
         ["month", "month"]),
        ("The field pumps 500,000 barrels daily from its northern wells.", ["day"]),
    ],
)  # fmt: skip
def test_rate_adjectives_and_forecast_rates(sentence: str, pers: list[str | None]) -> None:
    assert [c.per for c in extract_claims(sentence, "2025-03-03")] == pers


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # a total brought to counts what "the number of …" names, before or after it
        ("The UK sanctioned 90 more tankers on Tuesday, bringing the number of shadow-fleet "
         "vessels it has designated to over 500.", ["tanker", "vessel"]),
        ("The Treasury sanctioned 14 companies, bringing to 410 the number of entities it has "
         "designated this year.", ["company", "entity"]),
    ],
)  # fmt: skip
def test_the_number_of_names_the_unit(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(sentence, "2025-08-21")] == units


def test_a_counted_subject_before_its_figure_beats_the_figure_counted_earlier() -> None:
    claims = extract_claims(
        "The works can turn out up to 6,500 drones a month, and its workforce has grown to "
        "more than 12,000.",
        "2025-05-01",
    )
    assert [c.unit for c in claims] == ["drone", "person"]


def test_a_counted_subject_far_before_its_figure() -> None:
    claims = extract_claims(
        "Asylum applications in Germany fell by 50% in the first eight months compared with "
        "the same period a year ago, to 70,000.",
        "2025-09-04",
    )
    assert [(c.mention, c.unit) for c in claims] == [("50%", "percent"), ("70,000", "application")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Ghana raised the farmgate price to 49,600 cedis per tonne.", "GHS"),
        ("Ethiopia raised 20 billion birr in bonds.", "ETB"),
        ("Bangladesh's budget is 7.9 trillion taka.", "BDT"),
        ("Vietnam exported goods worth 900 trillion dong.", "VND"),
        ("Zambia spent 5 billion kwacha on subsidies.", "ZMW"),
    ],
)
def test_more_currency_words(sentence: str, unit: str) -> None:
    assert [c.unit for c in extract_claims(sentence, "2025-06-01")][-1:] == [unit]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a shared currency word takes the country named before it in its paragraph
        ("Norway's sovereign wealth fund returned 8.6% in the first half. Its value rose to "
         "19.7 trillion crowns, the fund said.", ["percent", "NOK"]),
        ("Average pay in Belarus rose. Wages reached 2,100 rubles in May.", ["BYN"]),
        # …unless its own sentence names one
        ("Norway's economy grew. The Swedish firm earned 4bn crowns.", ["SEK"]),
        # …and with no country named, its usual country
        ("Profit rose. The firm earned 4bn crowns.", ["SEK"]),
    ],
)  # fmt: skip
def test_a_shared_currency_word_takes_the_country_named_before_in_its_paragraph(
    text: str, units: list[str]
) -> None:
    assert [c.unit for c in extract_claims(text, "2025-07-15")] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # energy and commodity wire abbreviations with a slash, a superscript or a case
        ("Flows reached 19.6bn ft³/d.", [(19.6e9, "cubic_foot", "day")]),
        ("Output hit 318mn m³/d.", [(318e6, "cubic_metre", "day")]),
        ("Flows of 3.4 Bcf/d.", [(3.4e9, "cubic_foot", "day")]),
        ("Flows of 45 mcm/d.", [(45e6, "cubic_metre", "day")]),
        ("The plant has a nameplate capacity of 8.5mn t/yr.", [(8.5e6, "tonne", "year")]),
        ("Stocks fell 4.2mn bl.", [(4.2e6, "barrel", None)]),
        # megatonnes in capitals, metric tons in lower case
        ("Output of 12 Mt.", [(12e6, "tonne", None)]),
        ("Exports of 120,000 mt.", [(120000.0, "tonne", None)]),
    ],
)  # fmt: skip
def test_energy_wire_abbreviations(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(c.value, c.unit, c.per) for c in extract_claims(text, "2025-06-01")] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # an exchange rate "per dollar" or "to the dollar" is an amount of the currency named
        ("The rupiah fell 0.5% to 16,400 per dollar.", ["percent", "IDR"]),
        ("The lira slid to 38.2 to the dollar.", ["TRY"]),
        ("The rupee hit a record low of 89.4 per dollar, traders said.", ["INR"]),
        # …not "against the dollar" (dollars a euro), nor without a currency named
        ("The euro rose to 1.09 against the dollar.", []),
        ("Turkey's currency hit 38.2 per dollar.", []),
    ],
)  # fmt: skip
def test_an_exchange_rate_per_dollar_is_the_currency_named(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


def test_nouns_in_che_keep_their_e_in_the_singular() -> None:
    claims = extract_claims("The IMF paid the loan in two tranches.", "2025-06-01")
    assert [c.unit for c in claims] == ["tranche"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # two calibres before one noun: the noun after both
        ("The works fill 900,000 105mm and 155mm shells a year.", ["shell"]),
        ("Kyiv ordered 40,000 7.62mm or 5.56mm cartridges.", ["cartridge"]),
        # a hyphenated plural modifier, and "personnel" before its noun
        ("The plant makes 25 million small-arms rounds a month.", ["round"]),
        ("The army will buy 48 armoured personnel carriers.", ["carrier"]),
        ("Staff cuts hit 300 personnel at the base.", ["personnel"]),
        # an acronym that spells a stop word: "IT" (not "it"), before its noun
        ("The bank will hire 1,200 IT specialists this year.", ["specialist"]),
        # livestock counted in head with no "of" after (not "two head coaches")
        ("The national herd fell to 2.4 million head in June.", ["head"]),
        ("The club sacked two head coaches.", ["coach"]),
        # a quotation closing on the figure, the noun after it
        ('The admiral said her ships could escort "at most three" convoys a week.', ["convoy"]),
        ('She said Oslo would buy "at least 40 more" launchers.', ["launcher"]),
    ],
)  # fmt: skip
def test_modifiers_and_quotation_marks_before_the_counted_noun(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rial and the riyal, by the country named
        ("The rial slid to 980,000 to the dollar.", [(980000.0, "IRR")]),
        ("Oman's budget assumes revenue of 11 billion rials.", [(11e9, "OMR")]),
        ("Aramco paid 70 billion riyals in dividends.", [(70e9, "SAR")]),
        ("Qatar's surplus reached 10 billion riyals.", [(10e9, "QAR")]),
        # a price written as a compound adjective
        ("Jakarta lifted the $650-a-tonne floor price on coal.", [(650.0, "USD")]),
        ("Unions want a £15-an-hour minimum wage.", [(15.0, "GBP")]),
    ],
)  # fmt: skip
def test_rials_riyals_and_prices_written_as_adjectives(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(c.value, c.unit) for c in extract_claims(text, "2025-06-01")] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # "corps" is the same word in the plural, and a modifier before its noun
        ("The agency posted 1,800 standing corps guards on the coast.", ["guard"]),
        ("The marines will add 600 corps engineers by 2028.", ["engineer"]),
        # an adjective before a model name or "ones" is no noun: the count before says what
        ("The navy has 36 frigates, including 14 of the newer F-126.", ["frigate", "frigate"]),
        ("The airline owns 80 jets; 30 of the older ones will be retired.", ["jet", "jet"]),
    ],
)  # fmt: skip
def test_corps_and_adjectives_before_a_model_or_ones(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # whoever puts a level at a figure names what it counts in the phrase put there
        ("The monitor puts the region's active artillery fleet at about 900.", ["artillery"]),
        ("The governor puts the death toll at 41.", ["death"]),
        ("The agency puts the number of displaced at 1.2 million.", ["person"]),
        ("Officials estimate the town's population at about 9,000.", ["person"]),
        ("The tracker puts Russian tank losses at more than 3,000.", ["loss"]),
        # a verb that sets or sees a level is no counted noun
        ("The IMF puts growth at 3.1 this year.", []),
        ("The bank sees the jobless count at 40,000.", []),
    ],
)  # fmt: skip
def test_a_level_put_at_a_figure_counts_the_phrase_put_there(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # "units of …": the product is the head that ends the noun phrase
        ("The state will co-fund 4,000 units of small boats.", ["boat"]),
        ("The depot shipped 900 units of used armoured vans.", ["van"]),
        ("The maker delivered 500 units of its new model, the ministry said.", ["model"]),
        ("The plant made 3,000 units of heavy equipment for export.", ["equipment"]),
        ("It sold 800 units of the model built in Minsk.", ["model"]),
        ("The firm sold 40,000 units of the Geran drone.", ["drone"]),
    ],
)  # fmt: skip
def test_units_of_a_product_name_the_head_of_its_noun_phrase(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # the nearest counted subject of a change, not the first in the sentence
        ("Arrivals rose 12% to 5,100, while expulsions fell by 9% to 870.",
         ["percent", "arrival", "percent", "expulsion"]),
        ("Deaths fell to 300 and infections rose to 4,000.", ["death", "infection"]),
        # returns of people are counted subjects, and a population that swelled counts people
        ("Evacuations from the district reached 12,000.", ["evacuation"]),
        ("The camp's population has swelled to about 80,000.", ["person"]),
        # "of" after the first subject is still its phrase: "Arrivals of migrants … fell"
        ("Arrivals of migrants on the island fell to about 3,600.", ["arrival"]),
    ],
)  # fmt: skip
def test_the_nearest_counted_subject_of_a_change(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a common noun opening the sentence as the subject of a past verb
        ("Freighters crossed the canal at an average of 31 a day in May.", ["freighter"]),
        ("Ferries sailed at a rate of 12 a week last winter.", ["ferry"]),
        # a name is no counted noun, nor a subject before "of"
        ("Siemens expects 400 this year.", []),
        ("Shares of Tolmar (4711.T) fell after it said output reached 9,800 in May.", []),
    ],
)  # fmt: skip
def test_a_common_noun_opening_the_sentence_as_a_subject(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a bare "$" price per tonne, barrel or ounce is a world market's, in US dollars …
        ("Australian coking coal fell to $212 a tonne, down $6 on the week.", ["USD", "USD"]),
        ("Canadian heavy crude traded at $51 a barrel on Friday.", ["USD"]),
        ("New Zealand's gold miners sold at $2,390 per troy ounce.", ["USD"]),
        ("Australian iron ore fetched $104 per dry metric ton.", ["USD"]),
        # … but not the country's own spending, nor a power price
        ("The Australian government will spend $2bn on ports, with coal at $140 a tonne.",
         ["AUD", "USD"]),
        ("Australian wholesale power averaged $120 a megawatt hour.", ["AUD"]),
    ],
)  # fmt: skip
def test_a_dollar_price_of_a_world_commodity_is_in_us_dollars(text: str, codes: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == codes


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # "the number of X …" counts X through a change from a base and a capitalised word
        ("Exports slowed, and the number of firms selling Chinese panels fell from 310 to 240.",
         ["firm", "firm"]),
        ("The number of ships using Iranian ports rose from about 90 to 130.", ["ship", "ship"]),
    ],
)  # fmt: skip
def test_the_number_of_a_noun_through_a_change_from_a_base(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # coordinated participles, then a people's adjective, then the noun
        ("Trackers logged 410 destroyed or abandoned Russian self-propelled guns.", ["gun"]),
        ("The army counted 40 damaged or captured Ukrainian tanks.", ["tank"]),
    ],
)  # fmt: skip
def test_coordinated_participles_before_an_adjective_of_a_people(
    text: str, units: list[str]
) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a part of a named owner's counted whole
        ("Nineteen of the EU's 27 members backed the plan.", ["member", "member"]),
        ("Eleven of Japan's 47 prefectures reported shortages.", ["prefecture", "prefecture"]),
    ],
)  # fmt: skip
def test_a_part_of_a_named_owners_counted_whole(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # sales, shipments or deliveries of a named product count that product
        ("Japanese hybrid-car sales rose 12.4% in June to a record 141,300.",
         ["percent", "car"]),
        ("India's tractor shipments fell 3% to 71,500 in May.", ["percent", "tractor"]),
        # no product named: a market, a company or an owner
        ("Retail sales rose 3% to 400 in May.", ["percent"]),
        ("Tesla deliveries rose to 410,000.", []),
        ("Its sales of electric buses climbed 18.5% to about 9,000.", ["percent", "bus"]),
    ],
)  # fmt: skip
def test_sales_of_a_named_product_count_the_product(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two X": a count of things that exist, whatever the sentence's verb
        ("The agency said the two refineries together process 410,000 barrels a day.",
         [("two", "refinery", "actual"), ("410,000", "barrel", "actual")]),
        ("The three plants will make 20,000 drones a month.",
         [("three", "plant", "actual"), ("20,000", "drone", "planned")]),
    ],
)  # fmt: skip
def test_a_definite_count_in_words_is_a_count_of_things_that_exist(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = extract_claims(text, "2025-06-01")
    assert [(c.mention, c.unit, c.modality) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound in words with a scale, and the population of a place counts people
        ("Floods pushed the population of the shelters above one million.",
         [("above one million", "at_least", "person")]),
        ("Fighting pushed the population of border camps over half a million.",
         [("over half a million", "at_least", "person")]),
        # a duration after "over" is still none
        ("He led the agency for over two years.", []),
    ],
)  # fmt: skip
def test_a_bound_in_words_with_a_scale_and_the_population_of_a_place(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = extract_claims(text, "2025-06-01")
    assert [(c.mention, c.qualifier, c.unit) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a count brought to a level names what the level counts
        ("About 900 migrants landed on Lampedusa, bringing arrivals this year to 41,200.",
         ["migrant", "arrival"]),
        ("The strike killed 12 people, taking deaths this month to 412.", ["person", "death"]),
        # not a measured amount, nor a total
        ("It hired 400 staff, bringing the total to 12,000.", ["staff", "staff"]),
    ],
)  # fmt: skip
def test_a_count_brought_to_a_level_names_what_it_counts(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # a people whose plural is its name counts people
        ("About 900,000 Rohingya live in the camps.", ["person"]),
        ("Some 12,000 Roma were moved from the settlement.", ["person"]),
        # but modifies a noun after it
        ("Some 8,000 Rohingya refugees arrived this year.", ["refugee"]),
    ],
)  # fmt: skip
def test_a_people_whose_plural_is_its_name(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == units
