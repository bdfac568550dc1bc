#pragma once

#include <QList>
#include <QString>

#include <stdexcept>

namespace painpace {

// A field that failed validation and a sentence a person can act on. `field` names the value the
// way a form knows it ("pain", "spasms[1].count") so the UI can show the message next to it.
struct ValidationIssue {
    QString field;
    QString message;

    bool operator==(const ValidationIssue&) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

// Thrown by the core when asked to store something invalid; nothing has been written.
class ValidationError : public std::runtime_error {
public:
    explicit ValidationError(ValidationIssues issues);
    const ValidationIssues& issues() const { return m_issues; }
    QString message() const;

private:
    ValidationIssues m_issues;
};

} // namespace painpace
