#include "quotes/output/proto_json.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

#include "absl/base/const_init.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

using ::google::protobuf::Descriptor;
using ::google::protobuf::EnumValueDescriptor;
using ::google::protobuf::FieldDescriptor;
using ::google::protobuf::Message;
using ::google::protobuf::Reflection;

// ---- Strings.

constexpr char kHex[] = "0123456789abcdef";

// Bytes copied as they are: printable ASCII but for ", \, < and >.
constexpr std::array<bool, 256> kPlainByte = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = true;
  plain['"'] = plain['\\'] = plain['<'] = plain['>'] = false;
  return plain;
}();

void AppendU16(uint32_t unit, std::string* out) {
  const char escaped[] = {'\\', 'u', kHex[(unit >> 12) & 0xF], kHex[(unit >> 8) & 0xF],
                          kHex[(unit >> 4) & 0xF], kHex[unit & 0xF]};
  out->append(escaped, sizeof(escaped));
}

// Code points beyond ASCII that protobuf writes as \uXXXX although JSON would
// not need it: C1 controls, and invisible or formatting characters that have
// been used to hide text from readers.
bool EscapedBeyondAscii(char32_t cp) {
  if (cp < 0xA0) return true;
  switch (cp) {
    case 0x00AD: case 0x06DD: case 0x070F: case 0x17B4: case 0x17B5:
    case 0xFEFF: case 0xFFF9: case 0xFFFA: case 0xFFFB: case 0xE0001:
      return true;
  }
  return (cp >= 0x0600 && cp <= 0x0603) || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
         (cp >= 0x206A && cp <= 0x206F) || (cp >= 0x1D173 && cp <= 0x1D17A) ||
         (cp >= 0xE0020 && cp <= 0xE007F);
}

// Appends `s` escaped as protobuf's JSON printer escapes it. Returns false on
// malformed UTF-8, which protobuf drops in its own way.
bool AppendEscaped(absl::string_view s, std::string* out) {
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const size_t plain = i;
    while (i < n && kPlainByte[static_cast<unsigned char>(s[i])]) ++i;
    out->append(s.data() + plain, i - plain);
    if (i == n) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      char32_t cp;
      const int len = DecodeUtf8(s, i, &cp);
      if (cp == 0xFFFD && len == 1) return false;
      if (!EscapedBeyondAscii(cp)) {
        out->append(s.data() + i, len);
      } else if (cp >= 0x10000) {  // as a UTF-16 surrogate pair
        AppendU16(0xD800 + ((cp - 0x10000) >> 10), out);
        AppendU16(0xDC00 + ((cp - 0x10000) & 0x3FF), out);
      } else {
        AppendU16(cp, out);
      }
      i += len;
      continue;
    }
    switch (c) {
      case '"': out->append("\\\"", 2); break;
      case '\\': out->append("\\\\", 2); break;
      case '\b': out->append("\\b", 2); break;
      case '\t': out->append("\\t", 2); break;
      case '\n': out->append("\\n", 2); break;
      case '\f': out->append("\\f", 2); break;
      case '\r': out->append("\\r", 2); break;
      default: AppendU16(c, out);  // other controls, DEL, < and >
    }
    ++i;
  }
  return true;
}

// protobuf's SimpleFtoa: FLT_DIG significant digits, or FLT_DIG + 3 when the
// shorter form does not read back as the same float (or reads back only with
// a range error, as subnormal numbers do).
void AppendFloat(float value, std::string* out) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.*g", FLT_DIG, value);
  errno = 0;
  char* end;
  const float back = std::strtof(buffer, &end);
  if (*end != '\0' || errno != 0 || back != value) {
    std::snprintf(buffer, sizeof(buffer), "%.*g", FLT_DIG + 3, value);
  }
  // printf follows the locale's radix character; JSON wants '.'.
  for (char* p = buffer; *p != '\0'; ++p) {
    if (*p == ',') *p = '.';
  }
  out->append(buffer);
}

// ---- What to print of each message type, worked out once per type.

struct MessagePlan;

struct FieldPlan {
  enum Shape {
    kImplicit,  // proto3 singular scalar: printed unless at its default
    kExplicit,  // message, oneof member, `optional`: printed when set
    kRepeated,
    kMap,
  };
  const FieldDescriptor* field;
  Shape shape;
  FieldDescriptor::Type type;  // of the value (a map's: of its values)
  std::string key;             // "\"name\":"
  const FieldDescriptor* map_key = nullptr;
  const FieldDescriptor* map_value = nullptr;
  const MessagePlan* message = nullptr;  // for message values
};

struct MessagePlan {
  // False for the well-known types (protobuf prints them in their own ways)
  // and for messages that can have extensions.
  bool printable = true;
  std::vector<FieldPlan> fields;  // in field-number order
};

using Plans = absl::flat_hash_map<const Descriptor*, std::unique_ptr<MessagePlan>>;

