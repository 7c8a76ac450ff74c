// Replays the fuzz target linked with it over every file in the directories
// given as arguments (its seed corpus and the inputs that once crashed it),
// one GoogleTest case per file. An input that crashes, trips a sanitizer or
// breaks a FUZZ_CHECK fails the test; the case name is the file's.
//
//   bazel test //quotes/fuzz:pipeline_fuzzer_replay_test
#include <dirent.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "gtest/gtest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::string> FilesIn(const std::string& dir) {
  std::vector<std::string> files;
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return files;
  while (dirent* e = readdir(d)) {
    if (e->d_name[0] != '.') files.push_back(dir + "/" + e->d_name);
  }
  closedir(d);
  std::sort(files.begin(), files.end());
  return files;
}

class ReplayFile : public ::testing::Test {
 public:
  explicit ReplayFile(std::string path) : path_(std::move(path)) {}
  void TestBody() override {
    std::ifstream in(path_, std::ios::binary);
    ASSERT_TRUE(in) << path_;
    const std::string bytes((std::istreambuf_iterator<char>(in)),
                            std::istreambuf_iterator<char>());
    EXPECT_EQ(LLVMFuzzerTestOneInput(
                  reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()),
              0);
  }

 private:
  std::string path_;
};

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  int registered = 0;
  for (int i = 1; i < argc; ++i) {
    for (const std::string& path : FilesIn(argv[i])) {
      ::testing::RegisterTest(argv[i], path.substr(path.rfind('/') + 1).c_str(),
                              nullptr, nullptr, __FILE__, __LINE__,
                              [path]() -> ::testing::Test* { return new ReplayFile(path); });
      ++registered;
    }
  }
  if (registered == 0) {
    std::fprintf(stderr, "replay_test: no input files in the given directories\n");
    return 1;
  }
  return RUN_ALL_TESTS();
}
