// Stop-word lists for the languages Precis knows, in NFKC-casefolded form (see language_data.h).
//
// The lists are compile-time arrays kept in byte order so that lookups are a binary search with
// no set-up cost; a static_assert on each list rejects an edit that breaks the order, adds a
// duplicate or pushes a list outside the intended 120..250 words.
#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "text/language_data.h"

namespace precis::detail {
namespace {

// Lists shorter than this miss frequent function words; longer ones start to swallow content words.
constexpr std::size_t kMinListSize = 120;
constexpr std::size_t kMaxListSize = 250;

// Byte order (bytes as unsigned char, then length), which for UTF-8 is code point order. Written
// out rather than using string_view's operator< (same order) because the probes of a binary
// search over words of a few bytes are otherwise dominated by out-of-line memcmp calls.
constexpr bool byte_less(std::string_view a, std::string_view b) {
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (a[i] != b[i]) {
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    }
  }
  return a.size() < b.size();
}

template <std::size_t N>
constexpr bool is_valid_list(const std::array<std::string_view, N>& words) {
  if (N < kMinListSize || N > kMaxListSize) return false;
  for (std::size_t i = 1; i < N; ++i) {
    if (!byte_less(words[i - 1], words[i])) return false;
  }
  for (std::string_view word : words) {
    if (word.empty()) return false;
    // Folded text has no uppercase ASCII and no 'ß' (folded to "ss").
    auto is_upper_ascii = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (std::any_of(word.begin(), word.end(), is_upper_ascii)) return false;
    if (word.find("\xC3\x9F") != std::string_view::npos) return false;
  }
  return true;
}

// German: articles, pronouns, prepositions, conjunctions, auxiliaries/modals (ß folded to ss).
constexpr auto kGerman = std::to_array<std::string_view>({
    "ab",     "aber",     "alle",      "allem",  "allen",    "aller",   "allerdings", "alles",   "als",     "also",
    "am",     "an",       "ander",     "andere", "anderem",  "anderen", "anderer",    "anderes", "auch",    "auf",
    "aus",    "ausser",   "ausserdem", "bei",    "beide",    "beiden",  "beim",       "bereits", "bin",     "bis",
    "bisher", "bist",     "bzw",       "da",     "dabei",    "dadurch", "dafür",      "dagegen", "daher",   "damals",
    "damit",  "danach",   "dann",      "daran",  "darauf",   "darin",   "darum",      "darüber", "das",     "dass",
    "davon",  "dazu",     "dein",      "deine",  "dem",      "den",     "denen",      "denn",    "dennoch", "der",
    "deren",  "des",      "deshalb",   "dessen", "die",      "dies",    "diese",      "diesem",  "diesen",  "dieser",
    "dieses", "doch",     "dort",      "du",     "durch",    "eben",    "ebenfalls",  "ebenso",  "ein",     "eine",
    "einem",  "einen",    "einer",     "eines",  "einige",   "einigen", "einiger",    "er",      "erst",    "es",
    "etwa",   "etwas",    "euch",      "euer",   "eure",     "fast",    "für",        "gegen",   "gewesen", "habe",
    "haben",  "hat",      "hatte",     "hatten", "hier",     "hin",     "hinter",     "ich",     "ihm",     "ihn",
    "ihnen",  "ihr",      "ihre",      "ihrem",  "ihren",    "ihrer",   "ihres",      "im",      "immer",   "in",
    "ins",    "ist",      "ja",        "je",     "jede",     "jedem",   "jeden",      "jeder",   "jedes",   "jedoch",
    "jene",   "jenem",    "jenen",     "jener",  "jetzt",    "kann",    "kein",       "keine",   "keinem",  "keinen",
    "keiner", "konnte",   "können",    "könnte", "man",      "manche",  "mehr",       "mein",    "meine",   "meinem",
    "meinen", "meiner",   "mich",      "mir",    "mit",      "muss",    "musste",     "müssen",  "nach",    "nachdem",
    "neben",  "nein",     "nicht",     "nichts", "noch",     "nun",     "nur",        "ob",      "oder",    "ohne",
    "schon",  "sehr",     "sei",       "seien",  "sein",     "seine",   "seinem",     "seinen",  "seiner",  "seines",
    "seit",   "selbst",   "sich",      "sie",    "sind",     "so",      "sogar",      "solche",  "soll",    "sollen",
    "sollte", "sondern",  "sowie",     "sowohl", "statt",    "um",      "und",        "uns",     "unser",   "unsere",
    "unter",  "viel",     "viele",     "vom",    "von",      "vor",     "war",        "waren",   "warum",   "was",
    "weder",  "wegen",    "weil",      "weiter", "welche",   "welchem", "welchen",    "welcher", "welches", "wenn",
    "wer",    "werde",    "werden",    "wie",    "wieder",   "will",    "wir",        "wird",    "wo",      "wollen",
    "wollte", "worden",   "wurde",     "wurden", "während",  "wäre",    "würde",      "würden",  "zu",      "zudem",
    "zum",    "zunächst", "zur",       "zwar",   "zwischen", "über",
});
static_assert(is_valid_list(kGerman));

// English: function words plus common contractions, which ICU keeps as one token; each
// contraction appears with both U+0027 and U+2019 because folding does not unify apostrophes.
constexpr auto kEnglish = std::to_array<std::string_view>({
    "a",         "about",     "above",      "across",   "after",   "again",    "against",   "all",      "almost",
    "along",     "already",   "also",       "although", "always",  "am",       "among",     "an",       "and",
    "another",   "any",       "anyone",     "anything", "are",     "aren't",   "aren’t",    "around",   "as",
    "at",        "be",        "because",    "been",     "before",  "behind",   "being",     "below",    "between",
    "both",      "but",       "by",         "can",      "can't",   "cannot",   "can’t",     "could",    "couldn't",
    "couldn’t",  "did",       "didn't",     "didn’t",   "do",      "does",     "doesn't",   "doesn’t",  "doing",
    "don't",     "done",      "don’t",      "down",     "during",  "each",     "either",    "else",     "enough",
    "even",      "ever",      "every",      "few",      "for",     "from",     "further",   "had",      "has",
    "hasn't",    "hasn’t",    "have",       "haven't",  "haven’t", "having",   "he",        "he's",     "her",
    "here",      "herself",   "he’s",       "him",      "himself", "his",      "how",       "however",  "i",
    "i'd",       "i'll",      "i'm",        "i've",     "if",      "in",       "indeed",    "into",     "is",
    "isn't",     "isn’t",     "it",         "it's",     "its",     "itself",   "it’s",      "i’d",      "i’ll",
    "i’m",       "i’ve",      "just",       "least",    "less",    "many",     "may",       "me",       "might",
    "more",      "most",      "much",       "must",     "my",      "myself",   "neither",   "never",    "no",
    "none",      "nor",       "not",        "nothing",  "now",     "of",       "off",       "often",    "on",
    "once",      "only",      "onto",       "or",       "other",   "others",   "otherwise", "our",      "ourselves",
    "out",       "over",      "own",        "per",      "perhaps", "quite",    "rather",    "really",   "same",
    "shall",     "she",       "she's",      "she’s",    "should",  "since",    "so",        "some",     "someone",
    "something", "sometimes", "still",      "such",     "than",    "that",     "that's",    "that’s",   "the",
    "their",     "them",      "themselves", "then",     "there",   "there's",  "therefore", "there’s",  "these",
    "they",      "they're",   "they've",    "they’re",  "they’ve", "this",     "those",     "though",   "through",
    "thus",      "to",        "too",        "towards",  "under",   "unless",   "until",     "up",       "upon",
    "us",        "very",      "via",        "was",      "wasn't",  "wasn’t",   "we",        "we'll",    "we're",
    "we've",     "well",      "were",       "we’ll",    "we’re",   "we’ve",    "what",      "when",     "where",
    "whereas",   "whether",   "which",      "while",    "whilst",  "who",      "whom",      "whose",    "why",
    "will",      "with",      "within",     "without",  "won't",   "won’t",    "would",     "wouldn't", "wouldn’t",
    "yet",       "you",       "you're",     "you've",   "your",    "yourself", "you’re",    "you’ve",
});
static_assert(is_valid_list(kEnglish));

// Spanish: articles, pronouns, prepositions, conjunctions, forms of ser/estar/haber/tener.
constexpr auto kSpanish = std::to_array<std::string_view>({
    "a",        "además",  "al",      "algo",     "alguna",   "algunas", "alguno",   "algunos", "algún",    "ante",
    "antes",    "aquel",   "aquella", "aquellas", "aquellos", "aquí",    "así",      "aun",     "aunque",   "aún",
    "bajo",     "bien",    "cada",    "casi",     "como",     "con",     "contra",   "cual",    "cuales",   "cuando",
    "cuanto",   "cuya",    "cuyo",    "cuál",     "cuándo",   "cómo",    "de",       "debe",    "del",      "desde",
    "donde",    "durante", "dónde",   "e",        "el",       "ella",    "ellas",    "ello",    "ellos",    "en",
    "entonces", "entre",   "era",     "eran",     "eres",     "es",      "esa",      "esas",    "ese",      "eso",
    "esos",     "esta",    "estaba",  "estaban",  "estado",   "estar",   "estas",    "este",    "esto",     "estos",
    "estoy",    "está",    "están",   "fue",      "fueron",   "fui",     "ha",       "haber",   "habrá",    "había",
    "habían",   "hacia",   "han",     "has",      "hasta",    "hay",     "he",       "hemos",   "hubo",     "la",
    "las",      "le",      "les",     "lo",       "los",      "luego",   "me",       "mi",      "mientras", "mis",
    "misma",    "mismo",   "mismos",  "mucho",    "muchos",   "muy",     "más",      "mí",      "nada",     "ni",
    "ninguna",  "ninguno", "no",      "nos",      "nosotros", "nuestra", "nuestras", "nuestro", "nuestros", "o",
    "os",       "otra",    "otras",   "otro",     "otros",    "para",    "pero",     "poco",    "podría",   "por",
    "porque",   "puede",   "pueden",  "pues",     "que",      "quien",   "quienes",  "quién",   "qué",      "se",
    "sea",      "según",   "ser",     "será",     "sería",    "si",      "sido",     "siempre", "sin",      "sino",
    "sobre",    "solo",    "son",     "su",       "sus",      "sí",      "sólo",     "también", "tampoco",  "tan",
    "tanto",    "te",      "tener",   "tenía",    "tiene",    "tienen",  "toda",     "todas",   "todavía",  "todo",
    "todos",    "tras",    "tu",      "tus",      "tú",       "u",       "un",       "una",     "unas",     "uno",
    "unos",     "usted",   "ustedes", "vosotros", "y",        "ya",      "yo",       "él",
});
static_assert(is_valid_list(kSpanish));

// French: function words, the bare elision prefixes (l, d, qu, n, s, c, j, m, t) left when
// "l'homme" is split at the apostrophe, and the most frequent whole elided tokens (with both
// apostrophes) for text where they are not split.
constexpr auto kFrench = std::to_array<std::string_view>({
    "a",         "afin",      "ai",        "aient",       "ainsi",       "ait",      "alors",   "après",     "as",
    "au",        "aucun",     "aucune",    "aujourd'hui", "aujourd’hui", "auprès",   "aura",    "aurait",    "auront",
    "aussi",     "autant",    "autour",    "autre",       "autres",      "aux",      "avaient", "avais",     "avait",
    "avant",     "avec",      "avez",      "avions",      "avoir",       "avons",    "ayant",   "beaucoup",  "bien",
    "c",         "c'est",     "car",       "ce",          "ceci",        "cela",     "celle",   "celles",    "celui",
    "cependant", "certaines", "certains",  "ces",         "cet",         "cette",    "ceux",    "chaque",    "chez",
    "comme",     "comment",   "contre",    "c’est",       "d",           "d'un",     "d'une",   "dans",      "de",
    "depuis",    "des",       "devant",    "doit",        "doivent",     "donc",     "dont",    "du",        "durant",
    "dès",       "déjà",      "désormais", "d’un",        "d’une",       "elle",     "elles",   "en",        "encore",
    "entre",     "es",        "est",       "et",          "eu",          "eux",      "faut",    "fois",      "hors",
    "ici",       "il",        "ils",       "j",           "j'ai",        "jamais",   "je",      "jusqu",     "jusqu'à",
    "jusqu’à",   "j’ai",      "l",         "la",          "le",          "les",      "leur",    "leurs",     "lors",
    "lorsque",   "lui",       "là",        "m",           "ma",          "mais",     "me",      "mes",       "moi",
    "moins",     "mon",       "même",      "mêmes",       "n",           "n'a",      "n'est",   "ne",        "ni",
    "non",       "nos",       "notamment", "notre",       "nous",        "n’a",      "n’est",   "on",        "ont",
    "ou",        "où",        "par",       "parce",       "parmi",       "pas",      "pendant", "peu",       "peut",
    "peuvent",   "plus",      "plusieurs", "pour",        "pourquoi",    "pourrait", "près",    "pu",        "puis",
    "puisque",   "qu",        "qu'elle",   "qu'il",       "qu'on",       "quand",    "que",     "quel",      "quelle",
    "quelles",   "quelque",   "quelques",  "quels",       "qui",         "quoi",     "qu’elle", "qu’il",     "qu’on",
    "s",         "s'est",     "sa",        "sans",        "sauf",        "se",       "selon",   "sera",      "serait",
    "seront",    "ses",       "seulement", "si",          "soi",         "soient",   "soit",    "son",       "sont",
    "sous",      "suis",      "sur",       "s’est",       "t",           "ta",       "tandis",  "tant",      "te",
    "tes",       "toi",       "ton",       "toujours",    "tous",        "tout",     "toute",   "toutes",    "trop",
    "très",      "tu",        "un",        "une",         "va",          "vers",     "via",     "voici",     "voilà",
    "vont",      "vos",       "votre",     "vous",        "y",           "à",        "ça",      "également", "étaient",
    "était",     "étant",     "été",       "être",
});
static_assert(is_valid_list(kFrench));

// Italian: function words, articulated prepositions and the elided forms (l, dell, all, nell, ...).
constexpr auto kItalian = std::to_array<std::string_view>({
    "a",       "ad",      "agli",    "ai",      "al",     "all",    "alla",    "alle",  "allo",    "anche",  "ancora",
    "avere",   "aveva",   "avevano", "c",       "che",    "chi",    "ci",      "cioè",  "ciò",     "come",   "con",
    "contro",  "così",    "cui",     "d",       "da",     "dagli",  "dai",     "dal",   "dall",    "dalla",  "dalle",
    "dallo",   "degli",   "dei",     "del",     "dell",   "della",  "delle",   "dello", "di",      "dopo",   "dove",
    "dunque",  "durante", "e",       "ecco",    "ed",     "era",    "erano",   "essa",  "essere",  "esso",   "fra",
    "fu",      "furono",  "già",     "gli",     "ha",     "hanno",  "ho",      "i",     "il",      "in",     "infatti",
    "inoltre", "invece",  "io",      "l",       "la",     "le",     "lei",     "li",    "lo",      "loro",   "lui",
    "ma",      "mai",     "me",      "mentre",  "mi",     "mia",    "mie",     "miei",  "mio",     "molta",  "molte",
    "molti",   "molto",   "ne",      "negli",   "nei",    "nel",    "nell",    "nella", "nelle",   "nello",  "noi",
    "non",     "nostra",  "nostre",  "nostri",  "nostro", "né",     "o",       "ogni",  "oppure",  "ovvero", "per",
    "perché",  "però",    "più",     "poi",     "poiché", "presso", "proprio", "può",   "qualche", "quale",  "quali",
    "quando",  "quanto",  "quell",   "quella",  "quelle", "quelli", "quello",  "quest", "questa",  "queste", "questi",
    "questo",  "qui",     "quindi",  "sarebbe", "sarà",   "se",     "sempre",  "senza", "si",      "sia",    "siamo",
    "siano",   "sono",    "sopra",   "sotto",   "stata",  "state",  "stati",   "stato", "stesso",  "su",     "sua",
    "sue",     "sui",     "sul",     "sull",    "sulla",  "sulle",  "sullo",   "suo",   "suoi",    "sé",     "tale",
    "tali",    "tanto",   "tra",     "tu",      "tua",    "tuo",    "tutta",   "tutte", "tutti",   "tutto",  "un",
    "una",     "uno",     "verso",   "vi",      "voi",    "è",
});
static_assert(is_valid_list(kItalian));

// Japanese: particles, auxiliary/inflection fragments as ICU's dictionary segmenter yields them,
// demonstratives, pronouns and compound particles (について, によって).
constexpr auto kJapanese = std::to_array<std::string_view>({
    "あっ", "あなた", "あの", "あり", "ある", "あれ", "い", "いう", "いた", "いつ", "いる", "う", "おける", "および", "おり", "か",
    "かつ", "から", "が", "き", "くらい", "ぐらい", "けど", "けれど", "けれども", "こう", "ここ", "こそ", "こと", "この", "これ",
    "これら", "さ", "さえ", "さらに", "され", "された", "し", "しか", "しかし", "した", "して", "しています", "しま", "しまし", "すでに",
    "する", "ず", "せ", "そう", "そこ", "そして", "その", "その他", "その後", "それ", "それから", "それら", "ぞ", "た", "ただ",
    "ただし", "たち", "ため", "たり", "だ", "だから", "だけ", "だっ", "だった", "つ", "て", "ている", "で", "でき", "できる", "でし",
    "でした", "です", "でも", "と", "という", "ところが", "として", "とともに", "どこ", "どの", "どれ", "な", "ない", "なお", "なかっ",
    "ながら", "なく", "なっ", "など", "なに", "なら", "なり", "なる", "に", "において", "における", "について", "にとって", "によって",
    "により", "による", "に対して", "に対する", "に関する", "ね", "の", "ので", "のに", "のみ", "は", "ば", "ばかり", "へ", "ほか",
    "ほど", "ほぼ", "まし", "ました", "ます", "ませ", "ません", "また", "または", "まだ", "まで", "も", "もう", "もの", "や", "よ",
    "よう", "ようだ", "より", "よる", "ら", "らしい", "られ", "られる", "れ", "れた", "れる", "わ", "を", "ん", "何", "僕",
    "又は", "及び", "彼", "彼女", "既に", "私", "等",
});
static_assert(is_valid_list(kJapanese));

// Dutch: articles, pronouns, prepositions, conjunctions, forms of zijn/hebben/worden and modals.
constexpr auto kDutch = std::to_array<std::string_view>({
    "aan",     "af",      "al",       "alle",    "alles",   "als",     "altijd",  "ander",    "andere",  "anders",
    "beide",   "ben",     "bij",      "binnen",  "boven",   "daar",    "daarbij", "daardoor", "daarna",  "daarom",
    "daarvan", "dan",     "dat",      "de",      "den",     "der",     "deze",    "die",      "dit",     "doch",
    "doen",    "door",    "dus",      "echter",  "een",     "eens",    "eigen",   "elk",      "elke",    "en",
    "enkele",  "er",      "eveneens", "geen",    "geweest", "haar",    "had",     "hadden",   "heb",     "hebben",
    "heeft",   "hem",     "hen",      "het",     "hier",    "hierbij", "hij",     "hoe",      "hun",     "ieder",
    "iedere",  "iemand",  "iets",     "ik",      "in",      "is",      "ja",      "je",       "jij",     "jou",
    "jouw",    "jullie",  "kan",      "kon",     "konden",  "kunnen",  "maar",    "me",       "meer",    "men",
    "met",     "mij",     "mijn",     "moest",   "moet",    "moeten",  "mogen",   "na",       "naar",    "nadat",
    "net",     "niet",    "niets",    "nog",     "nooit",   "nu",      "of",      "om",       "omdat",   "ondanks",
    "onder",   "ons",     "onze",     "ook",     "op",      "over",    "reeds",   "sinds",    "sommige", "steeds",
    "te",      "tegen",   "ten",      "terwijl", "tijdens", "toch",    "toen",    "tot",      "tussen",  "u",
    "uit",     "uw",      "vaak",     "van",     "vanaf",   "veel",    "verder",  "via",      "voor",    "vooral",
    "waar",    "waarbij", "waardoor", "waarin",  "waarop",  "wanneer", "want",    "waren",    "was",     "wat",
    "we",      "wel",     "welke",    "werd",    "werden",  "wie",     "wij",     "wil",      "wilde",   "worden",
    "wordt",   "zal",     "ze",       "zeer",    "zelf",    "zich",    "zij",     "zijn",     "zo",      "zoals",
    "zonder",  "zou",     "zouden",   "zowel",   "zullen",
});
static_assert(is_valid_list(kDutch));

// Portuguese: articles, contractions of prepositions (do, na, pelo, num), pronouns, auxiliaries.
constexpr auto kPortuguese = std::to_array<std::string_view>({
    "a",        "ainda",  "ao",      "aos",     "após",   "aquela", "aquelas", "aquele", "aqueles", "aquilo", "as",
    "assim",    "até",    "cada",    "com",     "como",   "contra", "cuja",    "cujo",   "da",      "das",    "de",
    "dela",     "delas",  "dele",    "deles",   "depois", "desde",  "dessa",   "desse",  "desta",   "deste",  "disso",
    "disto",    "do",     "dos",     "durante", "e",      "ela",    "elas",    "ele",    "eles",    "em",     "embora",
    "enquanto", "entre",  "então",   "era",     "eram",   "essa",   "essas",   "esse",   "esses",   "esta",   "estar",
    "estas",    "estava", "estavam", "este",    "estes",  "esteve", "está",    "estão",  "eu",      "foi",    "foram",
    "havia",    "há",     "isso",    "isto",    "já",     "lhe",    "lhes",    "mais",   "mas",     "me",     "mesma",
    "mesmo",    "meu",    "meus",    "minha",   "minhas", "muita",  "muitas",  "muito",  "muitos",  "na",     "nas",
    "nem",      "nessa",  "nesse",   "nesta",   "neste",  "no",     "nos",     "nossa",  "nossas",  "nosso",  "nossos",
    "num",      "numa",   "não",     "nós",     "o",      "onde",   "os",      "ou",     "outra",   "outras", "outro",
    "outros",   "para",   "pela",    "pelas",   "pelo",   "pelos",  "pode",    "podem",  "poderia", "pois",   "por",
    "porque",   "porém",  "quais",   "qual",    "quando", "que",    "quem",    "se",     "seja",    "sejam",  "sem",
    "ser",      "seria",  "será",    "seu",     "seus",   "sido",   "sob",     "sobre",  "sua",     "suas",   "são",
    "só",       "também", "te",      "tem",     "ter",    "teve",   "tinha",   "toda",   "todas",   "todo",   "todos",
    "tu",       "tão",    "têm",     "um",      "uma",    "umas",   "uns",     "vai",    "você",    "vocês",  "vão",
    "à",        "às",     "é",
});
static_assert(is_valid_list(kPortuguese));

// Russian: pronouns in their case forms, prepositions, conjunctions, particles, forms of быть.
constexpr auto kRussian = std::to_array<std::string_view>({
    "а",       "без",     "более",   "будет",   "будут",    "бы",       "был",    "была",    "были",     "было",
    "быть",    "в",       "вам",     "вас",     "ваш",      "ваша",     "ведь",   "весь",    "вместе",   "во",
    "вот",     "все",     "всего",   "всем",    "всех",     "всю",      "вся",    "всё",     "вы",       "где",
    "да",      "даже",    "для",     "до",      "его",      "ее",       "ей",     "ему",     "если",     "есть",
    "еще",     "ещё",     "её",      "же",      "за",       "здесь",    "и",      "из",      "или",      "им",
    "ими",     "их",      "к",       "как",     "какой",    "когда",    "кого",   "которая", "которого", "которое",
    "которой", "котором", "которые", "который", "которым",  "которых",  "кроме",  "кто",     "куда",     "ли",
    "либо",    "лишь",    "между",   "меня",    "мне",      "может",    "можно",  "мой",     "моя",      "мы",
    "на",      "над",     "надо",    "нам",     "нами",     "нас",      "наш",    "наша",    "не",       "него",
    "нее",     "ней",     "нем",     "нет",     "неё",      "ни",       "ним",    "них",     "но",       "ну",
    "нём",     "о",       "об",      "однако",  "около",    "он",       "она",    "они",     "оно",      "от",
    "очень",   "перед",   "по",      "под",     "после",    "потом",    "потому", "почему",  "почти",    "при",
    "про",     "против",  "с",       "сам",     "сама",     "своего",   "своей",  "свои",    "своих",    "свой",
    "себе",    "себя",    "сейчас",  "со",      "среди",    "так",      "также",  "такой",   "там",      "твой",
    "те",      "тебе",    "тебя",    "тем",     "теперь",   "то",       "тогда",  "того",    "тоже",     "той",
    "только",  "том",     "тот",     "ту",      "ты",       "у",        "уж",     "уже",     "хотя",     "чего",
    "чей",     "чем",     "через",   "что",     "чтобы",    "эта",      "эти",    "это",     "этого",    "этой",
    "этом",    "этот",    "эту",     "я",       "является", "являются",
});
static_assert(is_valid_list(kRussian));

// Chinese: particles, pronouns, prepositions, conjunctions and function adverbs; the most common
// ones also in traditional characters, since text is not converted between scripts.
constexpr auto kChinese = std::to_array<std::string_view>({
    "一个", "一些", "一样",   "一直", "上",   "下",   "不",   "不是", "不过", "与",   "且",   "並",   "並且", "个",
    "中",   "为",   "为什么", "之",   "之一", "之前", "之后", "之间", "也",   "也是", "了",   "于",   "于是", "些",
    "亦",   "什么", "什麼",   "从",   "他",   "他们", "他們", "以",   "以上", "以下", "以前", "以及", "以后", "会",
    "但",   "但是", "你",     "你们", "個",   "們",   "关于", "其",   "其中", "其他", "其它", "再",   "则",   "到",
    "即",   "即使", "去",     "又",   "及",   "另外", "只",   "只是", "只有", "可以", "可是", "可能", "各",   "同",
    "同时", "向",   "吗",     "吧",   "呀",   "呢",   "和",   "咱们", "哪",   "哪里", "啊",   "嘛",   "因为", "因此",
    "因為", "在",   "地",     "太",   "她",   "她们", "如果", "它",   "它们", "对",   "对于", "将",   "對",   "對於",
    "就",   "就是", "已",     "已經", "已经", "并",   "并且", "应该", "当",   "很",   "得",   "從",   "怎么", "怎样",
    "您",   "我",   "我们",   "我們", "或",   "所",   "所以", "才",   "把",   "按",   "按照", "於",   "时候", "是",
    "更",   "曾",   "曾经",   "最",   "會",   "有",   "有的", "本",   "来",   "根据", "正在", "此",   "每",   "比",
    "沒有", "没",   "没有",   "為",   "然后", "然而", "由",   "的",   "着",   "等",   "等等", "給",   "给",   "者",
    "而",   "而且", "能",     "自己", "與",   "若",   "虽然", "被",   "要",   "讓",   "让",   "该",   "谁",   "跟",
    "过",   "还",   "还是",   "还有", "这",   "这个", "这些", "这是", "这样", "这种", "这里", "這",   "這些", "這個",
    "這樣", "通过", "通過",   "還",   "那",   "那个", "那些", "那样", "那种", "那里", "都",   "都是", "里",   "關於",
    "雖然", "非常",
});
static_assert(is_valid_list(kChinese));

struct LanguageWords {
  std::string_view code;
  std::span<const std::string_view> words;
  // Most tokens of a text are longer than every stop word; they are rejected without a search.
  std::size_t longest_word;
};

template <std::size_t N>
constexpr LanguageWords make_entry(std::string_view code, const std::array<std::string_view, N>& words) {
  std::size_t longest = 0;
  for (std::string_view word : words) longest = std::max(longest, word.size());
  return {code, words, longest};
}

constexpr std::array kLanguages = {
    make_entry("de", kGerman),  make_entry("en", kEnglish),  make_entry("es", kSpanish), make_entry("fr", kFrench),
    make_entry("it", kItalian), make_entry("ja", kJapanese), make_entry("nl", kDutch),   make_entry("pt", kPortuguese),
    make_entry("ru", kRussian), make_entry("zh", kChinese),
};

const LanguageWords* find_language(std::string_view language) {
  for (const LanguageWords& entry : kLanguages) {
    if (entry.code == language) return &entry;
  }
  return nullptr;
}

}  // namespace

const std::vector<std::string_view>& stop_words(std::string_view language) {
  // Built once, on first use, in kLanguages order; thread-safe as a function-local static.
  static const std::vector<std::vector<std::string_view>> vectors = [] {
    std::vector<std::vector<std::string_view>> result;
    result.reserve(kLanguages.size());
    for (const LanguageWords& entry : kLanguages) {
      result.emplace_back(entry.words.begin(), entry.words.end());
    }
    return result;
  }();
  static const std::vector<std::string_view> empty;
  const LanguageWords* entry = find_language(language);
  if (entry == nullptr) return empty;
  return vectors[static_cast<std::size_t>(entry - kLanguages.data())];
}

bool is_stop_word(std::string_view language, std::string_view folded_word) {
  const LanguageWords* entry = find_language(language);
  if (entry == nullptr || folded_word.size() > entry->longest_word) return false;
  return std::binary_search(entry->words.begin(), entry->words.end(), folded_word, byte_less);
}

}  // namespace precis::detail
