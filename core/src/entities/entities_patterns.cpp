// Entities that have a shape: URLs, e-mail addresses, tickers, money, percentages, quantities,
// times and dates. Hand-written matchers over the text rather than regular expressions: they
// run in one pass, behave the same with every standard library, and never backtrack.
#include <algorithm>
#include <array>
#include <optional>

#include "entities/entities.h"
#include "text/text_folding.h"
#include "text/utf8.h"
#include "util/string_index.h"

namespace precis::detail {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_digit(c) || is_ascii_alpha(c); }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Whether `word` is in `list`, through a hash set built on first use: the matchers look words
// up at every word start of a text.
template <const auto& list>
bool contains(std::string_view word) {
  static const StringIndex words(list);
  return words.contains(word);
}

// Units and names in folded (lower-case) form, in the languages Precis detects.
constexpr std::array<std::string_view, 41> scale_words = {
    "thousand", "million", "millions", "billion", "billions", "trillion", "trillions", "bn", "m", "k",
    "mn", "tn", "mio", "mrd", "milliard", "milliarde", "milliarden", "milliards", "millionen", "tausend",
    "mille", "miljoen", "miljard", "miljoen", "millón", "millones", "mil", "milhão", "milhões", "bilhão",
    "bilhões", "milione", "milioni", "miliardo", "miliardi", "миллион", "миллиона", "миллионов",
    "миллиард", "миллиарда", "миллиардов"};

constexpr std::array<std::string_view, 38> currency_words = {
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "renminbi",
    "pence", "cents", "cent", "francs", "franc", "rupees", "rupee", "roubles", "rubles", "рублей",
    "рубля", "долларов", "евро", "usd", "eur", "gbp", "jpy", "chf", "cny", "cad", "aud", "inr",
    "rub", "dólares", "dollari", "dólares", "reais", "kronor"};

constexpr std::array<std::string_view, 9> percent_words = {"percent", "per cent", "prozent", "pour cent",
                                                           "por ciento", "per cento", "por cento",
                                                           "procent", "процентов"};

constexpr std::array<std::string_view, 60> unit_words = {
    "kilomètres", "kilomètre", "mètres", "mètre", "kilometern", "metern", "tonnen", "kilogramm",
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "m", "metres", "meters", "metre", "meter",
    "cm", "mm", "miles", "mile", "feet", "foot", "ft", "inches", "inch", "yards", "kg", "kilograms",
    "kilogram", "g", "grams", "tonnes", "tons", "tonne", "ton", "lb", "lbs", "pounds", "ounces", "oz",
    "litres", "liters", "litre", "liter", "l", "ml", "gallons", "barrels", "mph", "km/h", "kmh",
    "acres", "hectares", "ha", "gb", "mb", "tb", "kwh"};

constexpr std::array<std::string_view, 19> ticker_exchanges = {
    "NASDAQ", "NYSE", "NYSEARCA", "AMEX", "LSE", "LON", "TSX", "TSE", "TYO", "ASX", "HKEX", "HKG",
    "XETRA", "ETR", "FRA", "EPA", "AMS", "SIX", "OTC"};

// Month names by language, folded; May ("may") counts only next to a day or a year.
constexpr std::array<std::string_view, 84> month_words = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
    "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio",
    "giugno", "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio",
    "junho", "julho", "setembro", "outubro", "dezembro", "januari", "februari", "maart", "mei", "augustus",
    "juni", "juli", "oktober", "december"};

constexpr std::array<std::string_view, 28> weekday_words = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
    "domingo"};

// Words before a bare year that make it a date ("in 2024", "since 1999").
constexpr std::array<std::string_view, 14> year_cues = {"in", "since", "by", "until", "from", "during",
                                                        "of", "im", "seit", "en", "depuis", "desde",
                                                        "nel", "sinds"};

class PatternScanner {
 public:
  explicit PatternScanner(std::string_view text) : text_(text) {}

