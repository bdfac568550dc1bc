#pragma once

#include <QString>

#include "diary/validationissue.h"

namespace painpace {

// Runs a validator written for one record and re-throws its issues with the record's place in
// the file in front of each field ("checkIns[3]" + "pain" → "checkIns[3].pain"), so the person
// reading the message knows which record to fix.
template <typename Validate> void validateUnder(const QString& path, Validate&& validate) {
    try {
        validate();
    } catch (const ValidationError& error) {
        ValidationIssues issues;
        for (const ValidationIssue& issue : error.issues()) {
            const QString field =
                issue.field.isEmpty() ? path : path + QLatin1Char('.') + issue.field;
            issues.append({field, QStringLiteral("%1: %2").arg(field, issue.message)});
        }
        throw ValidationError(issues);
    }
}

} // namespace painpace
