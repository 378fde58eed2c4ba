#include "CardTestUtil.h"
#include "CccdSamples.h"
#include "TestPki.h"
#include "lds/Dg1.h"
#include "lds/Dg13.h"
#include "lds/Dg2.h"
#include "security/PassiveAuthenticator.h"

#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509_vfy.h>

using namespace motcua;
using namespace motcua::card;

class TestPassiveAuthenticator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QMap<int, QByteArray> m_groups;
    QByteArray m_sod;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    PassiveAuthenticator::Outcome verifyWith(const QStringList& anchors, const QMap<int, QByteArray>& groups)
    {
        TrustStore store;
        for (const QString& a : anchors)
            [&] { QVERIFY(store.addFile(a).isOk()); }();
        PassiveAuthenticator authenticator(store);
        return authenticator.verify(m_sod, groups);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(testpki::generate(m_dir.path()), "make-test-pki.sh failed");
        m_groups.insert(1, Dg1::encode(cccdMrz()));
        m_groups.insert(2, Dg2::encode(QByteArray("\xFF\xD8\xFF\xE0 not really a jpeg", 22), false, 1, 1));
        m_groups.insert(13, Dg13::encode(cccdHolder()));
        m_sod = testpki::signSod(path("ds.pem"), path("ds.key"), m_groups);
        QVERIFY(!m_sod.isEmpty());
    }

    void explicitParametersCscaIsRejectedByPlainOpenSsl()
    {
        // The reason for the waiver: without it OpenSSL 3.0 refuses the chain with error 94.
        const QByteArray csca = testpki::readFile(path("csca.pem"));
        const QByteArray ds = testpki::readFile(path("ds.pem"));
        BioPtr cb(BIO_new_mem_buf(csca.constData(), int(csca.size())));
        BioPtr db(BIO_new_mem_buf(ds.constData(), int(ds.size())));
        X509Ptr caCert(PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr));
        X509Ptr dsCert(PEM_read_bio_X509(db.get(), nullptr, nullptr, nullptr));
        X509StorePtr store(X509_STORE_new());
        X509_STORE_add_cert(store.get(), caCert.get());
        X509StoreCtxPtr ctx(X509_STORE_CTX_new());
        X509_STORE_CTX_init(ctx.get(), store.get(), dsCert.get(), nullptr);
        QCOMPARE(X509_verify_cert(ctx.get()), 0);
        QCOMPARE(X509_STORE_CTX_get_error(ctx.get()), X509_V_ERR_EC_KEY_EXPLICIT_PARAMS);
    }

    void valid()
    {
        const auto outcome = verifyWith({path("csca.pem")}, m_groups);
        QVERIFY2(outcome.status == PassiveAuthenticationStatus::Valid, qPrintable(outcome.details));
        QVERIFY(outcome.documentSignerDn.contains(QStringLiteral("CN=Test Document Signer 01")));
        QCOMPARE(outcome.dataGroups.size(), 3);
        for (DataGroupVerdict v : outcome.dataGroups)
            QVERIFY(v == DataGroupVerdict::Valid);
    }

    void validWithDerAnchorInAFolder()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(path("csca.der"), folder.filePath(QStringLiteral("csca.der"))));
        QVERIFY(QFile::copy(path("csca-other.pem"), folder.filePath(QStringLiteral("other.pem"))));
        TrustStore store;
        QVERIFY(store.addPath(folder.path()).isOk());
        QCOMPARE(store.count(), 2);
        QVERIFY(PassiveAuthenticator(store).verify(m_sod, m_groups).status == PassiveAuthenticationStatus::Valid);
    }

    void tamperedDataGroupIsInvalid()
    {
        QMap<int, QByteArray> groups = m_groups;
        groups[13][groups[13].size() - 5] = char(groups[13].at(groups[13].size() - 5) ^ 0x01);
        const auto outcome = verifyWith({path("csca.pem")}, groups);
        QVERIFY(outcome.status == PassiveAuthenticationStatus::Invalid);
        QVERIFY(outcome.dataGroups.value(13) == DataGroupVerdict::Invalid);
        QVERIFY(outcome.dataGroups.value(1) == DataGroupVerdict::Valid);
        QVERIFY(outcome.dataGroups.value(2) == DataGroupVerdict::Valid);
    }

    void dataGroupWithoutHashIsInvalid()
    {
        QMap<int, QByteArray> groups = m_groups;
        groups.insert(14, hex("6E00"));
        const auto outcome = verifyWith({path("csca.pem")}, groups);
        QVERIFY(outcome.status == PassiveAuthenticationStatus::Invalid);
        QVERIFY(outcome.dataGroups.value(14) == DataGroupVerdict::Invalid);
    }

    void unknownCscaIsUntrustedSigner()
    {
        const auto outcome = verifyWith({path("csca-other.pem")}, m_groups);
        QVERIFY2(outcome.status == PassiveAuthenticationStatus::UntrustedSigner, qPrintable(outcome.details));
        QVERIFY(outcome.documentSignerDn.contains(QStringLiteral("Test Document Signer 01")));
        const auto empty = verifyWith({}, m_groups);
        QVERIFY(empty.status == PassiveAuthenticationStatus::UntrustedSigner);
    }

    void brokenSignatureIsInvalid()
    {
        QByteArray sod = m_sod;
        sod[sod.size() - 3] = char(sod.at(sod.size() - 3) ^ 0x55);
        TrustStore store;
        QVERIFY(store.addFile(path("csca.pem")).isOk());
        const auto outcome = PassiveAuthenticator(store).verify(sod, m_groups);
        QVERIFY(outcome.status == PassiveAuthenticationStatus::Invalid);
    }

    void signerFromAnotherPkiIsUntrusted()
    {
        const QByteArray other = testpki::signSod(path("ds-other.pem"), path("ds-other.key"), m_groups);
        TrustStore store;
        QVERIFY(store.addFile(path("csca.pem")).isOk());
        const auto outcome = PassiveAuthenticator(store).verify(other, m_groups);
        QVERIFY(outcome.status == PassiveAuthenticationStatus::UntrustedSigner);
    }

    void missingOrMalformedSod()
    {
        TrustStore store;
        QVERIFY(PassiveAuthenticator(store).verify({}, m_groups).status == PassiveAuthenticationStatus::NotChecked);
        const auto bad = PassiveAuthenticator(store).verify(hex("7703020100"), m_groups);
        QVERIFY(bad.status == PassiveAuthenticationStatus::Invalid);
        QVERIFY(bad.dataGroups.value(1) == DataGroupVerdict::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestPassiveAuthenticator)
#include "TestPassiveAuthenticator.moc"
