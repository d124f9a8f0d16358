"""PNG trend charts: how a figure moved, who said it, and how sure they were.

A reader who sees only the PNG learns what is measured (title), in which unit and
rate period (y-axis), from which sources (numbered labels and a footnote with
publisher and report date), and which points are estimates (``~``), bounds (arrows),
ranges (bars) or not actual counts (capacity, plans, projections: hollow markers).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from indicators.errors import NotFoundError

if TYPE_CHECKING:
    import polars as pl

    from indicators.store import Store


class _Style(NamedTuple):
    marker: str
    filled: bool
    label: str


_MODALITY_STYLE = {
    "actual": _Style("o", True, "actual"),
    "capacity": _Style("s", False, "capacity"),
    "planned": _Style("D", False, "planned"),
    "projected": _Style("^", False, "projected / forecast"),
}
_COLOR = "#1f4e79"
_ACCENT = "#b03a2e"


def chart_indicator(store: Store, indicator_id: str, out: str | Path) -> Path:
    """Write the trend chart of one indicator to `out` (a .png path) and return it."""
    row = store.sql("SELECT * FROM indicators WHERE indicator_id = ?", [indicator_id])
    if row.is_empty():
        raise NotFoundError("indicator", indicator_id)
    points = store.series(indicator_id)
    return _render(row.row(0, named=True), points, Path(out))


def chart_all(store: Store, out_dir: str | Path) -> list[Path]:
    """One chart per catalogue indicator into `out_dir`, named ``<indicator_id>.png``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ids = store.sql("SELECT indicator_id FROM indicators ORDER BY indicator_id")["indicator_id"]
    return [chart_indicator(store, i, out_dir / f"{i}.png") for i in ids.to_list()]


#: Units an axis names by their symbol ("degree_celsius" is no plural noun).
_SYMBOL_LABELS = {"degree_celsius": "°C", "degree_fahrenheit": "°F"}


def unit_label(unit: str, unit_kind: str, per: str | None) -> str:
    """Axis wording: ``rounds per year``, ``USD``, ``percent``, ``tonnes per month``."""
    if unit in _SYMBOL_LABELS:
        text = _SYMBOL_LABELS[unit]
    elif unit_kind in ("currency", "percent"):
        text = unit.replace("_", " ")
    else:
        text = _plural(unit.replace("_", " "))
    return f"{text} per {per}" if per else text


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _fmt(value: float) -> str:
    for scale, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= scale:
            return f"{value / scale:,.3g}{suffix}"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.3g}"


def _render(indicator: dict[str, Any], points: pl.DataFrame, out: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    sources = _source_numbers(points)
    fig, ax = plt.subplots(figsize=(10, 6.2), dpi=120)
    try:
        rows = points.sort(["refers_to", "reported_on", "claim_id"]).to_dicts()
        # The trend line joins actual figures; where sources disagree on a date it passes
        # through their median, so it never zig-zags between them.
        trend = _median_by_date(r for r in rows if r["modality"] == "actual")
        if len(trend) > 1:
            ax.plot(
                mdates.date2num(list(trend)),  # type: ignore[no-untyped-call]
                list(trend.values()),
                color=_COLOR,
                linewidth=1.2,
                alpha=0.5,
                zorder=1,
            )
        for r in rows:
            _draw_point(ax, r, sources[_source_key(r)])
        title = indicator["name"]
        ax.set_title(title, loc="left", fontsize=14, fontweight="bold", pad=24)
        ax.text(0, 1.02, f"{indicator['indicator_id']} · series in "
                f"{unit_label(indicator['unit'], indicator['unit_kind'], indicator['per'])}",
                transform=ax.transAxes, fontsize=9, color="#555555")  # fmt: skip
        ax.set_ylabel(unit_label(indicator["unit"], indicator["unit_kind"], indicator["per"]))
        ax.set_xlabel("date the figure refers to (stated period, else report date)")
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: _fmt(v)))
        ax.grid(axis="y", color="#dddddd", linewidth=0.8)
        ax.spines[["top", "right"]].set_visible(False)
        _limits(ax, rows)
        ax.xaxis.set_major_formatter(
            mdates.ConciseDateFormatter(ax.xaxis.get_major_locator())  # type: ignore[no-untyped-call]
        )
        if not rows:
            ax.text(0.5, 0.5, "no observations stored yet", transform=ax.transAxes,
                    ha="center", va="center", fontsize=12, color="#888888")  # fmt: skip
        legend = [
            Line2D([], [], marker=s.marker, linestyle="", markersize=8, color=_COLOR,
                   markerfacecolor=_COLOR if s.filled else "white", label=s.label)
            for s in _MODALITY_STYLE.values()
        ]  # fmt: skip
        legend += [
            Line2D([], [], marker="$\\uparrow$", linestyle="", color=_ACCENT, label="at least (lower bound)"),
            Line2D([], [], marker="$\\downarrow$", linestyle="", color=_ACCENT, label="at most (upper bound)"),
            Line2D([], [], marker="|", linestyle="", markersize=12, color=_COLOR, label="range (low–high)"),
            Line2D([], [], linestyle="", label="~ approximate / estimate"),
            Line2D([], [], linestyle="", label="* converted from the stated unit"),
            Line2D([], [], color=_COLOR, alpha=0.5, label="trend: median of actual figures"),
        ]  # fmt: skip
        # the key sits beside the plot, never on top of a point
        ax.legend(handles=legend, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8,
                  frameon=False, title="how to read", title_fontsize=8, alignment="left")  # fmt: skip
        note = _footnote(sources, points)
        fig.text(0.01, 0.01, note, fontsize=7.5, va="bottom", ha="left", color="#333333")
        # room below the axes for the x label and one text line per footnote line
        note_inches = 0.75 + 0.14 * (note.count("\n") + 1)
        fig.set_size_inches(11, 5.0 + note_inches)
        fig.subplots_adjust(left=0.095, right=0.78, top=1 - 0.9 / (5.0 + note_inches),
                            bottom=note_inches / (5.0 + note_inches))  # fmt: skip
        out.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(out, format="png", metadata={"Software": None})
    finally:
        plt.close(fig)
    return out


