#include "export/xml_writer.h"

#include "base/error.h"
#include "base/utf8.h"

namespace akg {

namespace {

std::string escape(std::string_view s, bool attribute) {
  std::string clean = utf8::sanitize(s);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      // A raw CR is turned into LF by every parser's line-end handling.
      case '\r': out += "&#13;"; break;
      // In attributes, parsers replace raw tabs and newlines with spaces.
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string xmlAttributeText(std::string_view s) { return escape(s, true); }
std::string xmlContentText(std::string_view s) { return escape(s, false); }

XmlWriter::XmlWriter(std::ostream& out) : out_(out) { out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"; }

void XmlWriter::indent() {
  out_ << '\n';
  for (size_t i = 0; i < open_.size(); ++i) out_ << "  ";
}

void XmlWriter::startTag(std::string_view name) {
  indent();
  out_ << '<' << name;
}

void XmlWriter::attribute(std::string_view name, std::string_view value) {
  out_ << ' ' << name << "=\"" << xmlAttributeText(value) << '"';
}

void XmlWriter::open(std::string_view name, XmlAttrs attrs) {
  startTag(name);
  for (const auto& [k, v] : attrs) attribute(k, v);
  out_ << '>';
  open_.emplace_back(name);
}

void XmlWriter::empty(std::string_view name, XmlAttrs attrs) {
  startTag(name);
  for (const auto& [k, v] : attrs) attribute(k, v);
  out_ << "/>";
}

void XmlWriter::text(std::string_view name, XmlAttrs attrs, std::string_view content) {
  startTag(name);
  for (const auto& [k, v] : attrs) attribute(k, v);
  out_ << '>' << xmlContentText(content) << "</" << name << '>';
}

void XmlWriter::close() {
  if (open_.empty()) throw Error("XML writer: close() without an open element");
  std::string name = std::move(open_.back());
  open_.pop_back();
  indent();
  out_ << "</" << name << '>';
}

void XmlWriter::finish(const std::string& what) {
  if (!open_.empty()) throw Error(what + ": XML element <" + open_.back() + "> left open");
  out_ << '\n';
  out_.flush();
  if (!out_) throw Error(what + ": write failed");
}

}  // namespace akg
