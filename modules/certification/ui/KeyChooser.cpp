#include "KeyChooser.h"

#include "CertificateCheck.h"
#include "CertificationTr.h"
#include "Pkcs12Key.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

namespace motcua::certification {

KeyChooser::KeyChooser(const QString& role, QWidget* parent)
    : QWidget(parent), m_role(role), m_source(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_token(new QComboBox(this)), m_certificate(new QComboBox(this))
{
    m_source->addItems({Tr::tr("Key file (PKCS#12)"), Tr::tr("USB token (PKCS#11)")});
    m_source->setObjectName(QStringLiteral("keySource"));
    m_file->setObjectName(QStringLiteral("keyFile"));
    m_file->setPlaceholderText(Tr::tr("A .p12 or .pfx file"));
    m_token->setObjectName(QStringLiteral("keyToken"));
    m_certificate->setObjectName(QStringLiteral("keyCertificate"));

    auto* filePage = new QWidget(this);
    auto* fl = new QHBoxLayout(filePage);
    fl->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(Tr::tr("Browse…"), filePage);
    fl->addWidget(m_file, 1);
    fl->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, Tr::tr("The %1's key file").arg(m_role), {},
                                                          Tr::tr("PKCS#12 key files (*.p12 *.pfx)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });

    auto* tokenPage = new QWidget(this);
    auto* tl = new QFormLayout(tokenPage);
    tl->setContentsMargins(0, 0, 0, 0);
    auto* tokenRow = new QHBoxLayout;
    auto* refresh = new QPushButton(Tr::tr("Refresh"), tokenPage);
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(refresh);
    tl->addRow(Tr::tr("Token:"), tokenRow);
    tl->addRow(Tr::tr("Certificate:"), m_certificate);
    connect(refresh, &QPushButton::clicked, this, &KeyChooser::refreshTokens);
    connect(m_token, &QComboBox::currentIndexChanged, this, &KeyChooser::refreshCertificates);

    // Only the chosen source's fields are shown (hidden ones take no room).
    tokenPage->setVisible(false);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this, filePage, tokenPage](int i) {
        filePage->setVisible(i == 0);
        tokenPage->setVisible(i == 1);
        if (i == 1 && m_token->count() == 0)
            refreshTokens();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(filePage);
    layout->addWidget(tokenPage);
}

QString KeyChooser::defaultTokenDriver()
{
    for (const char* path :
         {"/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
          "/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"})
        if (QFile::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    return {};
}

void KeyChooser::setTokenDriver(const QString& libraryPath)
{
    if (libraryPath == m_driverPath)
        return;
    m_driverPath = libraryPath;
    m_driver.reset();
    if (usesToken())
        refreshTokens();
}

void KeyChooser::setKeyFile(const QString& path)
{
    m_source->setCurrentIndex(0);
    m_file->setText(path);
}

bool KeyChooser::usesToken() const
{
    return m_source->currentIndex() == 1;
}

void KeyChooser::refreshTokens()
{
    m_token->clear();
    m_certificate->clear();
    m_certs.clear();
    if (!m_driver && !m_driverPath.isEmpty()) {
        auto driver = sign::Pkcs11Module::load(m_driverPath);
        if (!driver) {
            m_token->setPlaceholderText(driver.status().message());
            return;
        }
        m_driver = *driver;
    }
    if (!m_driver) {
        m_token->setPlaceholderText(Tr::tr("No token driver is configured (Settings → Certification)."));
        return;
    }
    auto tokens = m_driver->tokens();
    if (!tokens || tokens->isEmpty()) {
        m_token->setPlaceholderText(tokens ? Tr::tr("No token is plugged in.") : tokens.status().message());
        return;
    }
    for (const sign::TokenInfo& t : *tokens)
        m_token->addItem(t.label);
}

void KeyChooser::refreshCertificates()
{
    m_certificate->clear();
    m_certs.clear();
    if (!m_driver || m_token->currentText().isEmpty())
        return;
    auto certs = sign::Pkcs11Key::certificates(*m_driver, m_token->currentText());
    if (!certs) {
        m_certificate->setPlaceholderText(certs.status().message());
        return;
    }
    m_certs = *certs;
    for (const sign::TokenCertificate& c : m_certs)
        m_certificate->addItem(Tr::tr("%1 (valid until %2)")
                                   .arg(c.subject.isEmpty() ? c.label : c.subject,
                                        c.notAfter.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))));
    if (m_certs.isEmpty())
        m_certificate->setPlaceholderText(Tr::tr("The token holds no certificate."));
}

QString KeyChooser::askSecret(const QString& prompt, const QString& warning)
{
    bool ok = false;
    const QString label = warning.isEmpty() ? prompt : warning + QStringLiteral("\n\n") + prompt;
    QString secret =
        QInputDialog::getText(this, Tr::tr("Signature of the %1").arg(m_role), label, QLineEdit::Password, {}, &ok);
    return ok ? secret : QString();
}

Result<std::shared_ptr<sign::SigningKey>> KeyChooser::open(const QDateTime& now)
{
    std::shared_ptr<sign::SigningKey> key;
    QString warning;
    for (;;) {
        if (!usesToken()) {
            if (m_file->text().trimmed().isEmpty())
                return Status(Status::Code::InputRejected, Tr::tr("Choose the %1's key file.").arg(m_role));
            const QString password = askSecret(Tr::tr("Password of the %1's key file:").arg(m_role), warning);
            if (password.isNull())
                return key; // cancelled
            auto opened = sign::Pkcs12Key::open(m_file->text().trimmed(), password);
            if (!opened) {
                if (opened.status().code() == Status::Code::CardAccessDenied) { // wrong password: ask again
                    warning = opened.status().message();
                    continue;
                }
                return opened.status();
            }
            key = std::move(*opened);
        } else {
            const int i = m_certificate->currentIndex();
            if (!m_driver || i < 0 || i >= m_certs.size())
                return Status(Status::Code::InputRejected,
                              Tr::tr("Choose the token and the certificate for the %1's signature.").arg(m_role));
            const QString pin = askSecret(
                Tr::tr("PIN of the token \"%1\" for the %2's signature:").arg(m_token->currentText(), m_role), warning);
            if (pin.isNull())
                return key; // cancelled
            auto opened = sign::Pkcs11Key::openById(m_driver, m_token->currentText(), m_certs[i].id, pin);
            if (!opened) {
                // A wrong PIN: say how many tries remain and ask again; a locked token stops here.
                const bool locked = m_driver->isPinLocked(m_token->currentText());
                if (opened.status().code() == Status::Code::CardAccessDenied && !locked) {
                    warning = opened.status().message();
                    continue;
                }
                return opened.status();
            }
            key = std::move(*opened);
        }
        break;
    }
    if (Status s = sign::checkSigningCertificate(key->certificate(), now.toUTC()); !s)
        return s;
    return key;
}

} // namespace motcua::certification
