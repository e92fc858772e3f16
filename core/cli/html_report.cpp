#include "html_report.h"

#include <algorithm>
#include <cstdio>

#include "text_report.h"

namespace precis::cli {

namespace {

constexpr std::string_view style = R"css(
:root { color-scheme: light dark; --mark: #fff3b0; --ink: #1b1b1b; --paper: #fdfdfb; }
@media (prefers-color-scheme: dark) { :root { --mark: #5a4b00; --ink: #ececec; --paper: #161616; } }
body { font: 17px/1.6 Georgia, serif; color: var(--ink); background: var(--paper); max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2 { font-family: system-ui, sans-serif; }
.article { white-space: pre-wrap; }
[data-selected] { background: color-mix(in srgb, var(--mark) calc(var(--score) * 100%), transparent); border-bottom: 2px solid #b38f00; }
[data-entity] { border-bottom: 1px dotted; }
[data-entity]::after { content: attr(data-entity); font: 10px system-ui, sans-serif; vertical-align: super; margin-left: 1px; opacity: .7; }
[data-entity="PER"] { color: #1f5fbf; } [data-entity="ORG"] { color: #8a3ab9; } [data-entity="LOC"] { color: #1a7f37; }
@media (prefers-color-scheme: dark) { [data-entity="PER"] { color: #7fb0ff; } [data-entity="ORG"] { color: #d2a8ff; } [data-entity="LOC"] { color: #7ee2a8; } }
.keywords li { display: inline; margin-right: 1em; }
)css";

// Where sentences and entities start and end, so the article can be cut into pieces that
// each lie in at most one sentence and one entity.
std::vector<std::size_t> cut_points(std::size_t size, const Result& result) {
  std::vector<std::size_t> cuts = {0, size};
  for (const Sentence& s : result.sentences) {
    cuts.push_back(s.start);
    cuts.push_back(s.end);
  }
  for (const Entity& e : result.entities) {
    cuts.push_back(e.start);
    cuts.push_back(e.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

template <class Item>
int containing(const std::vector<Item>& items, std::size_t offset) {
  const auto it = std::upper_bound(items.begin(), items.end(), offset,
                                   [](std::size_t value, const Item& item) { return value < item.start; });
  if (it == items.begin()) return -1;
  const auto& candidate = *(it - 1);
  return offset < candidate.end ? static_cast<int>(it - 1 - items.begin()) : -1;
}

std::string format_score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", score);
  return buffer;
}

std::string marked_article(std::string_view text, const Result& result) {
  std::string out;
  int open_sentence = -1, open_entity = -1;
  const std::vector<std::size_t> cuts = cut_points(text.size(), result);
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    const int sentence = containing(result.sentences, cuts[k]);
    const int entity = containing(result.entities, cuts[k]);
    if (open_entity >= 0 && (entity != open_entity || sentence != open_sentence)) {
      out += "</span>";
      open_entity = -1;
    }
    if (sentence != open_sentence) {
      if (open_sentence >= 0) out += "</span>";
      open_sentence = sentence;
      if (sentence >= 0) {
        const Sentence& s = result.sentences[static_cast<std::size_t>(sentence)];
        out += "<span data-sentence=\"" + std::to_string(sentence) + "\"";
        if (s.selected) out += " data-selected style=\"--score:" + format_score(s.score) + "\"";
        out += ">";
      }
    }
    if (entity >= 0 && entity != open_entity) {
      out += "<span data-entity=\"";
      out += entity_type_name(result.entities[static_cast<std::size_t>(entity)].type);
      out += "\">";
      open_entity = entity;
    }
    out += escape_html(text.substr(cuts[k], cuts[k + 1] - cuts[k]));
  }
  if (open_entity >= 0) out += "</span>";
  if (open_sentence >= 0) out += "</span>";
  return out;
}

}  // namespace

std::string escape_html(std::string_view text) {
  const std::string valid = to_valid_utf8(text);
  std::string out;
  out.reserve(valid.size());
  for (const char c : valid) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\0': out += "\xEF\xBF\xBD"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_report(std::string_view text, const Result& result) {
  std::string title = "Summary";
  for (const Sentence& s : result.sentences) {
    if (s.kind == SentenceKind::title) {
      title = one_line(text.substr(s.start, s.end - s.start));
      break;
    }
  }
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape_html(result.language) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                    "<title>" + escape_html(title) + "</title>\n<style>" + std::string(style) + "</style>\n</head>\n<body>\n";
  out += "<h1>" + escape_html(title) + "</h1>\n<h2>Summary</h2>\n<ol class=\"summary\">\n";
  for (const std::size_t index : result.summary) {
    const Sentence& s = result.sentences[index];
    out += "<li>" + escape_html(one_line(text.substr(s.start, s.end - s.start))) + "</li>\n";
  }
  out += "</ol>\n";
  if (!result.keywords.empty()) {
    out += "<h2>Key phrases</h2>\n<ul class=\"keywords\">";
    for (const Keyword& keyword : result.keywords) out += "<li>" + escape_html(keyword.text) + "</li>";
    out += "</ul>\n";
  }
  out += "<h2>Article</h2>\n<div class=\"article\">" + marked_article(text, result) + "</div>\n</body>\n</html>\n";
  return out;
}

}  // namespace precis::cli
