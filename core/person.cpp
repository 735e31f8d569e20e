#include "core/person.h"

namespace thana::core {

QString Person::displayName() const
{
    if (nameEn.isEmpty())
        return nameLocal;
    if (nameLocal.isEmpty())
        return nameEn;
    return nameEn + QStringLiteral(" (") + nameLocal + QLatin1Char(')');
}

std::optional<int> Person::ageOnDay(const QDate& day) const
{
    if (birthDate && birthDate->isValid()) {
        int age = day.year() - birthDate->year();
        if (day < QDate(day.year(), birthDate->month(), 1).addDays(birthDate->day() - 1))
            --age;
        return age;
    }
    if (ageYears) {
        if (ageOn.isValid())
            return *ageYears + (day.year() - ageOn.year()) - (day.dayOfYear() < ageOn.dayOfYear() ? 1 : 0);
        return ageYears;
    }
    return std::nullopt;
}

} // namespace thana::core
