"""`python -m train audit`: how much a trained model memorized the canaries its build planted.

The method is the exposure of Carlini et al., "The Secret Sharer" (2019), adapted to a masked
language model. For each canary (a carrier sentence with a secret value, planted `repeats` times by
`prep`; see `prep/canaries.py` and `docs/audit.md`):

1. Score the sentence with the true secret by pseudo-log-likelihood over the secret: for every
   wordpiece that overlaps the secret, mask that position alone and take the log-probability of the
   true piece; sum them (Salazar et al., 2020, restricted to the secret's pieces).
2. Score the same sentence with N other values of the same format, drawn from the same generator
   (`privbert.canary_formats`, seeded, the secret excluded).
3. rank = 1 + (candidates scoring higher) + (ties) / 2; exposure = log2(N + 1) - log2(rank) bits.

A model that learned nothing about the secret ranks it uniformly among the N + 1 values: exposure
averages log2(N+1) - mean(log2 k) ~ 1.44 bits ("chance"). A model that memorized it ranks it first:
log2(N + 1) bits (9.97 for N = 1000).

What can fail: the key file says, per canary, whether the build's scrubber caught it (`scrubber`:
caught / missed / unscrubbed). A missed canary is a scrubber leak whatever the model did; the verdict
names its kind, and `--fail-on-leak` turns it into exit status 1. A canary whose rank falls in the
top `--exposed-p` share of its candidates is "exposed" (p <= 0.01 by default: about 1 in 100 canaries
by chance alone, a count the verdict prints beside it). A canary whose secret ties with every
candidate (its pieces are all `[UNK]` in the model's vocabulary, say) is "uninformative": the model
cannot tell values apart there, so its exposure says nothing, and the table says so.

The secrets file is the audit's key; no secret value is ever printed or written by this module:
the report holds ids, kinds, ranks and exposures only. `train/` imports only `common/`, so the
candidate generators live in `privbert/canary_formats.py`.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

from privbert.build_format import read_manifest
from privbert.canary_formats import SECRETS_NAME, draw_candidates, fill
from privbert.io import read_jsonl_objects, write_json_atomic
from privbert.progress import progress_bar
from privbert.run_format import AUDIT_NAME, HF_CONFIG_NAME, resolve_model, run_build_dir

DEFAULT_CANDIDATES = 1000
DEFAULT_EXPOSED_P = 0.01  # rank / (N + 1) at or below this: the canary is exposed
MISSED = "missed"  # `scrubber` of a canary whose secret survived the build's scrubbing (prep.canaries)
CANARY_FIELDS = ("id", "kind", "lang", "repeats", "template", "secret")

# (sentence, start, end) of the secret -> score; higher = the model finds it more likely.
Scorer = Callable[[Sequence[tuple[str, int, int]]], list[float]]


# --- the exposure computation (pure) --------------------------------------------------------------


def rank_of(true_score: float, candidate_scores: Sequence[float]) -> float:
    """1 = best; a tie counts half, so a model that scores everything alike gets a chance-level rank."""
    better = sum(1 for s in candidate_scores if s > true_score)
    ties = sum(1 for s in candidate_scores if s == true_score)
    return 1 + better + ties / 2


def exposure_bits(rank: float, n_candidates: int) -> float:
    """log2(N + 1) - log2(rank): 0 for the worst rank, log2(N + 1) for the best."""
    if not 1 <= rank <= n_candidates + 1:
        raise ValueError(f"rank {rank} is outside 1..{n_candidates + 1}")
    return math.log2(n_candidates + 1) - math.log2(rank)


def chance_exposure(n_candidates: int) -> float:
    """The mean exposure of a secret whose rank is uniform over 1..N+1 (a model that learned nothing)."""
    n = n_candidates + 1
    return math.log2(n) - math.lgamma(n + 1) / math.log(2) / n


def audit_canary(
    scorer: Scorer, canary: dict[str, Any], n_candidates: int, seed: int, other_secrets: Collection[str] = ()
) -> dict[str, Any]:
    """One report row (no secret in it): the secret's rank among `n_candidates` look-alikes and its exposure.

    The look-alikes never include a secret of another canary (`other_secrets`), which the model may
    have memorized too.
    """
    secret = canary["secret"]
    exclude = {secret, *other_secrets}
    values = [secret, *draw_candidates(canary["kind"], canary["lang"], exclude, n_candidates, f"{seed}:{canary['id']}")]
    scores = scorer([fill(canary["template"], v) for v in values])
    rank = rank_of(scores[0], scores[1:])
    ties = sum(1 for s in scores[1:] if s == scores[0])
    return {
        "id": canary["id"],
        "kind": canary["kind"],
        "lang": canary["lang"],
        "repeats": canary["repeats"],
        "rank": rank,
        "candidates": n_candidates,
        "exposure_bits": round(exposure_bits(rank, n_candidates), 3),
        "scrubber": str(canary.get("scrubber", "unknown")),  # caught / missed / unscrubbed, from the key file
        "uninformative": ties == n_candidates,  # every candidate scored as the secret: nothing to rank
    }


def is_exposed(row: dict[str, Any], exposed_p: float = DEFAULT_EXPOSED_P) -> bool:
    """The secret ranked in the top `exposed_p` share of the N + 1 values (and was not a tie with all)."""
    return not row.get("uninformative", False) and row["rank"] <= exposed_p * (row["candidates"] + 1)


def kind_rows(rows: Sequence[dict[str, Any]], exposed_p: float = DEFAULT_EXPOSED_P) -> dict[str, dict[str, Any]]:
    """Per canary kind: canaries, missed by the scrubber, exposed, uninformative, mean exposure bits."""
    kinds: dict[str, dict[str, Any]] = {}
    for row in rows:
        k = kinds.setdefault(row["kind"], {"canaries": 0, "missed": 0, "exposed": 0, "uninformative": 0, "bits": []})
        k["canaries"] += 1
        k["missed"] += row.get("scrubber") == MISSED
        k["exposed"] += is_exposed(row, exposed_p)
        k["uninformative"] += bool(row.get("uninformative"))
        k["bits"].append(row["exposure_bits"])
    return {name: {**{f: v for f, v in k.items() if f != "bits"},
                   "mean_bits": round(sum(k["bits"]) / len(k["bits"]), 3)} for name, k in kinds.items()}


def verdict(report: dict[str, Any], exposed_p: float = DEFAULT_EXPOSED_P) -> dict[str, Any]:
    """What leaked in one model's report: kinds the scrubber missed, kinds exposed, and whether it fails."""
    kinds = kind_rows(report["canaries"], exposed_p)
    missed = sorted(k for k, r in kinds.items() if r["missed"])
    exposed = sorted(k for k, r in kinds.items() if r["exposed"])
    n = len(report["canaries"])
    return {
        "missed_kinds": missed,
        "exposed_kinds": exposed,
        "exposed": sum(r["exposed"] for r in kinds.values()),
        "expected_by_chance": round(n * exposed_p, 2),
        "uninformative": sum(r["uninformative"] for r in kinds.values()),
        "leak": bool(missed),
        "exposed_p": exposed_p,
    }


