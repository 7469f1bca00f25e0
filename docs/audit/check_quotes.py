#!/usr/bin/env python3
"""Mechanical check of docs/audit/quotes.json against the five source texts and the dataset.

Checks, for every entry of quotes.json:
  1. the quote occurs verbatim in the cited source's text file, after normalizing whitespace and
     typographic quotes/apostrophes/dashes (quote: null marks a field no source supports; those are
     listed, not failed, and must be audit problems);
  2. the section the quote actually sits in (computed from the document's layout; the 2024 Russia
     chapter has no headings, so its paragraphs are mapped to the standard TIP sections) equals the
     entry's "section", and is one of the sections the dataset record cites for that source;
  3. every number the record states occurs in the record's quotes (digits, number words, the
     dataset's own conventions "thousands" = 1,000 etc., or the record's asWritten text), and the
     words of every qualifier (MORE_THAN "more than", APPROXIMATE "approximately", ...) too;
     (the document header, i.e. date, byline and title lines, is exempt from the cited-section
     check: it is metadata, not a section a record cites);
and, for the dataset: every record has at least one quote entry, and every entry names a record.

Record keys: sources.json id; countries.json code; tier-counts "reportYear=2025"; statutes
"<country> <article>"; assessments "<country> <reportYear>"; statistics, pathways, recommendations id.

Numbers that are not in any quote are compared with EXPECTED below: each is either a problem listed
in dataset-audit.md (with its row number) or a documented derivation (arithmetic on the source's
own words). Anything else is reported as UNEXPECTED and makes the exit status non-zero.

Usage: python3 check_quotes.py [--verbose]
"""
import calendar
import datetime
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES_DIR = HERE.parents[2] / "shared" / "sources"  # ../shared/sources beside the project
DATASET = HERE.parents[1] / "dataset"
QUOTES = HERE / "quotes.json"

# ---------------------------------------------------------------- normalization

TRANS = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u00a0": " ", "\u2022": " ",
}


def norm(s):
    s = "".join(TRANS.get(c, c) for c in s)
    return re.sub(r"\s+", " ", s).strip()


def canon_section(s):
    return norm(s).lower().rstrip(":").strip()


# ---------------------------------------------------------------- document layout (sections)

def _lines(path):
    return open(path, encoding="utf-8").read().split("\n")


def section_of_line(source_id, lineno, line_text, quote_n):
    """Section name of 1-based line `lineno` of the source `source_id`."""
    n = lineno
    if source_id == "ctg-brief-2023-cuba-russia":
        if n < 12:
            return "Header"
        if n == 12:
            return "Event"
        if n == 14:
            return "Significance"
        if n == 16:
            body = norm(line_text)[len("Recommendations: "):]
            sents = re.split(r"(?<=\.) (?=[A-Z])", body)
            for i, snt in enumerate(sents, 1):
                if quote_n in snt:
                    return "Recommendations, sentence %d" % i
            return "Recommendations"
        return "Footnotes"
    if source_id == "tip-2025-cuba":
        if n <= 6:
            return "Introduction: the report's tier counts"
        if n <= 8:
            return "The Report's Discussion of Cuba"
        if n == 9:
            return "Prioritized Recommendations for Cuba"
        if n <= 20:
            return "Prioritized Recommendations for Cuba, item %d" % (n - 9)
        if n <= 27:
            return "PROSECUTION"
        if n <= 30:
            return "PROTECTION"
        if n <= 35:
            return "PREVENTION"
        if n <= 44:
            return "TRAFFICKING PROFILE"
        return "Footnotes"
    if source_id == "tip-2024-russia":
        # The ecoi.net text has no headings: its paragraphs follow the TIP chapter's fixed order.
        if n <= 2:
            return "Header"
        if n <= 4:
            return "Introduction"
        if n == 5:
            items = [norm(x) for x in re.split(r"\s\*\s", line_text)]
            for i, it in enumerate(items, 1):
                if quote_n in it:
                    return "Prioritized recommendations, item %d" % i
            return "Prioritized recommendations"
        if n <= 11:
            return "Prosecution"
        if n <= 15:
            return "Protection"
        if n == 16:
            return "Prevention"
        return "Trafficking profile"
    if source_id == "tip-2025-russia":
        if n <= 3:
            return "Header"
        if n <= 7:
            return "Introduction"
        if n == 9:
            return "Prioritized recommendations"
        if n <= 22:
            return "Prioritized recommendations, item %d" % (n - 10)
        if n <= 38:
            return "PROSECUTION"
        if n <= 50:
            return "PROTECTION"
        if n <= 56:
            return "PREVENTION"
        return "TRAFFICKING PROFILE"
    if source_id == "article-russia-sex-trafficking":
        if n <= 5:
            return "Header"
        paras = [7, 9, 11, 14, 17, 20, 23, 26, 29]
        return "paragraph %d" % (paras.index(n) + 1) if n in paras else "?"
    raise KeyError(source_id)


