#include "SignInMessages.h"

#include <QCoreApplication>

namespace plein::app {

QString signInMessage(const account::Account::SignInResult &result)
{
    using E = account::Account::SignInError;
    switch (result.error) {
    case E::None: return {};
    case E::InvalidAddress:
        return QCoreApplication::translate("SignInMessages", "This is not a server address. Check it and try again, for example https://plein.example.nl.");
    case E::InsecureAddress:
        return QCoreApplication::translate("SignInMessages", "This address is not secure. Use an address that starts with https://.");
    case E::Unreachable:
        return QCoreApplication::translate("SignInMessages", "The server cannot be reached. Check the address and your internet connection.");
    case E::NotPlein:
        return QCoreApplication::translate("SignInMessages", "This address is not a Plein server. Check the address with your organisation.");
    case E::WrongCredentials:
        return QCoreApplication::translate("SignInMessages", "The email address or password is not right.");
    case E::RateLimited:
        if (result.retryAfterSeconds > 0)
            return QCoreApplication::translate("SignInMessages", "Too many attempts. Try again in %n seconds.", nullptr, result.retryAfterSeconds);
        return QCoreApplication::translate("SignInMessages", "Too many attempts. Try again in a moment.");
    case E::Keychain:
        return QCoreApplication::translate("SignInMessages", "Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.");
    case E::Storage:
        return QCoreApplication::translate("SignInMessages", "Plein could not open its storage on this device. Free some space and try again.");
    case E::Server:
        return QCoreApplication::translate("SignInMessages", "The server has a problem right now. Try again later.");
    }
    return {};
}

} // namespace plein::app
