#!/usr/bin/env python3
"""Validate the PositionTracker gazetteer catalog (standard library only).

Usage: python3 validate.py [catalog_dir]   (defaults to the folder of this script)

Checks actors.json, territories.json, territory-groups.json, people.json and
roles.json. Prints counts, then "OK" or the list of problems; exits 1 on problems.
"""
import datetime
import json
import os
import re
import sys

# The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = {
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE",
    "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH",
    "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF",
    "TCD", "CHL", "CHN", "COL", "COM", "COG", "CRI", "CIV", "HRV", "CUB", "CYP",
    "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ",
    "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU",
    "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL",
    "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ",
    "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE",
    "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS",
    "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL",
    "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN",
    "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS",
    "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC",
    "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN",
    "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN",
    "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB",
    "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
}
# Observers / partially recognised states that are parties to disputes, plus organisations.
EXTRA_ACTORS = {"PSE", "VAT", "TWN", "XKX", "EU", "UN", "NATO"}

REQUIRED_TERRITORIES = {
    "crimea", "sevastopol", "donetsk", "luhansk", "zaporizhzhia", "kherson",
    "kharkiv", "kursk", "taiwan", "golan-heights", "west-bank", "east-jerusalem",
    "gaza-strip", "western-sahara", "falkland-islands", "kosovo", "nagorno-karabakh",
    "kuril-islands", "kashmir", "jammu-and-kashmir", "ladakh", "azad-kashmir",
    "gilgit-baltistan", "aksai-chin", "arunachal-pradesh", "spratly-islands",
    "paracel-islands", "scarborough-shoal", "senkaku-islands", "abkhazia",
    "south-ossetia", "transnistria", "northern-cyprus", "gibraltar", "chagos-islands",
    "essequibo", "hala-ib-triangle", "liancourt-rocks", "shebaa-farms", "abyei",
    "kalapani", "sabah", "guantanamo-bay", "mayotte", "abu-musa-and-tunbs",
    "ilemi-triangle", "bakassi",
}
TERRITORY_KINDS = {"region", "peninsula", "island", "island group", "city", "strip",
                   "reef", "enclave", "area"}
MIN_TERRITORIES = 45
MIN_PEOPLE = 120

# Strings deliberately attached to more than one actor (case-insensitive).
AMBIGUOUS = {
    "korean",     # demonym of both North Korea (PRK) and South Korea (KOR)
    "congolese",  # demonym of both Republic of the Congo (COG) and DR Congo (COD)
    "dominican",  # demonym of both Dominica (DMA) and the Dominican Republic (DOM)
    "guinean",    # Guinea (GIN); listed defensively in case Guinea-Bissau/Equatorial Guinea gain it
    "georgian",   # Georgia (GEO); also the US state, so kept ambiguous-by-design
    "brussels",   # capital of Belgium (BEL) but in news almost always a metonym for the EU
}
# Territories that are also actors: their names/aliases may repeat the actor's strings.
TERRITORY_IS_ACTOR = {"taiwan": "TWN", "kosovo": "XKX"}

KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_DATE = datetime.date(2026, 12, 31)

problems = []


def problem(msg):
    problems.append(msg)


def load(folder, name):
    path = os.path.join(folder, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        problem(f"{name}: file missing")
    except json.JSONDecodeError as e:
        problem(f"{name}: invalid JSON: {e}")
    return None


def is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v)


def check_fields(where, obj, spec):
    """spec: field -> 'str' | 'list' | 'bool' | 'str|null' | 'list-of-obj'."""
    if not isinstance(obj, dict):
        problem(f"{where}: not an object")
        return False
    ok = True
    for field, kind in spec.items():
        if field not in obj:
            problem(f"{where}: missing field '{field}'")
            ok = False
            continue
        v = obj[field]
        good = {
            "str": isinstance(v, str) and v.strip() != "",
            "list": is_str_list(v),
            "bool": isinstance(v, bool),
            "str|null": v is None or (isinstance(v, str) and v.strip() != ""),
            "list-of-obj": isinstance(v, list) and all(isinstance(x, dict) for x in v),
        }[kind]
        if not good:
            problem(f"{where}: field '{field}' should be {kind}, got {v!r}")
            ok = False
    return ok