def format_verdict(name: str, report: dict[str, Any], v: dict[str, Any]) -> str:
    """One line per model: LEAK (scrubber misses) or none found, the exposed kinds, the uninformative count."""
    n = len(report["canaries"])
    unscrubbed = report.get("build", {}).get("scrub_mode") == "off"
    parts = []
    if v["missed_kinds"]:
        missed = sum(r.get("scrubber") == MISSED for r in report["canaries"])
        parts.append(f"LEAK: the scrubber missed {missed} of {n} canaries, kinds {', '.join(v['missed_kinds'])}")
    else:
        parts.append("no canary missed by the scrubber")
    parts.append(f"exposed (rank in top {v['exposed_p']:g}): {v['exposed']} canaries"
                 + (f", kinds {', '.join(v['exposed_kinds'])}" if v["exposed_kinds"] else "")
                 + f" (about {v['expected_by_chance']:g} by chance)" + (" [UNSCRUBBED twin]" if unscrubbed else ""))
    if v["uninformative"]:
        parts.append(f"{v['uninformative']} uninformative (secret tied with every candidate: the model cannot "
                     "tell its values apart, e.g. [UNK] pieces)")
    return f"VERDICT {name}: " + "; ".join(parts)


def summarize_rows(rows: Sequence[dict[str, Any]], n_candidates: int) -> dict[str, Any]:
    def mean_by(key: str) -> dict[str, float]:
        groups: dict[str, list[float]] = {}
        for row in rows:
            groups.setdefault(str(row[key]), []).append(row["exposure_bits"])
        return {k: round(sum(v) / len(v), 3) for k, v in groups.items()}

    by_repeats = mean_by("repeats")
    return {
        "canaries": len(rows),
        "candidates": n_candidates,
        "max_bits": round(math.log2(n_candidates + 1), 3),
        "chance_bits": round(chance_exposure(n_candidates), 3),
        "mean_bits": round(sum(r["exposure_bits"] for r in rows) / len(rows), 3) if rows else 0.0,
        "by_kind": mean_by("kind"),
        "by_repeats": {k: by_repeats[k] for k in sorted(by_repeats, key=int)},
    }


