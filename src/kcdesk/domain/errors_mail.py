"""Refusals of the mail engine: each its own class, a stable ``code``, an English ``template``
whose ``{holes}`` are its arguments (kept as attributes). The app's words are in words/errors.py."""

from __future__ import annotations

from kcdesk.domain.errors import DatabaseError, KcdeskError, NotFoundError, ValidationError


class MailServerMissing(KcdeskError):
    code = "mail-server-missing"
    template = "The mail settings have no server; set it with 'kcdesk mail settings' or in the app."


class MailSenderMissing(KcdeskError):
    code = "mail-sender-missing"
    template = "The mail settings have no sender address; set it with 'kcdesk mail settings' or in the app."


class MailUserMissing(ValidationError):
    code = "mail-user-missing"
    template = "A password needs a user name in the mail settings."


class MailPasswordMissing(KcdeskError):
    code = "mail-password-missing"
    template = "There is no password for {user} in this computer's keyring; enter it in the mail settings."


class MailHostInvalid(ValidationError):
    code = "mail-host-invalid"
    template = "'{host}' is not a server name or address."


class MailPortOutOfRange(ValidationError):
    code = "mail-port-out-of-range"
    template = "The port is a number from 1 to 65535, not {port}."


class MailSecurityUnknown(ValidationError):
    code = "mail-security-unknown"
    template = "Unknown security '{security}'; choose none, starttls or ssl."


class MailUserInvalid(ValidationError):
    code = "mail-user-invalid"
    template = "The user name must be one line."


class MailRateOutOfRange(ValidationError):
    code = "mail-rate-out-of-range"
    template = "Mails per minute is a number from 0 (no limit) to 10000, not {per_minute}."


class ReminderDaysOutOfRange(ValidationError):
    code = "reminder-days-out-of-range"
    template = "A reminder goes 0 to 60 days before the event, not {days}."


class KeyringUnavailable(KcdeskError):
    code = "mail-keyring-unavailable"
    template = (
        "There is no keyring on this computer to keep the mail password in ({detail}); "
        "install or unlock one, or send without a password."
    )


class SmtpUnreachable(KcdeskError):
    code = "mail-server-unreachable"
    template = "Cannot reach the mail server {host}:{port}: {detail}."


class SmtpLoginRefused(KcdeskError):
    code = "mail-login-refused"
    template = "The mail server {host} refused the login: {detail}."


class UnknownMailKind(ValidationError):
    code = "mail-kind-unknown"
    template = "There is no mail kind '{kind}'."


class UnknownMailGroup(ValidationError):
    code = "mail-group-unknown"
    template = "Unknown group '{group}'; choose {groups} or a list of codes."


class UnknownMailStatus(ValidationError):
    code = "mail-status-unknown"
    template = "Unknown status '{status}'; choose {statuses}."


class MailNotFound(NotFoundError):
    code = "mail-not-found"
    template = "There is no mail {mail_id} in the outbox."


class MailNotRetriable(ValidationError):
    code = "mail-not-retriable"
    template = "Mail {mail_id} was sent already; it is not queued again."


class MailNotCancellable(ValidationError):
    code = "mail-not-cancellable"
    template = "Mail {mail_id} is {status}; only a mail not sent yet can be cancelled."


class MailNotUnderReview(ValidationError):
    code = "mail-not-under-review"
    template = (
        "Mail {mail_id} is {status}; only a mail whose sending was interrupted can be marked as arrived."
    )


class OfferTimeOutOfRange(ValidationError):
    code = "offer-time-out-of-range"
    template = "The time to answer an offer is 1 hour to 14 days."


class NoOpenOffer(NotFoundError):
    code = "no-open-offer"
    template = "There is no open waitlist offer for {reg_code}."


class NoCertificateFor(ValidationError):
    code = "no-certificate-for"
    template = "{reg_code} was not checked in, so there is no certificate for it."


class NoSecondConnection(DatabaseError):
    code = "no-second-connection"
    template = "An in-memory database cannot be opened a second time."