def parse_date(where, s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        problem(f"{where}: bad date {s!r}")
        return None


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    actors = load(folder, "actors.json")
    territories = load(folder, "territories.json")
    groups = load(folder, "territory-groups.json")
    people = load(folder, "people.json")
    roles = load(folder, "roles.json")
    if problems:
        report({})
        return

    # ---------------- actors
    codes = set()
    actor_strings = {}  # lower-case string -> set of codes
    un_member_names = set()
    if not isinstance(actors, list):
        problem("actors.json: top level must be an array")
        actors = []
    for i, a in enumerate(actors):
        where = f"actors[{i}]"
        if not check_fields(where, a, {"code": "str", "name": "str", "aliases": "list",
                                       "demonyms": "list", "capitals": "list", "metonyms": "list"}):
            continue
        code = a["code"]
        where = f"actor {code}"
        if code in codes:
            problem(f"{where}: duplicate code")
        codes.add(code)
        if code in UN_MEMBERS:
            un_member_names.add(a["name"].lower())
        for field in ("name", "aliases", "demonyms", "capitals", "metonyms"):
            vals = [a[field]] if field == "name" else a[field]
            for s in vals:
                if s != s.strip():
                    problem(f"{where}: {field} entry {s!r} has surrounding whitespace")
                actor_strings.setdefault(s.lower(), set()).add(code)
    missing_un = UN_MEMBERS - codes
    if missing_un:
        problem(f"actors.json: missing UN members: {sorted(missing_un)}")
    missing_extra = EXTRA_ACTORS - codes
    if missing_extra:
        problem(f"actors.json: missing extra actors: {sorted(missing_extra)}")
    unknown = codes - UN_MEMBERS - EXTRA_ACTORS
    if unknown:
        problem(f"actors.json: unexpected codes: {sorted(unknown)}")
    if len(UN_MEMBERS) != 193:
        problem(f"validate.py: hard-coded UN member list has {len(UN_MEMBERS)} codes, expected 193")
    un_present = len(UN_MEMBERS & codes)
    for s, cs in sorted(actor_strings.items()):
        if len(cs) > 1 and s not in AMBIGUOUS:
            problem(f"actor string {s!r} maps to several actors {sorted(cs)}; add it to AMBIGUOUS if deliberate")

    def need_actor(where, code):
        if code not in codes:
            problem(f"{where}: unknown actor code {code!r}")

    # ---------------- territories
    tids = set()
    terr_strings = {}  # lower-case string -> set of territory ids / group names
    if not isinstance(territories, list):
        problem("territories.json: top level must be an array")
        territories = []
    for i, t in enumerate(territories):
        where = f"territories[{i}]"
        if not check_fields(where, t, {"id": "str", "name": "str", "aliases": "list",
                                       "recognizedAs": "str|null", "claimants": "list",
                                       "kind": "str", "adjectives": "list"}):
            continue
        tid = t["id"]
        where = f"territory {tid}"
        if not KEBAB.match(tid):
            problem(f"{where}: id is not lower-case kebab-case")
        if tid in tids:
            problem(f"{where}: duplicate id")
        tids.add(tid)
        if t["kind"] not in TERRITORY_KINDS:
            problem(f"{where}: kind {t['kind']!r} not in {sorted(TERRITORY_KINDS)}")
        if "note" in t and not isinstance(t["note"], str):
            problem(f"{where}: note must be a string")
        if t["recognizedAs"] is not None:
            need_actor(where + " recognizedAs", t["recognizedAs"])
            if t["recognizedAs"] not in t["claimants"]:
                problem(f"{where}: recognizedAs {t['recognizedAs']} is not among claimants")
        if not t["claimants"]:
            problem(f"{where}: claimants is empty")
        if len(set(t["claimants"])) != len(t["claimants"]):
            problem(f"{where}: duplicate claimants")
        for c in t["claimants"]:
            need_actor(where + " claimants", c)
        for s in [t["name"]] + t["aliases"]:
            terr_strings.setdefault(s.lower(), set()).add(tid)
            if s.lower() in un_member_names:
                problem(f"{where}: alias {s!r} is the plain name of a UN member state")
            owners = actor_strings.get(s.lower(), set())
            if owners and owners != {TERRITORY_IS_ACTOR.get(tid)}:
                problem(f"{where}: alias {s!r} is also an actor string for {sorted(owners)}")
    if len(tids) < MIN_TERRITORIES:
        problem(f"territories.json: only {len(tids)} territories, need >= {MIN_TERRITORIES}")
    missing_t = REQUIRED_TERRITORIES - tids
    if missing_t:
        problem(f"territories.json: missing required ids {sorted(missing_t)}")

    # ---------------- groups
    if not isinstance(groups, list):
        problem("territory-groups.json: top level must be an array")
        groups = []
    for i, g in enumerate(groups):
        where = f"territory-groups[{i}]"
        if not check_fields(where, g, {"name": "str", "aliases": "list", "members": "list",
                                       "needsContext": "bool"}):
            continue
        where = f"group {g['name']!r}"
        if not g["members"]:
            problem(f"{where}: no members")
        for m in g["members"]:
            if m not in tids:
                problem(f"{where}: unknown territory id {m!r}")
        for s in [g["name"]] + g["aliases"]:
            terr_strings.setdefault(s.lower(), set()).add("group:" + g["name"])
    for s, owners in sorted(terr_strings.items()):
        if len(owners) > 1:
            problem(f"territory string {s!r} used by several territories/groups {sorted(owners)}")

    # ---------------- people
    person_strings = {}
    n_roles = 0
    if not isinstance(people, list):
        problem("people.json: top level must be an array")
        people = []
    for i, p in enumerate(people):
        where = f"people[{i}]"
        if not check_fields(where, p, {"name": "str", "aliases": "list", "roles": "list-of-obj"}):
            continue
        where = f"person {p['name']!r}"
        if not p["roles"]:
            problem(f"{where}: no roles")
        for s in [p["name"]] + p["aliases"]:
            person_strings.setdefault(s.lower(), set()).add(p["name"])
            if s.lower() in actor_strings:
                problem(f"{where}: alias {s!r} is also an actor string")
        for j, r in enumerate(p["roles"]):
            rw = f"{where} role[{j}]"
            if not check_fields(rw, r, {"actor": "str", "title": "str", "from": "str", "to": "str|null"}):
                continue
            n_roles += 1
            need_actor(rw, r["actor"])
            if "note" in r and not isinstance(r["note"], str):
                problem(f"{rw}: note must be a string")
            d_from = parse_date(rw + " from", r["from"])
            d_to = parse_date(rw + " to", r["to"]) if r["to"] is not None else None
            if d_from and d_to and d_from > d_to:
                problem(f"{rw}: from {r['from']} is after to {r['to']}")
            for d in (d_from, d_to):
                if d and d > MAX_DATE:
                    problem(f"{rw}: date {d} is in the future")
    for s, owners in sorted(person_strings.items()):
        if len(owners) > 1:
            problem(f"person string {s!r} used by several people {sorted(owners)}")
    if len(people) < MIN_PEOPLE:
        problem(f"people.json: only {len(people)} people, need >= {MIN_PEOPLE}")

    # ---------------- roles
    fixed, generic = [], []
    if not isinstance(roles, dict):
        problem("roles.json: top level must be an object with 'fixed' and 'generic'")
    else:
        fixed = roles.get("fixed")
        generic = roles.get("generic")
        if not isinstance(fixed, list):
            problem("roles.json: 'fixed' must be an array")
            fixed = []
        if not is_str_list(generic):
            problem("roles.json: 'generic' must be an array of strings")
            generic = []
    fixed_titles = {}
    for i, f in enumerate(fixed):
        where = f"roles.fixed[{i}]"
        if not check_fields(where, f, {"title": "str", "actor": "str"}):
            continue
        need_actor(where, f["actor"])
        key = f["title"].lower()
        if key in fixed_titles:
            problem(f"{where}: duplicate fixed title {f['title']!r}")
        fixed_titles[key] = f["actor"]
    seen_generic = set()
    for g in generic:
        key = g.lower()
        if key in seen_generic:
            problem(f"roles.generic: duplicate {g!r}")
        seen_generic.add(key)
        if key in fixed_titles:
            problem(f"roles.generic: {g!r} is also a fixed title ({fixed_titles[key]})")

    report({
        "actors": len(codes),
        "UN members": un_present,
        "territories": len(tids),
        "territory groups": len(groups),
        "people": len(people),
        "person roles": n_roles,
        "fixed roles": len(fixed),
        "generic roles": len(generic),
    })


def report(counts):
    for k, v in counts.items():
        print(f"{k}: {v}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
