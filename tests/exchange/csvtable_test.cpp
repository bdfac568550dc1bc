#include <gtest/gtest.h>

#include "exchange/csvtable.h"
#include "exchangetesting.h"
#include "support/qtprinters.h"

using namespace painpace;
using painpace::testing::issuesOf;

namespace {

QString problemIn(const QByteArray& bytes) {
    const ValidationIssues issues =
        issuesOf([&] { CsvTable::parse(bytes, QStringLiteral("t.csv")); });
    return issues.isEmpty() ? QString() : issues.first().message;
}

} // namespace

TEST(CsvTable, QuotedCellsHoldSeparatorsQuotesAndLineBreaks) {
    const CsvTable table = CsvTable::parse(
        "day,note\r\n2026-03-01,\"tired, \"\"sore\"\"\nand stiff\"\r\n\r\n2026-03-02,ok\r\n",
        QStringLiteral("t.csv"));
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows[0].cells[1].text, QStringLiteral("tired, \"sore\"\nand stiff"));
    EXPECT_EQ(table.rows[0].line, 2);
    EXPECT_EQ(table.rows[1].line, 5); // the quoted line break and the blank line count
    EXPECT_EQ(table.rows[1].cells[1].column, 2);
}

TEST(CsvTable, SemicolonsAreTheSeparatorWhenTheHeaderUsesThem) {
    const CsvTable table = CsvTable::parse("\xEF\xBB\xBF"
                                           "Datum;Pain;Note\n2026-03-01;2,5;a, b\n",
                                           QStringLiteral("t.csv"));
    ASSERT_EQ(table.header.cells.size(), 3);
    EXPECT_EQ(table.header.cells[0].text,
              QStringLiteral("Datum")); // the byte-order mark is skipped
    EXPECT_EQ(table.rows[0].cells[1].text, QStringLiteral("2,5"));
    EXPECT_EQ(table.rows[0].cells[2].text, QStringLiteral("a, b"));
}

TEST(CsvTable, BrokenFilesNameTheLineAndColumn) {
    EXPECT_EQ(problemIn("a,b\n1,\"open\n2,3\n"),
              QStringLiteral("t.csv line 2, column 2: a quoted cell is never closed (the file "
                             "may be cut short)"));
    EXPECT_TRUE(problemIn("a,b\n1,\"x\"y\n").startsWith(QStringLiteral("t.csv line 2, column 2:")));
    EXPECT_EQ(problemIn("a,b\n1,2\n1,2,3\n"),
              QStringLiteral("t.csv line 3, column 3: 3 cells, but the header names 2 columns"));
    EXPECT_TRUE(problemIn("").contains(QStringLiteral("empty")));
}

TEST(CsvTable, WrongEncodingsAreNamed) {
    EXPECT_TRUE(problemIn(QByteArray("\xFF\xFE"
                                     "a\0",
                                     4))
                    .contains(QStringLiteral("UTF-16")));
    EXPECT_EQ(problemIn("a,b\nok,fine\ncaf\xE9,x\n"),
              QStringLiteral("t.csv line 3: the file is not UTF-8 (character 4 of the line; "
                             "perhaps it is Latin-1 or Windows-1252); save it as CSV UTF-8"));
    EXPECT_TRUE(problemIn("a\n\xED\xA0\x80\n").contains(QStringLiteral("line 2"))); // a surrogate
    EXPECT_TRUE(problemIn("a\n\xC0\xAF\n").contains(QStringLiteral("line 2")));     // overlong
}

TEST(CsvTable, ALineOfTenMegabytesIsRefusedNotRead) {
    QByteArray bytes = "day,note\n2026-03-01,";
    bytes.append(QByteArray(10 * 1024 * 1024, 'x'));
    EXPECT_EQ(problemIn(bytes), QStringLiteral("t.csv line 2, column 1: a row longer than a "
                                               "megabyte is not a diary entry"));
    QByteArray quoted = "day,note\n2026-03-01,\"";
    quoted.append(QByteArray(10 * 1024 * 1024, 'x'));
    quoted.append("\"\n");
    EXPECT_TRUE(problemIn(quoted).contains(QStringLiteral("longer than a megabyte")));
}

TEST(CsvTable, WritingQuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(writeCsv({QStringLiteral("a"), QStringLiteral("b")},
                       {{QStringLiteral("plain"), QStringLiteral("with, comma")},
                        {QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")},
                        {QStringLiteral(" padded"), QString()}}),
              QByteArray("a,b\r\nplain,\"with, comma\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n\" "
                         "padded\",\r\n"));
}
