#include "summary/sentence_features.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "summary/scoring.h"
#include "text/text_folding.h"
#include "text/utf8.h"

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

// The sentences that can be chosen, in order, with their paragraphs' ranks among them.
struct SelectableSentences {
  std::vector<std::size_t> sentences;      // indices into the document, in order
  std::vector<std::size_t> paragraph_rank;  // by sentence index: its paragraph's rank
  std::size_t paragraphs = 0;
};

SelectableSentences selectable_sentences(const Document& document, const std::vector<bool>& selectable) {
  const std::size_t count = document.sentences.size();
  SelectableSentences found;
  found.paragraph_rank.assign(count, 0);
  std::size_t last_paragraph = SIZE_MAX;
  for (std::size_t s = 0; s < count; ++s) {
    if (!selectable[s]) continue;
    found.sentences.push_back(s);
    if (document.sentences[s].paragraph != last_paragraph) {
      last_paragraph = document.sentences[s].paragraph;
      ++found.paragraphs;
    }
    found.paragraph_rank[s] = found.paragraphs - 1;
  }
  return found;
}

// Every centrality score, with the text's means and bests that the features divide by.
struct Centrality {
  std::vector<double> textrank, lexrank, centroid, sumbasic, luhn;
  std::vector<double> forward, backward;  // summed cosine with later / earlier sentences
  double forward_mean = 0, backward_mean = 0, sumbasic_best = 0, luhn_best = 0, centroid_best = 0, words_mean = 0;
};

Centrality centrality_of(const Document& document, const TermWeights& weights, const SimilarityGraph& graph,
                         const std::vector<bool>& selectable, const std::vector<std::size_t>& chosen) {
  const std::size_t count = document.sentences.size();
  const auto n = static_cast<double>(chosen.size());
  Centrality c;
  c.textrank = pagerank(graph, EdgeWeight::overlap, textrank_min_overlap);
  c.lexrank = pagerank(graph, EdgeWeight::cosine, lexrank_min_cosine);
  c.centroid = centroid_scores(document, weights);
  c.sumbasic = sumbasic_scores(document);
  c.luhn = luhn_scores(document);
  c.forward.assign(count, 0.0);
  c.backward.assign(count, 0.0);
  for (const std::size_t s : chosen) {
    for (const Neighbour& neighbour : graph.neighbours[s]) {
      if (!selectable[neighbour.sentence]) continue;
      (neighbour.sentence > s ? c.forward : c.backward)[s] += neighbour.cosine;
    }
  }
  for (const std::size_t s : chosen) {
    c.forward_mean += c.forward[s] / n;
    c.backward_mean += c.backward[s] / n;
    c.sumbasic_best = std::max(c.sumbasic_best, c.sumbasic[s]);
    c.luhn_best = std::max(c.luhn_best, c.luhn[s]);
    c.centroid_best = std::max(c.centroid_best, c.centroid[s]);
    c.words_mean += static_cast<double>(document.sentences[s].words) / n;
  }
  return c;
}

// The text's most frequent content terms (by sentences holding them, then by index), among
// those in at least two sentences.
std::vector<bool> frequent_terms(const Document& document) {
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
  return frequent;
}

using TermBag = std::map<std::int32_t, double>;

double norm_of(const TermBag& bag) {
  double squares = 0;
  for (const auto& [term, weight] : bag) squares += weight * weight;
  return std::sqrt(squares);
}

void add_terms(TermBag& bag, const Document& document, const TermWeights& weights, std::size_t s) {
  for (std::size_t k = 0; k < document.sentences[s].terms.size(); ++k) {
    bag[document.sentences[s].terms[k].term] += weights.weights[s][k];
  }
}

// What a sentence is compared with: the title and the lead (its first sentences).
class ReferenceBags {
 public:
  ReferenceBags(const Document& document, const TermWeights& weights, const std::vector<std::size_t>& chosen)
      : document_(document), weights_(weights), chosen_(chosen), lead_(std::min(lead_sentences, chosen.size())) {
    for (std::size_t s = 0; s < document.sentences.size(); ++s) {
      if (document.sentences[s].kind == SentenceKind::title) add_terms(title_, document, weights, s);
    }
    title_norm_ = norm_of(title_);
    lead_bag_ = lead_without(SIZE_MAX);
    lead_norm_ = norm_of(lead_bag_);
  }

