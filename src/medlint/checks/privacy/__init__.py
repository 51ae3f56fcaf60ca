"""Python rules of the `privacy` family; one rule per module, registered with @register."""
