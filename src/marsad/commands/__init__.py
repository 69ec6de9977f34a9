"""CLI subcommands, one module each (``register(subparsers)`` + ``run(args)``), kept thin: they
parse arguments and call the runner, the store interface, views and renderers. Heavy imports
stay inside ``run`` so ``marsad --help`` is instant. May import anything; nothing imports them
(except cli.py)."""