// The command line: its parser, the --jsonl batch loop, the text and HTML reports (as the
// library pieces in core/cli), and the built binary end to end.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "command_line.h"
#include "html_report.h"
#include "json/json_value.h"
#include "jsonl_batch.h"
#include "precis/json.h"
#include "test_support.h"
#include "text_report.h"

using precis::Length;
using precis::cli::CommandLine;
using precis::cli::Format;
using precis::cli::parse_command_line;
using precis::detail::JsonValue;
using precis_test::summarize_ok;

namespace {

CommandLine parsed_ok(const std::vector<std::string>& arguments) {
  precis::Expected<CommandLine> line = parse_command_line(arguments);
  if (!line) FAIL("parse_command_line failed: " << line.error().message);
  return std::move(*line);
}

std::string usage_error(const std::vector<std::string>& arguments) {
  const precis::Expected<CommandLine> line = parse_command_line(arguments);
  if (line) FAIL("parse_command_line accepted the arguments");
  CHECK_FALSE(line.error().message.empty());
  return line.error().message;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

JsonValue parse_json_ok(std::string_view text) {
  precis::Expected<JsonValue> value = precis::detail::parse_json(text);
  if (!value) FAIL("not JSON (" << value.error().message << "): " << text.substr(0, 300));
  return std::move(*value);
}

// A directory of its own for one test's files, removed afterwards.
class ScratchDirectory {
 public:
  ScratchDirectory() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("precis-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }
  std::string write(const std::string& name, const std::string& content) const {
    std::ofstream out(file(name), std::ios::binary);
    out << content;
    return file(name);
  }

 private:
  std::filesystem::path path_;
};

std::string shell_quote(const std::string& word) {
  std::string out = "'";
  for (const char c : word) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the CLI binary with `arguments`, standard input from `input_file` (or /dev/null),
// standard output into `output_file` (or a scratch file, read back into `out`).
Run run_cli(const std::vector<std::string>& arguments, const std::string& input_file = "/dev/null",
            const std::string& output_file = "") {
  const ScratchDirectory scratch;
  std::string command = shell_quote(PRECIS_CLI);
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) about " " + std::string.
  for (const std::string& argument : arguments) {
    command += ' ';
    command += shell_quote(argument);
  }
  command += " < ";
  command += shell_quote(input_file);
  command += " > ";
  command += shell_quote(output_file.empty() ? scratch.file("out") : output_file);
  command += " 2> ";
  command += shell_quote(scratch.file("err"));
  const int status = std::system(command.c_str());
  Run run;
  REQUIRE(status != -1);
  REQUIRE(WIFEXITED(status));
  run.exit_code = WEXITSTATUS(status);
  if (output_file.empty()) run.out = precis_test::read_file(scratch.file("out"));
  run.err = precis_test::read_file(scratch.file("err"));
  return run;
}

}  // namespace

// ---- parse_command_line ----------------------------------------------------------------

TEST_CASE("parse_command_line defaults", "[cli]") {
  const CommandLine line = parsed_ok({});
  CHECK(line.input == "-");
  CHECK_FALSE(line.format_given);
  CHECK_FALSE(line.jsonl);
  CHECK_FALSE(line.help);
  CHECK_FALSE(line.version);
  CHECK(line.options.length.unit == Length::Unit::automatic);
  CHECK(line.options.language == "auto");
  CHECK(line.options.algorithm == precis::Algorithm::automatic);
  CHECK(line.options.focus.empty());
}

TEST_CASE("parse_command_line reads every length option, with a value apart or after =", "[cli]") {
  const auto length_of = [](const std::vector<std::string>& arguments) { return parsed_ok(arguments).options.length; };
  CHECK(length_of({"-n", "3"}).unit == Length::Unit::sentences);
  CHECK(length_of({"-n", "3"}).value == 3);
  CHECK(length_of({"--sentences", "4"}).value == 4);
  CHECK(length_of({"--sentences=5"}).value == 5);
  CHECK(length_of({"--ratio", "0.25"}).unit == Length::Unit::ratio);
  CHECK(length_of({"--ratio=0.25"}).value == 0.25);
  CHECK(length_of({"--words", "80"}).unit == Length::Unit::words);
  CHECK(length_of({"--words=80"}).unit == Length::Unit::words);
  CHECK(length_of({"--words=80"}).value == 80);
  CHECK(length_of({"--characters", "500"}).unit == Length::Unit::characters);
  CHECK(length_of({"--characters=500"}).value == 500);
}

TEST_CASE("parse_command_line reads the analysis, output and mode options", "[cli]") {
  CHECK(parsed_ok({"--language", "de"}).options.language == "de");
  CHECK(parsed_ok({"--language=fr"}).options.language == "fr");
  CHECK(parsed_ok({"--focus", "budget, schools"}).options.focus == "budget, schools");
  CHECK(parsed_ok({"--focus=tidal power"}).options.focus == "tidal power");
  for (const precis::Algorithm algorithm : precis::all_algorithms()) {
    CHECK(parsed_ok({"--algorithm", std::string(precis::algorithm_name(algorithm))}).options.algorithm == algorithm);
  }
  CHECK(parsed_ok({"--algorithm=lexrank"}).options.algorithm == precis::Algorithm::lexrank);

  const CommandLine html = parsed_ok({"--format", "html"});
  CHECK(html.format == Format::html);
  CHECK(html.format_given);
  CHECK(parsed_ok({"--format=json"}).format == Format::json);
  CHECK(parsed_ok({"--format", "text"}).format == Format::text);

  CHECK(parsed_ok({"--jsonl"}).jsonl);
  CHECK(parsed_ok({"--jsonl", "--format", "json"}).jsonl);
  CHECK(parsed_ok({"--help"}).help);
  CHECK(parsed_ok({"-h"}).help);
  CHECK(parsed_ok({"--version"}).version);
  CHECK(parsed_ok({"article.txt"}).input == "article.txt");
  CHECK(parsed_ok({"-"}).input == "-");

  const CommandLine all = parsed_ok({"--words=80", "--language", "en", "--algorithm", "luhn", "--focus", "rail",
                                     "--format", "json", "notes.txt"});
  CHECK(all.options.length.unit == Length::Unit::words);
  CHECK(all.options.language == "en");
  CHECK(all.options.algorithm == precis::Algorithm::luhn);
  CHECK(all.options.focus == "rail");
  CHECK(all.format == Format::json);
  CHECK(all.input == "notes.txt");
}

TEST_CASE("parse_command_line rejects unknown options and missing values", "[cli]") {
  CHECK_THAT(usage_error({"--bogus"}), Catch::Contains("--bogus"));
  CHECK_THAT(usage_error({"-x"}), Catch::Contains("-x"));
  CHECK_THAT(usage_error({"--words"}), Catch::Contains("--words"));
  CHECK_THAT(usage_error({"-n"}), Catch::Contains("-n"));
  CHECK_THAT(usage_error({"--language"}), Catch::Contains("--language"));
  CHECK_THAT(usage_error({"--format"}), Catch::Contains("--format"));
  CHECK_THAT(usage_error({"--format", "pdf"}), Catch::Contains("pdf"));
  CHECK_THAT(usage_error({"--algorithm", "magic"}), Catch::Contains("magic"));
  usage_error({"a.txt", "b.txt"});
}

TEST_CASE("parse_command_line rejects bad numbers and two lengths", "[cli]") {
  CHECK_THAT(usage_error({"--words", "eighty"}), Catch::Contains("eighty"));
  usage_error({"--ratio", "0.5x"});
  usage_error({"--words="});
  usage_error({"--sentences", "inf"});
  usage_error({"--sentences", "nan"});
  usage_error({"--characters", ""});
  CHECK_THAT(usage_error({"--words", "80", "--sentences", "3"}), Catch::Contains("only one"));
  usage_error({"--words=80", "-n", "2"});
  usage_error({"--ratio", "0.2", "--ratio", "0.3"});
}

TEST_CASE("parse_command_line refuses --jsonl with a format other than json", "[cli]") {
  CHECK_THAT(usage_error({"--jsonl", "--format", "html"}), Catch::Contains("--jsonl"));
  CHECK_THAT(usage_error({"--format", "html", "--jsonl"}), Catch::Contains("--jsonl"));
  usage_error({"--jsonl", "--format=text"});
}

TEST_CASE("The help text names every option and algorithm", "[cli]") {
  const std::string help = precis::cli::help_text();
  for (const char* option : {"--sentences", "--ratio", "--words", "--characters", "--language", "--algorithm",
                             "--focus", "--format", "--jsonl", "--help", "--version"}) {
    CHECK_THAT(help, Catch::Contains(option));
  }
  for (const precis::Algorithm algorithm : precis::all_algorithms()) {
    CHECK_THAT(help, Catch::Contains(std::string(precis::algorithm_name(algorithm))));
  }
}

// ---- run_jsonl_batch -------------------------------------------------------------------

TEST_CASE("run_jsonl_batch answers N lines with N lines, in order", "[cli]") {
  std::string input;
  for (int i = 0; i < 6; ++i) {
    input += R"({"id": )" + std::to_string(i) + R"(, "text": "Line )" + std::to_string(i) +
             R"( is about the river. The river flooded the town. People moved to higher ground."})" + "\n";
  }
  std::istringstream in(input);
  std::ostringstream out;
  const precis::cli::BatchCounts counts = precis::cli::run_jsonl_batch(in, out, {});
  CHECK(counts.results == 6);
  CHECK(counts.errors == 0);
  const std::vector<std::string> lines = lines_of(out.str());
  REQUIRE(lines.size() == 6);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const JsonValue response = parse_json_ok(lines[i]);
    REQUIRE(response.kind == JsonValue::Kind::object);
    CHECK(response.members.front().name == "id");
    CHECK(response.find("id")->number == static_cast<double>(i));
    CHECK(response.find("sentences") != nullptr);
    CHECK(response.find("summary") != nullptr);
    CHECK(response.find("error") == nullptr);
  }
}

