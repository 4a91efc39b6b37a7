"""Facts from one report text: the public entry points of the text reader.

`extract_facts(text, doc_id=..., published=..., region=...)` is a pure function of its
arguments. It normalises the text once, runs every compiled scanner (figures, growth,
periods, metric words, scope words) over the whole text, then walks the figures sentence by
sentence and decides for each: which metric, which period, which region, which scope, whether
it is a target or one project's figure. Offsets and sentences point into the text as given.

`read_report` / `extract_file` / `extract_report` do the same for a file on disk.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from orchestration.lib.facts import Fact
from orchestration.lib.regions import Region
from orchestration.lib.text.decode import (
    ReportText,
    parse_published,
    read_report,
    split_front_matter,
)
from orchestration.lib.text.growth import Growth, find_growths
from orchestration.lib.text.metrics import (
    MetricTerm,
    find_metric_terms,
    fits,
    metric_unit,
    trailing_project_metric,
)
from orchestration.lib.text.normalise import normalise
from orchestration.lib.text.numbers import Quantity, find_quantities
from orchestration.lib.text.periods import (
    PeriodPhrase,
    find_period_phrases,
    find_printed_date,
    resolve_period,
)
from orchestration.lib.text.qualifiers import (
    EVENT_TERMS,
    LEADERS_LED,
    OWN_UNIT,
    find_scope_terms,
    is_approx,
    is_target,
    led_by_leaders,
    names_one_project,
    names_project_set,
    opens_plan,
    project_name,
    qualifier_of,
    scope_hit,
    scope_of,
)
from orchestration.lib.text.report_region import (
    HEAD_CHARS,
    Place,
    place_of,
    report_region,
    sub_places,
)
from orchestration.lib.text.sentences import Sentences, clause_end, clause_start, split_sentences

__all__ = ["ReportText", "extract_facts", "extract_file", "extract_report", "read_report"]

# A numbered bulletin section whose heading names a metric: (二)省外到位资金, 三、签约项目.
_SECTION_HEADING = re.compile(
    r"^[ \t]*(?:[((][一二三四五六七八九十]{1,3}[))]|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d))"
    r"[ \t]*(?P<title>[^\n。,:;]{2,30})",
    re.M,
)
# How far after a figure a metric word may still name it: 55.85亿元的到位资金, 515个新引进项目.
_TRAILING_TERM = re.compile(r"(?:的)?")


@dataclass(frozen=True)
class _Section:
    start: int
    term: MetricTerm | None
    scope: str


@dataclass
class _Scan:
    """Everything the scanners found in one normalised text, sorted by position."""

    text: str
    quantities: list[Quantity]
    growths: list[Growth]
    periods: list[PeriodPhrase]
    terms: list[MetricTerm]
    term_ends: list[int]
    scopes: list[tuple[int, int, str, bool]]
    scope_starts: list[int]
    sentences: Sentences
    sections: list[_Section]


def _outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_right(spans, (start, float("inf"))) - 1
    if i >= 0 and spans[i][1] > start:
        return False
    return not (i + 1 < len(spans) and spans[i + 1][0] < end)


def _scan(text: str) -> _Scan:
    growths = find_growths(text)
    growth_spans = [(g.start, g.end) for g in growths]
    # Numbers inside a growth statement (同比增长20.05亿元) and years inside a comparison
    # (较2022年增加) belong to the growth, not to the figures or periods of the report.
    quantities = [q for q in find_quantities(text) if _outside(growth_spans, q.start, q.end)]
    periods = [p for p in find_period_phrases(text) if _outside(growth_spans, p.start, p.end)]
    terms = [t for t in find_metric_terms(text)]
    terms.sort(key=lambda t: t.end)
    # A kind of event inside a metric phrase is its wording (集中签约项目 are signed projects),
    # not an event the figure is limited to.
    literal_spans = [(t.start, t.end) for t in sorted(terms, key=lambda t: t.start) if not t.gapped]
    scopes = [
        s
        for s in find_scope_terms(text)
        if _outside(growth_spans, s[0], s[1]) and (s[3] or _outside(literal_spans, s[0], s[1]))
    ]
    sections = []
    for m in _SECTION_HEADING.finditer(text):
        # A heading that names no metric still ends the section before it: (六)存在的问题.
        title_terms = find_metric_terms(m.group("title"))
        term = None
        if title_terms:
            t = title_terms[-1]
            offset = m.start("title")
            term = MetricTerm(t.start + offset, t.end + offset, t.metric, t.unit)
        sections.append(_Section(m.start(), term, scope_of(find_scope_terms(m.group("title")))))
    return _Scan(
        text=text,
        quantities=quantities,
        growths=growths,
        periods=periods,
        terms=terms,
        term_ends=[t.end for t in terms],
        scopes=scopes,
        scope_starts=[s[0] for s in scopes],
        sentences=split_sentences(text),
        sections=sections,
    )


def _terms_between(scan: _Scan, start: int, end: int) -> list[MetricTerm]:
    lo = bisect_left(scan.term_ends, start + 1)
    hi = bisect_right(scan.term_ends, end)
    return [t for t in scan.terms[lo:hi] if t.start >= start]


def _scopes_between(scan: _Scan, start: int, end: int) -> list[tuple[int, int, str, bool]]:
    lo = bisect_left(scan.scope_starts, start)
    hi = bisect_left(scan.scope_starts, end)
    return [s for s in scan.scopes[lo:hi] if s[1] <= end]


def _metric_for(scan: _Scan, q: Quantity, seg_start: int, sent_end: int) -> MetricTerm | None:
    """The metric word naming figure q: the nearest fitting word between the previous figure
    and q; else one right after q (55.85亿元的到位资金, 515个新引进项目)."""
    for term in reversed(_terms_between(scan, seg_start, q.start)):
        if fits(term, q.unit, q.classifier):
            return term
    after = q.end + _TRAILING_TERM.match(scan.text, q.end).end() - q.end
    for term in _terms_between(scan, after, min(sent_end, after + 12)):
        if term.start == after:
            return term if fits(term, q.unit, q.classifier) else None
    if q.classifier in ("个", "项"):
        return trailing_project_metric(scan.text, q.end)
    return None


def _section_for(scan: _Scan, pos: int) -> _Section | None:
    starts = [s.start for s in scan.sections]
    i = bisect_right(starts, pos) - 1
    return scan.sections[i] if i >= 0 else None


@dataclass(frozen=True)
class _YearBasis:
    year: int | None
    inferred: bool


def _report_year(published: date | None, scan: _Scan, headline: PeriodPhrase | None) -> _YearBasis:
    if published is not None:
        return _YearBasis(published.year, False)
    if headline is not None and headline.year is not None:
        return _YearBasis(headline.year, True)
    years = Counter(p.year for p in scan.periods if p.year is not None and not p.years_span)
    if years:
        return _YearBasis(years.most_common(1)[0][0], True)
    return _YearBasis(None, False)


def _headline(scan: _Scan) -> PeriodPhrase | None:
    """The report's headline period: the period of its lead figure (the first figure of the
    title and lead that a metric word names), else the first plain period phrase there."""
    starts = [p.start for p in scan.periods]
    for q in scan.quantities:
        if q.start >= HEAD_CHARS:
            break
        sent_start, _ = scan.sentences.span(scan.sentences.index_of(q.start))
        if not _terms_between(scan, sent_start, q.start):
            continue
        lo, hi = bisect_left(starts, sent_start), bisect_left(starts, q.start)
        usable = [
            p for p in scan.periods[lo:hi] if not (p.same_period or p.single_month or p.years_span)
        ]
        if usable:
            return usable[-1]
        break
    for p in scan.periods:
        if p.start >= HEAD_CHARS:
            break
        if not (p.same_period or p.single_month or p.years_span):
            return p
    return None


def _published_date(front: dict, published: date | str | None, text: str) -> date | None:
    return (
        parse_published(front.get("published"))
        or parse_published(published)
        or find_printed_date(text)
    )


@dataclass(frozen=True)
class _Context:
    """What every figure of one report shares."""

    unit: Region | None
    headline: PeriodPhrase | None
    bare_year: int | None  # the year of a period phrase that names none (1至10月, 全年)
    basis: _YearBasis
    published: date | None
    doc_id: str


@dataclass(frozen=True)
class _Prior:
    """A figure read as a fact: an elliptical figure after it takes its metric."""

    sentence: int
    term: MetricTerm
    classifier: str
    scope: str  # its scope
    free_scope: str  # the scope it passes on ("" when the scope was part of its metric word)


def extract_facts(
    text: str, *, doc_id: str, published: date | None = None, region: str | None = None
) -> list[Fact]:
    """Every fact a report text states, in text order, a repeated figure once.

    `published` is used when the text has no front matter `published:`; without either, a
    date printed in the page head is used. `region` names the report's unit when the text
    has no front matter `region:`; without either, it is read from the title and lead.
    """
    front, body = split_front_matter(text)
    body_offset = len(text) - len(body)
    pub = _published_date(front, published, body)
    norm = normalise(body)
    scan = _scan(norm.text)
    headline = _headline(scan)
    basis = _report_year(pub, scan, headline)
    ctx = _Context(
        unit=report_region(norm.text, str(front.get("region") or region or "") or None),
        headline=headline,
        bare_year=_bare_year(scan, headline, basis),
        basis=basis,
        published=pub,
        doc_id=doc_id,
    )
    facts: list[Fact] = []
    seen: set[tuple] = set()
    by_sentence: dict[int, list[Quantity]] = {}
    for q in scan.quantities:
        by_sentence.setdefault(scan.sentences.index_of(q.start), []).append(q)
    priors: list[_Prior] = []
    for index, quantities in by_sentence.items():
        sentence_facts, priors = _sentence_facts(scan, index, quantities, ctx, priors)
        for fact in sentence_facts:
            key = (
                fact.region,
                fact.metric,
                fact.period_start,
                fact.period_end,
                fact.scope,
                fact.value,
                fact.project,
            )
            if key in seen:
                continue
            seen.add(key)
            o_start, o_end = norm.offsets.span_to_original(fact.char_start, fact.char_end)
            s_start, s_end = norm.offsets.span_to_original(*scan.sentences.span(index))
            facts.append(
                replace(
                    fact,
                    sentence=body[s_start:s_end].strip(),
                    char_start=o_start + body_offset,
                    char_end=o_end + body_offset,
                )
            )
    return facts


def _bare_year(scan: _Scan, headline: PeriodPhrase | None, basis: _YearBasis) -> int | None:
    """The year the report is about: its headline's year, else the last year named before
    the headline in the title and lead (肇庆市2023年招商引资工作综述 … 全年), else the
    publication year. A January review of last year talks about last year."""
    if headline is None:
        return basis.year
    if headline.year is not None:
        return headline.year
    if headline.year_offset is not None:
        return basis.year + headline.year_offset if basis.year is not None else None
    named = [
        p.year
        for p in scan.periods
        if p.end <= headline.start and p.year is not None and not p.years_span
    ]
    return named[-1] if named else basis.year


_ELLIPSIS = re.compile(r"其中|分别|(?:项目|企业|客商)$")
# A sentence that breaks down the total of the sentence before: 其中,亿元以上项目6个;
# 从来源地看,东部地区项目56个; 分县区看,….
_BREAKDOWN = re.compile(r"\s*(?:\([^()]{0,12}\)\s*)?(?:其中|[从分按][^\d,。;:]{1,8}看)")
# Metric words that, after 其中, name a part of a larger set of projects: 签约项目524个,其中
# 新引进项目120个 counts signed projects that are newly introduced.
_SUB_POPULATIONS = frozenset({"projects_introduced"})
# A money metric naming the set a bare project count belongs to: 其中,外资项目5个,签约额
# 92.9亿元,占签约总额的65% -- the five are signed projects.
_COUNT_OF_AMOUNT = {"amount_signed": "projects_signed"}
# What may follow a count's classifier without naming a thing of its own.
_NOT_A_NOUN = re.compile(r"(?:以上|左右|余|多|的)*(?:项目|企业|客商)?(?=[^\u4e00-\u9fff]|$)")


def _whole_named_by_amount(scan: _Scan, q: Quantity, sent_end: int) -> MetricTerm | None:
    """The project metric of a bare project count in a breakdown, from the money figure of
    the same part that follows it in the sentence."""
    for term in _terms_between(scan, q.end, sent_end):
        if term.unit == "CNY":
            metric = _COUNT_OF_AMOUNT.get(term.metric)
            return MetricTerm(q.start, q.start, metric, "count") if metric else None
    return None


def _names_other_thing(text: str, q: Quantity, sent_end: int) -> bool:
    """Whether the words right after a count name what it counts (155项涉企高频事项, 9个百分点),
    so a metric carried from elsewhere cannot be its metric."""
    pos = q.end
    while pos < sent_end and text[pos] in " \t":
        pos += 1
    if pos >= sent_end or not "\u4e00" <= text[pos] <= "\u9fff":
        return False
    return _NOT_A_NOUN.match(text, pos) is None


def _list_places(
    scan: _Scan, quantities: list[Quantity], sent_start: int, unit: Region | None
) -> dict[int, Place]:
    """Figures of a 分别 list: 寿光市、青州市分别签约…58个、43个 -> the n-th figure after
    分别 belongs to the n-th unit named before it."""
    text = scan.text
    out: dict[int, Place] = {}
    for m in re.finditer("分别", text[sent_start : quantities[-1].start]):
        pos = sent_start + m.start()
        places = sub_places(text[clause_start(text, pos, sent_start) : pos], unit)
        if len(places) < 2:
            continue
        after = [i for i, q in enumerate(quantities) if q.start > pos][: len(places)]
        for place, i in zip(places, after, strict=False):
            out[i] = place
    return out


def _sentence_facts(
    scan: _Scan, index: int, quantities: list[Quantity], ctx: _Context, priors: list[_Prior]
) -> tuple[list[Fact], list[_Prior]]:
    text = scan.text
    sent_start, sent_end = scan.sentences.span(index)
    lead_end = quantities[0].start  # the sentence's subject, before its first figure
    lead_hit = scope_hit(_scopes_between(scan, sent_start, lead_end))
    leaders = led_by_leaders(text[sent_start:lead_end])
    listed = _list_places(scan, quantities, sent_start, ctx.unit)
    # Ellipsis reaches back one sentence at most, and only from a breakdown (其中…).
    priors = [p for p in priors if p.sentence >= index - 1]
    breakdown = _BREAKDOWN.match(text, sent_start) is not None
    plans = opens_plan(text[sent_start:sent_end])
    planned = False
    growth_starts = [g.start for g in scan.growths]
    out: list[Fact] = []
    seg_start = sent_start
    for n, q in enumerate(quantities):
        next_start = quantities[n + 1].start if n + 1 < len(quantities) else sent_end
        # Growth belongs to the figure it follows, up to the next figure.
        lo, hi = bisect_left(growth_starts, q.end), bisect_left(growth_starts, next_start)
        growths = [g for g in scan.growths[lo:hi] if g.end <= sent_end]
        own_start, seg_start = seg_start, max([q.end, *(g.end for g in growths)])
        own = text[own_start : q.start]
        place = listed.get(n) or _figure_place(
            text, own_start, q.start, sent_start, lead_end, ctx.unit
        )
        if planned or (
            plans and opens_plan(text[clause_start(text, q.start, sent_start) : q.start])
        ):
            planned = True  # 力争…,新签约…项目56个以上: the rest of the sentence is the plan
            continue
        term = _metric_for(scan, q, own_start, sent_end)
        prior = priors[-1] if priors and priors[-1].sentence == index else None
        inherited = False
        sub_population = "其中" in own and term is not None and term.metric in _SUB_POPULATIONS
        if sub_population or (
            term is None and (place is not None or n in listed or _ELLIPSIS.search(own))
        ):
            # 甲县18个 after 签约项目52个; 其中,亿元以上项目29个 after 新签约项目38个. Only a
            # breakdown (其中…) reaches back into the sentence before.
            same_kind = [
                p
                for p in priors
                if (p.sentence == index or breakdown)
                and p.classifier == q.classifier
                and fits(p.term, q.unit, q.classifier)
                and not (sub_population and p.term.metric == term.metric)
            ]
            # The part's own money figure names the whole more surely than the sentence
            # before: 其中,外资项目5个,签约额92.9亿元 are signed projects.
            whole = (
                _whole_named_by_amount(scan, q, sent_end)
                if breakdown and own.endswith("项目")
                else None
            )
            if whole is not None:
                term, inherited = whole, True
            elif same_kind:
                prior = same_kind[-1]
                term, inherited = prior.term, True
        section = None
        if term is None and not _terms_between(scan, sent_start, q.start):
            section = _section_for(scan, q.start)
            if (
                section is None
                or section.term is None
                or not fits(section.term, q.unit, q.classifier)
                or _names_other_thing(text, q, sent_end)
            ):
                section = None
            else:
                term = section.term
        if term is None:
            continue
        c_start = clause_start(text, q.start, sent_start)
        if is_target(text[c_start : q.start], text[q.end : clause_end(text, q.end, sent_end)]):
            continue
        hit = scope_hit(_scopes_between(scan, own_start, q.start))
        if hit is not None:
            scope = hit[2]
        elif inherited:
            scope = qualifier_of(own) or (prior.scope if place is not None or n in listed else "")
        elif prior is not None and prior.free_scope:
            # A scope the previous figure took from the sentence (not from its own metric
            # word, as 省外 in 省外到位资金) runs on: 新引进项目已开工510个,到位资金272.78亿元.
            scope = prior.free_scope
        elif lead_hit is not None and _lead_scope_reaches(scan, lead_hit, term):
            scope = lead_hit[2]
        else:
            scope = _fallback_scope(
                scan, index, term, leaders, section, sent_start, lead_end, place is not None
            )
        period, flags = _figure_period(scan, q.start, sent_start, ctx)
        if period is not None and period[2] and not scope:
            scope = "当月"
        bound = hit is not None and term.start <= hit[0] < term.end and not term.gapped
        priors.append(_Prior(index, term, q.classifier, scope, "" if bound else scope))
        region = place or (place_of(ctx.unit) if ctx.unit else None)
        pct = next((g.pct for g in growths if g.pct is not None), None)
        absolute = next((g.abs for g in growths if g.abs is not None and g.unit == q.unit), None)
        out.append(
            Fact(
                doc_id=ctx.doc_id,
                region=region.name if region else "",
                region_code=region.code if region else None,
                metric=term.metric,
                value=q.value,
                unit=metric_unit(term.metric),
                period_start=period[0] if period else None,
                period_end=period[1] if period else None,
                yoy_pct=pct,
                yoy_abs=absolute,
                approx=q.approx or is_approx(text, q.start, q.end),
                scope=scope,
                project=_figure_project(text, q, term, sent_start, index, scan.sentences),
                char_start=q.start,
                char_end=q.end,
                flags=tuple(flags) + (() if region else ("region_unknown",)),
            )
        )
    return out, priors


def _lead_scope_reaches(scan: _Scan, hit: tuple[int, int, str, bool], term: MetricTerm) -> bool:
    """A scope in the sentence's subject covers its figures, but one that is part of a
    metric word (省外 in 省外到位资金) only covers figures of that metric (去年同期到位资金)."""
    for t in _terms_between(scan, max(0, hit[0] - 12), hit[1] + 12):
        if t.start <= hit[0] < t.end and not t.gapped:
            return t.metric == term.metric
    return True


def _fallback_scope(
    scan: _Scan,
    index: int,
    term: MetricTerm,
    leaders: bool,
    section: _Section | None,
    sent_start: int,
    lead_end: int,
    names_place: bool = False,
) -> str:
    if section is not None and section.scope:
        return section.scope
    if term.scope:
        return term.scope  # 12个项目集中开工
    if leaders:
        return LEADERS_LED
    if not names_place and _lacks_subject(scan, sent_start, lead_end):
        return _event_of_previous_sentence(scan, index)
    return ""


def _lacks_subject(scan: _Scan, start: int, end: int) -> bool:
    """A sentence lead that names no unit and no period goes on from the sentence before."""
    lead = scan.text[start:end]
    starts = [p.start for p in scan.periods]
    has_period = bisect_left(starts, start) < bisect_left(starts, end)
    return not has_period and not OWN_UNIT.search(lead)


def _event_of_previous_sentence(scan: _Scan, index: int) -> str:
    """The fair or meeting the previous sentence of the paragraph was about, when this one
    goes on with its results: 参加了...展览会,取得颇丰成果。成功签约项目3个."""
    if index == 0:
        return ""
    start, end = scan.sentences.span(index - 1)
    if "\n" in scan.text[end : scan.sentences.span(index)[0]]:
        return ""
    events = [
        s
        for s in _scopes_between(scan, start, end)
        if s[2] in EVENT_TERMS or s[2].endswith(("会", "节"))
    ]
    return events[-1][2] if events else ""


def _figure_place(
    text: str, seg_start: int, pos: int, sent_start: int, lead_end: int, unit: Region | None
) -> Place | None:
    """A unit inside the report's unit named in the figure's own stretch, else in the
    sentence's subject; None means the report's unit. 全市/我市 after the name wins back."""
    for start, end in ((seg_start, pos), (sent_start, min(lead_end, pos))):
        stretch = text[start:end]
        places = sub_places(stretch, unit)
        own = [m.start() for m in OWN_UNIT.finditer(stretch)]
        if places:
            if own and own[-1] > places[-1].start:
                return None
            return places[-1]
        if own:
            return None
    return None


def _figure_period(
    scan: _Scan, pos: int, sent_start: int, ctx: _Context
) -> tuple[tuple[date, date, bool] | None, list[str]]:
    """(start, end, single month) of the figure: the nearest period phrase before it in its
    sentence, else the headline, else the report year."""
    starts = [p.start for p in scan.periods]
    lo, hi = bisect_left(starts, sent_start), bisect_left(starts, pos)
    in_sentence = [p for p in scan.periods[lo:hi] if p.end <= pos]
    phrase = in_sentence[-1] if in_sentence else ctx.headline
    basis = ctx.basis
    if phrase is None:
        if basis.year is None:
            return None, ["year_unknown"]
        return (date(basis.year, 1, 1), date(basis.year, 12, 31), False), [
            "year_inferred"
        ] if basis.inferred else []
    mirrors = None
    if phrase.same_period:
        earlier = [p for p in in_sentence[:-1] if not p.same_period]
        mirrors = earlier[-1] if earlier else ctx.headline
    resolved = resolve_period(
        phrase, basis.year, mirrors, published=ctx.published, bare_year=ctx.bare_year
    )
    if resolved is None:
        return None, ["year_unknown"]
    flags = ["year_inferred"] if phrase.relative and basis.inferred else []
    return (resolved[0], resolved[1], phrase.single_month), flags


_PROJECT_AFTER = re.compile(r"的([^,。;:、()“”\d]{2,20}?项目)(?=[,。;、]|$)")


def _figure_project(
    text: str, q: Quantity, term: MetricTerm, sent_start: int, index: int, sentences: Sentences
) -> str | None:
    """The project or company a figure is about, or None for an aggregate. 总投资 is an
    aggregate only for a set of projects (N个项目, 总投资X亿元)."""
    named_after = _PROJECT_AFTER.match(text, q.end)
    if named_after:  # 1.4亿元的以贸促工合作项目
        return named_after.group(1)
    before = text[sent_start : q.start]
    if term.metric == "total_investment":
        if names_project_set(before):
            return None
    elif not names_one_project(before):
        return None
    prev_start = sentences.span(index - 1)[0] if index > 0 else sent_start
    return project_name(text[prev_start : q.start]) or "该项目"


def extract_file(path: Path, published: date | None = None) -> list[Fact]:
    """Facts of a report file; `doc_id` is the file name."""
    return extract_report(Path(path), published=published)


def extract_report(
    path: Path, published: date | None = None, doc_id: str | None = None
) -> list[Fact]:
    """Facts of a report file: decoded, front matter and HTML handled by `read_report`.
    Offsets point into `read_report(path).text`."""
    report = read_report(Path(path), published=published)
    return extract_facts(
        report.text,
        doc_id=doc_id or Path(path).name,
        published=report.published,
        region=report.region,
    )
