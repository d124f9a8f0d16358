"""`python -m indicators` runs the command line."""

from indicators.cli import main

main()