TEST_CASE("run_jsonl_batch answers a bad line with an error and goes on", "[cli]") {
  const std::string input =
      R"({"id": "first", "text": "The council met. It approved the budget."})" "\n"
      R"({"id": "broken", "text": )" "\n"                                          // not JSON
      R"({"id": {"n": 3}, "text": 42})" "\n"                                       // wrong type
      R"({"id": 4, "text": "Fine text here.", "sentences": 0})" "\n"               // invalid length
      R"({"id": 5, "text": "Fine text here.", "algorithm": "magic"})" "\n"         // unknown algorithm
      R"({"id": 6, "text": "Fine text here.", "language": "xx"})" "\n"             // unknown language
      R"({"id": "last", "text": "The last line still gets its answer."})" "\n";
  std::istringstream in(input);
  std::ostringstream out;
  const precis::cli::BatchCounts counts = precis::cli::run_jsonl_batch(in, out, {});
  CHECK(counts.results == 2);
  CHECK(counts.errors == 5);
  const std::vector<std::string> lines = lines_of(out.str());
  REQUIRE(lines.size() == 7);
  const std::vector<std::string> ids = {"\"first\"", "null", "{\"n\": 3}", "4", "5", "6", "\"last\""};
  for (std::size_t i = 0; i < lines.size(); ++i) {
    INFO("line " << i << ": " << lines[i]);
    const JsonValue response = parse_json_ok(lines[i]);
    CHECK(response.members.front().name == "id");
    CHECK(response.find("id")->source == ids[i]);
    const bool should_fail = i >= 1 && i <= 5;
    CHECK((response.find("error") != nullptr) == should_fail);
    if (should_fail) {
      CHECK(response.find("error")->kind == JsonValue::Kind::string);
      CHECK_FALSE(response.find("error")->string.empty());
      CHECK(response.find("sentences") == nullptr);
    }
  }
}

