#pragma once
// Turns why signing in failed into one sentence a person can act on, in their language.
#include "account/Account.h"

#include <QString>

namespace plein::app {

QString signInMessage(const account::Account::SignInResult &result);

} // namespace plein::app
