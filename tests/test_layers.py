"""The layers import one way: ui/cli -> (words) -> services -> store -> domain. Only ui imports Qt widgets."""

import ast
import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "kcdesk"
STDLIB = sys.stdlib_module_names | {"__future__"}


def imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def modules(layer: str):
    return list((SRC / layer).rglob("*.py"))


def test_domain_imports_no_store_services_ui_qt_or_sql():
    for f in modules("domain"):
        for m in imports(f):
            assert not m.startswith(("kcdesk.store", "kcdesk.services", "kcdesk.ui", "PySide6", "sqlite")), (
                f,
                m,
            )


def test_store_imports_no_services_ui_or_qt():
    for f in modules("store"):
        for m in imports(f):
            assert not m.startswith(("kcdesk.services", "kcdesk.ui", "PySide6")), (f, m)


def test_output_imports_only_the_domain_the_stdlib_and_qtgui():
    """kcdesk.output is below the services: the store, services and export use it."""
    for f in modules("output"):
        for m in imports(f):
            if m.startswith("kcdesk."):
                assert m.startswith(("kcdesk.domain", "kcdesk.output")), (f, m)
            else:
                assert m.split(".")[0] in STDLIB or m in ("PySide6.QtCore", "PySide6.QtGui"), (f, m)


def test_words_import_no_store_services_ui_or_widgets():
    """kcdesk.words (what the user reads, for the app and the command line) stands beside them:
    the domain's refusals, QtCore's translations, and the export's one refusal class."""
    for f in modules("words"):
        for m in imports(f):
            if m == "kcdesk":  # from kcdesk import paths
                continue
            if m.startswith("kcdesk."):
                assert m.startswith(("kcdesk.domain", "kcdesk.words", "kcdesk.paths", "kcdesk.export")), (
                    f,
                    m,
                )
            else:
                assert m.split(".")[0] in STDLIB or m == "PySide6.QtCore", (f, m)


def test_store_uses_only_the_qt_free_writer_of_output():
    for f in modules("store"):
        for m in imports(f):
            if m.startswith("kcdesk.output"):
                assert m == "kcdesk.output.atomic", (f, m)


def test_only_ui_imports_qt_widgets():
    for f in SRC.rglob("*.py"):
        if (SRC / "ui") in f.parents:
            continue
        for m in imports(f):
            assert not m.startswith("PySide6.QtWidgets"), (f, m)
            if f != SRC / "cli" / "app.py":  # the CLI starts the app or makes screenshots
                assert not m.startswith("kcdesk.ui"), (f, m)


def front_ends():
    return modules("ui") + modules("cli")


def test_ui_and_cli_go_through_the_services_only():
    """No ui/ or cli/ module imports the store; the Services facade is the one way in."""
    for f in front_ends():
        for m in imports(f):
            assert not m.startswith("kcdesk.store"), (f, m)


def test_ui_and_cli_never_follow_services_store():
    """Not ``services.store.people...`` nor ``Thing(services.store)``: any ``.store`` attribute is refused."""
    for f in front_ends():
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "store":
                raise AssertionError(
                    f"{f.relative_to(SRC)}:{node.lineno} reaches past the services (.{node.attr})"
                )


SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE"
    r"|IS\s+(NOT\s+)?NULL|ORDER\s+BY|GROUP\s+BY)\b|\b[a-z]\.[a-z_]+\s*(=|<|>|\bIN\b|\bLIKE\b)",
    re.S,
)


def test_sql_lives_in_the_store():
    for f in SRC.rglob("*.py"):
        if (SRC / "store") in f.parents:
            continue
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not SQL.search(node.value), (f, node.value[:80])


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every import of every module (at the top, under TYPE_CHECKING or inside a function)."""
    paths = {_module_name(p): p for p in SRC.rglob("*.py") if "forms" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name in paths}
            elif isinstance(node, ast.ImportFrom) and node.module:
                for a in node.names:
                    sub = f"{node.module}.{a.name}"
                    found.add(sub if sub in paths else node.module)
        graph[name] = {m for m in found if m in paths and m != name}
    return graph


def test_no_import_cycles():
    """Not even through a lazy import or a TYPE_CHECKING one: each module has one place in the layers."""
    graph = import_graph()
    cycles = []
    for start in graph:
        stack, seen = [(start, [start])], set()
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    cycles.append(" -> ".join([*path, start]))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*path, nxt]))
    assert not cycles, "\n".join(sorted(set(cycles))[:10])
