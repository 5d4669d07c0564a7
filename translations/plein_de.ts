<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="13"/>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="14"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="76"/>
        <source>Groups are on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="77"/>
        <source>Soon you can find and join groups here. Until then, your groups&apos; posts are in the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="82"/>
        <source>Chats are on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="83"/>
        <source>Soon you can message colleagues directly here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="88"/>
        <source>People is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="89"/>
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="61"/>
        <source>Share something with your colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="69"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="114"/>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="117"/>
        <source>Post in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="188"/>
        <source>Ctrl+Enter to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="198"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="24"/>
        <source>No posts yet. Say hello!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="38"/>
        <source>Write a post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="23"/>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="99"/>
        <source>You are all caught up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="44"/>
        <source>Welcome to Plein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="54"/>
        <source>Sign in with the details from your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="75"/>
        <location filename="../qml/LoginScreen.qml" line="82"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="87"/>
        <location filename="../qml/LoginScreen.qml" line="94"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="93"/>
        <source>name@organisation.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="99"/>
        <location filename="../qml/LoginScreen.qml" line="107"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="117"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="117"/>
        <location filename="../qml/LoginScreen.qml" line="120"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="75"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="77"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="87"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="61"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="22"/>
        <source>Offline – you are seeing saved posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/PostCard.qml" line="27"/>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="29"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="64"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="111"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="111"/>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="124"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="131"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="149"/>
        <source>%n like(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="155"/>
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="172"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="30"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="34"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="35"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="81"/>
        <source>Me: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plein::app</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="20"/>
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="22"/>
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="24"/>
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="26"/>
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="28"/>
        <source>The email address or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31"/>
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="32"/>
        <source>Too many attempts. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="34"/>
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="36"/>
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="38"/>
        <source>The server has a problem right now. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="34"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="155"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="156"/>
        <source>Community manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="157"/>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="158"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="234"/>
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
