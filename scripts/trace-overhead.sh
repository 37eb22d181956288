#!/usr/bin/env bash
# Traced ÷ untraced wall time of `threadtutor trace` for the issue's three programs (median of 5 runs each,
# interleaved), and the sampler's CPU with 16 threads. Usage: scripts/trace-overhead.sh [threadtutor] [python3]
set -euo pipefail
BIN=${1:-.build/debug/threadtutor}
PY=${2:-$(command -v python3)}
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
cat > "$DIR/lockheavy.py" <<'PY'
import threading
lock = threading.Lock()
n = 0
def work():
    global n
    for _ in range(50_000):
        with lock:
            n += 1
ts = [threading.Thread(target=work) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
PY
cat > "$DIR/pool.py" <<'PY'
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=4) as pool:
    total = sum(pool.map(lambda i: i * 2, range(2000)))
PY
cat > "$DIR/cpu.py" <<'PY'
import threading
def spin():
    x = 0
    for i in range(10_000_000): x += i
ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
PY
cat > "$DIR/spin16.py" <<'PY'
import threading
def spin():
    x = 0
    for i in range(1_500_000): x += i
ts = [threading.Thread(target=spin) for _ in range(16)]
for t in ts: t.start()
for t in ts: t.join()
PY
"$PY" - "$BIN" "$PY" "$DIR" <<'PY'
import json, statistics, subprocess, sys, time
binary, python, folder = sys.argv[1:4]
def wall(command):
    start = time.monotonic()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - start
for name, target in (("lock-heavy", 3.0), ("pool of 2,000 tiny tasks", 3.0), ("CPU-bound pair", 1.1)):
    program = folder + "/" + {"lock-heavy": "lockheavy.py", "pool of 2,000 tiny tasks": "pool.py", "CPU-bound pair": "cpu.py"}[name]
    untraced, traced = [], []
    for _ in range(5):
        untraced.append(wall([python, program]))
        traced.append(wall([binary, "trace", "--python", python, "--format", "json", program]))
    ratio = statistics.median(traced) / statistics.median(untraced)
    print("%-26s untraced %.3f s  traced %.3f s  ratio %.2f  (target <= %.1f)" % (
        name, statistics.median(untraced), statistics.median(traced), ratio, target))
out = subprocess.run([binary, "trace", "--python", python, "--format", "json", folder + "/spin16.py"],
                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
trace = json.loads(out)["trace"]
print("sampler CPU at 16 threads: %.1f %% of a core (target <= 5 %%)" % (100.0 * trace["sampler_cpu_us"] / trace["wall_us"]))
PY
