from officedesk.cli import main

raise SystemExit(main())