  // The cosines of the sentence at rank i with the title and with the lead, the lead without
  // the sentence itself when it is part of the lead.
  void cosines(FeatureRow& row, std::size_t i) const {
    const std::size_t s = chosen_[i];
    const bool in_lead = i < lead_;
    const TermBag lead_others = in_lead ? lead_without(i) : TermBag{};
    const TermBag& lead_bag_here = in_lead ? lead_others : lead_bag_;
    double title_dot = 0, lead_dot = 0;
    const auto& terms = document_.sentences[s].terms;
    for (std::size_t k = 0; k < terms.size(); ++k) {
      const std::int32_t term = terms[k].term;
      const double weight = weights_.weights[s][k];
      if (const auto found = title_.find(term); found != title_.end()) title_dot += weight * found->second;
      if (const auto found = lead_bag_here.find(term); found != lead_bag_here.end()) lead_dot += weight * found->second;
    }
    const double lead_norm = in_lead ? norm_of(lead_others) : lead_norm_;
    const double own_norm = weights_.norms[s];
    at(row, Feature::title_cosine) =
        title_norm_ * own_norm > 0 ? std::clamp(title_dot / (title_norm_ * own_norm), 0.0, 1.0) : 0.0;
    at(row, Feature::lead_cosine) =
        lead_norm * own_norm > 0 ? std::clamp(lead_dot / (lead_norm * own_norm), 0.0, 1.0) : 0.0;
  }

 private:
  TermBag lead_without(std::size_t skip) const {
    TermBag bag;
    for (std::size_t i = 0; i < lead_; ++i) {
      if (i != skip) add_terms(bag, document_, weights_, chosen_[i]);
    }
    return bag;
  }

  const Document& document_;
  const TermWeights& weights_;
  const std::vector<std::size_t>& chosen_;
  std::size_t lead_;
  TermBag title_, lead_bag_;
  double title_norm_ = 0, lead_norm_ = 0;
};

// Cosine of sentence s with sentence other, over their sorted term lists.
double cosine_between(const Document& document, const TermWeights& weights, std::size_t s, std::size_t other) {
  const auto& terms = document.sentences[s].terms;
  const auto& other_terms = document.sentences[other].terms;
  double dot = 0;
  std::size_t k = 0, o = 0;
  while (k < terms.size() && o < other_terms.size()) {
    if (terms[k].term < other_terms[o].term) {
      ++k;
    } else if (other_terms[o].term < terms[k].term) {
      ++o;
    } else {
      dot += weights.weights[s][k++] * weights.weights[other][o++];
    }
  }
  const double norms = weights.norms[s] * weights.norms[other];
  return norms > 0 ? std::clamp(dot / norms, 0.0, 1.0) : 0.0;
}

// How often each name is mentioned, by its folded form.
class NameMentions {
 public:
  explicit NameMentions(const Document& document) : folded_(document.entities.size()) {
    for (std::size_t e = 0; e < document.entities.size(); ++e) {
      if (!is_name(document.entities[e].type)) continue;
      folded_[e] = fold(document.entities[e].text);
      most_mentioned_ = std::max(most_mentioned_, ++counts_[folded_[e]]);
    }
  }
  // Mentions of entity e's name over those of the text's most mentioned name.
  double salience(std::size_t e) const {
    return static_cast<double>(counts_.at(folded_[e])) / static_cast<double>(most_mentioned_);
  }

 private:
  std::map<std::string, std::size_t> counts_;
  std::vector<std::string> folded_;
  std::size_t most_mentioned_ = 0;
};

void position_features(FeatureRow& row, std::size_t i, std::size_t n, const SelectableSentences& order,
                       const Document& document) {
  const std::size_t s = order.sentences[i];
  const auto rank = static_cast<double>(i);
  at(row, Feature::first) = i == 0 ? 1.0 : 0.0;
  at(row, Feature::second) = i == 1 ? 1.0 : 0.0;
  at(row, Feature::third) = i == 2 ? 1.0 : 0.0;
  at(row, Feature::position_root) = 1.0 / std::sqrt(1.0 + rank);
  at(row, Feature::position_share) = n > 1 ? rank / (static_cast<double>(n) - 1.0) : 0.0;
  at(row, Feature::position_log) = std::log1p(rank);

  const bool paragraph_start =
      i == 0 || document.sentences[order.sentences[i - 1]].paragraph != document.sentences[s].paragraph;
  at(row, Feature::paragraph_start) = paragraph_start ? 1.0 : 0.0;
  at(row, Feature::paragraph_share) = order.paragraphs > 1 ? static_cast<double>(order.paragraph_rank[s]) /
                                                                 static_cast<double>(order.paragraphs - 1)
                                                           : 0.0;
  at(row, Feature::first_paragraph) = order.paragraph_rank[s] == 0 ? 1.0 : 0.0;
}

