"""`python -m samverkan` behaves exactly like the `samverkan` console script."""

from samverkan.cli import main

# Guarded, as the main module of a program that starts worker processes should be: importing it runs nothing.
if __name__ == "__main__":
    main()
