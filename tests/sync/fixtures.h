#pragma once

// Shared helpers of the sync suite: readable Catch2 output for Qt types and the
// fields and rules of a refusal.

#include "core/result.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) { return "[" + l.join(QStringLiteral(", ")).toStdString() + "]"; }
};
template<>
struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime& t) { return t.toString(Qt::ISODateWithMs).toStdString(); }
};
} // namespace Catch

namespace thana::test {

inline QStringList rulesOf(const core::Error& e)
{
    QStringList rules;
    for (const core::Violation& v : e.violations)
        rules << v.rule;
    return rules;
}

inline QStringList fieldsOf(const core::Error& e)
{
    QStringList fields;
    for (const core::Violation& v : e.violations)
        fields << v.field;
    return fields;
}

} // namespace thana::test
