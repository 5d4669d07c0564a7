#include "seed/DemoPlan.h"
#include "seed/DemoContent.h"

namespace plein::server::seed {

namespace {

const QString kProvince = QStringLiteral("province");
const QString kDepartment = QStringLiteral("department");
const QString kTheme = QStringLiteral("theme");
const QString kClub = QStringLiteral("club");
const QString kPublic = QStringLiteral("public");
const QString kPrivate = QStringLiteral("private");
const QString kSecret = QStringLiteral("secret");

QList<NamedAccount> namedAccounts(const QStringList &annaGroups, const QStringList &bramGroups,
                                  const QStringList &adminGroups, const QStringList &externGroups)
{
    return {
        {QStringLiteral("anna@plein.demo"), QStringLiteral("Anna de Vries"), QStringLiteral("community_manager"),
         QStringLiteral("Community manager"), QStringLiteral("Communicatie"),
         {QStringLiteral("sociale media"), QStringLiteral("webredactie"), QStringLiteral("facilitatie")}, annaGroups},
        {QStringLiteral("bram@plein.demo"), QStringLiteral("Bram Jansen"), QStringLiteral("member"),
         QStringLiteral("Applicatiebeheerder"), QStringLiteral("ICT"),
         {QStringLiteral("Linux"), QStringLiteral("databases"), QStringLiteral("EHBO")}, bramGroups},
        {QStringLiteral("admin@plein.demo"), QStringLiteral("Ilse Bakker"), QStringLiteral("admin"),
         QStringLiteral("Functioneel beheerder Plein"), QStringLiteral("ICT"),
         {QStringLiteral("informatiebeveiliging"), QStringLiteral("privacy (AVG)")}, adminGroups},
        {QStringLiteral("extern@plein.demo"), QStringLiteral("Joost Verhoef"), QStringLiteral("external"),
         QStringLiteral("Adviseur (extern)"), QStringLiteral("Extern"), {QStringLiteral("energietransitie")}, externGroups},
    };
}

ScalePlan tiny()
{
    ScalePlan p;
    p.name = QStringLiteral("tiny");
    p.groups = {
        {QStringLiteral("Gelderland"), kProvince, kPublic},
        {QStringLiteral("Utrecht"), kProvince, kPublic},
        {QStringLiteral("ICT"), kDepartment, kPublic},
        {QStringLiteral("Communicatie"), kDepartment, kPublic},
        {QStringLiteral("Zorg"), kTheme, kPublic, 40},
        {QStringLiteral("Klimaat en milieu"), kTheme, kPrivate, 30},
        {QStringLiteral("Vertrouwenspersonen"), kTheme, kSecret, 10},
        {QStringLiteral("Fietsclub"), kClub, kPublic, 30},
    };
    p.named = namedAccounts({QStringLiteral("Utrecht"), QStringLiteral("Communicatie"), QStringLiteral("Zorg"),
                             QStringLiteral("Klimaat en milieu"), QStringLiteral("Vertrouwenspersonen"),
                             QStringLiteral("Fietsclub")},
                            {QStringLiteral("Gelderland"), QStringLiteral("ICT"), QStringLiteral("Fietsclub")},
                            {QStringLiteral("Utrecht"), QStringLiteral("ICT")}, {QStringLiteral("Zorg")});
    p.otherPeople = 30;
    p.communityManagers = 1;
    p.admins = 0;
    p.externals = 2;
    p.days = 30;
    p.posts = 80;
    // 13 of every 20 posts land where bram can read them: 52 in his feed, tests need 40.
    p.postTargets = {QString(), QStringLiteral("Gelderland"), QStringLiteral("ICT"), QStringLiteral("Fietsclub"),
                     QStringLiteral("Utrecht"), QStringLiteral("Gelderland"), QStringLiteral("ICT"),
                     QStringLiteral("Zorg"), QStringLiteral("Communicatie"), QStringLiteral("Klimaat en milieu"),
                     QString(), QStringLiteral("Gelderland"), QStringLiteral("ICT"), QStringLiteral("Fietsclub"),
                     QStringLiteral("Vertrouwenspersonen"), QStringLiteral("Gelderland"), QStringLiteral("ICT"),
                     QStringLiteral("Utrecht"), QStringLiteral("Fietsclub"), QStringLiteral("Zorg")};
    p.maxCommentsPerPost = 3;
    p.maxLikesPerPost = 8;
    return p;
}

ScalePlan demo()
{
    ScalePlan p;
    p.name = QStringLiteral("demo");
    for (const ProvinceInfo &province : content::provinces()) p.groups.append({province.name, kProvince, kPublic});
    for (const DepartmentInfo &dept : content::departments()) {
        const bool board = dept.name == QLatin1String("Bestuur en Directie");
        p.groups.append({dept.name, kDepartment, board ? kPrivate : kPublic});
    }
    for (const TopicGroupInfo &theme : content::themes()) {
        const bool secret = theme.name == QLatin1String("Vertrouwenspersonen");
        p.groups.append({theme.name, kTheme, secret ? kSecret : kPublic, secret ? 2 : 22});
    }
    for (const TopicGroupInfo &club : content::clubs()) {
        const bool closed = club.name == QLatin1String("Boekenclub") || club.name == QLatin1String("Bordspellenclub");
        p.groups.append({club.name, kClub, closed ? kPrivate : kPublic, 12});
    }
    p.named = namedAccounts({QStringLiteral("Utrecht"), QStringLiteral("Noord-Holland"), QStringLiteral("Zuid-Holland"),
                             QStringLiteral("Communicatie"), QStringLiteral("Zorg"), QStringLiteral("Klimaat en milieu"),
                             QStringLiteral("Onderwijs"), QStringLiteral("Mobiliteit"), QStringLiteral("Digitalisering"),
                             QStringLiteral("Vertrouwenspersonen"), QStringLiteral("Kookclub"),
                             QStringLiteral("Fietsclub"), QStringLiteral("Boekenclub")},
                            {QStringLiteral("Gelderland"), QStringLiteral("ICT"), QStringLiteral("Fietsclub")},
                            {QStringLiteral("Utrecht"), QStringLiteral("ICT"), QStringLiteral("Bestuur en Directie")},
                            {QStringLiteral("Klimaat en milieu")});
    p.otherPeople = 796;
    p.communityManagers = 8;
    p.admins = 2;
    p.externals = 20;
    p.days = 90;
    p.posts = 3000;
    p.everyonePercent = 5;
    p.maxCommentsPerPost = 6;
    p.maxLikesPerPost = 25;
    p.generatedConversations = 150;
    return p;
}

// Open project groups that bring a benchmark scale up to `total` groups.
void addProjectGroups(ScalePlan &p, int total)
{
    for (int n = 1; p.groups.size() < total; ++n)
        p.groups.append({QStringLiteral("Projectgroep %1").arg(n), kTheme, kPublic, 4});
}

// The benchmark organisation (issue 5): the demo's people and groups plus project groups to
// 150, 20,000 posts, and 100,000 chat messages, 10,000 of them between anna and bram.
ScalePlan large()
{
    ScalePlan p = demo();
    p.name = QStringLiteral("large");
    addProjectGroups(p, 150);
    p.days = 180;
    p.posts = 20000;
    p.pairHistory = 10000;
    p.bigConversations = 16;
    p.bigConversationMembers = 50;
    p.bigConversationMessages = 1500;
    p.chatMessages = 100000;
    return p;
}

ScalePlan tinyLarge()
{
    ScalePlan p = tiny();
    p.name = QStringLiteral("tiny-large");
    addProjectGroups(p, 12);
    p.otherPeople = 60;
    p.posts = 300;
    p.generatedConversations = 10;
    p.pairHistory = 100;
    p.bigConversations = 3;
    p.bigConversationMembers = 20;
    p.bigConversationMessages = 50;
    p.chatMessages = 1500;
    return p;
}

} // namespace

std::optional<ScalePlan> planFor(const QString &scale)
{
    if (scale == QLatin1String("tiny")) return tiny();
    if (scale == QLatin1String("demo")) return demo();
    if (scale == QLatin1String("large")) return large();
    if (scale == QLatin1String("tiny-large")) return tinyLarge();
    return std::nullopt;
}

} // namespace plein::server::seed