def section_matches(actual, cited):
    a, c = canon_section(actual), canon_section(cited)
    if a == c or a.startswith(c + ","):  # a record citing "Recommendations" covers its sentence 3
        return True
    # the article's closing paragraphs (8 and 9) hold its three recommendations
    if c.startswith("closing paragraphs"):
        if a in ("paragraph 8", "paragraph 9"):
            m = re.search(r"recommendation (\d)", c)
            if not m:
                return True
            return (m.group(1) in "12" and a == "paragraph 8") or (m.group(1) == "3" and a == "paragraph 9")
    return False


class Source:
    def __init__(self, sid, path):
        self.id = sid
        self.raw_lines = _lines(path)
        self.norm_lines = [norm(l) for l in self.raw_lines]

    def locate(self, quote):
        """(line number, section) of the first line containing the normalized quote, else None."""
        q = norm(quote)
        for i, l in enumerate(self.norm_lines, 1):
            if q in l:
                return i, section_of_line(self.id, i, self.raw_lines[i - 1], q)
        return None


# ---------------------------------------------------------------- numbers

WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19, "twenty": 20, "half": 50}
# the dataset's conventions for vague quantities (victim-service README)
CONVENTIONS = {1000: ["thousands", "1,000"], 10000: ["tens of thousands"],
               100000: ["hundreds of thousands"], 1000000: ["millions", "a million", "one million"],
               100: ["hundreds"], 2000000: ["two million"], 50: ["half"]}
QUALIFIER_WORDS = {"MORE_THAN": ["more than"], "APPROXIMATE": ["approximately", "about", "estimated"],
                   "ALMOST": ["almost"],
                   "AT_LEAST": ["at least", "thousands", "hundreds", "millions", "tens of thousands"]}
MONTHS = [None] + [calendar.month_name[i] for i in range(1, 13)]
NUM_RE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")


def nums_in_text(s):
    """Numbers written in digits in s, commas removed ('1,111' -> '1111', '127.1' kept)."""
    out = set()
    for m in NUM_RE.finditer(norm(s)):
        tok = m.group(0).rstrip(".,")
        tok = tok.replace(",", "")
        out.add(tok)
        # '18-22' style ranges are two numbers; '2023-2024' too (regex already splits on '-')
    return out


def quote_numbers(text):
    t = norm(text)
    out = nums_in_text(t)
    low = t.lower()
    for w, v in WORDS.items():
        if re.search(r"\b%s\b" % w, low):
            out.add(str(v))
    for v, phrases in CONVENTIONS.items():
        if any(p in low for p in phrases):
            out.add("conv:%d" % v)
    return out


