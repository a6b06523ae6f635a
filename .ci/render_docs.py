"""Render every notebook to HTML without Quarto (which cannot be installed here): `#| hide` cells dropped, nbdev directives stripped, one page per notebook plus an index, in `_docs/`. A notebook that does not render fails. Where Quarto exists, `nbdev_docs` builds the real site."""
import re, sys, json, html, pathlib
import nbformat
from nbconvert import HTMLExporter

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIRECTIVE = re.compile(r'^\s*#\|.*$\n?', re.M)

def clean(nb):
    "The notebook as a reader sees it: hidden cells gone, directive lines stripped, exported code kept"
    cells = []
    for c in nb.cells:
        src = c.source
        if c.cell_type == 'code' and re.search(r'^\s*#\|\s*(hide|default_exp)\b', src, re.M): continue
        c.source = DIRECTIVE.sub('', src) if c.cell_type == 'code' else src
        cells.append(c)
    nb.cells = cells
    return nb

def main(out=ROOT/'_docs'):
    out = pathlib.Path(out); out.mkdir(exist_ok=True)
    ex, pages, failed = HTMLExporter(template_name='classic'), [], []
    for p in sorted((ROOT/'nbs').glob('*.ipynb')):
        try:
            nb = clean(nbformat.read(p, as_version=4))
            body, _ = ex.from_notebook_node(nb)
            name = 'index.html' if p.stem == 'index' else f'{p.stem}.html'
            (out/name).write_text(body, encoding='utf-8')
            title = next((l.lstrip('# ').strip() for c in nb.cells if c.cell_type == 'markdown' for l in c.source.splitlines() if l.startswith('# ')), p.stem)
            pages.append((name, title))
        except Exception as e: failed.append(f"{p.name}: {type(e).__name__}: {e}")
    toc = '\n'.join(f'<li><a href="{n}">{html.escape(t)}</a></li>' for n, t in pages)
    (out/'contents.html').write_text(f'<html><head><meta charset="utf-8"><title>SAGA notebooks</title></head><body><h1>SAGA: the notebooks</h1><ul>{toc}</ul></body></html>', encoding='utf-8')
    for f in (ROOT/'docs').glob('*.png'): (out/'docs').mkdir(exist_ok=True); (out/'docs'/f.name).write_bytes(f.read_bytes())
    if failed: print('notebooks that do not render:\n  ' + '\n  '.join(failed)); return 1
    print(f"rendered {len(pages)} notebooks to {out}/ (contents.html lists them)")
    return 0

if __name__ == '__main__': sys.exit(main(*sys.argv[1:]))