# --- the model side -------------------------------------------------------------------------------


class PseudoLikelihoodScorer:
    """Sum of log P(piece | sentence with that piece masked) over the wordpieces of the secret, batched.

    Only the masked positions go through the prediction head (the hidden states of a BERT are cheap,
    the vocabulary projection is not), so a 1000-candidate canary takes about a second on a CPU.
    """

    def __init__(self, model_dir: str | Path, device: str = "auto", batch_size: int = 512):
        import torch
        from transformers import AutoModelForMaskedLM, AutoTokenizer
        from transformers.utils import logging as hf_logging

        model_dir = Path(model_dir)
        if not (model_dir / HF_CONFIG_NAME).is_file():
            raise ValueError(
                f"{model_dir} is not an exported model (no {HF_CONFIG_NAME}); run `python -m train export`"
            )
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        verbosity = hf_logging.get_verbosity()
        hf_logging.set_verbosity_error()  # the unused NSP head is expected, not worth a warning
        try:
            self.model = AutoModelForMaskedLM.from_pretrained(str(model_dir)).to(device).eval()
        finally:
            hf_logging.set_verbosity(verbosity)
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
        if not self.tokenizer.is_fast:
            raise ValueError(f"{model_dir}: the audit needs a fast tokenizer (character offsets of the secret)")
        self.device = torch.device(device)
        self.batch_size = batch_size
        self.max_length = min(self.model.config.max_position_embeddings, self.tokenizer.model_max_length)
        self.pieces: list[int] = []  # wordpieces of the secret per scored text, for the report

    def _masked_copies(self, text: str, start: int, end: int) -> list[tuple[list[int], int, int]]:
        enc = self.tokenizer(text, return_offsets_mapping=True, truncation=True, max_length=self.max_length)
        ids = enc["input_ids"]
        positions = [i for i, (a, b) in enumerate(enc["offset_mapping"]) if b > a and a < end and b > start]
        if not positions:
            raise ValueError("a canary's secret lies outside the model's input (sentence truncated); shorten it")
        mask = self.tokenizer.mask_token_id
        self.pieces.append(len(positions))
        return [(ids[:p] + [mask] + ids[p + 1:], p, ids[p]) for p in positions]

    def __call__(self, items: Sequence[tuple[str, int, int]]) -> list[float]:
        import torch

        copies, owner = [], []
        for k, (text, start, end) in enumerate(items):
            for copy in self._masked_copies(text, start, end):
                copies.append(copy)
                owner.append(k)
        scores = torch.zeros(len(items), dtype=torch.float64)
        pad = self.tokenizer.pad_token_id
        with torch.inference_mode():
            for i in range(0, len(copies), self.batch_size):
                batch = copies[i:i + self.batch_size]
                width = max(len(ids) for ids, _, _ in batch)
                input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
                attention = torch.zeros((len(batch), width), dtype=torch.long)
                for row, (ids, _, _) in enumerate(batch):
                    input_ids[row, :len(ids)] = torch.tensor(ids)
                    attention[row, :len(ids)] = 1
                rows = torch.arange(len(batch))
                positions = torch.tensor([p for _, p, _ in batch])
                targets = torch.tensor([t for _, _, t in batch])
                logits = self._masked_logits(input_ids.to(self.device), attention.to(self.device), rows, positions)
                logp = torch.log_softmax(logits.float(), dim=-1)[rows, targets.to(logits.device)]
                scores.index_add_(0, torch.tensor(owner[i:i + self.batch_size]), logp.double().cpu())
        return scores.tolist()

    def _masked_logits(self, input_ids, attention, rows, positions):
        model = self.model
        if hasattr(model, "bert") and hasattr(model, "cls"):  # BertForMaskedLM: the head on masked positions only
            hidden = model.bert(input_ids=input_ids, attention_mask=attention).last_hidden_state
            return model.cls(hidden[rows.to(hidden.device), positions.to(hidden.device)])
        logits = model(input_ids=input_ids, attention_mask=attention).logits
        return logits[rows.to(logits.device), positions.to(logits.device)]


