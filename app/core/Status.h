#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace motcua {

/// Outcome of an operation that can fail: a code (equal to the CLI exit code) and a translated message.
class [[nodiscard]] Status
{
public:
    // Values are the motcua-cli exit codes of the CLI contract.
    enum class Code
    {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        NoCard = 3,
        CardAccessDenied = 4,
        SecurityCheckFailed = 5,
        CardCommunicationLost = 6,
        PermissionDenied = 7,
        InputRejected = 8,
    };

    Status() = default;
    Status(Code code, QString message, QString details = {})
        : m_code(code), m_message(std::move(message)), m_details(std::move(details))
    {}

    static Status ok() { return {}; }
    static Status failed(QString message, QString details = {})
    {
        return {Code::Failed, std::move(message), std::move(details)};
    }

    bool isOk() const { return m_code == Code::Ok; }
    explicit operator bool() const { return isOk(); }
    Code code() const { return m_code; }
    int exitCode() const { return static_cast<int>(m_code); }
    /// One translated sentence for the user: what happened and what to do.
    const QString& message() const { return m_message; }
    /// Technical detail for the "Details" expander and support; never personal data.
    const QString& details() const { return m_details; }

private:
    Code m_code = Code::Ok;
    QString m_message;
    QString m_details;
};

/// A value or the Status explaining why there is none.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status status) : m_status(std::move(status)) { Q_ASSERT(!m_status.isOk()); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Status& status() const { return m_status; }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace motcua
