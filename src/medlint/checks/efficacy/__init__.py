"""Python rules of the `efficacy` family; one rule per module, registered with @register."""
