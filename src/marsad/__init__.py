"""marsad (مرصد): Arabic news turned into evidence, every fact tied to its source."""
__version__ = "0.1.0"


def _warn_if_stale() -> None:
    # In an editable install, an edited module would silently lose to its older compiled copy.
    from .build_info import stale_binaries

    stale = stale_binaries()
    if stale:
        import sys

        print(f"marsad: warning: {stale[0]}; the compiled copy runs until `make setup` rebuilds it", file=sys.stderr)


_warn_if_stale()
