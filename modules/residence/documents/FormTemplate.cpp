#include "FormTemplate.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

static void initResidenceTemplates()
{
    Q_INIT_RESOURCE(motcua_residence_templates);
}

namespace motcua::residence::documents {

namespace {

QMutex g_overrideMutex;
QString g_overrideDirectory;

// Partials may include partials; this bounds a template that includes itself.
constexpr int kMaxDepth = 8;

// The blank printed for a missing value, as on paper forms filled by hand.
QString blank()
{
    return QStringLiteral("……………………");
}

bool isEmptyValue(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.typeId() == QMetaType::QVariantList)
        return value.toList().isEmpty();
    if (value.typeId() == QMetaType::Bool)
        return !value.toBool();
    return FormTemplate::text(value).trimmed().isEmpty();
}

// The position of the {{/name}} closing `open`, skipping nested sections of the same name.
qsizetype findClose(const QString& text, const QString& name, qsizetype from)
{
    const QString openA = QStringLiteral("{{#") + name + QStringLiteral("}}");
    const QString openB = QStringLiteral("{{^") + name + QStringLiteral("}}");
    const QString openC = QStringLiteral("{{?") + name + QStringLiteral("}}");
    const QString close = QStringLiteral("{{/") + name + QStringLiteral("}}");
    int depth = 1;
    qsizetype pos = from;
    while (true) {
        const qsizetype c = text.indexOf(close, pos);
        if (c < 0)
            return -1;
        qsizetype o = -1;
        for (const QString& opener : {openA, openB, openC}) {
            const qsizetype at = text.indexOf(opener, pos);
            if (at >= 0 && (o < 0 || at < o))
                o = at;
        }
        if (o >= 0 && o < c) {
            ++depth;
            pos = o + openA.size();
            continue;
        }
        if (--depth == 0)
            return c;
        pos = c + close.size();
    }
}

QString render(const QString& text, const QVariantMap& fields, int depth)
{
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), pos);
        if (open < 0) {
            out += text.mid(pos);
            break;
        }
        out += text.mid(pos, open - pos);
        const qsizetype end = text.indexOf(QStringLiteral("}}"), open + 2);
        if (end < 0) { // an unclosed tag is printed as it stands
            out += text.mid(open);
            break;
        }
        const QString tag = text.mid(open + 2, end - open - 2).trimmed();
        pos = end + 2;
        if (tag.isEmpty())
            continue;
        const QChar kind = tag.at(0);
        if (kind == u'>') {
            if (depth < kMaxDepth)
                out += render(FormTemplate::load(tag.mid(1).trimmed() + QStringLiteral(".html")), fields, depth + 1);
            continue;
        }
        if (kind == u'#' || kind == u'^' || kind == u'?') {
            const QString name = tag.mid(1).trimmed();
            const qsizetype close = findClose(text, name, pos);
            if (close < 0)
                continue; // unmatched section: drop the tag
            const QString inner = text.mid(pos, close - pos);
            pos = close + name.size() + 5;
            const QVariant value = fields.value(name);
            if (kind == u'^') {
                if (isEmptyValue(value))
                    out += render(inner, fields, depth);
                continue;
            }
            if (isEmptyValue(value))
                continue;
            if (value.typeId() == QMetaType::QVariantList && kind == u'#') {
                int index = 0;
                for (const QVariant& row : value.toList()) {
                    QVariantMap scope = fields;
                    const QVariantMap rowFields = row.toMap();
                    for (auto it = rowFields.cbegin(); it != rowFields.cend(); ++it)
                        scope.insert(it.key(), it.value());
                    if (rowFields.isEmpty())
                        scope.insert(QStringLiteral("item"), row);
                    scope.insert(QStringLiteral("index"), ++index);
                    out += render(inner, scope, depth);
                }
            } else {
                out += render(inner, fields, depth);
            }
            continue;
        }
        if (kind == u'/')
            continue; // stray closing tag
        const QVariant value = fields.value(tag);
        out += isEmptyValue(value) && value.typeId() != QMetaType::Bool
                   ? blank()
                   : FormTemplate::escape(FormTemplate::text(value));
    }
    return out;
}

} // namespace

QString FormTemplate::overrideDirectory()
{
    QMutexLocker lock(&g_overrideMutex);
    return g_overrideDirectory;
}

void FormTemplate::setOverrideDirectory(const QString& directory)
{
    QMutexLocker lock(&g_overrideMutex);
    g_overrideDirectory = directory;
}

QString FormTemplate::load(const QString& fileName)
{
    if (fileName.contains(u'/') || fileName.contains(u'\\'))
        return {}; // names only: a template never reaches outside its folder
    const QString dir = overrideDirectory();
    if (!dir.isEmpty()) {
        QFile file(QDir(dir).filePath(fileName));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    initResidenceTemplates();
    QFile builtIn(QStringLiteral(":/motcua/residence/") + fileName);
    if (!builtIn.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(builtIn.readAll());
}

QString FormTemplate::fill(const QString& templateText, const QVariantMap& fields)
{
    return render(templateText, fields, 0);
}

QString FormTemplate::text(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"));
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("X") : QString();
    default:
        return value.toString();
    }
}

QString FormTemplate::escape(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"));
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return escaped;
}

} // namespace motcua::residence::documents
