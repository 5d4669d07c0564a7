#include "IconFont.h"

#include <algorithm>
#include <array>

namespace plein::app {

namespace {
// Sorted by name. test_glyphs checks every entry against the bundled font and fails, naming
// the entry to add, when a screen uses an icon name that is missing here.
constexpr std::array kIcons = std::to_array<IconFont::Entry>({
    {u"account_circle", 0xe853},
    {u"add", 0xe145},
    {u"add_reaction", 0xe1d3},
    {u"arrow_back", 0xe5c4},
    {u"arrow_downward", 0xe5db},
    {u"attach_file", 0xe226},
    {u"autorenew", 0xe863},
    {u"business", 0xe0af},
    {u"campaign", 0xef49},
    {u"cancel", 0xe5c9},
    {u"chat_bubble_outline", 0xe0cb},
    {u"check", 0xe5ca},
    {u"check_circle", 0xe86c},
    {u"close", 0xe5cd},
    {u"cloud_off", 0xe2c1},
    {u"comment", 0xe0b9},
    {u"content_copy", 0xe14d},
    {u"delete_outline", 0xe92e},
    {u"description", 0xe873},
    {u"dns", 0xe875},
    {u"done", 0xe876},
    {u"done_all", 0xe877},
    {u"download", 0xf090},
    {u"dynamic_feed", 0xea14},
    {u"eco", 0xea35},
    {u"edit", 0xe3c9},
    {u"error", 0xe000},
    {u"error_outline", 0xe001},
    {u"exit_to_app", 0xe879},
    {u"expand_more", 0xe5cf},
    {u"favorite", 0xe87d},
    {u"feed", 0xf009},
    {u"format_bold", 0xe238},
    {u"format_italic", 0xe23f},
    {u"format_list_bulleted", 0xe241},
    {u"forum", 0xe0bf},
    {u"group", 0xe7ef},
    {u"groups", 0xf233},
    {u"info_outline", 0xe88f},
    {u"light", 0xf02a},
    {u"link", 0xe157},
    {u"lock", 0xe897},
    {u"logout", 0xe9ba},
    {u"mail_outline", 0xe0e1},
    {u"merge_type", 0xe252},
    {u"more_horiz", 0xe5d3},
    {u"notifications_none", 0xe7f5},
    {u"notifications_off", 0xe7f6},
    {u"opacity", 0xe91c},
    {u"open_in_new", 0xe89e},
    {u"pending", 0xef64},
    {u"people", 0xe7fb},
    {u"people_outline", 0xe7fc},
    {u"person_remove", 0xef66},
    {u"phone", 0xe0cd},
    {u"place", 0xe55f},
    {u"public", 0xe80b},
    {u"refresh", 0xe5d5},
    {u"remove", 0xe15b},
    {u"reply", 0xe15e},
    {u"schedule", 0xe8b5},
    {u"search", 0xe8b6},
    {u"send", 0xe163},
    {u"sports_handball", 0xea33},
    {u"tablet", 0xe32f},
    {u"thumb_up", 0xe8dc},
    {u"thumb_up_off_alt", 0xe9f3},
    {u"travel_explore", 0xe2db},
    {u"visibility_off", 0xe8f5},
    {u"warning", 0xe002},
    {u"waving_hand", 0xe766},
});

constexpr bool sortedByName()
{
    for (std::size_t i = 1; i < kIcons.size(); ++i)
        if (!(std::u16string_view(kIcons[i - 1].name) < std::u16string_view(kIcons[i].name))) return false;
    return true;
}
static_assert(sortedByName(), "IconFont's table must stay sorted by name");
}

std::span<const IconFont::Entry> IconFont::entries() { return kIcons; }

char16_t IconFont::codepoint(QStringView name)
{
    const auto less = [](const Entry &e, QStringView n) { return QStringView(e.name) < n; };
    const auto it = std::lower_bound(kIcons.begin(), kIcons.end(), name, less);
    return it != kIcons.end() && QStringView(it->name) == name ? it->codepoint : char16_t(0);
}

QString IconFont::text(QStringView name)
{
    const char16_t code = codepoint(name);
    return code ? QString(QChar(code)) : name.toString();
}

} // namespace plein::app