def fmt(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


# ---------------------------------------------------------------- what each record states

def req(field, token, kind="number"):
    return {"field": field, "token": token, "kind": kind}


def date_reqs(field, iso):
    if not iso:
        return []
    d = datetime.date.fromisoformat(iso)
    out = [req(field, str(d.year))]
    last = calendar.monthrange(d.year, d.month)[1]
    whole_year = (d.month, d.day) in ((1, 1), (12, 31))
    if not whole_year:
        out.append(req(field, MONTHS[d.month], "month"))
    if d.day not in (1, last):
        out.append(req(field, str(d.day)))
    return out


def text_reqs(field, s):
    return [req(field, n) for n in sorted(nums_in_text(s or ""))]


def statistic_reqs(r):
    out = []
    aw = r.get("asWritten")
    if r.get("value") is not None:
        out.append(req("value", fmt(r["value"]), "value"))
    if r.get("upperValue") is not None:
        out.append(req("upperValue", fmt(r["upperValue"]), "value"))
    if r.get("year") is not None:
        out.append(req("year", str(r["year"])))
    if r.get("periodEnd") is not None:
        out.append(req("periodEnd", str(r["periodEnd"])))
    out += text_reqs("metric", r.get("metric"))
    out += text_reqs("description", r.get("description"))
    return out, aw


def pathway_reqs(r):
    out = []
    if r.get("estimatedVictims") is not None:
        out.append(req("estimatedVictims", fmt(r["estimatedVictims"]), "value"))
    if r.get("upperValue") is not None:
        out.append(req("upperValue", fmt(r["upperValue"]), "value"))
    out += date_reqs("periodStart", r.get("periodStart"))
    out += date_reqs("periodEnd", r.get("periodEnd"))
    for f in ("recruiter", "sector", "description"):
        out += text_reqs(f, r.get(f))
    return out


def value_ok(token, qnums, aw, qtext):
    if token in qnums:
        return True
    v = int(float(token))
    if "conv:%d" % v in qnums:
        return True
    if aw:
        core = norm(re.sub(r"\s*\(.*?\)", "", aw))
        if core and core in qtext:
            return True
    return False


def token_ok(r, qnums, aw, qtext):
    if r["kind"] == "month":
        return r["token"] in qtext
    if r["kind"] == "value":
        return value_ok(r["token"], qnums, aw, qtext)
    return r["token"] in qnums


# ---------------------------------------------------------------- expected gaps
# Numbers a record states that no quote contains, and sections a record cites that do not hold the
# supporting text: each is a problem of dataset-audit.md (its row id, e.g. "P30") or a documented
# derivation ("DERIVED: ..."), arithmetic on the source's own words that is not a problem.
# BEGIN GENERATED (from the audit's problem list)
EXPECTED = {
    ('victim/pathways.json', 'kgz-rus-military-recruitment', 'periodStart', '2022'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'kgz-rus-military-recruitment', 'periodStart', 'February'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'kgz-rus-military-recruitment', 'periodStart', '24'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'tjk-rus-military-recruitment', 'periodStart', '2022'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'tjk-rus-military-recruitment', 'periodStart', 'February'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'tjk-rus-military-recruitment', 'periodStart', '24'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'uzb-rus-military-recruitment', 'periodStart', '2022'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'uzb-rus-military-recruitment', 'periodStart', 'February'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'uzb-rus-military-recruitment', 'periodStart', '24'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'regional-south-asia-rus-military-recruitment', 'periodStart', '2022'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'regional-south-asia-rus-military-recruitment', 'periodStart', 'February'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'regional-south-asia-rus-military-recruitment', 'periodStart', '24'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'syr-rus-military-recruitment', 'periodStart', '2022'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'syr-rus-military-recruitment', 'periodStart', 'February'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'syr-rus-military-recruitment', 'periodStart', '24'): 'P05 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'ukr-rus-children-forcible-transfer', 'periodStart', 'February'): 'P06 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'ukr-rus-children-forcible-transfer', 'periodStart', '24'): 'P06 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'ukr-blr-children-forcible-transfer', 'periodStart', 'February'): 'P06 (Date or year the source does not give (or more precise than it gives))',
    ('victim/pathways.json', 'ukr-blr-children-forcible-transfer', 'periodStart', '24'): 'P06 (Date or year the source does not give (or more precise than it gives))',
    ('country/assessments.json', 'RUS 2025', 'lawEnforcement[2024].investigations#dataYear', '2024'): 'P11 (Date or year the source does not give (or more precise than it gives))',
    ('country/assessments.json', 'RUS 2025', 'lawEnforcement[2024].prosecutions#dataYear', '2024'): 'P11 (Date or year the source does not give (or more precise than it gives))',
    ('country/assessments.json', 'RUS 2025', 'lawEnforcement[2024].convictions#dataYear', '2024'): 'P11 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'cub-wage-share-confiscated-2024', 'year', '2024'): 'P12 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'cub-forced-labor-victims-congo-2024', 'year', '2024'): 'P13 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'cub-sea-mariners-2024', 'year', '2024'): 'P14 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'cub-medical-share-of-exported-workforce-2024', 'year', '2024'): 'P15 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'cub-csmc-ucsm-share-of-labor-exports-2024', 'year', '2024'): 'P16 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'cub-victims-protected-2022', 'year', '2022'): 'P17 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'cub-victims-protected-2022', 'periodEnd', '2024'): 'P17 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-victims-estimated-by-ngos-2023', 'year', '2023'): 'P19 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-trafficking-cases-reported-by-ngos-2023', 'year', '2023'): 'P20 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-north-korean-workers-invitation-discussed', 'year', '2023'): 'P21 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-north-korean-workers-invitation-discussed', 'description', '2024'): 'P21 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-north-korean-workers-per-year-before-2018', 'year', '2017'): 'P22 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-north-korean-workers-in-forced-labor-2023', 'year', '2023'): 'P23 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainian-children-returned-2024', 'year', '2022'): 'P24 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainian-children-transferred', 'year', '2022'): 'P25 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainian-children-taken-from-institutions', 'year', '2022'): 'P26 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainian-children-taken-from-institutions', 'periodEnd', '2023'): 'P26 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainian-children-in-re-education-camps', 'year', '2023'): 'P27 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainian-civilians-detained', 'year', '2022'): 'P28 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainian-civilians-detained', 'periodEnd', '2024'): 'P28 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-military-patriotic-clubs-2023', 'year', '2023'): 'P29 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainian-refugees', 'year', '2022'): 'P30 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainian-refugees', 'periodEnd', '2024'): 'P30 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainians-resident-before-2022', 'year', '2021'): 'P31 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainians-fled-to-russia-before-2022', 'year', '2014'): 'P32 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainians-fled-to-russia-before-2022', 'periodEnd', '2021'): 'P32 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-ukrainians-fled-to-russia-before-2022', 'description', '2014'): 'P32 (Date or year the source does not give (or more precise than it gives))',
    ('victim/statistics.json', 'rus-migrants-obtaining-work-permits-2023', 'year', '2023'): 'P33 (Date or year the source does not give (or more precise than it gives))',
    ('sources.json', 'tip-2024-russia', 'title', '2024'): 'P80 (Fact or attribute the source does not state)',
    ('country/assessments.json', 'RUS 2023', 'summary', '2024'): 'P80 (Fact or attribute the source does not state)',
    ('country/assessments.json', 'RUS 2025', 'lawEnforcement[2024].victimsIdentified#dataYear', '2024'): 'DERIVED: "fourth consecutive year" without identified victims after 2020 = 2021-2024',
    ('country/assessments.json', 'RUS 2024', 'lawEnforcement[2023].victimsIdentified#dataYear', '2023'): 'DERIVED: "third consecutive year" after 2020 = 2021-2023',
    ('victim/statistics.json', 'rus-victims-identified-2021', 'year', '2021'): 'DERIVED: third/fourth consecutive year after the last figure (2020)',
    ('victim/statistics.json', 'rus-victims-identified-2021', 'description', '2021'): 'DERIVED: as year',
    ('victim/statistics.json', 'rus-victims-identified-2022', 'year', '2022'): 'DERIVED: third/fourth consecutive year after 2020',
    ('victim/statistics.json', 'rus-victims-identified-2022', 'description', '2022'): 'DERIVED: as year',
    ('victim/statistics.json', 'rus-victims-identified-2023', 'year', '2023'): 'DERIVED: third consecutive year after 2020 (2024 report)',
    ('victim/statistics.json', 'rus-victims-identified-2023', 'description', '2023'): 'DERIVED: as year',
    ('victim/statistics.json', 'rus-victims-identified-2024', 'year', '2024'): 'DERIVED: fourth consecutive year after 2020 (2025 report)',
    ('victim/statistics.json', 'rus-victims-identified-2024', 'description', '2024'): 'DERIVED: as year',
    ('victim/statistics.json', 'cub-forced-labor-cases-found-by-inspections-2023', 'value', '0'): 'DERIVED: "did not identify any cases of forced labor" is stated as a fact (not "did not report"), so 0 is right',
    ('victim/statistics.json', 'rus-ukrainian-civilians-transferred', 'periodEnd', '2024'): 'DERIVED: "Since 2022" in the 2025 report, whose latest data year is 2024',
    ('victim/statistics.json', 'rus-ukrainian-children-transferred', 'periodEnd', '2024'): 'DERIVED: cited in the 2025 report, whose latest data year is 2024',
}
EXPECTED_CITATIONS = {
    ('victim/pathways.json', 'cub-cub-child-military-brigades', 'description'): 'P83 (Cited section does not hold the supporting text)',
    ('victim/pathways.json', 'cub-ita-medical-missions', 'means'): 'P84 (Cited section does not hold the supporting text)',
    ('victim/pathways.json', 'cub-qat-medical-missions', 'means'): 'P84 (Cited section does not hold the supporting text)',
    ('victim/pathways.json', 'cub-esp-medical-missions', 'means'): 'P84 (Cited section does not hold the supporting text)',
    ('victim/pathways.json', 'prk-rus-labor-export', 'sector (logging)'): 'P85 (Cited section does not hold the supporting text)',
    ('country/assessments.json', 'RUS 2023', 'summary'): 'P86 (Cited section does not hold the supporting text)',
}
# END GENERATED