TEST_CASE("run_jsonl_batch skips blank lines and reads CRLF and a last line without a break", "[cli]") {
  const std::string input = "\n   \n" R"({"id": 1, "text": "One line here."})" "\r\n\t\n\r\n" R"({"id": 2, "text": "Two."})";
  std::istringstream in(input);
  std::ostringstream out;
  const precis::cli::BatchCounts counts = precis::cli::run_jsonl_batch(in, out, {});
  CHECK(counts.results == 2);
  CHECK(counts.errors == 0);
  const std::vector<std::string> lines = lines_of(out.str());
  REQUIRE(lines.size() == 2);
  CHECK(parse_json_ok(lines[0]).find("id")->number == 1);
  CHECK(parse_json_ok(lines[1]).find("id")->number == 2);
}

TEST_CASE("run_jsonl_batch applies the default options and a line's own options", "[cli]") {
  const std::string& article = precis_test::news_article();
  std::string escaped;
  precis::detail::append_json_string(escaped, article);
  const std::string input = R"({"id": 1, "text": )" + escaped + "}\n" + R"({"id": 2, "sentences": 3, "text": )" +
                            escaped + "}\n";
  std::istringstream in(input);
  std::ostringstream out;
  const precis::Options defaults = precis_test::with_length(Length::sentences(1));
  precis::cli::run_jsonl_batch(in, out, defaults);
  const std::vector<std::string> lines = lines_of(out.str());
  REQUIRE(lines.size() == 2);
  CHECK(parse_json_ok(lines[0]).find("summary")->items.size() == 1);
  CHECK(parse_json_ok(lines[1]).find("summary")->items.size() == 3);
  // Each answer is the library's own result for that request.
  CHECK(lines[0] == precis::response_json("1", summarize_ok(article, defaults)));
}

