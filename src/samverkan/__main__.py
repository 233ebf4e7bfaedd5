"""`python -m samverkan` behaves exactly like the `samverkan` console script."""

from samverkan.cli import main

main()
