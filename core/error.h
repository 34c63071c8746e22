#pragma once

#include <QString>

#include <expected>

namespace pontive {

enum class ErrorCode {
    BadInput,      // the caller's data is wrong: a row, a URL, an argument
    NotFound,
    Conflict,      // would break a uniqueness or overlap rule
    Refused,       // valid, but not allowed in this state (e.g. demo into a full store)
    Io,
    Database,
    SchemaTooNew,
    NotADatabase,
    ReadOnly,
    Unreachable,
    Timeout,
    NotAuthorized,
    NotSupported,
    Internal,
};

// What crosses a module border when something fails: a code to branch on, a translated
// message for the operator and an English detail for the log.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    static Error make(ErrorCode code, QString message, QString detail = {})
    {
        return Error{code, std::move(message), std::move(detail)};
    }
    // The message with the detail appended, for command-line output and logs.
    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

template <class T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return std::unexpected(Error::make(code, std::move(message), std::move(detail)));
}

} // namespace pontive
