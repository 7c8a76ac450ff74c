// One side of an A/B of two builds of the pipeline (tools/ab_builds.sh).
//
//   pipeline_turns ROUNDS CHUNK 3<turn_in 4>turn_out
//
// Two builds of this file, from two revisions, run on one core and pass a
// byte back and forth through pipes: each waits for the byte on fd 3, runs
// the pipeline over the next CHUNK articles of the news corpus (as
// pipeline_benchmark's BM_Pipeline does), and writes the byte to fd 4. So
// they take turns a few milliseconds at a time and both see every state of
// the machine, which on a virtual machine drifts by more between two runs
// than most changes weigh. After ROUNDS passes over the corpus (and one
// untimed pass first) it prints its milliseconds per pass on stdout.
//
// It uses only Pipeline's public interface and corpus.h, so that the script
// can build it at revisions older than itself.
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "google/protobuf/arena.h"
#include "quotes/benchmark/corpus.h"
#include "quotes/output/record_binary.h"
#include "quotes/pipeline.h"

namespace {

double Seconds() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc == 3 ? std::atoi(argv[1]) : 0;
  const int chunk = argc == 3 ? std::atoi(argv[2]) : 0;
  if (rounds < 1 || chunk < 1) {
    std::fprintf(stderr, "usage: pipeline_turns ROUNDS CHUNK 3<turn_in 4>turn_out\n");
    return 2;
  }
  const std::vector<std::string> corpus =
      quotes::MakeCorpus(size_t{8} << 20, 6000, quotes::CorpusMix::kNews);
  auto pipeline = quotes::Pipeline::Create();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "pipeline_turns: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  std::string serialized;
  size_t bytes = 0;
  auto run = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      google::protobuf::Arena arena;
      auto* r = google::protobuf::Arena::CreateMessage<quotes::ArticleQuotes>(&arena);
      if (!(*pipeline)->RunInto(corpus[k], quotes::Article(), r).ok()) std::abort();
      serialized.clear();
      quotes::AppendArticleQuotes(*r, &serialized);
      bytes += serialized.size();
    }
  };
  run(0, corpus.size());  // untimed: caches, allocator, lexicon
  double total = 0;
  char turn = 0;
  for (int r = 0; r < rounds; ++r) {
    for (size_t c = 0; c < corpus.size(); c += static_cast<size_t>(chunk)) {
      if (read(3, &turn, 1) != 1) {
        std::fprintf(stderr, "pipeline_turns: no turn on fd 3\n");
        return 1;
      }
      const double start = Seconds();
      run(c, std::min(corpus.size(), c + static_cast<size_t>(chunk)));
      total += Seconds() - start;
      if (write(4, &turn, 1) != 1) {
        std::fprintf(stderr, "pipeline_turns: cannot pass the turn on fd 4\n");
        return 1;
      }
    }
  }
  std::printf("%.2f\n", 1e3 * total / rounds);
  return bytes == 0;
}
