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

// What one fill may cost: sections nest at most kMaxNesting deep (deeper ones are dropped), at most kMaxTags tags
// are expanded, at most kMaxScanned characters are read looking for closing tags (many unmatched openers would
// otherwise cost quadratic time) and the output stops growing at kMaxOutput characters, so a hostile template (lists
// nested in lists, partials including themselves twice) cannot exhaust memory or time. Real forms use a few levels, a
// few hundred tags and a few thousand characters.
constexpr int kMaxNesting = 8;
constexpr qsizetype kMaxTags = 20000;
constexpr qsizetype kMaxOutput = 4 * 1024 * 1024;
constexpr qsizetype kMaxScanned = 4 * 1024 * 1024;

struct Budget
{
    qsizetype produced = 0;
    qsizetype tags = 0;
    qsizetype scanned = 0; // characters read looking for closing tags
    bool exhausted() const { return produced > kMaxOutput || tags > kMaxTags || scanned > kMaxScanned; }
};

// The position of the {{/name}} closing `open`, skipping nested sections of the same name. Each marker is searched
// for again only once the scan has passed it, so the whole search is linear in the text.
qsizetype findClose(const QString& text, const QString& name, qsizetype from, Budget& budget)
{
    const QString openers[3] = {QStringLiteral("{{#") + name + QStringLiteral("}}"),
                                QStringLiteral("{{^") + name + QStringLiteral("}}"),
                                QStringLiteral("{{?") + name + QStringLiteral("}}")};
    const QString close = QStringLiteral("{{/") + name + QStringLiteral("}}");
    qsizetype nextOpen[3];
    for (int i = 0; i < 3; ++i)
        nextOpen[i] = text.indexOf(openers[i], from);
    qsizetype c = text.indexOf(close, from);
    int depth = 1;
    while (c >= 0) {
        int first = -1;
        for (int i = 0; i < 3; ++i)
            if (nextOpen[i] >= 0 && (first < 0 || nextOpen[i] < nextOpen[first]))
                first = i;
        if (first >= 0 && nextOpen[first] < c) {
            ++depth;
            nextOpen[first] = text.indexOf(openers[first], nextOpen[first] + openers[first].size());
            continue;
        }
        if (--depth == 0) {
            budget.scanned += c - from;
            return c;
        }
        c = text.indexOf(close, c + close.size());
    }
    budget.scanned += text.size() - from;
    return -1;
}

QString render(const QString& text, const QVariantMap& fields, int depth, int nesting, Budget& budget);

// Appends a piece of output while the budget lasts (nested renders count their own pieces).
void append(QString& out, const QString& piece, Budget& budget)
{
    if (budget.exhausted())
        return;
    budget.produced += piece.size();
    out += piece;
}

QString render(const QString& text, const QVariantMap& fields, int depth, int nesting, Budget& budget)
{
    QString out;
    qsizetype pos = 0;
    while (pos < text.size() && !budget.exhausted()) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), pos);
        if (open < 0) {
            append(out, text.mid(pos), budget);
            break;
        }
        append(out, text.mid(pos, open - pos), budget);
        const qsizetype end = text.indexOf(QStringLiteral("}}"), open + 2);
        if (end < 0) { // an unclosed tag is printed as it stands
            append(out, text.mid(open), budget);
            break;
        }
        const QString tag = text.mid(open + 2, end - open - 2).trimmed();
        pos = end + 2;
        ++budget.tags;
        if (tag.isEmpty())
            continue;
        const QChar kind = tag.at(0);
        if (kind == u'>') {
            if (depth < kMaxDepth)
                out += render(FormTemplate::load(tag.mid(1).trimmed() + QStringLiteral(".html")), fields, depth + 1,
                              nesting, budget); // already counted
            continue;
        }
        if (kind == u'#' || kind == u'^' || kind == u'?') {
            const QString name = tag.mid(1).trimmed();
            const qsizetype close = findClose(text, name, pos, budget);
            if (close < 0)
                continue; // unmatched section: drop the tag
            const QString inner = text.mid(pos, close - pos);
            pos = close + name.size() + 5;
            if (nesting >= kMaxNesting)
                continue; // nested too deep: the section is dropped
            const QVariant value = fields.value(name);
            if (kind == u'^') {
                if (isEmptyValue(value))
                    out += render(inner, fields, depth, nesting + 1, budget); // already counted
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
                    out += render(inner, scope, depth, nesting + 1, budget); // already counted
                }
            } else {
                out += render(inner, fields, depth, nesting + 1, budget); // already counted
            }
            continue;
        }
        if (kind == u'/')
            continue; // stray closing tag
        const QVariant value = fields.value(tag);
        append(out,
               isEmptyValue(value) && value.typeId() != QMetaType::Bool
                   ? blank()
                   : FormTemplate::escape(FormTemplate::text(value)),
               budget);
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
    Budget budget;
    return render(templateText, fields, 0, 0, budget);
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
