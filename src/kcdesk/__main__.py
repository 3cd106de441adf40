from kcdesk.cli import main

raise SystemExit(main())
