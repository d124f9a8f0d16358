"""The extractor on sentences written for these tests (not the dev set), and the seed."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.claims import Claim
from indicators.documents import load_file
from indicators.extract import extract_claims
from indicators.numbers import format_number

# the founding article as the repository stores it (front matter removed by the loader)
SEED = Path(__file__).resolve().parents[1] / "data" / "articles" / "000_7224571df33810ab.md"
PUB = "2025-06-18"  # a Wednesday


def _one(sentence: str, published: str = PUB) -> dict[str, Any]:
    claims = extract_claims(sentence, published)
    assert len(claims) == 1, [c.mention for c in claims]
    return claims[0].model_dump()


def _check(got: dict[str, Any], expected: dict[str, Any]) -> None:
    wrong = {k: (got[k], v) for k, v in expected.items() if got[k] != v}
    assert not wrong, wrong


# --------------------------------------------------------------------------- the seed


SEED_CLAIMS = [
    {
        "mention": "Approximately 500",
        "value": 500.0,
        "unit": "enterprise",
        "unit_kind": "count",
        "qualifier": "approximate",
        "modality": "actual",
        "per": None,
        "low": None,
        "high": None,
        "period": None,
        "attributed_to": None,
    },
    {
        "mention": "100,000",
        "value": 100_000.0,
        "unit": "drone",
        "unit_kind": "count",
        "qualifier": "exact",
        "modality": "capacity",
        "per": "year",
        "low": None,
        "high": None,
        "period": None,
        "attributed_to": None,
    },
    {
        "mention": "roughly 480,000",
        "value": 480_000.0,
        "unit": "round",
        "unit_kind": "count",
        "qualifier": "approximate",
        "modality": "actual",
        "per": "year",
        "low": None,
        "high": None,
        "period": None,
        "attributed_to": None,
    },
    {
        "mention": "ten",
        "value": 10.0,
        "unit": "launcher",
        "unit_kind": "count",
        "qualifier": "exact",
        "modality": "planned",
        "per": None,
        "low": None,
        "high": None,
        "period": None,
        "attributed_to": None,
    },
]


def test_seed_article_yields_exactly_its_four_headline_claims() -> None:
    text = next(load_file(SEED)).text
    claims = extract_claims(text, "2025-12-20")
    assert [c.mention for c in claims] == [c["mention"] for c in SEED_CLAIMS]
    for claim, expected in zip(claims, SEED_CLAIMS, strict=True):
        _check(claim.model_dump(), expected)
        assert text[claim.span[0] : claim.span[1]] == claim.mention
        assert claim.mention in claim.sentence


@pytest.mark.parametrize(
    "not_a_claim", ["December 17, 2025", "Krichev-6", "New START", "Oreshnik", "RVSN", "2025"]
)
def test_seed_article_non_claims(not_a_claim: str) -> None:
    text = next(load_file(SEED)).text
    assert not any(not_a_claim in c.mention for c in extract_claims(text, "2025-12-20"))


# --------------------------------------------------------------------------- new sentences

CASES: list[tuple[str, dict[str, Any]]] = [
    # defence
    (
        "The Pentagon awarded a contract for 340 interceptor missiles on Thursday.",
        {"mention": "340", "unit": "missile", "period": "2025-06-12", "modality": "actual"},
    ),
    (
        "Rheinmetall can now produce some 700,000 shells a year at its Unterluess site.",
        {
            "mention": "some 700,000",
            "value": 700_000.0,
            "qualifier": "approximate",
            "unit": "shell",
            "per": "year",
            "modality": "capacity",
        },
    ),
    (
        "The navy intends to commission twelve frigates by 2032.",
        {"mention": "twelve", "unit": "frigate", "modality": "planned", "period": "2032"},
    ),
    (
        "Russia fired as many as 480 drones overnight, Ukraine's air force said.",
        {
            "mention": "as many as 480",
            "qualifier": "at_most",
            "high": 480.0,
            "unit": "drone",
            "attributed_to": "Ukraine's air force",
        },
    ),
    (
        "The brigade fielded three hundred and forty armoured vehicles.",
        {"mention": "three hundred and forty", "value": 340.0, "unit": "vehicle"},
    ),
    # sanctions
    (
        "Britain sanctioned 135 more tankers of the shadow fleet on Tuesday.",
        {"mention": "135", "unit": "tanker", "period": "2025-06-17"},
    ),
    (
        "Frozen Russian assets in Belgium total roughly €190 billion, according to Euroclear.",
        {
            "mention": "roughly €190 billion",
            "value": 1.9e11,
            "unit": "EUR",
            "unit_kind": "currency",
            "attributed_to": "Euroclear",
        },
    ),
    (
        "The proposed price cap would fall to $45 a barrel under the new package.",
        {"mention": "$45", "unit": "USD", "per": None, "modality": "planned"},
    ),
    # energy
    (
        "The wind farm is rated at 1.2 GW and cost €2.4bn to build.",
        {"mention": "1.2", "unit": "gigawatt", "unit_kind": "physical", "modality": "capacity"},
    ),
    (
        "Qatar shipped 6.8 million tonnes of LNG in the second quarter.",
        {"mention": "6.8 million", "value": 6.8e6, "unit": "tonne", "period": "2025-Q2"},
    ),
    (
        "Norway's gas exports reached 10.5 bcm in May, Gassco data showed.",
        {
            "mention": "10.5",
            "value": 1.05e10,
            "unit": "cubic_metre",
            "period": "2025-05",
            "attributed_to": "Gassco",
        },
    ),
    (
        "The pipeline carries 1.1 mb/d of crude.",
        {"mention": "1.1", "value": 1.1e6, "unit": "barrel", "per": "day"},
    ),
    (
        "India bought 1.76 mbpd of Russian crude in May.",
        {"mention": "1.76", "value": 1.76e6, "unit": "barrel", "per": "day", "period": "2025-05"},
    ),
    (
        "The field pumps 45,000 bopd.",
        {"mention": "45,000", "value": 45000, "unit": "barrel", "per": "day"},
    ),
    (
        "The smelter has a capacity of 350 ktpa.",
        {"mention": "350", "value": 3.5e5, "unit": "tonne", "per": "year", "modality": "capacity"},
    ),
    (
        "The pipeline will carry 10 bcma.",
        {"mention": "10", "value": 1e10, "unit": "cubic_metre", "per": "year"},
    ),
    # trade
    (
        "Vietnam's exports to the US rose 28.3% year on year in May.",
        {"mention": "28.3%", "unit": "percent", "per": None, "period": "2025-05"},
    ),
    (
        "Chinese steel exports hit 10.58 million tonnes last month.",
        {"mention": "10.58 million", "unit": "tonne", "period": "2025-05"},
    ),
    (
        "Soybean imports are forecast to reach between 105 and 108 million tonnes this season.",
        {
            "mention": "between 105 and 108 million",
            "value": 1.065e8,
            "low": 1.05e8,
            "high": 1.08e8,
            "qualifier": "range",
            "unit": "tonne",
            "modality": "projected",
            "period": None,
        },
    ),
    # budgets
    (
        "The 2026 budget sets aside 1.2 trillion yen for cyber defence, the cabinet said.",
        {
            "mention": "1.2 trillion yen",
            "value": 1.2e12,
            "unit": "JPY",
            "modality": "planned",
            "period": "2026",
            "attributed_to": "cabinet",
        },
    ),
    (
        "Kyiv's deficit will equal 18.4 per cent of GDP next year.",
        {"mention": "18.4 per cent", "unit": "percent", "modality": "planned", "period": "2026"},
    ),
    (
        "Parliament approved spending of 2.7 trillion hryvnias for defence.",
        {"mention": "2.7 trillion hryvnias", "unit": "UAH", "unit_kind": "currency"},
    ),
    # prices and rates
    (
        "Gold climbed 1.4% to $3,380 an ounce on Monday.",
        {"mention": "$3,380", "unit": "USD", "per": None, "period": "2025-06-16"},
    ),
    (
        "The central bank cut its key rate by half a percentage point to 20%.",
        {
            "mention": "half a percentage point",
            "value": 0.5,
            "unit": "percentage_point",
            "unit_kind": "percent",
        },
    ),
    (
        "Annual inflation eased to 2.7 percent in May.",
        {"mention": "2.7 percent", "per": "year", "period": "2025-05"},
    ),
    ("Rents rose 0.6% a month on average over the period.", {"mention": "0.6%", "per": "month"}),
    # companies
    (
        "Orlen booked a net profit of 4.5 billion zlotys in Q1, the company said.",
        {
            "mention": "4.5 billion zlotys",
            "unit": "PLN",
            "period": "2025-Q1",
            "attributed_to": "Orlen",
        },
    ),
    (
        "The retailer plans to open up to 300 stores in Germany next year.",
        {
            "mention": "up to 300",
            "qualifier": "at_most",
            "high": 300.0,
            "unit": "store",
            "modality": "planned",
            "period": "2026",
        },
    ),
    (
        "Shares fell 12% after the group cut its outlook.",
        {"mention": "12%", "value": 12.0, "unit": "percent"},
    ),
    (
        "The start-up raised $120m at a valuation of about $1.5bn.",
        {"mention": "$120m", "value": 1.2e8, "unit": "USD"},
    ),
    (
        "Output at the plant reached 3,400 units of the X5 sedan in April.",
        {"mention": "3,400", "unit": "sedan", "period": "2025-04"},
    ),
    # migration
    (
        "More than 2,500 migrants reached the Canary Islands in May, the interior ministry said.",
        {
            "mention": "More than 2,500",
            "qualifier": "at_least",
            "low": 2500.0,
            "unit": "migrant",
            "period": "2025-05",
            "attributed_to": "interior ministry",
        },
    ),
    (
        "Germany deported 11,000 people in the first half, officials said.",
        {"mention": "11,000", "unit": "person", "attributed_to": None},
    ),
    (
        "Asylum applications fell by nearly a quarter to 75\u00a0000 last year.",
        {"mention": "75\u00a0000", "value": 75_000.0, "unit": "application", "period": "2024"},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentences(sentence: str, expected: dict[str, Any]) -> None:
    claims = [c.model_dump() for c in extract_claims(sentence, PUB)]
    found = [c for c in claims if c["mention"] == expected["mention"]]
    assert found, (expected["mention"], [c["mention"] for c in claims])
    _check(found[0], expected)


# --------------------------------------------------------------------------- non-claims

NON_CLAIMS = [
    "The Su-35 and the MiG-31K flew from Engels-2 airbase at 04:30.",
    "Talks resumed on 14 March under Article 5 and Resolution 2231.",
    "The G7 and G20 statements on COVID-19 and Vision 2030 were published.",
    "Dozens of drones and hundreds of decoys hit the city; tens of thousands fled.",
    "It was one of the largest attacks, and the one that hit the grid.",
    "The 155mm shells fit a 40-foot container, page 12 of the report says.",
    "Call +44 20 7946 0018 for the schedule of the 21st summit.",
    "The F-16 and the Boeing 737 were parked beside the Falcon 9 pad in 2024.",
    "Inflation peaked in the 1990s and again in 2022-23.",
    "Millions watched, and scores more gathered, several said.",
    "Flight MH17 was downed on 17 July 2014 over Hrabove.",
    "The third-largest exporter held its second auction since 2019.",
    "Only one in five voters backed the plan in constituency 12.",
    "Nine in ten voters and two in three firms backed the plan.",
    "He works 24/7, remembers 9/11 and says 1/3 of it is luck.",
    "The Senate voted 52-48 after a 3-2 committee vote on the 5G and 3D bills.",
    "A Category 5 storm hit as Windows 11 and the iPhone 16 launched.",
]


@pytest.mark.parametrize("sentence", NON_CLAIMS)
def test_non_claims(sentence: str) -> None:
    assert extract_claims(sentence, PUB) == []


# --------------------------------------------------------------------------- structure


def test_from_to_is_two_claims_not_a_range() -> None:
    claims = extract_claims("The cap falls from $60 to $47.60 a barrel.", PUB)
    assert [(c.value, c.qualifier) for c in claims] == [(60.0, "exact"), (47.6, "exact")]


@pytest.mark.parametrize(
    ("sentence", "low", "high", "mention"),
    [
        ("Losses of €400-500 million a year", 4e8, 5e8, "€400-500 million"),
        ("a harvest of 83–86 million tonnes", 8.3e7, 8.6e7, "83–86 million"),
        ("a rate of 4 to 4.25 percent", 4.0, 4.25, "4 to 4.25 percent"),
        ("between $1.1bn and $1.4bn", 1.1e9, 1.4e9, "between $1.1bn and $1.4bn"),
        ("output of 650 000–700 000 tonnes", 6.5e5, 7e5, "650 000–700 000"),
        # a percent sign at both ends
        ("The Fed held rates at 4.25%-4.50% on Wednesday.", 4.25, 4.5, "4.25%-4.50%"),
        ("The target range stays at 5.25%–5.5%.", 5.25, 5.5, "5.25%–5.5%"),
    ],
)
def test_ranges(sentence: str, low: float, high: float, mention: str) -> None:
    c = _one(sentence)
    _check(
        c,
        {
            "mention": mention,
            "low": low,
            "high": high,
            "qualifier": "range",
            "value": (low + high) / 2,
        },
    )


@pytest.mark.parametrize(
    "sentence",
    ["Sales were 900-1.1 million units.", "Estimates run from 1,500-2 million tonnes."],
)
def test_a_range_whose_first_bound_passes_the_scaled_second_is_no_claim(sentence: str) -> None:
    # the second bound's scale read onto the first would make 900 million; what the writer
    # meant (900,000? 900 million?) is not in the text
    assert extract_claims(sentence, "2025-06-01") == []


def test_a_participle_after_an_elliptic_amount_keeps_the_claim() -> None:
    """Regression: "the 3.6 billion allocated" was dropped as an unreadable counted noun."""
    claims = extract_claims(
        "The agency budgets 4 billion euros for 2026, slightly above the 3.6 billion "
        "allocated this year.",
        PUB,
    )
    assert [(c.value, c.unit, c.modality, c.period) for c in claims] == [
        (4e9, "EUR", "planned", "2026"),
        (3.6e9, "EUR", "planned", "2025"),
    ]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # "others" counts more of what the sentence counted just before: never "other"
        ("The strikes killed at least 12 people and wounded 40 others.", ["person", "person"]),
        ("Police detained 300 protesters; 40 others were released.", ["protester", "protester"]),
        # with nothing counted before it, the figure has no unit and is no claim
        ("Some 200 others fled.", []),
    ],
)
def test_others_after_a_figure_counts_what_came_before(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(sentence, PUB)] == units


def test_change_stores_positive_magnitude() -> None:
    assert _one("Revenue slipped 3.2% in the quarter.")["value"] == 3.2


def test_adjacent_sentence_credits_the_source() -> None:
    text = (
        "The plant turned out 2,000 drones a month in spring. "
        "The estimate comes from the Centre for Defence Studies, which tracks output."
    )
    [claim] = extract_claims(text, PUB)
    assert claim.attributed_to == "Centre for Defence Studies"


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports rose to 5 million tonnes, according to people familiar with the matter.",
        "Farmers were told that 300 tractors had been ordered.",
        "Revenue reached $919k in May, beating forecasts by 5.1 percentage points.",
        "Analysts said privately that the fund lost $2bn.",
    ],
)
def test_unnamed_passive_and_gerund_subjects_are_not_sources(sentence: str) -> None:
    claims = extract_claims(sentence, PUB)
    assert claims
    assert all(c.attributed_to is None for c in claims)
    assert all(c.modality == "actual" for c in claims)


def test_a_source_carries_to_the_next_sentence_only_from_credited_figures() -> None:
    text = (
        "Local reporters were told that the rules had changed. "
        "Shipments reached 4,000 containers in May."
    )
    assert [c.attributed_to for c in extract_claims(text, PUB)] == [None]
    text = "Exports hit 4,000 containers in May, the port said. It now handles 9,000 a month."
    assert [c.attributed_to for c in extract_claims(text, PUB)] == ["port", "port"]


def test_agreeing_to_spend_is_a_plan() -> None:
    claims = extract_claims(
        "Allies agreed at the summit to spend 5% of GDP on defence by 2035, "
        "including 3.5% on core needs.",
        PUB,
    )
    assert [(c.value, c.modality, c.period) for c in claims] == [
        (5.0, "planned", "2035"),
        (3.5, "planned", "2035"),
    ]


def test_a_year_used_as_an_adjective_is_not_the_period() -> None:
    assert _one("A 2019 law caps the number of permits at 12,000 per year.")["period"] is None
    assert _one("The 2026 budget sets aside €4bn for drones.")["period"] == "2026"


def test_an_elliptic_amount_takes_a_currency_only_of_the_same_order() -> None:
    claims = extract_claims(
        "Tourism revenue reached €126bn as visitor numbers hit a record 94 million.", PUB
    )
    # not EUR (another order of magnitude): the visitors that "visitor numbers" count
    assert [c.unit for c in claims] == ["EUR", "visitor"]


def test_half_years_are_their_year_and_fy_is_fiscal() -> None:
    claims = extract_claims("Revenue rose 12% in H1 2024 and 8% in FY25.", PUB)
    assert [(c.value, c.period) for c in claims] == [(12.0, "2024"), (8.0, "2025")]


def test_a_cue_after_the_next_figure_is_not_this_figures_cue() -> None:
    claims = extract_claims("Ukraine received 31 of the 100 tanks promised.", PUB)
    assert [(c.value, c.unit, c.modality) for c in claims] == [
        (31.0, "tank", "actual"),
        (100.0, "tank", "planned"),
    ]


def test_pc_is_percent() -> None:
    assert _one("Passenger numbers rose 7pc in August.")["unit"] == "percent"


def test_a_definite_description_names_the_source_introduced_earlier() -> None:
    text = (
        "Latvia's Constitution Protection Bureau published its yearly review on Monday.\n\n"
        "The bureau now says about 450 firms supply the army."
    )
    [claim] = extract_claims(text, PUB)
    assert claim.attributed_to == "Latvia's Constitution Protection Bureau"


def test_a_product_of_a_source_credits_its_owner_but_an_agency_keeps_its_country() -> None:
    [a] = extract_claims("Rates fell 4% to $2,950, Drewry's World Container Index showed.", PUB)[1:]
    assert a.attributed_to == "Drewry"
    [b] = extract_claims("Lithuania's State Security Department said 400 firms took part.", PUB)
    assert b.attributed_to == "Lithuania's State Security Department"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Potash sold for about $300 a tonne, according to traders in Singapore.", "USD"),
        ("The Canadian government will spend $2bn on housing.", "CAD"),
        ("Exports reached 40 billion Australian dollars.", "AUD"),
    ],
)
def test_a_dollar_follows_only_a_nearby_country(sentence: str, code: str) -> None:
    assert _one(sentence)["unit"] == code


def test_an_annual_report_does_not_make_a_rate() -> None:
    claim = _one("The agency said in its annual threat assessment that 400 firms took part.")
    assert claim["per"] is None
    assert _one("Annual output of shells will reach 650 by 2027.")["per"] == "year"


@pytest.mark.parametrize(
    ("sentence", "per"),
    [
        # a percent is a rate only of a rate the adjective names…
        ("Turkey's annual inflation eased to 33.3% in May.", "year"),
        ("Monthly inflation was 1.5%.", "month"),
        ("The annual rate climbed to 12.9%.", "year"),
        # …of any other measure it is a change, not a rate
        ("Average weekly earnings rose 5.7% in the three months to June.", None),
        ("Annual output fell 3% last year.", None),
        ("Monthly pay rose 4% in May.", None),
    ],
)
def test_a_rate_adjective_makes_a_percent_a_rate_only_of_a_rate(
    sentence: str, per: str | None
) -> None:
    assert _one(sentence)["per"] == per


@pytest.mark.parametrize(
    ("sentence", "value", "code"),
    [
        ("The government allocated Rs 5,000 crore for the scheme.", 5e10, "INR"),
        ("India will pay ₹63,000 crore for the jets.", 6.3e11, "INR"),
        ("Petrobras invested R$ 12 billion in the quarter.", 1.2e10, "BRL"),
        ("The fund raised EUR5m in seed money.", 5e6, "EUR"),
        ("Profits fell to 2.3 billion Swiss francs.", 2.3e9, "CHF"),
    ],
)
def test_more_currencies_and_scales(sentence: str, value: float, code: str) -> None:
    claim = _one(sentence)
    assert (claim["value"], claim["unit"]) == (value, code)


def test_the_counted_group_doing_the_reporting_is_not_a_source() -> None:
    claims = extract_claims(
        "Some 60 per cent of the 4,200 companies surveyed reported losses.", PUB
    )
    assert [(c.value, c.attributed_to) for c in claims] == [(60.0, None), (4200.0, None)]


def test_an_actor_is_not_a_source() -> None:
    assert _one("Kongsberg booked NOK 12bn of orders.")["attributed_to"] is None


def test_spans_and_sentences_are_consistent() -> None:
    text = "Exports rose 14.2 percent to ¥1.1 billion. Imports fell 3% to ¥900 million."
    for c in extract_claims(text, PUB):
        assert text[c.span[0] : c.span[1]] == c.mention
        assert c.mention in c.sentence


# --------------------------------------------------------------------------- properties


@st.composite
def _amounts(draw: st.DrawFn) -> tuple[str, float]:
    n = draw(st.integers(min_value=1, max_value=999_999_999))
    style = draw(st.sampled_from(["plain", "comma", "nbsp", "nnbsp", "space"]))
    surface = format_number(n, style)
    if style == "plain" and 1800 <= n <= 2199:
        n += 10_000  # bare year-like numbers are read as years
        surface = format_number(n, style)
    cur = draw(st.sampled_from(["", "$", "€", "£", "US$", "USD ", "EUR "]))
    return cur + surface, float(n)


@given(_amounts())
def test_formatted_amounts_are_read_back(amount: tuple[str, float]) -> None:
    surface, value = amount
    sentence = f"The ministry reported {surface} tonnes of grain shipped."
    if surface[0] in "$€£U":
        sentence = f"The ministry reported {surface} in revenue."
    claims = extract_claims(sentence, PUB)
    assert [c.value for c in claims] == [value], sentence


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(
        [
            ("bn", 1e9),
            (" billion", 1e9),
            ("m", 1e6),
            (" million", 1e6),
            ("k", 1e3),
            (" thousand", 1e3),
            (" trillion", 1e12),
            ("tn", 1e12),
        ]
    ),
    st.sampled_from(["$", "€", "£", ""]),
)
def test_scaled_amounts_are_read_back(
    whole: int, tenth: int, scale: tuple[str, float], cur: str
) -> None:
    word, mult = scale
    sentence = f"Sales reached {cur}{whole}.{tenth}{word}{' units' if not cur else ''} in May."
    [claim] = extract_claims(sentence, PUB)
    assert claim.value == pytest.approx((whole + tenth / 10) * mult, rel=1e-12)


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    for c in extract_claims(text, PUB):
        assert text[c.span[0] : c.span[1]] == c.mention


@given(
    st.text(alphabet=st.sampled_from(list("0123456789 ,.-–%$€£¥abcmkbnt\u00a0\u202f")), max_size=80)
)
def test_number_soup_never_raises(text: str) -> None:
    extract_claims(text, None)


#: Sentences whose words the extractor looks up after a case-insensitive match (months,
#: relative years, rate words, scales, qualifiers, country cues for a currency).
_CASED_SENTENCES = [
    "The Indian firm paid 5 million rupees last year, about 12% more than in August.",
    "Sweden's output rose to 4bn crowns a year in March last year, the institute said.",
    "Exports fell by almost six billion dollars in the first quarter of 2024.",
]


@pytest.mark.parametrize(
    "sentence",
    ["The İndian firm paid 5 million rupees.", "Output rose 4% in Auguſt laſt year."],
)
def test_letters_ignorecase_equates_with_ascii_do_not_crash(sentence: str) -> None:
    """Regression: "İndian" and "laſt" matched the case-insensitive patterns, and their
    str.lower() was no key of the table the match is looked up in (KeyError)."""
    assert extract_claims(sentence, PUB)


_VARIANTS = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


@settings(max_examples=300)
@given(st.sampled_from(_CASED_SENTENCES), st.randoms(use_true_random=False))
def test_case_variant_letters_never_raise(sentence: str, rnd: random.Random) -> None:
    """Any i, s or k written as a letter re.IGNORECASE equates with it ("İ", "ı", "ſ", the
    Kelvin sign)."""
    text = "".join(
        rnd.choice(_VARIANTS[c.lower()]) if c.lower() in _VARIANTS and rnd.random() < 0.5 else c
        for c in sentence
    )
    for c in extract_claims(text, PUB):
        assert text[c.span[0] : c.span[1]] == c.mention


# --------------------------------------------------------------------------- generalisation:
# attribution and modality classes (sentences written for these tests)


def _fields(sentence: str, key: str, published: str = PUB) -> list[Any]:
    return [c.model_dump()[key] for c in extract_claims(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a credit set off by commas covers the figure before it and the one after it,
        # with the subject's article and a short adjunct after the verb
        (
            "Kenya shipped 4.1 million kg of tea in June, the tea board said, up from "
            "3.8 million kg in May.",
            "tea board",
        ),
        (
            "Port volumes reached 9.2 million containers, the harbour authority said on "
            "Thursday, against 8.7 million a year before.",
            "harbour authority",
        ),
        # unnamed people at a named organisation credit the organisation
        (
            "Copper demand will rise 3% next year, economists at Halden Bank estimate.",
            "Halden Bank",
        ),
    ],
)
def test_credits_set_off_by_commas_and_employers(sentence: str, source: str) -> None:
    assert set(_fields(sentence, "attributed_to")) == {source}


def test_a_collective_anaphor_resolves_to_the_named_group() -> None:
    sentence = (
        "Norway and three other Nordic Council members agreed to send 400 trucks, the bloc said."
    )
    assert _fields(sentence, "attributed_to") == ["Nordic Council", "Nordic Council"]


def test_an_anaphor_resolves_to_an_acronym_ending_in_its_initial() -> None:
    text = (
        "The ADB approved a $300 million loan to Nepal on Monday. "
        "The bank said it would release $120 million this year."
    )
    assert _fields(text, "attributed_to") == [None, "ADB"]


def test_a_descriptor_before_a_name_resolves_the_anaphor() -> None:
    text = (
        "Wage growth slowed to 4.4% in April, statistics office Statnord said. "
        "Real wages rose 1.2 per cent, the office added."
    )
    assert _fields(text, "attributed_to") == ["Statnord", "Statnord"]


def test_a_new_unnamed_source_breaks_the_carry_over() -> None:
    text = (
        "Brightwater Mining said copper output rose to 212,000 tonnes. "
        "Traders had expected 220,000 tonnes."
    )
    assert _fields(text, "attributed_to") == ["Brightwater Mining", None]


def test_added_reports_only_when_it_closes_the_clause() -> None:
    assert _fields(
        "Rice exports reached 2.4 million tonnes, the Grain Council added.", "attributed_to"
    ) == ["Grain Council"]
    assert _fields("The Grain Council added 40 traders to its register.", "attributed_to") == [None]


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        # a modal before a verb of movement or cost: a forecast, not a plan
        ("The governor said inflation would ease to 2.4% next year.", "projected"),
        ("The new levy will cost retailers about €3bn a year, the institute said.", "projected"),
        # ... unless what moves is a plan ("the budget will rise")
        ("The navy's budget will rise to 1.9% of GDP by 2028.", "planned"),
        ("Border spending will climb to $7bn next year.", "planned"),
        # the modal inside a forecast's that-clause
        ("Statistics Norway forecast that unemployment would reach 4.2% in 2026.", "projected"),
        ("Pellham Foods lifted its annual sales guidance to £2.3bn.", "projected"),
        ("The government wants 40 GW of offshore wind in place by 2032.", "planned"),
        # a perfect tense reports a done act: the pledgers are counted, not a pledge
        ("More than 20 countries have pledged troops to the mission.", "actual"),
        # "projects" a measure at a figure: a forecast; the noun "projects" is none
        ("The USDA projects world wheat output at 790 million tonnes.", "projected"),
        ("The IMF projects Russia's growth at 1.5%.", "projected"),
        ("Two projects in Kenya at 40 MW each were approved.", "actual"),
        # on course, poised: where a measure is heading
        ("Sales are on course to hit a record 2 million vehicles this year.", "projected"),
        ("Exports are poised to reach 50 million tonnes in 2026.", "projected"),
    ],
)
def test_modality_classes(sentence: str, modality: str) -> None:
    assert _fields(sentence, "modality")[0] == modality


def test_a_forecast_with_a_that_clause_is_credited() -> None:
    sentence = "Statistics Norway forecast that unemployment would reach 4.2% in 2026."
    assert _fields(sentence, "attributed_to") == ["Statistics Norway"]


# --------------------------------------------------------------------------- generalisation:
# period classes (sentences written for these tests; PUB is Wednesday 2025-06-18)


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # the day a statement was made dates no figure
        ("Tarn Motors said on Monday it had built 4,200 vans since March.", [None]),
        ("The minister told reporters on Friday he would hire 900 nurses.", [None]),
        # a day named after the verb dates the clause, across an apposition
        (
            "The regulator fined 14 lenders and 6 brokers, all of them local, on Tuesday.",
            ["2025-06-17", "2025-06-17"],
        ),
        # but not a running total after a participle
        (
            "Ferrovia added 30 trains on Monday, bringing the size of its fleet to 410.",
            ["2025-06-16", None],
        ),
        # nor a plan decided that day
        (
            "Norland plans to resettle about 6,000 refugees under a scheme approved on Monday.",
            [None],
        ),
        # "to X from Y <time>": the time dates the new value, the baseline has none
        ("The council will lift the bus fare to €2.40 from €2.10 next month.", ["2025-07", None]),
        # a participle clause restating the change shares the main clause's period
        ("Retail sales fell in May, dropping 0.8% from a year earlier.", ["2025-05"]),
        # "since" wording in an apposition belongs to that apposition
        (
            "Car output rose 4.1% in April, the fastest gain since early 2022, as truck output "
            "climbed 2.3%.",
            ["2025-04", "2025-04"],
        ),
        # a clause with another modality does not borrow the period of the one before
        (
            "Orsa Bank earned $610 million in the first quarter and will pay $0.45 a share.",
            ["2025-Q1", None],
        ),
    ],
)
def test_period_classes(sentence: str, periods: list[str | None]) -> None:
    assert _fields(sentence, "period") == periods


def test_a_continuing_report_inherits_the_period() -> None:
    text = (
        "Industrial output rose 2.7% in April, the agency Statvik said. "
        "Manufacturing output grew 3.1%, the agency added."
    )
    assert _fields(text, "period") == ["2025-04", "2025-04"]
    text = "Tolmar Steel said first-quarter profit fell to $88 million. Analysts had expected $95 million."
    assert _fields(text, "period") == ["2025-Q1", "2025-Q1"]
    # a source carried over from the sentence before is not a continuation
    text = (
        "Grid exports rose 6% in March, the operator Netz Nord said. "
        "A new line adds 9% to capacity."
    )
    assert _fields(text, "period") == ["2025-03", None]
    # another measure, or no shared source, inherits nothing
    text = "Orvik Ferries carried 3.4 million passengers in May. It employs 2,100 people."
    assert _fields(text, "period") == ["2025-05", None]


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a coordinated object shares its verb's modality
        (
            "The draft plan envisages rail spending of $4bn and a subsidy of $600 million.",
            ["planned", "planned"],
        ),
        (
            "The agency projects that demand will reach 9 million tonnes next year, and "
            "nearly 11 million by 2030.",
            ["projected", "projected"],
        ),
        # a subordinate clause after a comma has a modality of its own
        (
            "Delmar intends to cap exports at 2 million tonnes, after sales of 3 million "
            "tonnes last year.",
            ["planned", "actual"],
        ),
        # the rated size of a plant or park is a capacity
        ("Solvia switched on a 320 MW solar farm near Seville.", ["capacity"]),
        ("The grid stored 40 MW of surplus power on Sunday.", ["actual"]),
    ],
)
def test_modality_of_coordinated_and_subordinate_figures(
    sentence: str, modalities: list[str]
) -> None:
    assert _fields(sentence, "modality") == modalities


# --------------------------------------------------------------------------- B classes


@pytest.mark.parametrize(
    "sentence",
    [
        # a digit group with a leading zero is a phone number, with the groups after it
        "Passengers can ring 0345 600 7245 for refunds.",
        "Bookings: 020-3318-4410, weekdays only.",
        # digits right after a word that introduces a phone number
        "Witnesses should dial 112 or contact the police.",
        "Readers with questions can phone 555 0142.",
        "The helpline on 811 2044 is staffed at night.",
        # capitals glued to digits name something (a conference, a model, a route)
        "Ministers met at COP28 before the CUP15 round.",
        "The AUD10 and EUR2030 programmes were renamed.",
    ],
)
def test_phone_numbers_and_glued_identifiers_are_not_claims(sentence: str) -> None:
    assert extract_claims(sentence, PUB) == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a verb of calling followed by a counted noun is a count
        ("The ministry will call 3,500 reservists to duty.", [3500.0]),
        # a code glued to a figure with a scale or decimals is money
        ("The fund raised EUR2.5bn from pension schemes.", [2.5e9]),
    ],
)
def test_counts_after_call_and_glued_money_stay(sentence: str, values: list[float]) -> None:
    assert _fields(sentence, "value") == values


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # container equivalent units count boxes of a standard size, like barrels
        ("Rotterdam handled 1.2 million TEU in the quarter.", [("teu", "count")]),
        ("The carrier booked 30,000 FEUs of capacity.", [("feu", "count")]),
        # an ambiguous currency word takes the code written out before it in the paragraph
        (
            "Halvard Foods booked revenue of DKK 9.2 billion and a profit of 640 million crowns.",
            [("DKK", "currency"), ("DKK", "currency")],
        ),
        (
            "Orders reached CZK 31bn in June.\nMargins held, and the backlog was worth "
            "12bn crowns.",
            [("CZK", "currency"), ("CZK", "currency")],
        ),
        ("Receipts were 80 million crowns in Stockholm.", [("SEK", "currency")]),
    ],
)
def test_counted_measures_and_currency_named_before(
    sentence: str, units: list[tuple[str, str]]
) -> None:
    got = [(c.unit, c.unit_kind) for c in extract_claims(sentence, PUB)]
    assert got == units


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        # an organisation that acts in the main clause and speaks in a coordinated one
        # credits the figures after its reporting verb
        (
            "The Reserve Bank of Tarn held its key rate at 4.1% on Monday and said prices "
            "would rise about 3% next year.",
            [None, "Reserve Bank of Tarn"],
        ),
        (
            "Harbourline trimmed its fleet to 48 ships, citing weak demand, and now sees "
            "volumes of 2 million boxes in 2027.",
            [None, "Harbourline"],
        ),
        # another subject's clause in between: no credit
        (
            "Corvane raised prices 5%, while Ostrava Steel cut output and expects 3% growth.",
            [None, None],
        ),
        # an organisation's own forecast, estimate or guidance credits it
        (
            "The Westmark Institute raised its estimate of wheat output to 31 million tonnes.",
            ["Westmark Institute"],
        ),
        ("Fenwick Analytics' forecast of 2.4% growth was the lowest.", ["Fenwick Analytics"]),
        # "the company", "the developer": the business named before, not a public body, a
        # place or a model designation
        (
            "The Royal Navy signed a £400 million order for 12 XR-7 drones with Albacore "
            "Systems, the company said.",
            ["Albacore Systems", "Albacore Systems"],
        ),
        (
            "Solenne Power's 300 MW solar park near Évora will supply 90,000 homes, the "
            "developer said.",
            ["Solenne Power", "Solenne Power"],
        ),
        ("A mine in northern Chile could yield 40,000 tonnes a year, the developer says.", [None]),
        # "the government" is itself the source, not the country named before
        (
            "Spain's jobless rate fell to 10.4% in June. The government expects it to reach "
            "9.8% next year.",
            [None, "government"],
        ),
        # a sentence that only credits the one before it
        (
            "Wholesale gas averaged €38 a megawatt-hour in May. That is according to data "
            "from the Nordgas exchange.",
            ["Nordgas exchange"],
        ),
    ],
)
def test_sources_of_coordinated_verbs_own_forecasts_and_role_nouns(
    sentence: str, sources: list[str | None]
) -> None:
    assert _fields(sentence, "attributed_to") == sources


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the baseline of a revised capacity or forecast is one too
        (
            "The upgrade will raise the refinery's capacity to 400,000 barrels a day from "
            "310,000 barrels today.",
            ["capacity", "capacity"],
        ),
        (
            "Halvorsen Bank lowered its forecast for Danish growth to 1.2% from 1.6%.",
            ["projected", "projected"],
        ),
        # a comparison with what happened is not
        (
            "The council forecasts a harvest of 61 million tonnes, up from 58 million tonnes "
            "last season.",
            ["projected", "actual"],
        ),
        # requests and norms are levels set, not reached
        ("The navy has requested $14 billion for its shipbuilding budget.", ["planned"]),
        (
            "Reservoirs held 5.1 billion cubic metres, below the regulator's safety norm of "
            "6 billion cubic metres.",
            ["actual", "planned"],
        ),
        # the counted subject of "will" + a verb that is not a movement is a plan; a figure
        # dated in the past is not
        (
            # ("the two mills" exist: a count of them is actual)
            "Some 2,300 staff at the two mills will be let go, after 900 layoffs last year.",
            ["planned", "actual", "actual"],
        ),
        ("Orlen said 600 drivers at its depots will transfer to a new unit.", ["planned"]),
        # "oil demand" is a noun, not a demand
        (
            "The agency kept its forecast for jet fuel demand at 7.4 million barrels a day.",
            ["projected"],
        ),
    ],
)
def test_modality_of_baselines_requests_and_past_figures(
    sentence: str, modalities: list[str]
) -> None:
    assert _fields(sentence, "modality") == modalities


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a series number, an all-caps variant word and a code: a model designation
        ("Regulators cleared 320 NEO 4 airframes for service in spring.", []),
        ("The lab tested 900 GTX 2 boards.", []),
        # a product name in camel case before a number
        ("Shoppers returned 12,000 eReader 5 devices.", [12000.0]),
        # a capitals word after a count is no designation without a code after it
        ("The ministry bought 24 NASAMS launchers.", [24.0]),
        ("Delegates from 17 EU states voted.", [17.0]),
        ("The buyer paid 40 USD 3 times.", [40.0]),
    ],
)
def test_model_designations_after_a_number(sentence: str, values: list[float]) -> None:
    assert _fields(sentence, "value") == values


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        # a role noun takes the latest organisation of its kind: descriptor + noun, not the
        # country that owns it
        (
            "Chile's mining ministry said copper output averaged 460,000 tonnes a month in "
            "May. The ministry said it expects output to reach 5.6 million tonnes in 2026.",
            ["Chile's mining ministry", "mining ministry"],
        ),
        # "Noun of X" names
        (
            "The Ministry of Transport said 3,400 buses were registered in March. The ministry "
            "added that 1,200 more are on order.",
            ["Ministry of Transport", "Ministry of Transport"],
        ),
        # the owner of a possession, not the possession
        (
            "Brindle Foods' Harbour Road bakery will lift output to 90,000 loaves a day from "
            "60,000 loaves a day, the company said.",
            ["Brindle Foods", "Brindle Foods"],
        ),
        # a sentence-opening common noun is not the ministry named before
        (
            "Exports of pears rose to 42,000 tonnes, the farm ministry said. Imports since "
            "January total 18,000 tonnes, the ministry added.",
            ["farm ministry", "farm ministry"],
        ),
        # no organisation of the kind named: no guess (and no weekday as a business)
        (
            "The cartel will cut crude supply by 250,000 barrels per day in August, the group "
            "said in a statement on Friday.",
            [None],
        ),
        # "the group" after a named business subject
        (
            "Tamsin Bakeries said third-quarter revenue rose to £410mn. The group said it now "
            "expects a full-year margin of about 6.2%.",
            ["Tamsin Bakeries", "Tamsin Bakeries"],
        ),
        # a name with "and" set off by commas covers the sentence
        (
            "Ferries carried 2.3 million passengers last year, the Lakes and Rivers Authority "
            "said, up 4.1% from 2023.",
            ["Lakes and Rivers Authority", "Lakes and Rivers Authority"],
        ),
        # a capitalised descriptor of an institution stays in its name
        (
            "Wind parks produced 300 megawatts in April, the Energy Agency said.",
            ["Energy Agency"],
        ),
        # the material after a publisher's name
        ("Wheat stocks fell to 2.1 million tonnes, according to FAO data.", ["FAO"]),
        # a relative clause without "that" credits the figure before it
        (
            "Donors have given $900 million, well short of the $3.1 billion the World Bank "
            "says it needs.",
            [None, "World Bank"],
        ),
        # a trailing "according to" after a contrasting clause beats a leading credit
        (
            "Officials say at least 4,000 nurses are needed, but only 650 were hired in June, "
            "according to NHS figures.",
            [None, "NHS"],
        ),
        # "X said, as Y appealed … and said": the second clause is Y's
        (
            "The storm destroyed at least 800 homes, the interior ministry said, as the Red "
            "Cross appealed for $12 million and said it was feeding 40,000 people a day.",
            ["interior ministry", None, "Red Cross"],
        ),
        # a trailing projection credits its subject
        (
            "Public debt will reach $4.1 trillion by 2030, the Parliamentary Budget Office "
            "projects.",
            ["Parliamentary Budget Office"],
        ),
    ],
)
def test_role_nouns_names_and_clauses_of_sources(sentence: str, sources: list[str | None]) -> None:
    assert _fields(sentence, "attributed_to") == sources


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        # another organisation acting opens the next sentence: nothing carries
        (
            "Inflation eased to 2.9% in May, the statistics office said. The central bank held "
            "its key rate at 4.5% on Thursday.",
            ["statistics office", None],
        ),
        # a different measure (cars, then euros): a new statement, not the same report
        (
            "Orvane Motors said its new plant will assemble 150,000 cars a year. The company "
            "has set aside €2 billion for the site.",
            ["Orvane Motors", None],
        ),
        (
            "Solar parks with 1 200 megawatts were connected, the grid operator Netzwerk said. "
            "The parks are expected to cost about 900 million euros.",
            ["Netzwerk", None],
        ),
        # the same measure goes on, even under a capitalised common noun
        (
            "Refinery runs hit 1.4 million barrels a day in May, industry body Petrolia said. "
            "Runs stood at 1.3 million barrels a day a year earlier.",
            ["Petrolia", "Petrolia"],
        ),
        # a pronoun reporting continues the speaker
        (
            "Freight volumes rose to 12,000 containers, chief executive Lena Moor said. Rail "
            "hauliers moved 9,000 tonnes in May, she said.",
            ["Lena Moor", "Lena Moor"],
        ),
        # a named actor of its own opens the next sentence
        (
            "Cement sales rose to 8,200 tonnes, industry body Cemfed said. Ostrava Cement "
            "shipped 1,900 tonnes to Poland.",
            ["Cemfed", None],
        ),
    ],
)
def test_carry_over_only_continues_the_same_report(
    sentence: str, sources: list[str | None]
) -> None:
    assert _fields(sentence, "attributed_to") == sources


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("The insurer sees claims of between NOK 300 million and 350 million.", 3e8, 3.5e8, "NOK"),
        ("The miner guides for capex of between AUD 1.6bn and 1.9bn.", 1.6e9, 1.9e9, "AUD"),
        ("The carrier targets savings of between £40m and 55m by 2027.", 4e7, 5.5e7, "GBP"),
        ("The utility plans to invest PLN 7 to 9 billion in grids.", 7e9, 9e9, "PLN"),
        ("The retailer expects sales of DKK 2.1bn to 2.4bn next year.", 2.1e9, 2.4e9, "DKK"),
        ("The brewer expects a charge of SEK 4-5 billion.", 4e9, 5e9, "SEK"),
        ("The brewer expects a charge of CZK 3–6 billion.", 3e9, 6e9, "CZK"),
        ("Costs were between 1.2 billion CHF and 1.5 billion last year.", 1.2e9, 1.5e9, "CHF"),
        ("The fund raised between US$80 million and 95 million.", 8e7, 9.5e7, "USD"),
        ("Output is worth between 6 billion and 7 billion rupees.", 6e9, 7e9, "INR"),
    ],
)
def test_a_currency_on_the_first_bound_makes_one_range(
    sentence: str, low: float, high: float, unit: str
) -> None:
    got = _one(sentence)
    _check(got, {"qualifier": "range", "low": low, "high": high, "unit": unit})


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers with questions can reach the newsroom on +41 22 917 9 anytime.",
        "For bookings, contact the ministry at +1 613 555 0187.",
        "The clinic's helpdesk is on +33 (0)1 4567 8910 during office hours.",
        "Suppliers should write or ring +49 30 1234 56.",
    ],
)
def test_international_phone_numbers_are_never_claims(sentence: str) -> None:
    assert extract_claims(sentence, PUB) == []


def test_a_short_international_phone_number_is_no_count_of_the_figure_before_it() -> None:
    # six digits after the country code: its groups are not three more tonnages
    claims = extract_claims(
        "Baltic Grain sold 56 million tonnes; call +47 3 30 5 for details.", PUB
    )
    assert [c.mention for c in claims] == ["56 million"]


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        ("The cabinet has approved a 96 trillion yen budget for 2026.", ["planned"]),
        ("The charity is seeking $15 million for flood victims this year.", ["planned"]),
        (
            "The relief agency needs $90 million to feed 400,000 children over the winter.",
            ["planned", "planned"],
        ),
        ("The Red Cross appealed for 12 million francs on Monday.", ["planned"]),
        (
            "Spain is preparing an order for up to 40 trainer aircraft worth about €2 billion.",
            ["planned", "planned"],
        ),
        (
            "Copper fell to $8,900 a tonne on Tuesday, and traders expect it to dip under"
            " $8,500 next month.",
            ["actual", "projected"],
        ),
        (
            "Airports in Asia will need as many as 9,000 new pilots by 2030, consultants estimate.",
            ["projected"],
        ),
        (
            "The institute estimates that inflation will ease to 2.1% in 2026 from 3.4% last year.",
            ["projected", "actual"],
        ),
        (
            "The ministry sees growth of 1.5% next year, up from 0.9% expected this year.",
            ["projected", "projected"],
        ),
        (
            "The utility commissioned wind parks rated at 900 megawatts in March and that wind"
            " output reached 3 200 gigawatt hours in the quarter.",
            ["capacity", "actual"],
        ),
        ("Seismologists put the eventual toll at 5,000-20,000 deaths.", ["projected"]),
    ],
)
def test_modality_of_budgets_appeals_orders_and_forecast_baselines(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, PUB)] == modalities


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Cargo volumes at the airport rose 4.2% in May, the airport operator's figures show.",
            ["airport operator"],
        ),
        (
            "Egypt's wheat crop is forecast at 9.8 million tonnes this season. The estimate"
            " comes from the agriculture research institute Agrimex.",
            ["Agrimex"],
        ),
        (
            "Nordvale Foods posted a net profit of €80m in the first quarter. The group"
            " reported the results on Tuesday.",
            ["Nordvale Foods"],
        ),
        (
            "Kaiyo, Japan's biggest shipping line, said on Monday that volumes rose 7% in May.",
            ["Kaiyo"],
        ),
        (
            "Nordmark Bank, the country's largest lender, said profit rose 12% to €1.1bn.",
            ["Nordmark Bank", "Nordmark Bank"],
        ),
        (
            "The Global Health Fund needs $300 million for vaccines, a GHF spokesman said in"
            " Nairobi. The fund said it delivered about 2 000 tonnes of supplies in March.",
            ["GHF", "Global Health Fund"],
        ),
        (
            "The Andean Trade Board opened an inquiry on Tuesday. The authority said"
            " importers had filed 40 complaints.",
            ["Andean Trade Board"],
        ),
    ],
)
def test_sources_of_possessive_figures_appositives_spokespeople_and_later_reporters(
    text: str, sources: list[str | None]
) -> None:
    assert [c.attributed_to for c in extract_claims(text, PUB)] == sources


EVAL_SETS = sorted((Path(__file__).resolve().parents[1] / "eval").glob("*.jsonl"))


@pytest.mark.parametrize("path", EVAL_SETS, ids=lambda p: p.stem)
def test_every_claim_over_the_eval_sets_validates(path: Path) -> None:
    # extract_claims builds claims with model_construct (no validation, for speed): check
    # here that every claim it returns over the eval texts satisfies the model
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert items
    for item in items:
        for claim in extract_claims(item["text"], item.get("published_on")):
            assert Claim.model_validate(claim.model_dump()) == claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction after a figure is no unknown noun: the base of a revision is kept
        (
            "Hiring slowed to 91,000 jobs in May, while the April gain was revised down to"
            " 120,000 jobs from 140,000 and the jobless rate rose to 4.4%.",
            [("91,000", "job"), ("120,000", "job"), ("140,000", "job"), ("4.4%", "percent")],
        ),
        # a noun with a figure of its own after "and" is not the first figure's noun
        ("Exports reached 400 and imports 300.", [("300", "import")]),
        ("Belarus supplies 480,000 artillery and missile rounds a year.", [("480,000", "round")]),
    ],
)
def test_figures_before_and(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.mention, c.unit) for c in extract_claims(text, "2025-06-06")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dozens counted: "two dozen", "half a dozen" (not "dozens of", vague)
        ("The navy will receive two dozen patrol boats.", [("two dozen", 24.0, None)]),
        ("Half a dozen tankers were seized.", [("Half a dozen", 6.0, None)]),
        ("Dozens of tankers were seized.", []),
        # an annualised rate is yearly; "in a week" is how long a change took, not a rate
        ("Output grew at an annualised rate of 3.4%.", [("3.4%", 3.4, "year")]),
        ("Freight rates fell 9% in a week.", [("9%", 9.0, None)]),
        (
            "The bank raised its rate to 5.25% in August and held it there for a year.",
            [("5.25%", 5.25, None)],
        ),
        ("The plant makes 400 drones a week.", [("400", 400.0, "week")]),
        # a rate adjective on a dividend or on rents
        ("The bank raised its quarterly dividend to $0.45 a share.", [("$0.45", 0.45, "quarter")]),
        ("Average monthly rents reached €1,900 in May.", [("€1,900", 1900.0, "month")]),
    ],
)
def test_dozens_annualised_rates_and_durations(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert [(c.mention, c.value, c.per) for c in extract_claims(text, "2025-06-06")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pounds with a scale are money, whether the number is in words or digits
        (
            "Britain will give a further forty million pounds to aid agencies in Chad, where"
            " fighting has displaced an estimated 1.2 million people.",
            [("GBP", "planned"), ("person", "actual")],
        ),
        ("The parcel weighed 40 pounds.", [("pound_mass", "actual")]),
    ],
)
def test_pounds_with_a_scale_and_places_described_after_a_plan(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.unit, c.modality) for c in extract_claims(text, "2025-06-06")] == expected


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        # the same measure again keeps its rate: an earlier forecast of it, its new level
        (
            "The Kaunas plant makes about 20,000 rounds a month and will double output to"
            " 40,000 by 2026.",
            ["month", "month"],
        ),
        (
            "The miner now expects to ship 310 million tonnes a year, down from an earlier"
            " forecast of 325 million.",
            ["year", "year"],
        ),
        # …and the same measure moving on after "before" or "then"
        (
            "Production fell to 9.0 million barrels a day in December before recovering to"
            " 9.3 million in January.",
            ["day", "day"],
        ),
        ("Output rose to 500 drones a month in May, then fell to 420 in June.", ["month", "month"]),
        # (another measure does not: "and sold 40,000" is no rate of the first)
        ("The plant makes 20,000 rounds a month and sold 40,000 rifles.", ["month", None]),
    ],
)
def test_the_same_measure_again_keeps_its_rate(text: str, pers: list[str | None]) -> None:
    assert [c.per for c in extract_claims(text, "2025-03-03")] == pers


def test_a_budget_support_loan_approved_is_no_budget_plan() -> None:
    claims = extract_claims(
        "The board approved a $300 million budget-support loan for Malawi on Friday.", "2025-03-03"
    )
    assert [(c.modality, c.period) for c in claims] == [("actual", "2025-02-28")]


def test_a_participle_adjective_before_a_plural_noun_is_part_of_its_phrase() -> None:
    claims = extract_claims(
        "The army will receive 24 Kestrel-2 armoured trucks by 2027.", "2025-03-03"
    )
    assert [(c.mention, c.unit) for c in claims] == [("24", "truck")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "-oes" plurals; "today" is the publication day
        ("The terminal shipped 14 cargoes today.", [("14", "cargo", "actual", "2025-06-01")]),
        # a number word with a scale after "the" is a quantity
        (
            "Allies delivered 1.5 million shells, short of the two million promised.",
            [("1.5 million", "shell", "actual", None), ("two million", "shell", "planned", None)],
        ),
        # "…, of whom X are displaced": a count of its own, not the appeal's plan
        (
            "The agency needs $300 million to help 1.2 million people, of whom about 400,000"
            " are displaced.",
            [
                ("$300 million", "USD", "planned", None),
                ("1.2 million", "person", "planned", None),
                ("about 400,000", "person", "actual", None),
            ],
        ),
        # a new reported clause reads its own cues only
        (
            "An official said 12 systems had arrived, adding that two more will come in July and"
            " that allies had sent about 300,000 rounds.",
            [
                ("12", "system", "actual", None),
                ("two", "system", "planned", "2025-07"),
                ("about 300,000", "round", "actual", None),
            ],
        ),
    ],
)
def test_cargoes_today_scaled_number_words_and_new_clauses(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    claims = extract_claims(text, "2025-06-01")
    assert [(c.mention, c.unit, c.modality, c.period) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "numbers" as a verb; a list of identifiers stays identifiers
        ("The shadow fleet, which now numbers 672 ships, keeps growing.", [("672", "ship")]),
        ("Please call numbers 5 and 6.", []),
        ("Articles 5, 6 and 7 apply to 30 states.", [("30", "state")]),
        # a keyword used as a verb after "to" or a modal counts what follows it
        ("The airline plans to order 50 jets.", [("50", "jet")]),
        ("The army will form 10 brigades this year.", [("10", "brigade")]),
        ("The camp can house 3,000 refugees.", [("3,000", "refugee")]),
        # …and names it elsewhere
        ("Turn to page 12 of the report.", []),
        ("Under rule 7 of the statute, 40 members must vote.", [("40", "member")]),
        # a time after an elliptic figure is no unknown noun
        (
            "The company wants 1,000 charging stations by 2030, up from 240 today.",
            [("1,000", "station"), ("240", "station")],
        ),
    ],
)
def test_numbers_as_a_verb_and_lists_of_identifiers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.mention, c.unit) for c in extract_claims(text, "2025-06-01")] == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Romania will raise the minimum wage to 4,300 lei.", "RON"),
        ("Revenue rose to 12.5 billion ringgit.", "MYR"),
        ("Exports hit 300 billion baht.", "THB"),
        ("The ministry set aside 9 trillion rupiah.", "IDR"),
        ("Output was worth 1.2 trillion korunas.", "CZK"),
        # a currency word before its noun is singular: "a 3.1 trillion rupee budget"
        ("Parliament approved a 3.1 trillion rupee budget.", "INR"),
        ("Nairobi approved a 4 trillion shilling budget.", "KES"),
        # pounds follow the nation named before them
        ("The ministry printed 2 trillion Sudanese pounds.", "SDG"),
        ("Its budget is 52 trillion Syrian pounds.", "SYP"),
        ("The central bank sold 90 trillion Lebanese pounds.", "LBP"),
    ],
)
def test_more_currency_words(text: str, code: str) -> None:
    assert [c.unit for c in extract_claims(text, "2025-06-01")] == [code]


def test_the_two_ends_of_a_capacity_change_share_its_kind_and_rate() -> None:
    claims = extract_claims(
        "Port Arvik will raise its container capacity from 3.1mn TEU to 4.2mn TEU a year by"
        " 2028, and lift its bulk capacity from 12 million tonnes a year to 15 million tonnes.",
        "2025-01-22",
    )
    assert [(c.mention, c.modality, c.per) for c in claims] == [
        ("3.1mn", "capacity", "year"),
        ("4.2mn", "capacity", "year"),
        ("12 million", "capacity", "year"),
        ("15 million", "capacity", "year"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision fixes a future figure: planned, not forecast
        (
            "Hungary's government set next year's minimum wage at 290,800 forints a month.",
            [("planned", "2026")],
        ),
        # a forecast stays one
        ("The ministry expects the deficit to narrow to 3% next year.", [("projected", "2026")]),
        # an order placed is actual; when it arrives does not date it
        (
            "The carrier has ordered 14 container ships for delivery by 2029.",
            [("actual", None)],
        ),
    ],
)
def test_decisions_forecasts_and_orders_for_later_delivery(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.modality, c.period) for c in extract_claims(text, "2025-09-13")] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # the counted subject of a verb of change, when the figure names no noun
        (
            "Arrivals on the eastern route fell to 12 400 in July from 15 100 a year earlier.",
            ["arrival", "arrival"],
        ),
        ("Transits through the strait slumped to 980 in March.", ["transit"]),
        # …or of a verb whose object is the level itself
        (
            "Arrivals in the Canary Islands reached 46,843 last year, up from 39,910 in 2023.",
            ["arrival", "arrival"],
        ),
        ("Insolvencies topped 1,200 in the quarter.", ["insolvency"]),
        # the counted subject wins over a plural noun between it and its verb
        ("Migrant crossings of the Channel in small boats rose to 29,000 in 2024.", ["crossing"]),
        ("Deaths hit a record 412 in August.", ["death"]),
        ("Exports reached 41,000 in May.", []),
        ("Employment in Estonia fell by 7,000 in the second quarter.", ["person"]),
        ("Austria's jobless total rose by 9,000 to 310,000 in May.", ["person", "person"]),
        # a measure is no count: nothing is claimed without its unit
        ("Exports rose to 41,000 in May.", []),
        # plurals in -men
        ("Two businessmen were charged with smuggling.", ["businessman"]),
        # a demonym in -ese counts people when no noun follows it
        ("About 1.4 million Sudanese have crossed into Chad.", ["person"]),
        (
            "Some 3,000 Lebanese crossed the border, and 400 Burmese were held.",
            ["person", "person"],
        ),
        ("Two Japanese were injured, police said.", ["person"]),
        # …and modifies one that does
        ("Some 5,000 Sudanese refugees arrived.", ["refugee"]),
        ("The list adds 20 Chinese chip-tool makers.", ["maker"]),
        ("At least 30 Chinese and Indian firms were listed.", ["firm"]),
    ],
)
def test_a_counted_subject_gives_its_figure_a_unit(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-08-01")] == units


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a deal still being negotiated is a plan; one negotiated is done
        ("Norway is negotiating an order for six more frigates.", ["planned"]),
        # ("the two sides" exist: a count of them, actual)
        ("The two sides negotiated a deal worth $5bn.", ["actual", "actual"]),
        # a modal before a verb of absorbing or accounting forecasts an outcome
        ("The minister said interest payments would absorb about 31% of revenue.", ["projected"]),
        ("Officials expect remittances will account for 2% of GDP.", ["projected"]),
    ],
)
def test_negotiations_plan_and_outcomes_are_forecast(text: str, modality: list[str]) -> None:
    assert [c.modality for c in extract_claims(text, "2025-06-01")] == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # the base of a plan or forecast in a year not yet over is one too
        (
            "The draft budget for 2027 sets health spending at 4.1 trillion roubles, up from 3.8"
            " trillion this year.",
            ["planned", "planned"],
        ),
        (
            "The deficit is projected to narrow to 3.9% of GDP next year from an estimated 4.4%"
            " this year.",
            ["projected", "projected"],
        ),
        # a base in a year gone by is an outcome
        (
            "The deficit is projected to narrow to 3.9% of GDP next year from 4.4% last year.",
            ["projected", "actual"],
        ),
    ],
)
def test_the_base_of_a_plan_this_year_is_a_plan(text: str, modality: list[str]) -> None:
    assert [c.modality for c in extract_claims(text, "2026-10-01")] == modality


def test_a_rate_adjective_on_a_long_subject_without_a_break() -> None:
    claims = extract_claims(
        "Weekly bulk-carrier transits through the Panama Canal have fallen to 52 from about"
        " 70 before the drought.",
        "2025-06-01",
    )
    assert [(c.unit, c.per) for c in claims] == [("transit", "week"), ("transit", "week")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change still to come by a span of percents is a range
        ("The group expects sales to grow by 25% to 30% next year.", [(27.5, 25.0, 30.0)]),
        ("Costs will be cut by 10 percent to 15 percent.", [(12.5, 10.0, 15.0)]),
        # a past change and the level it reached are two figures
        ("Its market share rose by 5% to 30%.", [(5.0, None, None), (30.0, None, None)]),
        ("Exports to China rose by 5% to 8%.", [(5.0, None, None), (8.0, None, None)]),
        # a cut to a level far above the cut is no span
        ("The bank will cut its rate by 0.5% to 4%.", [(0.5, None, None), (4.0, None, None)]),
    ],
)
def test_a_change_to_come_by_a_span_of_percents(
    text: str, expected: list[tuple[float, float | None, float | None]]
) -> None:
    got = [(c.value, c.low, c.high) for c in extract_claims(text, "2025-06-01")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast named after the figure it measured: projected, for the period reported
        (
            "Its third-quarter profit rose to €412 million, beating the €389 million analysts"
            " had expected.",
            [("actual", "2025-Q3"), ("projected", "2025-Q3")],
        ),
        # a revised estimate (an abbreviation inside it), its base made "a month ago", and a
        # verb with its object after ", and": all one forecast of this year's harvest
        (
            "The U.S. Agriculture Department raised its estimate of this year's U.S. corn harvest"
            " to 15.1 billion bushels from 14.9 billion a month ago, and put average yields at a"
            " record 181.2 bushels per acre.",
            [("projected", "2025"), ("projected", "2025"), ("projected", "2025")],
        ),
        # a deal made is an outcome; a change agreed for later is a plan
        ("The insurer agreed to pay $310 million to settle the claims.", [("actual", None)]),
        ("Holmvik agreed to buy Tessera for 18 billion crowns.", [("actual", None)]),
        (
            "OPEC+ agreed to raise output by 137,000 barrels per day in December.",
            [("planned", "2025-12")],
        ),
        # levies announced are still to take effect
        ("The government announced a 12% levy on bank profits.", [("planned", None)]),
        ("The chancellor unveiled £22 billion of tax increases.", [("planned", None)]),
        ("Washington imposed a 25% tariff on steel in March.", [("actual", "2025-03")]),
        # rated sizes: "of … capacity" and a plant's size before its name
        ("Spain added 7.2 gigawatts of solar capacity in 2024.", [("capacity", "2024")]),
        ("The 1.4 GW Hornsea Two wind farm began full operation.", [("capacity", None)]),
        # a premium to a day's close is not dated by that day
        ("The offer is a 31% premium to Friday's close.", [("actual", None)]),
    ],
)
def test_expectations_revisions_deals_levies_and_rated_sizes(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.modality, c.period) for c in extract_claims(text, "2025-10-29")] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # "units" are the product a later count in the sentence names
        (
            "Hallen Motors booked sales of 212,000 units, and said it expects to sell at least"
            " 900,000 trucks this year.",
            ["truck", "truck"],
        ),
        # a calibre before the product does not hide it
        ("Plants will lift output of 155mm shells to 800,000 units a year.", ["shell"]),
        # where a company is based does not make "$" its country's dollar
        ("A Singapore-based trader agreed to pay $4.2 million.", ["USD"]),
        ("The Canadian government will spend $2 billion.", ["CAD"]),
        # …nor does Taiwan, Hong Kong or Singapore: their own dollars are written "NT$", "HK$"
        ("The Singapore government will spend $2 billion.", ["USD"]),
        ("Taiwan's exports rose to $41.2bn in March.", ["USD"]),
        ("Taiwan's exports rose to NT$1.3 trillion in March.", ["TWD"]),
    ],
)
def test_generic_units_and_dollars(text: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(text, "2025-10-29")] == units


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a percent that grades a commodity is no figure
        ("Prices for wheat with 12.5% protein held at $231 a tonne.", ["$231"]),
        ("Ore with 62% Fe fell 3% to $101 a tonne.", ["3%", "$101"]),
        ("Crude with 2.1% sulphur traded at a $4 discount.", ["$4"]),
        # a percent of a protein-rich market is one
        ("Protein bar sales rose 12%.", ["12%"]),
        # …and a level reached is one
        ("Iran enriched uranium to 60% purity, the IAEA said.", ["60%"]),
        ("It holds uranium enriched up to 60% purity.", ["up to 60%"]),
    ],
)
def test_a_grade_is_not_a_figure(text: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(text, "2025-06-01")] == mentions


def test_a_ratio_is_no_count_but_a_count_before_a_year_is() -> None:
    assert extract_claims("Two in three firms plan to raise prices.", PUB) == []
    claims = extract_claims("NATO said 23 members meet the target, up from three in 2014.", PUB)
    assert [(c.mention, c.unit, c.period) for c in claims] == [
        ("23", "member", None),
        ("three", "member", "2014"),
    ]


def test_a_base_named_by_its_kind_shares_the_rate_of_the_change() -> None:
    claims = extract_claims(
        "Daily transits through the strait dropped to fewer than 30 ships from an average of"
        " 64 in March.",
        "2025-05-02",
    )
    assert [(c.mention, c.per) for c in claims] == [("fewer than 30", "day"), ("64", "day")]


def test_a_sentence_opening_with_last_year_dates_its_figures() -> None:
    """Regression: "Last year, …" was not read as a time: the pattern wanted "last"."""
    claims = extract_claims("Last year, Poland imported 1.2 million tonnes of grain.", PUB)
    assert [(c.value, c.period) for c in claims] == [(1.2e6, str(int(PUB[:4]) - 1))]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # "were" with the level as its complement counts the subject, like "reached"
        ("Arrivals in the first two months of the year were 23,000, against 31,000 a year "
         "earlier.", ["arrival", "arrival"]),
        ("Applications were 5,120 in May.", ["application"]),
        # …never a measure: 41,000 of what is not said
        ("Exports were 41,000 in May.", []),
    ],
)  # fmt: skip
def test_a_counted_subject_of_were_is_the_unit(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(sentence, "2025-06-20")] == units


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # numbers named by a plural keyword before them are identifiers
        ("The M4 motorway was closed between junctions 10 and 12.", []),
        ("Trains ran on lines 2 and 4 only.", []),
        ("The navy used berths 3 to 5.", []),
        # …a count before its noun is a count
        ("The airport has 12 gates.", ["12"]),
    ],
)  # fmt: skip
def test_numbers_after_a_plural_keyword_are_identifiers(sentence: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(sentence, "2025-06-20")] == mentions


@pytest.mark.parametrize(
    ("sentence", "mention", "qualifier"),
    [
        # "over" as the particle of "hand over" is no bound
        ("Lockheed delivered jets this year, after handing over 110 in 2024.", "110", "exact"),
        ("The firm handed over 12 aircraft to the air force.", "12", "exact"),
        # …a bound after any other verb
        ("The company sold over 400 stores.", "over 400", "at_least"),
    ],
)  # fmt: skip
def test_hand_over_is_a_particle_not_a_bound(sentence: str, mention: str, qualifier: str) -> None:
    (claim,) = extract_claims(sentence, "2025-04-22")
    assert (claim.mention, claim.qualifier) == (mention, qualifier)


def test_a_contrast_of_the_same_measure_keeps_its_rate_and_has_its_own_modality() -> None:
    claims = extract_claims("The army needs 20,000 shells a month but receives only 8,000.", PUB)
    assert [(c.unit, c.per, c.modality) for c in claims] == [
        ("shell", "month", "planned"),
        ("shell", "month", "actual"),
    ]
    # (a past act after "but" is no rate: how many in what time is not said)
    claims = extract_claims("It produces 300 tanks a year but exported 40.", PUB)
    assert [c.per for c in claims] == ["year", None]


@pytest.mark.parametrize(
    ("sentence", "mention", "value"),
    [
        # "lakh crore" is a lakh of crores, 1e12
        ("India's GDP is ₹330 lakh crore.", "₹330 lakh crore", 3.3e14),
        ("The budget is Rs 50.65 lakh crore.", "Rs 50.65 lakh crore", 5.065e13),
        ("The deal is worth Rs 4,500 crore.", "Rs 4,500 crore", 4.5e10),
    ],
)
def test_lakh_crore_is_one_scale(sentence: str, mention: str, value: float) -> None:
    (claim,) = extract_claims(sentence, PUB)
    assert (claim.mention, claim.value) == (mention, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "One of the biggest producers, Group of 77 members, met in Geneva.",
        "The Group of 20 met in Rio.",
    ],
)
def test_a_group_named_by_its_number_is_no_claim(sentence: str) -> None:
    assert extract_claims(sentence, "2025-06-01") == []


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # map positions: degrees, minutes, compass points, decimal degrees
        ("The plant at 55.7558 N, 37.6173 E employs about 3,000 workers.", ["about 3,000"]),
        ("The yard lies at 56°50′N 60°35′E, near Yekaterinburg.", []),
        ("The depot, at coordinates 47.09, 37.54, was struck overnight.", []),
        # footnotes and customs codes
        ("As the report notes in footnote 112, the figures are provisional.", []),
        ("The estimate appears in the report (footnote 4).", []),
        ("Exports of HS codes 8542.31 and 8542.39 fell by 40%.", ["40%"]),
        # a calibre written apart from its number
        ("The brigade uses 152-mm howitzers and 120 mm mortars.", []),
        ("Output of 155 mm shells rose to 1.3 million.", ["1.3 million"]),
        # …but a decimal before a company's initial is still read
        ("The index fell 3.25 points, E.ON said.", ["3.25"]),
        ("Shares rose 2.75 percent, S&P said.", ["2.75 percent"]),
    ],
)  # fmt: skip
def test_map_positions_footnotes_codes_and_calibres_are_not_claims(
    sentence: str, mentions: list[str]
) -> None:
    assert [c.mention for c in extract_claims(sentence, "2025-06-20")] == mentions


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # the number of a law is no year
        ("Council Regulation (EU) 2024/1745 added 61 entities to the list.", [None]),
        ("Under Regulation 833/2014, 61 more entities are barred.", [None]),
        # …while a split year stays what it was
        ("Exports rose 5% in 2024.", ["2024"]),
    ],
)  # fmt: skip
def test_the_number_of_a_law_is_no_year(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-06-20")] == periods


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # a currency's hundredth is no amount of the currency: "45 euro cents" is not €45
        ("Arla pays 45 euro cents a litre.", []),
        ("Diesel costs 189 euro cent per litre.", []),
        # …while the currency word alone is
        ("Fees rose by 40 euro to 190 euro.", ["40 euro", "190 euro"]),
    ],
)  # fmt: skip
def test_a_currency_word_before_cents_is_no_amount_of_it(
    sentence: str, mentions: list[str]
) -> None:
    assert [c.mention for c in extract_claims(sentence, "2025-06-20")] == mentions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # scale abbreviations of wire copy
        ("Debt hit 3.1 trn roubles.", [(3.1e12, "RUB")]),
        ("Exports reached USD 2.3bln in May.", [(2.3e9, "USD")]),
        ("Revenue of $12.5B beat forecasts.", [(12.5e9, "USD")]),
        # percentage and basis points abbreviated
        ("Output rose 0.5pp to 3.2%.", [(0.5, "percentage_point"), (3.2, "percent")]),
        ("The rate rose 0.3 ppt.", [(0.3, "percentage_point")]),
        ("The bank cut by 50bp.", [(50.0, "basis_point")]),
        # a mixed fraction is no whole number (it had been 3, of people)
        ("Some 3 1/2 million people voted.", []),
    ],
)  # fmt: skip
def test_wire_abbreviations_and_mixed_fractions(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(c.value, c.unit) for c in extract_claims(sentence, "2025-06-20")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a currency word a word apart is the currency, after "more", "additional" …
        ("It raised 300 additional euros.", [(300.0, "EUR", "currency")]),
        ("Aid of 2.5 billion more euros.", [(2.5e9, "EUR", "currency")]),
        # …and after a scale word not read, no claim (it had been 12 "dollars", a count)
        ("The fine was 12 mil dollars.", []),
        ("They paid 40 grand dollars.", []),
    ],
)  # fmt: skip
def test_a_currency_word_apart_from_its_figure_is_the_currency_or_nothing(
    sentence: str, expected: list[tuple[float, str, str]]
) -> None:
    assert [
        (c.value, c.unit, c.unit_kind) for c in extract_claims(sentence, "2025-06-20")
    ] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a base "from" before "to" and a level with its noun counts what the level counts
        ("Output rose from 1.2 million to 1.5 million barrels a day.",
         [(1.2e6, "barrel", "day"), (1.5e6, "barrel", "day")]),
        ("Sales rose from 300 to 450 cars.", [(300.0, "car", None), (450.0, "car", None)]),
        # …not when the level has another order of magnitude (its scale word is not the base's)
        ("Output rose from 1.2 to 1.5 million barrels.", [(1.5e6, "barrel", None)]),
    ],
)  # fmt: skip
def test_a_base_before_to_counts_what_the_level_counts(
    sentence: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(c.value, c.unit, c.per) for c in extract_claims(sentence, "2025-06-20")] == expected


@pytest.mark.parametrize(
    ("sentence", "pers"),
    [
        # a rate adjective in an aside on the figure before is not the base's after the comma
        ("The Border Patrol made 8,725 apprehensions in March, the lowest monthly total on "
         "record, down from 137,473 a year earlier.", [None, None]),
        # …while a rate continues from the figure before as it did
        ("Annual inflation slowed to 3.1% in May, down from 3.4%.", ["year", "year"]),
    ],
)  # fmt: skip
def test_a_rate_adjective_in_an_aside_is_not_the_base_after_it(
    sentence: str, pers: list[str | None]
) -> None:
    assert [c.per for c in extract_claims(sentence, "2025-04-15")] == pers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the counted subject of a forecast movement counts the figure after it
        ("Net migration is expected to fall to 350,000 by 2026, the Office for Budget "
         "Responsibility forecasts.", [("person", "projected", "2026")]),
        ("Arrivals are set to rise to 60,000 next year.", [("arrival", "projected", "2026")]),
    ],
)  # fmt: skip
def test_the_counted_subject_of_a_forecast_movement(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [
        (c.unit, c.modality, c.period) for c in extract_claims(sentence, "2025-03-27")
    ] == expected


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # the first day of a span of days is a date, as the last is
        ("The summit runs from 9 to 11 July.", []),
        ("The hearing, on 3-4 June, was closed.", []),
        # …while a range of counts before a month's time is still read
        ("Between 12 and 15 ships were seized in July.", ["Between 12 and 15"]),
    ],
)  # fmt: skip
def test_the_first_day_of_a_span_of_days_is_a_date(sentence: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(sentence, "2025-06-20")] == mentions


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # a rate's denominator after "per" is no claim
        ("The price was 2,425 rupees per 100 kg.", ["2,425 rupees"]),
        ("There are 12 doctors per 1,000 people.", ["12"]),
        ("The murder rate fell to 5.2 per 100,000 residents.", []),
    ],
)  # fmt: skip
def test_a_rates_denominator_after_per_is_no_claim(sentence: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(sentence, "2025-06-20")] == mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base after a worth counts what the level of its order counted
        (
            "The yard delivered 3,100 containers in May, worth $48 million and up from 2,600 "
            "in April.",
            [("3,100", "container"), ("$48 million", "USD"), ("2,600", "container")],
        ),
        # "another" before a count with no noun: the paragraph's counted thing
        (
            "Drones spotted 40 tanks near the river on Monday. Another twelve sat in a forest.",
            [("40", "tank"), ("twelve", "tank")],
        ),
        # a verb after a pronoun is no noun ("That puts …", "it counts …")
        (
            "The mill rolled 8,000 coils in March. That puts it on course for 90,000 this year.",
            [("8,000", "coil"), ("90,000", "coil")],
        ),
    ],
)
def test_a_count_with_no_noun_of_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.mention, c.unit) for c in extract_claims(text, "2025-06-01")] == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # an age set off after a person is no claim, whatever the paragraph counted before
        ("Police held 30 protesters. Deputy mayor Anna Berg, 47, said they were freed.", ["30"]),
        ("Police held 30 protesters. The union leader, 58, who led the march, was among them.",
         ["30"]),
        # …but a list going on is
        ("Shelling hit homes in Sumy, 45, and in Kharkiv, 30.", ["45", "30"]),
    ],
)  # fmt: skip
def test_an_age_set_off_after_a_person_is_no_claim(text: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(text, "2025-06-01")] == mentions


def test_the_change_of_a_rate_set_off_after_it_shares_the_rate() -> None:
    claims = extract_claims(
        "Refinery runs averaged 5.2 million barrels a day in July, down 0.2 million from June.",
        "2025-08-15",
    )
    assert [(c.mention, c.per) for c in claims] == [("5.2 million", "day"), ("0.2 million", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast or a schedule named right after a figure: it counts what was counted
        (
            "Employers added 212k jobs in March, beating the 180k forecast.",
            [("212k", "job", "actual"), ("180k", "job", "projected")],
        ),
        (
            "Kyiv ordered 60 howitzers for 900 million hryvnias, with the first eight due in May.",
            [("60", "howitzer", "actual"), ("900 million hryvnias", "UAH", "actual"),
             ("eight", "howitzer", "planned")],
        ),
        # a part "of them" counts what the sentence counted before
        (
            "Inspectors boarded 22 trawlers in June, seven of them without licences.",
            [("22", "trawler", "actual"), ("seven", "trawler", "actual")],
        ),
        # "the number of" an adjective used as a noun, and a death toll
        (
            "The number of homeless rose by 4,100 to 61,000 last year.",
            [("4,100", "person", "actual"), ("61,000", "person", "actual")],
        ),
        (
            "Officials said the death toll from the floods had risen to 412.",
            [("412", "death", "actual")],
        ),
    ],
)  # fmt: skip
def test_forecasts_schedules_and_parts_named_by_their_whole(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    claims = extract_claims(text, "2025-06-20")
    assert [(c.mention, c.unit, c.modality) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a rice grade is no figure
        ("Thai 5% broken rice was quoted at $410 a tonne.", ["$410"]),
        ("Vietnam's 25% broken grade slipped to $352.", ["$352"]),
        # …but a share that broke is
        ("The storm left 5% broken and the rest intact.", ["5%"]),
    ],
)  # fmt: skip
def test_a_rice_grade_is_no_figure(text: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(text, "2025-06-20")] == mentions


def test_the_same_measure_taken_on_after_a_change_shares_its_rate() -> None:
    claims = extract_claims(
        "The terminal will lift capacity from 20 million tonnes a year to 26 million by 2027, "
        "with a second phase taking it to 31 million tonnes.",
        "2025-06-12",
    )
    assert [(c.mention, c.per) for c in claims] == [
        ("20 million", "year"),
        ("26 million", "year"),
        ("31 million", "year"),
    ]


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # an age is no count: after "aged", as a bound of people's ages, or set off after "now"
        ("Free flu jabs go to 3.4 million adults aged 50 to 64 this autumn.", ["3.4 million"]),
        ("About 22% of women aged between 25 and 34 now rent.", ["About 22%"]),
        ("The scheme pays £40 a week to parents of children under five.", ["£40"]),
        ("Some 2.1 million people over 80 live alone, the census found.", ["Some 2.1 million"]),
        ("Its founder, now 71, still owns 38% of the shares.", ["38%"]),
        # …but a bound on a count of things is one ("under 5 tonnes"), as is a count of people
        ("Trucks carrying under 5 tonnes are exempt.", ["under 5"]),
        ("The plant employs over 650 people.", ["over 650"]),
    ],
)
def test_ages_are_not_counts(sentence: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(sentence, PUB)] == mentions


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # a note of the accounts, a rank, a chain of numbers naming a place, a net-zero goal
        ("Note 23 sets out the pension deficit in detail.", []),
        ("Sales at the region's top 20 retailers rose 4.1%.", ["4.1%"]),
        ("Volumes could top 900,000 barrels a day.", ["900,000"]),
        ("The office moved to 2-11-3 Nihonbashi in Tokyo.", []),
        ("The utility targets net zero by 2045 and a Net Zero 2040 plan.", []),
        ("Emissions must reach net zero around 2060.", []),
        # a year after "around" with a noun after it is still a count
        ("Around 2000 protesters gathered outside parliament.", ["Around 2000"]),
    ],
)
def test_names_ranks_and_goals_are_not_counts(sentence: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(sentence, PUB)] == mentions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # temperatures, written on, with a degree sign or in words
        ("Madrid hit 44.2C on Tuesday.", [("44.2", "degree_celsius")]),
        ("The lake warmed by 2.3°C, and the air by 4 degrees Fahrenheit.",
         [("2.3", "degree_celsius"), ("4", "degree_fahrenheit")]),
        ("Last year was about 1.4 degrees Celsius above the 1991-2020 average.",
         [("about 1.4", "degree_celsius")]),
        # a goal named by its temperature, or a temperature as an adjective, is no reading
        ("Holding warming to 1.5C needs deep cuts.", []),
        ("The world is set to breach the 1.5C threshold this decade.", []),
        ("The boiler carries a 3C rating.", []),
        # "degrees" after a temperature in the sentence keeps its scale
        ("Athens hit 44.1C, 1.8 degrees above its old record.",
         [("44.1", "degree_celsius"), ("1.8", "degree_celsius")]),
    ],
)  # fmt: skip
def test_temperatures_are_physical_readings(sentence: str, expected: list[tuple[str, str]]) -> None:
    claims = extract_claims(sentence, PUB)
    assert [(c.mention, c.unit) for c in claims] == expected
    assert all(c.unit_kind == "physical" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # won closing its clause is the currency, not the verb
        ("Average pay per call-centre worker rose to 3 410 000 won.", ["KRW"]),
        ("The monthly fee stays at 12,900 won a month.", ["KRW"]),
    ],
)
def test_won_closing_a_clause_is_the_currency(sentence: str, units: list[str]) -> None:
    assert [c.unit for c in extract_claims(sentence, PUB)] == units


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a large total of time is counted; a duration is not
        ("Volunteers gave 1.8 million hours of their time last year.", [("1.8 million", "hour")]),
        ("Strikes cost 240,000 working days in 2024 after talks lasted 40 days.",
         [("240,000", "day")]),
        # a part of a whole the sentence names with an owner
        ("Fourteen of the port's 20 cranes are idle.", [("Fourteen", "crane"), ("20", "crane")]),
        # the counted subject of a verb of change, also after an earlier figure
        ("Burglaries fell by 1,240 last year.", [("1,240", "burglary")]),
        ("Courts heard 9,100 cases, and evictions rose to 3,480.",
         [("9,100", "case"), ("3,480", "eviction")]),
        ("Student numbers are expected to fall by 12,000.", [("12,000", "student")]),
        # peoples named by their country are people
        ("About 640,000 Eritreans and 88,000 Somalis live in the camps.",
         [("About 640,000", "person"), ("88,000", "person")]),
        # a part of a count: "of which", "half a million of them", "of them children"
        ("The yard built 310 hulls, of which about 70 went abroad.",
         [("310", "hull"), ("about 70", "hull")]),
        ("It sold 2.4 million tickets, nearly half a million of them online.",
         [("2.4 million", "ticket"), ("nearly half a million", "ticket")]),
        ("Some 800,000 people fled, about 350,000 of them children.",
         [("Some 800,000", "person"), ("about 350,000", "child")]),
    ],
)  # fmt: skip
def test_what_a_figure_counts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.mention, c.unit) for c in extract_claims(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "one in every N" is a ratio, as "one in five" is
        ("Some 31,000 pupils, or one in every 40, missed school.", [("Some 31,000", "pupil")]),
        # a verb of having right before the figure is no noun of it: the paragraph's count
        # goes on
        ("The register lists 1,204 vessels. The blacklist now names 312.",
         [("1,204", "vessel"), ("312", "vessel")]),
        ("The blacklist now names 312.", []),
    ],
)  # fmt: skip
def test_ratios_and_verbs_of_having(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.mention, c.unit) for c in extract_claims(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "revised" as an adjective does not make a later "up to" a verb's particle
        ("Chile's revised mining plan foresees 2 million tonnes and up to 900,000 more.",
         [("2 million", "exact"), ("up to 900,000", "at_most")]),
        ("Statisticians revised the figure for May up to 2.9%.", [("2.9%", "exact")]),
    ],
)  # fmt: skip
def test_revised_adjective_keeps_a_bound(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.mention, c.qualifier) for c in extract_claims(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # a bound makes a bare "one" a count
        ("Rescuers found at least one survivor.", ["at least one"]),
        ("Some 40 tankers sailed in June, more than one a day.", ["Some 40", "more than one"]),
        # …but not a share, a ratio or the pronoun
        ("More than one in four voters stayed home.", []),
        ("At least one of the reactors is offline.", []),
    ],
)
def test_a_bound_of_one(sentence: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(sentence, PUB)] == mentions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rate's step as a fraction of a point is in percentage points
        ("The central bank cut its key rate by a quarter point to 3.75%.",
         [("a quarter point", 0.25, "percentage_point"), ("3.75%", 3.75, "percent")]),
        ("Markets price in a half-point rise.", [("a half-point", 0.5, "percentage_point")]),
        ("It raised rates by three-quarters of a point.",
         [("three-quarters of a point", 0.75, "percentage_point")]),
        ("Yields fell half a point.", [("half a point", 0.5, "percentage_point")]),
        # …not a share of something else
        ("A quarter of the banks cut rates, half of them in Asia.", []),
    ],
)  # fmt: skip
def test_fractions_of_a_point(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(c.mention, c.value, c.unit) for c in extract_claims(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("sentence", "mentions"),
    [
        # a brand and its model number opening a sentence name something
        ("Airbus 321 orders rose to 70 in June.", ["70"]),
        ("Galaxy 25 owners will get the patch first.", []),
        # …but a sentence's opening word before a count does not
        ("Roughly 400 workers walked out.", ["Roughly 400"]),
        ("Another 120 joined on Monday.", []),
        ("Overall 35 ministries signed.", ["35"]),
    ],
)
def test_a_brand_and_model_opening_a_sentence(sentence: str, mentions: list[str]) -> None:
    assert [c.mention for c in extract_claims(sentence, PUB)] == mentions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a staff count as the object of a change counts people
        ("The bank will trim its workforce by about 900 next year.", [("about 900", "person")]),
        ("The start-up wants to triple its headcount to 150.", [("150", "person")]),
        # a sentence opening "The number of …" counts that noun, however long its subject
        ("The number of ships waiting to enter the port, a queue that began in the storm, "
         "rose to 74 on Monday.", [("74", "ship")]),
    ],
)  # fmt: skip
def test_staff_and_number_of_subjects(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.mention, c.unit) for c in extract_claims(sentence, PUB)] == expected


@pytest.mark.parametrize(
    ("text", "pers"),
    [
        # coordinated counts share the rate after the last of them …
        ("The yard can build 12 tugs and 4 ferries a year.", ["year", "year"]),
        ("It ships 300 tanks and 200 guns to Kyiv a month.", ["month", "month"]),
        # … but not a rate in a clause of its own after the second
        ("Chad hosts 1.3 million refugees and about 400 more arrive each day.", [None, "day"]),
        ("The army fields 40 tanks and 12 more leave the factory each month.", [None, "month"]),
    ],
)  # fmt: skip
def test_a_rate_in_a_clause_of_its_own_is_not_shared_by_the_count_before(
    text: str, pers: list[str | None]
) -> None:
    assert [c.per for c in extract_claims(text, "2025-06-01")] == pers


def test_a_total_reached_by_a_monthly_flow_is_no_monthly_figure() -> None:
    claims = extract_claims(
        "The bank signed up an average of 52,000 customers a month this year, taking the total"
        " to 4.1 million.",
        "2025-06-01",
    )
    assert [(c.mention, c.per) for c in claims] == [("52,000", "month"), ("4.1 million", None)]


def test_a_base_of_another_kind_of_measure_does_not_take_the_rate_before_it() -> None:
    claims = extract_claims(
        "The camps need 900 tonnes of flour a week, while the agency's cash grant has been cut"
        " from $40 to $25 per family.",
        "2025-06-01",
    )
    assert [(c.mention, c.per) for c in claims] == [("900", "week"), ("$40", None), ("$25", None)]
