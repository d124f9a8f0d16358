"""The modality of each figure: actual, a capacity, a plan or a forecast.

:func:`assign_modality` reads, for each figure of a sentence, the cue words in the text
since the previous figure (after the last clause break) and just after it:

* capacity wording ("can", "capable of", "rated at") wins over tense;
* the latest projected or planned cue wins, with "will/would" refined: a modal inside a
  forecast is projected, the movement of something an actor sets is planned;
* a figure without a cue of its own follows the previous one unless a clause break or a
  subordinate clause intervenes;
* from-baselines are actual (or share the kind of a revised capacity or forecast), figures
  dated in the past are actual, and the rated size of a plant is a capacity.

This module holds those rules; the cue words and patterns themselves, and
:func:`~indicators.modality_cues.modality_cue` that reads them, live in
:mod:`indicators.modality_cues`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from indicators.claims import Modality, Per, UnitKind
from indicators.modality_cues import CAPACITY_RE, modality_cue
from indicators.periods import CAUSE_PARTICIPLES, CLAUSE_BREAK_RE, IRREGULAR_PASTS
from indicators.words import wordset

__all__ = ["Modal", "assign_modality"]


class Modal(Protocol):
    """What modality assignment reads and writes on a figure."""

    start: int
    end: int
    noun_end: int
    is_from: bool
    unit: str | None
    unit_kind: UnitKind
    per: Per | None
    modality: Modality
    extra: dict[str, str]


#: What forecasters expected, after the figure: "beating the €389m analysts had expected".
_EXPECTED_BY_AFTER_RE = re.compile(
    r"\s+(?:that\s+)?(?:analysts|economists|traders|investors|markets|the\s+market)"
    r"(?:\s+[a-z]+){0,3}?\s+(?:had\s+)?(?:expected|forecast|predicted|estimated|projected"
    # ("short of the €5.4bn analysts had pencilled in")
    r"|pencill?ed\s+in)\b"
    # (or in the passive, past the figure's noun: "the 265 billion won loss forecast by
    # analysts")
    r"|\s+(?:[a-z-]+\s+)?(?:expected|forecast|predicted|estimated|projected)\s+by\s+(?:the\s+)?"
    r"(?:analysts|economists|traders|investors|markets|forecasters)\b"
)

#: A noun phrase coordinated with the previous object: "…, and a deficit of ", "…, and
#: nearly 100% by …".
_NP_CONTINUATION_RE = re.compile(
    r"\s*(?:(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}?of\s+"
    # (or a bare plural noun and its figure: "…, and deliveries of about ")
    r"|[a-z]+s\s+of\s+(?:(?:about|around|some|roughly|nearly|up\s+to|at\s+least|more\s+than)\s+)?"
    # (or a gapped object of "put … at": "…, and winter barley at 8.3 million")
    # (not a verb: "and exports rose at"; "rapeseed" is a noun)
    r"|(?:(?!(?:[a-z]+[^e\s]ed|rose|fell|grew|stood|was|were|is|are)\s)[a-z-]+\s+){1,2}at\s+"
    r"(?:(?:about|around|some|roughly|nearly)\s+)?)?"
)
#: A bare verb and its object after ", and", no subject of its own: "…, and close 40".
_VP_CONTINUATION_RE = re.compile(
    r"\s*(?:(?:also|then)\s+)?(?![a-z]+(?:ed|ing)\s|(?:that|which|who|it|its|they|the)\s)"
    r"[a-z]+\s+"
    # (its object before the figure: "…, and put average yields at a record 183.6")
    r"(?:(?:the\s+|its\s+|their\s+)?(?:(?!(?:has|have|had|is|are|was|were|will|would)\s)"
    r"(?![a-z]+ed\s)[a-z-]+\s+){1,3}?(?:at|to)\s+(?:a\s+record\s+)?)?"
    r"(?:(?:a|an|the|its|their|another|up\s+to|about|some|around|nearly|at\s+least|more\s+than)\s+)?"
)
#: An infinitive after ", and", the same verb's second object: "expects to invest $13bn in
#: 2025, and to raise output by 2%", "plans to cut 500 jobs, and to close 12 stores".
_INF_CONTINUATION_RE = re.compile(
    r"\s*to\s+[a-z]+\s+(?:(?:[a-z-]+\s+){0,4}?(?:at|to|by)\s+)?"
    r"(?:(?:a|an|about|some|around|nearly|at\s+least|more\s+than|up\s+to)\s+)?"
)
#: A subordinate clause after a comma: "…, after shipments of ".
_SUBORDINATE_RE = re.compile(
    # (two groups, one for the alternatives after a comma and one for those after a space:
    # the engine tests both at every position, where it tested each alternative)
    r",\s+(?:"
    rf"(?:after|before|as|while|compared\s+with|{CAUSE_PARTICIPLES})\s"
    # a relative clause about a place: "will give £50m to Sudan, where … has left
    # an estimated 24.6 million people facing hunger"
    r"|(?:where|of\s+whom)\s"
    # a relative clause in the present describing what the plan is about: "will invest 70
    # billion crowns to extend the life of the Troll field, which supplies about 10% of
    # Europe's gas"
    # (the verb stays in the region: "…, which aims to field 30,000" keeps its cue)
    r"|which(?=\s+(?:now\s+|currently\s+|already\s+)?(?:supplies|produces|employs|holds"
    r"|exports|imports|accounts\s+for|handles|carries|serves|houses|hosts|has|have)\s)"
    # what there is besides: "can make 200,000 shells a year from 2027, on top of roughly
    # 150,000 produced annually at existing sites"
    r"|(?:on\s+top\s+of|in\s+addition\s+to|besides)\s"
    # what a measure answers: "will impose counter-tariffs …, in response to American duties
    # of 25% on imports worth about $28bn a year"
    r"|(?:in\s+response\s+to|in\s+retaliation\s+for|in\s+reaction\s+to)\s"
    # the market's answer to a plan: "said it would raise 60 billion crowns, sending its
    # shares down 29%"
    r"|(?:sending|pushing|driving|knocking|dragging)\s+(?:its|their|the\s+\w+['’]s|the)\s+"
    r"(?:shares|stock|stocks|share\s+price|bonds?|currency)\s"
    r")"
    # (each alternative above opens with a letter, so ",\s+" reads the same spaces for all)
    r"|\s(?:"
    # a clause of its own without a comma: "lifted its forecast to $18.4bn after sales jumped"
    r"(?:after|because)\s+(?:[\w'’-]+\s+){1,3}?(?:[a-z]+ed|rose|fell|grew|jumped|slid|sank"
    r"|surged|climbed|dropped)\s"
    # "will hire 20,000 teachers as enrolment climbs to about 1.25 million": a change told in
    # a present clause of its own
    r"|as\s+(?:[\w'’-]+\s+){1,6}?(?:climbs|rises|falls|grows|swells|shrinks|jumps|drops"
    r"|slides|surges)\s"
    # "is forecast to grow 4% this year after rising 4.3% in 2024": a past result
    r"|after\s+[a-z]+ing\s"
    # "… this year after 2025 revenue of €9.9bn": a past result
    r"|after\s+(?:(?:19|20)\d\d|last\s+year['’]s)\s"
    r")"
)
#: The level of a fleet installed, before a rated figure: "storage … reached ", "took the
#: total to " (after what was installed).
_INSTALLED_LEVEL_END_RE = re.compile(
    # (not a product's sales: "deployments of its battery storage systems rose to")
    r"(?:(?<!of\s)(?<!its\s)(?<!of\sbattery\s)(?<!of\senergy\s)(?<!its\sbattery\s)"
    r"(?<!its\senergy\s)\bstorage\b(?!\s+(?:systems?|units?"
    r"|products?))[^,;]{0,30}?\b(?:reached|stood\s+at|totall?ed|rose\s+to"
    r"|climbed\s+to|to)|\b(?:took|taking|bringing|brought|brings|takes)\s+(?:the|its|their)"
    r"\s+(total)\s+to)\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?$"
)
_INSTALLED_BEFORE_RE = re.compile(r"\b(?:added|adds|installed|commissioned|capacity)\b")
#: A whole owned, named by a part without a figure: "the last of its ", "the rest of their ".
_WHOLE_OWNED_END_RE = re.compile(
    r"\bthe\s+(?:last|first|rest|remainder|bulk)\s+of\s+(?:its|their|his|her|our)\s+"
    r"(?:remaining\s+|existing\s+|current\s+)?$"
)
_NEW_AFTER_RE = re.compile(r"\s+(?:new|planned|additional|more|further|future|proposed)\b")
#: Money allocated, then the span it was allocated over: "allocated ", " … between January
#: 2022 and April 2025", " … since 2022".
_ALLOCATED_END_RE = re.compile(r"\ballocated\s+(?:(?:about|around|some|roughly|nearly)\s+)?$")
_SPAN_SINCE_AFTER_RE = re.compile(
    r"[^,;.]{0,60}?\b(?:since\b|between\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+and\b)"
)
#: A deal's terms agreed: "agreed to a " before the figure, " haircut" after it.
_AGREED_TO_A_END_RE = re.compile(r"\bagreed\s+to\s+an?\s+(?:(?:about|around|some|roughly)\s+)?$")
_DEAL_NOUN_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:haircut|settlement|write-?off|writedown|discount|fine|penalty"
    r"|(?:pay|wage|salary)\s+(?:rise|increase|deal))\b"
)
#: A time to come after a figure: "demand rises 12% this summer" forecasts it.
_SOON_AFTER_RE = re.compile(r"[^,;.]{0,30}?\b(?:this|next|later|coming|by|in\s+20\d\d)\b")
#: Units that give the rated size of a plant, park, reactor or pipeline.
_RATED_UNITS = wordset(
    "watt kilowatt megawatt gigawatt terawatt kilowatt_hour megawatt_hour gigawatt_hour"
    " terawatt_hour"
)
_RATED_FACILITY_RE = re.compile(
    # (a name between: "The 1.2 GW Dogger Reach C wind farm")
    r"\s+(?:[A-Z][\w-]*\s+){0,3}?(?:[a-z-]+\s+){0,2}?(?:plant|park|farm|station|reactor|pipeline"
    r"|refinery|terminal"
    r"|facility|array|complex|smelter|battery|batteries|installation|interconnector|turbine"
    r"|project|unit|cable|link)s?\b"
)
#: Flows a plant is rated for, with their rate: barrels a day, tonnes a year.
_RATED_FLOW_UNITS = frozenset(("barrel", "tonne", "cubic_metre", "cubic_foot"))
_COUNT_END_RE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+$")
_DETERMINER_END_RE = re.compile(r"(?:\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|his|her)|\w['’]s?)\s+$")

#: A levy opening the sentence, not what it raises: "EU tariffs on fertilisers rose …".
_LEVY_OPEN_RE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:tariffs?|duty|duties|levy|levies|surcharges?|fees|taxe?s?)\b"
    r"(?!\s+(?:revenues?|receipts|income|take|collections?|evasion|arrears|payments?)\b)",
    re.I,
)
#: A modal with no subject of its own after "and": "and will climb in stages to", "and those
#: on semiconductors will reach".
_SUBJECTLESS_MODAL_RE = re.compile(
    r"\band\s+(?:those\s+(?:on|for|of)\s+[^,;]{1,40}?\s+)?(?:will|would)\s+[a-z]+"
    r"(?:\s+[a-z]+){0,3}\s+$"
)

#: The measure a changed figure belongs to: "capacity to X", "its forecast … to X".
_MEASURE_KIND_RE = re.compile(
    r"\b(?:capacity|forecasts?|projections?|estimates?|outlook|guidance|targets?|goals?"
    r"|objectives?|budgets?)\b(?![^,;]*\b(?:said|says)\b)"
)
#: An announcement before a figure, in its clause: "announced a baseline ".
_ANNOUNCED_RE = re.compile(r"\b(?:announced|announces|unveiled|unveils)\b[^,;]{0,40}$")
#: A levy named after a figure: "10% tariff", "£40 billion of tax increases".
_LEVY_AFTER_RE = re.compile(
    r"\s+(?:of\s+)?(?:[a-z-]+\s+){0,2}?(?:tariffs?|tax(?:es)?|levy|levies|duty|duties"
    r"|tax\s+(?:increases|rises|hikes|cuts)|surcharges?"
    # (or aid to come: "unveiled a $300 million arms package")
    r"|(?:aid|arms|military|support|stimulus|rescue|spending)\s+(?:package|programme|program))\b"
)
#: A provision booked, after its figure: " for loan losses", " for bad loans".
_PROVISION_AFTER_RE = re.compile(
    r"\s+(?:in\s+provisions\s+)?(?:to\s+cover|for)\s+(?:potential\s+|possible\s+|expected\s+"
    r"|future\s+|credit\s+|bad\s+)?(?:loan\s+|credit\s+)?(?:losses|bad\s+loans|defaults|impairments)\b"
)
_SET_ASIDE_END_RE = re.compile(
    r"\b(?:set|sets|setting)\s+aside\s+(?:an?\s+(?:extra\s+|further\s+)?)?$"
)
#: What announced money is for: " for 30 projects", " in funding to repair".
_FUNDING_FOR_AFTER_RE = re.compile(
    r"\s+(?:(?:of|in)\s+(?:new\s+|extra\s+|additional\s+)?(?:funding|investment|grants?|aid"
    r"|spending)\s+)?(?:for(?!\s+(?:the|this|last|next)\s+(?:quarter|year|month|period|half))"
    r"|to\s+(?:fund|build|repair|support|help|upgrade|expand))\b"
)
#: Money announced right before its figure: "announced €12m", "unveiled an extra £40m".
_ANNOUNCED_MONEY_RE = re.compile(
    r"\b(?:announced|unveiled)\s+(?:an?\s+)?(?:extra\s+|additional\s+|new\s+|further\s+)?$"
)
#: When an earlier estimate was made: "a month ago", "two weeks ago".
_ESTIMATE_AGO_RE = re.compile(r"\b(?:a|one|two|three)\s+(?:months?|weeks?)\s+ago\b")
#: "from X to Y" after a capacity: both are capacities.
_FROM_TO_GAP_RE = re.compile(r"(?:\s+(?:a|per)\s+(?:year|day|month))?\s+to\s+")
_CAPACITY_BEFORE_RE = re.compile(r"\bcapacity\s+(?:\w+\s+){0,3}?from\s+$")
#: "to X from Y", "to X a year, from Y": a revision (not "up from Y", a comparison).
#: A base named a plan before its figure: "up from a planned ".
_FROM_PLANNED_BEFORE_RE = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+|its\s+)?(?:planned|budgeted|targeted)\s+$"
)
_REVISION_GAP_RE = re.compile(r"[^,;]{0,30}?,?\s+from\s+")
#: From a capacity to its base: " at the end of June, up from ".
_CAPACITY_BASE_GAP_RE = re.compile(r"[^,;]{0,40}?,?\s+(?:(?:up|down)\s+)?from\s+")
#: A past period after a figure: "1,100 cuts last year", "200 jobs a year earlier".  Every
#: match holds "year", "month", "quarter", "week", "season" or "yesterday" (tested first).
_PAST_TIME_RE = re.compile(
    r"(?P<gap>[^,;]*?)\b(?:(?:last|previous|past)\s+(?:year|month|quarter|week|season)|a\s+(?:year|month"
    r"|quarter)\s+(?:earlier|ago|before)|yesterday)\b"
)

#: What introduces a comparison's base: "down 4.4% from last year", "up 6% on a year earlier".
_COMPARED_WITH_RE = re.compile(
    r"\b(?:from|on|over|than|versus|vs\.?|against|below|above|under|ahead\s+of|behind"
    r"|compared\s+(?:with|to))\s+(?:the\s+)?$"
)
#: An installed base of rated units: "its current fleet of 1,450 megawatts".
_FLEET_OF_RE = re.compile(r"\b(?:fleet|portfolio|installed\s+base)\s+of\s+$")
#: A measure of capacity named after the figure: "120,000 bpd of capacity".
_OF_CAPACITY_AFTER_RE = re.compile(
    # (past a rate: "restoring 120,000 tonnes a year of capacity")
    r"(?:\s+(?:a|per|each)\s+(?:year|day|annum|month))?"
    r"\s+of\s+(?:[a-z-]+\s+){0,2}capacity\b"  # ("16.2 gigawatts of solar capacity")
    # (or the noun right after the unit: "85% of its 300,000 b/d capacity")
    r"|\s+(?:[a-z-]+\s+)?capacity\b"
)
#: A forecast named as a noun, then the figure it is of: "estimate of ", "forecasts for ".
_FORECAST_OF = r"(?:estimates?|forecasts?|projections?|expectations?)\s+(?:of|for)\s+"
#: What unnamed forecasters expected, right before the figure: "analysts' average estimate of".
_UNNAMED_ESTIMATE_RE = re.compile(
    r"\b(?:analysts|economists|traders|investors|markets?|forecasters)['’]\s+(?:[\w-]+\s+){0,3}?"
    rf"{_FORECAST_OF}$"
)
#: A figure compared with what unnamed forecasters expected, right before it: "beating
#: forecasts of 1.3%", "above expectations of 2%", "short of the consensus estimate of $4bn".
_BEAT_FORECAST_RE = re.compile(
    r"\b(?:beat(?:ing|s)?|miss(?:ing|ed|es)?|above|below|under|than|exceed(?:ing|ed|s)?"
    r"|top(?:ping|ped|s)?|against|versus|vs\.?|short\s+of|ahead\s+of)\s+(?:the\s+|a\s+)?"
    r"(?:(?:consensus|market|average|median|analysts?['’]?|economists?['’]?)\s+)*"
    rf"{_FORECAST_OF}(?:an?\s+)?$"
)
#: The same forecast named after the figure: "beating the [$1.8 billion consensus]", "short
#: of the [3.4% analysts' estimate]".
_BEAT_BEFORE_RE = re.compile(
    r"\b(?:beat(?:ing|s)?|miss(?:ing|ed|es)?|above|below|exceed(?:ing|ed|s)?|top(?:ping|ped|s)?"
    r"|short\s+of|ahead\s+of)\s+(?:the|a)\s+$"
)
_FORECAST_NOUN_AFTER_RE = re.compile(
    r"\s+(?:[a-z'’-]+\s+)?(?:consensus|forecast|estimate|expectation)s?\b"
    # (or what the forecasts average: "the 530 billion won average of analyst estimates")
    r"|\s+(?:average|median|mean)\s+(?:of\s+)?(?:[a-z'’-]+\s+){0,2}?(?:estimates|forecasts"
    r"|expectations)\b"
)
#: A forecast whose object is the figure, right after it: "the 3.1% it predicted in
#: October", "above the 2.1% the bank had projected", "the 100 million tonnes forecast in
#: January" (not "500 tonnes, expected to rise": the figure is the base of that forecast).
_FORECAST_OF_IT_AFTER_RE = re.compile(
    r"\s+(?:(?:it|they|he|she|(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+"
    r"|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+)?(?:had\s+|has\s+|have\s+)?"
    r"(?:forecast|forecasted|predicted|projected|anticipated|expected|pencilled\s+in"
    r"|penciled\s+in)\b(?!\s+(?:to|that)\b)"
)
#: The qualifiers a verb after "and" may have before its figure: "… and employs some ".
_QUALIFIERS_BEFORE = r"about|some|around|nearly|almost|roughly|more\s+than|up\s+to|over|at\s+least"
#: A finite verb of its own after "and", right before a figure: "… and employs ", "… and
#: handled " (not "can produce 500 drones and 40 missiles").
_FINITE_AFTER_AND_RE = re.compile(
    r"\sand\s+(?:also\s+|now\s+|still\s+|currently\s+)?(?!(?:is|was|has|its|this|plus)\b)"
    # (or a past not in "-ed": "can supply about 1 million homes and cost £3.4 billion")
    rf"(?:[a-z]+(?:s|ed)|{IRREGULAR_PASTS}|cost)\s+(?:(?:{_QUALIFIERS_BEFORE})\s+)?$"
)
#: A deed done after "and", right before a figure: "… and has already planted ", "… and so
#: far ordered ", "… and already operates " (what is done, after what is planned).
_DONE_AFTER_AND_RE = re.compile(
    r"\sand\s+(?:(?:has|have|had)\s+(?:already\s+|so\s+far\s+|since\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)"
    rf"|(?:already|so\s+far)\s+[a-z]+(?:s|ed|t))\s+(?:(?:{_QUALIFIERS_BEFORE})\s+)?$"
)
#: A verb of its own after "and", right before the figure: "… and will employ ", "… and
#: said it was delivering ".
_AND_OWN_VERB_RE = re.compile(
    r"\sand\s+(?:(?:will|would|plans\s+to|aims\s+to|intends\s+to)\s+[a-z]+(?:\s+[a-z]+){0,3}"
    r"|said\s+(?:that\s+)?(?:it|they|he|she)\s+(?:was|were|is|are|had|has)\s+[a-z]+)"
    rf"\s+(?:(?:{_QUALIFIERS_BEFORE}|by)\s+)?$"
)
#: A fill level: "72% full".
_FULL_AFTER_RE = re.compile(r"\s+full\b")
#: A target named right after the figure: " of GDP guideline", " inflation target".
_TARGET_NAMED_AFTER_RE = re.compile(
    r"\s+(?:of\s+GDP\s+)?(?:[a-z-]+\s+)?(?:target|goal|guideline)s?\b(?!-)"
)
#: A pledge or a quota, whose earlier level was one too: "pledged", "its quota".
_PLEDGE_KIND_RE = re.compile(r"\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|quotas?)\b")
#: A qualifier right before a figure, if any: "about ", "more than ", "an estimated ".
_QUALIFIER_END = (
    r"(?:(?:about|some|around|roughly|nearly|almost|more\s+than|fewer\s+than|less\s+than|over"
    r"|at\s+least|up\s+to|an\s+estimated)\s+)?$"
)
#: A measure's movement in the present, right before the figure: "costs rise to ", "debt
#: climbs above " (in a "while" clause after a forecast, the forecast goes on).
_PRESENT_MOVE_END_RE = re.compile(
    r"\b(?:rises?|falls?|climbs?|grows?|drops?|declines?|increases?|reaches?|eases?|narrows?"
    rf"|widens?|slows?|peaks?|shrinks?)\s+(?:(?:to|by|above|below|beyond)\s+)?{_QUALIFIER_END}"
)
#: A share of a capacity, as a fill level: " of capacity", " of its capacity".
_OF_CAPACITY_FILL_RE = re.compile(r"\s+of\s+(?:its\s+|their\s+|the\s+)?capacity\b")
#: A share of money received: "only 23% funded".
_FUNDED_AFTER_RE = re.compile(r"\s+(?:funded|financed)\b")
#: A state to come, right before the figure: "will be ", "would be only ".
_TO_BE_END_RE = re.compile(
    r"\b(?:will|would|to|shall|should|must)\s+be\s+(?:only\s+|just\s+|about\s+)?$"
)
#: A modal verb right after a noun: "… of its 32 members will meet".
_MODAL_AFTER_RE = re.compile(
    # (past a short phrase on the noun: "14 of the 148 tanks on order are expected to")
    r"(?:\s+(?:on|in|at|under|from|for)\s+(?:the\s+|its\s+|their\s+)?[\w-]+)?"
    r"\s+(?:will|would|shall|could|may|might|should|must|(?:is|are|was|were)\s+(?:to|set\s+to"
    r"|due\s+to|expected\s+to|likely\s+to))\b"
)
#: A forecasting verb governing the sentence: "X estimates that …" before the figure, or a
#: trailing credit "…, the council projects." after it.
_FORECAST_THAT_BEFORE_RE = re.compile(
    r"\b(?:estimates?|expects?|forecasts?|predicts?|projects?|sees)\s+that\b"
)
_TRAILING_CREDIT = (
    r",\s+(?:the\s+)?[\w'’ -]{2,60}?\s+"
    # (a verb, not the noun: "…, in line with the forecast.")
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bwith\s)(?<!\bthan\s)(?<!\bof\s)"
)
_TRAILING_FORECAST_RE = re.compile(
    rf"{_TRAILING_CREDIT}(?:projects|forecasts|predicts|estimates|expects"
    # (or told in the past, with where: "…, IDC forecast in a report published on Monday")
    r"|projected|forecast|forecasted|predicted)(?:\s*(?:[,.;]|$)|\s+(?:in|on)\s)"
)
#: A trailing estimate in the past: "…, the Bundesbank estimated." (a forecast of a modal
#: only: "…, exporters estimated" after an outcome reports it).
_TRAILING_ESTIMATED_RE = re.compile(
    rf"{_TRAILING_CREDIT}estimated(?:\s*(?:[,.;]|$)|\s+(?:in|on)\s)"
)
#: A modal verb in a figure's region: "will", "would".
_MODAL_WORD_RE = re.compile(r"\b(?:will|would)\b")
#: An explicit plan word: a modal next to it is a plan.
_PLAN_WORD_RE = re.compile(
    r"\b(?:plans?|planned|target\w*|aims?|budget\w*|pledge\w*|intends?|set\s+to|wants?)\b"
)
#: A forecast's that-clause opening right before a figure whose modal verb comes after it.
_FORECAST_THAT_RE = re.compile(
    r"\b(?:estimates?|estimated|expects?|expected|forecasts?|predicts?|predicted|projects?"
    r"|projected|sees)\s+that\s+$"
)
#: A second reported clause: "… and that output reached": it does not inherit a modality.
_NEW_CLAUSE_RE = re.compile(
    r"\b(?:and|but|adding|saying|noting|warning|explaining)\s+that\s"
    # "pledged €1.4bn this year but had delivered less than 40%": an outcome of its own
    r"|\bbut\s+(?:had|has|have)\s"
    # "needs 20,000 shells a month but receives only 8,000" (the verb read as the new
    # clause's: "… but plans to cut 500" stays planned)
    r"|\bbut\s+(?=(?:only\s+|still\s+|currently\s+|now\s+|actually\s+)?[a-z]+(?:s|ed)\s)"
)
#: A relative or participle clause set off by commas or brackets before the main verb: "The
#: plant, which is expected to open in 2027, produced …", "the programme, planned to run
#: until 2027, had spent …".  Its cues are its own, not the figure's.
_ASIDE_RE = re.compile(
    r",\s+(?:which|who|whose)\s[^,;:()]*,(?=\s+[a-z])"
    r"|,\s+(?:(?:originally|initially|first|once)\s+)?(?:planned|expected|due|set|scheduled"
    r"|slated|designed|intended|forecast|projected|meant)\s+to\s[^,;:()]*,(?=\s+[a-z])"
    r"|\((?:which|who|planned|expected|due|set|scheduled|slated)\s[^()]*\)"
)
#: The main verb resuming after a relative clause that held the previous figure.
_PREDICATE_AFTER_COMMA_RE = re.compile(
    r"[^,;]{0,25}?,\s+(?:spent|paid|sold|bought|made|took|won|lost|built|grew|rose|fell"
    r"|[a-z]{3,}ed)\s"
)
#: A reporting verb after a comma, opening the main clause: " a year, says ".
_REPORT_AFTER_COMMA_RE = re.compile(r"[^,;]{0,25}?,\s+(?:says|say|said|reports|reported)\s")
#: A relative clause still open before a figure: ", which is seeking " (no comma since).
_RELATIVE_OPEN_END_RE = re.compile(r",\s+(?:which|who)\s[^,;]*$")
#: A year right after a figure: "from 9.3% in 2024".
_IN_YEAR_AFTER_RE = re.compile(r"(?:\s+of\s+[A-Z]+)?\s+in\s+(?:19|20)\d\d\b")
#: A base told as the value held before, right after it: " previously", " earlier".
_PREVIOUSLY_AFTER_RE = re.compile(r"\s+(?:previously|earlier)\b")
#: A baseline labelled as a forecast itself: "down from 6.3% expected this year".
_FROM_FORECAST_RE = re.compile(r"\s+(?:expected|forecast|projected|estimated)\b")
#: A base that was itself a plan: "down from $47 billion sought for 2025".
_FROM_PLAN_RE = re.compile(
    r"\s+(?:sought|planned|budgeted|pledged|requested|promised|targeted|earmarked|allocated)\b"
)
#: The current year, right after a figure: "14.2 trillion this year".
_THIS_YEAR_AFTER_RE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:this|the\s+current)\s+(?:fiscal\s+)?year\b"
)


#: What a place was built to hold, right before the count: "built for ", "designed for
#: about ".
_BUILT_FOR_END_RE = re.compile(
    rf"\b(?:built|designed|intended|meant)\s+for\s+(?:up\s+to\s+)?{_QUALIFIER_END}"
)
#: A comparison's base right before the figure: ", against ", " compared with about ".
_COMPARED_BASE_END_RE = re.compile(
    rf"(?:^|[\s,])(?:against|compared\s+(?:with|to)|versus)\s+{_QUALIFIER_END}"
)
#: A part of the figure before, set off after it: "…, with arabica accounting for 35.2
#: million", "…, including €1.5 billion from …", "…, of which 22.4 billion".
_PART_OF_WHOLE_RE = re.compile(
    r",\s*(?:with\s+(?:[\w'’-]+\s+){1,4}?(?:accounting\s+for|making\s+up|representing)"
    rf"|including|of\s+which)\s+{_QUALIFIER_END}"
)
#: A clause of past events opened by "after" right before the first figure: ", after more
#: than ", ", after ".
_PAST_AFTER_RE = re.compile(rf",\s+after\s+{_QUALIFIER_END}")
#: Capacity changed by a share, right before the figure: "cut capacity on its routes by ".
_CAPACITY_CHANGED_BY_RE = re.compile(rf"\bcapacity\b[^,;]{{0,40}}?\bby\s+{_QUALIFIER_END}")
#: A contract's value, right before the figure: "under a contract worth ".
_CONTRACT_WORTH_RE = re.compile(
    rf"\bcontracts?\s+(?:[\w-]+\s+){{0,3}}?(?:worth|valued\s+at)\s+{_QUALIFIER_END}"
)
#: A share of somebody's capacity, after a percentage: " of Russia's primary refining
#: capacity", " of the bloc's capacity" (not a bare " of capacity", a fill level).
_SHARE_OF_CAPACITY_RE = re.compile(
    r"\s+of\s+(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s+|the\s+(?:[\w-]+['’]s?\s+)?|its\s+|their\s+)"
    r"(?:[a-z-]+\s+){0,3}capacity\b"
)
#: A cost told after its act, right before the figure: ", at a cost to schools of about ".
_AT_A_COST_END_RE = re.compile(
    r",\s+at\s+an?\s+(?:total\s+|combined\s+|estimated\s+|annual\s+|extra\s+)?cost\s+"
    rf"(?:to\s+(?:[\w'’-]+\s+){{1,3}}?)?of\s+{_QUALIFIER_END}"
)
#: Measures named right before their worth: "spending cuts worth ", "savings of about ".
_MEASURES_WORTH_END_RE = re.compile(
    r"\b(?:cuts|savings|(?:tax\s+)?(?:increases|rises|hikes)|measures)\s+(?:worth|of|totall?ing)\s+"
    rf"{_QUALIFIER_END}"
)
#: A deed done whose object is the figure, right after it: " credit facility it signed".
_DEED_OF_IT_AFTER_RE = re.compile(
    r"(?:\s+[a-z-]+){0,3}?\s+(?:it|they|he|she|we)\s+(?:has\s+|have\s+|had\s+)?(?:signed|secured"
    r"|raised|won|received|borrowed|took\s+out|arranged|booked|sold|bought|paid|spent)\b"
)
#: The figure's own deed done, right after it: " had been delivered", " of them were
#: shipped" (not a plan or forecast told in the passive: " had been pledged").
_DONE_PASSIVE_AFTER_RE = re.compile(
    r"(?:\s+(?!(?:that|which|who|it|they)\b)[a-z-]+){0,3}?\s+(?:(?:had|has|have)\s+been|was|were)"
    r"\s+(?:already\s+|actually\s+|so\s+far\s+)?(?:delivered|disbursed|spent|paid(?:\s+out)?"
    r"|received|built|completed|shipped|sent|handed\s+over|transferred|installed|deployed|hired"
    r"|vaccinated|planted|resettled|evacuated|released|used|sold|collected|distributed)\b"
)
#: The figure as the object of a plan told after it, with a subject of its own: " in military
#: aid that donors had pledged", " it has committed" (not "15 countries have pledged money":
#: the figure counts the subject).
_PLAN_OF_IT_AFTER_RE = re.compile(
    r"(?:\s+(?:in|of)(?:\s+[a-z-]+){1,3}?)?"
    r"\s+(?:(?:that|which)\s+(?:[\w'’-]+\s+){1,3}?|(?:it|they|he|she|we)\s+)"
    r"(?:had|has|have)\s+(?:already\s+)?(?:targeted|planned|budgeted|pledged|promised|committed"
    r"|requested|sought)\b"
)
#: An apposition restating the figure before: " a day in the quarter, about ".
_APPOSITION_GAP_RE = re.compile(rf"[^,;]{{0,40}},\s+(?:or\s+)?{_QUALIFIER_END}")
#: A level a measure runs at, right before the figure: "running at ", "operating at about ".
_AT_LEVEL_END_RE = re.compile(r"\b(?:at|to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?$")
#: An outlay approved, right before its figure: "board approved capital spending of ", "the
#: cabinet approved a plant, involving an investment of " (not money granted: "approved €5bn
#: of state aid", "approved a $750m loan").
_APPROVED_OUTLAY_RE = re.compile(
    r"\bapprov(?:ed|es|ing)\b[^.;]{0,80}?\b(?:capital\s+)?(?:spending|investments?|capex"
    rf"|capital\s+expenditure|outlays?|expenditures?)\s+(?:of|worth)\s+{_QUALIFIER_END}"
)
#: An effect foretold in points, right before the figure: "food will add about ".
_WILL_ADD_END_RE = re.compile(
    rf"\b(?:will|would)\s+(?:also\s+|still\s+|only\s+)?add\s+{_QUALIFIER_END}"
)
#: The earlier estimate of a forecast, right before the figure.
_EARLIER_ESTIMATE_END_RE = re.compile(
    r"\b(?:earlier|previous|prior|original|initial)\s+(?:estimate|forecast|projection)s?\s+of\s+$"
)
#: An effect of the act told by a participle, right before the figure: ", creating ".
_EFFECT_PARTICIPLE_END_RE = re.compile(
    rf",\s+(?:creating|adding|employing|supporting|hiring|generating)\s+{_QUALIFIER_END}"
)
#: A sale or a deal named right after its value: " sale of 400 missiles", " deal".
_SALE_AFTER_RE = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,3}?(?:sales?|purchases?|deals?|orders?)\b")
#: Nothing but "and" after a rate's words, before another count: " barrels per day and ".
_AND_ANOTHER_COUNT_RE = re.compile(r"\s*(?:[\w/-]+\s+){0,3}and\s+")
#: A consequence told with "would be" ("a record that would be 2.1 percent above"): the
#: modal of the forecast before it.
_WOULD_BE_RE = re.compile(r"\bwould\s+(?:be|mean|leave|put|make)\b")


#: A figure's apposition ("…, or 57% of the population, are …"): the gap before its
#: figure, and its tail up to the subject's verb.
_APPOS_GAP_RE = re.compile(r"(?:\s+[^,;.()]{1,40}?)?,\s+or\s+$")
_APPOS_TAIL_RE = re.compile(
    r"(?:\s+of\s+(?:the|its|their|all)\s+[\w-]+(?:\s+[\w-]+)?)?,\s+"
    r"(?=(?:are|is|were|was|will|would|could|may|might|should)\s)"
)


def _appositive_verb_at(text: str, q: Modal, nxt: Modal | None) -> int:
    """Where the verb after a subject's apposition starts, for the subject (``q`` with its
    apposition ``nxt``) or for the apposition ``q``; -1 when ``q`` is neither."""
    if nxt is not None and _APPOS_GAP_RE.fullmatch(text, q.noun_end, nxt.start):
        m = _APPOS_TAIL_RE.match(text, nxt.noun_end)
        return m.end() if m else -1
    if _APPOS_GAP_RE.search(text, max(0, q.start - 50), q.start):
        m = _APPOS_TAIL_RE.match(text, q.noun_end)
        return m.end() if m else -1
    return -1


def assign_modality(text: str, s0: int, s1: int, qlist: Sequence[Modal]) -> None:
    """Set ``modality`` on each figure of the sentence ``text[s0:s1]``, in order."""
    last_region_start = s0
    prev_q: Modal | None = None
    prev_region_from = s0  # where prev_q's region began
    base: Modal | None = None  # the last figure that is no from-baseline
    for idx, q in enumerate(qlist):
        nxt_start = qlist[idx + 1].start if idx + 1 < len(qlist) else s1
        region_start = prev_q.end if prev_q is not None else s0
        region_from = last_region_start if (prev_q is not None and prev_q.is_from) else region_start
        region = text[region_from : q.start]
        while_clause = False  # (the figure's clause opens with ", while")
        # (quick tests below: a literal character or word every match of the pattern holds)
        breaks = (
            list(CLAUSE_BREAK_RE.finditer(region))
            if "," in region or ";" in region or ":" in region
            else []
        )
        inherit = prev_q is not None and not breaks
        if breaks:
            region = region[breaks[-1].end() :]
            while_clause = breaks[-1].group(0).endswith("while")
            if breaks[-1].group(0).endswith("and") and (
                _NP_CONTINUATION_RE.fullmatch(region)
                or _VP_CONTINUATION_RE.fullmatch(region)
                or _INF_CONTINUATION_RE.fullmatch(region)
            ):
                # "…, and a deficit of X": the same verb's object; "will cut 1,200 jobs, or
                # 6% of its staff, and close 40 branches": the same modal's next verb
                inherit = prev_q is not None
        elif prev_q is not None and (
            (("that" in region or "but" in region) and _NEW_CLAUSE_RE.search(region))
            or ("," in region and _PREDICATE_AFTER_COMMA_RE.match(region))
            or (
                "," in region
                and _REPORT_AFTER_COMMA_RE.match(region)
                and _RELATIVE_OPEN_END_RE.search(text, max(s0, prev_q.start - 80), prev_q.start)
            )
        ):
            inherit = False  # "…, which can pump 12m b/d, spent $12.5bn": the main verb
            # (or the main clause's report: "The union, which is seeking 4–5% a year, says
            # 4,000 posts are vacant")
            new_clause = list(_NEW_CLAUSE_RE.finditer(region))
            if new_clause:
                # "… two more would be delivered …, and that allies had sent X": the cues of
                # the new reported clause only
                region = region[new_clause[-1].end() :]
        elif prev_q is None and "that" in region and _NEW_CLAUSE_RE.search(region):
            # the sentence's first figure in a new reported clause: "said the bank would
            # keep policy tight, adding that inflation was 35.4% in May"
            region = region[list(_NEW_CLAUSE_RE.finditer(region))[-1].end() :]
        elif (
            ("," in region or "after" in region or "because" in region or " as " in region)
            and (prev_q is not None or _PAST_AFTER_RE.search(region))
            and (sub := _SUBORDINATE_RE.search(region)) is not None
            and not (sub.group(0).startswith(" as") and _SOON_AFTER_RE.match(text, q.noun_end))
        ):
            # (the first figure too, after a past "after" clause: "it would designate the
            # group, effective 16 February, after more than 30 attacks on ships")
            inherit = False  # "…, after shipments of X": a clause of its own
            while_clause = sub.group(0).startswith(", while")
            region = region[sub.end() :]
        if (
            # (quick tests: an aside is set off by two commas or by brackets)
            (region.count(",") >= 2 or "(" in region)
            and ("which" in region or "who" in region or " to " in region)
            and _ASIDE_RE.search(region)
        ):
            # an aside's cues are its own (blanked, not cut: the region keeps its length)
            region = _ASIDE_RE.sub(lambda m: " " * len(m.group(0)), region)
        if " and " in region:
            # (every match ends the region and is shorter than 90 characters)
            mand = _AND_OWN_VERB_RE.search(region, max(0, len(region) - 90))
            if mand is not None:
                # "… able to produce 350,000 shells a year … and will employ some 500 people",
                # "… cut its profit forecast … and will cut winter flights by 5%", "appealed
                # for $38m and said it was delivering 250,000 litres a day": the verb after
                # "and" has its own modality
                region = region[mand.start() :]
                inherit = False
        if (
            prev_q is not None
            and ("with" in region or "including" in region or "which" in region)
            and _PART_OF_WHOLE_RE.search(region)
        ):
            region, inherit = "", True  # a part of the figure before: its modality
        post_at = q.noun_end
        if (
            "part" in q.extra
            and idx + 1 < len(qlist)
            and _MODAL_AFTER_RE.match(text, qlist[idx + 1].noun_end)
        ):
            # "23 of its 32 members will meet …": the modal verb after the whole is the
            # part's (not "31 of the 100 tanks promised": a participle of the whole)
            whole = qlist[idx + 1]
            whole.extra["counted"] = "1"
            post_at = whole.noun_end
            nxt_start = qlist[idx + 2].start if idx + 2 < len(qlist) else s1
        if ", or " in text[q.noun_end : nxt_start + 12]:
            verb_at = _appositive_verb_at(text, q, qlist[idx + 1] if idx + 1 < len(qlist) else None)
            if verb_at >= 0:
                # "Nearly 7.7 million people, or 57% of the population, are expected to face
                # …": the verb after the apposition is the subject's and the apposition's
                post_at = verb_at
                nxt_start = next((p.start for p in qlist[idx + 1 :] if p.start > verb_at), s1)
        post = text[post_at : min(nxt_start, post_at + 60)]
        if "counted" in q.extra:
            post = ""  # "… of its 32 members will …": the whole is counted, not planned
        mod = None if q.is_from else modality_cue(region, post)
        if (
            mod != "capacity"
            and q.unit in _RATED_UNITS
            and ("total" in region or "storage" in region)
            and (m_lvl := _INSTALLED_LEVEL_END_RE.search(region, max(0, len(region) - 80)))
            and (
                m_lvl.group(1) is None  # (a total only of what was installed just before)
                or _INSTALLED_BEFORE_RE.search(text, max(0, s0 - 300), q.start) is not None
            )
        ):
            mod = "capacity"  # "That took the total to about 130 gigawatts", "battery storage
            # on the system reached 6,500 megawatts": the level of a fleet installed
        if (
            mod in ("planned", "projected")
            and " of " in region
            and _WHOLE_OWNED_END_RE.search(region, max(0, len(region) - 40))
            and not _NEW_AFTER_RE.match(text, q.end)
        ):
            q.extra["counted"] = "1"
            mod = "actual"  # "has pledged to close the last of its 11 remaining lignite-fired
            # plants": the whole it owns is counted (as in "two of its 11 plants will close")
        if (
            mod == "planned"
            and "allocated" in region
            and _ALLOCATED_END_RE.search(region, max(0, len(region) - 30))
            and _SPAN_SINCE_AFTER_RE.match(text, q.noun_end)
        ):
            mod = "actual"  # "European countries allocated €72 billion in military aid
            # between January 2022 and April 2025": money allocated over a span past is done,
            # as "have allocated €72bn since 2022" is
        if (
            mod == "planned"
            and "agreed" in region
            and _AGREED_TO_A_END_RE.search(region, max(0, len(region) - 30))
            and _DEAL_NOUN_AFTER_RE.match(post)
            and not _SOON_AFTER_RE.match(post)
        ):
            mod = "actual"  # "bondholders agreed to a 37% haircut on $13bn of Eurobonds": a
            # deal made, as "agreed to pay $2.1m to settle" is
        if (
            mod == "capacity"
            and prev_q is not None
            and "enough to" in region
            and prev_q.modality != "capacity"
            and prev_q.unit not in _RATED_UNITS
        ):
            blanked = region.replace("enough to", "enough__")
            if modality_cue(blanked, post) is None:
                mod = prev_q.modality  # "shipped 5,800 containers, enough to hold 3 million
                # rounds", "a backlog of €1.35bn, enough to keep its three shipyards busy":
                # what an outcome or a plan suffices for is told in its modality
        if (
            mod == "projected"
            and " and " in region
            and _SUBJECTLESS_MODAL_RE.search(region, max(0, len(region) - 90))
            and _LEVY_OPEN_RE.match(text, s0)
        ):
            mod = "planned"  # "EU tariffs on fertilisers rose to €60 and will climb to €315",
            # "… and those on semiconductors will reach 50%": the sentence's levy moves
        if (
            mod is None
            and while_clause
            and any(p.modality == "projected" for p in qlist[:idx])
            and _PRESENT_MOVE_END_RE.search(region, max(0, len(region) - 40))
        ):
            # "the National Treasury projected, while debt-service costs rise to R424bn that
            # year", "forecasts that borrowing will fall …, while debt interest costs rise
            # above £130bn a year by the end of the decade": the forecast goes on
            mod = "projected"
        if (
            mod != "actual"
            and prev_q is not None
            and prev_q.modality in ("planned", "projected")
            and ("against" in region or "compared" in region or "versus" in region)
            and _COMPARED_BASE_END_RE.search(region, max(0, len(region) - 40))
            and modality_cue("", post) is None
            and not _FROM_FORECAST_RE.match(text, q.noun_end)
            and not _FROM_PLAN_RE.match(text, q.noun_end)
            and not _THIS_YEAR_AFTER_RE.match(text, q.noun_end)
        ):
            # (a base in a year not over is still to come, as a from-baseline's is)
            # "expects 27 million tonnes this year, the exchange forecast, against 21.4
            # million in 2023", "would raise the slots to 36, against 24 at the height of
            # the drought": the base a plan or forecast is set against is an outcome
            mod = "actual"
        if mod is None and region.endswith("possible ") and _SALE_AFTER_RE.match(post):
            mod = "planned"  # "notified Congress of a possible $2.6 billion sale": not yet made
        if (
            mod == "planned"
            and q.unit == "percentage_point"
            and "add" in region
            and _WILL_ADD_END_RE.search(region, max(0, len(region) - 40))
        ):
            mod = "projected"  # "food will add about 0.4 percentage points to core inflation":
            # an effect on a measure nobody sets, not an actor's act
        if (
            mod == "capacity"
            and q.unit_kind == "percent"
            and "capacity" in region
            and _CAPACITY_CHANGED_BY_RE.search(region)
        ):
            # a change of capacity is no capacity: "would idle 12 vessels and cut capacity
            # on its Asia routes by nearly 15%" is the plan's
            mod = modality_cue(region.replace("capacity", "space___"), post)
        if (
            mod == "planned"
            and "aside" in region
            and _PROVISION_AFTER_RE.match(text, q.noun_end)
            and _SET_ASIDE_END_RE.search(region, max(0, len(region) - 30))
        ):
            mod = "actual"  # "set aside $1.2 billion for loan losses": a provision booked
        if mod is None and ("'" in region or "’" in region) and _UNNAMED_ESTIMATE_RE.search(region):
            mod = "projected"  # "beating analysts' average estimate of $4.1 billion"
            q.extra["compared_forecast"] = "1"
        if (
            (
                "forecast" in region
                or "estimate" in region
                or "expectation" in region
                or "projection" in region
            )
            and _BEAT_FORECAST_RE.search(region)
        ) or (
            ("ed" in post or "forecast" in post) and _EXPECTED_BY_AFTER_RE.match(text, q.noun_end)
        ):
            # (or named after it: "beating the €389 million analysts had expected")
            # the forecast a result is measured against, unnamed: "beating forecasts of 1.3%"
            mod = "projected"
            q.extra["expected_by"] = "1"
        elif (
            # (a quick test: every match names its forecast in the words after the figure)
            (
                "consensus" in post
                or "forecast" in post
                or "estimate" in post
                or "expectation" in post
            )
            and _FORECAST_NOUN_AFTER_RE.match(text, q.noun_end)
            and _BEAT_BEFORE_RE.search(region)
        ):
            mod = "projected"  # "beating the $1.8 billion consensus"
            q.extra["expected_by"] = "1"
        if (
            # (a quick test: every match holds one of these stems of its verb)
            ("cted" in post or "forecast" in post or "pated" in post or "pencil" in post)
            and _FORECAST_OF_IT_AFTER_RE.match(text, q.noun_end)
            and _DETERMINER_END_RE.search(text, max(s0, q.start - 8), q.start)
        ):
            # "above the 2.1% it projected in March", "from the 2.1% it projected last
            # month": a forecast's figure, whenever the forecast was made
            q.extra["forecast_of_it"] = "1"
            if not q.is_from:
                mod = "projected"
        if (
            mod is None
            and base is not None
            and base.modality == "projected"
            and _EARLIER_ESTIMATE_END_RE.search(region, max(0, len(region) - 40))
        ):
            mod = "projected"  # "should reach 48 million tonnes, above the ministry's
            # earlier estimate of 45 million" (of a forecast; not a statistic's first reading)
        if mod == "planned" and post and _FORECAST_THAT_RE.search(region):
            mod = "projected"  # "NATO estimates that 23 of its members will meet …"
        if (
            mod == "planned"
            and base is not None
            and base.modality == "projected"
            and "would" in region
            and _WOULD_BE_RE.search(region)
            and not _PLAN_WORD_RE.search(region)
        ):
            mod = "projected"  # "forecast output at 2.9 billion tonnes, a record that would
            # be 2.1 percent above last year's": a consequence of the forecast
        if (
            mod == "planned"
            and not _PLAN_WORD_RE.search(region)
            and (
                _FORECAST_THAT_BEFORE_RE.search(text, s0, q.start)
                or _TRAILING_FORECAST_RE.search(text, q.end, s1)
                or (
                    text.find("estimated", q.end, s1) >= 0
                    and _MODAL_WORD_RE.search(region)
                    and _TRAILING_ESTIMATED_RE.search(text, q.end, s1)
                )
            )
        ):
            # a modal inside a forecast: "… estimates that … and that another 410,000 will
            # follow", "Interest payments will absorb 3.4% of GDP, the council projects"
            mod = "projected"
        past_end = min(nxt_start, q.noun_end + 40)
        window = text[q.noun_end : past_end]
        past = (
            _PAST_TIME_RE.match(text, q.noun_end, past_end)
            if "year" in window
            or "month" in window
            or "quarter" in window
            or "week" in window
            or "season" in window
            or "yesterday" in window
            else None
        )
        if past is not None and _COMPARED_WITH_RE.search(past.group("gap")):
            past = None  # "down 4.4% from last year": the time of the base, not of the change
        if (
            past is not None
            and q.is_from
            and "ago" in past.group(0)
            and _ESTIMATE_AGO_RE.search(past.group(0))
        ):
            past = None  # "raised its estimate … to 15.19 billion from 15.15 billion a month
            # ago": when the earlier estimate was made, not an outcome
        if q.is_from:
            q.modality = "actual"
            nxt_q = qlist[idx + 1] if idx + 1 < len(qlist) else None
            if _FROM_FORECAST_RE.match(text, q.noun_end) or "forecast_of_it" in q.extra:
                q.modality = "projected"
            elif (
                prev_q is not None
                and prev_q.modality in ("planned", "projected")
                and _PREVIOUSLY_AFTER_RE.match(text, q.noun_end)
            ):
                # "now expects a margin of 5-7%, down from 7-9% previously": the plan or
                # forecast it replaces
                q.modality = prev_q.modality
            elif (
                prev_q is not None
                and prev_q.modality == "planned"
                and q.unit == prev_q.unit
                and (
                    "pledg" in text[prev_region_from : prev_q.start]
                    or "promis" in text[prev_region_from : prev_q.start]
                    or "quota" in text[prev_region_from : prev_q.start]
                )
                and _PLEDGE_KIND_RE.search(text, prev_region_from, prev_q.start)
                and _CAPACITY_BASE_GAP_RE.fullmatch(text, prev_q.noun_end, q.start)
            ):
                # "donors pledged €5.8bn for Syria in 2026, down from €7.5bn a year
                # earlier", "will cut its resettlement quota to 900 places next year, from
                # 5,000 in 2023": the base of a pledge or quota was one too, whenever it was
                q.modality = "planned"
            elif _FROM_PLAN_RE.match(text, q.noun_end) or (
                text.endswith(("planned ", "budgeted ", "targeted "), s0, q.start)
                and _FROM_PLANNED_BEFORE_RE.search(text, max(s0, q.start - 30), q.start)
            ):
                # "down from $47 billion sought for 2025", "up from a planned 3.6 trillion"
                q.modality = "planned"
            elif (
                prev_q is not None
                and prev_q.modality in ("planned", "projected")
                and _THIS_YEAR_AFTER_RE.match(text, q.noun_end)
            ):
                # the base of a plan or forecast in a year not yet over is a plan or
                # forecast too: "sets defence spending at 12.9 trillion, down from 14.2
                # trillion this year" (this year's budget), "to 4.9% next year from an
                # estimated 5.3% this year"
                q.modality = (
                    "projected" if "estimated" in text[q.start : q.end] else prev_q.modality
                )
            elif (
                prev_q is not None
                and prev_q.modality == "capacity"
                and "rated" not in prev_q.extra
                and _CAPACITY_BASE_GAP_RE.fullmatch(text, prev_q.noun_end, q.start)
            ):
                # the base of a capacity is one too, whenever it was: "storage capacity
                # reached 7.9 GW, up from 4.6 GW a year earlier"
                q.modality = "capacity"
            elif (
                nxt_q is not None
                and "capacity" in region
                and _FROM_TO_GAP_RE.fullmatch(text, q.noun_end, nxt_q.start)
                and _CAPACITY_BEFORE_RE.search(region)
            ):
                # "lift its capacity from 7.8mn TEU to 9.8mn TEU": what it can handle now
                q.modality = "capacity"
            elif (
                not past
                and prev_q is not None
                and prev_q.modality != "actual"
                and _REVISION_GAP_RE.fullmatch(text, prev_q.noun_end, q.start)
                # (a base dated in a past year is an outcome: "to 7% this year from 9.3% in
                # 2024")
                and not _IN_YEAR_AFTER_RE.match(text, q.noun_end)
            ):
                # the baseline of a revised capacity or forecast is one too: "lift
                # capacity to 140 from 80 now", "cut its forecast to 2.8% from 3.3%"
                measure = _MEASURE_KIND_RE.search(text, prev_region_from, prev_q.start)
                if measure is not None:
                    word = measure.group(0)
                    q.modality = (
                        "capacity"
                        if word == "capacity"
                        else "planned"
                        if word.startswith(("target", "goal", "objective", "budget"))
                        # (an analyst's price target is a forecast)
                        and not text.endswith("price ", 0, measure.start())
                        else "projected"
                    )
        elif (
            mod in ("planned", "projected")
            and prev_q is not None
            and past
            and "forecast_of_it" not in q.extra
            and not (mod == "planned" and _TARGET_NAMED_AFTER_RE.match(post))
        ):
            # (a target named after the figure stays one, whenever it was held: "met the
            # alliance's 2% of GDP guideline last year")
            q.modality = "actual"  # a figure dated in the past, "1,100 cuts last year"
        elif mod is not None:
            q.modality = mod
        elif inherit and prev_q is not None and not past and "whole" not in q.extra:
            q.modality = (
                base.modality if base is not None and "rated" not in base.extra else "actual"
            )
            if (
                q.modality == "capacity"
                and "ing" in region
                and _EFFECT_PARTICIPLE_END_RE.search(region, max(0, len(region) - 40))
            ):
                # "would invest $2.3 billion in a plant capable of producing 1.5 billion pens
                # a year, creating upwards of 600 jobs": the jobs are the plan's, not the
                # plant's capacity
                cap = CAPACITY_RE.search(text, s0, q.start)
                before_cap = text[s0 : cap.start()] if cap is not None else ""
                done: Modality | None = next(
                    (p.modality for p in reversed(qlist[:idx]) if p.modality != "capacity"),
                    None,
                )
                q.modality = done or modality_cue(before_cap, "") or "actual"
            elif (
                q.modality == "capacity"
                and base is not None
                and base.per
                and not q.per
                and _AND_ANOTHER_COUNT_RE.fullmatch(region)
            ):
                # "a refinery with a capacity of 100,000 barrels per day and 12 tankers":
                # the rate is what it can do; a count with no rate is what it has
                q.modality = "actual"
            elif (
                q.modality == "capacity"
                and " and " in region
                and _FINITE_AFTER_AND_RE.search(region, max(0, len(region) - 60)) is not None
            ):
                # "is capable of making 1,000 shells a month and employs 400 people": what
                # it can do, then what it does
                q.modality = "actual"
            elif (
                q.modality != "actual"
                and " and " in region
                and _DONE_AFTER_AND_RE.search(region, max(0, len(region) - 70)) is not None
            ):
                # "aims to plant 10,000 trees by 2027 and has already planted 3,200": what
                # it plans, then what it has done
                q.modality = "actual"
                q.extra["done"] = "1"
        else:
            q.modality = "actual"
        if (
            q.modality == "actual"
            and ("announc" in region or "unveil" in region)
            and _ANNOUNCED_RE.search(region)
            and (
                _LEVY_AFTER_RE.match(text, q.noun_end)
                # (or money for something: "announced €12m for 30 projects")
                or (
                    q.unit_kind == "currency"
                    and _ANNOUNCED_MONEY_RE.search(region, max(0, len(region) - 40))
                    and _FUNDING_FOR_AFTER_RE.match(text, q.noun_end)
                )
                # (or money measures named before it: "unveiled spending cuts worth BRL 70bn",
                # not cuts made last year)
                or (
                    q.unit_kind == "currency"
                    and not past
                    and _MEASURES_WORTH_END_RE.search(region, max(0, len(region) - 40))
                )
            )
        ):
            q.modality = "planned"  # "announced a baseline 10% tariff", "unveiled £40 billion
            # of tax increases": levies still to take effect
        if (
            q.modality == "actual"
            and q.unit_kind == "currency"
            and text.find("approv", s0, q.start) >= 0
            and _APPROVED_OUTLAY_RE.search(text, max(s0, q.start - 140), q.start)
        ):
            q.modality = "planned"  # "the board approved capital spending of TWD 96.5bn":
            # money still to be spent, as a budget approved is
        if (
            q.modality != "capacity"
            and (
                q.unit in _RATED_UNITS
                # (or a flow a plant is rated for: "its 404,000 b/d Pernis refinery", "a
                # 15mn t/yr plant")
                or (q.unit in _RATED_FLOW_UNITS and q.per in ("day", "year"))
            )
            and _RATED_FACILITY_RE.match(text, q.noun_end)
            and (
                _DETERMINER_END_RE.search(text, max(s0, q.start - 8), q.start)
                # (or a count of such plants: "two 1,630 MW reactors")
                or _COUNT_END_RE.search(text, max(s0, q.start - 8), q.start)
            )
        ):
            # "a 450 MW solar park", "will build a 2 GW plant": the rated size of a plant,
            # whatever is done with it
            q.modality = "capacity"
            q.extra["rated"] = "1"  # (a size, no cue: what the plant did next is not one)
        if (
            q.modality in ("actual", "planned")
            and q.unit_kind != "percent"  # ("58.3% of capacity" is a fill level)
            and text.find("capacity", q.noun_end) >= 0
            and _OF_CAPACITY_AFTER_RE.match(text, q.noun_end)
        ):
            q.modality = "capacity"  # "an expansion that will add 120,000 bpd of capacity"
        if (
            q.modality == "planned"
            and q.unit in _RATED_UNITS
            and _FLEET_OF_RE.search(text, max(s0, q.start - 40), q.start)
        ):
            q.modality = "capacity"  # "… doubling its current fleet of 1,450 megawatts"
        if (
            q.unit_kind == "currency"
            and q.modality == "planned"
            and "contract" in region
            and _CONTRACT_WORTH_RE.search(region, max(0, len(region) - 60))
        ):
            q.modality = "actual"  # "will deliver 36 vehicles under a contract worth €412
            # million": a contract signed is done, whatever it will deliver, and the time of
            # the deliveries is not its time
            q.extra["contract_worth"] = "1"
        if (
            q.unit_kind == "percent"
            and q.modality == "actual"
            and "capacity" in post
            and _SHARE_OF_CAPACITY_RE.match(text, q.noun_end)
            and not _AT_LEVEL_END_RE.search(region, max(0, len(region) - 20))
            and not (
                prev_q is not None
                and prev_q.modality == "actual"
                and _APPOSITION_GAP_RE.fullmatch(text, prev_q.noun_end, q.start)
            )
        ):
            q.modality = "capacity"  # "knocked out about 14% of Russia's refining capacity"
            # (not a fill level: "running at 80% of its capacity", "processed 212,000 barrels
            # a day in the quarter, about 94% of its capacity": the outcome restated)
        if (
            q.unit_kind == "percent"
            and q.modality == "capacity"
            and _FULL_AFTER_RE.match(text, q.end)
        ):
            q.modality = "actual"  # "… sites that can hold 99 bcm 72% full": a fill level
        if (
            q.unit_kind == "percent"
            and q.modality == "capacity"
            and "capacity" in post
            and _OF_CAPACITY_FILL_RE.match(text, q.end)
            and _AT_LEVEL_END_RE.search(region, max(0, len(region) - 20))
            and not CAPACITY_RE.search(region)
        ):
            q.modality = "actual"  # "The refinery, designed to process 650,000 b/d, ran at
            # about 85% of capacity in May": a fill level, not the capacity before it
        if (
            q.unit_kind == "count"
            and q.modality != "capacity"
            and " for " in region
            and _BUILT_FOR_END_RE.search(region, max(0, len(region) - 40))
        ):
            q.modality = "capacity"  # "The camp was built for 20,000 people", "the centre,
            # designed for 3,000 people, held 4,400": what the place can hold
            q.extra["rated"] = "1"  # (a size: what the place held next is no capacity)
        if (
            q.unit_kind == "percent"
            and q.modality == "planned"
            and _FUNDED_AFTER_RE.match(text, q.end)
            and not _TO_BE_END_RE.search(text, max(s0, q.start - 30), q.start)
        ):
            q.modality = "actual"  # "the appeal, which seeks $1.5bn, is only 23% funded": the
            # share of the money received (not "will be 50% funded by the state")
        if (
            q.modality != "planned"
            and q.unit_kind == "currency"
            and text.find("cost", max(s0, q.start - 60), q.start) >= 0
            and _AT_A_COST_END_RE.search(text, max(s0, q.start - 60), q.start)
            and any(p.modality == "planned" for p in qlist[:idx])
        ):
            q.modality = "planned"  # "will order 54 more carriers next year, …, at a cost of
            # about 1.1 billion euros": the cost of the plan
        if (
            q.modality != "actual"
            and not q.is_from
            and _DEED_OF_IT_AFTER_RE.match(text, q.noun_end, min(s1, q.noun_end + 60))
        ):
            q.modality = "actual"  # "plans to build 1.2 GW of capacity, backed by a $25bn
            # credit facility it signed with banks this week": the object of a deed done
        if (
            q.modality in ("planned", "projected")
            and not q.is_from
            and (
                ("been" in post or "was" in post or "were" in post)
                and _DONE_PASSIVE_AFTER_RE.match(text, q.noun_end, min(s1, q.noun_end + 60))
            )
        ):
            q.modality = "actual"  # "Of the €89bn that donors had pledged, only €52bn had
            # been delivered": the figure's own deed done, whatever the clause before plans
        elif (
            q.modality == "actual"
            and not q.is_from
            and ("had" in post or "has" in post or "have" in post)
            and _PLAN_OF_IT_AFTER_RE.match(text, q.noun_end, min(s1, q.noun_end + 60))
        ):
            q.modality = "planned"  # "the €89bn in military aid that donors had pledged", "the
            # $66.5bn in assistance it has committed": the object of a plan, however long ago
            # made
        if not q.is_from:
            last_region_start = region_start
            if "expected_by" not in q.extra and "compared_forecast" not in q.extra:
                # (what forecasters expected is no figure of the clause: "… below
                # expectations of $4.1 billion, and cut its buyback to $3.5 billion")
                base = q
        prev_q = q
        prev_region_from = region_from
