"""``python -m fivetran_ext.cli``: the same as the ``fivetran-ext`` console script."""

from ._main import main

raise SystemExit(main())
