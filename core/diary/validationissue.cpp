#include "validationissue.h"

#include <QStringList>

namespace painpace {

namespace {
QString joined(const ValidationIssues& issues) {
    QStringList parts;
    for (const auto& issue : issues)
        parts << issue.message;
    return parts.join(QLatin1Char(' '));
}
} // namespace

ValidationError::ValidationError(ValidationIssues issues)
    : std::runtime_error(joined(issues).toStdString())
    , m_issues(std::move(issues)) {}

QString ValidationError::message() const {
    return joined(m_issues);
}

} // namespace painpace
