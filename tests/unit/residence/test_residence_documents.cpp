// Residence forms CT01–CT08: the template language, HTML escaping, each form rendered to an A4 PDF whose text
// (pdftotext) holds the filled fields with their diacritics, the CT04 QR code carrying the case number, and the
// atomic write (never a half-written PDF).
#include "FormRenderer.h"
#include "FormTemplate.h"
#include "QrCode.h"
#include "ResidenceForm.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua::residence::documents;

namespace {

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

// The text of a PDF as pdftotext extracts it, whitespace runs folded to one space.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(tool(QStringLiteral("pdftotext")),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(tool(QStringLiteral("pdfinfo")), {path});
    p.waitForFinished(30000);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageSize(const QString& path)
{
    QProcess p;
    p.start(tool(QStringLiteral("pdfinfo")), {path});
    p.waitForFinished(30000);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)"))
                                          .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.captured(1).trimmed();
}

QVariantMap commonFields()
{
    return {{QStringLiteral("agency_parent"), QStringLiteral("CÔNG AN TỈNH BẮC NINH")},
            {QStringLiteral("agency"), QStringLiteral("CÔNG AN XÃ YÊN PHONG")},
            {QStringLiteral("place_date"), QStringLiteral("Bắc Ninh, ngày 27 tháng 11 năm 2026")},
            {QStringLiteral("officer_name"), QStringLiteral("Trịnh Quốc Khánh")}};
}

QVariantMap member(const QString& name, const QString& dob, const QString& sex, const QString& id, const QString& rel)
{
    return {{QStringLiteral("full_name"), name},
            {QStringLiteral("date_of_birth"), dob},
            {QStringLiteral("sex"), sex},
            {QStringLiteral("id_number"), id},
            {QStringLiteral("relationship"), rel}};
}

