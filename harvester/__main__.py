from harvester.cli.main import main

raise SystemExit(main())