// ---- reports ---------------------------------------------------------------------------

TEST_CASE("one_line and text_report put each chosen sentence on one tidy line", "[cli]") {
  CHECK(precis::cli::one_line("a\n  b\tc\r\nd") == "a b c d");
  CHECK(precis::cli::one_line("  lead and trail  ") == "lead and trail");
  CHECK(precis::cli::one_line("bad \xFF byte") == "bad \xEF\xBF\xBD byte");

  const std::string text = "Short title\n\nThe first sentence is wrapped across a line break that\n"
                           "continues here. The second sentence is short.\n";
  const precis::Result result = summarize_ok(text, precis_test::with_length(Length::sentences(2)));
  const std::string report = precis::cli::text_report(text, result);
  const std::vector<std::string> lines = lines_of(report);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "The first sentence is wrapped across a line break that continues here.");
  CHECK(lines[1] == "The second sentence is short.");
}

namespace {

// The article part of an HTML report with every tag removed and the escapes undone.
std::string article_text_of(const std::string& html) {
  const std::string open = "<div class=\"article\">";
  const std::size_t start = html.find(open);
  const std::size_t end = html.rfind("</div>");
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  const std::string inner = html.substr(start + open.size(), end - start - open.size());
  std::string text;
  for (std::size_t i = 0; i < inner.size(); ++i) {
    if (inner[i] == '<') {
      i = inner.find('>', i);
      REQUIRE(i != std::string::npos);
      continue;
    }
    text += inner[i];
  }
  std::string unescaped;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool replaced = false;
    static const std::pair<std::string_view, char> escapes[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
    for (const auto& [name, character] : escapes) {
      if (text.compare(i, name.size(), name) == 0) {
        unescaped += character;
        i += name.size() - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) unescaped += text[i];
  }
  return unescaped;
}

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++count;
  return count;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
}

}  // namespace

