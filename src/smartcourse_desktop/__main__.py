import sys

from smartcourse_desktop.app import main

sys.exit(main())
