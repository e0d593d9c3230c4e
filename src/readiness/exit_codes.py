"""Exit codes of SPEC §7, relied upon by users' scripts."""

OK = 0
INVALID = 1  # invalid input, or failure to read or write
USAGE = 2  # click's own code for usage errors
REJECTED = 3  # aggregate finished but rejected some inputs
BELOW_THRESHOLD = 4  # score below --fail-under
INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)
