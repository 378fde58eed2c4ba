#include "PopulationModel.h"

#include <QHash>

namespace motcua::statistics::model {

namespace {

enum Region
{
    Delta,
    Mountains,
    Midlands,
    NorthCentral,
    CentralCoast,
    Highlands,
    Southeast,
    Mekong
};

struct ProvinceFacts
{
    int code;
    double millions;
    Region region;
    int oldCode; // the main old province code now part of it
};

const std::vector<ProvinceFacts>& facts()
{
    static const std::vector<ProvinceFacts> f = {
        {1, 8.7, Delta, 1},          {4, 0.57, Mountains, 4},     {8, 1.87, Mountains, 8},
        {11, 0.64, Mountains, 11},   {12, 0.5, Mountains, 12},    {14, 1.3, Mountains, 14},
        {15, 1.78, Mountains, 10},   {19, 1.8, Mountains, 19},    {20, 0.8, Mountains, 20},
        {22, 1.4, Delta, 22},        {24, 3.6, Delta, 27},        {25, 4.0, Midlands, 25},
        {31, 4.7, Delta, 31},        {33, 3.6, Delta, 33},        {37, 4.4, Delta, 36},
        {38, 4.3, NorthCentral, 38}, {40, 3.8, NorthCentral, 40}, {42, 1.6, NorthCentral, 42},
        {44, 1.9, NorthCentral, 45}, {46, 1.4, NorthCentral, 46}, {48, 3.1, CentralCoast, 48},
        {51, 2.2, CentralCoast, 51}, {52, 3.6, Highlands, 64},    {56, 2.2, CentralCoast, 56},
        {66, 3.3, Highlands, 66},    {68, 3.9, Highlands, 68},    {75, 4.5, Southeast, 75},
        {79, 14.0, Southeast, 79},   {80, 3.3, Southeast, 72},    {82, 4.4, Mekong, 87},
        {86, 4.3, Mekong, 86},       {91, 4.9, Mekong, 89},       {92, 4.2, Mekong, 92},
        {96, 2.6, Mekong, 96},
    };
    return f;
}

const ProvinceFacts* find(int code)
{
    for (const ProvinceFacts& p : facts())
        if (p.code == code)
            return &p;
    return nullptr;
}

Region regionOf(int code)
{
    const ProvinceFacts* p = find(code);
    return p ? p->region : Delta;
}

Distribution dist(std::initializer_list<std::pair<const char*, double>> items)
{
    Distribution d;
    for (const auto& [name, w] : items) {
        d.names << QString::fromUtf8(name);
        d.weights.push_back(w);
    }
    return d;
}

} // namespace

double provincePopulation(int provinceCode)
{
    const ProvinceFacts* p = find(provinceCode);
    return p ? p->millions : 0.0;
}

int birthRegistrationCode(int provinceCode)
{
    const ProvinceFacts* p = find(provinceCode);
    return p ? p->oldCode : 1;
}

const Distribution& ethnicities(int provinceCode)
{
    // Groups concentrate by region: H'Mông, Thái, Dao in the northern mountains, Khmer in the Mekong
    // delta, Gia Rai, Ê Đê, Ba Na in the Central Highlands; Kinh is the majority nearly everywhere.
    static const QHash<int, Distribution> byRegion = {
        {Delta, dist({{"Kinh", 97.6}, {"Mường", 0.8}, {"Tày", 0.4}, {"Hoa", 0.3}, {"Dao", 0.4}, {"Sán Dìu", 0.5}})},
        {Mountains, dist({{"Kinh", 42},
                          {"Tày", 13},
                          {"Thái", 13},
                          {"H'Mông", 12},
                          {"Nùng", 8},
                          {"Dao", 7},
                          {"Mường", 2},
                          {"Giáy", 1},
                          {"Hà Nhì", 0.7},
                          {"Lô Lô", 0.3},
                          {"Sán Chay", 1}})},
        {Midlands, dist({{"Kinh", 82}, {"Mường", 14}, {"Dao", 2}, {"Tày", 1}, {"Thái", 1}})},
        {NorthCentral,
         dist({{"Kinh", 89}, {"Thái", 5}, {"Mường", 4}, {"H'Mông", 0.8}, {"Bru-Vân Kiều", 0.8}, {"Tà Ôi", 0.4}})},
        {CentralCoast, dist({{"Kinh", 91},
                             {"Hrê", 2.5},
                             {"Ba Na", 1.5},
                             {"Cơ Tu", 1},
                             {"Ra Glai", 1.5},
                             {"Xơ Đăng", 1.5},
                             {"Chăm", 1}})},
        {Highlands, dist({{"Kinh", 64},
                          {"Gia Rai", 11},
                          {"Ê Đê", 9},
                          {"Ba Na", 4.5},
                          {"Cơ Ho", 4},
                          {"M'Nông", 3},
                          {"Tày", 1.5},
                          {"Nùng", 1.5},
                          {"H'Mông", 0.8},
                          {"Dao", 0.7}})},
        {Southeast,
         dist({{"Kinh", 93.5}, {"Hoa", 4}, {"Khmer", 1.3}, {"Chăm", 0.5}, {"Xtiêng", 0.5}, {"Chơ Ro", 0.2}})},
        {Mekong, dist({{"Kinh", 88}, {"Khmer", 10}, {"Hoa", 1.5}, {"Chăm", 0.5}})},
    };
    return *byRegion.find(regionOf(provinceCode));
}

const Distribution& religions(int provinceCode)
{
    static const QHash<int, Distribution> byRegion = {
        {Delta, dist({{"Không", 91.5}, {"Công giáo", 5.5}, {"Phật giáo", 3}})},
        {Mountains, dist({{"Không", 93}, {"Tin lành", 5}, {"Công giáo", 1}, {"Phật giáo", 1}})},
        {Midlands, dist({{"Không", 94}, {"Công giáo", 3}, {"Phật giáo", 3}})},
        {NorthCentral, dist({{"Không", 89}, {"Công giáo", 8}, {"Phật giáo", 3}})},
        {CentralCoast, dist({{"Không", 82}, {"Phật giáo", 11}, {"Công giáo", 5}, {"Cao Đài", 1}, {"Tin lành", 1}})},
        {Highlands, dist({{"Không", 68}, {"Công giáo", 14}, {"Tin lành", 13.5}, {"Phật giáo", 4.5}})},
        {Southeast, dist({{"Không", 72},
                          {"Công giáo", 14.5},
                          {"Phật giáo", 9},
                          {"Cao Đài", 2.5},
                          {"Tin lành", 1},
                          {"Hồi giáo", 0.5},
                          {"Tịnh độ cư sĩ Phật hội Việt Nam", 0.5}})},
        {Mekong, dist({{"Không", 71},
                       {"Phật giáo", 11.5},
                       {"Phật giáo Hòa Hảo", 10},
                       {"Cao Đài", 3},
                       {"Công giáo", 3.5},
                       {"Tin lành", 0.5},
                       {"Hồi giáo", 0.5}})},
    };
    return *byRegion.find(regionOf(provinceCode));
}

const std::vector<double>& ageBandShares()
{
    static const std::vector<double> shares = {8.3, 8.6, 7.4, 7.1, 7.1, 8.1, 8.5, 8.0, 7.2,
                                               6.6, 5.9, 5.4, 4.1, 2.9, 1.8, 1.2, 1.8};
    return shares;
}

double maleShare(int band)
{
    // Sex ratio (males per 100 females) from 110.3 at 0–4 down to 48.6 at 80+, about 99 overall.
    static const double ratio[17] = {110.3, 110.0, 108.5, 106.0, 103.0, 101.5, 101.0, 100.5, 100.0,
                                     98.0,  96.0,  93.0,  89.0,  83.0,  76.0,  66.0,  48.6};
    const double r = ratio[band < 0 ? 0 : band > 16 ? 16 : band];
    return r / (100.0 + r);
}

const Distribution& familyNames()
{
    static const Distribution d = dist({{"Nguyễn", 38.4},
                                        {"Trần", 12.1},
                                        {"Lê", 9.5},
                                        {"Phạm", 7},
                                        {"Hoàng", 5.1},
                                        {"Huỳnh", 3},
                                        {"Phan", 4.5},
                                        {"Vũ", 3.9},
                                        {"Võ", 3},
                                        {"Đặng", 2.1},
                                        {"Bùi", 2},
                                        {"Đỗ", 1.4},
                                        {"Hồ", 1.3},
                                        {"Ngô", 1.3},
                                        {"Dương", 1},
                                        {"Lý", 0.5},
                                        {"Đinh", 1},
                                        {"Trương", 1},
                                        {"Lương", 0.5}});
    return d;
}

const QStringList& givenNames(bool female)
{
    static const QStringList male = {
        QStringLiteral("Văn An"),     QStringLiteral("Minh Anh"),   QStringLiteral("Văn Bình"),
        QStringLiteral("Quốc Cường"), QStringLiteral("Văn Dũng"),   QStringLiteral("Minh Đức"),
        QStringLiteral("Hữu Hải"),    QStringLiteral("Văn Hùng"),   QStringLiteral("Quang Huy"),
        QStringLiteral("Gia Khánh"),  QStringLiteral("Văn Long"),   QStringLiteral("Đức Minh"),
        QStringLiteral("Văn Nam"),    QStringLiteral("Thành Phát"), QStringLiteral("Văn Quân"),
        QStringLiteral("Ngọc Sơn"),   QStringLiteral("Văn Thắng"),  QStringLiteral("Anh Tuấn"),
        QStringLiteral("Văn Việt"),   QStringLiteral("Hoàng Vũ")};
    static const QStringList femaleNames = {
        QStringLiteral("Thị Anh"),    QStringLiteral("Ngọc Ánh"),   QStringLiteral("Thị Bích"),
        QStringLiteral("Thị Chi"),    QStringLiteral("Thùy Dung"),  QStringLiteral("Thị Hà"),
        QStringLiteral("Thu Hằng"),   QStringLiteral("Thị Hoa"),    QStringLiteral("Thanh Hương"),
        QStringLiteral("Thị Lan"),    QStringLiteral("Khánh Linh"), QStringLiteral("Thị Mai"),
        QStringLiteral("Thị Nga"),    QStringLiteral("Bảo Ngọc"),   QStringLiteral("Thị Nhung"),
        QStringLiteral("Thị Phương"), QStringLiteral("Thị Thảo"),   QStringLiteral("Minh Thư"),
        QStringLiteral("Thị Trang"),  QStringLiteral("Hải Yến")};
    return female ? femaleNames : male;
}

} // namespace motcua::statistics::model
