#include "Pkcs11Module.h"

#include "Pkcs11Api.h"
#include "SignTr.h"

#include <dlfcn.h>

namespace motcua::sign {

namespace {

QString fixedField(const unsigned char* data, size_t len)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(len)).trimmed();
}

} // namespace

Result<std::shared_ptr<Pkcs11Module>> Pkcs11Module::load(const QString& libraryPath)
{
    std::shared_ptr<Pkcs11Module> m(new Pkcs11Module);
    m->m_handle = dlopen(libraryPath.toLocal8Bit().constData(), RTLD_NOW | RTLD_LOCAL);
    if (!m->m_handle)
        return Status(Status::Code::InputRejected, Tr::tr("Cannot load the token driver %1.").arg(libraryPath),
                      QString::fromLocal8Bit(dlerror()));
    auto getList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(m->m_handle, "C_GetFunctionList"));
    m->m_api = std::make_unique<Pkcs11Api>();
    if (!getList || getList(&m->m_api->f) != CKR_OK || !m->m_api->f)
        return Status(Status::Code::InputRejected, Tr::tr("%1 is not a PKCS#11 token driver.").arg(libraryPath));
    CK_C_INITIALIZE_ARGS args = {};
    args.flags = CKF_OS_LOCKING_OK;
    const CK_RV rv = m->m_api->f->C_Initialize(&args);
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED)
        return Status(Status::Code::Failed, Tr::tr("The token driver failed to start."),
                      QStringLiteral("C_Initialize 0x%1").arg(rv, 0, 16));
    // Another user of the same driver in this process keeps it initialised; only finalise what we started.
    m->m_finalize = rv == CKR_OK;
    return m;
}

Pkcs11Module::~Pkcs11Module()
{
    if (m_api && m_api->f && m_finalize)
        m_api->f->C_Finalize(nullptr);
    if (m_handle)
        dlclose(m_handle);
}

Result<QList<TokenInfo>> Pkcs11Module::tokens() const
{
    CK_ULONG count = 0;
    if (m_api->f->C_GetSlotList(CK_TRUE, nullptr, &count) != CKR_OK)
        return Status(Status::Code::NoCard, Tr::tr("The token driver cannot list its slotIds."));
    std::vector<CK_SLOT_ID> slotIds(count);
    if (count && m_api->f->C_GetSlotList(CK_TRUE, slotIds.data(), &count) != CKR_OK)
        return Status(Status::Code::NoCard, Tr::tr("The token driver cannot list its slotIds."));
    QList<TokenInfo> result;
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_TOKEN_INFO ti = {};
        if (m_api->f->C_GetTokenInfo(slotIds[i], &ti) != CKR_OK)
            continue;
        result.append({slotIds[i], fixedField(ti.label, sizeof ti.label),
                       fixedField(ti.manufacturerID, sizeof ti.manufacturerID),
                       fixedField(ti.serialNumber, sizeof ti.serialNumber)});
    }
    return result;
}

Result<TokenInfo> Pkcs11Module::findToken(const QString& label) const
{
    auto all = tokens();
    if (!all)
        return all.status();
    for (const TokenInfo& t : *all)
        if (t.label == label)
            return t;
    return Status(Status::Code::NoCard,
                  Tr::tr("No token labelled \"%1\" is plugged in. Plug it in and try again.").arg(label));
}

unsigned long Pkcs11Module::tokenFlags(unsigned long slot) const
{
    CK_TOKEN_INFO ti = {};
    if (m_api->f->C_GetTokenInfo(slot, &ti) != CKR_OK)
        return 0;
    return ti.flags;
}

bool Pkcs11Module::isPinLocked(const QString& label) const
{
    auto token = findToken(label);
    return token && (tokenFlags(token->slot) & CKF_USER_PIN_LOCKED);
}

Status pinFailure(unsigned long rv, unsigned long flags)
{
    const auto code = Status::Code::CardAccessDenied;
    const QString detail = QStringLiteral("C_Login 0x%1 flags 0x%2").arg(rv, 0, 16).arg(flags, 0, 16);
    if (rv == CKR_PIN_LOCKED || (flags & CKF_USER_PIN_LOCKED))
        return Status(code, Tr::tr("The token's PIN is locked. Ask the administrator to unlock it with the PUK."),
                      detail);
    if (rv != CKR_PIN_INCORRECT && rv != CKR_PIN_INVALID && rv != CKR_PIN_LEN_RANGE)
        return Status(Status::Code::Failed, Tr::tr("The token refused the sign-in."), detail);
    if (flags & CKF_USER_PIN_FINAL_TRY)
        return Status(code, Tr::tr("Wrong PIN. One try remains before the token locks."), detail);
    if (flags & CKF_USER_PIN_COUNT_LOW)
        return Status(code, Tr::tr("Wrong PIN. Only a few tries remain before the token locks."), detail);
    return Status(code, Tr::tr("Wrong PIN. The token does not say how many tries remain; type it carefully."), detail);
}

} // namespace motcua::sign
