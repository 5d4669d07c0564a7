<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/AppShell.qml" line="14" />
        <source>Feed</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="15" />
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="16" />
        <source>Chats</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="17" />
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="18" />
        <source>Me</source>
        <translation>Ik</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="77" />
        <source>Groups are on their way</source>
        <translation>Groepen komen eraan</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="78" />
        <source>Soon you can find and join groups here. Until then, your groups' posts are in the feed.</source>
        <translation>Binnenkort vind je hier groepen en word je lid. Tot die tijd staan de berichten van je groepen in de tijdlijn.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="83" />
        <source>Chats are on their way</source>
        <translation>Berichten komen eraan</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="84" />
        <source>Soon you can message colleagues directly here.</source>
        <translation>Binnenkort stuur je collega's hier direct een bericht.</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="89" />
        <source>People is on its way</source>
        <translation>Mensen komt eraan</translation>
    </message>
    <message>
        <location filename="../qml/AppShell.qml" line="90" />
        <source>Soon you can find colleagues by name and expertise here.</source>
        <translation>Binnenkort vind je hier collega's op naam en expertise.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Share something with your colleagues…</source>
        <translation>Deel iets met je collega's…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="63" />
        <source>Write a post…</source>
        <translation>Schrijf een bericht…</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="71" />
        <source>New post</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="117" />
        <source>No groups yet</source>
        <translation>Nog geen groepen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="120" />
        <source>Post in: %1</source>
        <translation>Plaatsen in: %1</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="192" />
        <source>Ctrl+Enter to post</source>
        <translation>Ctrl+Enter om te plaatsen</translation>
    </message>
    <message>
        <location filename="../qml/Composer.qml" line="202" />
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
</context>
<context>
    <name>ComposerGroups</name>
    <message>
        <location filename="../app/glue/ComposerGroups.cpp" line="20" />
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
</context>
<context>
    <name>EmptyFeed</name>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="25" />
        <source>No posts yet. Say hello!</source>
        <translation>Nog geen berichten. Zeg hallo!</translation>
    </message>
    <message>
        <location filename="../qml/EmptyFeed.qml" line="39" />
        <source>Write a post</source>
        <translation>Schrijf een bericht</translation>
    </message>
</context>
<context>
    <name>FeedScreen</name>
    <message>
        <location filename="../qml/FeedScreen.qml" line="24" />
        <source>Feed</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../qml/FeedScreen.qml" line="102" />
        <source>You are all caught up</source>
        <translation>Je bent helemaal bij</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="45" />
        <source>Welcome to Plein</source>
        <translation>Welkom bij Plein</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="55" />
        <source>Sign in with the details from your organisation.</source>
        <translation>Log in met de gegevens van je organisatie.</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="76" />
        <location filename="../qml/LoginScreen.qml" line="83" />
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="88" />
        <location filename="../qml/LoginScreen.qml" line="95" />
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="94" />
        <source>name@organisation.nl</source>
        <translation>naam@organisatie.nl</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="100" />
        <location filename="../qml/LoginScreen.qml" line="108" />
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <source>Signing in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <location filename="../qml/LoginScreen.qml" line="118" />
        <location filename="../qml/LoginScreen.qml" line="121" />
        <source>Sign in</source>
        <translation>Inloggen</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../qml/MePage.qml" line="76" />
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="78" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../qml/MePage.qml" line="88" />
        <source>Sign out</source>
        <translation>Uitloggen</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../qml/NavRail.qml" line="62" />
        <source>Me</source>
        <translation>Ik</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../qml/OfflineBanner.qml" line="23" />
        <source>Offline – you are seeing saved posts</source>
        <translation>Offline – je ziet opgeslagen berichten</translation>
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
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="71" />
        <source>edited</source>
        <translation>bewerkt</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="117" />
        <source>Not sent.</source>
        <translation>Niet verstuurd.</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="130" />
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="137" />
        <source>Discard</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="160" />
        <source>%n like(s)</source>
        <translation><numerusform>%n vind-ik-leuk</numerusform><numerusform>%n vind-ik-leuks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PostCard.qml" line="166" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n reactie</numerusform><numerusform>%n reacties</numerusform></translation>
    </message>
    <message>
        <location filename="../qml/PostCard.qml" line="182" />
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="28" />
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="30" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/RelativeTime.cpp" line="34" />
        <source>%n h</source>
        <translation><numerusform>%n u</numerusform><numerusform>%n u</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/RelativeTime.cpp" line="35" />
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../qml/Sidebar.qml" line="82" />
        <source>Me: %1</source>
        <translation>Ik: %1</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="13" />
        <source>This is not a server address. Check it and try again, for example https://plein.example.nl.</source>
        <translation>Dit is geen serveradres. Controleer het en probeer het opnieuw, bijvoorbeeld https://plein.example.nl.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="15" />
        <source>This address is not secure. Use an address that starts with https://.</source>
        <translation>Dit adres is niet beveiligd. Gebruik een adres dat begint met https://.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="17" />
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>De server is niet bereikbaar. Controleer het adres en je internetverbinding.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="19" />
        <source>This address is not a Plein server. Check the address with your organisation.</source>
        <translation>Dit adres is geen Plein-server. Vraag je organisatie naar het juiste adres.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="21" />
        <source>The email address or password is not right.</source>
        <translation>Het e-mailadres of wachtwoord klopt niet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/glue/SignInMessages.cpp" line="24" />
        <source>Too many attempts. Try again in %n seconds.</source>
        <translation><numerusform>Te veel pogingen. Probeer het over %n seconde opnieuw.</numerusform><numerusform>Te veel pogingen. Probeer het over %n seconden opnieuw.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="25" />
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Te veel pogingen. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="27" />
        <source>Your sign-in could not be saved in the system keychain. Unlock the keychain and try again.</source>
        <translation>Je inloggegevens konden niet in de sleutelbos van het systeem worden bewaard. Ontgrendel de sleutelbos en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="29" />
        <source>Plein could not open its storage on this device. Free some space and try again.</source>
        <translation>Plein kon zijn opslag op dit apparaat niet openen. Maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/glue/SignInMessages.cpp" line="31" />
        <source>The server has a problem right now. Try again later.</source>
        <translation>De server heeft op dit moment een probleem. Probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>plein::app::Session</name>
    <message>
        <location filename="../app/glue/Session.cpp" line="32" />
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Je sessie is verlopen. Log opnieuw in om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="153" />
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="154" />
        <source>Community manager</source>
        <translation>Communitymanager</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="155" />
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="156" />
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location filename="../app/glue/Session.cpp" line="232" />
        <source>Your post could not be saved on this device. Your text is still here; try again.</source>
        <translation>Je bericht kon niet op dit apparaat worden bewaard. Je tekst staat er nog; probeer het opnieuw.</translation>
    </message>
</context>
</TS>