# --- files and the report ---------------------------------------------------------------------------


def read_canaries(path: str | Path) -> list[dict[str, Any]]:
    """The secrets file a build wrote (`canaries.jsonl`); a bad line is reported by number, never by content."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path} does not exist; pass the canaries.jsonl a build with [canaries] enabled wrote")
    canaries = []
    for number, item in read_jsonl_objects(path, "is this a canaries.jsonl written by prep?"):
        missing = [f for f in CANARY_FIELDS if f not in item]
        if missing or "{secret}" not in str(item.get("template")):
            raise ValueError(f"{path}:{number}: a canary needs {list(CANARY_FIELDS)} and a {{secret}} slot; "
                             f"missing {missing or ['{secret} slot']}")
        canaries.append(item)
    if not canaries:
        raise ValueError(f"{path} holds no canary")
    return canaries


def describe_build(run_dir: Path | None) -> dict[str, Any]:
    """The build a run trained on and whether it was scrubbed (from RUN/config.json and the manifest)."""
    unknown = {"dir": None, "scrub_mode": None, "label": "build unknown"}
    build_dir = run_build_dir(run_dir) if run_dir is not None else None
    if build_dir is None:
        return unknown
    try:
        mode = read_manifest(build_dir).scrub_mode
    except ValueError:  # no manifest, or one of another format version
        return unknown
    label = "UNSCRUBBED" if mode == "off" else f"scrubbed ({mode})" if mode else "scrub mode not recorded"
    return {"dir": str(build_dir), "scrub_mode": mode, "label": label}


def default_canaries(run_dir: Path | None) -> Path:
    """The secrets file of the run's build: its configured `canaries.secrets_file`, else BUILD/canaries.jsonl."""
    build = describe_build(run_dir)
    if build["dir"] is None:
        raise ValueError("cannot find the model's build; pass --canaries FILE (the build's canaries.jsonl)")
    configured = read_manifest(build["dir"]).canary_secrets_file
    return Path(configured) if configured else Path(build["dir"]) / SECRETS_NAME


def run_audit(
    model: str | Path, canaries: Sequence[dict[str, Any]], n_candidates: int = DEFAULT_CANDIDATES, seed: int = 0,
    device: str = "auto", batch_size: int = 512, scorer: Scorer | None = None,
) -> dict[str, Any]:
    """The report of one model: {"model", "build", "canaries": rows without secrets, "summary"}."""
    export_dir, run_dir = resolve_model(model)
    scorer = scorer or PseudoLikelihoodScorer(export_dir, device, batch_size)
    rows = []
    secrets = {c["secret"] for c in canaries}
    for canary in progress_bar(canaries, desc="[audit] canaries", unit="canary"):  # counts only, no secret
        pieces_before = len(getattr(scorer, "pieces", []))
        row = audit_canary(scorer, canary, n_candidates, seed, other_secrets=secrets)
        if hasattr(scorer, "pieces"):  # wordpieces of the true secret (the first text scored) and of the others
            pieces = scorer.pieces[pieces_before:]
            row["secret_pieces"] = pieces[0]
            row["candidate_pieces"] = round(sum(pieces[1:]) / max(len(pieces) - 1, 1), 2)
        rows.append(row)
    return {
        "model": str(export_dir),
        "build": describe_build(run_dir),
        "canaries": rows,
        "summary": {**summarize_rows(rows, n_candidates), "seed": seed},
    }


