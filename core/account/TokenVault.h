#pragma once
// The account's tokens in the system keychain (service "Plein", key "<account>-tokens").
// There is no fallback to a file: if the keychain cannot be used, the error says so.
#include <QCoroTask>
#include <QString>

namespace plein::account {

struct Tokens {
    QString access;
    QString refresh;
    bool isEmpty() const { return access.isEmpty() && refresh.isEmpty(); }
};

struct VaultResult {
    bool ok = false;
    bool notFound = false; // read/remove: nothing stored under that key
    QString error;         // readable, from the keychain backend
    Tokens tokens;
};

class TokenVault {
public:
    explicit TokenVault(QString service = QStringLiteral("Plein")) : m_service(std::move(service)) {}
    QCoro::Task<VaultResult> read(QString accountKey) const;
    QCoro::Task<VaultResult> write(QString accountKey, Tokens tokens) const;
    QCoro::Task<VaultResult> remove(QString accountKey) const;
    static QString keyFor(const QString &accountKey) { return accountKey + QStringLiteral("-tokens"); }
private:
    QString m_service;
};

} // namespace plein::account
