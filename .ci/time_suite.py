"""Time the test suite (the README's test command after its install, e.g. `OMP_NUM_THREADS=1 nbdev_test`) on this machine,
optionally against another revision in the same sitting, and publish the figures as `nbs/results/<name>.json`.

    python .ci/time_suite.py                                   # this checkout, once; prints the figures
    python .ci/time_suite.py --against 73e35ea --runs 2 --publish test_suite

The runs alternate (this checkout, the other revision, this checkout, ...) so that a machine that speeds up or slows
down during the sitting affects both alike. The other revision is exported with `git archive` into a scratch folder
and tested with its own package first on PYTHONPATH, in this same virtual environment. A pure-Python reference loop
is timed before each run: these machines differ several-fold in speed from one session to the next, so only figures
from one sitting compare."""
import argparse, os, re, resource, shlex, statistics, subprocess, sys, tarfile, tempfile, time, io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

def probe() -> float:
    "Seconds a pure-Python loop of 10^7 additions takes here (the machine's speed at this moment)"
    t0, s = time.perf_counter(), 0
    for i in range(10**7): s += i
    return time.perf_counter() - t0

def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN); return r.ru_utime + r.ru_stime

def test_command(src:Path) -> str:
    "The README's test command in `src`, without its install step (the part after the last `&&`)"
    m = re.search(r'<!-- test-command -->\s*```(?:sh|bash)?\n(.*?)\n```', (Path(src)/'README.md').read_text(), re.S)
    if not m: raise SystemExit(f"{src}/README.md has no test command between <!-- test-command --> markers")
    return m.group(1).strip().split('&&')[-1].strip()

def time_suite(src:Path, pythonpath:str=None) -> dict:
    "One run of `src`'s test command (with `--timing`): pass/fail, wall and CPU seconds (every process it started), seconds per notebook"
    words = shlex.split(test_command(src)); env = dict(os.environ)
    while words and re.match(r'^[A-Z_]+=', words[0]): k, v = words.pop(0).split('=', 1); env[k] = v
    if pythonpath: env['PYTHONPATH'] = pythonpath
    ref = probe(); c0, t0 = children_cpu(), time.perf_counter()
    p = subprocess.run(words + ['--timing'], cwd=src, env=env, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, children_cpu() - c0
    per = {k: int(v) for k, v in re.findall(r'^(\S+\.ipynb): (\d+) secs$', p.stdout, re.M)}
    if p.returncode: sys.stderr.write(p.stdout[-3000:] + p.stderr[-3000:])
    return dict(passed=p.returncode == 0, wall_s=round(wall, 1), cpu_s=round(cpu, 1), probe_s=round(ref, 3), notebooks=per, command=test_command(src))

def export(rev:str, dest:Path) -> Path:
    "The tree of revision `rev` of this repository, written into `dest`"
    tar = subprocess.run(['git', '-C', str(ROOT), 'archive', rev], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as t: t.extractall(dest)
    return dest

def summary(runs:list) -> dict:
    med = lambda k: round(statistics.median(r[k] for r in runs), 1)
    return dict(runs=len(runs), command=runs[-1]['command'], passed=all(r['passed'] for r in runs), wall_s=med('wall_s'), cpu_s=med('cpu_s'), probe_s=round(statistics.median(r['probe_s'] for r in runs), 3),
                slowest={k: v for k, v in sorted(runs[-1]['notebooks'].items(), key=lambda kv: -kv[1])[:6]}, each=runs)

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--against', metavar='REV', help='also time this git revision (a commit, tag or branch), alternating with this checkout')
    p.add_argument('--runs', type=int, default=1, help='runs of each (default 1); the figures are medians')
    p.add_argument('--publish', metavar='NAME', help='write the figures to nbs/results/NAME.json (what the README reads)')
    a = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as d:
        arms = [('this checkout', ROOT, None)]
        if a.against:
            rev = subprocess.run(['git', '-C', str(ROOT), 'rev-parse', '--short', a.against], capture_output=True, text=True, check=True).stdout.strip()
            other = export(rev, Path(d)/rev); arms.append((rev, other, str(other)))
        head = subprocess.run(['git', '-C', str(ROOT), 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
        res = {name: [] for name, _, _ in arms}
        for k in range(a.runs):
            for name, src, pp in arms:
                r = time_suite(src, pp); res[name].append(r)
                print(f"run {k + 1}/{a.runs} {name}: {'passed' if r['passed'] else 'FAILED'}, {r['wall_s']:.0f} s wall, {r['cpu_s']:.0f} s CPU "
                      f"(reference loop {r['probe_s']:.2f} s)", flush=True)
    data = dict(head=head, dirty=bool(subprocess.run(['git', '-C', str(ROOT), 'status', '--porcelain', '--', 'nbs', 'saga_nb'], capture_output=True, text=True).stdout.strip()),
                command=test_command(ROOT), arms={name: summary(r) for name, r in res.items()})
    if a.against: data['against'] = arms[1][0]
    for name, s in data['arms'].items(): print(f"{name}: median {s['wall_s']:.0f} s wall, {s['cpu_s']:.0f} s CPU over {s['runs']} run(s); slowest: {s['slowest']}")
    if a.publish:
        sys.path.insert(0, str(ROOT))
        from saga_nb.results import write_results
        print('wrote', write_results(a.publish, data, command=shlex.join(['python', '.ci/time_suite.py', *(argv if argv is not None else sys.argv[1:])])))
    return 0 if all(s['passed'] for s in data['arms'].values()) else 1

if __name__ == '__main__': sys.exit(main())
