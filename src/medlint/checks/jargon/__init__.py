"""Python rules of the `jargon` family; one rule per module, registered with @register."""