const MessagePlan* BuildPlan(const Descriptor* type, Plans* plans) {
  std::unique_ptr<MessagePlan>& slot = (*plans)[type];
  if (slot != nullptr) return slot.get();
  slot = std::make_unique<MessagePlan>();
  MessagePlan* plan = slot.get();  // `slot` may move as the map grows
  plan->printable = !absl::StartsWith(type->full_name(), "google.protobuf.") &&
                    type->extension_range_count() == 0;
  for (int i = 0; i < type->field_count(); ++i) {
    const FieldDescriptor* field = type->field(i);
    FieldPlan f;
    f.field = field;
    f.key = absl::StrCat("\"", field->name(), "\":");  // names are identifiers
    const FieldDescriptor* value = field;
    if (field->is_map()) {
      f.shape = FieldPlan::kMap;
      f.map_key = field->message_type()->map_key();
      f.map_value = value = field->message_type()->map_value();
    } else if (field->is_repeated()) {
      f.shape = FieldPlan::kRepeated;
    } else if (field->has_presence()) {
      f.shape = FieldPlan::kExplicit;
    } else {
      f.shape = FieldPlan::kImplicit;
    }
    f.type = value->type();
    plan->fields.push_back(std::move(f));
  }
  std::sort(plan->fields.begin(), plan->fields.end(), [](const FieldPlan& a, const FieldPlan& b) {
    return a.field->number() < b.field->number();
  });
  for (FieldPlan& f : plan->fields) {
    const FieldDescriptor* value = f.map_value != nullptr ? f.map_value : f.field;
    if (value->type() == FieldDescriptor::TYPE_MESSAGE) {
      f.message = BuildPlan(value->message_type(), plans);
    }
  }
  return plan;
}

// Plans live as long as the process, like the descriptors they describe.
const MessagePlan* PlanFor(const Descriptor* type) {
  static absl::Mutex mutex(absl::kConstInit);
  static Plans* const plans = new Plans();
  absl::MutexLock lock(&mutex);
  return BuildPlan(type, plans);
}

// ---- Printing.

class Printer {
 public:
  Printer(bool pretty, std::string* out) : pretty_(pretty), out_(out) {}

  bool PrintMessage(const Message& message, const MessagePlan& plan,
                    const FieldDescriptor* skip) {
    if (!plan.printable) return false;
    const Reflection* r = message.GetReflection();
    Open('{');
    for (const FieldPlan& f : plan.fields) {
      if (f.field == skip) continue;
      switch (f.shape) {
        case FieldPlan::kImplicit:
          if (!PrintImplicit(message, r, f)) return false;
          break;
        case FieldPlan::kExplicit:
          if (!r->HasField(message, f.field)) break;
          Key(f);
          if (!PrintValue(message, r, f, -1)) return false;
          break;
        case FieldPlan::kRepeated: {
          const int n = r->FieldSize(message, f.field);
          if (n == 0) break;
          Key(f);
          Open('[');
          for (int i = 0; i < n; ++i) {
            Next();
            if (!PrintValue(message, r, f, i)) return false;
          }
          Close(']');
          break;
        }
        case FieldPlan::kMap:
          if (r->FieldSize(message, f.field) == 0) break;
          Key(f);
          if (!PrintMap(message, r, f)) return false;
          break;
      }
    }
    Close('}');
    return true;
  }

