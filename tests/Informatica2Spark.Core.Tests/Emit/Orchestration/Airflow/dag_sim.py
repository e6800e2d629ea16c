"""An Airflow 2 semantics interpreter for generated DAGs, for tests (Airflow cannot be installed here).

It loads a DAG file with stand-ins for the Airflow modules it imports (recording tasks, groups, trigger rules and
dependencies), then runs it as Airflow's scheduler would (Airflow 2 documentation, "DAGs: Trigger Rules" and
ShortCircuitOperator): a task is considered once all its upstream tasks are in a final state, in definition order;
its trigger rule decides whether it runs, is skipped or is upstream_failed; a ShortCircuitOperator whose callable
returns a false value with ignore_downstream_trigger_rules=False skips its direct downstream tasks; a sensor pokes
until its callable is true (or fails when nothing else can progress). Callables run for real, with a context
(dag_run, ti, run_id) and XCom kept in memory; i2s_task_state.task_state reads the sessions' variables from the
outcomes given. Bash and email tasks succeed or fail as the outcomes say.

The DAG's _orchestration/i2s_airflow.py must be where the DAG looks for it (I2S_OUTPUT_DIR, or two levels up).

usage: python3 dag_sim.py DAG.py OUTCOMES.json  ->  prints {"run_order": [...], "status": "...", "states": {...}}
OUTCOMES.json: {"tasks": {task_id: "success"|"failed"}, "sessions": {object_path: {"Status": ..., "TgtSuccessRows": ...}}}
"""

import datetime
import importlib.util
import json
import sys
import types

FINAL = ("success", "failed", "skipped", "upstream_failed")


class AirflowFailException(Exception):
    pass


class AirflowSkipException(Exception):
    pass


class _Registry:
    dag = None


class DAG:
    def __init__(self, dag_id, **kwargs):
        self.dag_id, self.kwargs, self.tasks, self.order = dag_id, kwargs, {}, []

    def __enter__(self):
        _Registry.dag = self
        return self

    def __exit__(self, *exc):
        return False


class TaskGroup:
    def __init__(self, group_id, parent_group=None, tooltip=None):
        self.prefix = (parent_group.prefix if parent_group else "") + group_id + "."


class BaseOperator:
    def __init__(self, task_id, task_group=None, trigger_rule="all_success", **kwargs):
        self.task_id = (task_group.prefix if task_group else "") + task_id
        self.trigger_rule, self.kwargs, self.upstream, self.downstream = trigger_rule, kwargs, [], []
        dag = _Registry.dag
        if self.task_id in dag.tasks:
            raise ValueError("task id %s defined twice" % self.task_id)
        dag.tasks[self.task_id] = self
        dag.order.append(self)

    def __rshift__(self, other):
        self.downstream.append(other)
        other.upstream.append(self)
        return other


class EmptyOperator(BaseOperator):
    pass


class BashOperator(BaseOperator):
    pass


class EmailOperator(BaseOperator):
    pass


class PythonOperator(BaseOperator):
    pass


class ShortCircuitOperator(PythonOperator):
    pass


class BranchPythonOperator(PythonOperator):
    pass


class PythonSensor(PythonOperator):
    pass


class FileSensor(BaseOperator):
    pass


class TriggerRule:
    ALL_SUCCESS = "all_success"
    ALL_DONE = "all_done"
    ONE_SUCCESS = "one_success"
    NONE_FAILED = "none_failed"
    NONE_FAILED_MIN_ONE_SUCCESS = "none_failed_min_one_success"


def _install():
    modules = {
        "airflow": {"DAG": DAG},
        "airflow.exceptions": {"AirflowFailException": AirflowFailException, "AirflowSkipException": AirflowSkipException},
        "airflow.operators": {},
        "airflow.operators.bash": {"BashOperator": BashOperator},
        "airflow.operators.email": {"EmailOperator": EmailOperator},
        "airflow.operators.empty": {"EmptyOperator": EmptyOperator},
        "airflow.operators.python": {"PythonOperator": PythonOperator, "ShortCircuitOperator": ShortCircuitOperator, "BranchPythonOperator": BranchPythonOperator},
        "airflow.sensors": {},
        "airflow.sensors.filesystem": {"FileSensor": FileSensor},
        "airflow.sensors.python": {"PythonSensor": PythonSensor},
        "airflow.utils": {},
        "airflow.utils.task_group": {"TaskGroup": TaskGroup},
        "airflow.utils.trigger_rule": {"TriggerRule": TriggerRule},
    }
    for name, members in modules.items():
        module = types.ModuleType(name)
        module.__dict__.update(members)
        sys.modules[name] = module


class TaskInstance:
    def __init__(self, run, task_id):
        self.run, self.task_id, self.state, self.end_date = run, task_id, None, None

    def set_state(self, state):
        self.state = state

    def xcom_pull(self, task_ids, key="return_value"):
        return self.run.xcom.get((task_ids, key))

    def xcom_push(self, key, value):
        self.run.xcom[(self.task_id, key)] = value


