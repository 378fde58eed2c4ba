#pragma once

#include <QByteArray>
#include <QString>

// Hex helpers for byte-for-byte assertions against published vectors.
inline QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

inline QString upperHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex().toUpper());
}
