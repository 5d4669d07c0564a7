<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="14" />
        <source>Feed</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15" />
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16" />
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="18" />
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="77" />
        <source>Groups are on their way</source>
        <translation>Gruppen kommen bald</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="78" />
        <source>Soon you can find and join groups here. Until then, your groups' posts are in the feed.</source>
        <translation>Bald kannst du hier Gruppen finden und beitreten. Bis dahin stehen die Beiträge deiner Gruppen in den Neuigkeiten.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="83" />
        <source>Chats are on their way</source>
        <translation>Chats kommen bald</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="84" />
        <source>Soon you can message colleagues directly here.</source>
        <translation>Bald kannst du Kolleginnen und Kollegen hier direkt schreiben.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="89" />
        <source>People is on its way</source>
        <translation>Personen kommt bald</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="90" />
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Bald findest du hier Kolleginnen und Kollegen nach Name und Fachgebiet.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Share something with your colleagues…</source>
        <translation>Teile etwas mit deinen Kollegen…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Write a post…</source>
        <translation>Beitrag schreiben…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="71" />
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="117" />
        <source>No groups yet</source>
        <translation>Noch keine Gruppen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="120" />
        <source>Post in: %1</source>
        <translation>Posten in: %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="192" />
        <source>Ctrl+Enter to post</source>
        <translation>Strg+Enter zum Posten</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="202" />
        <source>Post</source>
        <translation>Posten</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25" />
        <source>No posts yet. Say hello!</source>
        <translation>Noch keine Beiträge. Sag hallo!</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39" />
        <source>Write a post</source>
        <translation>Beitrag schreiben</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="24" />
        <source>Feed</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="102" />
        <source>You are all caught up</source>
        <translation>Du bist auf dem neuesten Stand</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45" />
        <source>Welcome to Plein</source>
        <translation>Willkommen bei Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55" />
        <source>Sign in with the details from your organisation.</source>
        <translation>Melde dich mit den Daten deiner Organisation an.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76" />
        <location filename="../qml/LoginScreen.qml" line="83" />
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88" />
        <location filename="../qml/LoginScreen.qml" line="95" />
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94" />
        <source>name@organisation.nl</source>
        <translation>name@organisation.de</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100" />
        <location filename="../qml/LoginScreen.qml" line="108" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <location filename="../qml/LoginScreen.qml" line="121" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76" />
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88" />
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="62" />
        <source>Me</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="23" />
        <source>Offline – you are seeing saved posts</source>
        <translation>Offline – du siehst gespeicherte Beiträge</translation>
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
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="71" />
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="130" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="137" />
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="160" />
        <source>%n like(s)</source>
        <translation><numerusform>%n Like</numerusform><numerusform>%n Likes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="166" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n Kommentar</numerusform><numerusform>%n Kommentare</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="182" />
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28" />
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="30" />
        <source>%n min</source>
        <translation><numerusform>%n Min.</numerusform><numerusform>%n Min.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="34" />
        <source>%n h</source>
        <translation><numerusform>%n Std.</numerusform><numerusform>%n Std.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="35" />
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82" />
        <source>Me: %1</source>
        <translation>Ich: %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13" />
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>Das ist keine Serveradresse. Prüfe sie und versuche es erneut, zum Beispiel https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15" />
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>Diese Adresse ist nicht sicher. Verwende eine Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17" />
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfe die Adresse und deine Internetverbindung.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19" />
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>Unter dieser Adresse läuft kein Plein-Server. Frage deine Organisation nach der richtigen Adresse.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21" />
        <source>The email address or password is not right.</source>
        <translation>E-Mail-Adresse oder Passwort stimmen nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24" />
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation><numerusform>Zu viele Versuche. Versuche es in %n Sekunde erneut.</numerusform><numerusform>Zu viele Versuche. Versuche es in %n Sekunden erneut.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25" />
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Zu viele Versuche. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27" />
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>Deine Anmeldung konnte nicht im Schlüsselbund gespeichert werden. Entsperre den Schlüsselbund und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29" />
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein konnte seinen Speicher auf diesem Gerät nicht öffnen. Gib etwas Speicherplatz frei und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31" />
        <source>The server has a problem right now. Try again later.</source>
        <translation>Der Server hat gerade ein Problem. Versuche es später erneut.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="32" />
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Deine Sitzung ist abgelaufen. Melde dich erneut an, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="153" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="154" />
        <source>Community manager</source>
        <translation>Community-Manager</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="155" />
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="156" />
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="232" />
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>Dein Beitrag konnte auf diesem Gerät nicht gespeichert werden. Dein Text ist noch da; versuche es erneut.</translation>
    </message>
</context>
</TS>