  std::vector<Span> scan() {
    std::vector<Span> spans;
    std::size_t i = 0;
    while (i < text_.size()) {
      if (!at_word_start(i)) {
        ++i;
        continue;
      }
      if (const std::optional<Span> span = match_at(i)) {
        spans.push_back(*span);
        i = span->end;
      } else {
        i += decode_utf8(text_, i).length;
      }
    }
    return spans;
  }

 private:
  // Matchers are tried at positions where no letter or digit precedes.
  bool at_word_start(std::size_t i) const {
    if (i == 0) return true;
    const char previous = text_[i - 1];
    if (is_ascii_alnum(previous)) return false;
    if (static_cast<unsigned char>(previous) < 0x80) return true;
    std::size_t back = i - 1;
    while (back > 0 && (static_cast<unsigned char>(text_[back]) & 0xC0) == 0x80) --back;
    const char32_t c = decode_utf8(text_, back).code_point;
    return !is_letter(c) && !is_digit(c);
  }

  std::optional<Span> match_at(std::size_t i) const {
    using Matcher = std::optional<Span> (PatternScanner::*)(std::size_t) const;
    static constexpr Matcher matchers[] = {&PatternScanner::match_url,     &PatternScanner::match_email,
                                           &PatternScanner::match_ticker,  &PatternScanner::match_money,
                                           &PatternScanner::match_date,    &PatternScanner::match_time,
                                           &PatternScanner::match_percent, &PatternScanner::match_quantity,
                                           &PatternScanner::match_year};
    for (const Matcher matcher : matchers) {
      if (std::optional<Span> span = (this->*matcher)(i)) return span;
    }
    return std::nullopt;
  }

  bool starts_with_ascii_nocase(std::size_t i, std::string_view prefix) const {
    if (i + prefix.size() > text_.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      char c = text_[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[k]) return false;
    }
    return true;
  }

  // The end of a run of characters that may appear in a URL, without trailing punctuation.
  std::size_t url_end(std::size_t i) const {
    std::size_t end = i;
    while (end < text_.size()) {
      const auto c = static_cast<unsigned char>(text_[end]);
      if (c <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\x1A' || c >= 0x80) break;
      ++end;
    }
    while (end > i) {
      const char last = text_[end - 1];
      const auto count = [&](char c) {
        return std::count(text_.begin() + static_cast<std::ptrdiff_t>(i), text_.begin() + static_cast<std::ptrdiff_t>(end), c);
      };
      // "(see https://example.org/Mercury_(planet))": keep the pair inside the URL only.
      const bool unbalanced_paren = last == ')' && count(')') > count('(');
      if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' ||
          last == '\'' || unbalanced_paren) {
        --end;
      } else {
        break;
      }
    }
    return end;
  }

  std::optional<Span> match_url(std::size_t i) const {
    std::size_t after = npos;
    for (const std::string_view scheme : {std::string_view("https://"), std::string_view("http://"),
                                          std::string_view("www.")}) {
      if (starts_with_ascii_nocase(i, scheme)) after = i + scheme.size();
    }
    if (after == npos) return std::nullopt;
    const std::size_t end = url_end(i);
    if (end <= after + 2) return std::nullopt;
    return Span{i, end, EntityType::URL};
  }

  std::optional<Span> match_email(std::size_t i) const {
    const auto local_char = [](char c) { return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; };
    std::size_t at = i;
    while (at < text_.size() && local_char(text_[at])) ++at;
    if (at == i || at >= text_.size() || text_[at] != '@' || text_[i] == '.') return std::nullopt;
    std::size_t end = at + 1;
    while (end < text_.size() && (is_ascii_alnum(text_[end]) || text_[end] == '-' || text_[end] == '.')) ++end;
    while (end > at + 1 && text_[end - 1] == '.') --end;  // the full stop after an address
    const std::size_t last_dot = text_.substr(0, end).rfind('.');
    if (last_dot == npos || last_dot <= at + 1) return std::nullopt;
    std::size_t tld_letters = 0;
    for (std::size_t k = last_dot + 1; k < end; ++k) tld_letters += is_ascii_alpha(text_[k]) ? 1u : 0u;
    if (tld_letters < 2 || tld_letters != end - last_dot - 1) return std::nullopt;
    return Span{i, end, EntityType::EMAIL};
  }

