"""The Mail screen: confirmations, reminders, waitlist offers and thank-you mails from the outbox."""
