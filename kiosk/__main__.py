from kiosk.launch import main

raise SystemExit(main())
