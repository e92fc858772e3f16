#include "sentence_features.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "scoring.h"
#include "text_folding.h"
#include "utf8.h"

namespace precis::detail {

namespace {

constexpr std::size_t top_terms = 10;
constexpr std::size_t lead_sentences = 3;

double& at(FeatureRow& row, Feature feature) { return row[static_cast<std::size_t>(feature)]; }

// value / reference (a mean or a best), or 0 when the reference is 0.
double share_of(double value, double reference) { return reference > 0 ? value / reference : 0.0; }

// Quotation marks that open or close a quotation; the apostrophe-like single quotes only
// count at the start of a sentence, where they cannot be an apostrophe.
bool is_double_quote(char32_t c) {
  return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u00AB' || c == U'\u00BB';
}
bool is_single_quote(char32_t c) { return c == U'\'' || c == U'\u2018' || c == U'\u2019' || c == U'\u201A'; }

struct Punctuation {
  bool quote = false;
  bool opens_with_quote = false;
  bool question = false;
};

Punctuation punctuation_of(std::string_view text) {
  Punctuation found;
  bool first = true;
  char32_t last = 0;
  for (std::size_t at_byte = 0; at_byte < text.size();) {
    const DecodedCodePoint decoded = decode_utf8(text, at_byte);
    at_byte += decoded.length;
    if (!decoded.valid) {
      first = false;
      continue;
    }
    const char32_t c = decoded.code_point;
    if (is_space(c)) continue;
    if (is_double_quote(c)) found.quote = true;
    if (first && (is_double_quote(c) || is_single_quote(c))) found.opens_with_quote = found.quote = true;
    first = false;
    // The last character that is not a closing quote or bracket decides the question.
    if (!(is_double_quote(c) || is_single_quote(c) || c == U')' || c == U']')) last = c;
  }
  found.question = last == U'?' || last == U'\uFF1F';
  return found;
}

bool is_name(EntityType type) {
  return type == EntityType::PER || type == EntityType::ORG || type == EntityType::LOC || type == EntityType::MISC;
}
bool is_number_like(EntityType type) {
  return type == EntityType::MONEY || type == EntityType::PERCENT || type == EntityType::QUANTITY ||
         type == EntityType::DATE;
}

}  // namespace

std::vector<FeatureRow> sentence_features(const Document& document, const TermWeights& weights,
                                          const SimilarityGraph& graph, const std::vector<bool>& selectable) {
  const std::size_t count = document.sentences.size();
  std::vector<FeatureRow> rows(count, FeatureRow{});
  if (count == 0) return rows;

  // Ranks among the sentences that can be chosen, and among their paragraphs.
  std::vector<std::size_t> chosen;  // indices of the selectable sentences, in order
  std::vector<std::size_t> paragraph_rank(count, 0);
  std::size_t paragraphs = 0;
  std::size_t last_paragraph = SIZE_MAX;
  for (std::size_t s = 0; s < count; ++s) {
    if (!selectable[s]) continue;
    chosen.push_back(s);
    if (document.sentences[s].paragraph != last_paragraph) {
      last_paragraph = document.sentences[s].paragraph;
      ++paragraphs;
    }
    paragraph_rank[s] = paragraphs - 1;
  }
  const std::size_t n = chosen.size();
  if (n == 0) return rows;
  const auto n_double = static_cast<double>(n);

  bool has_title = false;
  std::vector<std::size_t> titles;
  for (std::size_t s = 0; s < count; ++s) {
    if (document.sentences[s].kind == SentenceKind::title) {
      has_title = true;
      titles.push_back(s);
    }
  }

  // Centrality.
  const std::vector<double> textrank = pagerank(graph, EdgeWeight::overlap, textrank_min_overlap);
  const std::vector<double> lexrank = pagerank(graph, EdgeWeight::cosine, lexrank_min_cosine);
  const std::vector<double> centroid = centroid_scores(document, weights);
  const std::vector<double> sumbasic = sumbasic_scores(document);
  const std::vector<double> luhn = luhn_scores(document);
  std::vector<double> forward(count, 0.0), backward(count, 0.0);
  for (const std::size_t s : chosen) {
    for (const Neighbour& neighbour : graph.neighbours[s]) {
      if (!selectable[neighbour.sentence]) continue;
      (neighbour.sentence > s ? forward : backward)[s] += neighbour.cosine;
    }
  }
  double forward_mean = 0, backward_mean = 0, sumbasic_best = 0, luhn_best = 0, words_mean = 0;
  for (const std::size_t s : chosen) {
    forward_mean += forward[s] / n_double;
    backward_mean += backward[s] / n_double;
    sumbasic_best = std::max(sumbasic_best, sumbasic[s]);
    luhn_best = std::max(luhn_best, luhn[s]);
    words_mean += static_cast<double>(document.sentences[s].words) / n_double;
  }

  // The text's most frequent content terms (by sentences holding them, then by index).
  std::vector<std::size_t> by_frequency(document.terms.size());
  for (std::size_t t = 0; t < by_frequency.size(); ++t) by_frequency[t] = t;
  const std::size_t keep = std::min(top_terms, by_frequency.size());
  std::partial_sort(by_frequency.begin(), by_frequency.begin() + static_cast<std::ptrdiff_t>(keep), by_frequency.end(),
                    [&](std::size_t a, std::size_t b) {
                      return document.sentence_frequency[a] != document.sentence_frequency[b]
                                 ? document.sentence_frequency[a] > document.sentence_frequency[b]
                                 : a < b;
                    });
  std::vector<bool> frequent(document.terms.size(), false);
  for (std::size_t i = 0; i < keep; ++i) {
    if (document.sentence_frequency[by_frequency[i]] >= 2) frequent[by_frequency[i]] = true;
  }

  // Bags of terms: the title, the lead.
  std::map<std::int32_t, double> title_bag;
  for (const std::size_t s : titles) {
    for (std::size_t k = 0; k < document.sentences[s].terms.size(); ++k) {
      title_bag[document.sentences[s].terms[k].term] += weights.weights[s][k];
    }
  }
  // The lead: its first sentences; bag_of_lead(skip) leaves one of them out.
  const std::size_t lead = std::min(lead_sentences, n);
  const auto bag_of_lead = [&](std::size_t skip) {
    std::map<std::int32_t, double> bag;
    for (std::size_t i = 0; i < lead; ++i) {
      if (i == skip) continue;
      const std::size_t s = chosen[i];
      for (std::size_t k = 0; k < document.sentences[s].terms.size(); ++k) {
        bag[document.sentences[s].terms[k].term] += weights.weights[s][k];
      }
    }
    return bag;
  };
  const auto norm_of = [](const std::map<std::int32_t, double>& bag) {
    double squares = 0;
    for (const auto& [term, weight] : bag) squares += weight * weight;
    return std::sqrt(squares);
  };
  const std::map<std::int32_t, double> lead_bag = bag_of_lead(SIZE_MAX);
  const double title_norm = norm_of(title_bag);
  const double lead_bag_norm = norm_of(lead_bag);

  // How often each name is mentioned, by its folded form.
  std::map<std::string, std::size_t> name_counts;
  std::vector<std::string> folded_names(document.entities.size());
  std::size_t most_mentioned = 0;
  for (std::size_t e = 0; e < document.entities.size(); ++e) {
    if (!is_name(document.entities[e].type)) continue;
    folded_names[e] = fold(document.entities[e].text);
    most_mentioned = std::max(most_mentioned, ++name_counts[folded_names[e]]);
  }

  std::size_t entity = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t s = chosen[i];
    const SentenceData& sentence = document.sentences[s];
    FeatureRow& row = rows[s];
    const auto rank = static_cast<double>(i);
    const auto words = static_cast<double>(sentence.words);

    at(row, Feature::first) = i == 0 ? 1.0 : 0.0;
    at(row, Feature::second) = i == 1 ? 1.0 : 0.0;
    at(row, Feature::third) = i == 2 ? 1.0 : 0.0;
    at(row, Feature::position_root) = 1.0 / std::sqrt(1.0 + rank);
    at(row, Feature::position_share) = n > 1 ? rank / (n_double - 1.0) : 0.0;
    at(row, Feature::position_log) = std::log1p(rank);

    const bool paragraph_start = i == 0 || document.sentences[chosen[i - 1]].paragraph != sentence.paragraph;
    at(row, Feature::paragraph_start) = paragraph_start ? 1.0 : 0.0;
    at(row, Feature::paragraph_share) =
        paragraphs > 1 ? static_cast<double>(paragraph_rank[s]) / static_cast<double>(paragraphs - 1) : 0.0;
    at(row, Feature::first_paragraph) = paragraph_rank[s] == 0 ? 1.0 : 0.0;

    at(row, Feature::words_log) = std::log1p(words);
    at(row, Feature::words_relative) = words_mean > 0 ? words / words_mean : 0.0;
    at(row, Feature::short_sentence) = sentence.words < 8 ? 1.0 : 0.0;
    at(row, Feature::long_sentence) = std::max(0.0, words - 40.0) / 10.0;

    at(row, Feature::textrank) = textrank[s] * n_double;
    at(row, Feature::lexrank) = lexrank[s] * n_double;
    at(row, Feature::centroid) = centroid[s];
    at(row, Feature::forward_links) = share_of(forward[s], forward_mean);
    at(row, Feature::backward_links) = share_of(backward[s], backward_mean);
    at(row, Feature::sumbasic) = share_of(sumbasic[s], sumbasic_best);
    at(row, Feature::luhn) = share_of(luhn[s], luhn_best);
    double content = 0, frequent_content = 0;
    for (const TermCount& term : sentence.terms) {
      content += term.count;
      if (frequent[static_cast<std::size_t>(term.term)]) frequent_content += term.count;
    }
    at(row, Feature::keyword_share) = content > 0 ? frequent_content / content : 0.0;

    // The lead without this sentence, when it is part of the lead.
    const bool in_lead = i < lead;
    const std::map<std::int32_t, double> lead_others = in_lead ? bag_of_lead(i) : std::map<std::int32_t, double>{};
    const std::map<std::int32_t, double>& lead_bag_here = in_lead ? lead_others : lead_bag;
    double title_dot = 0, lead_dot = 0;
    for (std::size_t k = 0; k < sentence.terms.size(); ++k) {
      const std::int32_t term = sentence.terms[k].term;
      const double weight = weights.weights[s][k];
      if (const auto found = title_bag.find(term); found != title_bag.end()) title_dot += weight * found->second;
      if (const auto found = lead_bag_here.find(term); found != lead_bag_here.end()) lead_dot += weight * found->second;
    }
    const double lead_norm = in_lead ? norm_of(lead_others) : lead_bag_norm;
    const double own_norm = weights.norms[s];
    at(row, Feature::title_cosine) = title_norm * own_norm > 0 ? std::clamp(title_dot / (title_norm * own_norm), 0.0, 1.0) : 0.0;
    at(row, Feature::lead_cosine) = lead_norm * own_norm > 0 ? std::clamp(lead_dot / (lead_norm * own_norm), 0.0, 1.0) : 0.0;

    // The first sentence (the second, for the first itself).
    if (n > 1) {
      const std::size_t other = chosen[i == 0 ? 1 : 0];
      const auto& other_terms = document.sentences[other].terms;
      double dot = 0;
      std::size_t k = 0, o = 0;
      while (k < sentence.terms.size() && o < other_terms.size()) {
        if (sentence.terms[k].term < other_terms[o].term) {
          ++k;
        } else if (other_terms[o].term < sentence.terms[k].term) {
          ++o;
        } else {
          dot += weights.weights[s][k++] * weights.weights[other][o++];
        }
      }
      const double norms = own_norm * weights.norms[other];
      at(row, Feature::first_cosine) = norms > 0 ? std::clamp(dot / norms, 0.0, 1.0) : 0.0;
    }

    while (entity < document.entities.size() && document.entities[entity].end <= sentence.start) ++entity;
    std::size_t mentions = 0;
    bool numbers = false, person = false, place = false, date = false;
    double salience = 0;
    for (std::size_t e = entity; e < document.entities.size() && document.entities[e].start < sentence.end; ++e) {
      ++mentions;
      const EntityType type = document.entities[e].type;
      numbers = numbers || is_number_like(type);
      person = person || type == EntityType::PER;
      place = place || type == EntityType::LOC;
      date = date || type == EntityType::DATE || type == EntityType::TIME;
      if (is_name(type)) {
        const double mentioned = static_cast<double>(name_counts.at(folded_names[e]));
        salience = std::max(salience, mentioned / static_cast<double>(most_mentioned));
      }
    }
    bool first_word_seen = false, opens_with_stop_word = false;
    for (std::uint32_t t = sentence.first_token; t < sentence.last_token; ++t) {
      const Token& token = document.tokens[t];
      if (token.kind == TokenKind::number) numbers = true;
      if (!first_word_seen && token.kind != TokenKind::number) {
        first_word_seen = true;
        opens_with_stop_word = token.stop_word;
      }
    }
    at(row, Feature::entity_density) = words > 0 ? static_cast<double>(mentions) / std::sqrt(words) : 0.0;
    at(row, Feature::name_salience) = salience;
    at(row, Feature::numbers) = numbers ? 1.0 : 0.0;
    at(row, Feature::person) = person ? 1.0 : 0.0;
    at(row, Feature::place) = place ? 1.0 : 0.0;
    at(row, Feature::date) = date ? 1.0 : 0.0;
    const Punctuation punctuation =
        punctuation_of(std::string_view(document.analysis).substr(sentence.start, sentence.end - sentence.start));
    at(row, Feature::quote) = punctuation.quote ? 1.0 : 0.0;
    at(row, Feature::opens_with_quote) = punctuation.opens_with_quote ? 1.0 : 0.0;
    at(row, Feature::question) = punctuation.question ? 1.0 : 0.0;
    at(row, Feature::opens_with_stop_word) = opens_with_stop_word ? 1.0 : 0.0;

    at(row, Feature::has_title) = has_title ? 1.0 : 0.0;
    at(row, Feature::flat) = paragraphs <= 1 ? 1.0 : 0.0;
    at(row, Feature::sentences_log) = std::log1p(n_double);
  }
  return rows;
}

}  // namespace precis::detail
