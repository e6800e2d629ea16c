"""Structural check of generated Airflow DAG files, without Airflow: py_compile, then with Python's ast that every
operator is imported from an Airflow 2 module path, every task id (within its task groups) is defined once, and every
dependency joins two defined tasks. Prints one line per problem; exit code 1 when there is any.

usage: python3 dag_check.py DAG.py...
"""

import ast
import py_compile
import sys

# Airflow 2 module paths and the names the generated DAGs may take from them.
ALLOWED = {
    "airflow": {"DAG"},
    "airflow.exceptions": {"AirflowFailException", "AirflowSkipException"},
    "airflow.operators.bash": {"BashOperator"},
    "airflow.operators.email": {"EmailOperator"},
    "airflow.operators.empty": {"EmptyOperator"},
    "airflow.operators.python": {"PythonOperator", "ShortCircuitOperator", "BranchPythonOperator"},
    "airflow.sensors.filesystem": {"FileSensor"},
    "airflow.sensors.python": {"PythonSensor"},
    "airflow.utils.task_group": {"TaskGroup"},
    "airflow.utils.trigger_rule": {"TriggerRule"},
}
OPERATORS = {"BashOperator", "EmailOperator", "EmptyOperator", "PythonOperator", "ShortCircuitOperator", "BranchPythonOperator", "FileSensor", "PythonSensor"}


def keyword(call, name):
    for k in call.keywords:
        if k.arg == name:
            return k.value
    return None


def check(path):
    problems = []
    try:
        py_compile.compile(path, doraise=True)
    except py_compile.PyCompileError as error:
        return ["%s: does not compile: %s" % (path, error.msg)]
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "airflow":
            allowed = ALLOWED.get(node.module)
            for alias in node.names:
                if allowed is None or alias.name not in allowed:
                    problems.append("%s:%d: %s is not imported from an Airflow 2 module path (from %s)" % (path, node.lineno, alias.name, node.module))
                imported.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import) and any(a.name.startswith("airflow.") for a in node.names):
            problems.append("%s:%d: import airflow modules with 'from ... import ...'" % (path, node.lineno))
    groups, tasks, ids = {}, {}, set()
    dags = [n for n in ast.walk(tree) if isinstance(n, ast.With) and any(
        isinstance(i.context_expr, ast.Call) and getattr(i.context_expr.func, "id", None) == "DAG" for i in n.items)]
    if len(dags) != 1:
        return problems + ["%s: expected one 'with DAG(...)' block, found %d" % (path, len(dags))]
    for statement in dags[0].body:
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call):
            target = statement.targets[0].id
            call = statement.value
            kind = getattr(call.func, "id", None)
            if kind == "TaskGroup":
                parent = keyword(call, "parent_group")
                prefix = "" if parent is None or isinstance(parent, ast.Constant) else groups.get(parent.id)
                if prefix is None:
                    problems.append("%s:%d: group %s names an undefined parent group" % (path, statement.lineno, target))
                    prefix = ""
                groups[target] = prefix + keyword(call, "group_id").value + "."
            elif kind in OPERATORS:
                if kind not in imported:
                    problems.append("%s:%d: %s is used but not imported" % (path, statement.lineno, kind))
                group = keyword(call, "task_group")
                prefix = "" if group is None or isinstance(group, ast.Constant) else groups.get(group.id)
                if prefix is None:
                    problems.append("%s:%d: task %s names an undefined task group" % (path, statement.lineno, target))
                    prefix = ""
                task_id = prefix + keyword(call, "task_id").value
                if task_id in ids:
                    problems.append("%s:%d: task id %s is defined twice" % (path, statement.lineno, task_id))
                ids.add(task_id)
                tasks[target] = task_id
            else:
                problems.append("%s:%d: %s is not an operator of the allowed modules" % (path, statement.lineno, kind))
    edges = 0
    for statement in dags[0].body:
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.BinOp) and isinstance(statement.value.op, ast.RShift):
            edges += 1
            for side in (statement.value.left, statement.value.right):
                if not isinstance(side, ast.Name) or side.id not in tasks:
                    problems.append("%s:%d: a dependency joins an undefined task" % (path, statement.lineno))
    if not tasks:
        problems.append("%s: defines no task" % path)
    return problems


def main(paths):
    problems = [p for path in paths for p in check(path)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
