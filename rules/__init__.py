"""Rule packs shipped as data (TOML); loaded through medlint.resources."""
