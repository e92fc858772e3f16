#include "entities/name_lists.h"

#include <unicode/uloc.h>
#include <unicode/ures.h>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "text/text_folding.h"
#include "util/string_index.h"

namespace precis::detail {

namespace {

using WordSet = StringIndex;

WordSet make_set(std::initializer_list<std::string_view> words) { return WordSet(words); }

const WordSet& person_titles() {
  static const WordSet set = make_set({
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
      "president", "vice", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
      "governor", "gov", "mayor", "judge", "justice", "chancellor", "minister", "secretary", "general",
      "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "officer",
      "detective", "inspector", "chief", "ceo", "chairman", "chairwoman", "chair", "director", "coach",
      "manager", "king", "queen", "prince", "princess", "pope", "father", "bishop", "archbishop",
      "rabbi", "imam", "herr", "frau", "monsieur", "madame", "mme", "mlle", "señor", "señora", "sr",
      "sra", "signor", "signora", "dott", "sig", "dhr", "mevrouw", "mevr", "premier", "prime",
      "ambassador", "commissioner", "spokesman", "spokeswoman", "spokesperson", "striker", "midfielder",
      "defender", "goalkeeper", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "präsident",
      "präsidentin", "ministerpräsident", "ministerpräsidentin", "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin",
      "président", "présidente", "ministre", "maire", "presidente", "ministro", "ministra", "alcalde",
      "sindaco", "burgemeester", "minister-president", "koning", "koningin", "roi", "reine", "könig",
      "königin", "papst", "pape", "papa", "президент", "министр", "премьер", "singer", "actor", "actress", "author", "founder", "boss", "saint", "st",
      "counsel", "executive", "attorney", "deputy",
  });
  return set;
}

const WordSet& honorifics() {
  static const WordSet set = make_set({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "herr", "frau", "mme",
                                        "mlle", "dhr", "mevr"});
  return set;
}

const WordSet& first_names() {
  static const WordSet set = make_set({
      "aaron", "adam", "adrian", "ahmed", "alan", "albert", "alex", "alexander", "alexandra", "alfred",
      "ali", "alice", "alison", "amanda", "amy", "andrea", "andrew", "andy", "angela", "angelina", "ann",
      "anna", "anne", "anthony", "antonio", "arnold", "arthur", "barack", "barbara", "ben", "benjamin",
      "bernard", "bill", "billy", "bob", "boris", "brad", "brian", "bruce", "carl", "carlos", "carol",
      "caroline", "catherine", "charles", "charlie", "charlotte", "chris", "christian", "christina",
      "christine", "christopher", "claire", "claude", "colin", "craig", "dan", "daniel", "david",
      "deborah", "dennis", "diana", "donald", "dominic", "edward", "elizabeth", "ellen", "emily", "emma",
      "emmanuel", "eric", "eva", "frank", "françois", "fred", "gary", "george", "gordon", "graham",
      "gregory", "hans", "harry", "helen", "henry", "hillary", "howard", "hugh", "ian", "isabel",
      "jack", "jacob", "jacques", "james", "jan", "jane", "janet", "jason", "jean", "jeff", "jennifer",
      "jeremy", "jessica", "jim", "joe", "johann", "john", "johnny", "jonathan", "jose", "josé",
      "joseph", "juan", "julia", "julie", "karen", "kate", "katherine", "keith", "kelly", "ken",
      "kenneth", "kevin", "klaus", "larry", "laura", "lee", "lisa", "louis", "lucy", "luis", "marco",
      "margaret", "maria", "marie", "mark", "martin", "mary", "matthew", "michael", "michel", "michelle",
      "mike", "mohammed", "muhammad", "nancy", "neil", "nicholas", "nick", "nicola", "nicolas", "nigel",
      "oliver", "olivia", "pablo", "patricia", "patrick", "paul", "peter", "philip", "pierre", "rachel",
      "ralph", "raymond", "rebecca", "richard", "robert", "roger", "ronald", "rose", "roy", "ruth",
      "ryan", "sam", "samuel", "sandra", "sarah", "scott", "sean", "sebastian", "sergei", "sharon",
      "simon", "sophie", "stefan", "stephen", "steve", "steven", "stuart", "susan", "thomas", "tim",
      "timothy", "tom", "tony", "victoria", "vladimir", "walter", "wayne", "william", "wolfgang",
      "xavier", "yuki", "zoe", "angela", "emmanuel", "gerhard", "helmut", "jürgen", "ursula", "olaf",
      "friedrich", "heinrich", "karl", "giuseppe", "giovanni", "francesco", "luca", "matteo", "pedro",
      "miguel", "manuel", "ana", "carmen", "lucia", "joão", "pieter", "willem", "jeroen", "sanne",
      "ivan", "dmitry", "olga", "natalia", "tatiana", "hiroshi", "kenji", "wei", "li", "xi", "kim",
      "narendra", "raj", "priya", "fatima", "omar", "tony", "gwyneth", "rupert", "serena", "venus",
      "roman", "jose", "arsene", "alastair", "ruud", "thierry", "wayne", "rafael", "roger", "andy",
      "lewis", "fernando", "sebastian", "valentino", "lionel", "cristiano", "kylian", "marcus", "harold",
      "tessa", "gillian", "hilary", "jack", "kofi", "nelson", "tony", "ed", "ken", "vince", "nick",
  });
  return set;
}

const WordSet& organisation_words() {
  static const WordSet set = make_set({
      "inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company", "companies", "group", "bank",
      "university", "college", "school", "academy", "court", "agency", "ministry", "department",
      "council", "committee", "party", "association", "institute", "institution", "commission",
      "ag", "gmbh", "sa", "sas", "spa", "nv", "bv", "foundation", "union", "federation", "league",
      "club", "fc", "airlines", "airways", "brewery", "breweries", "parliament", "senate", "congress", "police", "office",
      "service", "services", "authority", "board", "organisation", "organization", "reserve", "news",
      "times", "post", "journal", "motors", "industries", "holdings", "systems", "technologies",
      "technology", "labs", "laboratories", "partners", "capital", "securities", "bureau", "army",
      "navy", "museum", "hospital", "church", "society", "trust", "fund", "network", "media",
      "records", "studios", "entertainment", "pharmaceuticals", "energy", "electric", "telecom",
      "communications", "nations", "assembly", "cabinet", "microsystems", "software", "airline",
      "bundestag", "bundesbank", "ministerium", "gesellschaft", "verband", "stiftung", "universität",
      "ministère", "société", "université", "banque", "conseil", "comité", "assemblée", "ministerio",
      "universidad", "banco", "partido", "ministero", "università", "banca", "universiteit",
      "ministerie", "united", "rovers", "athletic", "wanderers", "olympic", "broadcasting",
      "tribunal", "exchange", "magazine", "press", "channel", "tv", "radio", "games", "pictures",
      "unit", "forces", "guard", "brigade", "corps", "institutes", "alliance", "coalition", "movement",
  });
  return set;
}

const WordSet& legal_forms() {
  static const WordSet set = make_set({"inc", "corp", "ltd", "llc", "plc", "co", "ag", "gmbh", "sa", "sas", "spa",
                                        "nv", "bv", "group", "holdings"});
  return set;
}

const WordSet& location_words() {
  static const WordSet set = make_set({
      "river", "street", "road", "avenue", "square", "county", "province", "state", "island",
      "islands", "mountains", "mountain", "mount", "lake", "sea", "ocean", "bay", "valley", "desert",
      "coast", "peninsula", "gulf", "strait", "region", "district", "park", "airport", "station",
      "bridge", "heights", "hills", "beach", "forest", "canal", "straße", "strasse", "platz", "rue",
      "calle", "via", "straat", "city", "town", "village",
  });
  return set;
}

const WordSet& place_cues() {
  static const WordSet set = make_set({"in", "near", "across", "outside", "throughout", "inside", "via",
                                        "nach", "bei", "à", "en", "dans", "près", "cerca", "nei", "naar"});
  return set;
}

const WordSet& speech_verbs() {
  static const WordSet set = make_set({"said", "says", "told", "added", "explained", "argued", "wrote",
                                        "warned", "insisted", "admitted", "believes", "thinks", "sagte",
                                        "erklärte", "dit", "say", "tell", "déclaré", "dijo", "disse", "zei"});
  return set;
}

const WordSet& demonyms() {
  static const WordSet set = make_set({
      "american", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian",
      "spanish", "portuguese", "dutch", "belgian", "swiss", "austrian", "swedish", "norwegian",
      "danish", "finnish", "polish", "czech", "hungarian", "romanian", "greek", "turkish", "russian",
      "ukrainian", "chinese", "japanese", "korean", "indian", "pakistani", "afghan", "iranian", "iraqi",
      "syrian", "israeli", "palestinian", "egyptian", "saudi", "african", "nigerian", "kenyan",
      "australian", "canadian", "mexican", "brazilian", "argentine", "argentinian", "chilean",
      "colombian", "cuban", "european", "asian", "arab", "muslim", "christian", "jewish", "catholic",
      "protestant", "democrat", "democrats", "republican", "republicans", "labour", "tory", "tories",
      "conservative", "conservatives", "liberal", "socialist", "communist", "olympic", "olympics",
      "english", "latin", "deutsche", "deutschen", "französisch", "américain", "américaine",
      "français", "française", "européen", "européenne", "allemand", "allemande", "britannique",
      "español", "española", "americano", "americana", "italiano", "italiana", "europeo", "europea",
      "nederlandse", "amerikaanse", "europese", "christmas", "easter", "ramadan", "oscar", "oscars",
      "grammy", "grammys", "brit", "brits", "nobel", "euro", "premiership", "bafta",
  });
  return set;
}

// Capitals, large cities, continents and regions that ICU's country names do not cover.
const WordSet& places() {
  static const WordSet set = make_set({
      "london", "paris", "berlin", "madrid", "rome", "lisbon", "amsterdam", "brussels", "vienna",
      "geneva", "zurich", "munich", "frankfurt", "hamburg", "milan", "barcelona", "moscow", "kiev",
      "kyiv", "warsaw", "prague", "budapest", "athens", "istanbul", "ankara", "cairo", "tehran",
      "baghdad", "jerusalem", "beirut", "damascus", "riyadh", "dubai", "delhi", "new delhi", "mumbai",
      "beijing", "shanghai", "hong kong", "tokyo", "osaka", "seoul", "singapore", "bangkok", "jakarta",
      "manila", "sydney", "melbourne", "toronto", "montreal", "vancouver", "ottawa", "new york",
      "washington", "los angeles", "chicago", "boston", "san francisco", "seattle", "miami", "houston",
      "dallas", "atlanta", "detroit", "philadelphia", "las vegas", "california", "texas", "florida",
      "new jersey", "ohio", "michigan", "silicon valley", "hollywood", "wall street", "mexico city",
      "rio de janeiro", "são paulo", "buenos aires", "lagos", "nairobi", "johannesburg", "cape town",
      "europe", "asia", "africa", "america", "north america", "south america", "latin america",
      "antarctica", "australasia", "middle east", "scandinavia", "the balkans", "balkans",
      "caribbean", "mediterranean", "atlantic", "pacific", "arctic", "england", "scotland", "wales",
      "northern ireland", "britain", "great britain", "uk", "us", "usa", "u.s", "u.k", "eu",
      "manchester", "liverpool", "birmingham", "leeds", "glasgow", "edinburgh", "cardiff", "belfast",
      "dublin", "bristol", "oxford", "cambridge", "westminster", "downing street", "whitehall",
      "brüssel", "wien", "köln", "münchen", "genf", "rom", "londres", "bruxelles", "moscou", "pékin",
      "lyon", "marseille", "toulouse", "nice", "bordeaux", "lille", "nantes", "strasbourg",
      "rotterdam", "utrecht", "den haag", "the hague", "antwerp", "antwerpen", "москва", "россия",
      "kosovo", "gaza", "west bank", "darfur", "kashmir", "tibet", "taiwan", "crimea", "siberia",
      "bavaria", "bayern", "catalonia", "quebec", "ontario", "sicily", "corsica", "normandy", "tuscany",
  });
  return set;
}

const WordSet& connectors() {
  static const WordSet set = make_set({"of", "de", "du", "des", "la", "le", "del", "della", "di", "da",
                                        "van", "von", "der", "den", "ter", "al", "el", "bin", "y", "for"});
  return set;
}

const WordSet& never_names() {
  static const WordSet set = make_set({
      "i", "ok", "tv", "ceo", "cfo", "am", "pm", "mp", "mps", "gdp", "uk's", "dj", "id", "pc", "dvd",
      "cd", "ai", "it", "vat", "faq", "ps", "re", "fw", "fwd", "eg", "ie", "etc", "vs", "hiv", "aids",
      "covid", "dna", "pdf", "usb", "sms", "gps", "wifi", "lcd", "hd", "mr", "mrs", "ms", "dr",
      "god", "internet", "web", "government", "minister", "president", "prime", "chief", "executive",
      "officer", "chairman", "mps", "north", "south", "east", "west", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "however", "but",
      "and", "or", "yes", "no", "oh", "please", "thanks", "dear", "hi", "hello", "new", "old", "first",
      "last", "next", "after", "before", "since", "while", "when", "where", "what", "who", "why", "how",
      "this", "that", "these", "those", "there", "here", "then", "now", "also", "still", "even",
      "only", "just", "so", "if", "although", "because", "meanwhile", "despite", "instead",
  });
  return set;
}

bool contains(const WordSet& set, std::string_view word) { return set.contains(word); }

// Country names as ICU spells them in the supported languages, folded. Read from each language's
// table of region names at once (the same names, for ISO codes, as uloc_getDisplayCountry gives
// one by one, in a fraction of the time: every text that has a capitalised word asks).
const WordSet& country_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> result;
    StringIndex countries;
    for (const char* const* country = uloc_getISOCountries(); *country != nullptr; ++country) countries.add(*country);
    static constexpr const char* display_languages[] = {"en", "de", "fr", "es", "it", "pt", "nl", "ru"};
    for (const char* display : display_languages) {
      UErrorCode status = U_ZERO_ERROR;
      UResourceBundle* bundle = ures_open(U_ICUDATA_NAME "-region", display, &status);
      UResourceBundle* table = ures_getByKey(bundle, "Countries", nullptr, &status);
      while (U_SUCCESS(status) && ures_hasNext(table)) {
        const char* code = nullptr;
        int32_t length = 0;
        const UChar* name = ures_getNextString(table, &length, &code, &status);
        // Other regions ("001", "EU") and alternative spellings ("HK-alt-short") are skipped,
        // as is a code standing in for a name the language lacks.
        if (U_FAILURE(status) || code == nullptr || !countries.contains(code)) continue;
        const std::u16string_view name16(name, static_cast<std::size_t>(length));
        if (!std::equal(name16.begin(), name16.end(), code, code + std::strlen(code))) result.push_back(fold(name16));
      }
      ures_close(table);
      ures_close(bundle);
    }
    return result;
  }();
  static const WordSet views(names);
  return views;
}

}  // namespace

