#include "checkin.h"

#include <algorithm>

namespace painpace {

void sortUnorderedLists(CheckIn& checkIn) {
    std::sort(checkIn.triggers.begin(), checkIn.triggers.end(),
              [](const TriggerRating& a, const TriggerRating& b) {
                  return a.triggerCode < b.triggerCode;
              });
    std::sort(checkIn.redFlags.begin(), checkIn.redFlags.end());
}

} // namespace painpace
