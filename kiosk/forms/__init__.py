"""Every PDF the kiosk makes: request form, citizen guide, supervisor report."""
