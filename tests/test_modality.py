"""Invariants of the modality cue patterns that the extractor's speed relies on."""

from __future__ import annotations

import re

import pytest

from indicators import modality_cues
from indicators.extract import extract_claims


@pytest.mark.parametrize("rx", modality_cues._CASELESS_CUES, ids=lambda rx: rx.pattern[:30])
def test_case_insensitive_cues_are_written_in_lower_case(rx: re.Pattern[str]) -> None:
    """Their twins in _LOWER_CUES read the lower-cased region without re.IGNORECASE: a
    capital letter in the pattern (outside an escape such as \\S) would never match there."""
    assert rx.flags & re.IGNORECASE
    bare = re.sub(r"\\.", "", rx.pattern)
    assert not re.search(r"[A-Z]", bare), "a capital letter in a case-insensitive cue pattern"


def _first_letters(items: list[tuple[object, object]]) -> set[str] | None:
    """The letters a parsed alternative can open with (look-behinds skipped), or None when
    it opens with anything else."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT) and av[0] == -1:  # type: ignore[index]
            continue  # a look-behind reads nothing of the match
        if op is c.LITERAL:
            return {chr(av)}  # type: ignore[arg-type]
        if op is c.SUBPATTERN:
            return _first_letters(list(av[3]))  # type: ignore[index]
        if op is c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:  # type: ignore[index]
                letters = _first_letters(list(alt))
                if letters is None:
                    return None
                out |= letters
            return out
        return None
    return None


@pytest.mark.parametrize(
    "rx", modality_cues._CASELESS_CUES[:3], ids=("capacity", "projected", "planned")
)
def test_every_cue_opens_with_a_letter_its_first_letter_filter_admits(
    rx: re.Pattern[str],
) -> None:
    """The patterns open with "(?=[…])", the first letters of their cues, a cheap filter: a
    cue opening with a letter left out is silently never read (as "voted to" was)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    parsed = list(_parser.parse(rx.pattern, rx.flags))
    at = next(i for i, (op, _) in enumerate(parsed) if op is c.ASSERT)
    admitted = {chr(ch) for op, ch in parsed[at][1][1][0][1] if op is c.LITERAL}
    opens = _first_letters(parsed[at + 1 :])
    assert opens is not None and opens <= admitted, sorted((opens or set()) - admitted)


@pytest.mark.parametrize(
    "words",
    [
        modality_cues._CAPACITY_STEM_WORDS,
        modality_cues._PROJECTED_STEM_WORDS,
        modality_cues._PLANNED_STEM_WORDS,
        modality_cues._POST_PLANNED_STEM_WORDS,
        modality_cues._POST_PROJECTED_STEM_WORDS,
    ],
    ids=("capacity", "projected", "planned", "post_planned", "post_projected"),
)
def test_every_stem_opens_with_a_letter(words: list[str]) -> None:
    """The stem tests group their alternatives by first letter: a stem opening with a group
    ("(?:is|are)\\s+…") is entered at every word of the text, and one opening with an escape
    or a class is no word start at all."""
    assert [w for w in words if not w[0].isalpha()] == []


@pytest.mark.parametrize(
    ("region", "modality_"),
    [
        ("The ministry plans to buy ", "planned"),
        ("The USDA projects world wheat output at ", "projected"),
        ("Sales are on course to hit a record ", "projected"),
        ("The plant is capable of producing ", "capacity"),
    ],
)
def test_each_cue_passes_its_quick_stem_test(region: str, modality_: str) -> None:
    """A cue the quick stem test misses is never read: the stems must cover every cue."""
    assert modality_cues.modality_cue(region, "") == modality_


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a relative or participle clause before the main verb keeps its cues to itself
        ("The plant, which is expected to open in 2027, produced 5,000 tonnes last year.",
         ["actual"]),
        ("The programme, planned to run until 2027, had spent 1.4 billion euros by March.",
         ["actual"]),
        ("The mine (due to close next year) shipped 2 million tonnes in 2024.", ["actual"]),
        # …while the main verb's cue stays the figure's
        ("The plant, which opened in 2019, will produce 8,000 tonnes next year.", ["planned"]),
        ("The refinery, which was built in 1998, is expected to process 200,000 barrels a day.",
         ["projected"]),
    ],
)  # fmt: skip
def test_an_asides_cues_are_its_own(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # people seeking asylum or work are counted, not planned
        ("The number of people seeking asylum in Germany fell to 230,000 last year.", ["actual"]),
        ("Some 1.1 million people sought asylum in the EU last year.", ["actual"]),
        ("About 3,000 migrants sought refuge in the port in June.", ["actual"]),
        # …while an actor seeking money or arms plans
        ("The government is seeking $5 billion in loans.", ["planned"]),
        ("Ukraine sought 25 more Patriot systems at the summit.", ["planned"]),
    ],
)  # fmt: skip
def test_seeking_asylum_is_no_plan(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-07-15")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the counted subject of "would", as of "will": reported plans
        ("About 60% of the money would go to ammunition.", ["planned"]),
        ("Around 5,000 homes would be built under the plan.", ["planned"]),
        ("About 60% of the money will go to ammunition.", ["planned"]),
        # …not "would have", a past that did not happen
        ("Without the cuts, 5,000 jobs would have been lost.", ["actual"]),
    ],
)  # fmt: skip
def test_the_counted_subject_of_would_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-07-15")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money an agency needed, in reported speech, is asked for, as "needs" is
        ("The agency said it needed $112 million to help them through December.", ["planned"]),
        ("It needs $5 billion.", ["planned"]),
    ],
)  # fmt: skip
def test_money_needed_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-08-20")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a second infinitive after ", and" belongs to the same verb of plan or forecast
        ("Equinor expects to invest about $13 billion in 2025, and to raise output by 2% this "
         "year.", ["projected", "projected"]),
        ("The firm plans to cut 500 jobs, and to close 12 stores.", ["planned", "planned"]),
    ],
)  # fmt: skip
def test_a_second_infinitive_shares_the_verbs_modality(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-02-05")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # "is forecast for" a period after the figure forecasts it
        ("Growth of 2% is forecast for this year and 2.5% for next year.",
         ["projected", "projected"]),
        ("Inflation of 3% is expected in 2026.", ["projected"]),
    ],
)  # fmt: skip
def test_is_forecast_for_a_period_is_projected(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-02-05")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # what is asked for, weighed, voted or offered is planned
        ("Ukraine has asked for 10 more Patriot systems.", ["planned"]),
        ("The company is considering cutting up to 2,000 jobs.", ["planned"]),
        ("Parliament voted to raise defence spending to 3.5% of GDP.", ["planned"]),
        ("The Kremlin said it was ready to supply up to 2 million tonnes of grain.", ["planned"]),
        ("Qatar is willing to ship 3 million tonnes of LNG to Germany.", ["planned"]),
    ],
)  # fmt: skip
def test_asked_for_considered_voted_or_offered_is_planned(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-07-30")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a target, goal or quota named after the figure is planned; an analyst's price
        # target is not
        ("Coal India produced 773 million tonnes, short of its 838 million tonne target.",
         ["actual", "planned"]),
        ("The bank has a 2% inflation target.", ["planned"]),
        ("Analysts raised their $250 price target.", ["actual"]),
    ],
)  # fmt: skip
def test_a_target_named_after_its_figure_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-04-02")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a measure "set to" move is forecast, like "will rise" …
        ("Global oil demand is set to grow by 1.05 million barrels a day.", ["projected"]),
        ("Italy's public debt is set to climb to 138.7% of GDP next year.", ["projected"]),
        # … while a plan set to move, and an actor set to act, are planned
        ("The defence budget is set to rise by 600 billion crowns.", ["planned"]),
        ("The company is set to cut 500 jobs.", ["planned"]),
        ("OPEC+ is set to raise output by 138,000 barrels a day in April.", ["planned"]),
        # an adverb after "could" leaves a verb of change a forecast, and "could remove" and
        # "could add" forecast too; a verb of handling stays capacity
        ("New tariffs could still shave 0.4 percentage points off world output.",
         ["projected"]),
        ("A disruption could remove up to 1.5 million barrels per day from the market and add "
         "as much as $20 a barrel to prices.", ["projected", "projected"]),
        ("The line could still carry 40,000 passengers a day.", ["capacity"]),
    ],
)  # fmt: skip
def test_set_to_move_and_could_with_an_adverb(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-04-02")] == modalities


def test_a_figure_over_the_coming_decade_has_no_period() -> None:
    claims = extract_claims(
        "Defence spending will reach 2% of GDP this year, with the budget set to rise by 600 "
        "billion crowns over the coming decade.",
        "2024-04-20",
    )
    assert [c.period for c in claims] == ["2024", None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a base after "below" or "above" is the comparison's, not the time of the change:
        # a forecast's change stays a forecast for the forecast's year …
        ("The harvest is forecast at 55.7 million bags this year, 4.4% below last year's crop.",
         [("projected", "2025"), ("projected", "2025")]),
        ("Output is expected to reach 3.1 million tonnes this year, 6% above last year's level.",
         [("projected", "2025"), ("projected", "2025")]),
        # … and an outcome's stays an outcome
        ("The harvest was 55.7 million bags, 4.4% below last year's crop.",
         [("actual", None), ("actual", None)]),
    ],
)  # fmt: skip
def test_a_change_below_last_years_level_keeps_its_modality(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    claims = extract_claims(sentence, "2025-05-01")
    assert [(c.modality, c.period) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a base that was itself a plan is planned, as one that was a forecast is projected
        ("The UN's appeal for 2026 seeks $23 billion, down from $47 billion sought for 2025.",
         ["planned", "planned"]),
        ("Sales rose to $5bn from $4bn planned.", ["actual", "planned"]),
        ("Sales rose to $5bn from $4bn expected.", ["actual", "projected"]),
        ("Sales rose to $5bn from $4bn a year earlier.", ["actual", "actual"]),
    ],
)  # fmt: skip
def test_a_base_that_was_a_plan_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-11-05")] == modalities