  // "NASDAQ:MSFT", "(NYSE: IBM)", "LSE:BP.".
  std::optional<Span> match_ticker(std::size_t i) const {
    std::size_t colon = i;
    while (colon < text_.size() && is_ascii_upper(text_[colon])) ++colon;
    if (colon >= text_.size() || text_[colon] != ':' || !contains<ticker_exchanges>(text_.substr(i, colon - i))) {
      return std::nullopt;
    }
    std::size_t symbol = colon + 1;
    if (symbol < text_.size() && text_[symbol] == ' ') ++symbol;
    std::size_t end = symbol;
    while (end < text_.size() && end - symbol < 8 &&
           (is_ascii_upper(text_[end]) || is_ascii_digit(text_[end]) || text_[end] == '.')) {
      ++end;
    }
    while (end > symbol && text_[end - 1] == '.') --end;
    if (end == symbol || (end < text_.size() && is_ascii_alnum(text_[end]))) return std::nullopt;
    return Span{i, end, EntityType::TICKER};
  }

  // A number: digits with thousands separators and a decimal part ("1,250.5", "3,5", "10 000").
  std::size_t number_end(std::size_t i) const {
    if (i >= text_.size() || !is_ascii_digit(text_[i])) return npos;
    std::size_t end = i;
    while (end < text_.size()) {
      if (is_ascii_digit(text_[end])) {
        ++end;
      } else if ((text_[end] == ',' || text_[end] == '.' || text_[end] == '\'') && end + 1 < text_.size() &&
                 is_ascii_digit(text_[end + 1])) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  // The folded word that starts at `i` after at most one space, and where it ends.
  struct Word {
    std::string folded;
    std::size_t end = npos;
  };
  Word word_after(std::size_t i, bool allow_space = true) const {
    std::size_t start = i;
    if (allow_space && start < text_.size() && (text_[start] == ' ' || text_[start] == '\xC2')) {
      // a plain space or a no-break space (C2 A0)
      start += text_[start] == ' ' ? 1u : (start + 1 < text_.size() && text_[start + 1] == '\xA0' ? 2u : 0u);
    }
    std::size_t end = start;
    while (end < text_.size()) {
      const DecodedCodePoint decoded = decode_utf8(text_, end);
      if (!is_letter(decoded.code_point)) break;
      end += decoded.length;
    }
    if (end == start || end - start > 24) return {};
    return {fold(text_.substr(start, end - start)), end};
  }

  // "million", "bn" after a number.
  std::size_t scaled_end(std::size_t number_end_offset) const {
    const Word scale = word_after(number_end_offset);
    if (scale.end != npos && contains<scale_words>(scale.folded)) return scale.end;
    return number_end_offset;
  }

  std::optional<Span> match_money(std::size_t i) const {
    // A currency sign or code before the number: "$5", "US$ 2bn", "€3,50", "£1.2m", "EUR 40".
    std::size_t number = i;
    static constexpr std::string_view prefixes[] = {"US$", "A$", "C$", "HK$", "$", "\u20AC", "\u00A3", "\u00A5",
                                                    "\u20B9", "\u20BD", "USD", "EUR", "GBP", "CHF", "JPY"};
    for (const std::string_view prefix : prefixes) {
      if (text_.substr(i, prefix.size()) == prefix) {
        number = i + prefix.size();
        if (number < text_.size() && text_[number] == ' ') ++number;
        break;
      }
    }
    if (number != i) {
      const std::size_t end = number_end(number);
      if (end == npos) return std::nullopt;
      return Span{i, scaled_end(end), EntityType::MONEY};
    }
    // A currency name after the number: "5 dollars", "3,2 Milliarden Euro", "40 EUR", "10€".
    const std::size_t end = number_end(i);
    if (end == npos) return std::nullopt;
    const std::size_t scaled = scaled_end(end);
    for (const std::string_view sign : {std::string_view("\u20AC"), std::string_view(" \u20AC"),
                                        std::string_view("\u00A3"), std::string_view("$")}) {
      if (text_.substr(scaled, sign.size()) == sign) return Span{i, scaled + sign.size(), EntityType::MONEY};
    }
    // "310 millions d'euros", "2 milliards de dollars".
    std::size_t currency_start = scaled;
    for (const std::string_view of : {std::string_view(" d'"), std::string_view(" d\u2019"), std::string_view(" de ")}) {
      if (scaled != end && text_.substr(scaled, of.size()) == of) currency_start = scaled + of.size();
    }
    // After "d'" or "de " the currency follows at once; otherwise after one space.
    const Word currency = word_after(currency_start, currency_start == scaled);
    if (currency.end != npos && contains<currency_words>(currency.folded)) {
      return Span{i, currency.end, EntityType::MONEY};
    }
    return std::nullopt;
  }

  std::optional<Span> match_percent(std::size_t i) const {
    const std::size_t end = number_end(i);
    if (end == npos) return std::nullopt;
    if (end < text_.size() && text_[end] == '%') return Span{i, end + 1, EntityType::PERCENT};
    if (text_.substr(end, 2) == " %") return Span{i, end + 2, EntityType::PERCENT};
    const Word first = word_after(end);
    if (first.end == npos) return std::nullopt;
    if (contains<percent_words>(first.folded)) return Span{i, first.end, EntityType::PERCENT};
    const Word second = word_after(first.end);
    if (second.end != npos && contains<percent_words>(first.folded + " " + second.folded)) {
      return Span{i, second.end, EntityType::PERCENT};
    }
    return std::nullopt;
  }

  std::optional<Span> match_quantity(std::size_t i) const {
    const std::size_t end = number_end(i);
    if (end == npos) return std::nullopt;
    for (const std::string_view degree : {std::string_view("\u00B0C"), std::string_view("\u00B0F"),
                                          std::string_view(" \u00B0C"), std::string_view(" \u00B0F")}) {
      if (text_.substr(end, degree.size()) == degree) return Span{i, end + degree.size(), EntityType::QUANTITY};
    }
    const Word unit = word_after(scaled_end(end));
    if (unit.end == npos || !contains<unit_words>(unit.folded)) return std::nullopt;
    // "km/h"
    std::size_t unit_end = unit.end;
    if (text_.substr(unit_end, 2) == "/h") unit_end += 2;
    return Span{i, unit_end, EntityType::QUANTITY};
  }

  // False when the word at `i` cannot be a month's or a weekday's name, told from its first three
  // letters when they are ASCII, without folding it: the date matcher is asked at every word.
  bool may_begin_day_name(std::size_t i) const {
    static const std::array<bool, 26 * 26 * 26> prefixes = [] {
      std::array<bool, 26 * 26 * 26> table{};
      const auto add = [&table](std::string_view name) {
        if (name.size() >= 3 && std::all_of(name.begin(), name.begin() + 3, [](char c) { return c >= 'a' && c <= 'z'; })) {
          table[static_cast<std::size_t>(((name[0] - 'a') * 26 + (name[1] - 'a')) * 26 + (name[2] - 'a'))] = true;
        }
      };
      std::for_each(month_words.begin(), month_words.end(), add);
      std::for_each(weekday_words.begin(), weekday_words.end(), add);
      return table;
    }();
    std::size_t index = 0;
    for (std::size_t k = i; k < i + 3; ++k) {
      if (k >= text_.size()) return false;
      const auto c = static_cast<unsigned char>(text_[k]);
      if (c >= 0x80) return true;  // folded, it may yet be one
      if (!is_ascii_alpha(static_cast<char>(c))) return false;  // fewer than three letters
      index = index * 26 + static_cast<std::size_t>((c | 0x20) - 'a');
    }
    return prefixes[index];
  }

  bool is_month(const Word& word) const { return word.end != npos && contains<month_words>(word.folded); }

  static bool plausible_year(std::string_view digits) {
    return digits.size() == 4 && (digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20");
  }

  // After a day-month or month-day, an optional ", 2024" or " 2024".
  std::size_t with_year(std::size_t end) const {
    std::size_t year = end;
    if (year < text_.size() && text_[year] == ',') ++year;
    if (year < text_.size() && text_[year] == ' ') ++year;
    const std::size_t year_end = number_end(year);
    if (year_end != npos && plausible_year(text_.substr(year, year_end - year))) return year_end;
    return end;
  }

  std::optional<Span> match_date(std::size_t i) const {
    if (is_ascii_digit(text_[i])) {
      // ISO "2024-03-12" and numeric "12/03/2024", "12.03.2024".
      const std::string_view rest = text_.substr(i, 10);
      const auto digits_at = [&](std::size_t from, std::size_t count) {
        for (std::size_t k = from; k < from + count; ++k) {
          if (k >= rest.size() || !is_ascii_digit(rest[k])) return false;
        }
        return true;
      };
      if (digits_at(0, 4) && rest.size() == 10 && rest[4] == '-' && digits_at(5, 2) && rest[7] == '-' &&
          digits_at(8, 2)) {
        return Span{i, i + 10, EntityType::DATE};
      }
      std::size_t day_end = i;
      while (day_end < text_.size() && day_end - i < 2 && is_ascii_digit(text_[day_end])) ++day_end;
      if (day_end < text_.size() && (text_[day_end] == '/' || text_[day_end] == '.') && day_end + 3 < text_.size()) {
        const char separator = text_[day_end];
        std::size_t month_end = day_end + 1;
        while (month_end < text_.size() && month_end - day_end - 1 < 2 && is_ascii_digit(text_[month_end])) ++month_end;
        if (month_end > day_end + 1 && month_end < text_.size() && text_[month_end] == separator) {
          const std::size_t year_end = number_end(month_end + 1);
          const std::size_t year_digits = year_end == npos ? 0 : year_end - month_end - 1;
          if (year_digits == 4 || year_digits == 2) return Span{i, year_end, EntityType::DATE};
        }
      }
      // "12 March", "12 March 2024", "1er mars", "3. März 2024".
      std::size_t after_day = day_end;
      if (text_.substr(after_day, 2) == "er" || text_.substr(after_day, 2) == "th" ||
          text_.substr(after_day, 2) == "st" || text_.substr(after_day, 2) == "nd" ||
          text_.substr(after_day, 2) == "rd" || text_.substr(after_day, 1) == ".") {
        after_day += text_[after_day] == '.' ? 1u : 2u;
      }
      const Word month = word_after(after_day);
      if (day_end - i <= 2 && is_month(month)) return Span{i, with_year(month.end), EntityType::DATE};
      return std::nullopt;
    }
    if (!may_begin_day_name(i)) return std::nullopt;
    const Word word = word_after(i, false);
    if (word.end == npos) return std::nullopt;
    if (contains<weekday_words>(word.folded)) return Span{i, word.end, EntityType::DATE};
    if (!is_month(word)) return std::nullopt;
    // "March 12", "March 12, 2024", "March 2024"; a lone month name only when capitalised and
    // not "May" (the modal verb).
    std::size_t after = word.end;
    if (after < text_.size() && text_[after] == '.') ++after;  // "Jan."
    if (after + 1 < text_.size() && text_[after] == ' ' && is_ascii_digit(text_[after + 1])) {
      const std::size_t number = number_end(after + 1);
      const std::string_view digits = text_.substr(after + 1, number - after - 1);
      if (plausible_year(digits)) return Span{i, number, EntityType::DATE};
      if (digits.size() <= 2) {
        std::size_t day_end = number;
        if (text_.substr(day_end, 2) == "th" || text_.substr(day_end, 2) == "st" ||
            text_.substr(day_end, 2) == "nd" || text_.substr(day_end, 2) == "rd") {
          day_end += 2;
        }
        return Span{i, with_year(day_end), EntityType::DATE};
      }
    }
    const bool capitalised = word_case(text_.substr(i, word.end - i)) == WordCase::capitalised;
    // Alone, "May" is as often a name or a verb, "Mars" a planet; "Jan" a given name.
    const bool long_name = word.folded.size() > 3 && word.folded != "mars";
    if (capitalised && long_name) return Span{i, word.end, EntityType::DATE};
    return std::nullopt;
  }

  // "10:30", "9.30am", "10 a.m.", "3pm", "14:00 GMT".
  std::optional<Span> match_time(std::size_t i) const {
    std::size_t hours_end = i;
    while (hours_end < text_.size() && hours_end - i < 2 && is_ascii_digit(text_[hours_end])) ++hours_end;
    if (hours_end == i || (hours_end < text_.size() && is_ascii_digit(text_[hours_end]))) return std::nullopt;
    std::size_t end = hours_end;
    bool has_minutes = false;
    if (end + 2 < text_.size() && (text_[end] == ':' || text_[end] == '.') && is_ascii_digit(text_[end + 1]) &&
        is_ascii_digit(text_[end + 2]) && (end + 3 >= text_.size() || !is_ascii_digit(text_[end + 3]))) {
      has_minutes = true;
      end += 3;
    }
    std::size_t suffix = end;
    if (suffix < text_.size() && text_[suffix] == ' ') ++suffix;
    bool meridiem = false;
    for (const std::string_view marker : {std::string_view("a.m."), std::string_view("p.m."), std::string_view("am"),
                                          std::string_view("pm")}) {
      if (starts_with_ascii_nocase(suffix, marker) &&
          (suffix + marker.size() >= text_.size() || !is_ascii_alpha(text_[suffix + marker.size()]))) {
        end = suffix + marker.size();
        meridiem = true;
        break;
      }
    }
    // "10.30" alone is a number, "10:30" a time.
    const bool colon = hours_end < text_.size() && text_[hours_end] == ':';
    if (!meridiem && !(has_minutes && colon)) return std::nullopt;
    std::size_t zone = end;
    if (zone < text_.size() && text_[zone] == ' ') ++zone;
    for (const std::string_view name : {std::string_view("GMT"), std::string_view("UTC"), std::string_view("BST"),
                                        std::string_view("CET"), std::string_view("EST"), std::string_view("ET"),
                                        std::string_view("PST"), std::string_view("PT")}) {
      if (text_.substr(zone, name.size()) == name &&
          (zone + name.size() >= text_.size() || !is_ascii_alnum(text_[zone + name.size()]))) {
        end = zone + name.size();
        break;
      }
    }
    return Span{i, end, EntityType::TIME};
  }

  // A year after a cue word: "in 2024", "since 1999".
  std::optional<Span> match_year(std::size_t i) const {
    const std::size_t end = number_end(i);
    if (end == npos || !plausible_year(text_.substr(i, end - i))) return std::nullopt;
    if (end < text_.size() && is_ascii_alnum(text_[end])) return std::nullopt;
    std::size_t cue_end = i;
    if (cue_end == 0 || text_[cue_end - 1] != ' ') return std::nullopt;
    --cue_end;
    std::size_t cue_start = cue_end;
    while (cue_start > 0 && is_ascii_alpha(text_[cue_start - 1])) --cue_start;
    if (!contains<year_cues>(fold(text_.substr(cue_start, cue_end - cue_start)))) return std::nullopt;
    return Span{i, end, EntityType::DATE};
  }

  std::string_view text_;
};

}  // namespace

std::vector<Span> find_pattern_entities(std::string_view analysis) {
  return PatternScanner(analysis).scan();
}

}  // namespace precis::detail