 private:
  // protobuf's layout: with `pretty`, each member on its own line indented by
  // one space per level, and a closing bracket on its own line unless the
  // object or list is empty.
  void Open(char bracket) {
    out_->push_back(bracket);
    first_.push_back(1);
  }
  void Close(char bracket) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) NewLine();
    out_->push_back(bracket);
  }
  void NewLine() {
    if (!pretty_) return;
    out_->push_back('\n');
    out_->append(first_.size(), ' ');
  }
  // Starts a list element or an object member.
  void Next() {
    if (!first_.back()) out_->push_back(',');
    first_.back() = 0;
    NewLine();
  }
  void Key(const FieldPlan& f) {
    Next();
    out_->append(f.key);
    if (pretty_) out_->push_back(' ');
  }

  // A proto3 field without presence is serialized, and so printed, when its
  // value is not the default; for floats, when its bits are not all zero
  // (-0.0 is printed).
  bool PrintImplicit(const Message& message, const Reflection* r, const FieldPlan& f) {
    switch (f.type) {
      case FieldDescriptor::TYPE_UINT32:
      case FieldDescriptor::TYPE_FIXED32: {
        const uint32_t v = r->GetUInt32(message, f.field);
        if (v == 0) return true;
        Key(f);
        absl::StrAppend(out_, v);
        return true;
      }
      case FieldDescriptor::TYPE_BOOL:
        if (r->GetBool(message, f.field)) {
          Key(f);
          out_->append("true", 4);
        }
        return true;
      case FieldDescriptor::TYPE_FLOAT: {
        const float v = r->GetFloat(message, f.field);
        uint32_t bits;
        std::memcpy(&bits, &v, sizeof(bits));
        if (bits == 0) return true;
        Key(f);
        return AppendFloatValue(v);
      }
      case FieldDescriptor::TYPE_STRING: {
        std::string scratch;
        const std::string& s = r->GetStringReference(message, f.field, &scratch);
        if (s.empty()) return true;
        Key(f);
        return AppendString(s);
      }
      case FieldDescriptor::TYPE_ENUM: {
        const int v = r->GetEnumValue(message, f.field);
        if (v == 0) return true;
        Key(f);
        return AppendEnum(f.field, v);
      }
      default:
        // Other types: declined only when they would be printed.
        return !r->HasField(message, f.field);
    }
  }

  bool PrintMap(const Message& message, const Reflection* r, const FieldPlan& f) {
    if (f.map_key->type() != FieldDescriptor::TYPE_STRING) return false;
    // A deterministic serialization, which the output follows, sorts by key.
    std::vector<std::pair<std::string, const Message*>> entries;
    const int n = r->FieldSize(message, f.field);
    entries.reserve(n);
    for (int i = 0; i < n; ++i) {
      const Message& entry = r->GetRepeatedMessage(message, f.field, i);
      entries.emplace_back(entry.GetReflection()->GetString(entry, f.map_key), &entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    FieldPlan value = f;  // the value, printed under each key
    value.field = f.map_value;
    Open('{');
    for (const auto& [name, entry] : entries) {
      // protobuf reads an empty key as a missing one, a case of its own.
      if (name.empty()) return false;
      Next();
      out_->push_back('"');
      if (!AppendEscaped(name, out_)) return false;
      out_->append(pretty_ ? "\": " : "\":");
      // Map values are printed whatever they are, defaults included.
      if (!PrintValue(*entry, entry->GetReflection(), value, -1)) return false;
    }
    Close('}');
    return true;
  }

  // Prints the value of `f` (its element `index` when repeated, else -1).
  bool PrintValue(const Message& message, const Reflection* r, const FieldPlan& f, int index) {
    const bool repeated = index >= 0;
    switch (f.type) {
      case FieldDescriptor::TYPE_UINT32:
      case FieldDescriptor::TYPE_FIXED32:
        absl::StrAppend(out_, repeated ? r->GetRepeatedUInt32(message, f.field, index)
                                       : r->GetUInt32(message, f.field));
        return true;
      case FieldDescriptor::TYPE_BOOL: {
        const bool b = repeated ? r->GetRepeatedBool(message, f.field, index)
                                : r->GetBool(message, f.field);
        out_->append(b ? "true" : "false");
        return true;
      }
      case FieldDescriptor::TYPE_FLOAT:
        return AppendFloatValue(repeated ? r->GetRepeatedFloat(message, f.field, index)
                                         : r->GetFloat(message, f.field));
      case FieldDescriptor::TYPE_STRING: {
        std::string scratch;
        return AppendString(
            repeated ? r->GetRepeatedStringReference(message, f.field, index, &scratch)
                     : r->GetStringReference(message, f.field, &scratch));
      }
      case FieldDescriptor::TYPE_ENUM:
        return AppendEnum(f.field, repeated ? r->GetRepeatedEnumValue(message, f.field, index)
                                            : r->GetEnumValue(message, f.field));
      case FieldDescriptor::TYPE_MESSAGE:
        return PrintMessage(repeated ? r->GetRepeatedMessage(message, f.field, index)
                                     : r->GetMessage(message, f.field),
                            *f.message, nullptr);
      default:
        return false;
    }
  }

  bool AppendString(const std::string& s) {
    out_->push_back('"');
    if (!AppendEscaped(s, out_)) return false;
    out_->push_back('"');
    return true;
  }
  bool AppendFloatValue(float v) {
    if (!std::isfinite(v)) return false;
    AppendFloat(v, out_);
    return true;
  }
  bool AppendEnum(const FieldDescriptor* field, int number) {
    const EnumValueDescriptor* v = field->enum_type()->FindValueByNumber(number);
    if (v == nullptr) return false;
    out_->push_back('"');
    out_->append(v->name());  // enum value names are identifiers
    out_->push_back('"');
    return true;
  }

  const bool pretty_;
  std::string* const out_;
  std::string first_;  // per open bracket: 1 while nothing is written inside
};

}  // namespace

bool AppendProtoJson(const Message& message, bool pretty, std::string* out,
                     const FieldDescriptor* skip) {
  const size_t size = out->size();
  Printer printer(pretty, out);
  if (!printer.PrintMessage(message, *PlanFor(message.GetDescriptor()), skip)) {
    out->resize(size);
    return false;
  }
  if (pretty) out->push_back('\n');
  return true;
}

}  // namespace quotes
