"""Word lists shipped as data; loaded through medlint.resources."""