class DagRun:
    def __init__(self, dag):
        self.tis = {task.task_id: TaskInstance(self, task.task_id) for task in dag.order}
        self.xcom, self.start_date, self.clock = {}, datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc), 0

    def get_task_instance(self, task_id):
        return self.tis.get(task_id)

    def get_task_instances(self):
        return list(self.tis.values())


def _decide(task, run):
    """The trigger rule's verdict once every upstream task is final: run, skipped or upstream_failed."""
    states = [run.tis[u.task_id].state for u in task.upstream]
    if not states or task.trigger_rule == "all_done":
        return "run"
    failed = sum(s in ("failed", "upstream_failed") for s in states)
    skipped = sum(s == "skipped" for s in states)
    success = sum(s == "success" for s in states)
    rule = task.trigger_rule
    if rule == "all_success":
        return "upstream_failed" if failed else "skipped" if skipped else "run"
    if rule == "none_failed_min_one_success":
        return "upstream_failed" if failed else "run" if success else "skipped"
    if rule == "one_success":
        return "run" if success else "skipped" if skipped == len(states) else "upstream_failed"
    if rule == "none_failed":
        return "upstream_failed" if failed else "run"
    raise ValueError("trigger rule %s is not simulated" % rule)


def simulate(path, outcomes):
    _install()
    sessions = outcomes.get("sessions", {})
    state_module = types.ModuleType("i2s_task_state")
    state_module.task_state = lambda job, run_id: sessions.get(job, {"Status": "NOTSTARTED"})
    sys.modules["i2s_task_state"] = state_module
    spec = importlib.util.spec_from_file_location("generated_dag", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules["i2s_airflow"].SLEEP = lambda seconds: None
    dag = _Registry.dag
    run = DagRun(dag)
    executed = []
    waiting = set()
    while True:
        progressed = False
        for task in dag.order:
            ti = run.tis[task.task_id]
            if ti.state is not None or any(run.tis[u.task_id].state not in FINAL for u in task.upstream):
                continue
            verdict = _decide(task, run)
            if verdict != "run":
                ti.state = verdict
                progressed = True
                break
            result = _execute(task, ti, run, outcomes, module)
            if result == "waiting":
                waiting.add(task.task_id)
                continue
            run.clock += 1
            ti.end_date = run.start_date + datetime.timedelta(seconds=run.clock)
            executed.append(task.task_id)
            progressed = True
            break
        if not progressed:
            pending = [t for t in dag.order if run.tis[t.task_id].state is None]
            if not pending:
                break
            for task in pending:
                if task.task_id in waiting:
                    run.tis[task.task_id].state = "failed"  # a sensor nothing can satisfy times out
                    break
            else:
                raise RuntimeError("no task can progress: " + ", ".join(t.task_id for t in pending))
    return run, executed, module


def _execute(task, ti, run, outcomes, module):
    context = {"dag_run": run, "ti": ti, "run_id": "sim-run"}
    if isinstance(task, (PythonOperator,)):
        kwargs = dict(task.kwargs.get("op_kwargs", {}))
        try:
            value = task.kwargs["python_callable"](**kwargs, **context)
        except AirflowSkipException:
            ti.state = "skipped"
            return "done"
        except Exception:  # AirflowFailException and any error fail the task
            ti.state = "failed"
            return "done"
        if isinstance(task, PythonSensor):
            if not value:
                return "waiting"
            ti.state = "success"
            return "done"
        run.xcom[(task.task_id, "return_value")] = value
        ti.state = "success"
        if isinstance(task, ShortCircuitOperator) and not value:
            for down in task.downstream:
                if run.tis[down.task_id].state is None:
                    run.tis[down.task_id].state = "skipped"
        return "done"
    ti.state = outcomes.get("tasks", {}).get(task.task_id, "success")
    return "done"


def main(dag_path, outcomes_path):
    outcomes = json.load(open(outcomes_path, encoding="utf-8"))
    run, executed, module = simulate(dag_path, outcomes)
    disabled = {i["id"] for s in module.I2S.scopes.values() for i in s["tasks"].values() if not i["enabled"]}
    order = []
    for task_id in executed:
        if task_id.endswith(".i2s__start"):
            order.append(task_id[: -len(".i2s__start")].replace(".", "/"))
        elif task_id in disabled or task_id.split(".")[-1].startswith(("link__", "unreachable__", "i2s__")):
            continue
        else:
            order.append(task_id.replace(".", "/"))
    status_ti = run.tis["i2s__workflow_status"]
    status = run.xcom.get(("i2s__workflow_status", "status")) or ("SUCCEEDED" if status_ti.state == "success" else "FAILED")
    print(json.dumps({"run_order": order, "status": status, "states": {k: v.state for k, v in run.tis.items()}}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