# ---------------------------------------------------------------- main

def main(verbose=False):
    catalog = json.load(open(DATASET / "sources.json"))
    srcs = {c["id"]: Source(c["id"], SOURCES_DIR / c["file"]) for c in catalog}
    quotes = json.load(open(QUOTES))

    # records of the dataset, keyed as quotes.json names them
    records = {}  # (file, key) -> (record, kind)
    for c in catalog:
        records[("sources.json", c["id"])] = (c, "source")
    for c in json.load(open(DATASET / "country/countries.json")):
        records[("country/countries.json", c["code"])] = (c, "country")
    for t in json.load(open(DATASET / "country/tier-counts.json")):
        records[("country/tier-counts.json", "reportYear=%d" % t["reportYear"])] = (t, "tiercount")
    for s in json.load(open(DATASET / "country/statutes.json")):
        records[("country/statutes.json", "%s %s" % (s["country"], s["article"]))] = (s, "statute")
    for a in json.load(open(DATASET / "country/assessments.json")):
        records[("country/assessments.json", "%s %d" % (a["country"], a["reportYear"]))] = (a, "assessment")
    for s in json.load(open(DATASET / "victim/statistics.json")):
        records[("victim/statistics.json", s["id"])] = (s, "statistic")
    for p in json.load(open(DATASET / "victim/pathways.json")):
        records[("victim/pathways.json", p["id"])] = (p, "pathway")
    for r in json.load(open(DATASET / "recommendation/recommendations.json")):
        records[("recommendation/recommendations.json", r["id"])] = (r, "recommendation")

    problems = defaultdict(list)
    citation_expected = []
    by_record = defaultdict(list)
    n_found = n_null = 0
    unsupported = []
    for i, q in enumerate(quotes):
        key = (q["file"], q["record"])
        if key not in records:
            problems["entry names no dataset record"].append("#%d %s %s" % (i, key[0], key[1]))
            continue
        by_record[key].append(q)
        if q.get("quote") is None:
            n_null += 1
            unsupported.append("%s | %s | %s: %s" % (q["file"], q["record"], q["field"], q.get("note", "")))
            continue
        src = srcs.get(q["source"])
        if src is None:
            problems["unknown source id"].append("#%d %s" % (i, q["source"]))
            continue
        loc = src.locate(q["quote"])
        if loc is None:
            problems["quote NOT found verbatim"].append("#%d %s | %s | %s" % (i, q["file"], q["record"], q["field"]))
            continue
        n_found += 1
        q["_section"] = loc[1]
        if not section_matches(loc[1], q["section"]):
            problems["quotes.json section differs from where the quote is"].append(
                "#%d %s | %s: entry says %r, quote is in %r" % (i, q["file"], q["record"], q["section"], loc[1]))
        # the sections the dataset record itself cites for this source
        rec, kind = records[key]
        cited = cited_sections(rec, kind, q["field"], q["source"])
        # the header (date, byline, title) is document metadata, not a section a record can cite
        if loc[1] != "Header" and cited is not None and not any(section_matches(loc[1], c) for c in cited):
            why = EXPECTED_CITATIONS.get((q["file"], q["record"], q["field"]))
            line = "%s | %s | %s: cites %s of %s; text is in %r" % (q["file"], q["record"], q["field"],
                                                                    cited or "nothing", q["source"], loc[1])
            if why:
                citation_expected.append(line + " -> " + why)
            else:
                problems["UNEXPECTED: record cites another section than the one holding the text"].append(line)

    missing = [k for k in records if k not in by_record]
    for k in missing:
        problems["record without any quote entry"].append("%s | %s" % k)

    # numbers
    gaps = []
    for key, qs in by_record.items():
        rec, kind = records[key]
        for field, token, aw, qtext, qnums in number_checks(rec, kind, qs):
            if not token_ok({"token": token, "kind": kindof(field, token)}, qnums, aw, qtext):
                gaps.append((key[0], key[1], field, token))
    # qualifiers: the words of the record's qualifier must be in its quotes
    for key, qs in by_record.items():
        rec, kind = records[key]
        ql = rec.get("qualifier") if kind in ("statistic", "pathway") else None
        if ql and ql != "EXACT":
            text = " | ".join(norm(e["quote"]) for e in qs if e.get("quote")).lower()
            if not any(w in text for w in QUALIFIER_WORDS[ql]):
                gaps.append((key[0], key[1], "qualifier", ql))
    expected_hits, unexpected = [], []
    for g in gaps:
        reason = EXPECTED.get(g)
        (expected_hits if reason else unexpected).append((g, reason))
    stale = [k for k in EXPECTED if k not in set(gaps)]

    # report
    print("quotes.json entries: %d (%d with a quote, %d marked unsupported: quote null)"
          % (len(quotes), len(quotes) - n_null, n_null))
    print("records in dataset: %d; records with quote entries: %d" % (len(records), len(by_record)))
    print("quotes found verbatim in their source: %d of %d" % (n_found, len(quotes) - n_null))
    for title, items in problems.items():
        print("\n%s: %d" % (title, len(items)))
        for it in items:
            print("  - " + it)
    print("\nsection cited by the record differs from where the supporting text is: %d, all audit problems"
          % len(citation_expected))
    if verbose:
        for c in citation_expected:
            print("  - " + c)
    print("\nunsupported fields (quote null; all are audit problems): %d" % len(unsupported))
    if verbose:
        for u in unsupported:
            print("  - " + u)
    print("\nnumbers (and qualifiers) stated by a record but absent from its quotes: %d" % len(gaps))
    derived = [e for e in expected_hits if e[1].startswith("DERIVED")]
    audit = [e for e in expected_hits if not e[1].startswith("DERIVED")]
    print("  - listed as audit problems: %d" % len(audit))
    print("  - documented derivations (source arithmetic, not problems): %d" % len(derived))
    print("  - UNEXPECTED: %d" % len(unexpected))
    if verbose or unexpected:
        for (g, r) in expected_hits if verbose else []:
            print("      %s | %s | %s | %s -> %s" % (g + (r,)))
        for (g, _) in unexpected:
            print("      UNEXPECTED %s | %s | %s | %s" % g)
    if stale:
        print("\nEXPECTED entries that no longer occur: %d" % len(stale))
        for s in stale:
            print("  - %s | %s | %s | %s" % s)
    hard = sum(len(v) for k, v in problems.items()
               if k in ("quote NOT found verbatim", "unknown source id", "entry names no dataset record",
                        "record without any quote entry", "quotes.json section differs from where the quote is",
                        "UNEXPECTED: record cites another section than the one holding the text"))
    ok = hard == 0 and not unexpected and not stale
    print("\nRESULT: %s" % ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


def kindof(field, token):
    if token.isalpha():
        return "month"
    if field.split(".")[-1] in ("value", "upperValue", "estimatedVictims") or field.endswith("].investigations") \
            or field.endswith("].prosecutions") or field.endswith("].convictions") \
            or field.endswith("].victimsIdentified") or field in ("tier1", "tier2", "tier2WatchList", "tier3"):
        return "value"
    return "number"


def cited_sections(rec, kind, field, source):
    def of(cits):
        return [c["section"].strip() for c in cits if c["source"] == source for c in [c]]

    def split(secs):
        out = []
        for s in secs:
            out += [x.strip() for x in s.split(";")]
        return out

    if kind in ("statistic", "pathway", "recommendation"):
        return split(of(rec["sources"]))
    if kind in ("statute", "tiercount"):
        return split(of([rec["citation"]]))
    if kind == "assessment":
        m = re.match(r"lawEnforcement\[(\d+)\]", field)
        if m:
            for le in rec["lawEnforcement"]:
                if le["dataYear"] == int(m.group(1)):
                    return split(of([le["citation"]]))
            return []
        return split(of(rec["sources"]))
    return None  # sources.json, countries.json: no citations


def number_checks(rec, kind, qs):
    """Yield (field, token, asWritten, quote text, quote numbers) for each number the record states."""
    def pack(entries):
        text = " | ".join(norm(e["quote"]) for e in entries if e.get("quote"))
        return text, quote_numbers(text)

    if kind == "statistic":
        reqs, aw = statistic_reqs(rec)
        text, nums = pack(qs)
        for r in reqs:
            yield r["field"], r["token"], aw, text, nums
    elif kind == "pathway":
        text, nums = pack(qs)
        for r in pathway_reqs(rec):
            yield r["field"], r["token"], None, text, nums
    elif kind == "statute":
        text, nums = pack(qs)
        yield "article", rec["article"], None, text, nums
        for pen in ("adultPenalty", "childPenalty"):
            p = rec.get(pen)
            if p:
                for k in ("minYears", "maxYears"):
                    if p.get(k) is not None:
                        yield "%s.%s" % (pen, k), str(p[k]), None, text, nums
                for n in sorted(nums_in_text(p.get("description", ""))):
                    yield pen + ".description", n, None, text, nums
        for f in ("title", "criminalizes"):
            for n in sorted(nums_in_text(rec.get(f, ""))):
                yield f, n, None, text, nums
    elif kind == "tiercount":
        text, nums = pack(qs)
        for f in ("reportYear", "tier1", "tier2", "tier2WatchList", "tier3", "specialCase"):
            if rec.get(f) is not None:
                yield f, str(rec[f]), None, text, nums
    elif kind == "recommendation":
        text, nums = pack(qs)
        for f in ("text", "addressee"):
            for n in sorted(nums_in_text(rec.get(f, ""))):
                yield f, n, None, text, nums
    elif kind == "source":
        text, nums = pack(qs)
        if rec.get("published"):
            for r in date_reqs("published", rec["published"]):
                yield r["field"], r["token"], None, text, nums
        for n in sorted(nums_in_text(rec.get("title", ""))):
            yield "title", n, None, text, nums
    elif kind == "assessment":
        def fq(prefix):
            return pack([e for e in qs if e["field"] == prefix or e["field"].startswith(prefix + ".")])
        text, nums = fq("tier")
        yield "tier", rec["tier"].split("_")[1], None, text, nums
        for f in ("summary", "prosecutionFinding", "protectionFinding", "preventionFinding"):
            if rec.get(f):
                text, nums = fq(f)
                for n in sorted(nums_in_text(rec[f])):
                    yield f, n, None, text, nums
        for le in rec["lawEnforcement"]:
            y = le["dataYear"]
            for fig in ("investigations", "prosecutions", "convictions", "victimsIdentified"):
                v = le.get(fig)
                if v is None:
                    continue
                fld = "lawEnforcement[%d].%s" % (y, fig)
                text, nums = fq(fld)
                yield fld + "#dataYear", str(y), None, text, nums
                if v.get("value") is not None:
                    yield fld, str(v["value"]), None, text, nums
            if le.get("note"):
                fld = "lawEnforcement[%d].note" % y
                text, nums = fq(fld)
                for n in sorted(nums_in_text(le["note"])):
                    yield fld, n, None, text, nums


if __name__ == "__main__":
    sys.exit(main("--verbose" in sys.argv))
