#pragma once

#include <QString>
#include <QVariantMap>

namespace motcua::residence::documents {

/// A tiny HTML template language for the residence forms. The templates are data an administrator may edit (the
/// wording of the forms changes with each circular), so they live as .html files: the defaults compiled in from
/// resources/residence/, overridden by a file of the same name in FormTemplate::overrideDirectory() when present.
///
///   {{key}}              the value, HTML-escaped (line breaks become <br>); QDate as dd/MM/yyyy,
///                        QDateTime as HH:mm dd/MM/yyyy; missing keys print as a dotted blank to fill by hand
///   {{#key}}…{{/key}}    a list: repeated once per row (a QVariantMap whose keys join the outer ones, plus
///                        {{index}} counting from 1); any other non-empty value: shown once
///   {{?key}}…{{/key}}    shown once when the value (a list too) is not empty
///   {{^key}}…{{/key}}    shown only when the value is missing or empty
///   {{>name}}            the template name.html inserted here (e.g. the national heading)
class FormTemplate
{
public:
    /// The template's text: the override file when present, else the built-in resource; empty when neither exists.
    static QString load(const QString& fileName);
    /// Where administrator-edited templates are looked for (empty: built-in ones only).
    static QString overrideDirectory();
    static void setOverrideDirectory(const QString& directory);

    /// The template filled in with `fields`; partials come from load().
    static QString fill(const QString& templateText, const QVariantMap& fields);
    /// A value as printed text (not yet escaped).
    static QString text(const QVariant& value);
    static QString escape(const QString& text);
};

} // namespace motcua::residence::documents