void length_features(FeatureRow& row, const SentenceData& sentence, double words_mean) {
  const auto words = static_cast<double>(sentence.words);
  at(row, Feature::words_log) = std::log1p(words);
  at(row, Feature::words_relative) = words_mean > 0 ? words / words_mean : 0.0;
  at(row, Feature::short_sentence) = sentence.words < 8 ? 1.0 : 0.0;
  at(row, Feature::long_sentence) = std::max(0.0, words - 40.0) / 10.0;
}

void centrality_features(FeatureRow& row, std::size_t s, std::size_t n, const Centrality& c,
                         const SentenceData& sentence, const std::vector<bool>& frequent) {
  const auto n_double = static_cast<double>(n);
  at(row, Feature::textrank) = c.textrank[s] * n_double;
  at(row, Feature::lexrank) = c.lexrank[s] * n_double;
  at(row, Feature::centroid) = c.centroid[s];
  at(row, Feature::forward_links) = share_of(c.forward[s], c.forward_mean);
  at(row, Feature::backward_links) = share_of(c.backward[s], c.backward_mean);
  at(row, Feature::sumbasic) = share_of(c.sumbasic[s], c.sumbasic_best);
  at(row, Feature::luhn) = share_of(c.luhn[s], c.luhn_best);
  double content = 0, frequent_content = 0;
  for (const TermCount& term : sentence.terms) {
    content += term.count;
    if (frequent[static_cast<std::size_t>(term.term)]) frequent_content += term.count;
  }
  at(row, Feature::keyword_share) = content > 0 ? frequent_content / content : 0.0;
}

// Entities, numbers, quotes and the opening word. `entity` is the first entity that may lie in
// the sentence; it moves on as the sentences do.
void content_features(FeatureRow& row, const Document& document, const SentenceData& sentence,
                      const NameMentions& names, std::size_t& entity) {
  const auto words = static_cast<double>(sentence.words);
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
    if (is_name(type)) salience = std::max(salience, names.salience(e));
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
}

bool has_title_line(const Document& document) {
  return std::any_of(document.sentences.begin(), document.sentences.end(),
                     [](const SentenceData& sentence) { return sentence.kind == SentenceKind::title; });
}

}  // namespace

std::vector<FeatureRow> sentence_features(const Document& document, const TermWeights& weights,
                                          const SimilarityGraph& graph, const std::vector<bool>& selectable) {
  std::vector<FeatureRow> rows(document.sentences.size(), FeatureRow{});
  const SelectableSentences order = selectable_sentences(document, selectable);
  const std::vector<std::size_t>& chosen = order.sentences;
  const std::size_t n = chosen.size();
  if (n == 0) return rows;

  const Centrality centrality = centrality_of(document, weights, graph, selectable, chosen);
  const std::vector<bool> frequent = frequent_terms(document);
  const ReferenceBags references(document, weights, chosen);
  const NameMentions names(document);
  const double has_title = has_title_line(document) ? 1.0 : 0.0;
  const double lead_centrality = share_of(centrality.centroid[chosen[0]], centrality.centroid_best);

  std::size_t entity = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t s = chosen[i];
    const SentenceData& sentence = document.sentences[s];
    FeatureRow& row = rows[s];
    position_features(row, i, n, order, document);
    length_features(row, sentence, centrality.words_mean);
    centrality_features(row, s, n, centrality, sentence, frequent);
    references.cosines(row, i);
    // The first sentence (the second, for the first itself).
    if (n > 1) at(row, Feature::first_cosine) = cosine_between(document, weights, s, chosen[i == 0 ? 1 : 0]);
    content_features(row, document, sentence, names, entity);
    at(row, Feature::has_title) = has_title;
    at(row, Feature::flat) = order.paragraphs <= 1 ? 1.0 : 0.0;
    at(row, Feature::sentences_log) = std::log1p(static_cast<double>(n));
    at(row, Feature::lead_centrality) = lead_centrality;
  }
  return rows;
}

}  // namespace precis::detail