TEST_CASE("escape_html escapes markup characters and invalid UTF-8", "[cli]") {
  CHECK(precis::cli::escape_html("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
  CHECK(precis::cli::escape_html("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(precis::cli::escape_html("bad\xFF") == "bad\xEF\xBF\xBD");
  CHECK(precis::cli::escape_html(std::string("nul\0", 4)) == "nul\xEF\xBF\xBD");
}

TEST_CASE("html_report escapes hostile text everywhere", "[cli]") {
  const std::string text =
      "<script>alert('title')</script>\n"
      "\n"
      "Mr. Daniel Okafor said \"<script>alert(1)</script>\" was not welcome in London. "
      "The page showed <img src=x onerror=alert(2)> to every visitor in London. "
      "Okafor said the <img> trick and the <script> trick were both blocked, and 'quotes' too. "
      "Visitors from London saw nothing odd & the site stayed up.";
  const precis::Result result = summarize_ok(text, precis_test::with_length(Length::sentences(2)));
  const std::string html = precis::cli::html_report(text, result);
  const std::string lowered = lower(html);
  CHECK(lowered.find("<script") == std::string::npos);
  CHECK(lowered.find("<img") == std::string::npos);
  // The attribute survives only as text, inside an escaped tag.
  CHECK(count_of(html, "onerror=") == count_of(html, "&lt;img src=x onerror=alert(2)&gt;"));
  CHECK(count_of(html, "&lt;img src=x onerror=alert(2)&gt;") >= 1);
  CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));
  CHECK_THAT(html, Catch::Contains("&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"));
  CHECK_THAT(html, Catch::Contains("<title>&lt;script&gt;"));
  CHECK_THAT(html, Catch::Contains("&amp; the site"));
  // Taking the tags away and undoing the escapes gives the article back.
  CHECK(article_text_of(html) == text);
}

TEST_CASE("html_report marks sentences, the selected ones and entities with data attributes", "[cli]") {
  const std::string& text = precis_test::news_article();
  const precis::Result result = summarize_ok(text, precis_test::with_length(Length::sentences(3)));
  const std::string html = precis::cli::html_report(text, result);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK_THAT(html, Catch::Contains("<html lang=\"en\">"));
  for (std::size_t i = 0; i < result.sentences.size(); ++i) {
    CHECK_THAT(html, Catch::Contains("data-sentence=\"" + std::to_string(i) + "\""));
  }
  CHECK(count_of(html, "data-sentence=\"") == result.sentences.size());
  CHECK(count_of(html, " data-selected") == result.summary.size());
  // Every entity is marked (an entity is never split, as none crosses a sentence here).
  CHECK(count_of(html, "<span data-entity=\"") == result.entities.size());
  for (const char* type : {"PER", "LOC", "MONEY", "DATE", "PERCENT"}) {
    CHECK_THAT(html, Catch::Contains(std::string("data-entity=\"") + type + "\""));
  }
  CHECK(count_of(html, "<span") == count_of(html, "</span>"));
  CHECK(article_text_of(html) == text);
  // The summary lists the chosen sentences.
  for (const std::size_t index : result.summary) {
    const std::string sentence = precis_test::sentence_text(text, result.sentences[index]);
    CHECK_THAT(html, Catch::Contains("<li>" + precis::cli::escape_html(precis::cli::one_line(sentence)) + "</li>"));
  }
}

// ---- the binary ------------------------------------------------------------------------

TEST_CASE("precis --version and --help exit 0 and print to standard output", "[cli]") {
  const Run version = run_cli({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out == "precis " + std::string(precis::version()) + "\n");

  const Run help = run_cli({"--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::StartsWith("Usage: precis"));
  CHECK(help.out == precis::cli::help_text());
}

TEST_CASE("precis --format json prints the library's result for a file", "[cli]") {
  const ScratchDirectory scratch;
  const std::string& text = precis_test::news_article();
  const std::string path = scratch.write("article.txt", text);
  const Run run = run_cli({"--format", "json", "--sentences", "2", path});
  CHECK(run.exit_code == 0);
  const JsonValue parsed = parse_json_ok(run.out);
  CHECK(parsed.find("summary")->items.size() == 2);
  CHECK(run.out == precis::to_json(summarize_ok(text, precis_test::with_length(Length::sentences(2)))) + "\n");
}

TEST_CASE("precis reads standard input and writes JSON into a pipe by default", "[cli]") {
  const ScratchDirectory scratch;
  const std::string& text = precis_test::news_article();
  const std::string path = scratch.write("article.txt", text);
  const Run json = run_cli({"--words=60"}, path);
  CHECK(json.exit_code == 0);
  CHECK(json.out == precis::to_json(summarize_ok(text, precis_test::with_length(Length::words(60)))) + "\n");

  const Run text_run = run_cli({"--format", "text", "-n", "2", "-"}, path);
  CHECK(text_run.exit_code == 0);
  CHECK(text_run.out ==
        precis::cli::text_report(text, summarize_ok(text, precis_test::with_length(Length::sentences(2)))));

  const Run html = run_cli({"--format=html", path});
  CHECK(html.exit_code == 0);
  CHECK_THAT(html.out, Catch::StartsWith("<!DOCTYPE html>"));
}

TEST_CASE("precis exits 1 for a missing file and 2 for a usage error", "[cli]") {
  const ScratchDirectory scratch;
  const std::string missing = scratch.file("no-such-article.txt");
  const Run not_found = run_cli({missing});
  CHECK(not_found.exit_code == 1);
  CHECK(not_found.out.empty());
  CHECK_THAT(not_found.err, Catch::Contains("no-such-article.txt"));

  const Run bad_option = run_cli({"--bogus"});
  CHECK(bad_option.exit_code == 2);
  CHECK(bad_option.out.empty());
  CHECK_THAT(bad_option.err, Catch::Contains("--bogus"));
  CHECK_THAT(bad_option.err, Catch::Contains("--help"));

  CHECK(run_cli({"--words", "80", "--sentences", "3"}).exit_code == 2);
  CHECK(run_cli({"--jsonl", "--format", "html"}).exit_code == 2);
  // Options that parse but are invalid are usage errors too, found before any input is read.
  CHECK(run_cli({"--sentences", "0", missing}).exit_code == 2);
  CHECK(run_cli({"--ratio", "1.5"}).exit_code == 2);
  CHECK(run_cli({"--language", "xx"}).exit_code == 2);
}

TEST_CASE("precis --jsonl reads a file with a broken line and answers every line", "[cli]") {
  const ScratchDirectory scratch;
  const std::string path = scratch.write(
      "batch.jsonl", R"({"id": 1, "text": "The river rose overnight. Families left their homes."})" "\n"
                     R"({"id": 2, "text": "This line is broken)" "\n"
                     "\n"
                     R"({"id": "three", "text": "Rescue teams worked through the night. Nobody was hurt.", "sentences": 1})" "\n");
  const Run run = run_cli({"--jsonl", path});
  CHECK(run.exit_code == 0);
  const std::vector<std::string> lines = lines_of(run.out);
  REQUIRE(lines.size() == 3);
  const JsonValue first = parse_json_ok(lines[0]);
  const JsonValue second = parse_json_ok(lines[1]);
  const JsonValue third = parse_json_ok(lines[2]);
  CHECK(first.find("id")->number == 1);
  CHECK(first.find("error") == nullptr);
  CHECK(second.find("id")->kind == JsonValue::Kind::null);
  REQUIRE(second.find("error") != nullptr);
  CHECK(third.find("id")->string == "three");
  CHECK(third.find("summary")->items.size() == 1);
  CHECK_THAT(run.err, Catch::Contains("1 of 3"));

  const Run missing = run_cli({"--jsonl", scratch.file("missing.jsonl")});
  CHECK(missing.exit_code == 1);
}

TEST_CASE("run_jsonl_batch reads lines longer than its read piece", "[cli]") {
  const std::string text(200000, 'a');
  std::istringstream in(R"({"id": 1, "text": ")" + text + "\"}\n" + R"({"id": 2, "text": "Short one."})");
  std::ostringstream out;
  const precis::cli::BatchCounts counts = precis::cli::run_jsonl_batch(in, out, {});
  CHECK(counts.results == 2);
  CHECK(counts.failure.empty());
  CHECK(lines_of(out.str()).size() == 2);
}

TEST_CASE("run_jsonl_batch refuses a line over its limit, says so and stops", "[cli]") {
  std::istringstream in(R"({"id": 1, "text": "Fine."})" "\n" + std::string(5000, 'x') + "\n" R"({"id": 3, "text": "Never read."})");
  std::ostringstream out;
  const precis::cli::BatchCounts counts = precis::cli::run_jsonl_batch(in, out, {}, "standard input", 1000);
  CHECK(counts.results == 1);
  CHECK(counts.errors == 1);
  CHECK(counts.failure == "line 2 of standard input is longer than the limit of 1000 bytes; the batch stops there");
  const std::vector<std::string> lines = lines_of(out.str());
  REQUIRE(lines.size() == 2);
  CHECK(parse_json_ok(lines[1]).find("error")->string == counts.failure);
}

TEST_CASE("precis --jsonl stops at a line without end instead of reading it into memory", "[cli]") {
  // /dev/zero is one endless line: refused at the limit, exit 1, with a message.
  const Run run = run_cli({"--jsonl"}, "/dev/zero");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("line 1 of standard input is longer than the limit of " +
                                      std::to_string(precis::max_request_line_bytes) + " bytes"));
  CHECK_THAT(run.out, Catch::Contains("\"error\""));
}

TEST_CASE("precis refuses a directory with a message, in every mode", "[cli]") {
  const ScratchDirectory scratch;
  const std::string directory = scratch.file("");
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"--jsonl", directory}, std::vector<std::string>{directory}}) {
    const Run run = run_cli(arguments);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("is a directory"));
  }
  for (const std::vector<std::string>& arguments : {std::vector<std::string>{"--jsonl"}, std::vector<std::string>{}}) {
    const Run run = run_cli(arguments, directory);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("standard input is a directory"));
  }
}

