#pragma once
// The Dutch raw material of the demo organisation: names, places, functions, expertise and
// the templates that posts and comments are composed from.
#include <QList>
#include <QString>
#include <QStringList>

namespace plein::server::seed {

class SeedRandom;

struct ProvinceInfo {
    QString name;
    QStringList places;
};

struct DepartmentInfo {
    QString name;
    QString description;
    QStringList titles;
    QStringList expertise;
};

struct TopicGroupInfo { // themes and clubs: what their posts talk about
    QString name;
    QString description;
    QStringList posts; // templates
};

namespace content {

const QStringList &firstNames();
const QStringList &surnames();
const QList<ProvinceInfo> &provinces();
const QList<DepartmentInfo> &departments();
const QList<TopicGroupInfo> &themes();
const QList<TopicGroupInfo> &clubs();

const ProvinceInfo *province(const QString &name);
const DepartmentInfo *department(const QString &name);
const TopicGroupInfo *topicGroup(const QString &name);

const QStringList &provincePosts();
const QStringList &departmentPosts();
const QStringList &everyonePosts();
const QStringList &comments();
const QStringList &sharedExpertise();
// Chat lines for the demo's generated conversations (templates, like the posts).
const QStringList &chatOpeners();
const QStringList &chatLines();

// Replaces {placeholders} in a template with plausible values: {place}, {weekday}, {time},
// {person}, {number}, {month}, {room}, {group}, {expertise}.
QString compose(const QString &pattern, SeedRandom &random, const QString &groupName, const QStringList &places);

} // namespace content
} // namespace plein::server::seed
