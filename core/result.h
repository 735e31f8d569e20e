#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace thana::core {

/// One broken rule: the field it concerns, a stable rule id and a translated message.
struct Violation {
    QString field;
    QString rule;
    QString message;
};

/// Why an operation failed. `message` is translated and meant for the user;
/// `violations` lists every broken rule when the failure is a validation one.
struct Error {
    QString code;
    QString message;
    QList<Violation> violations;

    /// The message followed by each violation on its own line.
    QString describe() const
    {
        QString text = message;
        for (const Violation& v : violations)
            text += QLatin1Char('\n') + v.message;
        return text;
    }
};

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &std::get<T>(m_data); }
    T* operator->() { return &std::get<T>(m_data); }
    const T& operator*() const& { return std::get<T>(m_data); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace thana::core
