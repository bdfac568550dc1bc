#pragma once

#include <QString>

#include <functional>

#include "diary/validationissue.h"

namespace painpace::testing {

// The issues an action threw, or none. Lets a test check the exact place and words of a refusal.
inline ValidationIssues issuesOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const ValidationError& error) {
        return error.issues();
    }
    return {};
}

} // namespace painpace::testing
