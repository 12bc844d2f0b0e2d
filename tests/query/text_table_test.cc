#include <catch2/catch.hpp>

#include <sstream>

#include "query/text_table.h"

using namespace akg;
using namespace akg::query;

TEST_CASE("display width counts terminal cells, not bytes", "[query][table]") {
  CHECK(displayWidth("Aleppo") == 6);
  CHECK(displayWidth("حلب") == 3);                 // 6 bytes
  CHECK(displayWidth("الشَّيْخ") == 5);             // tashkeel takes no cell
  CHECK(displayWidth("\xE2\x81\xA8حلب\xE2\x81\xA9") == 3);  // isolates take no cell
  CHECK(displayWidth("東京") == 4);                // wide characters take two
  CHECK(displayWidth("Kobanê") == 6);
}

TEST_CASE("right-to-left text is isolated, left-to-right text is not", "[query][table][ar]") {
  CHECK(isolate("Aleppo") == "Aleppo");
  CHECK(isolate("حلب") == "\xE2\x81\xA8حلب\xE2\x81\xA9");
  CHECK(hasRightToLeft("SDF / قسد"));
  CHECK_FALSE(hasRightToLeft("2026-01-11"));
}

TEST_CASE("an aligned table pads Arabic cells by their width on screen", "[query][table][ar]") {
  TextTable t;
  t.columns = {"NAME", "KIND"};
  t.rows.push_back({{"قسد", "armed_group"}, {}});
  t.rows.push_back({{"Aleppo", "city"}, {}});
  std::ostringstream out;
  writeAligned(out, t);
  CHECK(out.str() ==
        "NAME    KIND\n"
        "\xE2\x81\xA8قسد\xE2\x81\xA9     armed_group\n"
        "Aleppo  city\n");
}

TEST_CASE("rows carry their evidence sentences as written", "[query][table]") {
  Evidence ev;
  ev.article = "halab-ar";
  ev.date = "2026-01-11";
  ev.lang = Lang::Ar;
  ev.text = "انسحبت قسد من حلب.";
  TextTable t;
  t.columns = {"RELATION", "TARGET"};
  t.evidenceColumns = true;
  t.rows.push_back({{"withdrew_from", "Aleppo"}, {&ev}});
  SECTION("aligned: the sentence under its row, isolated, with article and date") {
    std::ostringstream out;
    writeAligned(out, t);
    CHECK(out.str() ==
          "RELATION       TARGET\n"
          "withdrew_from  Aleppo\n"
          "    \xE2\x80\x9C\xE2\x81\xA8انسحبت قسد من حلب.\xE2\x81\xA9\xE2\x80\x9D  (halab-ar, 2026-01-11)\n");
    std::ostringstream hidden;
    writeAligned(hidden, t, TableStyle{false, 0});
    CHECK(hidden.str() == "RELATION       TARGET\nwithdrew_from  Aleppo\n");
  }
  SECTION("TSV: one line per sentence, raw text") {
    std::ostringstream out;
    writeTsv(out, t);
    CHECK(out.str() ==
          "RELATION\tTARGET\tevidence_article\tevidence_date\tevidence_lang\tevidence_sentence\n"
          "withdrew_from\tAleppo\thalab-ar\t2026-01-11\tar\tانسحبت قسد من حلب.\n");
  }
  SECTION("TSV cells lose tabs and line breaks") {
    ev.text = "one\ttwo\nthree";
    std::ostringstream out;
    writeTsv(out, t);
    CHECK(out.str().find("one two three\n") != std::string::npos);
  }
}
