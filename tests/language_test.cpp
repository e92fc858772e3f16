// language_detection.h and the `language` option: which language a text is in, from its
// scripts and function words; "auto" against a forced code; unknown codes are errors.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "test_support.h"
#include "text/language_detection.h"

using precis::detail::detect_language;
using precis_test::summarize_ok;

namespace {

// The same short news item in each language Precis supports, written for these tests.
const std::vector<std::pair<std::string, std::string>>& paragraphs() {
  static const std::vector<std::pair<std::string, std::string>> texts = {
      {"en",
       "The town library will stay open later on weekdays from next month. Staff said the change was made after "
       "readers asked for more time in the evenings. The council has also agreed to buy new books for the children's "
       "section, and a small café will open near the entrance. Opening hours on Sundays will not change."},
      {"de",
       "Die Stadtbibliothek bleibt ab dem nächsten Monat an Wochentagen länger geöffnet. Die Mitarbeiter sagten, "
       "dass die Änderung auf Wunsch der Leser eingeführt wurde. Außerdem hat der Gemeinderat beschlossen, neue "
       "Bücher für die Kinderabteilung zu kaufen, und am Eingang wird ein kleines Café eröffnet. An Sonntagen ändern "
       "sich die Öffnungszeiten nicht."},
      {"fr",
       "La bibliothèque municipale restera ouverte plus tard en semaine à partir du mois prochain. Le personnel a "
       "expliqué que ce changement répond à une demande des lecteurs. Le conseil a aussi décidé d'acheter de "
       "nouveaux livres pour les enfants, et un petit café ouvrira près de l'entrée. Les horaires du dimanche ne "
       "changent pas."},
      {"es",
       "La biblioteca municipal abrirá más tarde los días laborables a partir del próximo mes. El personal explicó "
       "que el cambio se hizo porque los lectores pedían más tiempo por la tarde. El ayuntamiento también aprobó la "
       "compra de libros nuevos para la sección infantil, y una pequeña cafetería abrirá junto a la entrada. El "
       "horario de los domingos no cambiará."},
      {"it",
       "La biblioteca comunale resterà aperta più a lungo nei giorni feriali a partire dal mese prossimo. Il "
       "personale ha spiegato che il cambiamento è stato deciso perché i lettori chiedevano più tempo la sera. Il "
       "consiglio ha anche approvato l'acquisto di nuovi libri per la sezione dei bambini, e un piccolo bar aprirà "
       "vicino all'ingresso. L'orario della domenica non cambierà."},
      {"pt",
       "A biblioteca municipal vai ficar aberta até mais tarde nos dias úteis a partir do próximo mês. Os "
       "funcionários disseram que a mudança foi feita porque os leitores pediam mais tempo à noite. A câmara também "
       "aprovou a compra de livros novos para a secção das crianças, e um pequeno café vai abrir junto à entrada. O "
       "horário de domingo não vai mudar."},
      {"nl",
       "De gemeentelijke bibliotheek blijft vanaf volgende maand op werkdagen langer open. Het personeel zei dat de "
       "wijziging is doorgevoerd omdat lezers om meer tijd in de avond vroegen. De gemeenteraad heeft ook besloten "
       "om nieuwe boeken voor de kinderafdeling te kopen, en bij de ingang komt een klein café. De openingstijden op "
       "zondag blijven hetzelfde."},
      {"ru",
       "Городская библиотека со следующего месяца будет работать дольше по будним дням. Сотрудники сказали, что "
       "изменение было сделано по просьбе читателей. Совет также решил купить новые книги для детского отдела, а у "
       "входа откроется небольшое кафе. Часы работы по воскресеньям не изменятся."},
      {"zh",
       "从下个月开始，市图书馆在工作日将延长开放时间。工作人员说，这一变化是应读者的要求而做出的。"
       "市议会还决定为儿童区购买新书，并在入口附近开设一家小咖啡馆。周日的开放时间不变。"},
      {"ja",
       "来月から、市立図書館は平日の開館時間を延長します。職員によると、この変更は利用者の要望に応えたものです。"
       "市議会は子ども向けの新しい本を購入することも決め、入口の近くには小さなカフェが開店します。"
       "日曜日の開館時間は変わりません。"},
  };
  return texts;
}

bool has_warning_containing(const precis::Result& result, std::string_view part) {
  for (const std::string& warning : result.warnings) {
    if (warning.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("detect_language recognises a paragraph in each supported language", "[language]") {
  for (const auto& [code, text] : paragraphs()) {
    INFO("expected " << code);
    const precis::detail::DetectedLanguage detected = detect_language(text);
    CHECK(detected.code == code);
    CHECK(detected.confident);
  }
}

TEST_CASE("The result's language field is the detected language with language auto", "[language]") {
  for (const auto& [code, text] : paragraphs()) {
    INFO("expected " << code);
    const precis::Result result = summarize_ok(text);
    CHECK(result.language == code);
    CHECK_FALSE(has_warning_containing(result, "language"));
    // Each paragraph has four sentences, found with the rules of its language.
    INFO(precis_test::describe_sentences(text, result));
    CHECK(result.sentences.size() == 4);
    precis_test::check_invariants(text, result);
  }
}

TEST_CASE("Every supported language has word lists", "[language]") {
  for (const auto& [code, text] : paragraphs()) {
    INFO(code);
    CHECK(precis::detail::is_supported_language(code));
  }
  CHECK_FALSE(precis::detail::is_supported_language("ko"));
  CHECK_FALSE(precis::detail::is_supported_language("auto"));
  CHECK_FALSE(precis::detail::is_supported_language(""));
}

TEST_CASE("A forced language is used as given, whatever the text", "[language]") {
  const std::string english = paragraphs().front().second;
  precis::Options options;
  options.language = "de";
  const precis::Result forced = summarize_ok(english, options);
  CHECK(forced.language == "de");

  options.language = "en";
  const precis::Result same = summarize_ok(english, options);
  CHECK(same.language == "en");
  // Forcing the language the detector would choose changes nothing.
  CHECK(precis::to_json(same) == precis::to_json(summarize_ok(english)));

  // The language decides the break rules and the stop words, not whether sentences are found.
  CHECK(forced.sentences.size() == same.sentences.size());
}

TEST_CASE("Scripts decide the language of non-Latin text", "[language]") {
  CHECK(detect_language("Ο καιρός είναι καλός σήμερα. Πήγαμε στο πάρκο.").code == "el");
  CHECK(detect_language("오늘은 날씨가 좋습니다. 우리는 공원에 갔습니다.").code == "ko");
  CHECK(detect_language("Погода сегодня хорошая. Мы пошли в парк.").code == "ru");
  // Kana make Chinese characters Japanese.
  CHECK(detect_language("私は東京に住んでいます。").code == "ja");
  CHECK(detect_language("我住在北京。").code == "zh");
}

TEST_CASE("A text that is mostly German with an English quotation is German", "[language]") {
  const std::string text =
      "Der Minister sagte am Montag, dass die Regierung die Steuern nicht erhöhen werde. Er zitierte dabei einen "
      "Satz aus einer Rede: \"read my lips\". Die Opposition hat die Aussage scharf kritisiert und verlangt eine "
      "Erklärung im Parlament.";
  CHECK(detect_language(text).code == "de");
}

TEST_CASE("Too little text is analysed as a fallback language with a warning", "[language]") {
  const precis::detail::DetectedLanguage detected = detect_language("Hello.");
  CHECK_FALSE(detected.confident);
  CHECK_FALSE(detected.code.empty());

  const precis::Result result = summarize_ok("Hello.");
  CHECK(result.language == detected.code);
  CHECK(has_warning_containing(result, "language"));

  // No letters at all.
  CHECK_FALSE(detect_language("12345 678 !!!").confident);
  CHECK_FALSE(detect_language("").confident);
}

TEST_CASE("A known language without word lists is analysed with a warning, not an error", "[language]") {
  precis::Options options;
  options.language = "fi";
  const std::string finnish = "Kaupungin kirjasto on auki pidempään ensi kuusta alkaen. Henkilökunta sanoi, että "
                              "muutos tehtiin lukijoiden toiveesta.";
  const precis::Result result = summarize_ok(finnish, options);
  CHECK(result.language == "fi");
  CHECK(result.sentences.size() == 2);
  CHECK(has_warning_containing(result, "\"fi\""));
}

TEST_CASE("An unknown language code is an Error from summarize, analyze and check_options", "[language]") {
  for (const std::string code : {"xx", "klingon", "", "e", "en-GB-x"}) {
    INFO("language \"" << code << "\"");
    precis::Options options;
    options.language = code;
    const precis::Expected<precis::Result> result = precis::summarize("The library will open later.", options);
    REQUIRE_FALSE(result.has_value());
    CHECK_FALSE(result.error().message.empty());

    const std::optional<precis::Error> problem = precis::check_options(options);
    REQUIRE(problem.has_value());
    CHECK(problem->message == result.error().message);

    precis::AnalysisOptions analysis_options;
    analysis_options.language = code;
    CHECK_FALSE(precis::analyze("The library will open later.", analysis_options).has_value());
  }
  precis::Options fine;
  fine.language = "auto";
  CHECK_FALSE(precis::check_options(fine).has_value());
  fine.language = "ja";
  CHECK_FALSE(precis::check_options(fine).has_value());
}