def test_a_forecast_compared_with_is_not_inherited_by_the_next_verb() -> None:
    claims = extract_claims(
        "Shell reported fourth-quarter adjusted earnings of $3.66 billion, below analysts' "
        "expectations of $4.1 billion, and cut its buyback to $3.5 billion.",
        "2026-02-20",
    )
    # (the buyback's new size is still to be bought: planned, as every writer labels a
    # buyback; the point here is that it is not the forecast's projected)
    assert [(c.modality, c.period) for c in claims] == [
        ("actual", "2025-Q4"),
        ("projected", "2025-Q4"),
        ("planned", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # targets struck, hit or missed are things aimed at, not a plan …
        ("The military said 11 drones hit targets in five regions.", ["actual", "actual"]),
        ("Of the 81 drones, 11 hit targets.", ["actual", "actual"]),
        # … while a target set, or an actor that targets, still plans
        ("Airbus still targets around 820 deliveries.", ["planned"]),
        ("The group set new targets for 40 plants.", ["planned"]),
    ],
)  # fmt: skip
def test_targets_hit_are_no_plan(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2026-11-05")] == modalities


def test_a_forecast_compared_with_does_not_cut_the_next_clause_from_its_time() -> None:
    # the forecast between the outcome and the next clause (with a possessive forecaster) is
    # a comparison: the next outcome keeps the sentence's time, and no one is credited
    claims = extract_claims(
        "U.S. employers added 177,000 jobs last month, above economists' forecasts of "
        "138,000, and the jobless rate held at 4.2%.",
        "2025-05-02",
    )
    assert [(c.modality, c.period, c.attributed_to) for c in claims] == [
        ("actual", "2025-04", None),
        ("projected", "2025-04", None),
        ("actual", "2025-04", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the counted subject of a loss that may come is a forecast, its warning's day no
        # period …
        ("Up to 80 jobs could go at the Derby plant, union officials warned on Tuesday.",
         [("projected", None)]),
        ("About 1,200 people could be displaced.", [("projected", None)]),
        # … while what a plant's workers could make stays a capacity
        ("The plant's 400 workers could produce 1,000 shells a day.",
         [("actual", None), ("capacity", None)]),
    ],
)  # fmt: skip
def test_a_loss_that_may_come_is_projected(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    claims = extract_claims(sentence, "2025-09-15")
    assert [(c.modality, c.period) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a deed after a plan is done, and the plan's time is not its own …
        ("The city aims to plant 10,000 trees by 2027 and has already planted 3,200.",
         [("planned", "2027"), ("actual", None)]),
        ("The army plans to buy 40 tanks by 2028 and already operates 12.",
         [("planned", "2028"), ("actual", None)]),
        ("The army plans to buy 40 tanks by 2028 and has received 12 this year.",
         [("planned", "2028"), ("actual", "2025")]),
        # … while a second object of the plan shares it
        ("The army plans to buy 40 tanks and 12 helicopters by 2028.",
         [("planned", "2028"), ("planned", "2028")]),
    ],
)  # fmt: skip
def test_a_deed_after_a_plan_is_actual(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    claims = extract_claims(sentence, "2025-09-15")
    assert [(c.modality, c.period) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a ship's draft is no draft plan
        ("Draft restrictions cut transits to 24 a day in February.", ["actual"]),
        ("The draft budget foresees spending of $5bn.", ["planned"]),
        # the modal after a whole and a short phrase on it is the part's
        ("Only 14 of the 148 jets on order are expected to arrive before 2027.",
         ["projected", "actual"]),
        # what there is besides a capacity is not one
        ("The new plant can make 200,000 shells a year, on top of roughly 150,000 produced "
         "annually at existing sites.", ["capacity", "actual"]),
        # an obligation on the figure after it is planned
        ("Storage was 83% full, short of the 90% that member states must reach.",
         ["actual", "planned"]),
        ("Storage was 83% full, short of the 90% required under EU rules.",
         ["actual", "planned"]),
        ("Just under 40 of the 210 parts catalogued required an export licence.",
         ["actual", "actual"]),
        # the base of a capacity is one, whenever it was
        ("Capacity reached 7.9 GW at the end of June, up from 4.6 GW a year earlier.",
         ["capacity", "capacity"]),
        ("The terminal can handle 5 million tonnes a year but handled 3 million tonnes last "
         "year.", ["capacity", "actual"]),
    ],
)  # fmt: skip
def test_drafts_parts_additions_obligations_and_capacity_bases(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2026-03-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a relative clause describing what a plan is about is a state …
        ("Equinor will invest 70 billion crowns to extend the Troll field, which supplies "
         "about 10% of Europe's gas.", ["planned", "actual"]),
        # … while one holding a cue of its own keeps it
        ("Ukraine's drone programme, which aims to field 30,000 of the aircraft this year, "
         "is growing.", ["planned"]),
    ],
)  # fmt: skip
def test_a_relative_clause_describing_a_plans_object(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-20")] == modalities


def test_a_forecast_after_and_is_the_next_clauses() -> None:
    claims = extract_claims(
        "Sales grew 7% during 2024 and are expected to rise 4% in 2025 as a whole.", "2025-11-14"
    )
    assert [(c.modality, c.period) for c in claims] == [("actual", "2024"), ("projected", "2025")]


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        ("The appeal has $380 million of the $3.2 billion requested for 2025.",
         ["actual", "planned"]),
        ("Some 200 people who had requested asylum were deported.", ["actual"]),
    ],
)  # fmt: skip
def test_money_requested_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-08-14")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the market's answer to a plan is an outcome; a buyback announced is a plan
        ("Orsted said it would raise 60 billion Danish crowns in a rights issue, sending its "
         "shares down 29%.", ["planned", "actual"]),
        ("Acme raised its sales forecast to 8-10% and announced a share buyback of up to "
         "€500m, sending its shares up 6.4%.", ["projected", "planned", "actual"]),
        ("Apple authorised a $110 billion buyback.", ["planned"]),
        ("The bank bought back $2bn of shares last year.", ["actual"]),
    ],
)  # fmt: skip
def test_market_answers_and_buybacks(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-09-10")] == modalities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a whole in words after its part counts, and "two more would be delivered" is a plan
        ("Twelve of the fourteen systems pledged have arrived, an official said, adding that "
         "two more would be delivered before winter.",
         [("Twelve", "actual"), ("fourteen", "planned"), ("two", "planned")]),
        # the first figure of a reported clause after "adding that" reads its own cues only
        ("Governor Fatih Karahan said the bank would keep policy tight, adding that inflation "
         "was 35.4% in May.", [("35.4%", "actual")]),
        # ("the two mills" is a count of things that exist, as writers D and L label it)
        ("The two mills closed.", [("two", "actual")]),
    ],
)  # fmt: skip
def test_parts_in_words_and_reported_clauses(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    claims = extract_claims(sentence, "2025-07-03")
    assert [(c.mention, c.modality) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a verb of its own after "and" has its own modality …
        ("A new plant will be able to produce up to 350,000 shells a year once it reaches "
         "full capacity in 2027 and will employ some 500 people.", ["capacity", "planned"]),
        ("Skyline cut its profit forecast to SEK 1.2 billion and will cut winter flights by "
         "5%.", ["projected", "planned"]),
        ("The WFP appealed for $38 million and said it was delivering 250,000 litres of water "
         "a day.", ["planned", "actual"]),
        ("The UN is seeking $4.2 billion this year and had received 42% of it by August.",
         ["planned", "actual"]),
        ("It can supply about 1 million homes and cost £3.4 billion to build.",
         ["capacity", "actual"]),
        # … "will reach", "would be affected" and "will affect" forecast, "will require" plans
        ("Borrowing would reach £127.5 billion in the current fiscal year.", ["projected"]),
        ("About forty companies would be affected.", ["projected"]),
        ("The change will affect roughly 3.6 million workers.", ["projected"]),
        ("The government will require export licences for two further types of systems.",
         ["planned"]),
        # a price cap is set, a package unveiled is to come, buybacks kept at a level go on
        ("Ofgem's price cap will fall 7% to £1,641 a year from July.", ["planned", "planned"]),
        ("The Pentagon unveiled a $300 million arms package for Ukraine on Tuesday.",
         ["planned"]),
        ("The company kept share buybacks at $3.5 billion a quarter.", ["planned"]),
    ],
)  # fmt: skip
def test_own_verbs_after_and_and_modal_verbs(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-09-15")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money announced for something is to be spent
        ("Tourism Minister Peter Burke announced €12m for 30 projects.", ["planned", "planned"]),
        # (not a result announced for a period)
        ("The company announced $5bn for the quarter.", ["actual"]),
        ("The company announced revenue of $5bn for the quarter.", ["actual"]),
    ],
)  # fmt: skip
def test_money_announced_for_something_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-10-06")] == modalities


