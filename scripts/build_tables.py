"""Write entente/data/tables/{cameo,plover}.tsv from the published tables in ../shared/reference.

Run once when the reference changes: ``python scripts/build_tables.py``. The output names its sources.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REF = ROOT.parent / "shared" / "reference"
OUT = ROOT / "entente" / "data" / "tables"

# Deliberate departures from CAMEO2PLOVER-2021, each with its reason (written into plover.tsv's header too):
# 163 "impose embargo, boycott or sanctions" is COERCE in the 2021 draft, but the NGEC PLOVER codebook
# (plover_codebook.csv) defines SANCTION as curtailing "diplomatic, commercial, or material exchanges", and
# analysts count state sanctions as SANCTION; COERCE stays for repression (arrests, bans, curfews, seizures).
OVERRIDES = {"163": ("SANCTION", "restrict")}


def cameo() -> None:
    rows = list(csv.DictReader(open(REF / "cameo" / "cameo_codes_goldstein_quadclass.tsv", encoding="utf-8"),
                               delimiter="\t"))
    with open(OUT / "cameo.tsv", "w", encoding="utf-8") as out:
        out.write("# CAMEO event codes with Goldstein weights and quad classes.\n"
                  "# Source: The GDELT Project, CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt (GDELT's Goldstein\n"
                  "# table, the one entente uses); ICEWS weights from the icews R package (MIT) kept beside it.\n"
                  "# GDELT gives no weight for 1213 (reject judicial cooperation): its ICEWS weight is used.\n"
                  "# Quad class by GDELT's rule: roots 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4.\n")
        out.write("code\tname\tgoldstein\tgoldstein_icews\tquad_class\n")
        for row in rows:
            # GDELT's table has no weight for 1213; the ICEWS weight stands in (named in the header)
            row["goldstein_gdelt"] = row["goldstein_gdelt"] or row["goldstein_icews"]
            row["description_gdelt"] = row["description_gdelt"] or row["name_icews"]
            out.write(f"{row['cameo_code']}\t{row['description_gdelt']}\t{row['goldstein_gdelt']}\t"
                      f"{row['goldstein_icews']}\t{row['quadclass_gdelt']}\n")


def plover() -> None:
    line_re = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#?\s*(.*)$")
    with open(OUT / "plover.tsv", "w", encoding="utf-8") as out:
        out.write("# CAMEO code -> PLOVER category, mode and contexts.\n"
                  "# Source: CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8 (P. Schrodt, openeventdata/PLOVER,\n"
                  "# CC BY-SA 4.0). CAMEO 01x statements have no PLOVER category and are never coded; CAMEO 02x\n"
                  "# appeals are PLOVER REQUEST (PLOVER manual: REQUEST merges CAMEO APPEAL and DEMAND).\n"
                  "# Departure: 163 (impose embargo, boycott, sanctions) -> SANCTION, per the NGEC codebook's\n"
                  "# definition of SANCTION; see scripts/build_tables.py.\n")
        out.write("cameo\tevent\tmode\tcontext\tdescription\n")
        for line in open(REF / "plover" / "CAMEO2PLOVER-2021.txt", encoding="utf-8"):
            m = line_re.match(line.strip())
            if not m or len(m.group(1)) == 2:
                continue
            code, event, mode, context, desc = (g.strip() for g in m.groups())
            if code in OVERRIDES:
                event, mode = OVERRIDES[code]
            contexts = "|".join(c.strip() for c in context.split(";") if c.strip())
            out.write(f"{code}\t{event}\t{mode}\t{contexts}\t{desc}\n")
        for row in csv.DictReader(open(REF / "cameo" / "cameo_codes_goldstein_quadclass.tsv", encoding="utf-8"),
                                  delimiter="\t"):
            if row["root_code"] == "02" and row["level"] != "0":
                desc = row["description_gdelt"]
                context = ("economic" if "economic" in desc else "military" if "military" in desc else
                           "humanitarian" if "humanitarian" in desc else "diplomatic")
                mode = "assist" if row["cameo_code"][:3] in ("021", "023") else (
                    "change" if row["cameo_code"][:3] == "024" else "yield" if row["cameo_code"][:3] == "025" else
                    "meet" if row["cameo_code"][:3] in ("026", "027", "028") else "")
                out.write(f"{row['cameo_code']}\tREQUEST\t{mode}\t{context}\t{desc}\n")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    cameo()
    plover()
