"""The import rule of the package (README, "Developers"): the layers stay layers.

- ``core`` (model, scoring, comparison, aggregation) imports no I/O layer;
- writers (``workbooks``, ``reports``) never import readers (``reading``);
- nothing imports ``cli``;
- no import cycle between modules, counting imports inside functions too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import readiness

PACKAGE = Path(readiness.__file__).parent

# What each layer may import, besides itself and the shared top-level modules.
SHARED = {
    "readiness",
    "readiness.exit_codes",
    "readiness.limits",
    "readiness.resources",
    "readiness.i18n",
    "readiness.output_files",
    "readiness.internal_errors",
}
ALLOWED = {
    "core": {"core"},
    "reading": {"core", "reading", "workbooks.layout", "workbooks.style"},
    "workbooks": {"core", "workbooks", "reports"},
    "reports": {"core", "reports"},
    "cli": {"core", "reading", "workbooks", "reports", "cli"},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = _module_name(path)
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.startswith("readiness"):
                    found.add(node.module)
                    for alias in node.names:
                        sub = f"{node.module}.{alias.name}"
                        if (PACKAGE.parent / sub.replace(".", "/")).with_suffix(".py").exists():
                            found.add(sub)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("readiness"))
        graph[name] = found
    return graph


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in ALLOWED) else None


def test_every_import_follows_the_layer_rule() -> None:
    broken = []
    for module, deps in _imports().items():
        layer = _layer(module)
        if layer is None or layer not in ALLOWED:
            continue
        for dep in deps:
            if dep in SHARED or dep == module:
                continue
            rest = dep.split(".", 1)[1] if "." in dep else dep
            if not any(rest == a or rest.startswith(a + ".") for a in ALLOWED[layer]):
                broken.append(f"{module} imports {dep}")
    assert broken == []


def test_nothing_outside_cli_imports_cli() -> None:
    offenders = [
        m
        for m, deps in _imports().items()
        if not m.startswith("readiness.cli")
        and m != "readiness.__main__"
        and any(d.startswith("readiness.cli") for d in deps)
    ]
    assert offenders == []


def test_no_import_cycle() -> None:
    graph = {m: {d for d in deps if d != m} for m, deps in _imports().items()}
    # Package __init__ imports (``from readiness import __version__``) are not cycles.
    graph = {m: {d for d in deps if d != "readiness"} for m, deps in graph.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                cycles.append(stack[stack.index(dep) :] + [dep])
            elif dep in graph and dep not in state:
                visit(dep, stack)
        stack.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])
    assert cycles == []


def test_the_rule_would_catch_a_violation(tmp_path: Path) -> None:
    # The checker itself must see an import: the core reads scoring from its own layer.
    assert "readiness.core.model" in _imports()["readiness.core.scoring"]
