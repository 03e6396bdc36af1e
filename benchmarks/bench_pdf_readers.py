"""PDF text extraction for `prep/readers/pdf.py`: pypdf (the `pdf` extra) against pdfminer.six, on a
generated Korean + English PDF: seconds, pages per second, and whether every line came out exact.

    python -m benchmarks.bench_pdf_readers [--pages 60]

Needs reportlab, pypdf and pdfminer.six (pip install reportlab pypdf pdfminer.six).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

LINES = [
    "제{p}조(목적) 이 법은 아동의 보살핌이 필요한 나이이나 보호자가 없는 경우를 정한다.",
    "국민건강보험공단은 제2항에 따른 급여를 지급하여야 한다. 다만, 대통령령으로 정하는 경우는 예외로 한다.",
    "The international agreement applies to every member state, as signed on 3 May 2020.",
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this software.",
]


def make_pdf(path: Path, pages: int) -> list[str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    c = canvas.Canvas(str(path))
    expected = []
    for p in range(1, pages + 1):
        c.setFont("HYSMyeongJo-Medium", 9)
        y = 800
        for _ in range(10):
            for line in LINES:
                c.drawString(40, y, line.format(p=p))
                expected.append(line.format(p=p))
                y -= 18
        c.showPage()
    c.save()
    return expected


def run(pages: int) -> None:
    import pypdf
    from pdfminer.high_level import extract_text

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.pdf"
        expected = make_pdf(path, pages)
        extractors = {
            "pypdf": lambda: "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages),
            "pdfminer.six": lambda: extract_text(str(path)),
        }
        print(f"{pages} pages, {len(expected)} lines (Korean and English), {path.stat().st_size / 1e3:.0f} kB")
        print(f"{'extractor':<14}{'seconds':>9}{'pages/s':>9}{'lines exact':>13}")
        for name, extract in extractors.items():
            t0 = time.perf_counter()
            text = extract()
            seconds = time.perf_counter() - t0
            got = {line.strip() for line in text.splitlines()}
            exact = sum(line in got for line in expected)
            print(f"{name:<14}{seconds:>9.2f}{pages / seconds:>9.1f}{f'{exact}/{len(expected)}':>13}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    run(parser.parse_args().pages)
