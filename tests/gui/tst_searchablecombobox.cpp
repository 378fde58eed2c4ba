// Searching the province and commune lists ignores case, tone marks and đ/d.
#include "FoldingFilterModel.h"
#include "SearchableComboBox.h"

#include <QLineEdit>
#include <QTest>

using namespace motcua::shell;

class TestSearchableComboBox : public QObject
{
    Q_OBJECT

private slots:
    void foldsVietnamese();
    void filtersByEveryWord();
    void selectsByData();
};

void TestSearchableComboBox::foldsVietnamese()
{
    QCOMPARE(FoldingFilterModel::fold(QStringLiteral("Đà Nẵng")), QStringLiteral("da nang"));
    QCOMPARE(FoldingFilterModel::fold(QStringLiteral("  Phường   Ba Đình ")), QStringLiteral("phuong ba dinh"));
    QCOMPARE(FoldingFilterModel::fold(QStringLiteral("Thừa Thiên Huế")), QStringLiteral("thua thien hue"));
}

void TestSearchableComboBox::filtersByEveryWord()
{
    SearchableComboBox combo;
    for (const char* name : {"Phường Ba Đình", "Phường Ngọc Hà", "Xã Đông Anh", "Phường Hoàn Kiếm"})
        combo.addItem(QString::fromUtf8(name));
    auto* filter = combo.findChild<FoldingFilterModel*>();
    QVERIFY(filter);
    filter->setSearchText(QStringLiteral("dong"));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, 0).data().toString(), QStringLiteral("Xã Đông Anh"));
    filter->setSearchText(QStringLiteral("phuong ha"));
    QCOMPARE(filter->rowCount(), 1);
    filter->setSearchText(QStringLiteral("PHƯỜNG"));
    QCOMPARE(filter->rowCount(), 3);
    filter->setSearchText(QString());
    QCOMPARE(filter->rowCount(), 4);
}

void TestSearchableComboBox::selectsByData()
{
    SearchableComboBox combo;
    combo.addItem(QStringLiteral("Hà Nội"), QStringLiteral("01"));
    combo.addItem(QStringLiteral("Huế"), QStringLiteral("46"));
    combo.setCurrentIndex(-1);
    QVERIFY(!combo.hasValidSelection());
    QVERIFY(combo.selectData(QStringLiteral("46")));
    QVERIFY(combo.hasValidSelection());
    QCOMPARE(combo.currentText(), QStringLiteral("Huế"));
    combo.lineEdit()->setText(QStringLiteral("Hu"));
    QVERIFY(!combo.hasValidSelection()); // half-typed text is not a choice
    QVERIFY(!combo.selectData(QStringLiteral("99")));
}

QTEST_MAIN(TestSearchableComboBox)
#include "tst_searchablecombobox.moc"
