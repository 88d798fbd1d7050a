"""The scale benchmark at 1,000 contacts, in the default test run, so it cannot rot.

It checks that every figure is measured, not how fast: the machine running the tests may be
anything. The real run is `.venv/bin/python tests/benchmarks/bench_scale.py`.
"""

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_scale


def test_every_figure_is_measured_at_a_thousand_contacts(qapp, tmp_path):
    figures = bench_scale.measure([bench_scale.QUICK_SIZE], quick=True, folder=tmp_path)
    names = {figure.name for figure in figures}
    assert names == set(bench_scale.GOALS) | set(bench_scale.RATIO_GOALS)
    for figure in figures:
        assert figure.size == bench_scale.QUICK_SIZE
        assert math.isfinite(figure.value) and figure.value >= 0, figure
        if figure.floor is not None:
            assert figure.floor > 0, figure
    assert next(f for f in figures if f.name == "edit: dots moved").value == 1
    table = bench_scale.table(figures)
    assert all(name in table for name in names)
