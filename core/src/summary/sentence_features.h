#pragma once
// The sentence features the default (`auto`) scorer reads: where a sentence stands, how long
// it is, how central it is to the text, what it names and quotes, how much it shares with the
// title and the lead. One row of numbers a sentence, the same natively and in WebAssembly;
// core/tools/precis_features writes them out so that scripts/train-summary-model can fit the
// model (summary_model.h) that turns a row into a score.
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "summary/similarity_graph.h"
#include "text/document.h"

namespace precis::detail {

// The features, in the order of a row. Sentence features first, then the document's own
// (the same for every sentence of a text), which let the model tell kinds of text apart.
enum class Feature : std::size_t {
  // position among the sentences that can be chosen (titles and headings left out)
  first,            // 1 for the first sentence
  second,           // 1 for the second
  third,            // 1 for the third
  position_root,    // 1 / sqrt(1 + rank)
  position_share,   // rank / (sentences - 1): 0 at the start, 1 at the end
  position_log,     // log(1 + rank)
  // paragraphs
  paragraph_start,  // 1 for the first sentence of a paragraph
  paragraph_share,  // the paragraph's rank / (paragraphs - 1)
  first_paragraph,  // 1 in the first paragraph of body text
  // length
  words_log,        // log(1 + words)
  words_relative,   // words / the mean of the text
  short_sentence,   // 1 under 8 words
  long_sentence,    // words beyond 40, in tens (0 up to 40)
  // centrality
  textrank,         // PageRank over word overlap, times the number of sentences (1 = average)
  lexrank,          // PageRank over tf-idf cosine, times the number of sentences
  centroid,         // cosine with the text's tf-idf centroid
  forward_links,    // summed cosine with later sentences, over the text's mean
  backward_links,   // summed cosine with earlier sentences, over the text's mean
  sumbasic,         // mean probability of the content words, over the text's best
  keyword_share,    // share of the content words that are among the text's ten most frequent
  luhn,             // densest cluster of frequent words, over the text's best
  // overlap with the title and the lead
  title_cosine,     // tf-idf cosine with the title (0 without one)
  lead_cosine,      // cosine with the first three sentences (the sentence itself left out)
  first_cosine,     // cosine with the first sentence (for the first: with the second)
  // entities, numbers, quotes
  entity_density,   // entity mentions / sqrt(words)
  name_salience,    // how often the text names what this sentence names (0 to 1)
  numbers,          // 1 when it holds a number, a sum of money, a percentage or a date
  person,           // 1 when it names a person
  place,            // 1 when it names a place
  date,             // 1 when it holds a date or a time
  quote,            // 1 when it holds quotation marks
  opens_with_quote, // 1 when it starts with one
  question,         // 1 when it ends with a question mark
  opens_with_stop_word,  // 1 when its first word is a function word ("But", "He", "It")
  // the document
  has_title,        // 1 when the text has a title line
  flat,             // 1 when all its body text is one paragraph
  sentences_log,    // log(1 + sentences that can be chosen)
  lead_centrality,  // the first sentence's cosine with the text's centroid, over the best
                    // sentence's: high when the lead carries the text (news), low when it does not
  count,
};

inline constexpr std::size_t feature_count = static_cast<std::size_t>(Feature::count);

using FeatureRow = std::array<double, feature_count>;

// The name of each feature, as in the model file and the training data ("first", "textrank").
inline constexpr std::array<std::string_view, feature_count> feature_names = {
    "first",
    "second",
    "third",
    "position_root",
    "position_share",
    "position_log",
    "paragraph_start",
    "paragraph_share",
    "first_paragraph",
    "words_log",
    "words_relative",
    "short_sentence",
    "long_sentence",
    "textrank",
    "lexrank",
    "centroid",
    "forward_links",
    "backward_links",
    "sumbasic",
    "keyword_share",
    "luhn",
    "title_cosine",
    "lead_cosine",
    "first_cosine",
    "entity_density",
    "name_salience",
    "numbers",
    "person",
    "place",
    "date",
    "quote",
    "opens_with_quote",
    "question",
    "opens_with_stop_word",
    "has_title",
    "flat",
    "sentences_log",
    "lead_centrality"};

// One row a sentence; rows of sentences that cannot be chosen are all 0.
std::vector<FeatureRow> sentence_features(const Document& document, const TermWeights& weights,
                                          const SimilarityGraph& graph, const std::vector<bool>& selectable);

}  // namespace precis::detail
