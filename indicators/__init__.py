"""indicators: sourced numeric claims from news text, kept as indicator time series.

>>> from indicators import Store, extract_claims
>>> [c.value for c in extract_claims("Roughly 480,000 artillery rounds per year.")]
[480000.0]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from indicators.catalog import Catalog, Indicator, load_catalog
from indicators.claims import Claim, Document
from indicators.errors import IndicatorsError

if TYPE_CHECKING:
    from indicators.extract import extract_claims
    from indicators.store import Store

__version__ = "0.1.0"

__all__ = [
    "Catalog",
    "Claim",
    "Document",
    "Indicator",
    "IndicatorsError",
    "Store",
    "extract_claims",
    "load_catalog",
]


def __getattr__(name: str) -> Any:
    # Store and the extractor import duckdb/polars and the extraction tables: load them on
    # first use so `import indicators` (and the CLI's --help) stays fast.
    if name == "Store":
        from indicators.store import Store

        return Store
    if name == "extract_claims":
        from indicators.extract import extract_claims

        return extract_claims
    raise AttributeError(f"module 'indicators' has no attribute {name!r}")
