// Test helper: reads the gold TSV files of testdata/event/ (see its
// README.md): rows of tab-separated columns, `#` comments and trailing
// "# note" columns dropped.
#ifndef TOOLS_EVENT_GOLD_H_
#define TOOLS_EVENT_GOLD_H_

#include <string>
#include <vector>

namespace quotes {
namespace testing {

// The rows of testdata/event/NAME; fails the current test when unreadable.
std::vector<std::vector<std::string>> ReadEventGold(const std::string& name);

// "testdata/event/NAME", as the tests see the event's files.
std::string EventPath(const std::string& name);

// The file name of a path ("a/b/c.txt" -> "c.txt").
std::string BaseName(const std::string& path);

}  // namespace testing
}  // namespace quotes

#endif  // TOOLS_EVENT_GOLD_H_
