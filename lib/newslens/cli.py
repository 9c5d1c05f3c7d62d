"""Command line: ``python -m newslens extract PATH... [--out FILE]`` and ``report``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import NewslensError

EXIT_BAD_INPUT = 2


def _extract(args: argparse.Namespace) -> int:
    from .analysis import analyze_many
    from .io import atomic_write_text

    failures: list[str] = []

    def report(err: NewslensError) -> None:
        failures.append(str(err))
        print(f"newslens: skipped {err}", file=sys.stderr)

    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        report(NewslensError(f"{p}: no such file or folder"))
    paths = [p for p in args.paths if Path(p).exists()]
    results = [a.to_dict() for a in analyze_many(paths, on_error=report, n_process=args.workers)]
    if len(results) == 1 and not args.jsonl:
        text = json.dumps(results[0], ensure_ascii=False, indent=args.indent) + "\n"
    else:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
    if args.out:
        atomic_write_text(args.out, text)
        print(f"newslens: wrote {len(results)} article(s) to {args.out}", file=sys.stderr)
    elif results:
        sys.stdout.write(text)
    if failures:
        print(f"newslens: {len(failures)} input(s) failed, {len(results)} analysed", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _report(args: argparse.Namespace) -> int:
    from .reports import run_reports

    return run_reports(args.paths, out=Path(args.out), with_code=args.with_code, workers=args.workers, jobs=args.jobs)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newslens", description="The analyst's workbook for foreign-policy news.")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="analyse articles and write the JSON contract")
    ex.add_argument("paths", nargs="+",
                    help="article files (text, HTML or saved pages, JSON, feeds, Markdown, e-mail, Word, ODT, RTF, "
                         "PDF, tables and workbooks) or folders")
    ex.add_argument("--out", help="write here instead of standard output (written whole or not at all)")
    ex.add_argument("--json", action="store_true", help="JSON output (the default; kept for clarity)")
    ex.add_argument("--jsonl", action="store_true", help="JSON Lines even for one article")
    ex.add_argument("--indent", type=int, default=1, help="indentation of a single JSON object")
    ex.add_argument("--workers", type=int, default=1, help="worker processes for spaCy")
    ex.set_defaults(func=_extract)
    rp = sub.add_parser("report", help="run the notebooks on each article and render HTML reports")
    rp.add_argument("paths", nargs="+", help="article files or folders")
    rp.add_argument("--out", default="reports", help="output folder (default: reports/)")
    rp.add_argument("--with-code", action="store_true", help="keep code cells in the HTML")
    rp.add_argument("--workers", type=int, default=1, help="worker processes for spaCy")
    rp.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: CPU count)")
    rp.set_defaults(func=_report)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except NewslensError as exc:
        print(f"newslens: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("newslens: interrupted", file=sys.stderr)
        return 130