def _source_key(r: dict[str, Any]) -> tuple[str, str, str]:
    return (r["source"] or "unknown source", r["publisher"] or "", str(r["reported_on"] or ""))


def _source_numbers(points: pl.DataFrame) -> dict[tuple[str, str, str], int]:
    keys: list[tuple[str, str, str]] = []
    for r in points.sort(["reported_on", "claim_id"]).to_dicts():
        key = _source_key(r)
        if key not in keys:
            keys.append(key)
    return {k: i + 1 for i, k in enumerate(keys)}


def _draw_point(ax: Any, r: dict[str, Any], number: int) -> None:
    x, y = r["refers_to"], r["series_value"]
    if x is None or y is None:
        return
    style = _MODALITY_STYLE.get(r["modality"], _MODALITY_STYLE["actual"])
    face = _COLOR if style.filled else "white"
    if r["qualifier"] == "range" and r["series_low"] is not None and r["series_high"] is not None:
        ax.vlines(
            x, r["series_low"], r["series_high"], color=_COLOR, linewidth=2, alpha=0.6, zorder=2
        )
    ax.plot([x], [y], marker=style.marker, markersize=9, color=_COLOR,
            markerfacecolor=face, markeredgewidth=1.6, linestyle="", zorder=3)  # fmt: skip
    if r["qualifier"] in ("at_least", "at_most"):
        arrow = "$\\uparrow$" if r["qualifier"] == "at_least" else "$\\downarrow$"
        offset = 14 if r["qualifier"] == "at_least" else -14
        ax.annotate(arrow, (x, y), xytext=(0, offset), textcoords="offset points",
                    ha="center", va="center", color=_ACCENT, fontsize=12)  # fmt: skip
    approx = "~" if r["qualifier"] == "approximate" else ""
    star = "*" if _converted(r) else ""
    label = f"{approx}{_fmt(y)}{star}  [{number}]"
    ax.annotate(
        label, (x, y), xytext=(8, 6), textcoords="offset points", fontsize=8, color="#222222"
    )


def _limits(ax: Any, rows: Sequence[dict[str, Any]]) -> None:
    xs: list[date] = [r["refers_to"] for r in rows if r["refers_to"] is not None]
    ys = [
        v
        for r in rows
        for v in (r["series_value"], r["series_high"], r["series_low"])
        if v is not None
    ]
    if xs:
        span = max((max(xs) - min(xs)).days, 1)
        pad = timedelta(days=max(60, span // 8))
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
    else:
        today = date.today()
        ax.set_xlim(today - timedelta(days=365), today)
    top = max(ys) if ys else 1.0
    ax.set_ylim(0 if not ys or min(ys) >= 0 else min(ys) * 1.2, top * 1.3 if top > 0 else 1.0)


def _footnote(sources: dict[tuple[str, str, str], int], points: pl.DataFrame) -> str:
    inferred = {_source_key(r) for r in points.to_dicts() if r["published_inferred"]}
    lines = []
    for key, number in sources.items():
        source, publisher, reported = key
        via = f", via {publisher}" if publisher and publisher != source else ""
        when = f"reported {reported}" if reported else "report date unknown"
        if key in inferred:
            when += " (date read from the article text)"
        lines.append(f"[{number}] {source}{via}, {when}")
    notes = "Sources:" + (" none" if not lines else "\n" + "\n".join(lines))
    if points.height and bool(points["synthetic"].any()):
        notes += "\nIncludes SYNTHETIC sample articles (fictional publishers): not real reporting."
    for r in points.sort(["refers_to", "reported_on", "claim_id"]).to_dicts():
        if _converted(r):
            number = sources[_source_key(r)]
            stated = f"{_fmt(r['value'])} {unit_label(r['unit'], r['unit_kind'], r['per'])}"
            notes += f"\n* [{number}] stated as {stated}; converted to the series unit"
    return notes


def _converted(r: dict[str, Any]) -> bool:
    """True when the plotted value is not the number the text stated."""
    return r["series_value"] is not None and (
        r["series_value"] != r["value"] or (r["per"] or None) != (r["series_per"] or None)
    )


def _median_by_date(rows: Iterable[dict[str, Any]]) -> dict[date, float]:
    by_date: dict[date, list[float]] = {}
    for r in rows:
        if r["refers_to"] is not None and r["series_value"] is not None:
            by_date.setdefault(r["refers_to"], []).append(r["series_value"])
    return {d: statistics.median(v) for d, v in sorted(by_date.items())}
