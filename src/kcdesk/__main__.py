import sys

# The bundle: say which system package is missing, not a traceback (`--version` and `--help`
# print text only: not even the check's import).
if getattr(sys, "frozen", False) and sys.argv[1:2] not in (["--version"], ["-h"], ["--help"]):
    from kcdesk.sysdeps import bundle_problem

    problem = bundle_problem(sys.argv)
    if problem:
        print(problem, file=sys.stderr)
        raise SystemExit(1)

from kcdesk.cli import main  # noqa: E402

raise SystemExit(main())
