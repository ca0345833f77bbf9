"""Every Qt widget of the kiosk lives here."""