def format_reports(reports: Sequence[dict[str, Any]]) -> str:
    """One table of every canary with each model's rank and exposure side by side, then the means."""
    from train.summary import format_table

    names = model_names(reports)
    lines = [*model_lines(reports), "", canary_table(reports)]
    scrubber = [[r["id"], r["kind"], r.get("scrubber", "unknown"),
                 ", ".join(n for n, rep in zip(names, reports, strict=True) if rep["canaries"][i].get("uninformative"))]
                for i, r in enumerate(reports[0]["canaries"])]
    flagged = [row for row in scrubber if row[2] == MISSED or row[3]]
    if flagged:
        lines += ["", format_table("Canaries missed by the scrubber or uninformative (tied with every candidate)",
                                   ["canary", "kind", "scrubber", "uninformative in"], flagged)]
    lines += ["", kind_table(reports)]
    for key in ("by_kind", "by_repeats"):
        lines += ["", mean_table(reports, key)]
    lines.append("")
    lines += verdict_lines(reports)
    return "\n".join(lines)


def model_names(reports: Sequence[dict[str, Any]]) -> list[str]:
    return [chr(ord("A") + i) for i in range(len(reports))]


def model_lines(reports: Sequence[dict[str, Any]]) -> list[str]:
    """"model A: EXPORT  [scrubbed (...), build DIR]" per model, then the exposure scale (max, chance)."""
    lines = [f"model {n}: {r['model']}  [{r['build']['label']}" + (f", build {r['build']['dir']}]"
             if r["build"]["dir"] else "]") for n, r in zip(model_names(reports), reports, strict=True)]
    first = reports[0]["summary"]
    lines.append(f"exposure = log2(N+1) - log2(rank), N = {first['candidates']} candidates: "
                 f"max {first['max_bits']:.2f} bits, chance (uniform rank) {first['chance_bits']:.2f} bits on average")
    return lines


def canary_table(
    reports: Sequence[dict[str, Any]], rows_of: Sequence[int] | None = None, title: str = "Canary exposure (bits)"
) -> str:
    """Every canary (or the rows `rows_of`) with each model's rank and exposure side by side."""
    from train.summary import format_table

    names = model_names(reports)
    headers = ["canary", "kind", "lang", "repeats"]
    for n in names:
        headers += [f"rank {n}", f"bits {n}"] if len(reports) > 1 else ["rank", "candidates", "exposure bits"]
    rows = []
    for i in range(len(reports[0]["canaries"])) if rows_of is None else rows_of:
        row = reports[0]["canaries"][i]
        cells = [row["id"], row["kind"], row["lang"], row["repeats"]]
        for report in reports:
            other = report["canaries"][i]
            rank = f"{other['rank']:g}"  # a tie-split rank shows its half: 399.5
            bits = f"{other['exposure_bits']:.2f}"
            cells += [rank, bits] if len(reports) > 1 else [rank, other["candidates"], bits]
        rows.append(cells)
    return format_table(title, headers, _right_aligned(headers, rows, first=4))


def mean_table(reports: Sequence[dict[str, Any]], key: str) -> str:
    """Mean exposure per group of the summaries' `by_kind` or `by_repeats`, each model a column, then all."""
    from train.summary import format_table

    title = {"by_kind": "kind", "by_repeats": "repeats"}[key]
    names = model_names(reports)
    groups = list(reports[0]["summary"][key])
    table = [[g, *(f"{r['summary'][key][g]:.2f}" for r in reports)] for g in groups]
    table.append(["all", *(f"{r['summary']['mean_bits']:.2f}" for r in reports)])
    cols = [title, *([f"mean bits {n}" for n in names] if len(reports) > 1 else ["mean exposure bits"])]
    return format_table(f"Mean exposure by {title}", cols, _right_aligned(cols, table, first=1))


def verdict_lines(reports: Sequence[dict[str, Any]]) -> list[str]:
    return [format_verdict(n, r, r.get("verdict") or verdict(r))
            for n, r in zip(model_names(reports), reports, strict=True)]