def test_but_currently_produces_is_an_outcome() -> None:
    claims = extract_claims(
        "The factory has a design capacity of 10,000 drones per month but currently produces "
        "about 6,000.",
        "2025-11-03",
    )
    assert [c.modality for c in claims] == ["capacity", "actual"]


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # demand as a market's, growing, is no plan; a union's demand is
        ("The IEA sees global oil demand growing by 1.1 mb/d this year.", ["projected"]),
        ("The union demands a 10% pay rise.", ["planned"]),
    ],
)  # fmt: skip
def test_market_demand_is_no_plan(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-03-05")] == modalities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a provision booked is an outcome, dated by its quarter; a reserve set aside a plan
        ("The bank set aside $1.2 billion for loan losses in the third quarter.",
         [("actual", "2025-Q3")]),
        ("Kazakhstan has set aside half a million tonnes for its state reserve.",
         [("planned", None)]),
    ],
)  # fmt: skip
def test_provisions_set_aside(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    claims = extract_claims(sentence, "2025-11-06")
    assert [(c.modality, c.period) for c in claims] == expected


def test_what_a_measure_answers_is_an_outcome() -> None:
    claims = extract_claims(
        "The EU will impose counter-tariffs on up to €26bn of US goods from 1 April, in "
        "response to American duties of 25% on imports worth about $28bn a year.",
        "2025-03-13",
    )
    assert [(c.modality, c.period) for c in claims] == [
        ("planned", "2025-04-01"),
        ("actual", None),
        ("actual", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the noun "demand" before its past verb is no demand made
        ("Electricity demand peaked at 26,400 megawatts on Wednesday afternoon.", ["actual"]),
        ("Demand hit a record 8,200 MW last week.", ["actual"]),
        # …while the verb still is one, and a demand named after its figure too
        ("Nurses demand a 9% raise.", ["planned"]),
        ("Nurses were offered 3% a year, far short of the 9% the union is demanding.",
         ["actual", "planned"]),
        ("Management offered 3%, against the 6.5% the union demanded.", ["planned", "planned"]),
    ],
)  # fmt: skip
def test_demand_as_a_noun_and_demands_named_after_their_figure(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-07-24")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a vote with its tally is still a vote to do something
        ("Councillors voted 9-4 to raise parking fees to $4.50 an hour.", ["planned"]),
        ("The council voted unanimously to cut the levy by 2%.", ["planned"]),
        # a change set off by "effective" and a day to come is planned
        ("The board raised parking fees to $4.50 an hour, effective May 1.", ["planned"]),
        # …but not one already in effect
        ("The board raised parking fees to $4.50 an hour, effective immediately.", ["actual"]),
    ],
)  # fmt: skip
def test_votes_with_a_tally_and_changes_effective_on_a_day_are_planned(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-03-20")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a share of what was planned or pledged, done, is an outcome
        ("By the end of June, 61% of the allocated funds had been disbursed.", ["actual"]),
        ("Only 40% of the pledged aid has arrived.", ["actual"]),
        # …while a figure named as planned after it still is
        ("The plan includes 500 tanks promised by Berlin.", ["planned"]),
    ],
)  # fmt: skip
def test_a_share_of_a_planned_whole_is_an_outcome(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-07-15")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # "should", "may" or "might" before any verb of movement forecast, as "would" does
        ("Inflation should ease to 2.2% next year, the fund said.", ["projected"]),
        ("Growth should remain at 1.5% in 2026.", ["projected"]),
        ("Unemployment may edge up to 4.4% by December.", ["projected"]),
        # …while "should" before an act is a plan's
        ("The company should deliver 40 jets next year.", ["planned"]),
    ],
)  # fmt: skip
def test_should_before_a_verb_of_movement_forecasts(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-07-15")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the flow a plant is rated for is its capacity, whatever is done with the plant
        ("Shell shut its 404,000 b/d Pernis refinery for maintenance.", ["capacity"]),
        ("Freeport LNG's 15mn t/yr plant will be offline for 40 days.", ["capacity"]),
        # …and so is the flow named right before "capacity"
        ("The refinery runs at 85% of its 300,000 b/d capacity.", ["actual", "capacity"]),
        # …not a flow produced
        ("Indian refiners bought 1.8mn b/d of Russian crude in April.", ["actual"]),
    ],
)  # fmt: skip
def test_the_flow_a_plant_is_rated_for_is_its_capacity(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-05-08")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a vote to hold a level is the level now, not a plan
        ("The Bank of England voted 7-2 to hold Bank Rate at 4%.", ["actual"]),
        ("The MPC voted to keep rates at 4.25%.", ["actual"]),
        # …while a vote to raise a fee plans it
        ("Councillors voted 9-4 to raise parking fees to $4.50 an hour.", ["planned"]),
    ],
)  # fmt: skip
def test_a_vote_to_hold_a_level_is_the_level_now(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-02-07")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money named as still to be spent or disbursed is planned
        ("Germany's parliament approved a €500bn infrastructure fund to be spent over 12 "
         "years.", ["planned"]),
        ("The bank approved a $300m loan to be disbursed in two tranches.",
         ["planned", "planned"]),
        # …not money raised, set off by a comma from a record it set
        ("It raised $2bn, the largest sum to be raised this year.", ["actual"]),
    ],
)  # fmt: skip
def test_money_still_to_be_spent_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a forecast revised by an amount: the amount and the new level are forecasts
        ("Brazil's Conab cut its soybean estimate by 1.1 million tonnes to 167.4 million "
         "tonnes.", ["projected", "projected"]),
        ("The IGC lowered its estimate of world wheat output by 3 million tonnes.",
         ["projected"]),
        # …not a cut of something else
        ("The company cut its workforce by 300 jobs.", ["actual"]),
    ],
)  # fmt: skip
def test_a_forecast_revised_by_an_amount_is_projected(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-03-13")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a figure called for is a demand, planned
        ("The union called for a 10% pay rise.", ["planned"]),
        # …not what a forecast called for
        ("It withdrew its full-year guidance, which had called for margins of 5.5–7%.",
         ["projected"]),
        # what a bank "saw" a measure at, in reported speech, is a forecast
        ("Governor Ewa Nowak told reporters the bank saw inflation at 4.1% in December.",
         ["projected"]),
        # …not what a country saw happen
        ("Russia saw exports fall 5% last year.", ["actual"]),
    ],
)  # fmt: skip
def test_calls_for_a_figure_and_a_level_a_bank_saw(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-11-12")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a level now seen, and an estimate being cut by an amount, are forecasts
        ("The cotton crop is now seen at 5.1 million bales, the exchange said.", ["projected"]),
        ("The bureau kept its outlook, cutting its previous estimate by 0.4 million tonnes.",
         ["projected"]),
        # a natural total a modal foretells is a forecast; an actor's total stays a plan
        ("The sugar harvest will total 38 million tonnes, the agency said.", ["projected"]),
        ("The aid package will total $5 billion, the president said.", ["planned"]),
        # a delivery or payment due later is planned
        ("The first four frigates are due in 2027.", ["planned"]),
        # money paid into a budget is no budget
        ("Tax receipts to the state budget rose 9% in May.", ["actual"]),
        # a part of the figure before shares its modality
        ("The agency will hand out $900 million, including $200 million for seed.",
         ["planned", "planned"]),
        ("The board expects output of 2 million tonnes, with barley making up 0.5 million.",
         ["projected", "projected"]),
        # a consequence of a forecast told with "would be"
        ("The IEA forecast demand at 104 million barrels a day, a level that would be 1% above "
         "last year's.", ["projected", "projected"]),
        # a count joined to a capacity with a rate is what it has, not what it can do
        ("Regulators fined a terminal with a capacity of 20 million tonnes a year and 14 berths.",
         ["capacity", "actual"]),
    ],
)  # fmt: skip
def test_forecast_plan_and_part_readings_of_the_thirteenth_session(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-12")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # an estimate put on a measure is a forecast
        ("The board estimated the cocoa crop at 1.8 million tonnes.", ["projected"]),
        # the earlier estimate of a forecast is a forecast too…
        ("Sales should reach 2 million units, above the earlier estimate of 1.8 million.",
         ["projected", "projected"]),
        # …not a statistic's first reading
        ("Output grew 0.4% in the quarter, revised up from an initial estimate of 0.2%.",
         ["actual", "actual"]),
        # a vote for a change, and a demand for one, are planned
        ("Three members voted for a cut of half a percentage point.", ["actual", "planned"]),
        ("The strike is over the union's demand for an 11% rise.", ["planned"]),
    ],
)  # fmt: skip
def test_estimates_votes_and_demands(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-12")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # an estimate revised to a new level, a split year in between
        ("The exchange cut its estimate for the 2024/25 maize crop to 49 million tonnes from "
         "51 million.", ["projected", "projected"]),
        ("The ministry raised its forecast for 2026 exports to a record 61 million tonnes.",
         ["projected"]),
        # …not a stake raised to a level
        ("The fund raised its stake in the port to 45%.", ["actual"]),
        # on track for a level is a forecast
        ("The yard is on track for more than 40 launches this year.", ["projected"]),
    ],
)  # fmt: skip
def test_estimates_revised_to_a_level_and_on_track_for(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-12")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # past events in an "after" clause are no part of the plan before it
        ("The council will close the bridge, effective 1 March, after more than 40 crashes "
         "since 2022.", ["actual"]),
        # a loan agreed is approved, not planned; a supply agreed stays a plan
        ("Donors agreed to lend Moldova $1.2 billion.", ["actual"]),
        ("Minsk agreed to supply an additional 300 trucks.", ["planned"]),
    ],
)  # fmt: skip
def test_past_events_after_a_plan_and_loans_agreed(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-12")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a modal with an adverb before a verb of cost still forecasts it
        ("The senator said the scheme would still cost about $4 billion.", ["projected"]),
        # a cost foretold with "would be"
        ("The minister said the extra cost would be roughly 9 billion crowns a year.",
         ["projected"]),
        # a change of capacity by a share takes its verb's modality, not capacity's
        ("The airline will cut capacity on its Asian routes by 12% next year.", ["planned"]),
        ("The new line lifted capacity by 8% last year.", ["actual"]),
        ("The plant can lift capacity by 10% within a month.", ["capacity"]),
    ],
)  # fmt: skip
def test_costs_foretold_and_capacity_changed_by_a_share(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-12")] == modalities


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # money allocated already is done; allocated for a later time is a plan
        ("Donor states have allocated €9bn in aid since 2023.", [("actual", None)]),
        ("The ministry allocated €500m for new schools next year.", [("planned", "2026")]),
        # a contract's value is done and undated, whatever the contract will deliver
        ("The yard will deliver four frigates by 2029 under a contract worth €2.1 billion.",
         [("planned", "2029"), ("actual", None)]),
        # a share of somebody's capacity is a capacity; a fill level is not
        ("Strikes have knocked out about 12% of the country's refining capacity.",
         [("capacity", None)]),
        ("The refinery is running at 80% of its capacity.", [("actual", None)]),
    ],
)  # fmt: skip
def test_allocations_contracts_and_shares_of_capacity(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    claims = extract_claims(sentence, "2025-06-12")
    assert [(c.modality, c.period) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the jobs an act creates are the act's, not the capacity named before them
        ("The group will build a mill able to roll 2 million tonnes a year, creating 450 jobs.",
         ["capacity", "planned"]),
        ("The plant can make 500 drones a month, employing 300 people.", ["capacity", "actual"]),
    ],
)  # fmt: skip
def test_the_effect_of_an_act_after_a_capacity(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-12")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a possible sale notified or approved is not made yet
        ("The agency notified Congress of a possible $1.9 billion sale of 200 missiles.",
         ["planned", "planned"]),
        ("Washington approved a possible Foreign Military Sale of 16 jets for $5bn.",
         ["planned", "planned"]),
        # …a sale made is
        ("The firm closed the $1.9 billion sale of its unit.", ["actual"]),
    ],
)  # fmt: skip
def test_a_possible_sale_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-12")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a third party's reckoning of what is to come forecasts it
        ("Analysts at Kepler reckon the new levy will add 0.3 percentage points to inflation.",
         ["projected"]),
        ("Economists reckon a mild winter could shave 4 billion kronor off heating bills.",
         ["projected"]),
        ("Analysts reckon the group lost $2bn on the deal last year.", ["actual"]),
        # an effect on a measure nobody sets, in points
        ("The central bank says energy prices will add about 0.6 percentage points to "
         "headline inflation this winter.", ["projected"]),
        # a share foretold
        ("Its founder said subscriptions would make up 60% of revenue within three years.",
         ["projected"]),
        # a forecaster credited after the figure, in the past tense
        ("Hotel bookings will make up 35% of the group's revenue by 2027, Gartner forecast "
         "in a note on Tuesday.", ["projected"]),
        ("Clinics will treat 2.3 million patients next year, the institute forecast on Friday.",
         ["projected"]),
        # people who will need help are a forecast
        ("About 2.1 million people in Malawi will need food aid before the harvest, the WFP "
         "said.", ["projected"]),
        # a forecaster's object named before the figure
        ("The budget office projects public sector net borrowing of £105bn next year.",
         ["projected"]),
        ("The company's solar projects generated revenue of $300m last year.", ["actual"]),
        # …while an actor's own additions stay planned
        ("The firm will add 300 engineers to its Lyon site next year.", ["planned"]),
        ("The government said it would add 2 GW of offshore wind to the tender.", ["planned"]),
    ],
)  # fmt: skip
def test_a_third_partys_forecast_in_the_future_tense_is_projected(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # what an authority pays out or charges moves by its decision: a plan
        ("The state pension in Ireland will rise by €12 a week next January, the social "
         "protection ministry said.", ["planned"]),
        ("Child benefit will rise to £26.05 a week from April, the Treasury said.", ["planned"]),
        ("Tuition fees in Scotland will rise to £1,950 a year from August.", ["planned"]),
        ("The monthly stipend for doctoral students would rise to 1,200 euros next year.",
         ["planned"]),
        # …not what a debtor pays, nor a market price
        ("Interest payments will rise to 4.1% of GDP by 2028, the budget office said.",
         ["projected"]),
        ("Rents in Lisbon will rise 8% this year, the agency said.", ["projected"]),
    ],
)  # fmt: skip
def test_an_administered_payment_that_will_rise_is_planned(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # what unnamed forecasters expected, named after the figure, is a forecast
        ("Revenue rose to €4.1bn, short of the €4.4bn analysts had pencilled in.",
         ["actual", "projected"]),
        ("It posted a loss of 210 billion won, narrower than the 265 billion won loss "
         "forecast by analysts.", ["actual", "projected"]),
        ("Operating profit dropped to 88 billion yen, missing the 95 billion yen average of "
         "analyst estimates.", ["actual", "projected"]),
        ("Quarterly sales reached $2.2bn, above the $2.0bn median of analysts' forecasts.",
         ["actual", "projected"]),
    ],
)  # fmt: skip
def test_a_consensus_named_after_the_figure_is_projected(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money approved but not yet spent, aimed at, hoped for or meant to be saved
        ("Ternhall's board approved capital spending of €2.1bn for its new lines, the "
         "company said.", ["planned"]),
        ("The cabinet approved a new steel mill in Odisha, involving an investment of 80 "
         "billion rupees.", ["planned"]),
        ("The programme is meant to save 1.2 billion kronor a year.", ["planned"]),
        ("The league hoped to sell more than 40,000 tickets for the final.", ["planned"]),
        ("The charity said it had collected $3m, well short of the $10m it aims to raise.",
         ["actual", "planned"]),
        # a right to buy more is not a purchase made
        ("The carrier has ordered 30 regional jets, with options for 15 more.",
         ["actual", "planned"]),
        # …while money granted or lent is done, and a deed before "and it plans" stays one
        ("The EU approved €3bn of state aid for the project.", ["actual"]),
        ("The firm sold 500 cars last year and it plans to double sales.", ["actual"]),
    ],
)  # fmt: skip
def test_money_approved_aimed_at_or_hoped_for_is_planned(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # "planned" naming a kind of thing in a modifier of the figure's noun is no plan
        ("The number of patients waiting for planned surgery in Wales fell to 21,300 in March.",
         ["actual"]),
        ("Bookings for planned maintenance at the yard climbed to 340 ships.", ["actual"]),
        # …while the planned thing itself, or a plan told with "planned to", is one
        ("Orsted lifted its planned annual dividend to 14 crowns a share.", ["planned"]),
        ("The group will postpone a planned output increase of 90,000 barrels a day.",
         ["planned"]),
        ("The company planned to spend $4bn on the mine.", ["planned"]),
    ],
)  # fmt: skip
def test_planned_in_a_modifier_is_no_plan(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the value held "previously" by a forecast or a plan is the one it replaces
        ("The brewer now forecasts sales growth of 3%, down from 5% previously.",
         ["projected", "projected"]),
        ("The miner now plans capital spending of $3bn, up from $2.5bn previously.",
         ["planned", "planned"]),
        ("Sales rose to $5bn, up from $4bn previously.", ["actual", "actual"]),
        # a bare plural noun after ", and" is the same verb's next object
        ("The carmaker now expects a margin of 6%, down from 8% previously, and deliveries "
         "of about 1.9 million units.", ["projected", "projected", "projected"]),
        ("The insurer expects a combined ratio of 94%, and premiums of £8bn were written "
         "last year.", ["projected", "actual"]),
    ],
)  # fmt: skip
def test_a_forecasts_previous_value_and_next_object(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the main clause's report after a relative clause holding a demand is its own
        ("The union, which is seeking 4–5% a year, says 4,000 nurse posts are vacant.",
         ["planned", "actual"]),
        # people seen doing something were observed, not forecast
        ("About 2,300 people were seen sleeping rough in Manchester in the spring, a rise of "
         "12% on a year earlier.", ["actual", "actual"]),
        ("Around 300 vehicles were seen queuing at the border, up 40% on Monday.",
         ["actual", "actual"]),
        # …while a level or a movement "seen" is a forecast
        ("Brazil's coffee crop was seen at 55 million bags, a fall of 3% from last season.",
         ["projected", "projected"]),
    ],
)  # fmt: skip
def test_leaks_from_an_aside_or_a_sight(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # "projects" as a forecaster's verb, its object's noun before "of" and the figure
        ("The budget office projects net interest costs of $910bn next year.", ["projected"]),
        # …not the noun "projects" and a verb of its own
        ("Its projects generate revenue of $3bn a year.", ["actual"]),
        ("The ministry's wind projects cost an average of $40m each.", ["actual"]),
    ],
)  # fmt: skip
def test_projects_as_a_verb_before_its_objects_noun(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a measure of a year not over, put at a figure, is an estimate of what will be
        ("The ministry put this year's barley crop at 11.2 million tonnes, up 8% from 2024, "
         "and rapeseed at 4.1 million tonnes.", ["projected", "projected", "projected"]),
        # …while one of a time gone by is an outcome
        ("The institute puts last year's export revenue at $149bn.", ["actual"]),
        ("The ministry put sunflower oil shipments at 0.41 million tonnes in July.", ["actual"]),
    ],
)  # fmt: skip
def test_this_years_measure_put_at_a_figure_is_projected(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # "could" before a verb of use forecasts the use; its base "now" is an outcome
        ("Europe's data centres could draw as much as 40 gigawatts of power by 2030, up from "
         "about 14 gigawatts now.", ["projected", "actual"]),
        ("Desalination plants could consume 8% of the region's electricity by 2035.",
         ["projected"]),
        # …while what a facility could handle stays its capacity
        ("The new terminal could handle 2 million containers a year.", ["capacity"]),
    ],
)  # fmt: skip
def test_could_before_a_verb_of_use_is_projected(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # what is judged likely, before or after the figure, is a forecast
        ("The council said a rise of 0.25 percentage points was more likely.", ["projected"]),
        ("Forecasters said drought was likely in 9 provinces this summer.", ["projected"]),
        ("Exports rose 4% in May and imports fell 2%.", ["actual", "actual"]),
    ],
)  # fmt: skip
def test_what_is_judged_likely_is_projected(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a cost "put at" a figure, with no past event named, is an estimate of what will be
        ("The minister put the cost at 12 billion euros; critics said it would be higher.",
         ["projected"]),
        ("The audit office now puts the total at £8.1bn for the new hospital.", ["projected"]),
        # …the cost of something that happened is an outcome
        ("Insurers put the cost of the floods at $2bn.", ["actual"]),
    ],
)  # fmt: skip
def test_a_cost_put_at_a_figure_is_projected(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # an outcome restated as a share of capacity is a fill level, not a capacity
        ("The smelter produced 410,000 tonnes last year, about 88% of its capacity of 465,000 "
         "tonnes.", ["actual", "actual", "capacity"]),
        ("The mill rolled 1.1 million tonnes in 2024, or 73% of its annual capacity.",
         ["actual", "actual"]),
        # …while a share of capacity knocked out is one
        ("Strikes have knocked out about 17% of the country's refining capacity, or roughly "
         "600,000 barrels a day.", ["capacity", "capacity"]),
    ],
)  # fmt: skip
def test_an_outcome_restated_as_a_share_of_capacity(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the cost of a plan, told after it, is planned
        ("Nurses will receive a 4.5% pay rise next year, the ministry said, at a cost to "
         "hospitals of about £900m.", ["planned", "planned"]),
        ("The navy will buy 12 more patrol boats by 2028, on top of the 30 delivered since "
         "2015, at a cost of about 2 billion euros.", ["planned", "actual", "planned"]),
        # …the cost of a deed done is done
        ("The airline bought 12 jets last year, at a cost of $1bn.", ["actual", "actual"]),
    ],
)  # fmt: skip
def test_the_cost_of_a_plan_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money a law or bill "sets aside" is planned, as "set aside" was
        ("The new law sets aside 3 billion pesos for school meals, with about 40% going to "
         "rural districts.", ["planned", "planned"]),
        # …a provision for losses is booked
        ("The lender sets aside €400m for bad loans each quarter.", ["actual"]),
    ],
)  # fmt: skip
def test_a_bill_that_sets_aside_money_plans_it(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money measures unveiled are still to take effect
        ("The finance minister has unveiled spending cuts worth 40 billion pesos over three "
         "years.", ["planned"]),
        ("The government announced savings of about €6bn for next year's budget.", ["planned"]),
        # …not cuts made in a year gone by, nor a share cut in data
        ("The company announced cost cuts of $300m last year and they were completed in March.",
         ["actual"]),
        ("Exports fell, and the ministry unveiled data showing cuts of 5% in output.",
         ["actual"]),
    ],
)  # fmt: skip
def test_money_measures_unveiled_are_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the object of a deed done, named after the figure, is an outcome
        ("The developer plans to build 900 MW of data-centre capacity by 2028, backed by a "
         "$6bn loan it signed with banks this week.", ["capacity", "actual"]),
        ("The group will spend the $2bn it raised in March on new ships.", ["actual"]),
        # …not the object of an aim
        ("The charity said it had collected $3m, well short of the $10m it aims to raise.",
         ["actual", "planned"]),
    ],
)  # fmt: skip
def test_the_object_of_a_deed_done_is_actual(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money in commitments or pledges is promised, not paid
        ("The fund has secured $3.2bn in initial commitments from 14 countries.",
         ["planned", "actual"]),
        # …money disbursed in grants is paid
        ("The agency has disbursed $800m in grants this year.", ["actual"]),
    ],
)  # fmt: skip
def test_money_in_commitments_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a plan word inside a name is no plan
        ("The Office of Budget Oversight said provinces owed contractors 41 billion pesos at "
         "the end of March.", ["actual"]),
        ("The Coastal Recovery Plan has paid out 2.3 billion pesos to fishermen, the agency "
         "said.", ["actual"]),
        # …but a named pledge's aim is still its plan
        ("Forty countries have joined the Clean Ports Pledge to cut harbour emissions by 25%.",
         ["actual", "planned"]),
        # money "it requires" is asked for
        ("The hospital has raised £4m of the £10m it requires for a new wing.",
         ["actual", "planned"]),
    ],
)  # fmt: skip
def test_a_plan_word_inside_a_name_is_no_plan(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money paid to or into a budget is no plan
        ("Moldova got €120m from the World Bank, taking external budget support this year to "
         "€610m, the government said.", ["actual", "actual"]),
        ("Budget revenues from oil fell to 412 billion roubles in March.", ["actual"]),
        # …a budget's own figure is
        ("The budget sets health spending at €3.2bn.", ["planned"]),
    ],
)  # fmt: skip
def test_budget_support_and_revenue_are_no_plan(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the share of an appeal's money received is an outcome
        ("The flood response plan, which asks for $240m, is only 19% funded, the agency said.",
         ["planned", "actual"]),
        ("Yemen's aid plan is just 31 per cent funded with two months to go.", ["actual"]),
        # …a share to come is not
        ("The new bridge will be 60% funded by the state, the ministry plans.", ["planned"]),
    ],
)  # fmt: skip
def test_a_share_funded_is_an_outcome(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the base a plan or forecast is set against is an outcome
        ("Chile's copper output could reach 5.9 million tonnes this year, the commission "
         "forecast, against 5.3 million tonnes in 2023.", ["projected", "actual"]),
        ("The ferry operator said it would run 40 crossings a day from March, against 28 "
         "during the strike.", ["planned", "actual"]),
        # …not a base named a plan itself
        ("The port will handle 3 million containers next year, against 2.4 million planned "
         "earlier.", ["planned", "planned"]),
    ],
)  # fmt: skip
def test_the_base_a_plan_is_set_against_is_an_outcome(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the figure's own deed done is an outcome, whatever the clause before plans
        ("Of the 3,000 tonnes of seed that the agency had promised by May, only 1,100 tonnes "
         "had been delivered.", ["planned", "actual"]),
        ("The army plans to buy 120 tanks; 40 were delivered last month.", ["planned", "actual"]),
        # …and the object of a plan told after it is planned
        ("The council has paid out £40m of the £90m in repairs it has promised since the "
         "storm.", ["actual", "planned"]),
        # …not the pledgers counted
        ("Some 15 countries have pledged money for the fund.", ["actual"]),
    ],
)  # fmt: skip
def test_a_deed_done_after_a_plan_and_the_object_of_a_plan(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a modal credited after it to an estimate in the past is a forecast
        ("The new levy will raise about €3bn a year, the fiscal council estimated.",
         ["projected"]),
        ("The rule would allow only £4bn of extra borrowing in 2027, the think-tank estimated "
         "on Monday.", ["projected"]),
        # …an outcome so credited stays one, and a plan credited by a report stays a plan
        ("Arrivals reached 1.2 million tonnes by March, exporters estimated.", ["actual"]),
        ("The ministry will hire 2,000 nurses, the minister said.", ["planned"]),
    ],
)  # fmt: skip
def test_a_modal_credited_to_an_estimate_is_a_forecast(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # what "was/were expected to" happen, in reported speech, is a forecast
        ("Organisers said 40,000 visitors were expected to attend the fair.", ["projected"]),
        # …as is people's return that "could" come
        ("The agency said up to 300,000 refugees could return home if the fighting stops.",
         ["projected"]),
        # …not what happened
        ("Organisers said 40,000 visitors attended the fair.", ["actual"]),
    ],
)  # fmt: skip
def test_what_was_expected_and_a_return_foretold_are_forecasts(
    sentence: str, modalities: list[str]
) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # what a place was built or designed for is its capacity
        ("The shelter, designed for 800 people, housed 1,350 on Sunday.", ["capacity", "actual"]),
        ("The stadium was built for about 45,000 fans.", ["capacity"]),
        # …not what it cost
        ("The bridge was built for $2bn in 2019.", ["actual"]),
    ],
)  # fmt: skip
def test_what_a_place_was_built_for_is_its_capacity(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a measure named as capacity past its rate is a capacity
        ("The mill will restart a line next month, adding 80,000 tonnes a year of capacity.",
         ["capacity"]),
        ("Output fell to 30mn tonnes, well below its 45mn tonnes a year of capacity.",
         ["actual", "capacity"]),
        # …not an outcome's rate
        ("The mill produced 80,000 tonnes a year of pulp.", ["actual"]),
    ],
)  # fmt: skip
def test_capacity_named_past_its_rate(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a drive named as a noun, a requirement and a guideline are aims
        ("The order is part of a push to build 40 frigates by 2035.", ["planned"]),
        ("The agency delivered 9,000 tonnes of grain in May, against a monthly requirement of "
         "25,000 tonnes.", ["actual", "planned"]),
        ("Only four members met the bloc's 3% of GDP guideline last year.", ["actual", "planned"]),
        # …not a purpose clause before the main verb
        ("In a bid to cut costs, the firm shut 12 plants last year.", ["actual"]),
    ],
)  # fmt: skip
def test_drives_requirements_and_guidelines_are_aims(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # an amount pencilled in by an actor is a plan
        ("The city has pencilled in €80m for new tram lines.", ["planned"]),
        ("Battery storage is pencilled in at 4 GW for the same year.", ["planned"]),
        # …what analysts had pencilled in is a forecast
        ("Sales were €1.1bn, short of the €1.3bn analysts had pencilled in.",
         ["actual", "projected"]),
    ],
)  # fmt: skip
def test_an_amount_pencilled_in_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the noun "demand" before a participle is a measure, not a demand made
        ("The bond sale drew demand totalling $9bn.", ["actual"]),
        ("The agency sold €2bn of bills, with demand reaching €6.3bn.", ["actual", "actual"]),
        # …the verb stays a demand
        ("The union demands 4,000 new posts.", ["planned"]),
    ],
)  # fmt: skip
def test_demand_before_a_participle_is_a_measure(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a buyback's new size is still to be bought
        ("The insurer lifted its share buyback to €900m for the rest of the year.", ["planned"]),
        # …what it has bought to date is done
        ("The bank's buyback to date has reached $2bn.", ["actual"]),
    ],
)  # fmt: skip
def test_a_buyback_lifted_to_a_size_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # "would" right after a figure and its rate, in reported speech, is the plan's
        ("The mayor said about 5,000 homes a year would be built under the scheme.",
         ["planned"]),
        # …not a movement foretold
        ("Analysts said exports of 2 million tonnes a year would rise.", ["actual"]),
    ],
)  # fmt: skip
def test_would_after_a_figure_and_its_rate_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the base of a pledge or a quota was a pledge or quota too, whenever it was
        ("Donors pledged $2.1bn for Yemen this year, down from $2.9bn in 2023.",
         ["planned", "planned"]),
        ("Norway will cut its fishing quota to 400,000 tonnes next year, from 520,000 tonnes "
         "in 2024.", ["planned", "planned"]),
        # …the base of spending set is an outcome
        ("The government will raise defence spending to 3% of GDP next year, up from 2.4% in "
         "2024.", ["planned", "actual"]),
    ],
)  # fmt: skip
def test_the_base_of_a_pledge_or_quota_is_one_too(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the effect a move or a claim would have is a forecast
        ("The airline says the pilots' claim would add €90m a year to its costs.", ["projected"]),
        ("Economists said the move would cut household bills by about £120 a year.",
         ["projected"]),
        # …an actor's own act stays a plan
        ("The retailer said it would add 3,000 jobs.", ["planned"]),
    ],
)  # fmt: skip
def test_the_effect_a_move_would_have_is_a_forecast(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a "while" clause of a measure's movement in the present goes on with the forecast
        ("The fiscal council projects that the deficit will narrow to 3.1% of GDP next year, "
         "while interest costs rise above €40bn a year.", ["projected", "projected"]),
        # …not an outcome told in the past
        ("The bank forecast growth of 2.1% next year, while inflation rose to 3.4% in May.",
         ["projected", "actual"]),
    ],
)  # fmt: skip
def test_a_while_clause_goes_on_with_the_forecast(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money promised, named as the measure, is promised
        ("New climate finance commitments to Africa fell to $4.2bn in the first half.",
         ["planned"]),
        # …money disbursed is paid
        ("Disbursements to Africa rose to $3.1bn in the first half.", ["actual"]),
    ],
)  # fmt: skip
def test_commitments_named_as_the_measure_are_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the share of capacity a plant ran at is a fill level, after a capacity too
        ("The smelter, designed to make 400,000 tonnes a year, ran at about 70% of capacity "
         "in March.", ["capacity", "actual"]),
        # …what it can run at stays a capacity
        ("The plant can run at 90% of capacity.", ["capacity"]),
    ],
)  # fmt: skip
def test_a_share_of_capacity_run_at_is_a_fill_level(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a levy's next step after "and" is the levy's plan, as "tariffs will rise" is
        ("Import tariffs on Canadian lumber rose to 14% in May and will climb to 20% by "
         "December, the department said.", ["actual", "planned"]),
        ("Tariffs on Chinese solar cells will rise to 50% on the same date and those on "
         "batteries will reach 25% by 2026, the office said.", ["planned", "planned"]),
        ("Export levies on palm oil will reach 12% next year, the ministry said.", ["planned"]),
        # …what a levy raises moves by no one's plan
        ("Tax revenue rose to $40bn in May and will climb to $45bn by December, the treasury "
         "said.", ["actual", "projected"]),
    ],
)  # fmt: skip
def test_a_levy_moving_after_and_is_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # what an outcome or a plan suffices for is told in its modality
        ("The port handled 4,200 containers last week, enough to fill 12 ships.",
         ["actual", "actual"]),
        ("The ministry set aside $2 billion for the programme, enough to buy 40 helicopters.",
         ["planned", "planned"]),
        ("The company has an order book of $3bn, enough to keep its five plants busy until 2027.",
         ["actual", "actual"]),
        # …what a plant's power or capacity suffices for is a capacity
        ("The plant can make 50,000 tonnes a year, enough to supply 200 bakeries.",
         ["capacity", "capacity"]),
        ("The wind farm will add 900 megawatts, enough to power 700,000 homes.",
         ["planned", "capacity"]),
    ],
)  # fmt: skip
def test_enough_to_after_an_outcome_or_plan_keeps_it(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the terms of an offer are on the table, as "an offer of 3%" is
        ("Dockers rejected an offer that included a 9% pay rise and a $2,000 bonus, the union "
         "said.", ["planned", "planned"]),
        ("Teachers voted down a pay offer worth 4% a year, the union said.", ["planned"]),
        ("Pilots turned down an offer including a 12% rise over two years.", ["planned"]),
        # …offers received from buyers are counted
        ("Shares rose 8% after the company said it had received offers from three buyers.",
         ["actual", "actual"]),
    ],
)  # fmt: skip
def test_the_terms_of_an_offer_are_planned(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the verb after a subject's apposition is the subject's and the apposition's
        ("Some 4 million people in Yemen, or 13% of the population, are expected to need "
         "food aid next year.", ["projected", "projected"]),
        # …and a done deed stays done
        ("Nearly 2 million people, or about 60% of the population, have been displaced.",
         ["actual", "actual"]),
        ("Exports fell 3%, or $2bn, in May and will fall further.", ["actual", "actual"]),
    ],
)  # fmt: skip
def test_the_verb_after_an_apposition_is_the_subjects(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a change told in a present "as" clause of its own is no part of the plan
        ("The city will build 3,000 homes as its population grows to 2 million.",
         ["planned", "actual"]),
        # …but a change to come is not told as done
        ("The airline will add 40 flights a week as demand rises 12% this summer.",
         ["planned", "planned"]),
        ("The bank expects growth of 2% as exports rise to $90bn.", ["projected", "projected"]),
    ],
)  # fmt: skip
def test_a_present_as_clause_after_a_plan_is_its_own(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # a deal's terms agreed are a deal made
        ("Bondholders agreed to a 30% haircut on $8bn of bonds.", ["actual", "actual"]),
        ("The bank agreed to a $1.2bn settlement with regulators, the filing showed.",
         ["actual"]),
        # …but terms that start later are still to come
        ("Nurses agreed to a 6% pay rise from next April.", ["planned"]),
        ("OPEC+ agreed to a cut of 2 million barrels per day from November.", ["planned"]),
    ],
)  # fmt: skip
def test_a_deal_agreed_to_is_made(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the level of a fleet installed is a capacity
        ("Spain added 8 gigawatts of wind farms last year. That took the total to about 32 "
         "gigawatts.", ["actual", "capacity"]),
        ("Grid-scale battery storage in California reached 13,000 megawatts in June.",
         ["capacity"]),
        # …not a flow or a demand
        ("Total power demand reached 60 gigawatts in July.", ["actual"]),
        ("Deployments of energy storage rose to 5 gigawatt-hours in the quarter.", ["actual"]),
        ("The country imported 1,200 megawatts, bringing the total to 3,000 megawatts for the "
         "day.", ["actual", "actual"]),
    ],
)  # fmt: skip
def test_an_installed_total_is_a_capacity(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # the whole an actor owns, named after "the last/rest of its", is counted
        ("The carmaker will shut the rest of its 14 European factories by 2028.", ["actual"]),
        ("The airline plans to retire the last of its 40 remaining jets next year.",
         ["actual"]),
        # …not a whole still to come
        ("The company will open the first of its 12 new stores in May.", ["planned"]),
    ],
)  # fmt: skip
def test_a_whole_owned_after_the_last_of_is_counted(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities


@pytest.mark.parametrize(
    ("sentence", "modalities"),
    [
        # money allocated over a span past is done
        ("Gulf donors allocated $9bn to Egypt between 2022 and 2024, the report said.",
         ["actual"]),
        ("Donors allocated $1.1bn in humanitarian aid to Sudan since April 2023.", ["actual"]),
        # …money allocated for what is to come stays a plan
        ("The government allocated $2bn for next year's elections.", ["planned"]),
    ],
)  # fmt: skip
def test_money_allocated_over_a_past_span_is_done(sentence: str, modalities: list[str]) -> None:
    assert [c.modality for c in extract_claims(sentence, "2025-06-01")] == modalities
