#include "quotes/match/word_aligner.h"

#include <algorithm>
#include <limits>

#include "absl/container/flat_hash_map.h"

namespace quotes {
namespace {

// Scores, in units of one matched word = +2. A substitution is cheaper than
// an insertion plus a deletion, so a changed word shows as one SUBSTITUTE;
// a gap is cheap to extend, so an elision of a clause stays one gap while a
// splice from far away (gap cost > the words it would gain) does not.
constexpr float kMatch = 2.0f;
constexpr float kSubstitute = -1.5f;
constexpr float kInsert = -2.0f;
// A bracketed word replaces a source word ("[Putin]" for "he") a little more
// readily than it stands alone.
constexpr float kBracketSub = -0.4f;
constexpr float kBracketIns = -0.5f;
constexpr float kGapOpen = -2.0f;
constexpr float kGapExtend = -0.3f;
constexpr float kNegInf = -std::numeric_limits<float>::infinity();

enum Move : uint8_t { kStart, kDiag, kIns, kDel, kSkip };

}  // namespace

Alignment AlignWords(const TokenSeq& quote, int q_begin, int q_end,
                     const TokenSeq& source, int s_begin, int s_end) {
  Alignment result;
  const int m = std::max(0, q_end - q_begin);
  const int n = std::max(0, s_end - s_begin);
  for (int i = q_begin; i < q_end; ++i) {
    const MatchToken& t = quote.tokens[i];
    if (!t.is(MatchToken::kEllipsis) && !t.is(MatchToken::kBracketed)) ++result.quote_words;
  }
  if (m == 0) return result;

  const int w = n + 1;
  std::vector<float> h((m + 1) * w, kNegInf), e((m + 1) * w, kNegInf);
  std::vector<uint8_t> h_move((m + 1) * w, kStart), e_from_e((m + 1) * w, 0);
  std::vector<int> skip_from((m + 1) * w, 0);
  for (int j = 0; j <= n; ++j) h[j] = 0;  // free start in the source
  for (int i = 1; i <= m; ++i) {
    const MatchToken& qt = quote.tokens[q_begin + i - 1];
    float* hi = &h[i * w];
    const float* hp = &h[(i - 1) * w];
    if (qt.is(MatchToken::kEllipsis)) {
      // The marker stands for any run of source words, empty included.
      float best = kNegInf;
      int best_j = 0;
      for (int j = 0; j <= n; ++j) {
        if (hp[j] >= best) {  // latest: the marker covers the fewest words
          best = hp[j];
          best_j = j;
        }
        hi[j] = best;
        h_move[i * w + j] = kSkip;
        skip_from[i * w + j] = best_j;
      }
      continue;
    }
    const bool bracketed = qt.is(MatchToken::kBracketed);
    const float ins = bracketed ? kBracketIns : kInsert;
    float* ei = &e[i * w];
    for (int j = 0; j <= n; ++j) {
      float best = hp[j] + ins;
      uint8_t move = kIns;
      if (j > 0) {
        const MatchToken& st = source.tokens[s_begin + j - 1];
        float sub = st.key == qt.key ? kMatch
                    : bracketed      ? kBracketSub
                                     : kSubstitute;
        if (hp[j - 1] + sub > best) {
          best = hp[j - 1] + sub;
          move = kDiag;
        }
        float open = hi[j - 1] + kGapOpen + kGapExtend;
        float extend = ei[j - 1] + kGapExtend;
        ei[j] = std::max(open, extend);
        e_from_e[i * w + j] = extend > open;
        if (ei[j] > best) {
          best = ei[j];
          move = kDel;
        }
      }
      hi[j] = best;
      h_move[i * w + j] = move;
    }
  }
  int j = 0;
  for (int k = 1; k <= n; ++k) {
    if (h[m * w + k] > h[m * w + j]) j = k;
  }
  result.score = h[m * w + j];

  // Trace back, collecting ops in reverse.
  std::vector<AlignOp> rev;
  int i = m;
  bool in_gap = false;
  while (i > 0) {
    const int q = q_begin + i - 1;
    const int s = s_begin + j - 1;
    if (in_gap) {
      rev.push_back({DiffOp::DELETE, -1, s, s + 1});
      in_gap = e_from_e[i * w + j];
      --j;
      continue;
    }
    switch (h_move[i * w + j]) {
      case kSkip: {
        int from = skip_from[i * w + j];
        rev.push_back({DiffOp::ELLIPSIS, q, s_begin + from, s_begin + j});
        j = from;
        --i;
        break;
      }
      case kDiag: {
        const bool same_key =
            quote.tokens[q].key == source.tokens[s].key &&
            !quote.tokens[q].is(MatchToken::kBracketed);
        DiffOp::Kind kind = DiffOp::SUBSTITUTE;
        if (quote.tokens[q].is(MatchToken::kBracketed)) {
          kind = DiffOp::BRACKET;
        } else if (same_key) {
          kind = quote.Surface(q) == source.Surface(s) ? DiffOp::EQUAL
                                                      : DiffOp::EQUIVALENT;
        }
        rev.push_back({kind, q, s, s + 1});
        --i;
        --j;
        break;
      }
      case kIns:
        rev.push_back({quote.tokens[q].is(MatchToken::kBracketed) ? DiffOp::BRACKET
                                                             : DiffOp::INSERT,
                       q, -1, -1});
        --i;
        break;
      case kDel:
        in_gap = true;
        break;
      default:
        i = 0;
        break;
    }
  }
  std::vector<AlignOp> ops(rev.rbegin(), rev.rend());

  // A bracket replaces the source words deleted right next to it.
  for (size_t k = 0; k < ops.size(); ++k) {
    if (ops[k].kind != DiffOp::BRACKET) continue;
    auto absorb = [&](size_t d) {
      AlignOp& b = ops[k];
      if (b.s < 0) {
        b.s = ops[d].s;
        b.s_end = ops[d].s_end;
      } else {
        b.s = std::min(b.s, ops[d].s);
        b.s_end = std::max(b.s_end, ops[d].s_end);
      }
      ops[d].kind = DiffOp::KIND_UNSPECIFIED;  // dropped below
    };
    for (size_t d = k; d-- > 0 && ops[d].kind == DiffOp::DELETE;) absorb(d);
    for (size_t d = k + 1; d < ops.size() && ops[d].kind == DiffOp::DELETE;
         ++d) {
      absorb(d);
    }
  }
  // An inserted word that the source has, deleted, elsewhere was moved.
  absl::flat_hash_map<uint32_t, std::vector<size_t>> deleted;
  for (size_t k = 0; k < ops.size(); ++k) {
    if (ops[k].kind == DiffOp::DELETE) {
      deleted[source.tokens[ops[k].s].key].push_back(k);
    }
  }
  for (AlignOp& op : ops) {
    if (op.kind != DiffOp::INSERT) continue;
    auto it = deleted.find(quote.tokens[op.q].key);
    if (it == deleted.end() || it->second.empty()) continue;
    AlignOp& del = ops[it->second.back()];
    it->second.pop_back();
    op.kind = DiffOp::MOVED;
    op.s = del.s;
    op.s_end = del.s_end;
    del.kind = DiffOp::KIND_UNSPECIFIED;
  }
  for (const AlignOp& op : ops) {
    if (op.kind == DiffOp::KIND_UNSPECIFIED) continue;
    result.ops.push_back(op);
    if (op.kind == DiffOp::EQUAL || op.kind == DiffOp::EQUIVALENT) {
      ++result.matched;
      if (result.source_begin < 0) result.source_begin = op.s;
      result.source_end = op.s_end;
    }
  }
  return result;
}

Alignment AlignWithPieces(const TokenSeq& quote, int q_begin, int q_end,
                          const TokenSeq& source, int s_begin, int s_end,
                          absl::Span<const std::pair<int, int>> piece_ranges) {
  Alignment main = AlignWords(quote, q_begin, q_end, source, s_begin, s_end);
  if (main.matched == 0) return main;
  // A run of unmatched ops: insertions, substitutions, moves and the
  // deletions between them. The dynamic programme prefers substituting to
  // inserting, so words from elsewhere often show as substitutions.
  auto unmatched = [&](size_t k) {
    DiffOp::Kind kind = main.ops[k].kind;
    return kind == DiffOp::INSERT || kind == DiffOp::SUBSTITUTE ||
           kind == DiffOp::MOVED || kind == DiffOp::DELETE;
  };
  std::vector<AlignOp> ops;
  for (size_t k = 0; k < main.ops.size();) {
    size_t run_end = k;
    int first_q = -1, last_q = -1, words = 0;
    // A lone match between unmatched ops ("not" of "it will not be ...")
    // is a coincidence, not an anchor: the run goes on through it.
    auto lone_match = [&](size_t r) {
      return r > k && r + 1 < main.ops.size() && unmatched(r - 1) &&
             unmatched(r + 1);
    };
    while (run_end < main.ops.size() &&
           (unmatched(run_end) || lone_match(run_end))) {
      if (main.ops[run_end].q >= 0 && unmatched(run_end)) {
        if (first_q < 0) first_q = main.ops[run_end].q;
        last_q = main.ops[run_end].q;
        ++words;
      }
      ++run_end;
    }
    if (words >= kMinPieceWords) {
      Alignment piece;
      for (const auto& [b, e] : piece_ranges) {
        Alignment a = AlignWords(quote, first_q, last_q + 1, source, b, e);
        if (a.score > piece.score || piece.ops.empty()) piece = std::move(a);
      }
      int lone = 0;  // matches of the run that the piece replaces
      for (size_t r = k; r < run_end; ++r) {
        lone += main.ops[r].kind == DiffOp::EQUAL ||
                main.ops[r].kind == DiffOp::EQUIVALENT;
      }
      if (piece.coverage() >= kMinPieceCoverage) {
        ops.insert(ops.end(), piece.ops.begin(), piece.ops.end());
        main.matched += piece.matched - lone;
        k = run_end;
        continue;
      }
    }
    if (run_end == k) run_end = k + 1;
    ops.insert(ops.end(), main.ops.begin() + k, main.ops.begin() + run_end);
    k = run_end;
  }
  main.ops = std::move(ops);
  // The main range is what stayed matched inside [s_begin, s_end).
  main.source_begin = main.source_end = -1;
  for (const AlignOp& op : main.ops) {
    if ((op.kind == DiffOp::EQUAL || op.kind == DiffOp::EQUIVALENT) &&
        op.s >= s_begin && op.s < s_end) {
      if (main.source_begin < 0) main.source_begin = op.s;
      main.source_end = std::max(main.source_end, op.s_end);
    }
  }
  return main;
}

}  // namespace quotes
