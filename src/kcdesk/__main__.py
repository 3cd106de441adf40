import sys

if getattr(sys, "frozen", False):  # the bundle: say which system package is missing, not a traceback
    from kcdesk.sysdeps import bundle_problem

    problem = bundle_problem(sys.argv)
    if problem:
        print(problem, file=sys.stderr)
        raise SystemExit(1)

from kcdesk.cli import main  # noqa: E402

raise SystemExit(main())
