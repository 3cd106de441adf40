"""Refusals of the mail engine: each its own class with a stable ``code`` and its arguments."""

from __future__ import annotations

from kcdesk.domain.errors import KcdeskError, NotFoundError, ValidationError


class InvalidAddressError(ValidationError):
    code = "mail-address"

    def __init__(self, address: str, field: str = "address"):
        self.address = address
        super().__init__(f"'{address}' is not a valid email address.", field)


class MailSettingsMissingError(KcdeskError):
    code = "mail-settings-missing"

    def __init__(self, what: str):
        self.what = what
        super().__init__(
            f"The mail settings have no {what}; set it with 'kcdesk mail settings' or in the app."
        )


class InvalidMailSettingError(ValidationError):
    code = "mail-setting"

    def __init__(self, field: str, value: object, rule: str):
        self.value, self.rule = value, rule
        super().__init__(f"The mail setting {field} cannot be {value!r}: {rule}.", field)


class KeyringUnavailableError(KcdeskError):
    code = "mail-keyring"

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(
            "There is no keyring on this computer to keep the mail password in "
            f"({detail}); install or unlock one, or send without a password."
        )


class SmtpConnectionError(KcdeskError):
    code = "mail-connect"

    def __init__(self, host: str, port: int, detail: str):
        self.host, self.port, self.detail = host, port, detail
        super().__init__(f"Cannot reach the mail server {host}:{port}: {detail}.")


class SmtpLoginError(KcdeskError):
    code = "mail-login"

    def __init__(self, host: str, detail: str):
        self.host, self.detail = host, detail
        super().__init__(f"The mail server {host} refused the login: {detail}.")


class UnknownMailKindError(ValidationError):
    code = "mail-kind"

    def __init__(self, kind: str):
        self.kind = kind
        super().__init__(f"There is no mail kind '{kind}'.", "kind")


class OutboxEntryNotFoundError(NotFoundError):
    code = "mail-not-found"

    def __init__(self, mail_id: int):
        self.mail_id = mail_id
        super().__init__(f"There is no mail {mail_id} in the outbox.")


class OutboxStateError(ValidationError):
    code = "mail-state"

    def __init__(self, mail_id: int, status: str, action: str):
        self.mail_id, self.status, self.action = mail_id, status, action
        super().__init__(f"Mail {mail_id} is {status}; it cannot be {action}.", "status")


class NoOpenOfferError(NotFoundError):
    code = "mail-no-offer"

    def __init__(self, code: str):
        self.reg_code = code
        super().__init__(f"There is no open waitlist offer for {code}.")
