<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="14" />
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15" />
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16" />
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="18" />
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="77" />
        <source>Groups are on their way</source>
        <translation>Groups are on their way</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="78" />
        <source>Soon you can find and join groups here. Until then, your groups' posts are in the feed.</source>
        <translation>Soon you can find and join groups here. Until then, your groups' posts are in the feed.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="83" />
        <source>Chats are on their way</source>
        <translation>Chats are on their way</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="84" />
        <source>Soon you can message colleagues directly here.</source>
        <translation>Soon you can message colleagues directly here.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="89" />
        <source>People is on its way</source>
        <translation>People is on its way</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="90" />
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Soon you can find colleagues by name and expertise here.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Share something with your colleagues…</source>
        <translation>Share something with your colleagues…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Write a post…</source>
        <translation>Write a post…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="71" />
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="117" />
        <source>No groups yet</source>
        <translation>No groups yet</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="120" />
        <source>Post in: %1</source>
        <translation>Post in: %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="192" />
        <source>Ctrl+Enter to post</source>
        <translation>Ctrl+Enter to post</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="202" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25" />
        <source>No posts yet. Say hello!</source>
        <translation>No posts yet. Say hello!</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39" />
        <source>Write a post</source>
        <translation>Write a post</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="24" />
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="102" />
        <source>You are all caught up</source>
        <translation>You are all caught up</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45" />
        <source>Welcome to Plein</source>
        <translation>Welcome to Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55" />
        <source>Sign in with the details from your organisation.</source>
        <translation>Sign in with the details from your organisation.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76" />
        <location filename="../qml/LoginScreen.qml" line="83" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88" />
        <location filename="../qml/LoginScreen.qml" line="95" />
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94" />
        <source>name@organisation.nl</source>
        <translation>name@organisation.nl</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100" />
        <location filename="../qml/LoginScreen.qml" line="108" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <location filename="../qml/LoginScreen.qml" line="121" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76" />
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="62" />
        <source>Me</source>
        <translation>Me</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="23" />
        <source>Offline – you are seeing saved posts</source>
        <translation>Offline – you are seeing saved posts</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/PostCard.qml" line="28" />
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="30" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="71" />
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="130" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="137" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="160" />
        <source>%n like(s)</source>
        <translation><numerusform>%n like</numerusform><numerusform>%n likes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="166" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="182" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28" />
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="30" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="34" />
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="35" />
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82" />
        <source>Me: %1</source>
        <translation>Me: %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13" />
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>This is not a server address. Check it and try again, for example https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15" />
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>This address is not secure. Use an address that starts with https://.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17" />
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>The server cannot be reached. Check the address and your internet connection.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19" />
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>This address is not a Plein server. Check the address with your organisation.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21" />
        <source>The email address or password is not right.</source>
        <translation>The email address or password is not right.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24" />
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation><numerusform>Too many attempts. Try again in %n second.</numerusform><numerusform>Too many attempts. Try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25" />
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Too many attempts. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27" />
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29" />
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein could not open its storage on this device. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31" />
        <source>The server has a problem right now. Try again later.</source>
        <translation>The server has a problem right now. Try again later.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="32" />
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Your session has ended. Sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="153" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="154" />
        <source>Community manager</source>
        <translation>Community manager</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="155" />
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="156" />
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="232" />
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>Your post could not be saved on this device. Your text is still here; try again.</translation>
    </message>
</context>
</TS>