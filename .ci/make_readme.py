"""Build README.md from nbs/index.ipynb (markdown cells verbatim, code cells as fenced blocks with their text output).

nbdev's own `nbdev_readme` needs Quarto, which can't be installed on our offline machines; this does the same job for
an index notebook that is mostly prose. A code cell marked `#| output: asis` is *executed here* (in nbs/, as nbdev_test
runs it) and its printed text goes into the README as markdown: that is how the README quotes measured figures, read
from the committed results files in nbs/results/, so a changed result cannot leave an old number behind.
`#| echo: false` hides a cell's code. `--check` exits 1 when README.md is out of date.
"""
import contextlib, io, json, os, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def _directives(src: str) -> dict:
    d = {}
    for l in src.splitlines():
        if not l.startswith('#|'): break
        k, _, v = l[2:].strip().partition(':')
        d[k.strip()] = v.strip()
    return d

def _run(src: str, ns: dict) -> str:
    "Execute `src` in nbs/ with namespace `ns`; its stdout"
    buf, cwd = io.StringIO(), os.getcwd()
    os.chdir(root/'nbs')
    try:
        with contextlib.redirect_stdout(buf): exec(compile(src, 'index.ipynb', 'exec'), ns)
    finally: os.chdir(cwd)
    return buf.getvalue()

def render(nb_path: Path) -> str:
    nb = json.loads(nb_path.read_text())
    parts, ns = [], {}
    for c in nb['cells']:
        src = ''.join(c['source']).rstrip()
        if not src: continue
        d = _directives(src)
        code = '\n'.join(l for l in src.splitlines() if not l.startswith('#|'))
        if 'hide' in d:
            if c['cell_type'] == 'code': _run(code, ns)   # imports and helpers the asis cells use
            continue
        if c['cell_type'] == 'markdown':
            parts.append(src); continue
        if d.get('output') == 'asis':
            text = _run(code, ns).rstrip()
            if text: parts.append(text)
            continue
        if d.get('echo') != 'false': parts.append(f"```python\n{code}\n```")
        outs = [''.join(o.get('text', '')) for o in c.get('outputs', []) if o.get('output_type') == 'stream']
        if any(outs): parts.append("```\n" + ''.join(outs).rstrip() + "\n```")
    return "<!-- generated from nbs/index.ipynb by .ci/make_readme.py: edit the notebook, not this file -->\n\n" + '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    sys.path.insert(0, str(root))
    text = render(root/'nbs'/'index.ipynb')
    readme = root/'README.md'
    if '--check' in sys.argv:
        if not readme.exists() or readme.read_text() != text:
            sys.exit("README.md is out of date with nbs/index.ipynb or nbs/results/: run `python .ci/make_readme.py`")
        print("README.md is in sync with nbs/index.ipynb and nbs/results/")
    else:
        readme.write_text(text); print(f"wrote {readme}")