TEST_CASE("precis reports output it cannot write and exits 1", "[cli]") {
  const ScratchDirectory scratch;
  const std::string article = scratch.write("article.txt", precis_test::news_article());
  const std::string batch = scratch.write("batch.jsonl", R"({"id": 1, "text": "The river rose overnight."})" "\n");
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"--format", "json", article}, std::vector<std::string>{"--format", "text", article},
        std::vector<std::string>{"--jsonl", batch}}) {
    const Run run = run_cli(arguments, "/dev/null", "/dev/full");
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("cannot write") && Catch::Contains("No space left on device"));
  }
}

TEST_CASE("precis names a bad length's value and rule, on the command line and in a batch", "[cli]") {
  const Run run = run_cli({"--sentences", "2.5"});
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.err, Catch::Contains("sentences must be a whole number of at least 1, not 2.5"));
  CHECK(run_cli({"--jsonl", "--sentences", "-1"}).exit_code == 2);

  std::istringstream in(R"({"id": 1, "text": "One sentence here.", "sentences": -1})");
  std::ostringstream out;
  precis::cli::run_jsonl_batch(in, out, {});
  CHECK(parse_json_ok(lines_of(out.str()).at(0)).find("error")->string ==
        "sentences must be a whole number of at least 1, not -1");
}
