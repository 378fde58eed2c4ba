#pragma once

#include "Status.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua::sign {

struct Pkcs11Api;

/// One token present in a slot of a PKCS#11 module.
struct TokenInfo
{
    unsigned long slot = 0;
    QString label;
    QString manufacturer;
    QString serial;
};

/// A PKCS#11 library (a USB token's driver, SoftHSM2) loaded with dlopen and initialised once.
class Pkcs11Module
{
public:
    static Result<std::shared_ptr<Pkcs11Module>> load(const QString& libraryPath);
    ~Pkcs11Module();
    Pkcs11Module(const Pkcs11Module&) = delete;
    Pkcs11Module& operator=(const Pkcs11Module&) = delete;

    /// Tokens present now, by label.
    Result<QList<TokenInfo>> tokens() const;
    /// The slot whose token has `label`.
    Result<TokenInfo> findToken(const QString& label) const;
    /// Token flags (CKF_USER_PIN_*), read again after a failed login to say how many tries remain.
    unsigned long tokenFlags(unsigned long slot) const;
    /// Whether the user PIN of the token labelled `label` is locked (no more tries).
    bool isPinLocked(const QString& label) const;

    const Pkcs11Api& api() const { return *m_api; }

private:
    Pkcs11Module() = default;
    void* m_handle = nullptr;
    std::unique_ptr<Pkcs11Api> m_api;
    bool m_finalize = false;
};

/// The translated sentence for a failed C_Login: what happened and how many tries remain, when the token tells.
Status pinFailure(unsigned long rv, unsigned long tokenFlags);

} // namespace motcua::sign
