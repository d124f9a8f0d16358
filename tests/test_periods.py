"""Which period dates which figure — time words that modify a noun, spans, running totals,
periods named before, comparison bases, revisions — and the modality, unit and source rules
found alongside them on holdouts E–J.  Every sentence here was written for these tests,
apart from all eval sets."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indicators.dates import time_expressions
from indicators.extract import extract_claims
from indicators.series import period_bounds


def _periods(text: str, published: str) -> list[str | None]:
    return [c.period for c in extract_claims(text, published)]


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a quarter opening a sentence, capitalised
        ("Third-quarter revenue climbed 11% to $4.2bn.", "2025-11-05", ["2025-Q3", "2025-Q3"]),
        ("First quarter deliveries were 380 jets.", "2024-04-20", ["2024-Q1"]),
        # a month modifying a noun, owned or owning
        ("Its October shipments rose to 61,000 tonnes.", "2025-11-12", ["2025-10"]),
        ("January's trade surplus widened to $9.1 billion.", "2026-02-20", ["2026-01"]),
        ("The March figures put the deficit at £12bn.", "2025-04-23", ["2025-03"]),
        # …but not the month a report was published
        ("In its May report the agency put demand at 104 million barrels a day.", "2025-06-11",
         [None]),
        # a meeting's month dates the rate it sets
        ("The central bank is expected to raise its key rate to 4.75% at its July meeting.",
         "2025-06-20", ["2025-07"]),
        ("The Fed held rates at 4.5% at its June meeting.", "2025-07-02", ["2025-06"]),
        # "a year earlier" after a quarter: the same quarter a year before
        (
            "Fourth-quarter orders reached €2.6bn, against €2.1bn a year earlier.",
            "2025-02-06",
            ["2024-Q4", "2023-Q4"],
        ),
    ],
)  # fmt: skip
def test_time_words_that_modify_a_noun_date_its_figures(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a span between two dates has no period, nor its comparison base
        (
            "Grain arrivals totalled 2.4 million tonnes between 1 July and 30 November, down"
            " from 2.9 million tonnes in the same period a year earlier.",
            "2025-12-03",
            [None, None],
        ),
        # "until the end of the year" dates a need like "by the end of the year" does
        ("The agency needs $640 million to keep its clinics open until the end of the year.",
         "2025-05-14", ["2025"]),
        ("The programme will pay out €3bn until the end of 2027.", "2025-05-14", ["2027"]),
        # "since the end of …" stays a span
        ("Prices have risen 14% since the end of 2023.", "2025-05-14", [None]),
    ],
)  # fmt: skip
def test_spans_and_ends_of_periods(sentence: str, published: str, period: list[str | None]) -> None:
    assert _periods(sentence, published) == period


def test_between_two_dates_sets_no_anchor_for_a_later_comparison() -> None:
    exprs = time_expressions(
        "between 3 March and 9 April, 12% more than a year earlier", "2025-06-01"
    )
    assert [(e.kind, e.period) for e in exprs] == [("block", None)] * 2 + [("compare", "2024")]


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a running total takes the period of the clause it closes…
        (
            "Poland installed 2.3 gigawatts of solar panels last year, lifting total solar"
            " generation capacity to 21 gigawatts.",
            "2026-01-20",
            ["2025", "2025"],
        ),
        # …or a time in its own clause
        (
            "Some 640 migrants landed on Lampedusa on Sunday, taking the number of arrivals"
            " this year to 38,200.",
            "2025-07-08",
            ["2025-07-06", "2025"],
        ),
        # …and a single day dates the total the act brings about
        (
            "The city council approved 14 new wind farms on Monday, bringing the total to 96.",
            "2025-06-12",
            ["2025-06-09", "2025-06-09"],
        ),
        (
            "Regulators fined 23 more brokers on 3 June, taking the tally to 410.",
            "2025-06-12",
            ["2025-06-03", "2025-06-03"],
        ),
        # …but not a tally of what has been done, nor a plan's total
        (
            "Canada listed 17 more vessels on Friday, bringing the number it has sanctioned"
            " to 220.",
            "2025-03-03",
            ["2025-02-28", None],
        ),
        (
            "Brussels proposed a package on Thursday that would list 30 more firms, taking the"
            " total to 700 if adopted.",
            "2025-06-12",
            [None, None],
        ),
    ],
)
def test_running_totals(sentence: str, published: str, period: list[str | None]) -> None:
    assert _periods(sentence, published) == period


def test_a_capacity_in_the_next_sentence_does_not_take_the_reported_year() -> None:
    text = (
        "The terminal handled 14.6 million tonnes of LNG last year, the port authority said."
        " The authority added that the terminal can handle up to 60,000 tonnes a day."
    )
    assert _periods(text, "2025-02-10") == ["2024", None]


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a capitalised month opening the sentence dates every clause after it
        (
            "In April, retail sales rose 3.1% from a year earlier and online sales climbed to"
            " 24% of the total, the statistics office said.",
            "2025-05-20",
            ["2025-04", "2025-04"],
        ),
        # a comparison through "the same quarter" is no period of the change
        (
            "Halden Power posted second-quarter sales of $2.2 billion, up 6% from the same"
            " quarter a year earlier.",
            "2025-08-01",
            ["2025-Q2", "2025-Q2"],
        ),
        # "the same year" takes the year named before it
        (
            "Debt will reach 91% of GDP next year, while the deficit falls to 2.8% in the"
            " same year.",
            "2025-09-10",
            ["2026", "2026"],
        ),
        # a time owning the figure: "last year's"
        (
            "Demand should rise by 1.2 million barrels a day in 2026, up from last year's"
            " 800,000 barrels a day.",
            "2026-02-12",
            ["2026", "2025"],
        ),
        # a purpose infinitive bridges to the time after the next figure
        (
            "The agency is appealing for $640 million to feed 2.2 million people this year.",
            "2025-03-04",
            ["2025", "2025"],
        ),
        # "the previous month" after "to X from Y" dates the base, not the new figure
        (
            "In May, annual inflation eased to 6.1% from 6.6% the previous month.",
            "2025-06-05",
            ["2025-05", "2025-04"],
        ),
        # a revised target or forecast: both figures are for the year named
        (
            "The carmaker cut its margin target for 2026 to 5–6% from 7–8%.",
            "2025-10-22",
            ["2026", "2026"],
        ),
        (
            "The central bank raised its 2026 growth forecast to 2.4% from 2.1%.",
            "2025-12-10",
            ["2026", "2026"],
        ),
        # a change compared with a past base belongs to its own figure's forecast and year
        (
            "The ministry forecasts the 2026 wheat harvest at 84 million tonnes, down 4.4%"
            " from last year.",
            "2025-06-01",
            ["2026", "2026"],
        ),
        # (with the measure's noun between the revised figure and its base)
        (
            "The 2024 deficit was revised up to 5.2% of GDP from 4.9%.",
            "2025-04-01",
            ["2024", "2024"],
        ),
        # the base's own time does not date a later clause: that takes the main clause's
        (
            "Annual inflation eased to 3.1% in May from 3.4% in April, while core inflation"
            " held at 2.9%.",
            "2025-06-05",
            ["2025-05", "2025-04", "2025-05"],
        ),
        # a plan "from January" starts then (read in November: next January); an outcome
        # "from May" compares with May and has no period of its own
        (
            "Hungary will raise the minimum wage to 290,800 forints a month from January, an"
            " increase of 9%.",
            "2024-11-15",
            ["2025-01", "2025-01"],
        ),
        ("Retail sales rose 5% from May.", "2025-08-01", [None]),
        # … "From next year, …" and "from 1 January" likewise; a base "from this year" not
        ("From next year, the levy will rise to 12%.", "2025-06-01", ["2026"]),
        ("The wage will rise to 4,100 zlotys from 1 January.", "2026-07-01", ["2027-01-01"]),
        (
            "The ministry requested ¥8.1 trillion for next year, up 6% from this year.",
            "2025-08-30",
            ["2026", "2026"],
        ),
        # a plan's day without a year is the next such day
        (
            "Canada will raise the levy to 12% from 8% on 1 January.",
            "2025-10-20",
            ["2026-01-01", None],
        ),
        # a "while" clause and what economists had expected share the main clause's month
        (
            "Employers added 150,000 jobs in April, above the 120,000 economists had expected,"
            " while the jobless rate rose to 4.2%.",
            "2025-05-02",
            ["2025-04", "2025-04", "2025-04"],
        ),
        # "the same period" after a base "a year earlier" is the main period, not the base's
        (
            "The agency refused 312 licences in the first quarter, up from 187 a year earlier,"
            " and fines over the same period totalled £4.8m.",
            "2025-04-20",
            ["2025-Q1", "2024-Q1", "2025-Q1"],
        ),
        # an apposition set off by commas, then the clause's verb and time: both figures
        (
            "About 1,400 shipments of chips, worth an estimated $300mn, reached Russia in the"
            " first nine months of 2025.",
            "2025-11-20",
            ["2025", "2025"],
        ),
        # a revision's base is the earlier estimate of the same period
        (
            "The statistics office revised its figure for second-quarter growth to 0.3% from 0.5%.",
            "2025-09-01",
            ["2025-Q2", "2025-Q2"],
        ),
        (
            "March exports were revised up to $4.1bn from $3.9bn.",
            "2025-05-10",
            ["2025-03", "2025-03"],
        ),
        # (a change is no revision: the base of "rose to X in March from Y" is undated)
        ("Exports rose to $4.1bn in March from $3.9bn.", "2025-05-10", ["2025-03", None]),
        # a forecast reported in a clause of its own does not take the first clause's year
        (
            "The miner spent $2.1bn last year and forecast that output would reach 40"
            " million tonnes.",
            "2025-03-01",
            ["2024", None],
        ),
        # a running total counted since an event has no period
        (
            "Chad recorded 840 new cholera cases in August, bringing the total since the"
            " outbreak began to 12,410.",
            "2025-09-03",
            ["2025-08", None],
        ),
        # "the March quarter" is the quarter that ends in March
        ("Ore shipments rose 4% in the March quarter.", "2026-04-21", ["2026-Q1"]),
    ],
)
def test_periods_across_clauses_comparisons_and_revisions(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        ("The cartel is due to raise output by 411,000 barrels a day in July.", ["planned"]),
        ("Profit fell due to lower prices, to $4bn.", ["actual"]),
        ("Nurses are demanding a rise of 9%, while the latest offer of 4% was rejected.",
         ["planned", "planned"]),
        ("The airline cut its delivery target for 2026 to 41 jets from 45.", ["planned", "planned"]),
        # a purchase put out to tender
        ("The army has opened a tender for up to 300 trucks worth about €90m.",
         ["planned", "planned"]),
        ("The coast guard invited bids for 12 patrol boats.", ["planned"]),
    ],
)  # fmt: skip
def test_scheduled_steps_offers_and_revised_targets_are_planned(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-02")] == modalities


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        # a part of a named whole counts the whole's noun
        ("Eleven of Spain's regions reported shortages.", ["region"]),
        ("Officials said nine of the country's ports were shut.", ["port"]),
        # a whole in words after its part counts with it (it had been read as things named
        # already: three holdout writers count both); "one of" is no claim
        ("Two of the three reactors are offline; one of the plants shut.", ["reactor", "reactor"]),
        # "<noun> numbers" count that noun
        ("Visitor numbers rose to 3.2 million from 2.9 million.", ["visitor", "visitor"]),
        # a bare figure takes the plural noun further back in its clause
        (
            "Asylum applications in the bloc fell 18% in the first eight months of the year to"
            " about 512,000.",
            ["percent", "application"],
        ),
    ],
)
def test_counted_nouns_of_partitives_numbers_and_distant_subjects(
    sentence: str, units: list[str]
) -> None:
    assert [c.unit for c in extract_claims(sentence, "2025-06-02")] == units


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # "could" before a verb of change forecasts, it states no capacity
        ("A tariff could cut exports by as much as €2bn a year.", ["projected"]),
        ("Officials estimate the ban will hit roughly $3bn of trade.", ["projected"]),
        ("The bank now projects inflation of 2.7% next year.", ["projected"]),
        # appeals with a day between, purchases approved, money set aside, orders in
        # preparation, money sought: all plans
        ("The agency appealed on Tuesday for $500 million.", ["planned"]),
        ("The ministry has approved the purchase of 12 helicopters.", ["planned"]),
        ("A further £900m has been set aside for repairs.", ["planned"]),
        ("An order for 40 more trucks is being prepared.", ["planned"]),
        ("It has received 20% of the $80 million it is seeking.", ["actual", "planned"]),
        # a figure for a period after publication is a forecast even when stated flatly
        (
            "Debt will peak at 120% of GDP next year, while the deficit narrows to 3% in the"
            " same year.",
            ["projected", "projected"],
        ),
        ("Exports fell 3% last year.", ["actual"]),
        # a sale approved but not yet made, an order about to be placed: plans
        ("The State Department approved a possible sale of 40 helicopters to Chile.", ["planned"]),
        ("The navy is close to ordering six more frigates.", ["planned"]),
        # "could" before a verb of loss forecasts
        ("The ban could strip as much as $20 billion a year from state revenues.", ["projected"]),
        # the forecast a result is measured against
        ("Retail sales rose 2.1%, beating forecasts of 1.5%.", ["actual", "projected"]),
        (
            "Profit of $4.2bn came in short of the consensus estimate of $4.5bn.",
            ["actual", "projected"],
        ),
    ],
)
def test_forecast_and_plan_wording(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-18")] == modalities


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a comparison base right after one figure does not date the next clause's figures
        (
            "Norvik Freight swung to a profit of €90m in the first quarter from a loss of €12m"
            " a year earlier, as revenue rose 7% to €1.9bn.",
            "2025-05-06",
            ["2025-Q1", "2024-Q1", "2025-Q1", "2025-Q1"],
        ),
        # "more than in 2023": a comparison base, not the change's period
        (
            "Dockers handled 8.1 million tonnes last year, 6% more than in 2023.",
            "2025-02-11",
            ["2024", "2024"],
        ),
        # "and that it expects second-quarter revenue …" belongs to the next figure
        (
            "Arden Chips said first-quarter sales rose 12% to $2.1bn and that it expects"
            " second-quarter revenue of $2.3bn.",
            "2025-04-24",
            ["2025-Q1", "2025-Q1", "2025-Q2"],
        ),
        # a baseline bridged to the time after the new level is today's value
        (
            "The government will raise duties on steel from 10% to 25% on 1 March.",
            "2025-02-10",
            [None, "2025-03-01"],
        ),
        # the day a statement was published dates no figure
        (
            "The list now includes 210 vessels, according to a statement published on Monday.",
            "2025-06-18",
            [None],
        ),
        # a time used as the figure noun's adjective; a plan or forecast reads it forward
        (
            "The company forecast full-year revenue of $4.4bn on Tuesday.",
            "2026-02-18",
            ["2026"],
        ),
        # "in 2024 and expects output of …" is no adjective of the next figure
        (
            "The miner produced 300,000 ounces in 2024 and expects output of 320,000 ounces"
            " this year.",
            "2025-02-20",
            ["2024", "2025"],
        ),
        # a quarter planned for: the next such quarter, not the last one
        (
            "The Treasury expects to borrow $1.1 trillion in July–September.",
            "2025-05-05",
            ["2025-Q3"],
        ),
        (
            "The Treasury expects to borrow $800 billion in the first quarter.",
            "2025-11-03",
            ["2026-Q1"],
        ),
    ],
)
def test_comparison_bases_statement_days_and_time_adjectives(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


def test_unnamed_forecasters_and_bare_material_are_no_source() -> None:
    claims = extract_claims(
        "Corvid Foods forecast annual sales of $3.1bn on Tuesday, below analysts' average"
        " estimate of $3.3bn. The list now includes 210 vessels, according to a statement.",
        "2025-06-18",
    )
    assert [c.attributed_to for c in claims] == ["Corvid Foods", None, None]


@pytest.mark.parametrize(
    ("sentence", "unit", "period"),
    [
        ("He said August output was 109,400 tonnes.", "tonne", "2024-08"),
        ("Data showed June payrolls fell by 13,000.", "payroll", "2025-06"),
        ("Ravnik sold a dozen of its older tankers.", "tanker", None),
        ("Officials said 23 of the alliance's 32 members met the target.", "member", None),
    ],
)
def test_bare_months_before_a_measure_and_partitives(
    sentence: str, unit: str, period: str | None
) -> None:
    published = "2025-09-05" if "payrolls" in sentence else "2024-09-05"
    claims = extract_claims(sentence, published)
    assert claims[0].unit == unit
    assert claims[0].period == period


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        # a period named before: the same quarter last year, the same period of a year
        (
            "Halden Bank's fourth-quarter profit was NOK 5.9 billion, up from NOK 4.8 billion"
            " in the same period of 2023.",
            "2025-02-06",
            ["2024-Q4", "2023-Q4"],
        ),
        (
            "The third-quarter loss widened to €212m from €148m in the same quarter last year.",
            "2025-11-12",
            ["2025-Q3", "2024-Q3"],
        ),
        (
            "Storage was 83% full on 25 November, against 95% on the same date last year.",
            "2025-11-27",
            ["2025-11-25", "2024-11-25"],
        ),
        # …or in the sentence before
        (
            "Exports to Russia dropped 38% in the second quarter. Over the same period,"
            " re-exports through Kyrgyzstan rose by about 12%.",
            "2024-09-26",
            ["2024-Q2", "2024-Q2"],
        ),
        (
            "Vietnam's surplus widened to $12.3 billion in June, the office said. Shipments"
            " were up 29% in the month, the office added.",
            "2025-07-24",
            ["2025-06", "2025-06"],
        ),
        # an outcome's time after its base dates the base, not the new level
        (
            "The annual rate eased to 2.8% from 3% in January.",
            "2025-03-13",
            [None, "2025-01"],
        ),
    ],
)
def test_periods_named_before(text: str, published: str, period: list[str | None]) -> None:
    assert _periods(text, published) == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whoever had expected a figure is not its unit, and credits nothing
        (
            "Employers added 22,000 jobs, the department said, well below the 75,000"
            " economists had expected.",
            [("job", "actual", None), ("job", "projected", None)],
        ),
        # "700,000 more": more of what the paragraph counted
        (
            "Ukraine received 1.6 million drones in 2025. Contracts signed so far cover"
            " roughly 700,000 more.",
            [("drone", "actual", None), ("drone", "actual", None)],
        ),
        # counts after a determiner: "the two companies", "its five furnaces"
        (
            "It has idled two of its five blast furnaces.",
            [("furnace", "actual", None), ("furnace", "actual", None)],
        ),
        # caps, appeals, offers made, measures taking effect, tariffs that will rise
        ("Net new borrowing is capped at €39bn this year.", [("EUR", "planned", None)]),
        ("It has received 11% of its $10.2bn appeal.", [("percent", "actual", None), ("USD", "planned", None)]),
        ("Employers have offered 30%.", [("percent", "planned", None)]),
        ("Soldiers are offered bonuses of up to 2.5m roubles.", [("RUB", "actual", None)]),
        ("A 20% tariff on steel takes effect on 1 August.", [("percent", "planned", None)]),
        ("Tariffs on Chinese solar cells will rise to 50% next year.", [("percent", "planned", None)]),
        # a cause given in a participle clause is not part of the plan
        (
            "The agency will cut vouchers to $6 a month, blaming a 40% drop in funding.",
            [("USD", "planned", None), ("percent", "actual", None)],
        ),
        # a credit after a closing quote covers the quote
        (
            '"We can build about 40 launchers a year," chief executive Petra Lind told analysts.',
            [("launcher", "capacity", "Petra Lind")],
        ),
        # an address is no figure
        ("The board meets at 1 Canada Square.", []),
    ],
)  # fmt: skip
def test_units_modality_and_sources_of_paragraph_prose(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    claims = extract_claims(text, "2025-06-18")
    assert [(c.unit, c.modality, c.attributed_to) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        # "that month" takes the month named before, not a weekday's date in between
        (
            "Its May figures, revised on Friday, show annual inflation of 23.7% that month.",
            "2025-08-04",
            ["2025-05"],
        ),
        # a comparison base after a semicolon is dated by what follows it
        (
            "Rates were cut to 4% on Tuesday; a year earlier they stood at 5.25%.",
            "2025-06-18",
            ["2025-06-17", "2024-06-17"],
        ),
    ],
)
def test_references_to_a_named_month_and_bases_after_a_semicolon(
    text: str, published: str, period: list[str | None]
) -> None:
    assert _periods(text, published) == period


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("Oil output reached 1.82 million barrels a day in April, above a quota of 1.47"
         " million barrels a day for the month.", "2024-05-21", ["2024-04", "2024-04"]),
        ("The islands received 2 114 migrants in November, bringing arrivals for the year"
         " to 19 480.", "2026-12-03", ["2026-11", "2026"]),
        ("Germany received 7,831 applications in September, 38% fewer than in the same"
         " month a year earlier.", "2025-10-29", ["2025-09", "2025-09"]),
        ("Prices rose 0.3% in June from May, lifting the annual rate to 2.7%.",
         "2025-07-16", ["2025-06", "2025-06"]),
        ("Nordfjell won a NOK 4.6 billion order on Monday, lifting its third-quarter order"
         " intake so far to NOK 7.9 billion.", "2026-08-18", ["2026-08-17", "2026-Q3"]),
        ("The 2025 budget presented on Tuesday sets defence spending at €3.4bn.",
         "2024-10-30", ["2025"]),
        ("Oakridge said fourth-quarter revenue rose 17% to $4.82 billion and forecast"
         " first-quarter sales of $4.7 billion.", "2025-01-23",
         ["2024-Q4", "2024-Q4", "2025-Q1"]),
        ("The mine produced 316,000 tonnes last year and can produce up to 400,000 tonnes"
         " a year.", "2025-09-03", ["2024", None]),
        ("The EU approved a €90 billion loan covering 2026 and 2027.", "2026-04-23", [None]),
        ("Member states must fill their sites to 90% by 1 December.", "2025-05-29",
         ["2025-12-01"]),
    ],
)  # fmt: skip
def test_periods_of_quotas_running_totals_decisions_and_spans(
    text: str, published: str, period: list[str | None]
) -> None:
    assert _periods(text, published) == period


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a pronoun with no credit before it: the named subject of the sentence before, or
        # of its own sentence
        (
            "The Bank of England held Bank Rate at 5.25% on Thursday. It expects inflation to"
            " fall to about 2% in the third quarter.",
            [None, "Bank of England"],
        ),
        (
            "Sweden's government will raise defence spending by 12 billion kronor next year,"
            " it said on Wednesday.",
            ["Sweden's government"],
        ),
        # …but a named credit earlier in its sentence comes first
        (
            "Norway exported 117.6 billion cubic metres of gas last year, the Offshore"
            " Directorate said, and it expects exports of around 115 billion cubic metres"
            " this year.",
            ["Offshore Directorate", "Offshore Directorate"],
        ),
        # "X projects the rate will fall to 16%"; "X, whose …, expects"
        (
            "The central bank projects the annual rate will fall to 16% by the end of the year.",
            ["central bank"],
        ),
        (
            "Kiyomi Electronics, whose financial year ends in December, expects operating"
            " profit of ¥410 billion.",
            ["Kiyomi Electronics"],
        ),
    ],
)
def test_pronouns_projections_and_relative_clauses_name_the_source(
    text: str, sources: list[str | None]
) -> None:
    assert [c.attributed_to for c in extract_claims(text, "2025-06-18")] == sources


def test_a_result_after_a_forecast_is_actual() -> None:
    claims = extract_claims(
        "Quillon lifted its full-year revenue forecast to $18.4 billion after third-quarter"
        " sales jumped 22% to $4.9 billion.",
        "2026-11-19",
    )
    assert [(c.modality, c.period) for c in claims] == [
        ("projected", "2026"),
        ("actual", "2026-Q3"),
        ("actual", "2026-Q3"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "picked up to 3.4%": the verb's particle, not an upper bound
        ("Inflation picked up to 3.4% in May.", [("exact", "actual", None)]),
        ("Inflation edged up to 2.1%.", [("exact", "actual", None)]),
        # any form of the verb; and a modal before such a movement is a forecast
        ("The bank said growth would pick up to 1.6% next year.", [("exact", "projected", None)]),
        ("Inflation is edging up to 2%.", [("exact", "actual", None)]),
        # the verb further back: "revised its figure for May up to …"
        ("The office revised its figure for May up to 4.1%.", [("exact", "actual", None)]),
        # … but after a verb of giving, counting or handling, "up to" is a bound
        ("Britain pledged up to £160m.", [("at_most", "planned", None)]),
        ("Officials counted up to 900 migrants a day.", [("at_most", "actual", "day")]),
        ("The plant can make up to 500 drones.", [("at_most", "capacity", None)]),
        # "is due to be paid out": a plan; a past result after a forecast is actual
        (
            "The EU approved a €90 billion loan, of which €45 billion is due to be paid out"
            " this year.",
            [("exact", "actual", None), ("exact", "planned", None)],
        ),
        (
            "Falkenrode expects sales to rise by 40–45% this year after 2025 revenue of €9.9bn.",
            [("range", "projected", None), ("exact", "actual", None)],
        ),
        # "against X a year earlier" compares at the same rate
        (
            "Transits averaged 29 ships a day last month, against 71 a year earlier.",
            [("exact", "actual", "day"), ("exact", "actual", "day")],
        ),
    ],
)
def test_particles_scheduled_payments_past_results_and_comparisons(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    claims = extract_claims(text, "2026-02-11")
    got = [(c.qualifier, c.modality, c.per) for c in claims]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a part of a whole: the verb and time after the whole are the part's
        (
            "The carmaker will shut three of its 14 European plants by the end of 2027.",
            "2025-09-01",
            [("planned", "2027"), ("actual", None)],
        ),
        (
            "The IEA estimates that 12 of its 31 member countries will miss the target next year.",
            "2025-09-01",
            [("projected", "2026"), ("actual", None)],
        ),
        # a forecast's that-clause whose modal follows the figure is a forecast
        (
            "The agency estimates that 2.5 million people will need food aid this year.",
            "2025-09-01",
            [("projected", "2025")],
        ),
    ],
)
def test_parts_of_a_whole_and_forecast_clauses(
    text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.modality, c.period) for c in extract_claims(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "% of capacity" names a denominator, not a capacity
        ("Refineries ran at 92% of capacity.", [("actual", None)]),
        (
            "Reservoirs fell to 61% of capacity on Sunday, with releases averaging 40 million"
            " cubic metres a day over the past week.",
            [("actual", "2025-01-19"), ("actual", None)],
        ),
        # a span shorter than a month has no period of ours
        ("Prices rose 3% last week.", [("actual", None)]),
    ],
)
def test_capacity_as_a_denominator_and_weeks(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.modality, c.period) for c in extract_claims(text, "2025-01-20")] == expected


def test_a_reference_back_takes_the_period_at_its_own_grain() -> None:
    claims = extract_claims(
        "Orvik Copper mined 88,000 tonnes in the June quarter and kept its guidance for the"
        " year at 350,000 tonnes. Its cash costs averaged $2.10 a pound in the quarter.",
        "2025-07-20",
    )
    assert [c.period for c in claims] == ["2025-Q2", "2025", "2025-Q2"]


def test_a_clause_added_with_adding_that_is_a_new_claim() -> None:
    claims = extract_claims(
        "The Sines terminal will be able to handle 12 million tonnes a year by 2027, its"
        " operator said, adding that about 70% of that capacity is already booked.",
        "2025-03-03",
    )
    assert [(c.modality, c.period) for c in claims] == [("capacity", "2027"), ("actual", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past result after "after rising" is no forecast
        (
            "Steel demand is forecast to grow 2% this year after falling 3.1% in 2024.",
            [("projected", "2025"), ("actual", "2024")],
        ),
        # "would narrow" is a forecast; a base dated in a past year is an outcome
        (
            "The agency said the deficit would narrow to 4% of GDP this year from 5.6% in 2024.",
            [("projected", "2025"), ("actual", "2024")],
        ),
        # "… but had delivered X": an outcome of its own
        (
            "Donors pledged $900 million this year but had delivered less than 30% of it by"
            " the end of May.",
            [("planned", "2025"), ("actual", "2025-05")],
        ),
    ],
)
def test_past_results_beside_forecasts_and_pledges(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.modality, c.period) for c in extract_claims(text, "2025-06-10")] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # coordinated objects of one verb share the time after the last of them
        (
            "Norway plans to buy six more Ridge radars and about 200 Fjell interceptors by 2028.",
            "2025-03-03",
            [("planned", "2028"), ("planned", "2028")],
        ),
        # (two clauses with two verbs do not)
        (
            "It sold 40 tanks and bought 12 jets in 2024.",
            "2025-03-03",
            [("actual", None), ("actual", "2024")],
        ),
        # "its full-year profit forecast to X from Y": both for that year
        (
            "Aerofjord cut its full-year profit forecast to NOK 900 million from NOK 1.2 billion"
            " on Thursday.",
            "2025-10-10",
            [("projected", "2025"), ("projected", "2025")],
        ),
        # an installed fleet of rated units is capacity; a fill level is actual
        (
            "Vindkraft plans to add 900 megawatts by 2027, more than doubling its current fleet"
            " of 800 megawatts.",
            "2025-03-03",
            [("planned", "2027"), ("capacity", None)],
        ),
        (
            "Reservoirs that can hold 40 billion cubic metres are 61% full.",
            "2025-03-03",
            [("capacity", None), ("actual", None)],
        ),
    ],
)
def test_coordinated_objects_forecast_years_fleets_and_fill_levels(
    text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.modality, c.period) for c in extract_claims(text, published)] == expected


def test_a_figure_compared_with_a_named_forecast_is_no_forecast() -> None:
    claims = extract_claims(
        "Borrowing was £12.1bn in May, £1.9bn more than the Office for Budget Responsibility"
        " had forecast, bringing borrowing since April to £30.2bn.",
        "2025-06-20",
    )
    assert [c.modality for c in claims] == ["actual", "actual", "actual"]


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        # an analyst's price target and a company's guidance are forecasts
        (
            "We raise our price target on Orvik to 148 dollars from 126 dollars.",
            ["projected", "projected"],
        ),
        ("Management guided for revenue growth of 18–20% this year.", ["projected"]),
        # a measure of capacity named after the figure ("… bpd of capacity"), not a percent
        ("The expansion will add 120,000 bpd of capacity.", ["capacity"]),
        ("Storage sites fell to 58% of capacity.", ["actual"]),
        # a modal inside a forecast: a trailing "X projects", or "X estimates that … and that"
        (
            "The deficit will total $1.9 trillion this year, the budget office projects.",
            ["projected"],
        ),
        (
            "The agency estimates that 3.1 million people have returned and that another"
            " 300,000 will follow by December.",
            ["actual", "projected"],
        ),
        # (a plan word keeps the plan)
        ("The company plans to hire 500 staff, the firm expects.", ["planned"]),
        # what unnamed forecasters expected is a forecast
        (
            "Revenue was $4.3 billion, beating analysts' average estimate of $4.1 billion.",
            ["actual", "projected"],
        ),
    ],
)
def test_price_targets_guidance_and_capacity_named_after(text: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(text, "2025-03-03")] == modalities


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a figure spread over several years has no period of ours, whatever the clause's time
        (
            "Rusk Defence signed a €500m deal on Wednesday to supply up to 900 drones over four"
            " years.",
            ["2025-06-04", None],
        ),
        (
            "Rents rose to €1,450 in early 2025, after house prices climbed 38% over three years.",
            ["2025", None],
        ),
        ("The group will unwind 1.5 million bpd of cuts over 18 months from April.", [None]),
        # an average of several years is no reading for one date
        (
            "Reservoirs were 48% full on 2 June, against a ten-year average of 61%.",
            ["2025-06-02", None],
        ),
        # a span of a year or less keeps the clause's time
        ("Exports rose 12% over 12 months to March 2025.", ["2025-03"]),
    ],
)
def test_a_figure_spread_over_years_has_no_period(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-06-06")] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a span opened by "since" (a month's middle, an event) or closed by "through"
        (
            "Withdrawals have averaged 610 million cubic metres a day since mid-January, data"
            " showed on Feb. 3.",
            "2026-02-05",
            [None],
        ),
        (
            "Trucks have moved 2.4 million tonnes of grain along the route since it reopened in"
            " March 2024.",
            "2025-06-10",
            [None],
        ),
        (
            "The agency says it needs $280 million to feed 1.2 million people through November.",
            "2025-05-14",
            [None, None],
        ),
        # a month's middle is that month; "from mid-February to the end of June" is a span
        ("Output rose 4% in mid-March.", "2025-06-01", ["2025-03"]),
        (
            "Egypt plans to cap rice exports at 0.4 million tonnes from mid-February to the end"
            " of June.",
            "2025-01-20",
            [None],
        ),
        # the day a fiscal year starts dates neither the year nor its budget
        (
            "Parliament approved a 3.1 trillion rupee budget for the fiscal year starting July 1.",
            "2025-06-12",
            [None],
        ),
        # a recurring deadline
        ("Ministers want reservoirs 80% full by 1 October each year.", "2025-03-02", [None]),
        # a plan's or forecast's month already past this year is next year's when the
        # sentence looks forward, this year's when it tells a past pledge or expectation
        (
            "Romania will raise the minimum wage to 4,300 lei in January, the government said.",
            "2025-09-18",
            ["2026-01"],
        ),
        (
            "Economists expect a cut of a quarter of a percentage point by March.",
            "2025-08-07",
            ["2026-03"],
        ),
        ("Donors pledged $2.3 billion for Sudan in March.", "2025-08-07", ["2025-03"]),
        # last month's figure still to come out is this year's
        ("Economists expect inflation of 2.4% in May.", "2025-06-05", ["2025-05"]),
    ],
)
def test_spans_fiscal_starts_recurring_dates_and_months_read_forward(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # "in the previous quarter" right after the first figure dates both, it is no base
        (
            "Exports of cobalt fell 9% in the previous quarter to 4,100 tonnes, customs data"
            " showed.",
            "2026-01-20",
            ["2025-Q4", "2025-Q4"],
        ),
        # a fiscal quarter is read by the month it ended in
        (
            "Halden posted revenue of $1.84 billion for its fiscal third quarter ended June 30.",
            "2025-07-29",
            ["2025-Q2"],
        ),
        (
            "Halden posted revenue of $1.8 billion for the quarter ending 31 March.",
            "2025-04-29",
            ["2025-Q1"],
        ),
        # a forecast for "the June quarter" read in April is this year's
        ("Halden expects revenue of $2 billion for the June quarter.", "2025-04-29", ["2025-Q2"]),
        # a plan's figures without a time of their own take the year of its budget or plan
        (
            "The 2027 draft budget sets defence spending at 2.1 trillion hryvnias, the ministry"
            " said, while the deficit is projected at 16.2% of GDP.",
            "2026-10-01",
            ["2027", "2027"],
        ),
        (
            "Norway will buy 12 more K9 howitzers and up to 40 trucks under a 2027 procurement"
            " plan worth NOK 6 billion.",
            "2026-02-10",
            ["2027", "2027", "2027"],
        ),
        # a split crop year is no year
        ("The 2026/27 crop is forecast at 80 million tonnes.", "2026-02-10", [None]),
    ],
)
def test_previous_quarter_fiscal_quarters_and_the_year_of_a_budget(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        (
            "About 41,000 people crossed the Channel in the first ten months of the year, the"
            " Home Office said.",
            "2025-11-04",
            ["2025"],
        ),
        (
            "Copper output rose 6% to 180,000 tonnes in the first half.",
            "2025-08-14",
            ["2025", "2025"],
        ),
        ("Profit fell 4% in the second half.", "2025-02-20", ["2024"]),
    ],
)
def test_a_part_of_a_year_is_its_year(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # what a plant can do is no event of the day it opened
        (
            "Vestra Energi commissioned a solar park with a capacity of 180 megawatts on"
            " Tuesday, enough to power about 90,000 homes.",
            "2026-01-29",
            [None, None],
        ),
        # a part of what the sentence before counted is in its period
        (
            "Germany registered 113,236 asylum applications last year. Syrians filed about"
            " 23,000 of them.",
            "2025-08-19",
            ["2024", "2024"],
        ),
        (
            "Tankers loaded 1.2 million barrels a day in April, data showed. Analysts said at"
            " least 60% of those cargoes sailed uninsured.",
            "2024-05-22",
            ["2024-04", "2024-04"],
        ),
    ],
)
def test_capacity_takes_no_day_and_a_part_takes_the_whole_period(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a past time after a revised forecast's base is the base's
        (
            "Consultancy GrainView raised its forecast for the wheat harvest to 24.1 million"
            " tonnes from 22.9 million in July, citing rains.",
            "2025-09-16",
            [None, None],
        ),
        # a future one dates the plan: the base is today's value
        ("The regulator will raise the cap to €15 from €14 next month.", "2025-09-16",
         ["2025-10", None]),
        # "a year earlier" after a season or a span of years is no period
        (
            "Exports reached 33.2 million tonnes in the 2024/25 season, up from 31.9 million"
            " a year earlier.",
            "2025-02-27",
            [None, None],
        ),
        # the start of an ongoing situation in a relative clause
        (
            "The war that began in April 2023 has left an estimated 24.6 million people"
            " facing hunger.",
            "2025-10-08",
            [None],
        ),
        # a condition has no time of the main clause
        (
            "Dockers will strike on 1 April unless employers agree to raise wages by at least"
            " 40%.",
            "2026-03-24",
            [None],
        ),
        # a time modifying the opening subject is not another subject's after ", and" …
        (
            "Kestrel's fourth-quarter revenue rose 22% to $6.8 billion, and the chipmaker"
            " raised its quarterly dividend to $0.30 a share.",
            "2025-02-06",
            ["2024-Q4", "2024-Q4", None],
        ),
        # … but an adverbial opener dates the whole sentence
        (
            "In the fourth quarter, revenue rose 22% to $6.8 billion, and the chipmaker"
            " raised its dividend to $0.30 a share.",
            "2025-02-06",
            ["2024-Q4", "2024-Q4", "2024-Q4"],
        ),
    ],
)  # fmt: skip
def test_bases_seasons_ongoing_events_conditions_and_other_subjects(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # "over 2024 as a whole" is during that year, not against it
        (
            "The wage reached 98,000 roubles in December and real wages grew 3.1% over 2024 as"
            " a whole.",
            "2025-03-20",
            ["2024-12", "2024"],
        ),
        # coordinated objects, the second valued: the time after both dates both
        (
            "Customs seized 11 trucks and goods worth about €2 million bound for Belarus in"
            " September.",
            "2025-11-05",
            ["2025-09", "2025-09"],
        ),
    ],
)
def test_a_whole_year_and_a_valued_second_object(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # parallel clauses of past change, one time closing them: it dates each clause
        ("Exports rose 4% and imports fell 2% in March.", "2025-05-02", ["2025-03", "2025-03"]),
        (
            "Sales climbed 6% and operating profit jumped by about 9% in the third quarter.",
            "2025-11-04",
            ["2025-Q3", "2025-Q3"],
        ),
        (
            "Revenue rose 5% to €2.1bn, and net profit rose 8% to €400m in 2024.",
            "2025-02-27",
            ["2024", "2024", "2024", "2024"],
        ),
        # …but not a state, nor a clause with a time of its own, nor one dated before
        (
            "The insurer has 3,000 staff and its premiums rose 9% in March.",
            "2025-05-02",
            [None, "2025-03"],
        ),
        (
            "Exports rose 4% last year and imports fell 2% in March.",
            "2025-05-02",
            ["2024", "2025-03"],
        ),
        (
            "Exports rose 4% and imports fell 2% from a year earlier.",
            "2025-05-02",
            [None, None],
        ),
        # nor an act after "and": the time is the act's
        (
            "Profit rose 4% and the board raised the dividend by 10% in March.",
            "2025-05-02",
            [None, "2025-03"],
        ),
    ],
)
def test_a_time_closing_parallel_clauses_of_change_dates_each(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "modality", "period"),
    [
        # a plan's coordinated verbs: the modal and the deadline reach every object
        (
            "The lender will cut about 900 jobs, or 5% of its staff, and shut a dozen branches"
            " by the end of the year.",
            "2025-06-10",
            ["planned"] * 3,
            ["2025"] * 3,
        ),
        (
            "The agency plans to hire 400 inspectors and buy 12 patrol boats by 2027.",
            "2025-06-10",
            ["planned"] * 2,
            ["2027"] * 2,
        ),
        # …not another subject's forecast, nor an act done after the plan
        (
            "The carrier will retire 20 jets and sales should rise 4% next year.",
            "2025-06-10",
            ["planned", "projected"],
            [None, "2026"],
        ),
        (
            "The miner closed 3 pits last year, and will open 2 more in 2027.",
            "2025-06-10",
            ["actual", "planned"],
            ["2024", "2027"],
        ),
        # a base's own time after "expected" is not the time of the plan's next object
        (
            "The 2026 budget bill targets a deficit of 4.1% of GDP, down from 4.9% expected"
            " this year, and includes €21 billion of savings.",
            "2025-10-01",
            ["planned", "projected", "planned"],
            ["2026", "2025", "2026"],
        ),
    ],
)
def test_a_plans_coordinated_verbs_share_its_modal_and_deadline(
    sentence: str, published: str, modality: list[str], period: list[str | None]
) -> None:
    claims = extract_claims(sentence, published)
    assert [c.modality for c in claims] == modality
    assert [c.period for c in claims] == period


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # a run of weeks or days up to a day is a span
        (
            "Seaborne exports averaged 3.1 million barrels a day in the four weeks to 23 March.",
            [None],
        ),
        ("Flows averaged 41 mcm a day in the 28 days ending 2 March.", [None]),
        # a single week to a day is dated by it, as before
        ("Exports averaged 3.4 million barrels a day in the week to 23 March.", ["2025-03-23"]),
    ],
)
def test_weeks_to_a_day_are_a_span(sentence: str, period: list[str | None]) -> None:
    assert _periods(sentence, "2025-04-01") == period


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # a month with its relative year is that month of that year
        (
            "Coffee fell to $3.10 a pound, from a record of $4.40 set in December last year.",
            "2025-12-20",
            [None, "2024-12"],
        ),
        ("Sales in March of next year should reach 40,000 cars.", "2025-11-20", ["2026-03"]),
        # three months to a month that closes no calendar quarter: a rolling span
        ("The jobless rate held at 4.6% in the three months to January.", "2026-03-18", [None]),
        ("The jobless rate held at 4.6% in the three months to March.", "2026-05-18", ["2026-Q1"]),
        # a change and the level it closed at, or the record it reached, share a day
        (
            "Brent settled down 1.4% at $71.20 a barrel on Monday.",
            "2025-06-04",
            ["2025-06-02", "2025-06-02"],
        ),
        (
            "Cocoa jumped as much as 12% to a record $9,100 a tonne on Tuesday.",
            "2025-06-04",
            ["2025-06-03", "2025-06-03"],
        ),
        # …or the level named by its kind
        (
            "Housing starts rose 12% to an annual rate of 264,500 units in June.",
            "2025-07-16",
            ["2025-06", "2025-06"],
        ),
        (
            "Wages climbed 4.1% to an average of $1,420 a week in March.",
            "2025-04-16",
            ["2025-03", "2025-03"],
        ),
        # an irregular past tense after ", and" is another subject's act
        (
            "The group's first-quarter profit rose to $2.1bn, and the board kept the dividend"
            " at $0.50 a share.",
            "2025-05-02",
            ["2025-Q1", None],
        ),
        # what was said, after ", saying", is not dated by the act
        (
            "The central bank raised its key rate to 17% on Friday, saying inflation was"
            " running at 8.2%.",
            "2025-06-07",
            ["2025-06-06", None],
        ),
        # …but an act in "-ing" is
        (
            "The EU on Monday adopted its 18th package, adding 105 vessels to its list.",
            "2025-07-22",
            ["2025-07-21"],
        ),
        # a span of another noun far after the figure does not hide the day before it
        (
            "Washington on Monday added 80 companies to its blacklist in its fourth round of"
            " curbs on the chip sector since 2022.",
            "2025-03-27",
            ["2025-03-24"],
        ),
        # …but a figure in a clause of its own keeps the span
        (
            "Prosecutors on Thursday charged two men with exporting $2.9 million worth of"
            " drone parts to Russia in breach of sanctions between 2022 and 2024.",
            "2025-03-28",
            ["2025-03-27", None],
        ),
    ],
)
def test_months_of_a_relative_year_rolling_spans_and_closing_levels(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a forecast revised on a weekday has the year of the harvest it is about
        (
            "SovEcon raised its forecast for the 2025 wheat crop by 1.1 million tonnes to 83.8"
            " million tonnes on Wednesday.",
            "2025-08-29",
            [("projected", "2025"), ("projected", "2025")],
        ),
        # the base of a planned price, its rate between them, has no period; the plan's
        # start is the plan's
        (
            "The utility will raise prices to €0.32 a kWh from €0.29 in January.",
            "2025-10-01",
            [("planned", "2026-01"), ("actual", None)],
        ),
        # a day after the base of a planned cut is the plan's start, not the base's day
        (
            "The Commission proposed cutting the cap to $44.10 a barrel from $47.60, effective"
            " 1 February.",
            "2026-01-16",
            [("planned", None), ("actual", None)],
        ),
    ],
)
def test_decision_days_and_bases_of_plans(
    sentence: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.modality, c.period) for c in extract_claims(sentence, published)] == expected


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        # an irregular past after "and" closes the clause: "full-year" is the forecast's
        (
            "Hanami Electric reported a 19% jump in July–September profit to ¥96 billion and"
            " kept its full-year forecast of ¥300 billion.",
            "2025-11-12",
            ["2025-Q3", "2025-Q3", "2025"],
        ),
        # a running total's own time does not date the next clause's figure
        (
            "Silver hit $54 an ounce on Friday, taking its gain this year to nearly 80%, while"
            " the Nasdaq slipped 0.4%.",
            "2025-10-18",
            ["2025-10-17", "2025", "2025-10-17"],
        ),
    ],
)
def test_irregular_pasts_close_a_clause_and_a_running_totals_time_stays_its_own(
    sentence: str, published: str, period: list[str | None]
) -> None:
    assert _periods(sentence, published) == period


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a figure's worth, then the time of the act: both figures are dated by it
        (
            "Poland signed a contract for 96 Apache helicopters worth $10bn in August 2024.",
            ["2024-08", "2024-08"],
        ),
        # …also after what the count is of
        (
            "Investigators traced 2,800 shipments of US-made microelectronics worth $1.1bn to "
            "Russian buyers last year.",
            ["2024", "2024"],
        ),
        ("The navy bought 12 boats of a new design worth €300m in March.", ["2025-03", "2025-03"]),
        # a decimal point is no full stop between a figure and the day after its verb
        ("The army ordered 40 tanks worth €1.2bn on Tuesday.", ["2025-05-27", "2025-05-27"]),
        (
            "The index rose 41 points, or 2.8%, to 1,507 on 23 May.",
            ["2025-05-23", "2025-05-23", "2025-05-23"],
        ),
    ],
)
def test_a_worth_and_a_decimal_do_not_cut_a_figure_from_its_time(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-06-01")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a target, quota or forecast the figure is measured against is for its period
        (
            "The agency sold 40,000 tonnes of rice at Tuesday's tender, against a target of "
            "55,000 tonnes.",
            ["2025-05-27", "2025-05-27"],
        ),
        (
            "Iraq produced 4.3 million barrels a day in April, well above its OPEC+ quota of "
            "4 million.",
            ["2025-04", "2025-04"],
        ),
        (
            "Norvik Telecom posted first-quarter profit of $610 million, missing the analysts' "
            "consensus estimate of $655 million.",
            ["2025-Q1", "2025-Q1"],
        ),
        (
            "Retail sales grew 2.1% in March, compared with expectations of 1.5%.",
            ["2025-03", "2025-03"],
        ),
        # …not across a new clause, nor a target with a time of its own
        (
            "Exports reached 12,000 tonnes in March, and the ministry set a target of 20,000 "
            "tonnes.",
            ["2025-03", None],
        ),
        (
            "Output was 3.1 million barrels a day in April, below its 2026 target of 3.5 "
            "million.",
            ["2025-04", "2026"],
        ),
    ],
)  # fmt: skip
def test_a_base_of_comparison_shares_its_figures_period(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-06-01")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a price or worth and the count it pays for: the time after the count dates both
        ("The navy signed a deal worth $2.1 billion for 12 frigates in March.", ["2025-03", "2025-03"]),
        ("Poland paid €560m for 48 howitzers last year.", ["2024", "2024"]),
        ("The yard won orders worth 4.1 trillion won for 14 carriers in April–June.",
         ["2025-Q2", "2025-Q2"]),
    ],
)  # fmt: skip
def test_a_price_and_the_count_it_buys_share_a_time(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-07-01")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a change "on" the same period a year before is the change of the period named
        ("Revenue rose to $3bn in the first quarter, up 12% on the same quarter last year.",
         ["2025-Q1", "2025-Q1"]),
        ("The port handled 1.2 million containers in May, up 8 per cent on the same month last "
         "year.", ["2025-05", "2025-05"]),
        # …while a level "on" that date is dated by it
        ("Stocks stood at 50 million tonnes in May, against 45 million on the same date last year.",
         ["2025-05", "2024-05"]),
    ],
)  # fmt: skip
def test_a_change_on_the_same_period_last_year_is_this_periods(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-06-12")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        ("Storage sites were 83% full on 25 November, against 95% on the same date last year.",
         ["2025-11-25", "2024-11-25"]),
        ("Tariffs on steel will rise to 50% on 1 August and those on cars to 25% on the same date.",
         ["2026-08-01", "2026-08-01"]),  # (a plan read in December: next August, both)
    ],
)  # fmt: skip
def test_a_level_on_the_same_date_is_dated_by_it(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-12-01")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a quarter named before and elided after it
        ("Brent averaged $79 a barrel in the second quarter, down from $83 in the first.",
         ["2025-Q2", "2025-Q1"]),
        ("The carmaker delivered 410,000 cars in the first quarter of 2025, after 480,000 in the "
         "fourth.", ["2025-Q1", "2024-Q4"]),
        # …and one coordinated after it is that year's
        ("Exports rose 3% in the first quarter and 5% in the second.", ["2025-Q1", "2025-Q2"]),
        ("Output fell 2% in the first quarter of 2024 and rose 1% in the third.",
         ["2024-Q1", "2024-Q3"]),
        ("The economy grew 0.3% in the first quarter, compared with 0.5% in the fourth.",
         ["2025-Q1", "2024-Q4"]),
        # …and no quarter when none was named
        ("Sales were 120 units in the first year and 300 in the second.", [None, None]),
        ("The team finished with 12 points, behind the first.", [None]),
    ],
)  # fmt: skip
def test_an_elided_quarter_is_the_one_named_before(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-07-20")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a financial year is read by the year it ends in, not by its last day
        ("Revenue for the year ended June 30 rose to $5.1 billion.", ["2025"]),
        ("In the financial year ended 31 March 2025, the group earned £1.2bn.", ["2025"]),
        ("In the fiscal year to March, the company earned ¥420 billion.", ["2025"]),
        ("The state expects revenue of $41.2 billion in the fiscal year ending June 30, 2026.",
         ["2026"]),
        # …while the year to a month of a rate is no financial year
        ("Inflation was 3.1% in the year to March.", [None]),
        # the year to December is the calendar year, and its base a year before
        ("Net migration fell to 204,000 in the year to December 2024, from 431,000 a year "
         "earlier, the ONS said.", ["2024", "2023"]),
        ("Exports rose 4% in the year to 31 December.", ["2024"]),
    ],
)  # fmt: skip
def test_a_financial_year_is_read_by_the_year_it_ends_in(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-07-15")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # "year-end" is the end of the year
        ("The bank expects inflation to ease to 4% by year-end.", ["2025"]),
        ("The company aims to hire 500 engineers by the year end.", ["2025"]),
        ("The end-year target is 40 million tonnes.", ["2025"]),
    ],
)  # fmt: skip
def test_year_end_is_the_end_of_the_year(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-07-15")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a record's span after a figure is not its time: the period named before dates it
        ("Spain's jobless rate fell to 10.9% in the first quarter of 2026, down 0.7 percentage "
         "points from a year earlier and the lowest since 2008.", ["2026-Q1", "2026-Q1"]),
        ("Exports reached 5 million tonnes in May, up 8% on the year and the highest level "
         "since 2019.", ["2026-05", "2026-05"]),
        # …while "since" of the figure itself is a span, no period
        ("Exports have risen by 2 million tonnes since 2019.", [None]),
    ],
)  # fmt: skip
def test_a_records_span_after_a_figure_is_not_its_time(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2026-06-20")] == periods


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # a part of what the sentence before counted takes its period, even when its own
        # sentence holds a time of another clause or a base "a year earlier"
        ("Refugee arrivals rose to 41,000 in April. Afghans made up 9,000 of them, down 12% "
         "from a year earlier.", ["2026-04", "2026-04", "2026-04"]),
        ("The ports handled 8.2 million tonnes in August. Grain accounted for 4.5 million "
         "tonnes of that, and officials expect shipments to stay above 7 million tonnes "
         "through the winter.", ["2026-08", "2026-08", None]),
        # …not a figure of its own
        ("The ports handled 8.2 million tonnes in August. Officials expect 7 million tonnes "
         "through the winter.", ["2026-08", None]),
    ],
)  # fmt: skip
def test_a_part_of_what_was_counted_before_takes_its_period(
    text: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, "2026-09-04")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # "end-May", "end-2027": the end of that month or year
        ("At end-May, inventories were 3.1 million tonnes.", ["2025-05"]),
        ("Stocks were 3.1 million tonnes at end-March.", ["2025-03"]),
        ("Debt will fall to 80% of GDP by end-2027.", ["2027"]),
        # …and the adjective "end-of-May"
        ("The bank's end-of-May reserves stood at $41bn.", ["2025-05"]),
        ("The agency plans for an end-of-September stockpile of 2.4 million tonnes.",
         ["2025-09"]),
    ],
)  # fmt: skip
def test_end_month_and_end_year(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-06-20")] == periods


def test_the_time_after_a_reported_clause_does_not_date_the_figure_before_it() -> None:
    # "to 2% next year" is the ECB's forecast, not the time of the 4% before "said"
    claims = extract_claims(
        "Prices rose 4% in Germany and the ECB said inflation would ease to 2% next year.",
        "2025-06-20",
    )
    assert [(c.period, c.modality) for c in claims] == [(None, "actual"), ("2026", "projected")]


def test_a_forecasts_participle_after_a_figure_does_not_date_it() -> None:
    claims = extract_claims(
        "Output was 500 tonnes, expected to rise to 650 tonnes by 2026.", "2025-06-20"
    )
    assert [(c.period, c.modality) for c in claims] == [(None, "actual"), ("2026", "projected")]


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # two months joined are a span, no period
        ("Payroll gains for May and June were revised down by a combined 258,000.", [None]),
        ("Exports totalled 5 million tonnes in May and June.", [None]),
        # …while each month of its own clause dates its figure
        ("Exports rose 5% in May and imports fell 3% in June.", ["2025-05", "2025-06"]),
    ],
)  # fmt: skip
def test_two_months_joined_are_a_span(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-08-01")] == periods


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        # a clause after a semicolon is not dated by a time inside the clause before it …
        ("Forty-one individuals were designated today; since 2022, the Treasury has sanctioned "
         "more than 4,800 targets.", "2025-02-25", ["2025-02-25", None]),
        # … unless that time opens the sentence
        ("In 2024 exports rose 5%; imports fell 3%.", "2025-06-10", ["2024", "2024"]),
        # a relative clause in the present, or a state "still" held, has no past time
        ("Washington on Wednesday blacklisted Rosneft and Lukoil, which together export about "
         "3.1 million barrels of oil a day.", "2025-10-24", [None]),
        ("The plant built 212 000 units last year and still employs some 3 100 people.",
         "2025-06-10", ["2024", None]),
        # … while the main clause after a closed relative clause keeps the opening time
        ("Last year, the company, which employs 3,000 people, earned $5 million.", "2025-06-10",
         [None, "2024"]),
    ],
)  # fmt: skip
def test_clauses_of_their_own_after_a_time(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # "this year and next": two years, no period
        ("Equinor will raise output by 2% this year and next.", [None]),
        ("It will spend $5bn this year and next year.", [None]),
        # …while each year of its own figure dates it
        ("Exports rose 4% last year and fell 2% this year.", ["2024", "2025"]),
    ],
)  # fmt: skip
def test_this_year_and_next_is_a_span(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-02-05")] == periods


@pytest.mark.parametrize(
    "sentence",
    [
        # one change on two bases: the month closing it dates both
        "Retail sales rose 0.6% m/m and 3.9% y/y in June.",
        "Prices rose 0.4% month-on-month and 2.9% year-on-year in June.",
        "CPI rose 0.2% on the month and 3% on the year in June.",
    ],
)
def test_a_change_on_two_bases_shares_its_month(sentence: str) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-07-30")] == ["2025-06", "2025-06"]


def test_a_forecast_named_after_its_figure_shares_the_period() -> None:
    claims = extract_claims(
        "Profit was $2 billion in the second quarter, beating the $1.8 billion consensus.",
        "2025-08-20",
    )
    assert [(c.modality, c.period) for c in claims] == [
        ("actual", "2025-Q2"),
        ("projected", "2025-Q2"),
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # when a forecast was made is not the period it is for: the figure compared with
        # another shares that one's period, else it has none of its own
        ("Inflation was 2.4% in April, above the 2.1% it projected in March.", "2026-05-20",
         [("actual", "2026-04"), ("projected", "2026-04")]),
        ("Inflation was 2.4% in April, above the 2.1% the bank had projected.", "2026-05-20",
         [("actual", "2026-04"), ("projected", "2026-04")]),
        ("Output reached 96 million tonnes last year, less than the 100 million tonnes "
         "forecast in January.", "2026-05-20", [("actual", "2025"), ("projected", "2025")]),
        ("The bank raised its forecast to 2.4%, from the 2.1% it projected last month.",
         "2026-01-20", [("projected", None), ("projected", None)]),
        ("The IMF predicted in October that growth would reach 3.1%.", "2026-01-20",
         [("projected", None)]),
        # … while an estimate of a count made in March counts it then, and a time that is
        # a noun's modifier dates the forecast's figure
        ("The ministry estimated in March that 40,000 people had left.", "2026-05-20",
         [("actual", "2026-03")]),
        ("The company forecast first-quarter sales of $4.6 billion.", "2025-02-10",
         [("projected", "2025-Q1")]),
        # (a forecast about the figure, not of it)
        ("The plant produced 500 tonnes, expected to rise to 650 tonnes by 2026.", "2025-01-20",
         [("actual", None), ("projected", "2026")]),
    ],
)  # fmt: skip
def test_the_day_a_forecast_was_made_is_not_its_period(
    sentence: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    claims = extract_claims(sentence, published)
    assert [(c.modality, c.period) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a restatement set off by commas before a time does not cut the figure from it,
        # and the restating figure shares it
        ("The company said it would cut 4,700 jobs, or about 8% of its workforce, by the end "
         "of 2026.", ["2026", "2026"]),
        ("Revenue from China rose to $5bn, or 12% of the total, in 2024.", ["2024", "2024"]),
        ("The army lost 3,000 tanks, or a third of its fleet, in 2023.", ["2023"]),
        # … while a clause of its own after the restatement keeps its time to itself
        ("Exports rose 5%, or $2bn, after prices rose in 2024.", [None, None]),
    ],
)  # fmt: skip
def test_a_restatement_before_a_time(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-03-12")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a part of a fiscal year named by one year is that year, as the fiscal year is
        ("The deficit hit $1.1 trillion in the first ten months of fiscal 2025.", ["2025"]),
        ("Profit fell 8% to €1.2bn in the first half of fiscal 2025.", ["2025", "2025"]),
        ("Exports rose 4% in the first half of 2025.", ["2025"]),
    ],
)  # fmt: skip
def test_parts_of_a_fiscal_year(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-08-14")] == periods


def test_an_amount_converted_in_brackets_shares_the_time_after_it() -> None:
    claims = extract_claims(
        "Norway's wealth fund lost 415 billion crowns ($40 billion) in the first quarter.",
        "2025-05-20",
    )
    assert [c.period for c in claims] == ["2025-Q1", "2025-Q1"]


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # an aside dating its subject dates what the verb right after it counts …
        ("The contract, signed on Monday, covers 48 Caesar howitzers.", ["2025-10-20"]),
        ("The EU's sanctions package, adopted on Tuesday, adds 126 more tankers to its "
         "blacklist.", ["2025-10-21"]),
        ("The deal, agreed in March, includes 12 jets.", ["2025-03"]),
        # … not a state the subject is in
        ("The plant, opened in March, employs 3,000 people.", [None]),
        ("The plant, which opened in 2019, employs 3,000 people.", [None]),
    ],
)  # fmt: skip
def test_an_aside_dating_the_subject(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-10-23")] == periods


def test_a_consensus_against_a_forecast_is_read_as_that_forecast() -> None:
    # analysts' estimate of the full year a company forecasts is for the year to come, as
    # the company's forecast is; against an outcome, it is for the year reported on
    forecast = extract_claims(
        "Acme forecast full-year revenue of $8.2bn on Wednesday, below analysts' average "
        "estimate of $8.71bn.",
        "2026-03-04",
    )
    outcome = extract_claims(
        "Acme reported full-year revenue of $8.2bn on Wednesday, below analysts' average "
        "estimate of $8.71bn.",
        "2026-03-04",
    )
    assert [c.period for c in forecast] == ["2026", "2026"]
    assert [c.period for c in outcome] == ["2025", "2025"]


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # the first quarters of a year, like its first months, are that year …
        ("The deficit for the first three quarters came to $38bn.", ["2025"]),
        ("The deficit for the first two quarters of 2024 came to $38bn.", ["2024"]),
        # … and a price base is no period
        ("The project is expected to cost up to $35bn in 2015 prices.", [None]),
        ("Spending was $4bn in constant 2020 dollars in 2025.", ["2025"]),
    ],
)
def test_quarters_to_date_and_price_bases(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2026-03-01")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a span from one year to another is no period; a financial year named by its year
        # is that year
        ("The plan for 2025 to 2035 is short by £16.9bn.", [None]),
        ("The firm produced 1,400 tonnes in the 2024 financial year.", ["2024"]),
        # a base's own bare year never dates the next clause
        ("Imports rose to €1.3bn in 2025 from €61mn in 2021, and the Commission estimates "
         "that at least 65% were re-exported.", ["2025", "2021", "2025"]),
        # a full-year guidance named with an acronym is for the year, revised or not
        ("Acme cut its full-year EBITDA guidance to $6bn from $7bn on Wednesday.",
         ["2026", "2026"]),
    ],
)  # fmt: skip
def test_year_spans_financial_years_and_bare_base_years(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2026-03-01")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a worth with a decimal point still lets the time after it date the count
        ("Customs recorded 2,800 shipments worth $1.1bn last year.", ["2023", "2023"]),
        # the time of a level compared with is not the figure's
        ("The index rose 6% in the week to Thursday, reaching $5,900, more than triple its "
         "level a year earlier.", ["2024-07-11", "2024-07-11"]),
        ("Freight rates hit $5,900 per container or triple their level a year earlier.",
         [None]),
        # a second reported clause keeps its own time
        ("The committee found that 1,140 beds were out of service at the end of 2023, and "
         "that only 412 of them had been repaired.", ["2023", None]),
    ],
)  # fmt: skip
def test_worths_levels_compared_and_second_reported_clauses(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2024-07-11")] == periods


def test_a_count_and_its_worth_share_the_time_after_the_worth() -> None:
    claims = extract_claims(
        "The United States approved the sale of 48 F-16 fighters to Turkey worth $23 billion "
        "in January.",
        "2025-10-02",
    )
    assert [(c.modality, c.period) for c in claims] == [
        ("planned", "2025-01"),
        ("planned", "2025-01"),
    ]


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # "between" two months reads as their dash does: a calendar quarter, the year to
        # date, or a span of no period of ours
        ("Prices rose 3.1% between January and March, the agency said.", ["2025-Q1"]),
        ("Prices rose 3.1% between January and March 2024.", ["2024-Q1"]),
        ("Prices rose 3.1% between January and May.", ["2025"]),
        ("Prices rose 3.1% between March and May 2024.", [None]),
    ],
)
def test_between_two_months(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-11-14")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a change named after its figure "on" the same month last year is this month's
        ("The port handled 8.4 million tonnes in April, a 12% increase on the same month "
         "last year.", ["2025-04", "2025-04"]),
        # "the same date last season" is a year back
        ("Exports reached 38.4 million tonnes as of May 19, compared with 44.3 million "
         "tonnes at the same date last season.", ["2025-05-19", "2024-05-19"]),
    ],
)  # fmt: skip
def test_changes_on_a_base_and_the_same_date_last_season(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-05-20")] == periods


@pytest.mark.parametrize(
    ("sentence", "pub", "periods"),
    [
        # a month and year owning a base noun date that base, not the change from it
        ("Cocoa futures have slumped 55% from their December 2024 peak of $12,931 a tonne.",
         "2026-03-03", [None, "2024-12"]),
        # "the same point a year ago" is a comparison
        ("Exports reached 6.2 million tonnes, down 25% from the same point a year ago.",
         "2025-09-24", [None, None]),
        # an earlier month's revised figure does not date the report's other figures
        ("Employers added 128,000 jobs in May, while the April figure was revised down to "
         "151,000 and the unemployment rate held at 4.3%.",
         "2025-06-06", ["2025-05", "2025-04", "2025-05"]),
        # a base named by an adjective is a base
        ("Russia's draft budget for 2025 sets defence spending at 13.5 trillion roubles, up "
         "from a planned 10.8 trillion this year and equal to about 6.3% of GDP.",
         "2024-10-02", ["2025", "2024", "2025"]),
        # a capacity from next year starts then
        ("Its annual capacity would rise to 8.5 billion cubic metres from next year.",
         "2026-02-10", ["2027"]),
        # a share restating the figure before shares its time, and a share of a whole the
        # time after the whole
        ("Acme expects 2025 revenue of €3.4bn and plans to eliminate about 1,800 jobs, or 9% "
         "of its workforce.", "2025-02-27", ["2025", None, None]),
        ("UNHCR said it had received only 11% of its US$10.2bn appeal for 2026 so far.",
         "2026-03-05", ["2026", "2026"]),
    ],
)  # fmt: skip
def test_bases_revised_months_starts_and_shares(
    sentence: str, pub: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, pub)] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # "a year ago" after a dated figure is its month a year back, like "a year earlier"
        ("Turkey's current account deficit widened to $4.1 billion in October from $3.2 "
         "billion a year ago.", ["2025-10", "2024-10"]),
        # with nothing dated before it, last year
        ("A year ago, the company employed 500 people.", ["2024"]),
    ],
)  # fmt: skip
def test_a_year_ago_keeps_the_grain_of_the_period_named(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-12-12")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a thousands comma inside a worth or a restatement is no clause break
        ("Customs recorded 2,800 shipments worth $1,100 million last year.", ["2024", "2024"]),
        ("The firm will cut 4,700 jobs, or 1,200 more than planned, by the end of 2026.",
         ["2026", "2026"]),
    ],
)  # fmt: skip
def test_thousands_commas_inside_worths_and_restatements(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-06-01")] == periods


def test_a_target_and_its_band_share_the_time_after_the_band() -> None:
    claims = extract_claims(
        "The central bank targets 7% plus or minus two percentage points by the fourth "
        "quarter of 2026.",
        "2025-08-01",
    )
    assert [c.period for c in claims] == ["2026-Q4", "2026-Q4"]


def test_a_deal_and_what_it_buys_share_the_time_after() -> None:
    claims = extract_claims(
        "Poland signed a $10 billion deal for 96 Apache helicopters in August.", "2025-11-03"
    )
    assert [c.period for c in claims] == ["2025-08", "2025-08"]


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a base and its restatement share the look-back time after them
        ("Net income rose to $4.5 billion, or $1.23 a share, from $3.9 billion, or $1.05 a "
         "share, a year earlier.", [None, None, "2024", "2024"]),
        # a time inside a relative-clause aside is the aside's
        ("Its shares, which have fallen 30% this year, rose 5% in early trading.",
         ["2025", None]),
    ],
)  # fmt: skip
def test_restated_bases_and_asides(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-11-06")] == periods


def test_a_change_restated_after_a_comma_takes_the_clauses_time() -> None:
    claims = extract_claims(
        "Japan's real wages fell for a seventh straight month in July, down 0.2% from a year "
        "earlier.",
        "2025-09-04",
    )
    assert [c.period for c in claims] == ["2025-07"]


@pytest.mark.parametrize(
    ("sentence", "pub", "periods"),
    [
        # a plan's day of the month just gone by is this year's start, not next year's …
        # (a tariff's rate "from April 3" has no period at all: see below)
        ("The city will raise bus fares by 25% from April 3.", "2025-04-10",
         ["2025-04-03"]),
        # … while a day further back is read forward, as before
        ("The tariff will rise to 25% on 1 January.", "2025-10-10", ["2026-01-01"]),
    ],
)  # fmt: skip
def test_a_plans_day_just_gone_by(sentence: str, pub: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, pub)] == periods


@pytest.mark.parametrize(
    ("sentence", "published_on", "periods"),
    [
        # a forecast for a financial year given by its end month is for the next such end
        ("The group expects an operating profit of ¥620 billion for the fiscal year ending "
         "March.", "2025-11-12", ["2026"]),
        ("The state expects revenue of $41.2 billion in the fiscal year ending June 30.",
         "2025-08-01", ["2026"]),
        # …and a result reported for it, the last such end
        ("The group earned ¥598 billion in the fiscal year ended March.", "2025-05-12",
         ["2025"]),
    ],
)  # fmt: skip
def test_a_forecast_for_a_financial_year_is_for_its_next_end(
    sentence: str, published_on: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published_on)] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        ("Consumer prices rose 9.4% in the 12 months to June, the statistics office said.",
         ["2025-06"]),
        ("Rents rose 8.7% in the twelve months to May.", ["2025-05"]),
        ("Inflation was 2.0% in the 12 months to June 2024.", ["2024-06"]),
    ],
)  # fmt: skip
def test_the_twelve_months_to_a_month_label_that_months_annual_rate(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-07-16")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a base "compared with" after a comma keeps its time to itself: the figure keeps the
        # time that opens the sentence
        ("In October, the agency counted 12,400 arrivals, compared with 9,800 in September.",
         ["2025-10", "2025-09"]),
        ("Last year, the firm sold 1.2 million cars, compared with 1.1 million in 2023.",
         ["2024", "2023"]),
        # …while an aside with a past verb still dates the figure by the time after it
        ("Some 1,473 shipments, worth an estimated $312mn, reached Russia in 2024.",
         ["2024", "2024"]),
    ],
)  # fmt: skip
def test_a_base_compared_with_after_a_comma_keeps_its_time(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-11-10")] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # the compact periods of results tables and wire copy
        ("Net profit was $1.2bn in 1H25.", "2025-08-20", ["2025"]),
        ("In 3Q24, output was 1.1m b/d.", "2025-01-20", ["2024-Q3"]),
        ("Output was 1.1m b/d in Q4'24.", "2025-06-20", ["2024-Q4"]),
        ("Sales in 2H were $5bn.", "2025-01-20", ["2024"]),
        # a change past "y/y" shares the level's time
        ("Revenue rose 12% y/y to $4.1bn in Q3.", "2025-10-20", ["2025-Q3", "2025-Q3"]),
    ],
)  # fmt: skip
def test_compact_periods_of_results_tables(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


def test_a_forecast_compared_with_does_not_cut_the_next_clause_from_the_time() -> None:
    # "below the 170,000 expected" is a forecast measured against; the jobless rate after it
    # is the same report's, in January
    claims = extract_claims(
        "US payrolls rose by 143,000 in January, below the 170,000 expected, and the jobless "
        "rate fell to 4.0%.",
        "2025-02-07",
    )
    assert [c.period for c in claims] == ["2025-01", "2025-01", "2025-01"]


@pytest.mark.parametrize(
    ("sentence", "published", "periods", "pers"),
    [
        # a rate, then the end of a span: no year before the weekday named
        ("The auditor said on Wednesday the plant would make at most 90,000 shells a year "
         "before 2030.", "2026-11-27", [None], ["year"]),
        ("The mill expects to crush 4 million tonnes a year before the new line opens.",
         "2025-05-10", [None], ["year"]),
        # a comparison "a year before" closing the clause is no rate
        ("Sales rose to $5m in March from $4m a year before.", "2025-05-10",
         ["2025-03", "2024-03"], [None, None]),
    ],
)  # fmt: skip
def test_a_year_before_a_time_is_a_rate_and_a_span(
    sentence: str, published: str, periods: list[str | None], pers: list[str | None]
) -> None:
    claims = extract_claims(sentence, published)
    assert [c.period for c in claims] == periods
    assert [c.per for c in claims] == pers


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Bookings reached $2.2 billion in the first quarter, up from $1.9 billion the previous "
         "quarter and $1.1 billion a year earlier.", "2025-07-08",
         ["2025-Q1", "2024-Q4", "2024-Q1"]),
        ("Inflation rose to 3.1% in June from 2.9% the previous month and 2.2% a year earlier.",
         "2025-07-08", ["2025-06", "2025-05", "2024-06"]),
    ],
)  # fmt: skip
def test_a_year_earlier_counts_back_from_the_main_time_not_another_base(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Cocoa futures hit a record $12,900 a tonne in December, and exchange stocks have "
         "since fallen to 1.9 million bags.", "2025-03-20", ["2024-12", None]),
        ("The bank cut its rate to 5% in January and has since lowered it to 4.5%.",
         "2025-03-20", ["2025-01", None]),
    ],
)  # fmt: skip
def test_a_change_since_the_time_named_is_not_dated_by_it(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # an event told in the past is the day's
        ("Forty-one people and nine firms were designated today, the Treasury said.",
         "2025-02-25", ["2025-02-25", "2025-02-25"]),
        ("Today the regulator fined 12 brokers.", "2025-02-25", ["2025-02-25"]),
        # a state now is not
        ("Storage will double to 3.5 gigawatts by 2027 from about 1.6 gigawatts today.",
         "2025-02-25", ["2027", None]),
        ("The mill grinds about 30,000 tonnes a year today.", "2025-02-25", [None]),
    ],
)  # fmt: skip
def test_today_dates_an_event_not_a_state(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a quarter's results just ended are still to come
        ("The carrier said the strike would cut third-quarter revenue by up to $300 million.",
         "2026-10-21", ["2026-Q3"]),
        ("The bank expects fourth-quarter profit of $2 billion.", "2027-01-21", ["2026-Q4"]),
        # a deadline or a plan's quarter is still ahead
        ("Inflation should ease to around 2.5 per cent by the fourth quarter.", "2026-03-19",
         ["2026-Q4"]),
        ("The Treasury will borrow $800 billion in the second quarter.", "2026-08-10",
         ["2027-Q2"]),
    ],
)  # fmt: skip
def test_a_forecast_of_quarterly_results_is_for_the_quarter_just_ended(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a change on a year: the year is the base
        ("Arms exports to Armenia reached €470 million last year, up 900% on 2021.",
         "2025-02-24", ["2024", "2024"]),
        # a base described before its year
        ("The ministry put this year's barley crop at 9.1 million tonnes, up 14% from the "
         "drought-hit 2024 harvest.", "2025-07-08", ["2025", "2025"]),
        ("Cocoa output fell 5% from the record 2023 crop.", "2025-07-08", [None]),
    ],
)  # fmt: skip
def test_a_year_of_the_base_is_not_the_change_s(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        ("Exporters shipped $2.4bn of fertiliser to India in the third quarter. That was 18% "
         "more than in the previous quarter.", "2024-11-05", ["2024-Q3", "2024-Q3"]),
        ("The city plans to spend $3.2 billion on transit next year. That would be about 30% of "
         "its budget.", "2024-09-30", ["2025", "2025"]),
        ("Police seized 31 crates of counterfeit watches in March. Among them were "
         "chronographs, some 640 units in all.", "2024-07-18", ["2024-03", "2024-03"]),
        # the level a plan would lift something to is the plan's
        ("The mill will be able to make 400,000 tonnes of pulp a year once it opens in 2026. "
         "That would lift the group's annual production to 2.4 million tonnes.", "2025-08-12",
         ["2026", "2026"]),
        ("Orsted plans to connect 1.2 GW of new wind farms by 2027. That will raise total "
         "capacity to 9 GW.", "2025-08-12", ["2027", "2027"]),
        # (not after a deed: the fleet is reached on delivery)
        ("The airline ordered 30 jets in March. That would take its fleet to 210.",
         "2025-08-12", ["2025-03", None]),
    ],
)  # fmt: skip
def test_a_sentence_restating_the_figure_before_takes_its_period(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Regulators on Friday blacklisted 40 tankers and two refiners that together process "
         "about 600,000 barrels a day.", "2025-01-10", ["2025-01-10", "2025-01-10", None]),
        ("Last year the group bought two mills that produce 500,000 tonnes a year.",
         "2025-10-23", ["2024", None]),
        # an act in the relative clause is still the day's
        ("The ministry on Wednesday fined three firms that shipped 40 drones abroad.",
         "2025-10-23", ["2025-10-22", "2025-10-22"]),
    ],
)  # fmt: skip
def test_what_the_object_does_now_is_not_dated_by_the_act(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Satellite images from March show at least 40 trucks at the depot.", "2024-03-28",
         ["2024-03"]),
        ("Data from February showed exports rose 4% to $31 billion.", "2024-03-28",
         ["2024-02", "2024-02"]),
        # a base "from" a month is still no period
        ("Prices rose 5% from February.", "2024-03-28", [None]),
    ],
)  # fmt: skip
def test_material_from_a_month_dates_what_it_shows(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("The new tariff schedule, adopted in October, added 45 products to the list.",
         "2025-12-18", ["2025-10"]),
        ("The contract, signed in May, covered 48 trucks.", "2025-12-18", ["2025-05"]),
        # a state the subject was in is not
        ("The plant, opened in March, employed 3,000 people.", "2025-12-18", [None]),
    ],
)  # fmt: skip
def test_an_aside_dating_its_subject_dates_a_past_act_after_it(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


def test_a_plan_s_level_as_a_share_is_dated_across_its_base() -> None:
    claims = extract_claims(
        "The council will lift parking fees to 4% of the ticket value from 3% in January.",
        "2024-11-14",
    )
    assert [c.period for c in claims] == ["2025-01", None]


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        ("Rail spending will reach 2% of GDP by 2029, up from 1.4% this year. The extra cost "
         "would be roughly $9 billion a year by then.", "2026-08-27", ["2029", "2026", "2029"]),
        ("The fleet will grow to 40 ships by 2028 and the crew to 2,000 sailors by then.",
         "2026-08-27", ["2028", "2028"]),
        # a period named before is the figure's, not its base's
        ("Shipments rose to 5,000 tonnes in June from 4,000 in May. Over the same period, "
         "imports fell 3%.", "2026-08-27", ["2026-06", "2026-05", "2026-06"]),
    ],
)  # fmt: skip
def test_by_then_and_the_same_period_point_back_to_the_figure_not_its_base(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("A court fined the exporter €2.3 million on Tuesday for selling 41 batches of "
         "tainted feed.", "2024-06-26", ["2024-06-25", None]),
        ("A court on Monday ordered the broker to pay $720,000 for supplying 14 cargoes of "
         "fuel, and fined its director a further $90,000.", "2024-07-10",
         ["2024-07-08", None, "2024-07-08"]),
        # what was bought that day is the day's
        ("The ministry on Monday paid $5 million for 14 cargoes of fuel.", "2024-07-10",
         ["2024-07-08", "2024-07-08"]),
    ],
)  # fmt: skip
def test_the_offence_a_penalty_is_for_is_not_dated_by_the_penalty_s_day(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Border guards seized 2,300 parcels worth $4.1 million under the new customs law in "
         "the first quarter.", "2025-06-01", ["2025-Q1", "2025-Q1"]),
        ("Farmers sold 120,000 tonnes of wheat under the state procurement scheme last year.",
         "2025-06-01", ["2024"]),
        ("The plant shipped 800 turbines classified under tariff code 8502 to Germany in April.",
         "2025-06-01", ["2025-04"]),
        # the time of the frame itself is not the act's
        ("The firm delivered 12 frigates under a contract signed in March.", "2025-06-01",
         [None]),
        ("Poland bought 96 helicopters under the March 2024 agreement.", "2025-06-01", [None]),
    ],
)  # fmt: skip
def test_the_frame_an_act_is_done_under_does_not_end_its_clause(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Rebels fired 40 rockets and nine shells at the town on Sunday, the army said, adding "
         "that 33 of the rockets and two of the shells were intercepted.", "2024-03-05",
         ["2024-03-03", "2024-03-03", "2024-03-03", "2024-03-03"]),
        ("The dealer sold 4,000 cars in January, it said, noting that 1,200 of them were "
         "electric.", "2024-03-05", ["2024-01", "2024-01"]),
        # what is said of something else keeps no time
        ("The dealer sold 4,000 cars in January, it said, adding that 1,200 workers would "
         "lose their jobs.", "2024-03-05", ["2024-01", None]),
    ],
)  # fmt: skip
def test_a_part_of_what_the_act_counted_keeps_its_time_after_adding_that(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a crop named by its season is no time
        ("The agency put this year's maize crop at 30 million tonnes and winter wheat at 22 "
         "million tonnes.", "2025-07-08", ["2025", "2025"]),
        # the base's year does not date the next object
        ("The board put this year's sugar output at 6 million tonnes, up 12% from the "
         "drought-hit 2024 harvest, and ethanol output at 900 million litres.", "2025-07-08",
         ["2025", "2025", "2025"]),
        ("Gas demand rose 4% this winter, the regulator said.", "2025-07-08", [None]),
    ],
)  # fmt: skip
def test_an_elided_object_takes_the_time_of_the_first_not_of_a_season_or_base(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        ("Household deposits reached €310 billion at the end of June, the central bank said. "
         "That compares with €287 billion a year earlier.", "2025-08-20",
         ["2025-06", "2024-06"]),
        ("Hotel bookings rose 6% in the second quarter. A year earlier, they had fallen 2%.",
         "2025-08-20", ["2025-Q2", "2024-Q2"]),
        # another measure counts back from publication
        ("Exports reached $4.1bn in the second quarter. Grain stocks were 2 million tonnes a "
         "year earlier.", "2025-08-20", ["2025-Q2", "2024"]),
    ],
)  # fmt: skip
def test_a_year_earlier_in_the_next_sentence_counts_back_from_the_period_before(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Cotton sales had reached 2.3 million bales by 20 June, up 9% on the same stretch of "
         "last season.", "2025-07-02", ["2025-06-20", "2025-06-20"]),
        ("Orders rose to $2bn in the second quarter, up 4% from the same period of last year.",
         "2025-07-30", ["2025-Q2", "2025-Q2"]),
    ],
)  # fmt: skip
def test_a_change_on_the_same_stretch_of_last_season_is_the_level_s(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Operating profit rose to €52m in the first quarter, from €44m a year earlier and "
         "€30m two years earlier.", "2025-05-06", ["2025-Q1", "2024-Q1", "2023-Q1"]),
        ("Grain exports reached 41 million tonnes last year, up from 33 million tonnes three "
         "years earlier.", "2025-05-06", ["2024", "2021"]),
        ("The mine produced 8,000 ounces two years ago.", "2025-05-06", ["2023"]),
        # a span's end is no period
        ("The line will carry 20,000 passengers a day two years before the games.",
         "2025-05-06", [None]),
    ],
)  # fmt: skip
def test_two_years_earlier_counts_back_from_the_period_named(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Cruise arrivals recovered to 92% of 2019 levels in March.", "2025-05-06",
         ["2025-03"]),
        ("Hotel occupancy in April was 97% on 2019 levels, the tourism board said.",
         "2025-05-06", ["2025-04"]),
        ("Steel output rose 6% above its 2021 level last year.", "2025-05-06", ["2024"]),
    ],
)  # fmt: skip
def test_a_year_s_level_measured_against_is_a_base(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Coal imports reached 12 million tonnes in March, while the country burns about 150 "
         "million tonnes a year.", "2025-05-06", ["2025-03", None]),
        ("The port handled 410,000 containers in the first quarter, while analysts put its "
         "annual throughput at some 1.9 million.", "2025-05-06", ["2025-Q1", None]),
        # an annual rate of inflation is the month's reading
        ("Prices rose 0.4% in April, while annual inflation eased to 3.1%.", "2025-05-06",
         ["2025-04", "2025-04"]),
    ],
)  # fmt: skip
def test_a_yearly_amount_in_a_while_clause_is_no_quarter_s_or_month_s(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Mills exported 61,000 tonnes of rice in the first half, compared with 52,000 tonnes "
         "in the same period a year earlier, while total shipments rose 6% to 140,000 tonnes.",
         "2025-07-31", ["2025", "2024", "2025", "2025"]),
        ("Lenders wrote $3.1bn of mortgages in 2023, the survey found, compared with less "
         "than $900m in 2020 and equal to about 12% of all home loans.", "2024-07-02",
         ["2023", "2020", "2023"]),
        # (a base "versus" or "against")
        ("Crude output averaged 9.1 million bpd in September, versus 8.9 million bpd in August, "
         "and exports hit 6.2 million bpd.", "2025-10-20", ["2025-09", "2025-08", "2025-09"]),
        ("Coffee exports fell to 1.1 million bags in September, against 1.3 million in August, "
         "while cocoa shipments rose 4%.", "2025-10-20", ["2025-09", "2025-08", "2025-09"]),
    ],
)  # fmt: skip
def test_the_time_of_a_base_compared_with_does_not_date_the_next_clause(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Inflation eased to 2.7% in September from 2.9% in August and 3.4% a year earlier, "
         "the statistics office said.", "2025-10-20", ["2025-09", "2025-08", "2024-09"]),
        ("Coffee exports fell to 1.1 million bags in September, against 1.3 million in August "
         "and 1.5 million a year before.", "2025-10-20", ["2025-09", "2025-08", "2024-09"]),
        ("The port handled 3.2 million TEU in the third quarter, compared with 3.0 million in "
         "the second quarter and 2.8 million a year earlier.", "2025-10-20",
         ["2025-Q3", "2025-Q2", "2024-Q3"]),
        ("Steel output was 12.1 million tonnes in September, versus 11.8 million tonnes in "
         "August and 12.9 million tonnes in the same month a year earlier.", "2025-10-20",
         ["2025-09", "2025-08", "2024-09"]),
        # (a base with a thousands separator)
        ("The country received 42,000 asylum requests in the first quarter, compared with "
         "38,000 in the fourth quarter of 2024 and 51,000 a year earlier.", "2025-10-20",
         ["2025-Q1", "2024-Q4", "2024-Q1"]),
        # (the base's noun before it, or its number in words)
        ("The insurer made a net profit of €410m in the third quarter, compared with a loss of "
         "€60m in the second quarter and a profit of €380m a year earlier.", "2025-10-20",
         ["2025-Q3", "2025-Q2", "2024-Q3"]),
        ("The company shipped 1.2 million units in Q3, up from two million in Q2 and 900,000 a "
         "year earlier.", "2025-10-20", ["2025-Q3", "2025-Q2", "2024-Q3"]),
        # (a new subject's month after a clause break still anchors its own base)
        ("Exports rose to $5bn in September, and imports from China hit $2bn in August, up "
         "from $1.5bn a year earlier.", "2025-10-20", ["2025-09", "2025-08", "2024-08"]),
    ],
)  # fmt: skip
def test_a_base_s_time_does_not_anchor_the_next_base_a_year_earlier(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("The ministry has set aside 2 billion euros for roads next year and plans to build at "
         "least 40 new bridges before 2030.", "2025-10-20", ["2026", None]),
        ("The defence ministry will buy 20 tanks in 2026 and at least 50 more before 2030.",
         "2025-10-20", ["2026", None]),
        ("The group will hire 500 engineers this year and aims to reach 3,000 staff before "
         "the end of the decade.", "2025-10-20", ["2025", None]),
        # (a time of the figure's own before the conjunction still dates it)
        ("The firm will hire 500 staff next year before the plant opens in 2027.",
         "2025-10-20", ["2026"]),
    ],
)  # fmt: skip
def test_a_deadline_after_before_is_a_span_not_the_clause_before_s_time(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Customs officers seized 14 trucks of cigarettes worth an estimated €3.5 million bound "
         "for Poland in the third quarter.", "2025-10-20", ["2025-Q3", "2025-Q3"]),
        ("Switzerland shipped 12.4 tonnes of gold worth CHF 1.02 billion to the United Arab "
         "Emirates in July.", "2025-10-20", ["2025-07", "2025-07"]),
        ("Brazil sold 1.2 million tonnes of beef worth $5.6 billion to buyers in mainland China "
         "in the first quarter.", "2025-10-20", ["2025-Q1", "2025-Q1"]),
    ],
)  # fmt: skip
def test_a_count_and_its_worth_share_the_time_after_where_they_went(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Water bills in the region will rise by 6.2% next April, the regulator said.",
         "2025-11-14", ["2026-04"]),
        ("The city council will raise the tourist tax to €5 a night next January.",
         "2026-08-20", ["2027-01"]),
    ],
)  # fmt: skip
def test_a_plan_for_next_april_is_the_coming_april(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # the time of the event a span runs from dates the event, not the total: a month
        # after "since the X began", and a relative time after a verb of three words
        ("The charity has delivered more than 40,000 food parcels since the appeal opened in "
         "February.", "2025-06-10", [None]),
        ("The fund has lent about €900m to small firms since it was set up last year, its "
         "chairman said.", "2025-06-10", [None]),
        ("Imports of the grain have fallen 35% since the new tariffs took effect in April.",
         "2025-06-10", [None]),
        # (a time of the figure's own is still read)
        ("Sales rose 12% to $4bn in March after the bank cut rates.", "2025-06-10",
         ["2025-03", "2025-03"]),
    ],
)  # fmt: skip
def test_the_time_of_the_event_a_span_runs_from_is_no_period(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a year then "and plans to" is a span's start and a verb, not "the 2019 plan"
        ("The bank has lent to 4,000 farmers since 2019 and plans to add 300 to 400 more a "
         "year, its chief said.", "2025-04-04", [None, None]),
        ("The agency has hired 900 nurses since 2021 and aims to recruit 2,000 more, or "
         "plans to.", "2025-04-04", [None, None]),
        # (a plan named with its year still dates a forecast without a time of its own)
        ("The 2026 spending plan puts road repairs at €3bn, while the deficit is projected "
         "at 4.1%.", "2025-04-04", ["2026", "2026"]),
    ],
)  # fmt: skip
def test_a_year_before_and_plans_to_is_no_plan_s_year(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a founding's time dates the founding, not what the firm has or did since
        ("Brightpath, a Berlin start-up founded in 2021 that has about 90 employees, has "
         "raised €40m.", "2025-12-05", [None, None]),
        ("The lender, established in March 2019, now serves 1.2 million customers.",
         "2025-12-05", [None]),
        # (a time of the figure's own is still read)
        ("The firm, which was set up in 2015, booked revenue of $40m last year.",
         "2025-12-05", ["2024"]),
    ],
)  # fmt: skip
def test_a_founding_s_time_is_no_period_of_the_firm_s_figures(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        ("Hanami Motors cut its operating profit forecast for the year to March 2026 to ¥900 "
         "billion.", "2025-08-01", ["2026"]),
        ("The utility expects orders to reach ¥1.2 trillion in the year to March 2027, up from "
         "¥870 billion a year earlier.", "2026-06-04", ["2027", "2026"]),
    ],
)  # fmt: skip
def test_a_forecast_for_the_year_to_march_2026_is_for_2026(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a restatement set off by commas does not cut a plan from "by the end of <month>"
        ("Halvard Foods will close about 40 stores, or roughly 9% of its estate, by the end of "
         "March, the company said in a filing on Wednesday.", "2025-01-23",
         ["2025-03", "2025-03"]),
        ("The airline will cut 600 jobs, or 5% of its staff, by the end of June.",
         "2025-01-23", ["2025-06", "2025-06"]),
    ],
)  # fmt: skip
def test_a_restatement_before_by_the_end_of_a_month_keeps_the_month(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


def test_a_count_in_the_final_quarter_of_last_year_is_that_fourth_quarter() -> None:
    claims = extract_claims(
        "Care homes were short of 12,400 workers in the final quarter of last year, the "
        "industry body said.",
        "2026-03-19",
    )
    assert [c.period for c in claims] == ["2025-Q4"]


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # "a rise of 18% on" a base is the change of the period named, as "up 18% on" is
        ("Around 4,780 people slept rough in the city between July and September, a rise of "
         "18% on the same quarter of 2023, the charity said.", "2024-11-06",
         ["2024-Q3", "2024-Q3"]),
        ("Exports reached $4bn in the third quarter, an increase of 9% on the same period last "
         "year.", "2024-11-06", ["2024-Q3", "2024-Q3"]),
        ("Output hit 2 million tonnes in 2024, a rise of 4% on 2023.", "2025-02-06",
         ["2024", "2024"]),
    ],
)  # fmt: skip
def test_a_rise_of_n_percent_on_a_base_is_the_change_of_the_period_named(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        # an outcome "in the quarter" is the quarter reported, not the one guided for since
        ("Orvex Chips reported fourth-quarter revenue of $9.9bn and said it expected "
         "first-quarter sales of about $10.4bn. Gross margin in the quarter narrowed to 57.3%.",
         "2026-01-15", ["2025-Q4", "2026-Q1", "2025-Q4"]),
        # (a forecast "in the quarter" is the forecast's)
        ("Orvex Chips expects first-quarter sales of about $10.4bn. It sees margins of 55% in "
         "the quarter.", "2026-01-15", ["2026-Q1", "2026-Q1"]),
    ],
)  # fmt: skip
def test_an_outcome_in_the_quarter_is_the_quarter_reported_not_a_guided_one(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        # a share of what the sentence before counted is in its period
        ("Coal shipments from the port fell to 2.1 million tonnes last month, the tracker said. "
         "Some 80% of the cargoes went to India, it said.", "2026-01-28",
         ["2025-12", "2025-12"]),
        ("The agency confirmed 900 cases of measles in 2025. It said about 70% of infections "
         "were in young children.", "2026-01-28", ["2025", "2025"]),
        # (not after a sum of money, nor a share of a figure)
        ("The charity raised $20m last year. It has received just 14% of the $140 million it "
         "is seeking.", "2026-01-28", ["2025", None, None]),
    ],
)  # fmt: skip
def test_a_share_of_what_the_sentence_before_counted_is_in_its_period(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        # with no period named before, a forecast "for the year" is for this one, and so is
        # the revised forecast's base
        ("Kestrel Cloud raised its capital spending forecast for the year to between $48bn and "
         "$50bn, from $44bn previously, its finance chief said.", "2024-08-01",
         ["2024", "2024"]),
        ("The central bank now expects growth of 1.2% for the year.", "2024-08-01", ["2024"]),
        # (an outcome "for the year" with none named before stays undated)
        ("Profit for the year rose 4% to $2bn.", "2024-08-01", [None, None]),
    ],
)  # fmt: skip
def test_a_forecast_for_the_year_with_none_named_before_is_for_this_year(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        # what a source says holds now, in a relative clause, takes no month of the main one
        ("Carbon prices hit a record 100 yuan a tonne in April, according to the ministry, "
         "which says the scheme covers about 5.1 billion tonnes of CO2 a year, or some 40% of "
         "emissions.", "2024-07-24", ["2024-04", None, None]),
        ("Sales rose 5% in May, said the group, which estimates the market is worth $40bn.",
         "2024-07-24", ["2024-05", None]),
    ],
)  # fmt: skip
def test_what_a_source_says_holds_now_in_a_relative_clause_is_undated(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


def test_a_figure_for_the_six_months_to_december_is_that_year_s() -> None:
    claims = extract_claims(
        "Harbour Utilities said pre-tax profit for the six months to December was £388m.",
        "2025-02-20",
    )
    assert [c.period for c in claims] == ["2024"]


def test_a_name_with_a_year_does_not_date_the_figures_after_it() -> None:
    claims = extract_claims(
        "The fund, part of a push that began with Made in China 2025, holds registered "
        "capital of 344 billion yuan.",
        "2025-07-30",
    )
    assert [c.period for c in claims] == [None]


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        # a sentence opening on the figure before, as the total it brought or what it held
        ("The country added 31 gigawatts of wind capacity in 2025, the ministry said. That took "
         "the total to about 130 gigawatts.", "2026-04-09", ["2025", "2025"]),
        ("The charity said 13,400 families were in emergency housing on 30 September. The "
         "figure included 9,860 children, it added.", "2026-01-22",
         ["2025-09-30", "2025-09-30"]),
    ],
)  # fmt: skip
def test_a_sentence_opening_on_the_figure_before_is_in_its_period(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a whole after "the last of", "the rest of" is a count now; the time is the part's
        ("The government has pledged to close the last of its 11 remaining coal plants by "
         "2049.", "2026-07-08", [None]),
        ("The retailer will sell the rest of its 40 stores by 2027.", "2026-07-08", [None]),
    ],
)  # fmt: skip
def test_a_whole_after_the_last_of_is_no_plan_s_period(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        # "the same quarter last year" with no period named in its sentence counts a year
        # back from the period of the sentence before
        ("Analysts expect Varden Chips to post fourth-quarter revenue of $5.8bn. The company "
         "reported $4.9bn for the same quarter last year.", "2026-11-26",
         ["2026-Q4", "2025-Q4"]),
        ("Ports handled 41 million tonnes of cargo in the first half, the authority said. They "
         "handled 39 million tonnes in the same period a year earlier.", "2025-08-20",
         ["2025", "2024"]),
    ],
)  # fmt: skip
def test_the_same_quarter_last_year_counts_back_from_the_sentence_before(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # the level a change reached, set off by a comma after the change's time
        ("Economists expect the trade surplus to narrow slightly this year, to around $1.1trn.",
         "2026-01-13", ["2026"]),
        ("Car sales fell sharply in March, to 4,000 vehicles, the association said.",
         "2025-05-02", ["2025-03"]),
    ],
)  # fmt: skip
def test_a_level_set_off_after_the_change_s_time_takes_it(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


def test_a_market_share_of_what_the_sentence_before_counted_is_in_its_period() -> None:
    claims = extract_claims(
        "Global tablet shipments rose 4% to 38.2 million units in the second quarter, the "
        "research firm said. Lenora regained the top spot with a 31.5% share.",
        "2025-08-05",
    )
    assert [c.period for c in claims] == ["2025-Q2", "2025-Q2", "2025-Q2"]


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        # the outcome of what forecasters had expected in the sentence before is for its period
        ("Analysts had forecast second-quarter net income of $640m for Brightwell. The lender "
         "instead reported $702m.", "2025-08-06", ["2025-Q2", "2025-Q2"]),
        # (not an outcome after a company's own forecast of another period)
        ("The company expects revenue of $2bn next year. It spent $1bn on research.",
         "2025-08-06", ["2026", None]),
    ],
)  # fmt: skip
def test_the_outcome_of_what_analysts_had_forecast_before_is_for_its_period(
    text: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(text, published)] == periods


def test_coordinated_objects_with_long_noun_phrases_share_the_time_after_the_last() -> None:
    claims = extract_claims(
        "The utility plans to connect some 4,000 megawatts of new wind and solar "
        "farms and 12 battery sites by 2028.",
        "2025-06-05",
    )
    assert [c.period for c in claims] == ["2028", "2028"]


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # "up 38% on the previous week" is a change of the week named before, as "up 38% on a
        # year earlier" is
        ("Clinics treated 2,140 patients with measles in the week ending 13 October, up 38% "
         "on the previous week, the agency said.", "2024-10-18",
         ["2024-10-13", "2024-10-13"]),
        # (a span "over the past week" still dates nothing)
        ("Storage fell to 58% on Sunday, with withdrawals averaging 750 million cubic metres a "
         "day over the past week.", "2025-01-20", ["2025-01-19", None]),
    ],
)  # fmt: skip
def test_a_change_on_the_previous_week_is_the_week_named_before(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a plan's or forecast's running total takes the time of the clause it closes, read
        # forward, as an outcome's does
        ("Bus fares will rise by 6% next April, taking the average single fare to £2.40, the "
         "council said.", "2025-12-10", ["2026-04", "2026-04"]),
        ("Harlow Motors will hire 900 workers next year, lifting output to 300,000 cars a year.",
         "2025-12-03", ["2026", "2026"]),
    ],
)  # fmt: skip
def test_a_plan_s_running_total_takes_the_time_of_the_clause_it_closes(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # the year a bond falls due is when it is repaid, not the time of the sale
        ("Peru placed 3 billion soles of bonds maturing in 2040 at a yield of 6.1%.",
         "2026-02-11", [None, None]),
        ("The Treasury sold $42bn of notes due 2035, the agency said.", "2026-02-11", [None]),
        ("Kenya raised $1.5bn on Monday from notes maturing in 2031, priced to yield 9.9%.",
         "2026-02-11", ["2026-02-09", "2026-02-09"]),
    ],
)  # fmt: skip
def test_a_debt_s_maturity_year_is_no_period(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a tariff's, duty's or levy's rate "from" a month or day starts a standing charge:
        # no period
        ("Canberra will impose a 12% levy on imported fertiliser from 1 July.", "2026-03-02",
         [None]),
        ("From November, imported bicycles will face extra duties of up to 18 per cent.",
         "2026-03-02", [None]),
        # (a charge that is no tax still starts then, and a year stays the year)
        ("The council will raise parking charges by 8% from April.", "2026-03-02",
         ["2026-04"]),
        ("From next year, the tariff on imported cement will rise to 30% from 20%.",
         "2026-03-02", ["2027", None]),
    ],
)  # fmt: skip
def test_a_tariff_rate_from_a_month_has_no_period(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a base told by the event it came before has no period, not the clause's month
        ("Ferries carried 1,200 passengers a day in September, compared with about 3,000 a "
         "day before the pandemic, the operator said.", "2025-10-09", ["2025-09", None]),
        ("Grain exports reached 4.1 million tonnes in August, against 5 million a month "
         "before the war.", "2025-10-09", ["2025-08", None]),
        # (a figure of the clause itself keeps its time)
        ("In March, prices rose 2% before the holiday, the bureau said.", "2025-10-09",
         ["2025-03"]),
    ],
)  # fmt: skip
def test_a_base_before_an_event_has_no_period(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a span since an event named by its noun ("the fall of …", "the start of …") has no
        # period from the event's month or year
        ("About 1.4 million people have returned home since the fall of the old regime in "
         "December, the agency said.", "2025-06-02", [None]),
        ("Exports have fallen 30% since the start of the war in Ukraine in February 2022.",
         "2025-06-02", [None]),
        # (a figure with its own month keeps it)
        ("Sales rose 4% in April from March, the best month since the launch of the scheme "
         "in 2023.", "2025-06-02", ["2025-04"]),
    ],
)  # fmt: skip
def test_a_span_since_an_event_s_noun_has_no_period(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a part of a sum takes the period the sum is for, named after it
        ("The flood appeal has received only $48 million of the $130 million it requires this "
         "year, the agency said.", "2025-08-12", ["2025", "2025"]),
        ("The agency has received $48 million of the $130 million it needs for 2025.",
         "2025-08-12", ["2025", "2025"]),
        # (not when the sum was pledged, nor a sum for a time still to come)
        ("Donors have paid $1.2bn of the $3bn they pledged in 2024.", "2025-08-12",
         [None, "2024"]),
        ("The agency has received $48 million of the $130 million it needs for 2026.",
         "2025-08-12", [None, "2026"]),
    ],
)  # fmt: skip
def test_a_part_of_a_sum_takes_the_period_the_sum_is_for(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


def test_a_span_since_a_month_of_last_year_has_no_period() -> None:
    # "since September last year" is one span: its "last year" dates nothing after it
    claims = extract_claims(
        "The rebels have fired 400 rockets since September last year, along with some 90 "
        "mortar rounds, the army said.",
        "2025-11-12",
    )
    assert [c.period for c in claims] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # "the first half of next year" is next year's half, not this year's
        ("The bank expects copper to average $9,800 a tonne in the first half of next year.",
         "2025-11-12", ["2026"]),
        ("Container volumes fell 4% in the second half of last year.", "2025-11-12", ["2024"]),
    ],
)  # fmt: skip
def test_a_half_of_a_relative_year_is_that_year_s(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a difference from a level "at the start of" a year is a base's time, not the
        # difference's
        ("The island hosts about 41,000 asylum seekers, 6,000 fewer than at the start of "
         "2025, the ministry said.", "2026-03-04", [None, None]),
        ("Grain stocks stood at 40 million tonnes, 3 million more than at the end of last "
         "year.", "2026-03-04", [None, None]),
    ],
)  # fmt: skip
def test_a_difference_from_the_start_of_a_year_is_not_dated_by_it(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


def test_a_base_s_time_at_the_start_of_a_year_does_not_date_a_later_figure() -> None:
    # "up from 64,000 at the start of 2022" dates the base only, as "from 2.5% in June" does
    claims = extract_claims(
        "The navy has 120 ships in service, up from 95 at the start of 2022, according to the "
        "ministry, which said 30 of them were in refit.",
        "2025-11-12",
    )
    assert [c.period for c in claims] == [None, "2022", None]


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a base told by an event's height or peak has no period, as "before the war" has
        ("In March hospitals treated 900 patients a day, against 2,500 a day at the peak of "
         "the outbreak.", "2024-11-21", ["2024-03", None]),
        # (a time named in the event still dates it)
        ("Transits are running at 35 ships a day, up from 22 a day at the height of last "
         "year's drought.", "2024-11-21", [None, "2023"]),
    ],
)  # fmt: skip
def test_a_base_at_the_peak_of_an_event_has_no_period(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a figure called the current one is now's, not the plan's period
        ("The port will handle 5 million TEU by 2027, up from a current capacity of 3.6 million "
         "TEU.", "2026-01-22", ["2027", None]),
        ("The airline will add 40 jets next year to its current fleet of 210 aircraft.",
         "2026-01-22", ["2027", None]),
        # (a current account is no such figure)
        ("Turkey said the current account deficit of $4bn in March was the smallest in a year.",
         "2026-01-22", ["2025-03"]),
    ],
)  # fmt: skip
def test_a_current_figure_has_no_period(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # "a decade earlier" counts back ten years, as "two years earlier" counts back two
        ("Twenty clubs broke even last year, compared with only four a decade earlier.",
         "2025-06-18", ["2024", "2014"]),
        # (from the period named, not from the day of the statement, and at a year's grain)
        ("Twenty clubs broke even last year, the league said on Tuesday, compared with only "
         "four a decade earlier.", "2025-06-18", ["2024", "2014"]),
        ("The city had 1.2 million residents in 2020, up from 950,000 people ten years "
         "earlier.", "2025-06-18", ["2020", "2010"]),
    ],
)  # fmt: skip
def test_a_decade_earlier_counts_back_ten_years(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # the day a statement was made is no period to count back from
        ("The number of displaced people rose to 12.4 million by the end of last year, the "
         "agency said on Thursday, up from 11.9 million a year earlier.", "2025-06-12",
         ["2024", "2023"]),
        ("Third-quarter profit rose to £2.1bn, the bank said on Tuesday, from £1.7bn in the "
         "previous quarter.", "2025-10-30", ["2025-Q3", "2025-Q2"]),
        # (a figure's own day still is: "41% full on Monday, down from 63% a year earlier")
        ("Storage sites were 41% full on Monday, down from 63% a year earlier, the regulator "
         "said.", "2025-06-12", ["2025-06-09", "2024-06-09"]),
    ],
)  # fmt: skip
def test_a_statement_s_day_is_no_anchor_for_a_year_earlier(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


def test_the_end_year_of_a_span_from_an_earlier_century_is_no_period() -> None:
    # "the 1850–1900 average" is a baseline; its 1900 had been read as the figure's year
    claims = extract_claims(
        "July was the hottest on record, at 1.31C above the 1850–1900 average, the service said.",
        "2025-08-07",
    )
    assert [c.period for c in claims] == [None]


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a period something is "level with" or "flat with" is a base, not the next clause's
        ("The port handled 1.4 million TEU in the first half of 2025, roughly level with the "
         "same period last year, while transhipments rose 9%.", "2025-07-09",
         ["2025", "2025"]),
        ("Car sales were 4.2 million units in May, flat with a year earlier, while exports "
         "rose 6%.", "2025-07-09", ["2025-05", "2025-05"]),
    ],
)  # fmt: skip
def test_a_period_level_with_is_a_base(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


def test_a_debt_s_maturity_month_is_no_period() -> None:
    # "a bond falling due in June" is when that debt is repaid, not when the new one was sold
    claims = extract_claims(
        "In February Ghana sold a $1.2bn eurobond to refinance a bond falling due in June.",
        "2024-09-12",
    )
    assert [c.period for c in claims] == ["2024-02"]


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a month named, then said to open or close a longer period: the month dates what
        # follows, not the longer period
        ("The state ran a deficit of $190bn in October, the first month of fiscal 2026, as "
         "tariff receipts hit a record $29bn.", "2025-11-13", ["2025-10", "2025-10"]),
        # ("the last month of" is no "last month")
        ("Sales rose 4% in March, the last month of its financial year, to $5bn.",
         "2025-11-13", ["2025-03", "2025-03"]),
    ],
)  # fmt: skip
def test_a_month_said_to_be_part_of_a_longer_period_keeps_its_month(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


def test_when_a_target_was_set_is_not_its_period() -> None:
    # "a 5.1% target set in June" tells when the target was set, not the period it is for
    claims = extract_claims(
        "The treasury now projects a deficit of 6.4% of GDP this year, up from a 4.8% target "
        "set in June.",
        "2025-03-27",
    )
    assert [c.period for c in claims] == ["2025", None]


@pytest.mark.parametrize(
    ("sentence", "published", "periods"),
    [
        # a clause of its own in the present perfect runs up to now: the time of the clause
        # before does not date it
        ("About 9,000 soldiers were sent to the front last year, of whom some 3,100 have been "
         "wounded.", "2025-01-24", ["2024", None]),
        ("The regulator will cap exports at 1.5 million tonnes a month from July, and has set "
         "aside half a million tonnes for reserves.", "2025-01-24", ["2025-07", None]),
        # (a part said in the present keeps the whole's time)
        ("The report counts 120 million displaced people at the end of 2025, of whom roughly "
         "40 million are refugees.", "2026-06-18", ["2025", "2025"]),
    ],
)  # fmt: skip
def test_a_present_perfect_clause_is_not_dated_by_the_clause_before(
    sentence: str, published: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, published)] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # what is paid for "under" a budget or plan is for the year the budget or plan owns
        ("The council will recruit 300 wardens under this year's budget.", ["2024"]),
        ("The army will buy 40 helicopters under next year's procurement plan.", ["2025"]),
        ("The city spent €12m on cycle lanes under its 2024 budget.", ["2024"]),
        # (a frame that is no budget is not the figure's time)
        ("Customs detained 4,100 shipments under the 2022 Act.", [None]),
    ],
)  # fmt: skip
def test_a_figure_under_a_budget_takes_the_budget_s_year(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2024-08-15")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a company's fiscal quarter named by its number alone is no calendar quarter
        ("Orbit Foods reported fiscal third-quarter sales of $4.1bn.", [None]),
        ("Orbit Foods said sales rose 4% to $4.1bn in its fiscal third quarter.", [None, None]),
        # …its end named after it dates it
        ("Kestrel Labs reported fiscal second-quarter revenue of $1.9bn for the three months "
         "ended December 31.", ["2024-Q4"]),
        ("Orbit Foods said sales rose 4% to $4.1bn in the fiscal third quarter ended March 31.",
         ["2025-Q1", "2025-Q1"]),
        # (a calendar quarter is still read)
        ("Orbit Foods said sales rose 4% to $4.1bn in the third quarter.",
         ["2024-Q3", "2024-Q3"]),
    ],
)  # fmt: skip
def test_a_fiscal_quarter_by_its_number_alone_has_no_period(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-05-12")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a capacity named beside a dated act does not cut the act's time from the clause
        # coordinated after it
        ("Transits averaged 31 a day in June, close to the canal's capacity of 36 a day, and "
         "container ships made up about 40% of crossings.", ["2025-06", None, "2025-06"]),
        ("The refinery processed 310,000 barrels a day in May, near its capacity of 340,000 "
         "barrels a day, and diesel made up 45% of output.", ["2025-05", None, "2025-05"]),
    ],
)  # fmt: skip
def test_a_capacity_beside_a_dated_act_does_not_end_its_time(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-08-12")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # the end of the century after "by" or "in" is a year like any other
        ("Full implementation of national pledges would limit warming to 2.4C by 2100.",
         ["2100"]),
        ("The agency projects a further rise of 0.3-0.6 metres in sea level by 2100.",
         ["2100"]),
        # (a time of day written so is none)
        ("The ferry leaves at 2100 GMT with 300 passengers.", [None]),
    ],
)  # fmt: skip
def test_the_end_of_the_century_is_a_year(sentence: str, periods: list[str | None]) -> None:
    assert [c.period for c in extract_claims(sentence, "2024-10-09")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a plan's start named by its month and year right after the figure is its period,
        # as "from January" and "from 1 January 2027" are
        ("The minimum wage will rise to 4,300 lei a month from January 2027.", ["2027-01"]),
        ("Universities will charge as much as €18,000 a year from September 2027, up from "
         "€14,200 now.", ["2027-09", None]),
        # (not the start of a span of years, nor a figure after it)
        ("Japan plans to accept up to 820,000 foreign workers over the five years from April "
         "2024, more than double the previous ceiling of 345,000.", [None, None]),
    ],
)  # fmt: skip
def test_a_plan_s_start_by_month_and_year_is_its_period(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2026-07-16")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # "over" the first months of a year counts during them, as "in" does
        ("Over the first eight months of the year the agency registered 70,000 applications.",
         ["2025"]),
        ("The agency registered 70,000 applications over the first eight months of the year.",
         ["2025"]),
        # (a comparative before "over" still compares)
        ("Sales were up 5% over the first eight months of last year, at 40,000 cars.",
         [None, None]),
    ],
)  # fmt: skip
def test_over_the_first_months_of_a_year_is_that_year(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2025-09-30")] == periods


@pytest.mark.parametrize(
    ("sentence", "periods"),
    [
        # a deadline named by its month is that month, as "by March" is
        ("The city must cut emissions by 12% by the June deadline.", ["2024-06"]),
        ("The agency expects to have processed about 8,000 claims by the April deadline.",
         ["2024-04"]),
    ],
)  # fmt: skip
def test_a_deadline_named_by_its_month_is_that_month(
    sentence: str, periods: list[str | None]
) -> None:
    assert [c.period for c in extract_claims(sentence, "2024-02-23")] == periods


_LABELS = st.builds(
    lambda year, tail: year + tail,
    st.sampled_from(["2024", "2025", "2026", "20٢5", "FY25"]),
    st.one_of(
        st.just(""),
        st.integers(1, 5).map(lambda q: f"-Q{q}"),
        st.integers(0, 13).map(lambda m: f"-{m:02d}"),
        st.tuples(st.integers(0, 13), st.integers(0, 32)).map(
            lambda md: f"-{md[0]:02d}-{md[1]:02d}"
        ),
        st.sampled_from(["-1", "-06-1", "-٠٦"]),
    ),
)


@given(_LABELS, st.dates(date(2024, 1, 1), date(2026, 12, 31)))
def test_a_label_no_later_than_publication_as_text_starts_by_then(label: str, day: date) -> None:
    """future_is_not_actual passes over a label ``<=`` the day of publication in ISO form,
    without period_bounds: its period starts by then, or it is no period."""
    if label <= day.isoformat():
        bounds = period_bounds(label)
        assert bounds is None or bounds[0] <= day