// Filled fields per form: every string value listed here must come back out of the PDF.
QVariantMap fieldsFor(ResidenceForm form)
{
    QVariantMap f = commonFields();
    const QVariantList members = {member(QStringLiteral("Lê Thị Hường"), QStringLiteral("02/03/1992"),
                                         QStringLiteral("Nữ"), QStringLiteral("027192000456"), QStringLiteral("Vợ")),
                                  member(QStringLiteral("Phạm Đức Hải"), QStringLiteral("14/08/2018"),
                                         QStringLiteral("Nam"), QStringLiteral("027218000789"),
                                         QStringLiteral("Con đẻ"))};
    switch (form) {
    case ResidenceForm::CT01:
        f = {{QStringLiteral("addressee"), QStringLiteral("Công an xã Yên Phong")},
             {QStringLiteral("full_name"), QStringLiteral("Phạm Văn Đức")},
             {QStringLiteral("date_of_birth"), QDate(1990, 5, 17)},
             {QStringLiteral("sex"), QStringLiteral("Nam")},
             {QStringLiteral("id_number"), QStringLiteral("027090001234")},
             {QStringLiteral("phone"), QStringLiteral("0912345678")},
             {QStringLiteral("email"), QStringLiteral("duc.pham@example.vn")},
             {QStringLiteral("head_name"), QStringLiteral("Nguyễn Thị Ánh Tuyết")},
             {QStringLiteral("relationship_to_head"), QStringLiteral("Con rể")},
             {QStringLiteral("head_id_number"), QStringLiteral("027165009876")},
             {QStringLiteral("request_content"), QStringLiteral("Đăng ký thường trú vào hộ bà Nguyễn Thị Ánh Tuyết")},
             {QStringLiteral("members"), members},
             {QStringLiteral("consent_vneid_name"), QStringLiteral("Nguyễn Thị Ánh Tuyết")},
             {QStringLiteral("consent_vneid_id"), QStringLiteral("027165009876")},
             {QStringLiteral("place_date"), QStringLiteral("Bắc Ninh, ngày 27 tháng 11 năm 2026")}};
        break;
    case ResidenceForm::CT03:
        f.insert({{QStringLiteral("document_number"), QStringLiteral("15/TV")},
                  {QStringLiteral("full_name"), QStringLiteral("Vũ Thị Ngọc Ánh")},
                  {QStringLiteral("date_of_birth"), QStringLiteral("09/12/1985")},
                  {QStringLiteral("sex"), QStringLiteral("Nữ")},
                  {QStringLiteral("id_number"), QStringLiteral("027185004321")},
                  {QStringLiteral("residence_address"), QStringLiteral("Số 12, đường Lý Thái Tổ, xã Yên Phong")},
                  {QStringLiteral("absence_from"), QDate(2026, 12, 1)},
                  {QStringLiteral("absence_to"), QDate(2027, 5, 31)},
                  {QStringLiteral("reason"), QStringLiteral("Đi làm việc tại Đà Nẵng")},
                  {QStringLiteral("destination"), QStringLiteral("Phường Hải Châu, thành phố Đà Nẵng")}});
        break;
    case ResidenceForm::CT04:
        f.insert({{QStringLiteral("case_number"), QStringLiteral("CT-2026-000123")},
                  {QStringLiteral("procedure_name"), QStringLiteral("Đăng ký thường trú")},
                  {QStringLiteral("full_name"), QStringLiteral("Phạm Văn Đức")},
                  {QStringLiteral("id_number"), QStringLiteral("027090001234")},
                  {QStringLiteral("phone"), QStringLiteral("0912345678")},
                  {QStringLiteral("address"), QStringLiteral("Thôn Đông Xá, xã Yên Phong")},
                  {QStringLiteral("received_at"), QDateTime(QDate(2026, 11, 27), QTime(9, 5))},
                  {QStringLiteral("documents"),
                   QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("Tờ khai CT01")},
                                            {QStringLiteral("copies"), QStringLiteral("01")}},
                                QVariantMap{{QStringLiteral("name"), QStringLiteral("Hợp đồng mua bán nhà ở")},
                                            {QStringLiteral("copies"), QStringLiteral("01")}}}},
                  {QStringLiteral("appointment"), QDate(2026, 12, 8)},
                  {QStringLiteral("fee"), QStringLiteral("20.000 đ")},
                  {QStringLiteral("channel"), QStringLiteral("Trực tiếp")}});
        break;
    case ResidenceForm::CT05:
        f.insert({{QStringLiteral("case_number"), QStringLiteral("CT-2026-000124")},
                  {QStringLiteral("procedure_name"), QStringLiteral("Tách hộ")},
                  {QStringLiteral("full_name"), QStringLiteral("Đỗ Minh Quân")},
                  {QStringLiteral("id_number"), QStringLiteral("027088007654")},
                  {QStringLiteral("received_at"), QStringLiteral("08:30 26/11/2026")},
                  {QStringLiteral("requirements"), QVariantList{QStringLiteral("Bổ sung ý kiến đồng ý của chủ hộ"),
                                                                QStringLiteral("Giấy tờ chứng minh chỗ ở hợp pháp")}}});
        break;
    case ResidenceForm::CT06:
        f.insert(
            {{QStringLiteral("case_number"), QStringLiteral("CT-2026-000125")},
             {QStringLiteral("procedure_name"), QStringLiteral("Đăng ký tạm trú")},
             {QStringLiteral("full_name"), QStringLiteral("Hoàng Thị Yến")},
             {QStringLiteral("id_number"), QStringLiteral("027195003210")},
             {QStringLiteral("received_at"), QStringLiteral("10:15 20/11/2026")},
             {QStringLiteral("reasons"), QVariantList{QStringLiteral("Chỗ ở thuộc địa điểm bị cấm đăng ký tạm trú"),
                                                      QStringLiteral("Không bổ sung hồ sơ trong thời hạn")}}});
        break;
    case ResidenceForm::CT07:
        f.insert({{QStringLiteral("document_number"), QStringLiteral("88/XN")},
                  {QStringLiteral("full_name"), QStringLiteral("Ngô Quang Trường")},
                  {QStringLiteral("date_of_birth"), QStringLiteral("30/04/1975")},
                  {QStringLiteral("sex"), QStringLiteral("Nam")},
                  {QStringLiteral("id_number"), QStringLiteral("027075001111")},
                  {QStringLiteral("permanent_address"), QStringLiteral("Xóm Chùa, xã Yên Phong, tỉnh Bắc Ninh")},
                  {QStringLiteral("temporary_address"), QStringLiteral("Không")},
                  {QStringLiteral("current_address"), QStringLiteral("Xóm Chùa, xã Yên Phong")},
                  {QStringLiteral("head_name"), QStringLiteral("Ngô Quang Trường")},
                  {QStringLiteral("relationship_to_head"), QStringLiteral("Chủ hộ")},
                  {QStringLiteral("members"), members},
                  {QStringLiteral("valid_until"), QDate(2027, 11, 26)}});
        break;
    case ResidenceForm::CT08:
        f.insert({{QStringLiteral("document_number"), QStringLiteral("102/TB")},
                  {QStringLiteral("case_number"), QStringLiteral("CT-2026-000126")},
                  {QStringLiteral("procedure_name"), QStringLiteral("Điều chỉnh thông tin về cư trú")},
                  {QStringLiteral("full_name"), QStringLiteral("Bùi Thị Thủy")},
                  {QStringLiteral("id_number"), QStringLiteral("027180002222")},
                  {QStringLiteral("result"), QStringLiteral("Đã điều chỉnh ngày sinh trong Cơ sở dữ liệu về cư trú")},
                  {QStringLiteral("effective_date"), QDate(2026, 11, 30)}});
        break;
    }
    return f;
}