bool is_person_title(std::string_view folded) { return contains(person_titles(), folded); }
bool is_honorific(std::string_view folded) { return contains(honorifics(), folded); }
bool is_first_name(std::string_view folded) { return contains(first_names(), folded); }
bool is_organisation_word(std::string_view folded) { return contains(organisation_words(), folded); }
bool is_legal_form(std::string_view folded) { return contains(legal_forms(), folded); }
bool is_location_word(std::string_view folded) { return contains(location_words(), folded); }
bool is_place_cue(std::string_view folded) { return contains(place_cues(), folded); }
bool is_speech_verb(std::string_view folded) { return contains(speech_verbs(), folded); }
bool is_demonym(std::string_view folded) { return contains(demonyms(), folded); }
bool is_name_connector(std::string_view folded) { return contains(connectors(), folded); }
bool is_never_a_name(std::string_view folded) { return contains(never_names(), folded); }

std::uint32_t name_lists_of(std::string_view folded) {
  static const WordLists lists = [] {
    WordLists result;
    const std::pair<NameList, const WordSet*> sets[] = {
        {NameList::first_name, &first_names()},     {NameList::person_title, &person_titles()},
        {NameList::organisation_word, &organisation_words()}, {NameList::legal_form, &legal_forms()},
        {NameList::location_word, &location_words()}, {NameList::place_cue, &place_cues()},
        {NameList::demonym, &demonyms()},           {NameList::never_a_name, &never_names()},
        {NameList::name_connector, &connectors()},  {NameList::speech_verb, &speech_verbs()},
    };
    for (const auto& [list, set] : sets) {
      for (const std::string_view word : set->strings()) result.add(word, static_cast<std::uint32_t>(list));
    }
    return result;
  }();
  return lists.of(folded);
}

bool is_known_place(std::string_view folded_name) {
  return contains(places(), folded_name) || contains(country_names(), folded_name);
}

}  // namespace precis::detail