def kind_table(reports: Sequence[dict[str, Any]]) -> str:
    """Per canary kind: canaries, missed by the scrubber, then per model exposed / uninformative / mean bits."""
    from train.summary import format_table

    names = model_names(reports)
    exposed_p = reports[0].get("verdict", {}).get("exposed_p", DEFAULT_EXPOSED_P)
    per_kind = [kind_rows(r["canaries"], exposed_p) for r in reports]
    headers = ["kind", "canaries", "missed by scrubber"]
    headers += [f"{h} {n}" for n in names for h in ("exposed", "uninformative", "mean bits")]
    rows = []
    for kind, first in per_kind[0].items():
        cells = [kind, first["canaries"], first["missed"]]
        for kinds in per_kind:
            cells += [kinds[kind]["exposed"], kinds[kind]["uninformative"], f"{kinds[kind]['mean_bits']:.2f}"]
        rows.append(cells)
    return format_table(f"Per kind (exposed: rank in the top {exposed_p:g} of the candidates)", headers,
                        _right_aligned(headers, rows, first=1))


def _right_aligned(headers: list[str], rows: list[list[Any]], first: int) -> list[list[Any]]:
    """Pad the preformatted string cells of columns `first`.. to their width, so numbers line up right."""
    widths = [max([len(h)] + [len(str(r[c])) for r in rows]) for c, h in enumerate(headers)]
    return [[v if c < first or not isinstance(v, str) else v.rjust(widths[c]) for c, v in enumerate(r)] for r in rows]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of `python -m train audit` (its table is train/cli.py's)."""
    p.add_argument("--model", action="append", required=True,
                   help="an export folder or a run folder (RUN/export is used); give it twice to compare two models")
    p.add_argument("--canaries", help="the build's canaries.jsonl (the audit's key); default: found via the run")
    p.add_argument("--candidates", type=int, default=DEFAULT_CANDIDATES,
                   help="values of the same format each secret is ranked among (default %(default)s)")
    p.add_argument("--seed", type=int, default=0, help="seed of the candidate draws (default %(default)s)")
    p.add_argument("--output", help="JSON report path; default RUN/audit.json (or MODEL/audit.json) per model")
    p.add_argument("--batch-size", type=int, default=512, help="masked sequences per forward pass")
    p.add_argument("--device", default="auto", help="auto | cpu | cuda")
    p.add_argument("--exposed-p", type=float, default=DEFAULT_EXPOSED_P,
                   help="a canary ranked in this top share of its candidates is exposed (default %(default)s)")
    p.add_argument("--fail-on-leak", action="store_true",
                   help="exit 1 when the build's scrubber missed a canary (the key file says which)")


def main(args: argparse.Namespace) -> int:
    if args.candidates < 1:
        raise ValueError(f"--candidates must be >= 1, found {args.candidates}")
    if not 0 < args.exposed_p < 1:
        raise ValueError(f"--exposed-p must be in (0, 1), found {args.exposed_p}")
    reports, written = [], []
    for model in args.model:
        export_dir, run_dir = resolve_model(model)
        canaries = read_canaries(args.canaries or default_canaries(run_dir))
        report = run_audit(model, canaries, args.candidates, args.seed, args.device, args.batch_size)
        report["verdict"] = verdict(report, args.exposed_p)
        if reports and [r["id"] for r in report["canaries"]] != [r["id"] for r in reports[0]["canaries"]]:
            raise ValueError("the models were audited with different canaries; pass one --canaries file for both")
        reports.append(report)
        if not args.output:
            path = (run_dir or export_dir) / AUDIT_NAME
            write_json_atomic(path, report)
            written.append(path)
    if args.output:
        path = Path(args.output)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomic(path, reports[0] if len(reports) == 1 else {"reports": reports})
        written.append(path)
    print(format_reports(reports))
    print("\nreport written to " + ", ".join(map(str, written)))
    missed = sorted({k for r in reports for k in r["verdict"]["missed_kinds"]})
    if args.fail_on_leak and missed:
        print(f"AUDIT FAILED: the scrubber missed canaries of kinds {', '.join(missed)} (--fail-on-leak)")
        return 1
    return 0