// Every printed value of `fields` (nested lists too), as FormTemplate prints it.
QStringList printedValues(const QVariantMap& fields)
{
    QStringList out;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value().typeId() == QMetaType::QVariantList) {
            for (const QVariant& row : it.value().toList()) {
                if (row.typeId() == QMetaType::QVariantMap)
                    out << printedValues(row.toMap());
                else
                    out << FormTemplate::text(row);
            }
        } else {
            out << FormTemplate::text(it.value());
        }
    }
    return out;
}

} // namespace

class TestResidenceDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!tool(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is required");
        QVERIFY2(!tool(QStringLiteral("pdfimages")).isEmpty(), "pdfimages (poppler-utils) is required");
        QVERIFY(m_dir.isValid());
        // MOTCUA_KEEP_DOCUMENTS=1 keeps the rendered PDFs for a look.
        if (qEnvironmentVariableIsSet("MOTCUA_KEEP_DOCUMENTS")) {
            m_dir.setAutoRemove(false);
            qInfo("rendered forms kept in %s", qPrintable(m_dir.path()));
        }
    }

    void templateLanguage()
    {
        const QVariantMap f{
            {QStringLiteral("name"), QStringLiteral("<b>Lê & Trần</b>")},
            {QStringLiteral("rows"), QVariantList{QVariantMap{{QStringLiteral("x"), QStringLiteral("a")}},
                                                  QVariantMap{{QStringLiteral("x"), QStringLiteral("b")}}}},
            {QStringLiteral("flag"), true},
            {QStringLiteral("empty"), QString()},
            {QStringLiteral("multi"), QStringLiteral("dòng 1\ndòng 2")}};
        QCOMPARE(FormTemplate::fill(QStringLiteral("{{name}}"), f), QStringLiteral("&lt;b&gt;Lê &amp; Trần&lt;/b&gt;"));
        QCOMPARE(FormTemplate::fill(QStringLiteral("{{#rows}}[{{index}}{{x}}]{{/rows}}"), f),
                 QStringLiteral("[1a][2b]"));
        QCOMPARE(FormTemplate::fill(QStringLiteral("{{?rows}}<t>{{#rows}}{{x}}{{/rows}}</t>{{/rows}}"), f),
                 QStringLiteral("<t>ab</t>"));
        QCOMPARE(FormTemplate::fill(QStringLiteral("{{^empty}}none{{/empty}}{{^rows}}no rows{{/rows}}"), f),
                 QStringLiteral("none"));
        QCOMPARE(FormTemplate::fill(QStringLiteral("{{#flag}}yes{{/flag}}{{#empty}}never{{/empty}}"), f),
                 QStringLiteral("yes"));
        QCOMPARE(FormTemplate::fill(QStringLiteral("{{multi}}"), f), QStringLiteral("dòng 1<br>dòng 2"));
        // A missing value prints a dotted blank to fill by hand, never the placeholder itself.
        const QString missing = FormTemplate::fill(QStringLiteral("Tên: {{missing}}"), f);
        QVERIFY(!missing.contains(QStringLiteral("{{")));
        QVERIFY(missing.startsWith(QStringLiteral("Tên: …")));
        // An unclosed section drops its tag and keeps the text.
        QCOMPARE(FormTemplate::fill(QStringLiteral("{{#rows}}unclosed"), f), QStringLiteral("unclosed"));
        QCOMPARE(FormTemplate::text(QDate(2026, 1, 5)), QStringLiteral("05/01/2026"));
        // Partials come only from the template folder.
        QVERIFY(FormTemplate::load(QStringLiteral("../residence/heading.html")).isEmpty());
        QVERIFY(FormTemplate::fill(QStringLiteral("{{>heading}}"), f)
                    .contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    }

    void everyFormHasItsTemplate()
    {
        for (ResidenceForm form : ResidenceForms::all()) {
            const QString text = FormTemplate::load(ResidenceForms::templateFile(form));
            QVERIFY2(!text.isEmpty(), qPrintable(ResidenceForms::code(form)));
            // Every key the form declares is used by its template (directly or in a section).
            for (const QString& key : ResidenceForms::fieldKeys(form)) {
                const QString withPartials = FormTemplate::load(QStringLiteral("heading.html")) +
                                             FormTemplate::load(QStringLiteral("signature.html")) + text;
                QVERIFY2(withPartials.contains(QStringLiteral("{{") + key + QStringLiteral("}}")) ||
                             withPartials.contains(QStringLiteral("{{#") + key + QStringLiteral("}}")),
                         qPrintable(ResidenceForms::code(form) + QStringLiteral(": ") + key));
            }
        }
    }

    void renderedFormsHoldTheirFields_data()
    {
        QTest::addColumn<int>("form");
        for (ResidenceForm form : ResidenceForms::all())
            QTest::newRow(qPrintable(ResidenceForms::code(form))) << int(form);
    }

    void renderedFormsHoldTheirFields()
    {
        QFETCH(int, form);
        const auto f = ResidenceForm(form);
        const QVariantMap fields = fieldsFor(f);
        const QString path = m_dir.filePath(ResidenceForms::code(f) + QStringLiteral(".pdf"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(FormRenderer::writePdf(f, fields, path, &error), qPrintable(error));
        const qint64 ms = timer.elapsed();
        qInfo("%s rendered in %lld ms (%lld bytes)", qPrintable(ResidenceForms::code(f)), ms, QFileInfo(path).size());

        QCOMPARE(pdfPages(path), 1);
        QVERIFY2(pageSize(path).contains(QStringLiteral("(A4)")), qPrintable(pageSize(path)));
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext extracted nothing");
        QVERIFY2(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(text.contains(QStringLiteral("Mẫu ") + ResidenceForms::code(f)));
        for (const QString& value : printedValues(fields))
            QVERIFY2(text.contains(value.simplified()),
                     qPrintable(ResidenceForms::code(f) + QStringLiteral(" lacks \"") + value + QStringLiteral("\"")));
        QVERIFY2(!text.contains(QStringLiteral("{{")), "a placeholder was left unfilled");
        QVERIFY2(!text.contains(QStringLiteral("……")), "a field was left blank");
    }

    void fieldsAreEscaped()
    {
        QVariantMap f = fieldsFor(ResidenceForm::CT08);
        f.insert(QStringLiteral("full_name"), QStringLiteral("<i>Trần</i> & <img src=x>"));
        const QString html = FormRenderer::html(ResidenceForm::CT08, f);
        QVERIFY(html.contains(QStringLiteral("&lt;i&gt;Trần&lt;/i&gt; &amp; &lt;img src=x&gt;")));
        const QString path = m_dir.filePath(QStringLiteral("escaped.pdf"));
        QVERIFY(FormRenderer::writePdf(ResidenceForm::CT08, f, path));
        QVERIFY(pdfText(path).contains(QStringLiteral("<i>Trần</i> & <img src=x>")));
    }

    void receiptQrCarriesTheCaseNumber()
    {
        const QVariantMap fields = fieldsFor(ResidenceForm::CT04);
        const QString path = m_dir.filePath(QStringLiteral("qr-ct04.pdf"));
        QVERIFY(FormRenderer::writePdf(ResidenceForm::CT04, fields, path));
        QProcess p;
        p.start(tool(QStringLiteral("pdfimages")),
                {QStringLiteral("-png"), path, m_dir.filePath(QStringLiteral("img"))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList images = QDir(m_dir.path()).entryList({QStringLiteral("img-*.png")});
        QCOMPARE(images.size(), 1);
        const QImage image(m_dir.filePath(images.first()));
        QVERIFY(!image.isNull());

        // Read the embedded image back module by module (4-module quiet zone on each side) and compare it with the
        // QR code of the case number — and not of anything else.
        const motcua::documents::QrCode expected =
            motcua::documents::QrCode::encode(fields.value(QStringLiteral("case_number")).toString().toUtf8());
        QVERIFY(expected.isValid());
        const int n = expected.size();
        QCOMPARE(image.width(), image.height());
        const double unit = double(image.width()) / (n + 8);
        int mismatches = 0;
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x) {
                const QColor c = image.pixelColor(int((x + 4.5) * unit), int((y + 4.5) * unit));
                if ((c.lightness() < 128) != expected.module(x, y))
                    ++mismatches;
            }
        QCOMPARE(mismatches, 0);
        const motcua::documents::QrCode other = motcua::documents::QrCode::encode("CT-2026-000999");
        QCOMPARE(other.size(), n);
        int differences = 0;
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x)
                differences += other.module(x, y) != expected.module(x, y);
        QVERIFY(differences > 0);

        // With a real decoder (zbar-tools, in installer/packages-test.txt) the page as printed decodes.
        const QString zbar = tool(QStringLiteral("zbarimg"));
        if (!zbar.isEmpty() && !tool(QStringLiteral("pdftoppm")).isEmpty()) {
            QProcess raster;
            raster.start(tool(QStringLiteral("pdftoppm")),
                         {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), path,
                          m_dir.filePath(QStringLiteral("page"))});
            QVERIFY(raster.waitForFinished(30000));
            QProcess decode;
            decode.start(zbar,
                         {QStringLiteral("-q"), QStringLiteral("--raw"), m_dir.filePath(QStringLiteral("page-1.png"))});
            QVERIFY(decode.waitForFinished(30000));
            QCOMPARE(QString::fromUtf8(decode.readAllStandardOutput()).trimmed(),
                     fields.value(QStringLiteral("case_number")).toString());
        }
    }

    void writeIsAtomic()
    {
        // A failed write leaves nothing behind and says what to do.
        QString error;
        const QString missingDir = m_dir.filePath(QStringLiteral("no/such/folder/ct04.pdf"));
        QVERIFY(!FormRenderer::writePdf(ResidenceForm::CT04, fieldsFor(ResidenceForm::CT04), missingDir, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(missingDir));

        // Rewriting replaces the old file in one step; no temporary files stay in the folder.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ct08.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();
        QVERIFY(FormRenderer::writePdf(ResidenceForm::CT08, fieldsFor(ResidenceForm::CT08), path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("ct08.pdf")});
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QVERIFY(check.readAll().startsWith("%PDF-"));
    }

    void overrideTemplateWins()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("ct08.html")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<p>Mẫu sửa đổi: {{full_name}}</p>");
        file.close();
        FormTemplate::setOverrideDirectory(dir.path());
        const QString html = FormRenderer::html(ResidenceForm::CT08, fieldsFor(ResidenceForm::CT08));
        FormTemplate::setOverrideDirectory(QString());
        QCOMPARE(html, QStringLiteral("<p>Mẫu sửa đổi: Bùi Thị Thủy</p>"));
        QVERIFY(FormRenderer::html(ResidenceForm::CT08, fieldsFor(ResidenceForm::CT08))
                    .contains(QStringLiteral("THÔNG BÁO")));
    }

    void inMemoryPdf()
    {
        const QByteArray bytes = FormRenderer::pdf(ResidenceForm::CT07, fieldsFor(ResidenceForm::CT07));
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("%%EOF"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestResidenceDocuments)
#include "test_residence_documents.moc"
